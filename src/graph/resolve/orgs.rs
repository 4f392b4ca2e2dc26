//! Organisation names: numbered once, grouped into clusters that are one
//! body, each cluster named by its label.
//!
//! Names merge when their simplified forms are equal, differ only by a legal
//! form (有限公司, 集团公司) or a 市/省 after a place, when one's long surface form is
//! the other's name (but a form after a bare unit, 市中心医院, which is one
//! document's word), or when `aliases.tsv` says so. The label of a cluster is
//! its most documented name that is no known alias of another listed, then
//! the longest, then the first in text order.

use crate::extract::facts::{DocFacts, OrgType, Relation, shown};
use crate::extract::lexicon::Lexicon;
use crate::extract::orgs::{BRACKETED_FORMS, LEGAL_FORMS};
use crate::text::script::to_simplified;
use petgraph::unionfind::UnionFind;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// One name as the documents give it.
#[derive(Default)]
pub struct OrgName<'a> {
    pub name: &'a str,
    /// How often each type (by `OrgType as usize`) was read from the name.
    types: [usize; OrgType::ALL.len()],
    /// Surface forms as published, and their simplified forms.
    pub surfaces: BTreeSet<&'a str>,
    pub simplified: Vec<String>,
    /// Documents that name it, and the last one counted.
    docs: usize,
    last_doc: Option<usize>,
}

impl OrgName<'_> {
    /// The type read most often; ties go to the first in `OrgType` order.
    pub fn org_type(&self) -> Option<OrgType> {
        OrgType::ALL
            .into_iter()
            .filter(|t| self.types[*t as usize] > 0)
            .max_by_key(|t| (self.types[*t as usize], std::cmp::Reverse(*t)))
    }
}

pub struct Orgs<'a> {
    index: FxHashMap<&'a str, u32>,
    pub names: Vec<OrgName<'a>>,
    /// The label (a name's number) of each name's cluster.
    label: Vec<u32>,
    /// Each label's members, itself included (names listed by a document;
    /// names met later in roles or agreements stand alone).
    members: FxHashMap<u32, Vec<u32>>,
}

