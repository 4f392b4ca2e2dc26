//! Edges as they are gathered, by node and sentence number, and the graph
//! they make once every document is in.

use super::orgs::Orgs;
use super::sentences::Sentences;
use crate::extract::facts::{DocFacts, Evidence, Relation, shown};
use crate::extract::lexicon::Lexicon;
use crate::graph::model::{DocumentInfo, Edge, Graph, Node, NodeKind, org_id, person_id};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Sentences kept per document on an edge: the shortest, which states the
/// relation most plainly; the others (captions, repeats) add nothing a reader
/// needs and would multiply the size of every export.
const EVIDENCE_PER_DOCUMENT: usize = 1;

/// A node while the graph is gathered: an organisation label, a person or
/// an agreement, by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeRef {
    Org(u32),
    Person(u32),
    Agreement(u32),
}

/// A position for each node, by kind and number.
struct Positions([Vec<u32>; 3]);

impl Positions {
    fn new(orgs: usize, people: usize, agreements: usize) -> Positions {
        Positions([vec![0; orgs], vec![0; people], vec![0; agreements]])
    }

    /// Which list holds a node, and where.
    fn at(n: NodeRef) -> (usize, usize) {
        match n {
            NodeRef::Org(i) => (0, i as usize),
            NodeRef::Person(i) => (1, i as usize),
            NodeRef::Agreement(i) => (2, i as usize),
        }
    }

    fn set(&mut self, n: NodeRef, position: u32) {
        let (list, i) = Positions::at(n);
        if let Some(p) = self.0[list].get_mut(i) {
            *p = position;
        }
    }

    fn get(&self, n: NodeRef) -> usize {
        let (list, i) = Positions::at(n);
        self.0[list].get(i).copied().unwrap_or(0) as usize
    }
}

/// A person by simplified name: every title and surface form seen.
#[derive(Default)]
pub struct Person<'a> {
    pub name: &'a str,
    pub titles: BTreeSet<&'a str>,
    pub surfaces: BTreeSet<&'a str>,
}

/// An agreement made whole by `resolve::agreement`.
pub struct Agreement<'a> {
    pub id: String,
    pub label: String,
    pub title: String,
    pub date: Option<&'a str>,
    /// Sentence numbers, sorted, each once.
    pub evidence: Vec<u32>,
}

#[derive(Default)]
struct Gathered<'a> {
    titles: Vec<&'a str>,
    date: Option<&'a str>,
    evidence: Vec<u32>,
}

/// People by simplified name, numbered once, with every title and surface
/// form the documents give them.
#[derive(Default)]
pub struct People<'a> {
    index: FxHashMap<&'a str, u32>,
    pub list: Vec<Person<'a>>,
}

impl<'a> People<'a> {
    /// Everyone the documents name: listed people with their surface forms,
    /// people holding roles with their titles, and agreements' participants.
    pub fn gather(facts: &[&'a DocFacts]) -> People<'a> {
        let mut people = People::default();
        for f in facts {
            for p in &f.persons {
                let n = people.number(&p.name);
                people.list[n as usize].surfaces.extend(p.surfaces.iter().map(String::as_str));
            }
            for r in &f.roles {
                let n = people.number(&r.person);
                people.list[n as usize].titles.extend(r.titles.iter().map(String::as_str));
            }
            for p in f.agreements.iter().flat_map(|a| &a.participants) {
                if p.relation != Relation::CoordinatedBy {
                    people.number(&p.name);
                }
            }
        }
        people
    }

    fn number(&mut self, name: &'a str) -> u32 {
        let next = self.list.len() as u32;
        let n = *self.index.entry(name).or_insert(next);
        if n == next {
            self.list.push(Person { name, ..Default::default() });
        }
        n
    }

    /// The number of the person called `name` (everyone `gather` met).
    pub fn get(&self, name: &str) -> Option<NodeRef> {
        self.index.get(name).map(|&n| NodeRef::Person(n))
    }
}

/// Edges keyed by (source, target, relation) as they are gathered.
#[derive(Default)]
pub struct Gathering<'a> {
    edges: FxHashMap<(NodeRef, NodeRef, Relation), Gathered<'a>>,
}

impl<'a> Gathering<'a> {
    /// Adds (or adds to) an edge: titles not yet on it, its date if it has
    /// none, and the sentences (by number).
    pub fn add(
        &mut self,
        s: NodeRef,
        t: NodeRef,
        rel: Relation,
        titles: impl IntoIterator<Item = &'a str>,
        date: Option<&'a str>,
        ev: impl IntoIterator<Item = u32>,
    ) {
        let g = self.edges.entry((s, t, rel)).or_default();
        for x in titles {
            if !g.titles.contains(&x) {
                g.titles.push(x);
            }
        }
        if g.date.is_none() {
            g.date = date;
        }
        g.evidence.extend(ev);
    }

