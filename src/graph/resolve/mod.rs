//! Resolution: per-document facts in, one `Graph` out.
//!
//! Organisations merge across documents and scripts (see `orgs`). People
//! merge by simplified name. Agreements merge when their parties are the same
//! and their dates agree (a missing year or date joins the one dated
//! agreement). Only entities with at least one edge become nodes. The result
//! is independent of the order of the input.
//!
//! Names, nodes and sentences are numbered once and gathered by number;
//! strings are copied only into the finished graph (`edges`).

mod edges;
mod orgs;
mod sentences;

use crate::extract::facts::{AgreementFact, DocFacts, Relation, shown};
use crate::extract::lexicon::Lexicon;
use crate::graph::model::{DocumentInfo, Graph};
use edges::{Agreement, Edges, Gathering, NodeRef, People};
use orgs::Orgs;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use sentences::Sentences;
use std::collections::{BTreeMap, BTreeSet};

/// Builds the graph of a set of documents' facts.
pub fn resolve(all: &[DocFacts], documents: Vec<DocumentInfo>, lex: &Lexicon) -> Graph {
    let mut facts: Vec<&DocFacts> = all.iter().collect();
    facts.sort_by(|a, b| a.doc.cmp(&b.doc));
    // Sentences, organisations and people are numbered first, so that roles
    // and links, and agreements (edges of different relations) are then
    // gathered at once.
    let (sentences, (orgs, people)) = rayon::join(
        || Sentences::number(&facts),
        || rayon::join(|| Orgs::gather(&facts, lex), || People::gather(&facts)),
    );
    let ctx = Context { sentences: &sentences, orgs: &orgs, people: &people };
    let (roles, (agreed, agreements)) = rayon::join(|| roles_and_links(&facts, &ctx), || agreements(&facts, &ctx));
    let edges = Edges { sentences: &sentences, edges: roles.join(agreed), people: people.list, agreements };
    edges.finish(&orgs, documents, lex)
}

/// What gathering edges reads: sentences, organisations and people by number.
struct Context<'a, 'c> {
    sentences: &'c Sentences<'a>,
    orgs: &'c Orgs<'a>,
    people: &'c People<'a>,
}

/// People's roles in organisations and links between organisations.
fn roles_and_links<'a>(facts: &[&'a DocFacts], ctx: &Context<'a, '_>) -> Gathering<'a> {
    let mut b = Gathering::default();
    for f in facts {
        for r in &f.roles {
            let (Some(person), Some(org)) = (ctx.people.get(&r.person), ctx.orgs.label_of(&r.org)) else { continue };
            let titles = r.titles.iter().map(String::as_str);
            b.add(person, NodeRef::Org(org), r.relation, titles, None, [ctx.sentences.of(&r.evidence)]);
        }
        for l in &f.links {
            let (Some(from), Some(to)) = (ctx.orgs.label_of(&l.from), ctx.orgs.label_of(&l.to)) else { continue };
            if from != to {
                b.add(NodeRef::Org(from), NodeRef::Org(to), l.relation, [], None, [ctx.sentences.of(&l.evidence)]);
            }
        }
    }
    b
}

/// Agreements: grouped by parties (in the order of their names), then by
/// date; each its node, edges and participants.
fn agreements<'a>(facts: &[&'a DocFacts], ctx: &Context<'a, '_>) -> (Gathering<'a>, Vec<Agreement<'a>>) {
    type Parties<'a> = Vec<(&'a str, u32)>;
    let orgs = ctx.orgs;
    let mut by_parties: FxHashMap<Parties, Vec<(Option<&str>, &AgreementFact)>> = FxHashMap::default();
    for f in facts {
        for a in &f.agreements {
            let mut parties: Parties =
                a.parties.iter().filter_map(|p| orgs.label_of(p)).map(|l| (orgs.name(l), l)).collect();
            parties.sort_unstable();
            parties.dedup();
            if parties.len() >= 2 {
                by_parties.entry(parties).or_default().push((a.date.as_deref(), a));
            }
        }
    }
    let mut by_parties: Vec<(Parties, Vec<_>)> = by_parties.into_iter().collect();
    by_parties.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let (mut b, mut made) = (Gathering::default(), Vec::new());
    for (parties, list) in by_parties {
        for (date, group) in cluster_dates(list) {
            made.push(agreement(&mut b, ctx, made.len() as u32, &parties, date, &group));
        }
    }
    (b, made)
}

/// Splits one party set's agreements by date: equal dates together; `--MM-DD`
/// joins the one full date with that month and day; undated joins the only date.
fn cluster_dates<'a>(
    list: Vec<(Option<&'a str>, &'a AgreementFact)>,
) -> Vec<(Option<&'a str>, Vec<&'a AgreementFact>)> {
    let full: BTreeSet<&str> = list.iter().filter_map(|(d, _)| *d).filter(|d| !d.starts_with("--")).collect();
    let mut groups: BTreeMap<Option<&str>, Vec<&AgreementFact>> = BTreeMap::new();
    for (d, a) in list {
        let mut key = d;
        if let Some(partial) = d.and_then(|d| d.strip_prefix("--")) {
            let matching: Vec<&str> = full.iter().copied().filter(|f| f.ends_with(partial)).collect();
            if let [one] = matching[..] {
                key = Some(one);
            }
        }
        groups.entry(key).or_default().push(a);
    }
    if groups.len() == 2 && groups.contains_key(&None) {
        let undated = groups.remove(&None).unwrap_or_default();
        if let Some(v) = groups.values_mut().next() {
            v.extend(undated);
        }
    }
    groups.into_iter().collect()
}

