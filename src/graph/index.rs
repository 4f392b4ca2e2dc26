//! The graph as queries and exports see it: a `Snapshot` (mapped from disk or
//! built in memory) with adjacency, and name lookup by label or alias in
//! either script.

use crate::extract::facts::{Evidence, Relation};
use crate::graph::model::{Edge, Graph, GraphMeta, Node, NodeKind};
use crate::graph::snapshot::Snapshot;
pub use crate::graph::snapshot::normalise;

/// The graph with adjacency and name lookup.
pub struct GraphIndex {
    snap: Snapshot,
}

/// How a name matches in `GraphIndex::resolve`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(usize),
    Ambiguous(Vec<usize>),
    /// Nothing matched; the closest names, best first.
    Unknown(Vec<String>),
}

impl GraphIndex {
    /// An index over a graph in memory.
    pub fn new(graph: &Graph) -> GraphIndex {
        GraphIndex { snap: Snapshot::of_graph(graph) }
    }

    /// An index over an opened snapshot.
    pub fn from_snapshot(snap: Snapshot) -> GraphIndex {
        GraphIndex { snap }
    }

    pub fn node_count(&self) -> usize {
        self.snap.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.snap.edge_count()
    }

    pub fn id(&self, i: usize) -> &str {
        self.snap.id(i)
    }

    /// The node whose id is `id` (`org:县人民医院#99972980`): nodes are kept
    /// in id order.
    pub fn by_id(&self, id: &str) -> Option<usize> {
        if !["org:", "person:", "agreement:"].iter().any(|p| id.starts_with(p)) {
            return None;
        }
        let (mut lo, mut hi) = (0, self.node_count());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.id(mid) < id {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo < self.node_count() && self.id(lo) == id).then_some(lo)
    }

    pub fn label(&self, i: usize) -> &str {
        self.snap.label(i)
    }

    pub fn kind(&self, i: usize) -> NodeKind {
        self.snap.kind(i)
    }

    /// The whole node (decoded).
    pub fn node(&self, i: usize) -> Node {
        self.snap.node(i)
    }

    /// The whole edge (decoded), evidence included.
    pub fn edge(&self, e: usize) -> Edge {
        self.snap.edge(e)
    }

    pub fn relation(&self, e: usize) -> Relation {
        self.snap.relation(e)
    }

    /// Positions of the source and target of edge `e`.
    pub fn ends(&self, e: usize) -> (usize, usize) {
        self.snap.ends(e)
    }

    /// Edges at node `i` by position, each with true when `i` is its target.
    pub fn adjacent(&self, i: usize) -> impl Iterator<Item = (usize, bool)> + '_ {
        self.snap.adjacent(i)
    }

    /// The evidence of edge `e`.
    pub fn evidence(&self, e: usize) -> Vec<Evidence> {
        self.snap.edge(e).evidence
    }

    pub fn meta(&self) -> GraphMeta {
        self.snap.meta()
    }

    /// The whole graph in memory.
    pub fn to_graph(&self) -> Graph {
        self.snap.to_graph()
    }

    /// Nodes with exactly this normalised name.
    fn exact(&self, key: &str) -> Vec<usize> {
        let (mut lo, mut hi) = (0, self.snap.name_count());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.snap.name(mid).0 < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut v: Vec<usize> = (lo..self.snap.name_count())
            .map(|k| self.snap.name(k))
            .take_while(|(k, _)| *k == key)
            .map(|(_, i)| i)
            .collect();
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
        let hits: Vec<usize> = (0..self.snap.name_count())
            .map(|k| self.snap.name(k))
            .filter(|(k, _)| k.contains(key.as_str()))
            .map(|(_, i)| i)
            .collect();
        self.sorted(hits)
    }

    /// Entities before agreements, then by label.
    fn sorted(&self, mut v: Vec<usize>) -> Vec<usize> {
        v.sort_unstable();
        v.dedup();
        v.sort_by_cached_key(|&a| {
            let label = self.label(a);
            (self.kind(a) == NodeKind::Agreement, label.chars().count(), label.to_string())
        });
        v
    }

    /// The labels closest to `key` by shared characters, for suggestions.
    fn closest(&self, key: &str, n: usize) -> Vec<String> {
        let want: Vec<char> = key.chars().collect();
        let mut scored: Vec<(usize, &str)> = (0..self.node_count())
            .filter(|&i| self.kind(i) != NodeKind::Agreement)
            .map(|i| {
                let label = normalise(self.label(i));
                let shared = want.iter().filter(|c| label.contains(**c)).count();
                (shared, self.label(i))
            })
            .filter(|(s, _)| *s > 0)
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.chars().count().cmp(&b.1.chars().count())).then(a.1.cmp(b.1)));
        scored.into_iter().take(n).map(|(_, l)| l.to_string()).collect()
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
        GraphIndex::new(&g)
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
