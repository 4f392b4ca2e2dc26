//! Resolution: per-document facts in, one `Graph` out.
//!
//! Organisations merge across documents and scripts when their simplified names
//! are equal, differ only by a legal form (有限公司) or a 市/省 after a place, when
//! one's long alias is the other's name, or when `aliases.tsv` says so. People
//! merge by simplified name. Agreements merge when their parties are the same and
//! their dates agree (a missing year or date joins the one dated agreement).
//! Only entities with at least one edge become nodes. The result is independent
//! of the order of the input.

use crate::extract::facts::{DocFacts, Evidence, OrgType, Relation};
use crate::extract::lexicon::Lexicon;
use crate::graph::model::{DocumentInfo, Edge, Graph, Node, NodeKind, org_id, person_id};
use crate::text::script::to_simplified;
use indexmap::IndexSet;
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

const LEGAL_FORMS: [&str; 4] = ["股份有限公司", "有限责任公司", "有限公司", "集团有限公司"];

/// Union-find over organisation names (petgraph's), by position in the
/// sorted list of names.
struct Clusters<'a> {
    names: &'a [String],
    sets: UnionFind<usize>,
}

impl Clusters<'_> {
    /// Joins `a` and `b` when both are names in the list; otherwise nothing.
    fn union(&mut self, a: &str, b: &str) {
        let at = |n: &str| self.names.binary_search_by(|x| x.as_str().cmp(n)).ok();
        if let (Some(a), Some(b)) = (at(a), at(b)) {
            self.sets.union(a, b);
        }
    }
}

#[derive(Default)]
struct OrgInfo {
    types: BTreeMap<OrgType, usize>,
    surfaces: BTreeSet<String>,
    docs: BTreeSet<String>,
}

/// Builds the graph of a set of documents' facts.
pub fn resolve(all: &[DocFacts], documents: Vec<DocumentInfo>, lex: &Lexicon) -> Graph {
    let mut facts: Vec<&DocFacts> = all.iter().collect();
    facts.sort_by(|a, b| a.doc.cmp(&b.doc));
    // Organisations.
    let mut orgs: BTreeMap<String, OrgInfo> = BTreeMap::new();
    for f in &facts {
        for o in &f.orgs {
            let info = orgs.entry(o.name.clone()).or_default();
            *info.types.entry(o.org_type).or_default() += 1;
            info.surfaces.extend(o.surfaces.iter().cloned());
            info.docs.insert(f.doc.clone());
        }
    }
    let names: Vec<String> = orgs.keys().cloned().collect();
    let mut clusters = Clusters { names: &names, sets: UnionFind::new(names.len()) };
    // `union` joins two names only when both are organisations seen.
    for n in &names {
        for form in LEGAL_FORMS {
            if let Some(short) = n.strip_suffix(form) {
                clusters.union(n, short);
            }
        }
        for place in lex.places.iter().filter(|p| n.starts_with(p.as_str())) {
            let after = &n[place.len()..];
            if let Some(rest) = after.strip_prefix('市').or_else(|| after.strip_prefix('省')) {
                clusters.union(n, &format!("{place}{rest}"));
            }
        }
        for s in &orgs[n].surfaces {
            let s = to_simplified(s);
            if s != *n && s.chars().count() >= 4 {
                clusters.union(n, &s);
            }
            if let Some(target) = lex.aliases.get(&s) {
                clusters.union(n, target);
            }
        }
        if let Some(target) = lex.aliases.get(n) {
            clusters.union(n, target);
        }
    }
    // The label of a cluster: its most documented name, then the longest.
    let mut members: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        members.entry(clusters.sets.find_mut(i)).or_default().push(n.clone());
    }
    let mut label_of: HashMap<String, String> = HashMap::with_capacity(names.len());
    for group in members.values() {
        let label = group
            .iter()
            .max_by(|a, b| {
                let key = |n: &String| (orgs[n].docs.len(), n.chars().count(), std::cmp::Reverse(n.clone()));
                key(a).cmp(&key(b))
            })
            .cloned()
            .unwrap_or_default();
        for n in group {
            label_of.insert(n.clone(), label.clone());
        }
    }
    let org = |n: &str| label_of.get(n).cloned().unwrap_or_else(|| n.to_string());

    let mut b = Builder::default();
    for f in &facts {
        for p in &f.persons {
            b.people.entry(p.name.clone()).or_default().1.extend(p.surfaces.iter().cloned());
        }
    }
    // Roles.
    for f in &facts {
        for r in &f.roles {
            b.role(&r.person, &org(&r.org), r.relation, &r.titles, &r.evidence);
        }
        for l in &f.links {
            let (from, to) = (org(&l.from), org(&l.to));
            if from != to {
                b.edge(org_id(&from), org_id(&to), l.relation, None, None, std::slice::from_ref(&l.evidence));
            }
        }
    }
    // Agreements: group by parties, then by date.
    let mut by_parties: BTreeMap<BTreeSet<String>, Vec<(Option<String>, &crate::extract::facts::AgreementFact)>> =
        BTreeMap::new();
    for f in &facts {
        for a in &f.agreements {
            let parties: BTreeSet<String> = a.parties.iter().map(|p| org(p)).collect();
            if parties.len() >= 2 {
                by_parties.entry(parties).or_default().push((a.date.clone(), a));
            }
        }
    }
    for (parties, list) in by_parties {
        for (date, group) in cluster_dates(list) {
            b.agreement(&parties, date, &group, &org);
        }
    }
    b.finish(&orgs, &label_of, documents, lex)
}