    /// Both sets of edges. Gatherings of different relations (roles and
    /// links, agreements) share no key.
    pub fn join(mut self, other: Gathering<'a>) -> Gathering<'a> {
        if self.edges.len() < other.edges.len() {
            return other.join(self);
        }
        for (k, g) in other.edges {
            match self.edges.entry(k) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let into = e.get_mut();
                    for t in g.titles {
                        if !into.titles.contains(&t) {
                            into.titles.push(t);
                        }
                    }
                    into.date = into.date.or(g.date);
                    into.evidence.extend(g.evidence);
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(g);
                }
            }
        }
        self
    }
}

/// Titles that name no office of their own: one of a body's leaders, the one
/// responsible (首钢总公司领导某, 甲局负责人某).
const UNNAMED_OFFICES: [&str; 2] = ["领导", "负责人"];

/// An edge's titles as written on it, joined by 、; one naming no office is
/// left out beside one that does (党委书记、总经理, not 党委书记、总经理、领导).
fn shown_titles(titles: &[&str]) -> Option<String> {
    let named = titles.iter().any(|t| !UNNAMED_OFFICES.contains(t));
    let shown: Vec<&str> = titles.iter().copied().filter(|t| !named || !UNNAMED_OFFICES.contains(t)).collect();
    (!shown.is_empty()).then(|| shown.join("、"))
}

/// Everything gathered, ready to be made a graph.
pub struct Edges<'a, 's> {
    pub sentences: &'s Sentences<'a>,
    pub edges: Gathering<'a>,
    pub people: Vec<Person<'a>>,
    pub agreements: Vec<Agreement<'a>>,
}

impl<'a, 's> Edges<'a, 's> {
    /// The node id a node is written under.
    fn id(&self, orgs: &Orgs, n: NodeRef) -> String {
        match n {
            NodeRef::Org(l) => org_id(orgs.name(l)),
            NodeRef::Person(p) => person_id(self.people[p as usize].name),
            NodeRef::Agreement(a) => self.agreements[a as usize].id.clone(),
        }
    }

    /// One role edge per (person, organisation): the strongest relation
    /// takes in the titles and sentences of the weaker ones.
    fn fold_roles(&mut self) {
        let mut best: FxHashMap<(NodeRef, NodeRef), Relation> = FxHashMap::default();
        for &(s, t, r) in self.edges.edges.keys() {
            if r.role_rank() > 0 {
                let e = best.entry((s, t)).or_insert(r);
                if r.role_rank() > e.role_rank() {
                    *e = r;
                }
            }
        }
        // Weaker ones fold in relation order.
        let mut weaker: Vec<(NodeRef, NodeRef, Relation)> = self
            .edges
            .edges
            .keys()
            .filter(|&&(s, t, r)| r.role_rank() > 0 && best.get(&(s, t)) != Some(&r))
            .copied()
            .collect();
        weaker.sort_unstable();
        for k in weaker {
            let (Some(g), Some(&strongest)) = (self.edges.edges.remove(&k), best.get(&(k.0, k.1))) else { continue };
            let into = self.edges.edges.entry((k.0, k.1, strongest)).or_default();
            for t in g.titles {
                if !into.titles.contains(&t) {
                    into.titles.push(t);
                }
            }
            into.evidence.extend(g.evidence);
        }
    }

