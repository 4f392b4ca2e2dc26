//! An in-memory index over a loaded `Graph` for queries and exports: a petgraph
//! view (node weight = position in `graph.nodes`, edge weight = position in
//! `graph.edges`) and name lookup by label or alias in either script.

use crate::graph::model::{Graph, NodeKind};
use crate::graph::snapshot::LazyEvidence;
use crate::text::script::to_working;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;

/// The graph with adjacency and name lookup.
pub struct GraphIndex {
    pub graph: Graph,
    /// Edge evidence kept out of `graph` (loaded from a snapshot), if any.
    lazy: Option<LazyEvidence>,
    pub pg: DiGraph<usize, usize>,
    /// (normalised name, node) for every label and alias, sorted.
    names: Vec<(String, u32)>,
}

/// How a name matches in `GraphIndex::resolve`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(usize),
    Ambiguous(Vec<usize>),
    /// Nothing matched; the closest names, best first.
    Unknown(Vec<String>),
}

/// The form names are compared in: simplified, no spaces or book-title marks,
/// lower-case Latin, full-width folded.
pub fn normalise(name: &str) -> String {
    to_working(name)
        .chars()
        .filter(|c| !c.is_whitespace() && !"《》“”「」\"'".contains(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every label and alias of `graph` in normalised form, sorted: the name table.
pub fn name_table(graph: &Graph) -> Vec<(String, u32)> {
    let mut names: Vec<(String, u32)> = Vec::with_capacity(graph.nodes.len() * 2);
    for (i, n) in graph.nodes.iter().enumerate() {
        for name in std::iter::once(&n.label).chain(&n.aliases) {
            names.push((normalise(name), i as u32));
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// Source and target positions of each edge, by node id.
pub fn endpoints(graph: &Graph) -> Vec<(u32, u32)> {
    let by_id: HashMap<&str, u32> = graph.nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i as u32)).collect();
    graph
        .edges
        .iter()
        .map(|e| match (by_id.get(e.source.as_str()), by_id.get(e.target.as_str())) {
            (Some(&s), Some(&t)) => (s, t),
            _ => (u32::MAX, u32::MAX),
        })
        .collect()
}

impl GraphIndex {
    pub fn new(graph: Graph) -> GraphIndex {
        let ends = endpoints(&graph);
        let names = name_table(&graph);
        GraphIndex::from_parts(graph, &ends, names, None)
    }

    /// An index from precomputed parts (a snapshot's), evidence read on demand.
    pub fn from_parts(
        graph: Graph,
        ends: &[(u32, u32)],
        names: Vec<(String, u32)>,
        lazy: Option<LazyEvidence>,
    ) -> GraphIndex {
        let mut pg = DiGraph::with_capacity(graph.nodes.len(), graph.edges.len());
        for i in 0..graph.nodes.len() {
            pg.add_node(i);
        }
        let n = graph.nodes.len() as u32;
        for (j, &(s, t)) in ends.iter().enumerate() {
            if s < n && t < n {
                pg.add_edge(NodeIndex::new(s as usize), NodeIndex::new(t as usize), j);
            }
        }
        GraphIndex { graph, lazy, pg, names }
    }

    /// The evidence of edge `i`.
    pub fn evidence(&self, i: usize) -> Vec<crate::extract::facts::Evidence> {
        match &self.lazy {
            Some(l) => l.get(i),
            None => self.graph.edges.get(i).map(|e| e.evidence.clone()).unwrap_or_default(),
        }
    }

    /// Nodes with exactly this normalised name.
    fn exact(&self, key: &str) -> Vec<usize> {
        let from = self.names.partition_point(|(k, _)| k.as_str() < key);
        let mut v: Vec<usize> =
            self.names[from..].iter().take_while(|(k, _)| k == key).map(|(_, i)| *i as usize).collect();
        v.dedup();
        v
    }

    /// Resolves a user's name: exact label or alias (either script, English),
    /// then a unique substring of one.
    pub fn resolve(&self, name: &str) -> Lookup {
        let key = normalise(name);
        if key.is_empty() {
            return Lookup::Unknown(Vec::new());
        }
        let v = self.exact(&key);
        if !v.is_empty() {
            return match v[..] {
                [one] => Lookup::Found(one),
                _ => Lookup::Ambiguous(self.sorted(v)),
            };
        }
        let hits = self.search(name);
        match hits[..] {
            [one] => Lookup::Found(one),
            [] => Lookup::Unknown(self.closest(&key, 5)),
            _ => Lookup::Ambiguous(hits),
        }
    }

    /// Entities (and agreements) whose label or an alias contains `text`.
    pub fn search(&self, text: &str) -> Vec<usize> {
        let key = normalise(text);
        if key.is_empty() {
            return Vec::new();
        }
        let hits: Vec<usize> = self.names.iter().filter(|(k, _)| k.contains(&key)).map(|(_, i)| *i as usize).collect();
        self.sorted(hits)
    }

    /// Entities before agreements, then by label.
    fn sorted(&self, mut v: Vec<usize>) -> Vec<usize> {
        v.sort_unstable();
        v.dedup();
        v.sort_by(|&a, &b| {
            let (na, nb) = (&self.graph.nodes[a], &self.graph.nodes[b]);
            ((na.kind == NodeKind::Agreement), na.label.chars().count(), &na.label).cmp(&(
                (nb.kind == NodeKind::Agreement),
                nb.label.chars().count(),
                &nb.label,
            ))
        });
        v.dedup();
        v
    }

    /// The labels closest to `key` by shared characters, for suggestions.
    fn closest(&self, key: &str, n: usize) -> Vec<String> {
        let want: Vec<char> = key.chars().collect();
        let mut scored: Vec<(usize, &String)> = self
            .graph
            .nodes
            .iter()
            .filter(|x| x.kind != NodeKind::Agreement)
            .map(|x| {
                let label: Vec<char> = normalise(&x.label).chars().collect();
                let shared = want.iter().filter(|c| label.contains(c)).count();
                (shared, &x.label)
            })
            .filter(|(s, _)| *s > 0)
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.chars().count().cmp(&b.1.chars().count())).then(a.1.cmp(b.1)));
        scored.into_iter().take(n).map(|(_, l)| l.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::model::Node;

    fn node(id: &str, label: &str, aliases: &[&str]) -> Node {
        Node {
            id: id.into(),
            label: label.into(),
            kind: NodeKind::Organization,
            org_type: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            titles: vec![],
            title: None,
            date: None,
            documents: vec![],
            evidence: vec![],
        }
    }

    fn index() -> GraphIndex {
        let mut g = Graph::empty();
        g.nodes.push(node("org:养和医疗集团", "养和医疗集团", &["养和", "HKSH Medical Group"]));
        g.nodes.push(node("org:养和医院", "养和医院", &["Hong Kong Sanatorium & Hospital"]));
        GraphIndex::new(g)
    }

    #[test]
    fn traditional_alias_and_english_resolve() {
        let i = index();
        assert_eq!(i.resolve("養和醫療集團"), Lookup::Found(0));
        assert_eq!(i.resolve("养和"), Lookup::Found(0));
        assert_eq!(i.resolve("hksh medical group"), Lookup::Found(0));
    }

    #[test]
    fn unique_substring_resolves_and_shared_one_is_ambiguous() {
        let i = index();
        assert_eq!(i.resolve("Sanatorium"), Lookup::Found(1));
        assert_eq!(i.resolve("养和医"), Lookup::Ambiguous(vec![1, 0]));
    }

    #[test]
    fn unknown_name_gets_suggestions() {
        match index().resolve("养生医院") {
            Lookup::Unknown(s) => assert_eq!(s[0], "养和医院"),
            other => panic!("{other:?}"),
        }
    }
}