/// Splits one party set's agreements by date: equal dates together; `--MM-DD`
/// joins the one full date with that month and day; undated joins the only date.
fn cluster_dates(
    list: Vec<(Option<String>, &crate::extract::facts::AgreementFact)>,
) -> Vec<(Option<String>, Vec<&crate::extract::facts::AgreementFact>)> {
    let full: BTreeSet<String> = list.iter().filter_map(|(d, _)| d.clone()).filter(|d| !d.starts_with("--")).collect();
    let mut groups: BTreeMap<Option<String>, Vec<&crate::extract::facts::AgreementFact>> = BTreeMap::new();
    for (d, a) in &list {
        let mut key = d.clone();
        if let Some(partial) = d.as_ref().and_then(|d| d.strip_prefix("--")) {
            let matching: Vec<&String> = full.iter().filter(|f| f.ends_with(partial)).collect();
            if let [one] = matching[..] {
                key = Some(one.clone());
            }
        }
        groups.entry(key).or_default().push(*a);
    }
    if groups.len() == 2 && groups.contains_key(&None) {
        let undated = groups.remove(&None).unwrap_or_default();
        if let Some(v) = groups.values_mut().next() {
            v.extend(undated);
        }
    }
    groups.into_iter().collect()
}

/// Sentences kept per document on an edge: the shortest, which states the
/// relation most plainly; the others (captions, repeats) add nothing a reader
/// needs and would multiply the size of every export.
const EVIDENCE_PER_DOCUMENT: usize = 1;

/// At most `n` sentences per document, shortest first, in document order.
/// `ev` holds each sentence once, sorted.
fn per_document(ev: &[&Evidence], n: usize) -> Vec<Evidence> {
    let mut out = Vec::new();
    for doc in ev.chunk_by(|a, b| a.doc == b.doc) {
        let mut list = doc.to_vec();
        list.sort_by_cached_key(|e| (e.text.chars().count(), e.text.as_str()));
        out.extend(list.into_iter().take(n).cloned());
    }
    out
}

/// Sorts sentences and drops repeats.
fn dedup_sorted(ev: &mut Vec<&Evidence>) {
    ev.sort_unstable();
    ev.dedup();
}

/// Which sentence speaks for a node: the first document's shortest (then
/// the first in text order). Characters are counted only within a document.
fn speaks_better(a: &Evidence, b: &Evidence) -> bool {
    match a.doc.cmp(&b.doc) {
        std::cmp::Ordering::Equal => (a.text.chars().count(), &a.text) < (b.text.chars().count(), &b.text),
        other => other.is_lt(),
    }
}

/// Edges as they are gathered: node ids interned (each id once, edges keyed
/// by positions), sentences borrowed from the facts until the graph is made.
#[derive(Default)]
struct Builder<'a> {
    ids: IndexSet<String>,
    edges: HashMap<(u32, u32, Relation), EdgeAcc<'a>>,
    people: HashMap<String, (BTreeSet<String>, BTreeSet<String>)>,
    agreements: HashMap<String, Node>,
}

#[derive(Default)]
struct EdgeAcc<'a> {
    titles: Vec<String>,
    date: Option<String>,
    evidence: Vec<&'a Evidence>,
}

impl<'a> Builder<'a> {
    fn id(&mut self, id: String) -> u32 {
        self.ids.insert_full(id).0 as u32
    }

