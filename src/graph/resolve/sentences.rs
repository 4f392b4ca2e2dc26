//! Evidence sentences, numbered once so that resolution compares numbers.
//!
//! Every distinct (document, sentence) pair gets a number in the order
//! (document, length in characters, text). Sorting an edge's numbers therefore
//! groups its sentences by document, shortest first, and the smallest number
//! of a node's edges is the sentence that speaks for it (the first document's
//! shortest). Facts repeat sentences (one per fact); each copy is found by its
//! address and shares the number of its first equal.

use crate::extract::facts::{DocFacts, Evidence};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::cmp::Ordering;

pub struct Sentences<'a> {
    /// Distinct sentences, in number order.
    list: Vec<&'a Evidence>,
    /// The number of each sentence's document (documents in id order).
    doc_of: Vec<u32>,
    /// Document ids, sorted.
    docs: Vec<&'a str>,
    by_address: FxHashMap<usize, u32>,
}

/// The sentences a document's facts cite.
fn cited(f: &DocFacts) -> impl Iterator<Item = &Evidence> {
    let roles = f.roles.iter().map(|r| &r.evidence);
    let links = f.links.iter().map(|l| &l.evidence);
    let agreements =
        f.agreements.iter().flat_map(|a| a.evidence.iter().chain(a.participants.iter().map(|p| &p.evidence)));
    roles.chain(links).chain(agreements)
}

type Keyed<'a> = (usize, &'a Evidence);

fn order(a: &Keyed, b: &Keyed) -> Ordering {
    (&a.1.doc, a.0, &a.1.text).cmp(&(&b.1.doc, b.0, &b.1.text))
}

impl<'a> Sentences<'a> {
    /// Numbers the sentences of `facts` (sorted by document).
    pub fn number(facts: &[&'a DocFacts]) -> Sentences<'a> {
        // Each document's sentences sorted on its own, in parallel; they are
        // in order once joined unless a fact cites another document.
        let parts: Vec<Vec<Keyed<'a>>> = facts
            .par_iter()
            .map(|f| {
                let mut v: Vec<Keyed<'a>> = cited(f).map(|e| (e.text.chars().count(), e)).collect();
                if v.iter().all(|(_, e)| *e.doc == *f.doc) {
                    v.sort_unstable_by(|a, b| (a.0, &a.1.text).cmp(&(b.0, &b.1.text)));
                } else {
                    v.sort_unstable_by(order);
                }
                v
            })
            .collect();
        let mut all: Vec<Keyed<'a>> = parts.concat();
        if !all.is_sorted_by(|a, b| order(a, b) != Ordering::Greater) {
            all.par_sort_unstable_by(order);
        }
        let mut s = Sentences {
            list: Vec::with_capacity(all.len()),
            doc_of: Vec::with_capacity(all.len()),
            docs: Vec::new(),
            by_address: FxHashMap::with_capacity_and_hasher(all.len(), Default::default()),
        };
        for (_, e) in all {
            let same = s.list.last().is_some_and(|last| last.doc == e.doc && last.text == e.text);
            if !same {
                if s.docs.last() != Some(&&*e.doc) {
                    s.docs.push(&e.doc);
                }
                s.list.push(e);
                s.doc_of.push(s.docs.len() as u32 - 1);
            }
            s.by_address.insert(address(e), s.list.len() as u32 - 1);
        }
        s
    }

    /// The number of a sentence cited by the facts given to `number`.
    pub fn of(&self, e: &Evidence) -> u32 {
        self.by_address.get(&address(e)).copied().unwrap_or_else(|| {
            // Not one of the facts' own sentences: find its equal.
            self.list.iter().position(|x| *x == e).map_or(0, |i| i as u32)
        })
    }

    pub fn get(&self, n: u32) -> &'a Evidence {
        self.list[n as usize]
    }

    /// The document number of sentence `n`.
    pub fn doc(&self, n: u32) -> u32 {
        self.doc_of[n as usize]
    }

    pub fn doc_id(&self, d: u32) -> &'a str {
        self.docs[d as usize]
    }

    /// The first (shortest) sentence of each document among sorted numbers,
    /// at most `per_doc` of each, copied out for the graph.
    pub fn per_document(&self, sorted: &[u32], per_doc: usize) -> Vec<Evidence> {
        sorted
            .chunk_by(|a, b| self.doc(*a) == self.doc(*b))
            .flat_map(|c| c.iter().take(per_doc))
            .map(|n| self.get(*n).clone())
            .collect()
    }

    /// The number of distinct documents among sorted numbers.
    pub fn documents_in(&self, sorted: &[u32]) -> usize {
        sorted.chunk_by(|a, b| self.doc(*a) == self.doc(*b)).count()
    }
}

fn address(e: &Evidence) -> usize {
    e as *const Evidence as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::Relation;
    use crate::extract::facts::RoleFact;

    fn role(doc: &str, text: &str) -> RoleFact {
        RoleFact {
            person: "张三".into(),
            org: "某医院".into(),
            relation: Relation::Leads,
            titles: vec![],
            evidence: Evidence { doc: doc.into(), text: text.into() },
        }
    }

    #[test]
    fn numbers_follow_document_then_length_then_text_and_repeats_share_one() {
        let a = DocFacts {
            doc: "a".into(),
            roles: vec![role("a", "较长的一句话"), role("a", "短句"), role("a", "短句")],
            ..Default::default()
        };
        let b = DocFacts { doc: "b".into(), roles: vec![role("b", "乙")], ..Default::default() };
        let facts = vec![&a, &b];
        let s = Sentences::number(&facts);
        let n: Vec<u32> = a.roles.iter().chain(&b.roles).map(|r| s.of(&r.evidence)).collect();
        assert_eq!(n, vec![1, 0, 0, 2]);
        assert_eq!((s.doc(0), s.doc(1), s.doc(2)), (0, 0, 1));
        assert_eq!(s.documents_in(&[0, 1, 2]), 2);
        let kept = s.per_document(&[0, 1, 2], 1);
        assert_eq!(kept.iter().map(|e| &*e.text).collect::<Vec<_>>(), vec!["短句", "乙"]);
    }
}
