//! One document through the extract stage: clean text in, `DocFacts` out.
//!
//! Order: find organisations and aliases (`orgs`), find people next to titles
//! (first pass), tokenise again knowing those people (second pass), then read
//! roles, agreements and links sentence by sentence.

use crate::extract::agreements::{AgreementMention, read_agreement, read_participation};
use crate::extract::dates::{dateline, metadata_date};
use crate::extract::facts::{
    AgreementFact, DocFacts, Evidence, LinkFact, OrgFact, Participant, PersonFact, Relation, RoleFact,
};
use crate::extract::lexicon::Lexicon;
use crate::extract::links::{list_heading, read_links, whole_line_org};
use crate::extract::mentions::{Matchers, People, Token, TokenKind, tokenize};
use crate::extract::orgs::discover_with;
use crate::extract::roles::read_roles;
use crate::text::sentences::{split, text_of};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// One announcement, cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// Publication date from metadata (`2025-06-20`, `2025年6月20日`), if known.
    pub date: Option<String>,
}

/// Reads every fact of one document.
pub fn extract_document(doc: &Document, lex: &Lexicon, m: &Matchers) -> DocFacts {
    let sentences = split(&doc.text);
    let cat = discover_with(&sentences, lex, &m.suffixes);
    // Pass 1: names found next to titles.
    let nobody = People::none();
    let first: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s, &cat, &nobody, m, lex)).collect();
    let people: BTreeSet<String> = first
        .iter()
        .flatten()
        .filter_map(|t| match &t.kind {
            TokenKind::Person(n) => Some(n.clone()),
            _ => None,
        })
        .collect();
    // Pass 2: with every name of the document known (a sentence naming none
    // of them keeps its first tokens: tokenising it again gives the same).
    let known = People::new(&people);
    let tokens: Vec<Vec<Token>> = sentences
        .iter()
        .zip(first)
        .map(|(s, first)| if known.occur_in(&s.chars) { tokenize(s, &cat, &known, m, lex) } else { first })
        .collect();
    let line = doc.date.as_deref().and_then(metadata_date).or_else(|| dateline(&doc.text));
    // One shared copy of the document id, and of each sentence a fact cites.
    let doc_id: Arc<str> = Arc::from(doc.id.as_str());
    let cited: Vec<OnceCell<Arc<str>>> = vec![OnceCell::new(); sentences.len()];
    let evidence = |i: usize| Evidence {
        doc: doc_id.clone(),
        text: cited[i].get_or_init(|| Arc::from(sentences[i].original.as_str())).clone(),
    };
    let org_name = |i: usize| cat.entries[i].name.clone();

    let mut facts = DocFacts { doc: doc.id.clone(), ..DocFacts::default() };
    let mut person_surfaces: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut agreements: Vec<(AgreementMention, Vec<Evidence>)> = Vec::new();
    let mut heading: Option<usize> = None;
    for (i, s) in sentences.iter().enumerate() {
        let (w, toks, original) = (&s.chars, &tokens[i], &s.original_chars);
        for t in toks {
            if let TokenKind::Person(n) = &t.kind {
                let surface: String = text_of(&original[t.span.start..t.span.end]);
                person_surfaces.entry(n.clone()).or_default().insert(surface);
            }
        }
        for r in read_roles(w, toks) {
            facts.roles.push(RoleFact {
                person: r.person,
                org: org_name(r.org),
                relation: r.relation,
                titles: r.titles,
                evidence: evidence(i),
            });
        }
        for (a, rel, b) in read_links(w, toks) {
            facts.links.push(LinkFact { from: org_name(a), relation: rel, to: org_name(b), evidence: evidence(i) });
        }
        // A footer heading `甲成员` followed by lines that are each a name.
        if let Some(h) = list_heading(w, toks) {
            heading = Some(h);
        } else if let Some(h) = heading {
            let follows = i > 0 && s.line <= sentences[i - 1].line + 1;
            match whole_line_org(w, toks) {
                Some(o) if follows && o != h => facts.links.push(LinkFact {
                    from: org_name(o),
                    relation: Relation::PartOf,
                    to: org_name(h),
                    evidence: evidence(i),
                }),
                _ if follows && toks.is_empty() && s.working.is_ascii() && !s.working.contains("www") => {}
                _ => heading = None,
            }
        }
        for a in read_agreement(&s.working, w, toks, line) {
            match agreements.iter_mut().find(|(b, _)| b.parties == a.parties) {
                Some((b, ev)) => {
                    if b.date.is_none_or(|d| d.year.is_none() && a.date.is_some_and(|x| x.year.is_some())) {
                        b.date = a.date.or(b.date);
                    }
                    if a.title.chars().count() > b.title.chars().count() {
                        b.title = a.title.clone();
                    }
                    b.coordinated_by.extend(a.coordinated_by.iter().copied());
                    ev.push(evidence(i));
                }
                None => agreements.push((a, vec![evidence(i)])),
            }
        }
    }
    // An agreement stated without a date (同时，甲与丙签订了…) was signed at
    // the event of the one stated before it.
    let mut last_date = None;
    for (a, _) in agreements.iter_mut() {
        match a.date {
            Some(d) => last_date = Some(d),
            None => a.date = last_date,
        }
    }
    // Participants: attach each sentence's signers, witnesses and hosts to the
    // document's agreement (the one whose parties the sentence names, if several).
    let mut facts_agreements: Vec<AgreementFact> = agreements
        .iter()
        .map(|(a, ev)| AgreementFact {
            parties: a.parties.iter().map(|&i| org_name(i)).collect(),
            date: a.date.map(|d| d.iso()),
            title: a.title.clone(),
            participants: a
                .coordinated_by
                .iter()
                .map(|&i| Participant { relation: Relation::CoordinatedBy, name: org_name(i), evidence: ev[0].clone() })
                .collect(),
            evidence: ev.clone(),
        })
        .collect();
    if !facts_agreements.is_empty() {
        for (i, s) in sentences.iter().enumerate() {
            let p = read_participation(&s.working, &tokens[i]);
            if p.signed.is_empty() && p.witnessed.is_empty() && p.hosted.is_empty() {
                continue;
            }
            let named: BTreeSet<usize> = tokens[i]
                .iter()
                .filter_map(|t| match t.kind {
                    TokenKind::Org(o) => Some(o),
                    _ => None,
                })
                .collect();
            let target = (0..agreements.len())
                .max_by_key(|&k| (agreements[k].0.parties.intersection(&named).count(), std::cmp::Reverse(k)))
                .unwrap_or(0);
            let a = &mut facts_agreements[target];
            for (rel, names) in
                [(Relation::Signed, &p.signed), (Relation::WitnessedBy, &p.witnessed), (Relation::HostedBy, &p.hosted)]
            {
                for n in names {
                    a.participants.push(Participant { relation: rel, name: n.clone(), evidence: evidence(i) });
                }
            }
        }
    }
    facts.agreements = facts_agreements;
    facts.orgs = cat
        .entries
        .iter()
        .filter(|e| !e.keys.is_empty())
        .map(|e| OrgFact { name: e.name.clone(), org_type: e.org_type, surfaces: e.surfaces.clone() })
        .collect();
    facts.persons = person_surfaces.into_iter().map(|(name, surfaces)| PersonFact { name, surfaces }).collect();
    facts
}