    fn edge(
        &mut self,
        s: String,
        t: String,
        rel: Relation,
        title: Option<&[String]>,
        date: Option<String>,
        ev: impl IntoIterator<Item = &'a Evidence>,
    ) {
        let key = (self.id(s), self.id(t), rel);
        let acc = self.edges.entry(key).or_default();
        for x in title.unwrap_or_default() {
            if !acc.titles.contains(x) {
                acc.titles.push(x.clone());
            }
        }
        if acc.date.is_none() {
            acc.date = date;
        }
        acc.evidence.extend(ev);
    }

    fn role(&mut self, person: &str, org: &str, rel: Relation, titles: &[String], ev: &'a Evidence) {
        self.people.entry(person.to_string()).or_default().0.extend(titles.iter().cloned());
        self.edge(person_id(person), org_id(org), rel, Some(titles), None, [ev]);
    }

    fn agreement(
        &mut self,
        parties: &BTreeSet<String>,
        date: Option<String>,
        group: &[&'a crate::extract::facts::AgreementFact],
        org: &dyn Fn(&str) -> String,
    ) {
        let names: Vec<&str> = parties.iter().map(String::as_str).collect();
        let id = format!("agreement:{}@{}", names.join("+"), date.as_deref().unwrap_or("undated"));
        let title =
            group.iter().map(|a| a.title.clone()).max_by_key(|t| (t.chars().count(), t.clone())).unwrap_or_default();
        let mut evidence: Vec<&'a Evidence> = group.iter().flat_map(|a| a.evidence.iter()).collect();
        dedup_sorted(&mut evidence);
        let label = format!("{}（{}）", title, names.join("、"));
        for p in parties {
            self.edge(org_id(p), id.clone(), Relation::PartyTo, None, date.clone(), evidence.iter().copied());
        }
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                self.edge(
                    org_id(a),
                    org_id(b),
                    Relation::SignedWith,
                    Some(std::slice::from_ref(&title)),
                    date.clone(),
                    evidence.iter().copied(),
                );
            }
        }
        for a in group {
            for p in &a.participants {
                let ev = [&p.evidence];
                match p.relation {
                    Relation::Signed => self.edge(person_id(&p.name), id.clone(), p.relation, None, None, ev),
                    Relation::CoordinatedBy => {
                        let o = org(&p.name);
                        if !parties.contains(&o) {
                            self.edge(id.clone(), org_id(&o), p.relation, None, None, ev)
                        }
                    }
                    _ => self.edge(id.clone(), person_id(&p.name), p.relation, None, None, ev),
                }
                if !matches!(p.relation, Relation::CoordinatedBy) {
                    self.people.entry(p.name.clone()).or_default();
                }
            }
        }
        let node = Node {
            id: id.clone(),
            label,
            kind: NodeKind::Agreement,
            org_type: None,
            aliases: Vec::new(),
            titles: Vec::new(),
            title: Some(title),
            date,
            documents: evidence.iter().map(|e| e.doc.clone()).collect::<BTreeSet<_>>().into_iter().collect(),
            evidence: per_document(&evidence, EVIDENCE_PER_DOCUMENT),
        };
        self.agreements.insert(id, node);
    }

    fn finish(
        mut self,
        orgs: &BTreeMap<String, OrgInfo>,
        label_of: &HashMap<String, String>,
        documents: Vec<DocumentInfo>,
        lex: &Lexicon,
    ) -> Graph {
        let ids: Vec<String> = std::mem::take(&mut self.ids).into_iter().collect();
        // A role edge per (person, organisation): the strongest relation wins.
        let mut best: HashMap<(u32, u32), Relation> = HashMap::new();
        for &(s, t, r) in self.edges.keys() {
            if r.role_rank() > 0 {
                let e = best.entry((s, t)).or_insert(r);
                if r.role_rank() > e.role_rank() {
                    *e = r;
                }
            }
        }
        // The weaker ones fold into it, in the order of their ids.
        let mut role_keys: Vec<(u32, u32, Relation)> = self
            .edges
            .keys()
            .filter(|&&(s, t, r)| r.role_rank() > 0 && best.get(&(s, t)) != Some(&r))
            .copied()
            .collect();
        role_keys.sort_by(|a, b| {
            (&ids[a.0 as usize], &ids[a.1 as usize], a.2).cmp(&(&ids[b.0 as usize], &ids[b.1 as usize], b.2))
        });
        for k in role_keys {
            let (Some(acc), Some(&strongest)) = (self.edges.remove(&k), best.get(&(k.0, k.1))) else { continue };
            let into = self.edges.entry((k.0, k.1, strongest)).or_default();
            for t in acc.titles {
                if !into.titles.contains(&t) {
                    into.titles.push(t);
                }
            }
            into.evidence.extend(acc.evidence);
        }
        let ignored: Vec<bool> = ids.iter().map(|id| lex.ignore.iter().any(|i| id.contains(i.as_str()))).collect();
        self.edges.retain(|&(s, t, _), _| !ignored[s as usize] && !ignored[t as usize]);
        for acc in self.edges.values_mut() {
            dedup_sorted(&mut acc.evidence);
        }
        // Nodes: everything an edge touches.
        // Per node: the documents of its edges, and one sentence for it (the
        // shortest of the first document), without copying every sentence.
        let mut node_evidence: Vec<Option<(BTreeSet<&str>, Option<&Evidence>)>> = vec![None; ids.len()];
        for (&(s, t, _), acc) in &self.edges {
            for id in [s, t] {
                let (docs, best) = node_evidence[id as usize].get_or_insert_default();
                for ev in &acc.evidence {
                    docs.insert(ev.doc.as_str());
                    if best.is_none_or(|b| speaks_better(ev, b)) {
                        *best = Some(ev);
                    }
                }
            }
        }
        let mut graph = Graph::empty();
        graph.graph.documents = documents;
        let mut org_members: HashMap<&String, Vec<&String>> = HashMap::new();
        for (name, label) in label_of {
            org_members.entry(label).or_default().push(name);
        }
        // Nodes and edges are made on all cores; each depends only on its own part.
        let people = &self.people;
        let nodes: Vec<Option<Node>> = ids
            .par_iter()
            .zip(&node_evidence)
            .map(|(id, seen)| {
                let (doc_set, best) = seen.as_ref()?;
                let docs: Vec<String> = doc_set.iter().map(|d| d.to_string()).collect();
                let evidence: Vec<Evidence> = best.iter().map(|e| (*e).clone()).collect();
                if let Some(name) = id.strip_prefix("org:") {
                    let mut aliases: BTreeSet<String> = BTreeSet::new();
                    for m in org_members.get(&name.to_string()).into_iter().flatten() {
                        aliases.insert((*m).clone());
                        if let Some(info) = orgs.get(*m) {
                            aliases.extend(info.surfaces.iter().cloned());
                            aliases.extend(info.surfaces.iter().map(|s| to_simplified(s)));
                        }
                    }
                    aliases.remove(name);
                    let label_type = orgs.get(name).and_then(|i| {
                        i.types.iter().max_by_key(|(t, c)| (**c, std::cmp::Reverse(**t))).map(|(t, _)| *t)
                    });
                    Some(Node {
                        id: id.clone(),
                        label: name.to_string(),
                        kind: NodeKind::Organization,
                        org_type: label_type.or(Some(OrgType::Other)),
                        aliases: aliases.into_iter().collect(),
                        titles: Vec::new(),
                        title: None,
                        date: None,
                        documents: docs,
                        evidence,
                    })
                } else if let Some(name) = id.strip_prefix("person:") {
                    let (titles, mut surfaces) = people.get(name).cloned().unwrap_or_default();
                    surfaces.remove(name);
                    Some(Node {
                        id: id.clone(),
                        label: name.to_string(),
                        kind: NodeKind::Person,
                        org_type: None,
                        aliases: surfaces.into_iter().collect(),
                        titles: titles.into_iter().collect(),
                        title: None,
                        date: None,
                        documents: docs,
                        evidence,
                    })
                } else {
                    // Agreements were made whole by `agreement`.
                    None
                }
            })
            .collect();
        graph.nodes = nodes.into_iter().flatten().collect();
        for (id, seen) in ids.iter().zip(&node_evidence) {
            if seen.is_some()
                && let Some(node) = self.agreements.remove(id)
            {
                graph.nodes.push(node);
            }
        }
        let edges: Vec<((u32, u32, Relation), EdgeAcc)> = self.edges.into_iter().collect();
        graph.edges = edges
            .into_par_iter()
            .map(|((s, t, r), acc)| Edge {
                source: ids[s as usize].clone(),
                target: ids[t as usize].clone(),
                key: 0,
                relation: r,
                title: (!acc.titles.is_empty()).then(|| acc.titles.join("、")),
                date: acc.date,
                weight: acc.evidence.chunk_by(|a, b| a.doc == b.doc).count() as f64,
                evidence: per_document(&acc.evidence, EVIDENCE_PER_DOCUMENT),
            })
            .collect();
        graph.normalise();
        graph
    }
}