/// One agreement node (number `n`), its party and signed-with edges, and
/// its participants.
fn agreement<'a>(
    b: &mut Gathering<'a>,
    ctx: &Context<'a, '_>,
    n: u32,
    parties: &[(&'a str, u32)],
    date: Option<&'a str>,
    group: &[&'a AgreementFact],
) -> Agreement<'a> {
    let names: Vec<&str> = parties.iter().map(|p| p.0).collect();
    let id = format!("agreement:{}@{}", names.join("+"), date.unwrap_or("undated"));
    let title = group.iter().map(|a| a.title.as_str()).max_by_key(|t| (t.chars().count(), *t)).unwrap_or_default();
    let mut evidence: Vec<u32> = group.iter().flat_map(|a| a.evidence.iter()).map(|e| ctx.sentences.of(e)).collect();
    evidence.sort_unstable();
    evidence.dedup();
    let shown_names: Vec<&str> = names.iter().map(|n| shown(n)).collect();
    let label = format!("{}（{}）", title, shown_names.join("、"));
    let node = NodeRef::Agreement(n);
    for &(_, p) in parties {
        b.add(NodeRef::Org(p), node, Relation::PartyTo, [], date, evidence.iter().copied());
    }
    for (i, &(_, a)) in parties.iter().enumerate() {
        for &(_, other) in &parties[i + 1..] {
            b.add(NodeRef::Org(a), NodeRef::Org(other), Relation::SignedWith, [title], date, evidence.iter().copied());
        }
    }
    for a in group {
        for p in &a.participants {
            let ev = [ctx.sentences.of(&p.evidence)];
            match p.relation {
                Relation::CoordinatedBy => {
                    let Some(o) = ctx.orgs.label_of(&p.name) else { continue };
                    if !parties.iter().any(|&(_, l)| l == o) {
                        b.add(node, NodeRef::Org(o), p.relation, [], None, ev)
                    }
                }
                relation => {
                    let Some(person) = ctx.people.get(&p.name) else { continue };
                    if relation == Relation::Signed {
                        b.add(person, node, relation, [], None, ev)
                    } else {
                        b.add(node, person, relation, [], None, ev)
                    }
                }
            }
        }
    }
    Agreement { id, label, title: title.to_string(), date, evidence }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(title: &str) -> AgreementFact {
        AgreementFact {
            parties: BTreeSet::new(),
            date: None,
            title: title.into(),
            participants: Vec::new(),
            evidence: Vec::new(),
        }
    }

    fn titles(groups: &[(Option<&str>, Vec<&AgreementFact>)]) -> Vec<(Option<String>, Vec<String>)> {
        groups.iter().map(|(d, list)| (d.map(str::to_string), list.iter().map(|a| a.title.clone()).collect())).collect()
    }

    #[test]
    fn a_date_without_year_joins_the_one_full_date_and_undated_joins_the_only_date() {
        let (a, b, c) = (fact("甲"), fact("乙"), fact("丙"));
        let groups = cluster_dates(vec![(Some("2024-06-20"), &a), (Some("--06-20"), &b), (None, &c)]);
        let want = vec![(Some("2024-06-20".to_string()), vec!["甲".to_string(), "乙".to_string(), "丙".to_string()])];
        assert_eq!(titles(&groups), want);
    }

    #[test]
    fn two_dates_stay_apart_and_a_partial_date_matching_both_stays_alone() {
        let (a, b, c) = (fact("甲"), fact("乙"), fact("丙"));
        let groups = cluster_dates(vec![(Some("2023-06-20"), &a), (Some("2024-06-20"), &b), (Some("--06-20"), &c)]);
        let got: Vec<Option<String>> = titles(&groups).into_iter().map(|(d, _)| d).collect();
        assert_eq!(got, vec![Some("--06-20".into()), Some("2023-06-20".into()), Some("2024-06-20".into())]);
    }

    #[test]
    fn the_strongest_role_takes_the_titles_and_sentences_of_the_weaker() {
        use crate::extract::facts::{Evidence, OrgFact, OrgType, RoleFact};
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let role = |relation, title: &str, text: &str| RoleFact {
            person: "张三".into(),
            org: "甲医院".into(),
            relation,
            titles: vec![title.into()],
            evidence: Evidence { doc: "a".into(), text: text.into() },
        };
        let facts = DocFacts {
            doc: "a".into(),
            orgs: vec![OrgFact {
                name: "甲医院".into(),
                org_type: OrgType::Hospital,
                surfaces: ["甲医院".into()].into(),
            }],
            roles: vec![
                role(Relation::AffiliatedWith, "教授", "甲医院教授张三出席。"),
                role(Relation::Leads, "院长", "甲医院院长张三在会上致辞。"),
            ],
            ..Default::default()
        };
        let g = resolve(&[facts], Vec::new(), &lex);
        assert_eq!(g.edges.len(), 1);
        let e = &g.edges[0];
        assert_eq!((e.source.as_str(), e.target.as_str(), e.relation), ("person:张三", "org:甲医院", Relation::Leads));
        assert_eq!(e.title.as_deref(), Some("院长、教授"));
        assert_eq!(e.weight, 1.0);
        assert_eq!(e.evidence.iter().map(|x| &*x.text).collect::<Vec<_>>(), vec!["甲医院教授张三出席。"]);
        let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, vec!["org:甲医院", "person:张三"]);
        assert_eq!(g.nodes[1].titles, vec!["教授", "院长"]);
    }
}