impl<'a> Orgs<'a> {
    /// The organisations the documents list (`facts` sorted by document),
    /// clustered.
    pub fn gather(facts: &[&'a DocFacts], lex: &Lexicon) -> Orgs<'a> {
        let mut orgs =
            Orgs { index: FxHashMap::default(), names: Vec::new(), label: Vec::new(), members: FxHashMap::default() };
        for (d, f) in facts.iter().enumerate() {
            for o in &f.orgs {
                let n = orgs.number(&o.name);
                let info = &mut orgs.names[n as usize];
                info.types[o.org_type as usize] += 1;
                info.surfaces.extend(o.surfaces.iter().map(String::as_str));
                if info.last_doc != Some(d) {
                    info.last_doc = Some(d);
                    info.docs += 1;
                }
            }
        }
        orgs.cluster(lex);
        // Names met only in roles, links or agreements stand alone.
        for f in facts {
            let named = f.roles.iter().map(|r| r.org.as_str());
            let linked = f.links.iter().flat_map(|l| [l.from.as_str(), l.to.as_str()]);
            let parties = f.agreements.iter().flat_map(|a| a.parties.iter().map(String::as_str));
            let coordinators = f
                .agreements
                .iter()
                .flat_map(|a| &a.participants)
                .filter(|p| p.relation == Relation::CoordinatedBy)
                .map(|p| p.name.as_str());
            for name in named.chain(linked).chain(parties).chain(coordinators) {
                orgs.number(name);
            }
        }
        orgs
    }

    fn number(&mut self, name: &'a str) -> u32 {
        let next = self.names.len() as u32;
        let n = *self.index.entry(name).or_insert(next);
        if n == next {
            self.names.push(OrgName { name, ..Default::default() });
            self.label.push(n);
        }
        n
    }

    fn cluster(&mut self, lex: &Lexicon) {
        let mut sets = UnionFind::<u32>::new(self.names.len());
        // Joins `a` and `b` when both are names listed; otherwise nothing.
        let index = &self.index;
        let mut union = |a: u32, b: &str| {
            if let Some(&b) = index.get(b) {
                sets.union(a, b);
            }
        };
        for (i, info) in self.names.iter_mut().enumerate() {
            let (i, n) = (i as u32, info.name);
            for form in LEGAL_FORMS {
                if let Some(short) = n.strip_suffix(form) {
                    union(i, short);
                    if let Some(shorter) = BRACKETED_FORMS.iter().find_map(|f| short.strip_suffix(f)) {
                        union(i, shorter);
                    }
                }
            }
            // (And the group without its older form: 中国电信集团 for 中国电信集团公司;
            // 集团有限公司 gives it by 有限公司 above.)
            if let Some(group) = n.strip_suffix("公司").filter(|g| g.ends_with("集团")) {
                union(i, group);
            }
            let places = n.char_indices().take(lex.longest_place).map(|(b, c)| &n[..b + c.len_utf8()]);
            for place in places.filter(|p| lex.is_place(p)) {
                let after = &n[place.len()..];
                if let Some(rest) = after.strip_prefix('市').or_else(|| after.strip_prefix('省')) {
                    union(i, &format!("{place}{rest}"));
                }
            }
            info.simplified = info.surfaces.iter().map(|s| to_simplified(s)).collect();
            for s in &info.simplified {
                // (A form after a bare unit, 市中心医院, is one document's
                // word for its city's body: no name across documents.)
                if s != n && s.chars().count() >= 4 && !s.starts_with(['市', '县', '区', '省']) {
                    union(i, s);
                }
                if let Some(target) = lex.aliases.get(s) {
                    union(i, target);
                }
            }
            if let Some(target) = lex.aliases.get(n) {
                union(i, target);
            }
        }
        let mut groups: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for i in 0..self.names.len() as u32 {
            groups.entry(sets.find_mut(i)).or_default().push(i);
        }
        for group in groups.into_values() {
            // (A known alias never labels the cluster of its canonical name:
            // 中国科学院, not 中科院, however often the short one is written.)
            let key = |n: &u32| {
                let info = &self.names[*n as usize];
                let alias = lex.aliases.get(info.name).is_some_and(|c| index.contains_key(c.as_str()));
                (!alias, info.docs, info.name.chars().count(), std::cmp::Reverse(info.name))
            };
            let Some(&label) = group.iter().max_by_key(|n| key(n)) else { continue };
            for &n in &group {
                self.label[n as usize] = label;
            }
            self.members.insert(label, group);
        }
    }

    /// The label of `name`'s cluster (a name no document listed is its own),
    /// for every name `gather` met.
    pub fn label_of(&self, name: &str) -> Option<u32> {
        self.index.get(name).map(|&n| self.label[n as usize])
    }

    pub fn name(&self, n: u32) -> &'a str {
        self.names[n as usize].name
    }

    /// Every name and surface form of a label's cluster but the label itself.
    pub fn aliases(&self, label: u32) -> Vec<String> {
        let mut aliases: BTreeSet<&str> = BTreeSet::new();
        for &m in self.members.get(&label).into_iter().flatten() {
            let info = &self.names[m as usize];
            aliases.insert(shown(info.name));
            aliases.extend(info.surfaces.iter().copied());
            aliases.extend(info.simplified.iter().map(String::as_str));
        }
        aliases.remove(shown(self.name(label)));
        aliases.into_iter().map(str::to_string).collect()
    }

    /// A label's type: what its own name was read as, `Other` when unknown.
    pub fn org_type(&self, label: u32) -> OrgType {
        self.names[label as usize].org_type().unwrap_or(OrgType::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::{Evidence, OrgFact, RoleFact};

    fn doc(id: &str, names: &[(&str, &str)]) -> DocFacts {
        DocFacts {
            doc: id.into(),
            orgs: names
                .iter()
                .map(|(n, s)| OrgFact {
                    name: n.to_string(),
                    org_type: OrgType::Company,
                    surfaces: [s.to_string()].into_iter().collect(),
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn legal_form_and_surface_join_and_the_most_documented_name_labels() {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let a = doc("a", &[("恒瑞医药股份有限公司", "恒瑞醫藥股份有限公司")]);
        let b = doc("b", &[("恒瑞医药", "恒瑞医药")]);
        let mut c = doc("c", &[("恒瑞医药", "恒瑞医药"), ("某某大学", "某某大學")]);
        c.roles.push(RoleFact {
            person: "张三".into(),
            org: "无名机构".into(),
            relation: Relation::Leads,
            titles: vec!["主任".into()],
            evidence: Evidence { doc: "c".into(), text: "无名机构主任张三".into() },
        });
        let facts = vec![&a, &b, &c];
        let orgs = Orgs::gather(&facts, &lex);
        let label = orgs.label_of("恒瑞医药股份有限公司").expect("listed");
        assert_eq!(orgs.name(label), "恒瑞医药");
        assert_eq!(orgs.aliases(label), vec!["恒瑞医药股份有限公司", "恒瑞醫藥股份有限公司"]);
        let university = orgs.label_of("某某大学").expect("listed");
        assert_eq!(orgs.name(university), "某某大学");
        // A name no document listed but a role names stands alone, typed Other.
        let unknown = orgs.label_of("无名机构").expect("named in a role");
        assert_eq!((orgs.name(unknown), orgs.org_type(unknown)), ("无名机构", OrgType::Other));
        assert_eq!(orgs.label_of("别的机构"), None);
        assert!(orgs.aliases(unknown).is_empty());
    }

    #[test]
    fn a_known_alias_joins_its_canonical_name_and_never_labels_it() {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let (a, b) = (doc("a", &[("中科院", "中科院")]), doc("b", &[("中科院", "中科院")]));
        let c = doc("c", &[("中国科学院", "中国科学院")]);
        let facts = vec![&a, &b, &c];
        let orgs = Orgs::gather(&facts, &lex);
        let label = orgs.label_of("中科院").expect("listed");
        assert_eq!(orgs.name(label), "中国科学院");
        assert_eq!(orgs.label_of("中国科学院"), Some(label));
        // Alone, the alias names its body.
        let facts = vec![&a];
        let orgs = Orgs::gather(&facts, &lex);
        assert_eq!(orgs.label_of("中科院").map(|l| orgs.name(l)), Some("中科院"));
    }

    #[test]
    fn a_bracketed_group_form_before_the_legal_form_joins_too() {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let a = doc("a", &[("上海复星医药(集团)股份有限公司", "上海复星医药（集团）股份有限公司")]);
        let b = doc("b", &[("上海复星医药", "上海复星医药")]);
        let facts = vec![&a, &b];
        let orgs = Orgs::gather(&facts, &lex);
        assert_eq!(orgs.label_of("上海复星医药(集团)股份有限公司"), orgs.label_of("上海复星医药"));
    }

    #[test]
    fn an_older_group_form_joins_the_group_and_its_short_name() {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let a = doc("a", &[("中国电信集团公司", "中國電信集團公司")]);
        let b = doc("b", &[("中国电信集团", "中国电信集团")]);
        let c = doc("c", &[("某某能源集团", "某某能源集团")]);
        let facts = vec![&a, &b, &c];
        let orgs = Orgs::gather(&facts, &lex);
        let label = orgs.label_of("中国电信集团公司");
        assert_eq!(orgs.label_of("中国电信集团"), label);
        assert_ne!(orgs.label_of("某某能源集团"), label);
    }
}