    /// The graph: every node an edge touches (but those the lexicon says to
    /// ignore), sorted by id, and the edges between them.
    pub fn finish(mut self, orgs: &Orgs<'a>, documents: Vec<DocumentInfo>, lex: &Lexicon) -> Graph {
        self.fold_roles();
        let mut touched: Vec<NodeRef> = self.edges.edges.keys().flat_map(|&(s, t, _)| [s, t]).collect();
        touched.par_sort_unstable();
        touched.dedup();
        let named: Vec<(String, bool)> = touched
            .par_iter()
            .map(|&n| {
                let id = self.id(orgs, n);
                let ignored = lex.is_ignored(&id);
                (id, ignored)
            })
            .collect();
        let mut at = Positions::new(orgs.names.len(), self.people.len(), self.agreements.len());
        for (i, &n) in touched.iter().enumerate() {
            at.set(n, i as u32);
        }
        self.edges.edges.retain(|(s, t, _), _| !named[at.get(*s)].1 && !named[at.get(*t)].1);
        // Nodes in id order; edges by (source, target, relation) in that order.
        let mut used = vec![false; touched.len()];
        for (s, t, _) in self.edges.edges.keys() {
            used[at.get(*s)] = true;
            used[at.get(*t)] = true;
        }
        let mut ids: Vec<(String, NodeRef)> =
            named.into_iter().zip(&touched).zip(&used).filter(|(_, u)| **u).map(|(((id, _), n), _)| (id, *n)).collect();
        ids.par_sort_unstable();
        let mut rank = at;
        for (i, (_, n)) in ids.iter().enumerate() {
            rank.set(*n, i as u32);
        }
        let edges = std::mem::take(&mut self.edges.edges);
        let mut edges: Vec<(u32, u32, Relation, Gathered)> =
            edges.into_iter().map(|((s, t, r), g)| (rank.get(s) as u32, rank.get(t) as u32, r, g)).collect();
        edges.par_sort_unstable_by_key(|e| (e.0, e.1, e.2));
        edges.par_iter_mut().for_each(|e| {
            e.3.evidence.sort_unstable();
            e.3.evidence.dedup();
        });
        // Per node: the documents of its edges and its smallest sentence
        // number (the first document's shortest sentence).
        let sentences = self.sentences;
        let mut docs: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
        let mut best: Vec<Option<u32>> = vec![None; ids.len()];
        for (s, t, _, g) in &edges {
            for n in [*s as usize, *t as usize] {
                docs[n].extend(g.evidence.iter().map(|e| sentences.doc(*e)));
                if let Some(&first) = g.evidence.first() {
                    best[n] = Some(best[n].map_or(first, |b| b.min(first)));
                }
            }
        }
        let mut graph = Graph::empty();
        graph.graph.documents = documents;
        graph.nodes = ids
            .par_iter()
            .zip(docs.par_iter_mut())
            .zip(&best)
            .map(|(((id, n), docs), best)| {
                docs.sort_unstable();
                docs.dedup();
                self.node(orgs, *n, id.clone(), docs, *best)
            })
            .collect();
        graph.edges = edges
            .into_par_iter()
            .map(|(s, t, relation, g)| Edge {
                source: ids[s as usize].0.clone(),
                target: ids[t as usize].0.clone(),
                key: 0,
                relation,
                title: shown_titles(&g.titles),
                date: g.date.map(str::to_string),
                weight: sentences.documents_in(&g.evidence) as f64,
                evidence: sentences.per_document(&g.evidence, EVIDENCE_PER_DOCUMENT),
            })
            .collect();
        // Already in id order: only parallel edges are numbered.
        graph.normalise_sorted();
        graph
    }

    fn node(&self, orgs: &Orgs, n: NodeRef, id: String, docs: &[u32], best: Option<u32>) -> Node {
        let s = self.sentences;
        let documents: Vec<String> = docs.iter().map(|d| s.doc_id(*d).to_string()).collect();
        let evidence: Vec<Evidence> = best.map(|b| s.get(b).clone()).into_iter().collect();
        let blank = Node {
            id,
            label: String::new(),
            kind: NodeKind::Organization,
            org_type: None,
            aliases: Vec::new(),
            titles: Vec::new(),
            title: None,
            date: None,
            documents,
            evidence,
        };
        match n {
            NodeRef::Org(l) => Node {
                label: shown(orgs.name(l)).to_string(),
                org_type: Some(orgs.org_type(l)),
                aliases: orgs.aliases(l),
                ..blank
            },
            NodeRef::Person(p) => {
                let p = &self.people[p as usize];
                Node {
                    label: p.name.to_string(),
                    kind: NodeKind::Person,
                    aliases: p.surfaces.iter().filter(|a| **a != p.name).map(|a| a.to_string()).collect(),
                    titles: p.titles.iter().map(|t| t.to_string()).collect(),
                    ..blank
                }
            }
            NodeRef::Agreement(a) => {
                let a = &self.agreements[a as usize];
                let mut docs: Vec<u32> = a.evidence.iter().map(|e| s.doc(*e)).collect();
                docs.dedup();
                Node {
                    label: a.label.clone(),
                    kind: NodeKind::Agreement,
                    title: Some(a.title.clone()),
                    date: a.date.map(str::to_string),
                    documents: docs.iter().map(|d| s.doc_id(*d).to_string()).collect(),
                    evidence: s.per_document(&a.evidence, EVIDENCE_PER_DOCUMENT),
                    ..blank
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shown_titles;

    #[test]
    fn a_title_naming_no_office_is_shown_only_alone() {
        assert_eq!(shown_titles(&["党委书记", "总经理", "领导"]).as_deref(), Some("党委书记、总经理"));
        assert_eq!(shown_titles(&["负责人", "副局长"]).as_deref(), Some("副局长"));
        assert_eq!(shown_titles(&["领导"]).as_deref(), Some("领导"));
        assert_eq!(shown_titles(&["领导", "负责人"]).as_deref(), Some("领导、负责人"));
        assert_eq!(shown_titles(&[]), None);
    }
}
