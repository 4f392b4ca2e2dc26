//! Organisations: finds the organisation names of one document and their aliases.
//!
//! A name ends in a suffix from `org_suffixes.tsv` and starts after the last
//! boundary word before it (`在国家癌症中心统筹下` → 国家癌症中心). Aliases come
//! from inline definitions (`(下称「深圳肿瘤医院」)`), acronyms and English or
//! second names in brackets, an English line under a name, and abbreviations
//! used in the text (`中肿`, `联影`, `迈瑞医疗`), ending where a word ends. A known
//! place right before its head's title (its party offices between: `甘孜州|委常委、
//! 副州长`) is its government (`福建省|副省长`). A tie named after a body
//! (`甲医院|友好医院`) is none. The words of a kind (`医院`, `我院`, `联盟`) and
//! definitions as such (`下称“公司”`) stand for the document's one body of that
//! kind without being its names. Output: an `OrgCatalog` of entries with the keys
//! that refer to them.

use crate::extract::agreements::states_signing;
use crate::extract::facts::OrgType;
use crate::extract::keys::KeyMatcher;
use crate::extract::lexicon::Lexicon;
use crate::extract::mentions::{TAKES_OFFICE, TAKES_OFFICE_OPENINGS, UNITS};
use crate::extract::people::{after_name_title, is_name};
use crate::text::script::is_han;
use crate::text::sentences::{Sentence, ends_with_word, starts_with_word, text_of, with_text};
use aho_corasick::AhoCorasick;
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// One organisation of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgEntry {
    /// Canonical simplified name (abbreviated words expanded).
    pub name: String,
    pub org_type: OrgType,
    /// Working-form strings that refer to it in this document.
    pub keys: BTreeSet<String>,
    /// Surface forms as published (either script, English).
    pub surfaces: BTreeSet<String>,
}

/// The organisations of one document, findable by any of their keys.
#[derive(Debug, Clone, Default)]
pub struct OrgCatalog {
    pub entries: Vec<OrgEntry>,
    by_key: BTreeMap<String, usize>,
    /// Longest-match index over the keys, built by `seal` once keys settle.
    matcher: Option<KeyMatcher>,
    /// Words that stand for one entry without being its name (医院, 我院 for
    /// the document's only hospital), with the entry's index (`BARE` set for
    /// a bare kind word): see `REFERENTS`.
    referents: Vec<(&'static str, usize)>,
}

/// Words an announcement uses for a body of its own kind once it is named,
/// by kind: the bare kind word, and words that point at the body (我院).
/// 医院党委书记金希 is the hospital's secretary when the document names one
/// hospital. The bare word counts only where it opens a clause or follows a
/// preposition (由医院副院长张宁主持), not after a word that makes it another
/// body (基层医院, 三家医院).
const REFERENTS: [(OrgType, &str, &[&str]); 4] = [
    (OrgType::Hospital, "医院", &["我院", "本院", "该院", "该医院"]),
    (OrgType::Company, "公司", &["我公司", "本公司", "该公司"]),
    (OrgType::University, "学校", &["我校", "本校", "该校"]),
    // (An association, a society or a chamber says 我会.)
    (OrgType::Association, "协会", &["我会", "本会", "该会", "我协会", "本协会", "该协会"]),
];

/// Words for a document's only body whose name ends in a word (an alliance,
/// a group of companies, a bank): the bare word and those pointing at it.
/// A group is a company's (a hospital group is not one).
const ENDING_REFERENTS: [(&str, &[&str], Option<OrgType>); 5] = [
    ("联盟", &["该联盟", "本联盟"], None),
    ("医联体", &["该医联体", "本医联体"], None),
    ("集团", &["该集团", "本集团", "我集团", "集团公司"], Some(OrgType::Company)),
    // (A bank's head office: 总行副行长王新浩.)
    ("银行", &["总行", "该行", "本行", "我行"], Some(OrgType::Company)),
    ("基金会", &["该基金会", "本基金会"], None),
];

/// Words a definition may give a body that are no name of it (下称“公司”).
const BARE_DEFINITIONS: [&str; 10] =
    ["甲方", "乙方", "丙方", "丁方", "本公司", "我公司", "本院", "我院", "本行", "本会"];

/// Chars after which a bare kind word still refers (a preposition or
/// conjunction, or the end of a clause; 加入 too).
pub const BEFORE_REFERENT: &str = "由在与和同及对向为经据让请并了是表、，,。；;：:";

/// Marks a matcher value as a bare kind word's (the entry's index below it).
const BARE: usize = 1 << 40;

/// An occurrence of a name in a sentence, in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

static ALIAS_DEF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*\((?:以下简称|以下称|下简称|下称|简称|以下统称)[「“"『]?([^」”"』()]{1,16}?)[」”"』]?\)"#)
        .expect("alias regex")
});
/// An acronym or an English name in brackets right after a name: (HKSH),
/// (United Imaging Healthcare).
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(([A-Z][A-Za-z]{1,9}(?:[ &.'-]{1,2}[A-Za-z][A-Za-z.]{0,19}){0,5})\)").expect("acronym regex")
});
static ENGLISH_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Za-z&.,'’ -]{2,80}$").expect("english regex"));
static MEDIA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"《(\p{Han}{1,16}(?:报|日报|晚报|时报|杂志|周刊|画报))》").expect("media regex"));

/// Words that name what was signed, never an organisation's alias.
const AGREEMENT_WORDS: [&str; 6] = ["备忘录", "协议", "合同", "双方", "意向书", "协定"];

impl OrgCatalog {
    /// The one entry the document names that `is` holds for, if exactly one.
    pub fn only(&self, is: impl Fn(&OrgEntry) -> bool) -> Option<usize> {
        let mut found = self.entries.iter().enumerate().filter(|(_, e)| !e.keys.is_empty() && is(e));
        match (found.next(), found.next()) {
            (Some((idx, _)), None) => Some(idx),
            _ => None,
        }
    }

    /// The one body of a kind the document names. A school (学院) whose name
    /// opens with no place is some university's school, never the one
    /// university (青岛科技大学 and 艺术学院: the university is the one).
    pub fn only_of_kind(&self, kind: OrgType, lex: &Lexicon) -> Option<usize> {
        let university = |e: &OrgEntry| !e.keys.is_empty() && e.org_type == OrgType::University;
        // (With no university named too: 化材学院, 商学院 are schools.)
        let for_university = kind == OrgType::University;
        let school =
            |e: &OrgEntry| e.name.ends_with("学院") && place_prefix_len(&e.name.chars().collect::<Vec<_>>(), lex) == 0;
        // Nor is a campus or part named after a university (海南师范大学|龙昆南校区).
        let part = |e: &OrgEntry| {
            for_university
                && self
                    .entries
                    .iter()
                    .any(|u| university(u) && u.name.len() < e.name.len() && e.name.starts_with(&u.name))
        };
        self.only(|e| e.org_type == kind && !(for_university && school(e)) && !part(e))
    }

    pub fn lookup(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    fn add(&mut self, name: String, org_type: OrgType, key: String, surface: String) -> usize {
        let idx = match self.entries.iter().position(|e| e.name == name) {
            Some(i) => i,
            None => {
                self.entries.push(OrgEntry {
                    name: name.clone(),
                    org_type,
                    keys: BTreeSet::new(),
                    surfaces: BTreeSet::new(),
                });
                self.entries.len() - 1
            }
        };
        self.add_alias(idx, key, surface);
        idx
    }

    /// Makes `key` refer to entry `idx`, unless it already refers to another one.
    pub fn add_alias(&mut self, idx: usize, key: String, surface: String) -> bool {
        if let Some(&other) = self.by_key.get(&key)
            && other != idx
        {
            return false;
        }
        self.by_key.insert(key.clone(), idx);
        self.entries[idx].keys.insert(key);
        self.entries[idx].surfaces.insert(surface);
        true
    }

    /// Adds a key that stands for the entry in this document but is no name
    /// of it (a definition as 公司 or 甲方): found in the text, not an alias.
    fn add_key(&mut self, idx: usize, key: String) {
        if self.by_key.get(&key).is_none_or(|&other| other == idx) {
            self.by_key.insert(key.clone(), idx);
            self.entries[idx].keys.insert(key);
        }
    }

    /// Moves every key of `from` to `into` (an abbreviation's entry into the full name's).
    fn merge(&mut self, from: usize, into: usize) {
        let keys: Vec<String> = self.entries[from].keys.iter().cloned().collect();
        let surfaces = std::mem::take(&mut self.entries[from].surfaces);
        self.entries[from].keys.clear();
        for k in keys {
            self.by_key.insert(k.clone(), into);
            self.entries[into].keys.insert(k);
        }
        self.entries[into].surfaces.extend(surfaces);
    }

    /// Builds the key index; call after the last key is added.
    pub fn seal(&mut self) {
        self.matcher = Some(self.build_matcher());
    }

    fn build_matcher(&self) -> KeyMatcher {
        KeyMatcher::new(self.by_key.iter().map(|(k, v)| (k.as_str(), *v)).chain(self.referents.iter().copied()))
    }

    /// The document's only body of each kind in `REFERENTS` is what that
    /// kind's words stand for (call before `seal`).
    /// With several, the words of the first person (我院, 本公司) stand for the
    /// publisher, when the announcement is signed with its name.
    fn add_referents(&mut self, publisher: Option<usize>, clues: &OwnBodyClues, lex: &Lexicon) {
        // The one body's bare word and the words pointing at it.
        let of_one = |bare: &'static str, words: &'static [&'static str], idx: usize| {
            std::iter::once((bare, idx | BARE)).chain(words.iter().map(move |&w| (w, idx)))
        };
        let mut all: Vec<(&'static str, usize)> = Vec::new();
        for (kind, bare, words) in REFERENTS {
            match self.only_of_kind(kind, lex) {
                // (我院 is never the body it signs with: 我院与甲医院签约.)
                Some(idx) if clues.counterparts.contains(&idx) => {
                    all.extend(of_one(bare, words, idx).filter(|(w, _)| !w.starts_with(['我', '本'])));
                }
                Some(idx) => all.extend(of_one(bare, words, idx)),
                // Several of the kind: 我院/本公司 is the publisher, or the one
                // of the kind where its event was held.
                None => {
                    let of_kind = |p: &usize| self.entries[*p].org_type == kind;
                    let mut venues = clues.venues.iter().copied().filter(of_kind);
                    let venue = match (venues.next(), venues.next()) {
                        (Some(v), None) => Some(v),
                        _ => None,
                    };
                    if let Some(p) = publisher.filter(of_kind).or(venue) {
                        all.extend(words.iter().filter(|w| w.starts_with(['我', '本'])).map(|&w| (w, p)));
                    }
                }
            }
        }
        // An alliance is 联盟 once named (为新加入联盟的甲授牌), a group 集团
        // (集团董事长薛长秋), when it is the only one.
        for (bare, words, kind) in ENDING_REFERENTS {
            if let Some(idx) = self.only(|e| e.name.ends_with(bare) && kind.is_none_or(|k| e.org_type == k)) {
                all.extend(of_one(bare, words, idx));
            }
        }
        all.retain(|(w, _)| !self.by_key.contains_key(*w));
        self.referents.extend(all);
    }

    /// Longest-match occurrences of every key in `text` (chars), non-overlapping.
    pub fn find(&self, chars: &[char]) -> Vec<(Span, usize)> {
        let found = match &self.matcher {
            Some(m) => m.find(chars),
            None => self.build_matcher().find(chars),
        };
        found
            .into_iter()
            .filter(|&(start, _, v)| {
                v & BARE == 0
                    || start == 0
                    || !is_han(chars[start - 1])
                    || BEFORE_REFERENT.contains(chars[start - 1])
                    || chars[..start].ends_with(&['加', '入'])
            })
            .map(|(start, end, v)| (Span { start, end }, v & !BARE))
            .collect()
    }
}

/// Finds the organisations of a document and their aliases.
pub fn discover(sentences: &[Sentence], lex: &Lexicon) -> OrgCatalog {
    discover_with(sentences, lex, &SuffixFinder::new(lex))
}

/// `discover` with a `SuffixFinder` built once for many documents.
pub fn discover_with(sentences: &[Sentence], lex: &Lexicon, finder: &SuffixFinder) -> OrgCatalog {
    let mut cat = OrgCatalog::default();
    // Pass 1: names ending in a suffix, and media titles in 《》.
    let mut occurrences: Vec<Vec<(Span, usize)>> = Vec::with_capacity(sentences.len());
    for s in sentences {
        let (w, o) = (&s.chars, &s.original_chars);
        let mut occ = Vec::new();
        for (span, ty) in finder.candidates(s, lex) {
            let key: String = text_of(&w[span.start..span.end]);
            let surface: String = text_of(&o[span.start..span.end]);
            let idx = cat.add(canonical_name(&key, lex), ty, key, surface);
            occ.push((span, idx));
        }
        for m in MEDIA.captures_iter(&s.working) {
            if let Some(g) = m.get(1) {
                let key = g.as_str().to_string();
                let Some(start) = s.char_index(g.start()) else { continue };
                let end = start + key.chars().count();
                let surface: String = text_of(&o[start..end]);
                let idx = cat.add(key.clone(), OrgType::Media, key, surface.clone());
                cat.add_alias(idx, format!("《{}》", g.as_str()), format!("《{surface}》"));
                occ.push((Span { start, end }, idx));
            }
        }
        occurrences.push(occ);
    }
    split_joined_names(&mut cat, &mut occurrences);
    // A place right before the title of its head (福建省|副省长, 厦门市|市长)
    // stands for its government, named or not.
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        let found = places_before_heads(s, occ, lex);
        for span in &found {
            let key: String = text_of(&s.chars[span.start..span.end]);
            let surface: String = text_of(&s.original_chars[span.start..span.end]);
            let idx = cat.add(format!("{key}人民政府"), OrgType::Government, key, surface);
            occ.push((*span, idx));
        }
        if !found.is_empty() {
            occ.sort_by_key(|(span, _)| span.start);
        }
    }
    // A party named without a suffix, joined to one found (阿斯利康中国与|
    // 无锡市人民政府签署…协议): only in a sentence stating a signing, and only a
    // name the announcement gives again (a headline, a title's holder).
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        let parties = unsuffixed_parties(&s.chars, occ, lex);
        // (The cheap test first: most sentences join no such name.)
        if parties.is_empty() || !states_signing(&s.working) {
            continue;
        }
        for (span, key) in parties {
            if sentences.iter().map(|t| t.working.matches(key.as_str()).count()).sum::<usize>() < 2 {
                continue;
            }
            // A name the document gives after a title is a person's (县长王庆武 …
            // 王庆武和甲医院院长乙分别代表双方签订).
            let named_after_title = sentences.iter().any(|t| {
                t.working
                    .match_indices(key.as_str())
                    .any(|(b, _)| t.char_index(b).is_some_and(|c| title_before(&t.chars[..c], lex)))
            });
            // Or followed by a courtesy or a title written after names (李彬同志,
            // 王五教授): a person's.
            let titled_after = || {
                sentences.iter().any(|t| {
                    t.working
                        .match_indices(key.as_str())
                        .any(|(b, _)| t.char_index(b + key.len()).is_some_and(|c| courtesy_at(&t.chars[c..], lex)))
                })
            };
            if named_after_title || titled_after() {
                continue;
            }
            let surface: String = text_of(&s.original_chars[span.start..span.end]);
            // A place is its government, when the document names one of it
            // (黄石与福建中医药大学签订…, beside 黄石市副市长李丽).
            let government = || {
                let of_place = |e: &OrgEntry| {
                    e.name.strip_prefix(key.as_str()).and_then(|r| r.strip_suffix("人民政府")).is_some_and(|u| {
                        let mut u = u.chars();
                        u.next().is_some_and(|c| UNITS.contains(&c)) && u.next().is_none()
                    })
                };
                lex.is_place(&key).then(|| cat.only(of_place)).flatten()
            };
            let idx = match government() {
                Some(g) => {
                    cat.add_alias(g, key, surface);
                    g
                }
                None => {
                    // (Its type by the suffix its full form ends in: 区政府 → 区人民政府.)
                    // A place written with its unit is its government when the
                    // text speaks of that unit's government or head (长江大学与
                    // 蔡甸区签署…, beside 区委、区政府 and 区长).
                    let full = local_government(&key, sentences, lex);
                    let name = canonical_name(full.as_deref().unwrap_or(&key), lex);
                    let chars: Vec<char> = name.chars().collect();
                    let suffix: String = text_of(&chars[chars.len() - suffix_len(&chars, lex)..]);
                    let ty = lex
                        .org_suffixes
                        .get(&suffix)
                        .copied()
                        .or_else(|| described_kind(&key, sentences))
                        .unwrap_or(OrgType::Other);
                    cat.add(name, ty, key, surface)
                }
            };
            occ.push((span, idx));
        }
        occ.sort_by_key(|(span, _)| span.start);
    }
    // Names without a suffix listed before their kind (山东高速、永锋集团、
    // 光大环保、星光糖业等4家企业): bodies of that kind.
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        // (The cheap test first: most sentences list no kind.)
        if !s.working.contains('等') {
            continue;
        }
        let found = listed_before_kind(&s.chars, occ, lex);
        for (span, ty) in &found {
            let key: String = text_of(&s.chars[span.start..span.end]);
            let surface: String = text_of(&s.original_chars[span.start..span.end]);
            let idx = cat.add(canonical_name(&key, lex), *ty, key, surface);
            occ.push((*span, idx));
        }
        if !found.is_empty() {
            occ.sort_by_key(|(span, _)| span.start);
        }
    }
    // Pass 2: inline definitions and acronyms right after a name.
    for (s, occ) in sentences.iter().zip(&occurrences) {
        if occ.is_empty() {
            continue;
        }
        let (at, o) = (&s.offsets, &s.original_chars);
        for &(span, idx) in occ {
            let after = &s.working[at[span.end]..];
            for re in [&*ALIAS_DEF, &*ACRONYM] {
                if let Some(c) = re.captures(after)
                    && let Some(g) = c.get(1)
                {
                    let alias = g.as_str().trim().to_string();
                    if alias.chars().count() >= 2 && !AGREEMENT_WORDS.iter().any(|a| alias.contains(a)) {
                        let cstart = span.end + after[..g.start()].chars().count();
                        let n = g.as_str().chars().count();
                        let surface: String = o.iter().skip(cstart).take(n).collect();
                        // A definition outranks a name found by its suffix alone
                        // (深圳肿瘤医院 read as a hospital of its own elsewhere).
                        if let Some(other) = cat.lookup(&alias).filter(|&o| o != idx && cat.entries[o].name == alias) {
                            cat.merge(other, idx);
                        }
                        // 公司, 本院, 甲方: the document's word for it, no name.
                        let bare = lex.org_suffixes.contains_key(&alias)
                            || lex.generic.contains(&alias)
                            || BARE_DEFINITIONS.contains(&alias.as_str());
                        if bare {
                            cat.add_key(idx, alias);
                        } else {
                            cat.add_alias(idx, alias, surface.trim().to_string());
                        }
                    }
                }
            }
        }
    }
    // A second name of the same kind in brackets right after a name, or after
    // a middle dot, is the same body's (中国科学技术大学附属第一医院(安徽省立
    // 医院): one hospital under both its names).
    for (s, occ) in sentences.iter().zip(&occurrences) {
        for pair in occ.windows(2) {
            let ((a, i), (b, j)) = (pair[0], pair[1]);
            let bracketed =
                s.chars.get(a.end) == Some(&'(') && b.start == a.end + 1 && s.chars.get(b.end) == Some(&')');
            // Or joined by a middle dot (成都中医药大学附属内江医院•内江市中医医院).
            let dotted = b.start == a.end + 1 && matches!(s.chars.get(a.end), Some('•' | '·' | '・'));
            if (bracketed || dotted)
                && i != j
                && cat.entries[i].org_type == cat.entries[j].org_type
                && !cat.entries[i].keys.is_empty()
                && !cat.entries[j].keys.is_empty()
            {
                cat.merge(j, i);
            }
        }
    }
    // Pass 3: an English name on the line under a line that is only a name.
    for (i, s) in sentences.iter().enumerate() {
        let Some(next) = sentences.get(i + 1) else {
            continue;
        };
        if next.line != s.line + 1 || !ENGLISH_LINE.is_match(&next.original) {
            continue;
        }
        let whole = s.working.trim();
        if let Some(idx) = cat.lookup(whole) {
            let english = next.original.trim().to_string();
            cat.add_alias(idx, english.clone(), english);
        }
    }
    merge_abbreviated_entries(&mut cat, lex);
    localize_bare_units(&mut cat, sentences, lex);
    governments_of_bare_heads(&mut cat, sentences, lex);
    name_bare_branches(&mut cat, lex);
    find_abbreviations(&mut cat, sentences, lex);
    let clues = own_body_clues(&cat, sentences, &occurrences);
    cat.add_referents(publisher(&cat, sentences), &clues, lex);
    cat.seal();
    cat
}

/// A company and a body of another kind the document names apart, written
/// together once with no connector (世界500强企业泰康保险集团华中科技大学…
/// 附属同济医院, where the headline joins them with 与): that run is the two
/// bodies, and what opens it before the company is no name. A company's name
/// goes on into no university's or hospital's; other parents do (南方医科大学
/// 南方医院, 中国医学科学院北京协和医院 are each one hospital), and only names
/// found alone elsewhere, of four chars or more, split a run.
fn split_joined_names(cat: &mut OrgCatalog, occurrences: &mut [Vec<(Span, usize)>]) {
    let mut found_alone = vec![0usize; cat.entries.len()];
    for &(_, i) in occurrences.iter().flatten() {
        found_alone[i] += 1;
    }
    let names: Vec<Vec<char>> =
        cat.entries.iter().map(|e| e.keys.iter().next().map_or(Vec::new(), |k| k.chars().collect())).collect();
    // (joined, first, second)
    let mut joined: Vec<(usize, usize, usize)> = Vec::new();
    for (e, whole) in names.iter().enumerate() {
        if whole.len() < 9 || cat.entries[e].keys.len() != 1 {
            continue;
        }
        let part = |end: usize, not: usize| {
            (0..names.len()).filter(|&i| i != e && i != not && found_alone[i] > 0 && names[i].len() >= 4).find(|&i| {
                let n = &names[i];
                n.len() <= end && whole[end - n.len()..end] == n[..] && cat.entries[i].keys.len() == 1
            })
        };
        let Some(second) = part(whole.len(), e) else { continue };
        let Some(first) = part(whole.len() - names[second].len(), second) else { continue };
        if cat.entries[first].org_type == OrgType::Company && cat.entries[second].org_type != OrgType::Company {
            joined.push((e, first, second));
        }
    }
    for (e, first, second) in joined {
        let (a, b) = (names[first].len(), names[second].len());
        for occ in occurrences.iter_mut() {
            let mut split = Vec::with_capacity(occ.len() + 1);
            for &(span, i) in occ.iter() {
                if i == e {
                    let mid = span.end - b;
                    split.push((Span { start: mid - a, end: mid }, first));
                    split.push((Span { start: mid, end: span.end }, second));
                } else {
                    split.push((span, i));
                }
            }
            *occ = split;
        }
        for key in std::mem::take(&mut cat.entries[e].keys) {
            cat.by_key.remove(&key);
        }
    }
}

/// What a text says of the body that speaks as 我院, 我校 or 我会.
#[derive(Default)]
struct OwnBodyClues {
    /// Bodies joined by a connector to the speaker's own (我院与甲卫生所, 甲大学
    /// 和我校): whoever 我院 is, it is none of them.
    counterparts: BTreeSet<usize>,
    /// Bodies where an event of the speaker's own body is held (我院与甲卫生所
    /// 在乙医院举行…): the speaker's, as hosts are.
    venues: BTreeSet<usize>,
}

/// The clues to the speaker's own body in sentences naming it. `occurrences`:
/// the names found in each sentence (their entries may have merged since:
/// they are looked up again by their words).
fn own_body_clues(cat: &OrgCatalog, sentences: &[Sentence], occurrences: &[Vec<(Span, usize)>]) -> OwnBodyClues {
    // The speaker's words for its own body: the kinds' words in the first
    // person (我院, 本公司, 我会).
    let own: Vec<&str> = REFERENTS
        .iter()
        .flat_map(|(_, _, words)| words.iter().copied())
        .filter(|w| w.starts_with(['我', '本']))
        .collect();
    let own_chars: Vec<Vec<char>> = own.iter().map(|o| o.chars().collect()).collect();
    let connector = |c: Option<&char>| matches!(c, Some('与' | '和' | '同' | '及'));
    const HELD: [[char; 2]; 3] = [['举', '行'], ['举', '办'], ['召', '开']];
    let mut clues = OwnBodyClues::default();
    for (s, occ) in sentences.iter().zip(occurrences).filter(|(s, _)| own.iter().any(|o| s.working.contains(o))) {
        let w = &s.chars;
        let own_at = |at: usize| own_chars.iter().any(|o| w[at.min(w.len())..].starts_with(o));
        let own_ends_at = |end: usize| own_chars.iter().any(|o| w[..end].ends_with(o));
        let found = occ.iter().filter_map(|(span, _)| Some((*span, cat.lookup(&text_of(&w[span.start..span.end]))?)));
        for (span, idx) in found {
            let after = connector(w.get(span.end)) && own_at(span.end + 1);
            let before = span.start >= 1 && connector(w.get(span.start - 1)) && own_ends_at(span.start - 1);
            if after || before {
                clues.counterparts.insert(idx);
            }
            let held = HELD.iter().any(|v| w[span.end..].starts_with(v));
            if span.start >= 1 && w[span.start - 1] == '在' && held {
                clues.venues.insert(idx);
            }
        }
    }
    clues.venues.retain(|i| !clues.counterparts.contains(i));
    clues
}

/// The body that signs the announcement: a last line that is only its name.
fn publisher(cat: &OrgCatalog, sentences: &[Sentence]) -> Option<usize> {
    let last = sentences.last()?;
    let first_of_line = sentences.iter().position(|s| s.line == last.line)?;
    let signed = (first_of_line + 1 == sentences.len() && first_of_line > 0)
        .then(|| cat.lookup(last.working.trim().trim_end_matches(['。', '.'])))
        .flatten();
    // Or a byline near the top naming it first (作者:桂林医学院作者, 来源:甲医院).
    signed.or_else(|| {
        sentences.iter().take(BYLINE_SENTENCES).find_map(|s| {
            let (label, value) = s.working.split_once(':')?;
            let label = label.trim_start_matches(|c: char| !is_han(c));
            if !BYLINES.contains(&label) {
                return None;
            }
            let value: Vec<char> = value.trim_start().chars().collect();
            cat.find(&value).into_iter().find(|(span, _)| span.start == 0).map(|(_, idx)| idx)
        })
    })
}

/// Labels of the field naming who published an announcement, and how many
/// sentences from its top one is looked for in.
const BYLINES: [&str; 6] = ["作者", "来源", "文章来源", "供稿", "稿件来源", "发布单位"];
const BYLINE_SENTENCES: usize = 6;

/// Expands an abbreviated word at the end of a name (营口市卫健委 → 营口市卫生健康委员会)
/// and a well-known name's short form at its start (农行德州分行 → 中国农业银行德州分行).
pub fn canonical_name(name: &str, lex: &Lexicon) -> String {
    // An English name in brackets inside the name is no part of it.
    if name.contains(')') {
        let chars: Vec<char> = name.chars().collect();
        if let Some(close) = chars.iter().position(|&c| c == ')')
            && let Some(open) = english_in_brackets(&chars, close)
        {
            let rest: String = chars[..open].iter().chain(&chars[close + 1..]).collect();
            return canonical_name(&rest, lex);
        }
    }
    let mut best: Option<(&String, &String)> = None;
    for (short, long) in &lex.abbreviations {
        if name.ends_with(short.as_str()) && best.is_none_or(|(s, _)| short.len() > s.len()) {
            best = Some((short, long));
        }
    }
    let name = match best {
        Some((short, long)) => format!("{}{}", &name[..name.len() - short.len()], long),
        None => name.to_string(),
    };
    // A well-known name's short form opening it (农行|德州分行).
    // (The cheap test first: most names open with no short form's char. Not
    // a name written in full, which may open with its short form.)
    if !name.starts_with(|c: char| lex.opens_short_name(c)) {
        return name;
    }
    let opening = lex
        .name_openings
        .iter()
        .filter(|(short, long)| name.starts_with(short.as_str()) && !name.starts_with(long.as_str()))
        .max_by_key(|(s, _)| s.len());
    match opening {
        Some((short, long)) => format!("{long}{}", &name[short.len()..]),
        None => name,
    }
}

/// Finds where suffix-ended names start and end in a sentence (automata built
/// once per lexicon).
pub struct SuffixFinder {
    suffixes: Vec<(String, OrgType)>,
    /// Which suffixes are bodies known by a bare name (科技部), by pattern.
    bodies: Vec<bool>,
    suffix_ac: Option<AhoCorasick>,
    boundary_ac: Option<AhoCorasick>,
    /// Titles of at most `TITLE_LOOKAHEAD` chars, as chars, by first char.
    titles: FxHashMap<char, Vec<Vec<char>>>,
    /// Places that hold a boundary word (香港|特别|行政区), as chars.
    bounded_places: Vec<Vec<char>>,
}

/// A suffix found in a sentence: its chars, and whether it is a body known
/// by a bare name (科技部), which may stand with no head.
#[derive(Debug, Clone, Copy)]
struct SuffixAt {
    start: usize,
    end: usize,
    body: bool,
}

/// The most chars of a name before its suffix.
const MAX_RUN: usize = 24;

/// Where a run of Han chars ending at `end` starts once a date opening it
/// is skipped: after a 日 or 号 that ends a day (16日, 月十六日), else `start`.
fn after_date(w: &[char], start: usize, end: usize) -> usize {
    const NUMERALS: &str = "〇零一二三四五六七八九十";
    let day_ends = |p: usize| {
        if !matches!(w[p], '日' | '号') || p == 0 {
            return false;
        }
        if w[p - 1].is_ascii_digit() {
            return p == start;
        }
        // 月十六日: the month's char, then one to three numerals.
        let numerals = w[..p].iter().rev().take_while(|c| NUMERALS.contains(**c)).count();
        (1..=3).contains(&numerals) && p > numerals && w[p - numerals - 1] == '月'
    };
    (start..end.min(start + 12)).rev().find(|&p| day_ends(p)).map_or(start, |p| p + 1)
}

/// How far past a suffix's start a title is looked for (保健局|局长).
const TITLE_LOOKAHEAD: usize = 6;

impl SuffixFinder {
    pub fn new(lex: &Lexicon) -> SuffixFinder {
        let suffixes: Vec<(String, OrgType)> = lex.org_suffixes.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let suffix_ac = dfa().build(suffixes.iter().map(|(s, _)| s.as_str())).ok();
        let mut bounds: Vec<&str> = lex.boundaries.iter().map(String::as_str).collect();
        bounds.extend(lex.name_stops.iter().filter(|w| w.chars().count() >= 2).map(String::as_str));
        // Titles end a name before them, except those opening with an
        // administrative unit: 福建省长天医药 reads 福建省|长天医药, not 省长.
        bounds.extend(
            lex.titles
                .iter()
                .filter(|(_, r)| !matches!(r, crate::extract::facts::RoleRelation::AffiliatedWith))
                .filter(|(t, _)| !t.starts_with(['省', '市', '县', '区', '州']))
                .map(|(t, _)| t.as_str()),
        );
        // Places and words holding a boundary word bound nothing there
        // (香港特别行政区, 福建大数据…).
        let bounded_places = lex
            .places
            .iter()
            .filter(|p| bounds.iter().any(|b| p.contains(b)))
            .chain(&lex.boundary_exceptions)
            .map(|p| p.chars().collect())
            .collect();
        let boundary_ac = dfa().build(bounds).ok();
        let mut titles: FxHashMap<char, Vec<Vec<char>>> = FxHashMap::default();
        for t in lex.titles.keys() {
            let t: Vec<char> = t.chars().collect();
            if let Some(&first) = t.first().filter(|_| t.len() <= TITLE_LOOKAHEAD) {
                titles.entry(first).or_default().push(t);
            }
        }
        let bodies = suffixes.iter().map(|(s, _)| lex.bodies.contains_key(s)).collect();
        SuffixFinder { suffixes, bodies, suffix_ac, boundary_ac, titles, bounded_places }
    }

    /// Names ending in a suffix in a sentence.
    fn candidates(&self, sentence: &Sentence, lex: &Lexicon) -> Vec<(Span, OrgType)> {
        let Some(ac) = &self.suffix_ac else {
            return Vec::new();
        };
        let (text, w) = (&sentence.working, &sentence.chars);
        let to_char = |b: usize| sentence.char_index(b);
        // For each end position, the longest suffix ending there.
        let mut ends: BTreeMap<usize, (usize, OrgType)> = BTreeMap::new();
        let mut starts: BTreeSet<usize> = BTreeSet::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut matches: Vec<(usize, usize, OrgType)> = Vec::new();
        let mut body_spans: Vec<(usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (Some(s), Some(e)) = (to_char(m.start()), to_char(m.end())) else {
                continue;
            };
            let ty = self.suffixes[m.pattern().as_usize()].1;
            // A suffix that is the start of a title (保健局|局长) is the title's.
            let titles = self.titles.get(&w[s]).map(Vec::as_slice).unwrap_or_default();
            if titles.iter().any(|t| t.len() > e - s && w[s..].starts_with(t)) {
                continue;
            }
            matches.push((s, e, ty));
            if self.bodies[m.pattern().as_usize()] {
                body_spans.push((s, e));
            }
        }
        if matches.is_empty() {
            return Vec::new();
        }
        // Every boundary word of the sentence, as char spans.
        let bounds: Vec<(usize, usize)> = self
            .boundary_ac
            .iter()
            .flat_map(|ac| ac.find_overlapping_iter(text.as_str()))
            .filter_map(|m| Some((to_char(m.start())?, to_char(m.end())?)))
            .collect();
        // A suffix inside a longer boundary word is that word's (全资子|公司).
        matches.retain(|&(s, e, _)| !bounds.iter().any(|&(bs, be)| bs <= s && e <= be && be - bs > e - s));
        // A one-char suffix at the tail of a longer suffix of another kind is
        // no suffix there (公|司 is a company's, not a ministry's department).
        let tails: Vec<bool> = matches
            .iter()
            .map(|&(s, e, ty)| e - s == 1 && matches.iter().any(|&(s2, e2, ty2)| e2 == e && s2 < s && ty2 != ty))
            .collect();
        for (&(s, e, ty), _) in matches.iter().zip(&tails).filter(|(_, tail)| !**tail) {
            starts.insert(s);
            spans.push((s, e));
            let entry = ends.entry(e).or_insert((s, ty));
            if s < entry.0 {
                *entry = (s, ty);
            }
        }
        if ends.is_empty() {
            return Vec::new();
        }
        // An alliance word right before a document signed starts at `end`.
        let topic_after = |end: usize| {
            let rest = &text[sentence.offsets[end]..];
            ALLIANCES.iter().filter_map(|a| rest.strip_prefix(a)).any(|r| DOCUMENTS.iter().any(|d| r.starts_with(d)))
        };
        let mut out = Vec::new();
        for (&end, &(suffix_start, ty)) in &ends {
            // A suffix that runs on into another one (中心|医院) ends the name
            // later, but for an alliance that is a document's topic (below).
            let runs_on = starts.contains(&end) && !topic_after(end);
            if runs_on || spans.iter().any(|&(s, e)| s < end && e > end) {
                continue;
            }
            let suffix = SuffixAt { start: suffix_start, end, body: body_spans.contains(&(suffix_start, end)) };
            if let Some(start) = self.name_start(w, suffix, &spans, &bounds, lex) {
                let name: String = text_of(&w[start..end]);
                if lex.is_ignored(&name) {
                    continue;
                }
                // (Not an engineering research centre or a laboratory: 国家贵金属材料
                // 工程技术研究中心.)
                let research = || ["研究", "实验室", "工程"].iter().any(|r| name.contains(r));
                let ty = if name.starts_with("国家")
                    && matches!(ty, OrgType::ResearchCenter | OrgType::Hospital)
                    && !research()
                {
                    OrgType::Government
                } else if numbered_bureau(&w[start..end]) {
                    OrgType::Company
                } else {
                    ty
                };
                out.push((Span { start, end }, ty));
            }
        }
        // An alliance named after a body right before the document signed
        // (甲和乙|专科联盟|合作协议) is the topic of that document: the party is
        // the body, found at the same start.
        let topic = |span: Span| {
            let (name, rest) = text.split_at(sentence.offsets[span.end]);
            ALLIANCES.iter().any(|a| name.ends_with(a))
                && DOCUMENTS.iter().any(|d| rest.starts_with(d))
                && out
                    .iter()
                    .any(|(inner, _)| inner.start == span.start && inner.end < span.end && span.end - inner.end <= 6)
        };
        let topics: Vec<Span> = out.iter().map(|&(span, _)| span).filter(|&span| topic(span)).collect();
        out.retain(|(span, _)| !topics.contains(span));
        // A body known by its bare name opening a longer name is that name's
        // parent, not a mention of its own (国务院|港澳事务办公室).
        // (Or one a name not found runs on from: 卫生福利部|附属医疗…管理会.)
        let inner_body = |span: Span| {
            body_spans.contains(&(span.start, span.end))
                && (out.iter().any(|(o, _)| o.start == span.start && o.end > span.end)
                    || ["附属", "所属", "下属", "直属"].iter().any(|a| starts_with_word(&w[span.end..], a)))
        };
        let inner: Vec<Span> = out.iter().map(|&(span, _)| span).filter(|&span| inner_body(span)).collect();
        out.retain(|(span, _)| !inner.contains(span));
        out
    }

    /// Whether the boundary word `w[s..e]` lies inside a place that holds it.
    fn in_place(&self, w: &[char], s: usize, e: usize) -> bool {
        // (The cheap test first: most boundary words are in no such word.)
        if !self.bounded_places.iter().any(|p| p.contains(&w[s])) {
            return false;
        }
        self.bounded_places.iter().any(|place| {
            (0..place.len().saturating_sub(e - s - 1))
                .any(|o| s >= o && s - o + place.len() <= w.len() && w[s - o..s - o + place.len()] == place[..])
        })
    }

    /// Where the name whose suffix is `suffix` begins, if it has a real head
    /// (not only generic words). `spans` are all suffix occurrences in the
    /// sentence, `bounds` all boundary words.
    fn name_start(
        &self,
        w: &[char],
        suffix: SuffixAt,
        spans: &[(usize, usize)],
        bounds: &[(usize, usize)],
        lex: &Lexicon,
    ) -> Option<usize> {
        let SuffixAt { start: suffix_start, end: suffix_end, body } = suffix;
        let mut run_start = suffix_start;
        let company = w[suffix_start..suffix_end].ends_with(&['公', '司']);
        loop {
            while run_start > 0 && is_han(w[run_start - 1]) && suffix_start - run_start < MAX_RUN {
                run_start -= 1;
            }
            // A place in brackets inside a company's name: 腾讯医疗健康(深圳)有限公司.
            match bracketed_place(&w[..run_start], lex, company) {
                Some(open) if suffix_start - open < 24 => run_start = open,
                _ => break,
            }
        }
        // A military unit's number is part of its name (中国人民解放军|94755|部队
        // 卫生所), and so is what comes before it.
        let digits = w[..run_start].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        if digits >= 3 && w[run_start..suffix_end].starts_with(&['部', '队']) {
            run_start -= digits;
            while run_start > 0 && is_han(w[run_start - 1]) && suffix_start - run_start < MAX_RUN {
                run_start -= 1;
            }
        }
        // A date written against the name (2019年7月16日|无锡上机…, 七月十六日|…)
        // is no part of it.
        run_start = after_date(w, run_start, suffix_start);
        // Nor is a count's measure word (4|家|上市公司), nor a rank's with the
        // kind it counts (世界500|强企业|泰康保险集团).
        if run_start > 0 && w[run_start - 1].is_ascii_digit() && "家所个位名间座强".contains(w[run_start]) {
            run_start += 1;
            let kind = ["企业", "单位", "机构"].iter().find(|k| starts_with_word(&w[run_start..suffix_start], k));
            if let Some(k) = kind.filter(|k| suffix_start - run_start > k.chars().count() + 1) {
                run_start += k.chars().count();
            }
        }
        // 甲医院|友好医院, 甲大学|教学医院: a tie to a body named after it, no
        // name of its own (but 中日友好医院, after no suffix).
        let ties_after_name = spans.iter().any(|&(s, e)| {
            s >= run_start
                && e < suffix_start
                && TIE_WORDS.iter().any(|t| t.chars().eq(w[e..suffix_start].iter().copied()))
        });
        if ties_after_name {
            return None;
        }
        // A run cut at its longest has no known start: a boundary inside it
        // must give one (…正式加入|华中科技大学同济医学院附属同济医院专科联盟).
        let cut = run_start > 0 && is_han(w[run_start - 1]) && suffix_start - run_start >= MAX_RUN;
        // The name starts after the last boundary word inside the run, but for
        // one inside a place (香港|特别|行政区政府医务卫生局) or inside another
        // suffix (中国人民财产保险股份|有|限公司广东省分公司: a branch), or
        // opening inside one (兴业银|行长|春分行: the 行 is the bank's).
        let in_suffix = |s: usize, e: usize| spans.iter().any(|&(a, b)| a <= s && e <= b || a < s && s < b);
        // A one-char boundary word right after the connector before a party
        // is the party's first char (与|即墨区人民医院): no word of its own.
        let opens_name = |s: usize, e: usize| {
            e - s == 1
                && !STAYS_A_WORD.contains(w[s])
                && s > 0
                && matches!(w[s - 1], '与' | '和' | '同' | '及' | '跟')
                && bounds.iter().any(|&(a, b)| b == s && b - a == 1)
        };
        let inside: Vec<(usize, usize)> = bounds
            .iter()
            .copied()
            .filter(|&(s, e)| {
                s >= run_start && e <= suffix_start && !in_suffix(s, e) && !self.in_place(w, s, e) && !opens_name(s, e)
            })
            .collect();
        if cut && inside.is_empty() {
            return None;
        }
        let mut start = inside.iter().map(|&(_, e)| e).max().unwrap_or(run_start);
        // 与 inside a name (中国科学院长春光学精密机械|与|物理研究所, 经济与管理
        // 学院): a short discipline after it, and before it, past the boundary
        // before, a body's name that goes on after its suffix.
        if start >= 1 && w[start - 1] == '与' && suffix_start - start <= 4 {
            // (A boundary overlapping a suffix bounds nothing: 科学|院长|春.)
            let overlaps = |s: usize, e: usize| spans.iter().any(|&(a, b)| a < e && s < b);
            let before = inside
                .iter()
                .filter(|&&(s, e)| e < start - 1 && !overlaps(s, e))
                .map(|&(_, e)| e)
                .max()
                .unwrap_or(run_start);
            if spans.iter().any(|&(s, e)| s >= before && e < start - 1) {
                start = before;
            }
        }
        // A one-char boundary word right after one char of the run may be part
        // of the name (华为|技术有限公司): the start before that char is tried
        // when the shorter name has no head of its own.
        // (Not 有, a verb after any char: 设有|中医药学院.)
        let mut longer =
            inside.iter().filter(|&&(s, e)| e == start && e - s == 1 && w[s] != '有').find_map(|&(s, _)| {
                let before = inside.iter().map(|&(_, e)| e).filter(|&e| e <= s).max().unwrap_or(run_start);
                // (Not a date's last char: 4日|与卫生福利部.)
                let dated = before > 0 && w[before - 1].is_ascii_digit();
                (s == before + 1 && is_han(w[before]) && !dated).then_some(before)
            });
        // A connector right after another name's suffix (医院和…, 中心同…) starts a
        // new name, unless what follows it to the next suffix has no head of its
        // own (华中科技大学同济医学院: 同 opens 同济, 济 is no name).
        let heads_after = |e: usize| {
            let next = spans.iter().filter(|&&(s, _)| s > e + 1).map(|&(s, _)| s).min().unwrap_or(suffix_start);
            next - (e + 1) >= 2 || w[e] != '同'
        };
        for &(s, e) in spans {
            if s >= run_start
                && e < suffix_start
                && matches!(w.get(e), Some('和' | '同' | '与' | '及' | '、'))
                && heads_after(e)
            {
                start = start.max(e + 1);
                longer = longer.filter(|&l| l > e);
            }
        }
        // A connector opening the name after the body the speaker names
        // (我校|和吉首市人民政府, 本院|与…), after a title, or before a place
        // ((中大)和|香港大学)
        // joins it to what came before: the name starts after it.
        if matches!(w.get(start), Some('和' | '与' | '同' | '及')) {
            let after_own_body = start >= 2
                && matches!(w[start - 2], '我' | '本')
                && bounds.iter().any(|&(a, b)| (a, b) == (start - 2, start));
            // (Or right after a title: 汪时珍副校长|和|宜秀区政府党组成员…, unless
            // the connector's char opens a place, 院长|和平区….)
            let after_title = title_before(&w[..start], lex) && place_prefix_len(&w[start..suffix_start], lex) < 2;
            if after_own_body || after_title || place_prefix_len(&w[start + 1..suffix_start], lex) >= 2 {
                start += 1;
                longer = longer.filter(|&l| l >= start);
            }
        }
        // 经 opening the run before a place is a preposition (经|武汉建筑业协会、
        // 广州市建筑业联合会友好协商): the name starts after it.
        if start < suffix_start && w[start] == '经' && place_prefix_len(&w[start + 1..suffix_start], lex) >= 2 {
            start += 1;
            longer = longer.filter(|&l| l >= start);
        }
        // A connector inside the run right before a place, or right after a
        // name that follows a title, starts a new name (副院长程永忠和|成都市第五
        // 人民医院, 院长杜锡林和|银川市第一人民医院): what came before it was no body.
        let after_title = start;
        for p in start + 2..suffix_start {
            if !matches!(w[p], '和' | '与' | '同' | '及') {
                continue;
            }
            let named =
                after_title > run_start && is_name(w, after_title, p, lex) && title_before(&w[..after_title], lex);
            // (Or right after a title written after a name: 钱逸泰院士|和|颍上县….)
            if named || place_prefix_len(&w[p + 1..suffix_start], lex) >= 2 || after_name_title(&w[start..p], lex) {
                start = p + 1;
                longer = longer.filter(|&l| l > p);
            }
        }
        // A name taking office opening the run (李明任|浙江大学医学院附属第一医院,
        // 张三出任|甲医院) is no part of the body.
        for p in start + 2..(start + 5).min(suffix_start) {
            if !TAKES_OFFICE_OPENINGS.contains(w[p]) {
                continue;
            }
            let verb = TAKES_OFFICE
                .iter()
                .filter(|v| starts_with_word(&w[p..suffix_start], v))
                .map(|v| v.chars().count())
                .max();
            if let Some(n) = verb
                && is_name(w, start, p, lex)
            {
                start = p + n;
                longer = longer.filter(|&l| l >= start);
                break;
            }
        }
        // A name right after a title, then 作/做 (院长宁光|作|…医院建设规划汇报):
        // the person reports on something, no body opens with them.
        if let Some(p) = (start + 2..=(start + 3).min(suffix_start.saturating_sub(1)))
            .find(|&p| matches!(w[p], '作' | '做'))
            .filter(|&p| is_name(w, start, p, lex) && title_before(&w[..start], lex))
        {
            start = p + 1;
            longer = longer.filter(|&l| l > p);
        }
        // A name right after a title, then only a kind (副市长郝吉虎|集团公司,
        // a comma missing between two people): no body.
        // (The name may hold a boundary char: 市长宋向东|集团公司. Cheap tests
        // first: a surname opens the name, at most four chars before a kind.)
        let kind_after_name = (start.saturating_sub(2).max(run_start)..=start).any(|from| {
            from < suffix_start
                && lex.is_surname(&w[from..from + 1])
                && (from + 2..=(from + 3).min(suffix_start)).any(|p| {
                    suffix_start - p <= 4
                        && with_text(&w[p..suffix_start], |k| k.is_empty() || lex.is_generic_words(k))
                        && is_name(w, from, p, lex)
                        && title_before(&w[..from], lex)
                })
        });
        if kind_after_name {
            return None;
        }
        // Judge the head against the shortest suffix (国家癌症|中心, not 国家|癌症中心).
        let end = spans.iter().filter(|&&(_, e)| e == suffix_end).map(|&(s, _)| s).max().unwrap_or(suffix_start);
        // An abbreviated suffix is a name of its own after a country or a
        // place alone (中国|科协, 北京市|卫健委), where a kind word is not (中国|协会).
        let abbreviated = || with_text(&w[suffix_start..suffix_end], |s| lex.abbreviations.contains_key(s));
        let named = |start: usize| {
            let head: String = text_of(&w[start..end.max(start)]);
            // (A bare unit too: 市|卫健委, the document's city's.)
            let bare = || {
                NATIONAL.contains(&head.as_str())
                    || matches!(head.as_str(), "省" | "市" | "区" | "县")
                    || lex.is_place(head.trim_end_matches(['省', '市', '区', '县']))
            };
            // (Or the unit's abbreviated government: 省政府.)
            let unit_government = || {
                matches!(head.as_str(), "省" | "市" | "区" | "县")
                    && with_text(&w[start..suffix_end], |s| lex.abbreviations.contains_key(s))
            };
            // (Or a body known by its bare name: 科技部|部长.)
            // (Standing alone: after a mark or a connector, not inside a run
            // of words: 甲大学继续|教育部 is a department.)
            let alone = suffix_start == 0
                || !is_han(w[suffix_start - 1])
                || "与和及同的在由向对受经".contains(w[suffix_start - 1]);
            let known_body = || start == suffix_start && alone && body;
            (suffix_start - start >= 2 || end - start >= 2) && valid_head(&head, lex)
                || bare() && abbreviated()
                || unit_government()
                || known_body()
        };
        let start = [Some(start), longer].into_iter().flatten().find(|&s| named(s))?;
        // A body known by its bare name ends no name but a country's or a
        // place's (国家|卫健委; not 甲大学继续|教育部, a department).
        if body && start < suffix_start {
            let head: String = text_of(&w[start..suffix_start]);
            let country = ["中华人民共和国", "中国"].contains(&head.as_str()) || NATIONAL.contains(&head.as_str());
            if !country && !lex.is_place(head.trim_end_matches(['省', '市', '区', '县'])) {
                return None;
            }
        }
        Some(start - defined_opening(w, start, suffix_end))
    }
}

/// How many chars before `start` a definition right after the name shows
/// to be its opening (联合|医务集团有限公司(下称「联合医务」)): the short name
/// opens with them.
fn defined_opening(w: &[char], start: usize, end: usize) -> usize {
    // Every definition opens (以下简称, 下称, 简称 …).
    if w.get(end) != Some(&'(') || !matches!(w.get(end + 1), Some('以' | '下' | '简')) {
        return 0;
    }
    let after = text_of(&w[end..w.len().min(end + 24)]);
    let Some(alias) = ALIAS_DEF.captures(&after).and_then(|c| c.get(1)) else {
        return 0;
    };
    let alias: Vec<char> = alias.as_str().chars().collect();
    if alias.first() == w.get(start) {
        return 0;
    }
    (1..=start.min(4).min(alias.len().saturating_sub(1)))
        .rev()
        .find(|&k| w[start - k..start] == alias[..k] && w[start - k..start].iter().all(|&c| is_han(c)))
        .unwrap_or(0)
}

/// An automaton searched in every sentence: a DFA (more memory, built once
/// per lexicon) finds overlapping matches faster than the default NFA.
fn dfa() -> aho_corasick::AhoCorasickBuilder {
    let mut b = AhoCorasick::builder();
    b.kind(Some(aho_corasick::AhoCorasickKind::DFA));
    b
}

/// Where `(place)` starts when `before` ends with one that follows a name's
/// first chars (腾讯医疗健康|(深圳)): the place is a lexicon place or 中国. A
/// group's form in brackets is inside the name too (上海复星医药|(集团)|股份有限公司).
/// (A group form, (集团) or (控股), only inside a company's name: `company`.)
fn bracketed_place(before: &[char], lex: &Lexicon, company: bool) -> Option<usize> {
    let close = before.len().checked_sub(1).filter(|&c| before[c] == ')')?;
    // A brand's English name after its Chinese one: 阿斯利康(AstraZeneca)投资….
    if let Some(open) = english_in_brackets(before, close)
        && open > 0
        && is_han(before[open - 1])
    {
        return Some(open);
    }
    let open = (close.saturating_sub(lex.longest_place.max(2) + 1)..close).rev().find(|&i| before[i] == '(')?;
    let inside = text_of(&before[open + 1..close]);
    let group_form = company && BRACKETED_FORMS.iter().any(|f| f.trim_matches(['(', ')']) == inside);
    let place = inside == "中国" || group_form || lex.is_place(inside.trim_end_matches(['省', '市']));
    (place && open > 0 && is_han(before[open - 1])).then_some(open)
}

/// Where a bracket of an English name (a capital, then letters, spaces, `&.-'`)
/// closing at `close` opens.
fn english_in_brackets(w: &[char], close: usize) -> Option<usize> {
    let open = (close.saturating_sub(40)..close).rev().find(|&i| w[i] == '(')?;
    let inside = &w[open + 1..close];
    let english = inside.first().is_some_and(|c| c.is_ascii_uppercase())
        && inside.len() >= 2
        && inside.iter().all(|&c| c.is_ascii_alphabetic() || " &.-'".contains(c));
    english.then_some(open)
}

/// One-char boundary words that are still words right after a connector:
/// those that join or place what follows (与在…) and function words (的有…).
const STAYS_A_WORD: &str = "与和同及跟在于由向为对并将把被从让给有是的了着也还就而或所更";

/// Words of the tie two bodies make, named as a body of that kind after one of
/// them (甲医院|友好|医院, 甲医院|姊妹|医院, 甲大学|非直属附属|医院, 甲大学|教学|医院).
const TIE_WORDS: [&str; 7] = ["友好", "姊妹", "友好合作", "非直属附属", "直属附属", "教学", "实习"];
/// Suffixes of alliances, which are often named after the body that leads them.
const ALLIANCES: [&str; 4] = ["联盟", "医联体", "医共体", "联合体"];

/// Documents signed, and the signing of one (what follows a name that is
/// only their topic).
const DOCUMENTS: [&str; 7] = ["合作协议", "合作框架协议", "框架协议", "协议", "合作备忘录", "合作签约", "签约"];

/// Words that open the names of national bodies (国家癌症中心 is a name even
/// though every word of it is generic).
const NATIONAL: [&str; 4] = ["国家", "中国", "中华", "全国"];

/// A head is at least two characters and not made only of generic words,
/// unless a national or place name opens it.
fn valid_head(head: &str, lex: &Lexicon) -> bool {
    let n = head.chars().count();
    // (A military unit's number opens a name: 94755部队.)
    let unit_number = head.trim_start_matches(|c: char| c.is_ascii_digit());
    let military = head.len() - unit_number.len() >= 3 && unit_number.starts_with("部队");
    if n < 2 || head.starts_with(|c: char| c.is_ascii_digit()) && !military || head.starts_with('第') {
        return false;
    }
    // A count of bodies (三间|大学, 两所|医院) describes, it names none.
    let mut c = head.chars();
    if n == 2
        && c.next().is_some_and(|d| "一二两三四五六七八九十几多数".contains(d))
        && c.next().is_some_and(|m| "家所间个座".contains(m))
    {
        return false;
    }
    let opened = NATIONAL.iter().any(|p| head.starts_with(p)) || opens_with_place(head, lex);
    if opened && n >= 4 {
        return true;
    }
    // Generic words off the front, the longest first (中医药|学院, not 中医|药).
    let rest = lex.strip_generic_words(head);
    rest.chars().count() >= 2 || (rest.chars().count() == 1 && n >= 3 && !lex.generic.contains(rest))
}

/// Positions in `name` where a word starts: after a place prefix, at the
/// start and end of every suffix word inside it (中山|大学|肿瘤防治中心) and
/// at the start of every generic word.
fn word_starts(name: &[char], lex: &Lexicon) -> BTreeSet<usize> {
    let mut starts = BTreeSet::from([0usize]);
    let text: String = name.iter().collect();
    for suffix in lex.org_suffixes.keys() {
        for (b, _) in text.match_indices(suffix.as_str()) {
            let s = text[..b].chars().count();
            starts.insert(s);
            starts.insert(s + suffix.chars().count());
        }
    }
    starts.insert(place_prefix_len(name, lex));
    // A generic word is a word of its own (迈瑞|生物|医疗|电子…: 迈瑞医疗).
    starts.extend((0..name.len()).filter(|&i| lex.generic_opens(&name[i..])));
    // An ordinal's number opens a word: 第|二|医院 is 二院 for short.
    starts.extend(name.iter().enumerate().filter(|&(_, &c)| c == '第').map(|(i, _)| i + 1));
    starts
}

/// Does a place name open `text`?
fn opens_with_place(text: &str, lex: &Lexicon) -> bool {
    text.char_indices().take(lex.longest_place).any(|(i, c)| lex.is_place(&text[..i + c.len_utf8()]))
}

/// Length of the place name that opens `name` (上海联影… → 2), with 省/市 after it.
fn place_prefix_len(name: &[char], lex: &Lexicon) -> usize {
    (1..=name.len().min(lex.longest_place))
        .filter(|&n| with_text(&name[..n], |prefix| lex.is_place(prefix)))
        .map(|n| if matches!(name.get(n), Some('省' | '市')) && !unit_opens_word(name, n) { n + 1 } else { n })
        .max()
        .unwrap_or(0)
}

/// Is this a numbered bureau (中建七局, 中铁十一局, 中国水电第七工程局)? Those are
/// state construction companies; a government's bureaus bear no number.
fn numbered_bureau(name: &[char]) -> bool {
    let body = name.strip_suffix(&['局']).map(|b| b.strip_suffix(&['工', '程']).unwrap_or(b));
    body.and_then(|b| b.last()).is_some_and(|c| "一二三四五六七八九十".contains(*c)) && name.len() >= 4
}

/// Does a unit char at `at` open a word instead of ending a place (中国|市政工程,
/// 华东|区域医疗中心, 省级, 市属)?
fn unit_opens_word(name: &[char], at: usize) -> bool {
    const WORDS: [[char; 2]; 14] = [
        ['市', '政'],
        ['市', '场'],
        ['市', '民'],
        ['市', '级'],
        ['市', '属'],
        ['市', '直'],
        ['区', '域'],
        ['区', '级'],
        ['区', '属'],
        ['县', '域'],
        ['县', '级'],
        ['县', '属'],
        ['省', '级'],
        ['省', '属'],
    ];
    name.get(at..at + 2).is_some_and(|w| WORDS.iter().any(|x| x == w))
}

/// The distinctive core of a name: without place, suffix and trailing generic
/// words (上海联影医疗科技有限公司 → 联影, 养和医疗集团 → 养和).
fn distinctive_core(name: &[char], lex: &Lexicon) -> Vec<char> {
    let place = place_prefix_len(name, lex);
    let end = name.len() - suffix_len(name, lex);
    // A bracketed place or form is no part of the core (阿里健康科技|(中国)|有限公司,
    // 美敦力|(上海)|管理有限公司).
    let mut core: String = text_of(&name[place.min(end)..end]);
    if let (Some(open), Some(close)) = (core.find('('), core.find(')'))
        && open < close
    {
        core.replace_range(open..=close, "");
    }
    'outer: loop {
        for g in &lex.generic {
            if core.len() > g.len()
                && let Some(rest) = core.strip_suffix(g.as_str())
            {
                core = rest.to_string();
                continue 'outer;
            }
        }
        break;
    }
    if lex.generic.contains(&core) {
        return Vec::new();
    }
    core.chars().collect()
}

/// Where `name` goes on after the words opening a national body's name
/// (国立|台湾大学…, 中国|太平洋保险…), if they do: a short form may start
/// there (台大, 太平洋保险集团).
fn after_national_opening(name: &[char]) -> Option<usize> {
    [['国', '立'], ['中', '国'], ['中', '华']].iter().any(|o| name.starts_with(o)).then_some(2)
}

/// Where the core starts after a national opening, at the name's start or
/// after its place (香港|中华|厂商联合会: 厂商会 is its short form).
fn national_core(name: &[char], place: usize) -> Option<usize> {
    after_national_opening(name).or_else(|| {
        (place > 0 && place < name.len()).then(|| after_national_opening(&name[place..]).map(|k| place + k))?
    })
}

/// Where each char of `short` stands in `full`, from `first` on: in order, each
/// right after the one before or at a word start, or, as the third char or
/// later, the last char of the suffix word that ends the name standing for the
/// whole word (浙大二|院 for …第二|医院, 郑大一附|院 for …第一附属|医院, but not
/// 台大医|院 for 台湾大学|医学院). `suffix_start`: where that word starts, if it
/// has two chars or more. The earliest such places; a
/// char that cannot stand at its first occurrence may at a later one (台大医|院:
/// not the 院 of 医学院, the one of 医院).
fn subsequence_at_word_starts(
    short: &[char],
    full: &[char],
    first: usize,
    starts: &BTreeSet<usize>,
    suffix_start: Option<usize>,
) -> Option<Vec<usize>> {
    fn place(
        short: &[char],
        full: &[char],
        starts: &BTreeSet<usize>,
        suffix: Option<usize>,
        out: &mut Vec<usize>,
    ) -> bool {
        let n = out.len();
        let Some(&c) = short.get(n) else { return true };
        let prev = out[n - 1];
        for pos in (prev + 1..full.len()).filter(|&p| full[p] == c) {
            let ends_both = suffix.is_some_and(|s| prev < s) && n + 1 == short.len() && n >= 2 && pos + 1 == full.len();
            if pos == prev + 1 || starts.contains(&pos) || ends_both {
                out.push(pos);
                if place(short, full, starts, suffix, out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
    let mut out = vec![first];
    place(short, full, starts, suffix_start, &mut out).then_some(out)
}

/// Length of the longest suffix that ends `name`.
fn suffix_len(name: &[char], lex: &Lexicon) -> usize {
    let text: String = name.iter().collect();
    lex.org_suffixes.keys().filter(|s| text.ends_with(s.as_str())).map(|s| s.chars().count()).max().unwrap_or(0)
}

/// Is `short` an abbreviation of `full`? Its characters appear in order in the
/// full name, it starts where the name or its core (after the place) starts,
/// each jump lands on a word start, it keeps something of the distinctive core,
/// and it is not just the parent body the name opens with (中山大学).
pub fn abbreviates(short: &[char], full: &[char], lex: &Lexicon) -> bool {
    if short.len() < 2 || short.len() >= full.len() || !short.iter().all(|c| is_han(*c)) {
        return false;
    }
    let place = place_prefix_len(full, lex);
    // 深圳卫生健康委员会 is 深圳市卫生健康委员会 without the 市.
    if place > 0
        && matches!(full[place - 1], '市' | '省')
        && short.len() + 1 == full.len()
        && short[..place - 1] == full[..place - 1]
        && short[place - 1..] == full[place..]
    {
        return true;
    }
    // A name that keeps another's opening and its kind but drops what stood
    // right before the kind is another body (中大|医学院 is not 中大中|医学院,
    // 上海市|人民医院 not 上海市第一|人民医院), unless what is dropped is 附属,
    // or the kind a company's (腾讯|公司 is 腾讯医疗健康(深圳)有限|公司).
    // (Cheap test first: the two open alike.)
    let short_suffix = if full.starts_with(&short[..2]) { suffix_len(short, lex) } else { 0 };
    if short_suffix >= 2 && short.len() > short_suffix + 1 {
        let (head, kind) = short.split_at(short.len() - short_suffix);
        let company = with_text(kind, |k| lex.org_suffixes.get(k) == Some(&OrgType::Company));
        if !company && full.starts_with(head) && full.ends_with(kind) {
            let dropped = &full[head.len()..full.len() - kind.len()];
            if !matches!(dropped, [] | ['附', '属'] | ['附', '设']) {
                return false;
            }
        }
    }
    let starts = word_starts(full, lex);
    let national = national_core(full, place).filter(|&k| full.get(k) == Some(&short[0]));
    let first = if short[0] == full[0] {
        0
    } else if place > 0 && place < full.len() && short[0] == full[place] {
        place
    } else if place >= 2
        && place < full.len()
        && !UNITS.contains(&full[place - 1])
        && short[0] == full[place - 1]
        && short[1] == full[place]
    {
        // The place's last char, then the core's first (北荣 for 台北荣民总医院;
        // not a unit: 市中心医院 is no short form of 金华市中心医院医疗集团).
        place - 1
    } else if let Some(k) = national {
        k
    } else {
        return false;
    };
    let full_suffix = suffix_len(full, lex);
    let Some(positions) =
        subsequence_at_word_starts(short, full, first, &starts, (full_suffix >= 2).then(|| full.len() - full_suffix))
    else {
        return false;
    };
    let contiguous_prefix = positions.iter().enumerate().all(|(i, &p)| p == first + i);
    let short_s: String = short.iter().collect();
    // Generic words are no body's short form (中医 for 中大中医学院), nor is a
    // place opening the name, listed or written with its unit (兴城市 for
    // 兴城市投资集团).
    let unit_ended = short.len() > 2 && UNITS.contains(&short[short.len() - 1]);
    // Nor is a word that bounds names (市委 is the party's committee, no short
    // form of 市卫计委).
    if lex.is_generic_words(&short_s)
        || lex.boundaries.contains(&short_s)
        || contiguous_prefix && (unit_ended || lex.places.contains(&short_s))
    {
        return false;
    }
    // The part kept before the first jump must not be a place or a generic word
    // (中国肿瘤, 营口医 are not abbreviations).
    let lead = positions.windows(2).position(|p| p[1] != p[0] + 1).map(|i| i + 1).unwrap_or(positions.len());
    if lead < positions.len() {
        let lead_s: String = text_of(&short[..lead]);
        let bare = lead_s.trim_end_matches(['市', '省']);
        if lex.places.contains(bare) || lex.generic.contains(&lead_s) {
            return false;
        }
    }
    if contiguous_prefix && suffix_len(short, lex) > 0 && first == 0 {
        // 中国医学科学院肿瘤医院 opens 中国医学科学院肿瘤医院深圳医院: a parent, not an alias.
        return false;
    }
    // Something of the core (between place and suffix) must be kept.
    let core_end = full.len() - full_suffix;
    if !positions.iter().any(|&p| p >= place && p < core_end) {
        return false;
    }
    // Ending inside the first suffix-ended part abbreviates the parent (中大 = 中山大学).
    let text: String = full.iter().collect();
    let first_part_end = lex
        .org_suffixes
        .keys()
        // (A bracketed group form is no part: 中国人寿保险|(集团)|公司.)
        .filter_map(|s| {
            text.find(s.as_str())
                .filter(|&b| !text[..b].ends_with('('))
                .map(|b| text[..b].chars().count() + s.chars().count())
        })
        .filter(|&e| e < full.len())
        .min();
    // That part with a legal form of its own is the parent company's registered
    // name (扬子江药业集团有限公司 over 扬子江药业集团四川海汇药业有限公司).
    if let Some(e) = first_part_end
        && short.len() > e
        && short[..e] == full[..e]
        && is_legal_form(&text_of(&short[e..]))
    {
        return false;
    }
    // But that part whole, without its place, before nothing but a legal form
    // is the company itself (恒瑞医药 = 江苏恒瑞医药股份有限公司), and so is the
    // name before its whole legal form (中国五矿 for 中国五矿集团有限公司).
    let before_legal_form = |from: usize| {
        full.len() > from + short.len()
            && short == &full[from..from + short.len()]
            && is_legal_form(&text_of(&full[from + short.len()..]))
    };
    if let Some(e) = first_part_end
        && positions.iter().all(|&p| p < e)
        && !(short == &full[place..e] && is_legal_form(&text_of(&full[e..])))
        && !before_legal_form(place)
    {
        return false;
    }
    true
}

/// The legal forms that end a company's registered name; the company is the
/// same body without them.
pub const LEGAL_FORMS: [&str; 4] = ["股份有限公司", "有限责任公司", "有限公司", "集团有限公司"];

/// Group forms written in brackets before a legal form (上海复星医药(集团)股份有限公司).
pub const BRACKETED_FORMS: [&str; 2] = ["(集团)", "(控股)"];

/// Whether `rest` is only a legal form, after a bracketed group form or not.
fn is_legal_form(rest: &str) -> bool {
    let rest = BRACKETED_FORMS.iter().find_map(|f| rest.strip_prefix(f)).unwrap_or(rest);
    LEGAL_FORMS.contains(&rest)
}

/// Merges entries whose name abbreviates another entry's name (中大肿瘤中心 into
/// 中山大学肿瘤防治中心, 深圳卫生健康委员会 into 深圳市卫生健康委员会).
fn merge_abbreviated_entries(cat: &mut OrgCatalog, lex: &Lexicon) {
    // A name written without its 附属 is the same body (上海交通大学医学院苏州
    // 九龙医院 and …医学院附属苏州九龙医院).
    let plain: Vec<Option<String>> =
        cat.entries.iter().map(|e| e.name.contains("附属").then(|| e.name.replacen("附属", "", 1))).collect();
    for (j, p) in plain.iter().enumerate() {
        let Some(p) = p else { continue };
        if let Some(i) = cat.entries.iter().position(|e| &e.name == p && !e.keys.is_empty())
            && !cat.entries[j].keys.is_empty()
        {
            cat.merge(i, j);
        }
    }
    let names: Vec<Vec<char>> = cat.entries.iter().map(|e| e.name.chars().collect()).collect();
    let by_opening = openings(names.iter().enumerate().map(|(i, n)| (i, n.as_slice())), lex);
    for i in 0..names.len() {
        let Some(first) = names[i].first() else { continue };
        let targets: Vec<usize> = by_opening
            .get(first)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&j| j != i && !cat.entries[j].keys.is_empty() && abbreviates(&names[i], &names[j], lex))
            .collect();
        if let [j] = targets[..] {
            cat.merge(i, j);
        }
    }
    // A body named without its parent (瑞金医院 for 上海交通大学医学院附属瑞金医院,
    // 北京协和医院 for 中国医学科学院北京协和医院): the one name it ends, after
    // 附属 or a parent's suffix.
    for i in 0..names.len() {
        if cat.entries[i].keys.is_empty() || names[i].len() < 4 {
            continue;
        }
        let targets: Vec<usize> = (0..names.len())
            .filter(|&j| j != i && !cat.entries[j].keys.is_empty() && names[j].len() > names[i].len())
            .filter(|&j| {
                names[j].ends_with(&names[i]) && parent_before(&names[j][..names[j].len() - names[i].len()], lex)
            })
            .collect();
        if let [j] = targets[..] {
            cat.merge(i, j);
        }
    }
}

/// A body named after a bare unit (市卫生健康委员会, 市中心医院, 区人民政府) is of
/// the document's one place of that unit, when its other bodies name exactly
/// one (大连市人民政府 → 大连市卫生健康委员会): the body of that name if the
/// document has it, else the entry takes that name.
fn localize_bare_units(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    // (Read off the text once for each unit, when needed.)
    let mut opening_places: BTreeMap<char, BTreeSet<String>> = BTreeMap::new();
    for i in 0..cat.entries.len() {
        let name: Vec<char> = cat.entries[i].name.chars().collect();
        let Some(&unit) = name.first().filter(|u| matches!(u, '市' | '县' | '区' | '省')) else { continue };
        if cat.entries[i].keys.is_empty() || name.len() < 3 || matches!(name[1], '委' | '长') {
            continue;
        }
        let places = places_of_unit(cat, unit, lex);
        // With no body of a place of that unit, a place written with it that
        // opens clauses of the text twice or more (筠连县举行…, ,筠连县2023年…).
        let places = if places.is_empty() {
            opening_places.entry(unit).or_insert_with(|| places_opening_clauses(sentences, unit, lex)).clone()
        } else {
            places
        };
        let mut places = places.into_iter();
        let (Some(place), None) = (places.next(), places.next()) else { continue };
        let local = format!("{place}{}", text_of(&name[1..]));
        // Another body of that place with the same suffix and kind may be the
        // one it shortens (市一医院, 上海市第一人民医院): not guessed. (A hospital
        // group is no company's: 市轨道交通集团 beside 金华市中心医院医疗集团.)
        let suffix: String = text_of(&name[name.len() - suffix_len(&name, lex)..]);
        let kind = cat.entries[i].org_type;
        let alike = |e: &OrgEntry| {
            e.name != local && e.name.starts_with(&place) && e.name.ends_with(&suffix) && e.org_type == kind
        };
        let named = cat.entries.iter().position(|e| e.name == local && !e.keys.is_empty());
        match named.or_else(|| cat.lookup(&local).filter(|&j| j != i)) {
            Some(j) => cat.merge(i, j),
            None if cat.entries.iter().any(|e| !e.keys.is_empty() && alike(e)) => {}
            None => {
                let key = local.clone();
                cat.entries[i].name = local;
                cat.add_key(i, key);
            }
        }
    }
}

/// Places of `unit` (宁波市, 新昌县) that open the names of the document's
/// bodies, or their other names (内江市中医医院, a second name of
/// 成都中医药大学附属内江医院).
fn places_of_unit(cat: &OrgCatalog, unit: char, lex: &Lexicon) -> BTreeSet<String> {
    cat.entries
        .iter()
        .filter(|e| !e.keys.is_empty())
        .flat_map(|e| std::iter::once(&e.name).chain(&e.keys))
        .filter_map(|n| {
            let n: Vec<char> = n.chars().collect();
            let mut len = place_prefix_len(&n, lex);
            // A place not listed, two chars and its unit opening a longer
            // name (义乌市|中心医院医疗集团).
            if len == 0
                && n.len() > 5
                && n[2] == unit
                && !unit_opens_word(&n, 2)
                && !lex.generic.contains(&text_of(&n[..1]))
            {
                len = 3;
            }
            (len >= 3 && n[len - 1] == unit).then(|| text_of(&n[..len]))
        })
        .collect()
}

/// A bare head's title of a unit opening a clause (，县委副书记、县长黄旭荣,
/// ，副县长胡玲萍主持) with no government of that unit named is the head of
/// the one place of that unit the document's bodies name (新昌县中医院): that
/// place's government is added, for the head to hold office at.
fn governments_of_bare_heads(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    // Units whose head's title opens a clause somewhere: 长 after the unit,
    // after 副 or 常务副 or not, after no Han char.
    let mut units: BTreeSet<char> = BTreeSet::new();
    for s in sentences {
        let w = &s.chars;
        for i in (1..w.len()).filter(|&i| w[i] == '长' && matches!(w[i - 1], '市' | '县' | '区')) {
            let mut start = i - 1;
            if start >= 1 && w[start - 1] == '副' {
                start -= 1;
                if start >= 2 && w[start - 2..start] == ['常', '务'] {
                    start -= 2;
                }
            }
            if start == 0 || !is_han(w[start - 1]) {
                units.insert(w[i - 1]);
            }
        }
    }
    for unit in units {
        let governed = cat
            .entries
            .iter()
            .any(|e| !e.keys.is_empty() && e.name.strip_suffix("人民政府").is_some_and(|r| r.ends_with(unit)));
        if governed {
            continue;
        }
        let mut places = places_of_unit(cat, unit, lex).into_iter();
        if let (Some(place), None) = (places.next(), places.next()) {
            let name = format!("{place}人民政府");
            cat.add(name.clone(), OrgType::Government, name.clone(), name);
        }
    }
}

/// Places of two or three chars written with `unit` (筠连县) that open a
/// clause (after a date or a mark, a higher unit, or a line's start) twice or
/// more in the text, or once before the unit's organs (新都区委), not generic
/// words (农业大县 is no place).
fn places_opening_clauses(sentences: &[Sentence], unit: char, lex: &Lexicon) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in sentences {
        let w = &s.chars;
        for u in (2..w.len()).filter(|&u| w[u] == unit) {
            for n in [2usize, 3] {
                let Some(start) = u.checked_sub(n) else { continue };
                // (Or after a higher unit: 成都市|新都区.)
                let opens = start == 0 || !is_han(w[start - 1]) || matches!(w[start - 1], '日' | '省' | '市' | '州');
                let place = &w[start..u];
                // (Not a title: 、常务副县长; nor a char before a listed place:
                // 社|上海市委, 九三学社's.)
                let listed_inside = n == 3 && with_text(&place[1..], |p| lex.is_place(p));
                if opens
                    && !listed_inside
                    && !unit_opens_word(w, u)
                    && place.iter().all(|&c| is_han(c))
                    && !UNITS.contains(&place[0])
                    && !title_at(&w[start..], lex)
                {
                    let text = text_of(place);
                    if !lex.is_generic_words(&text) && !lex.generic.contains(&text_of(&place[..1])) {
                        // Before its committee, government or head (新都区|委书记)
                        // it counts twice: that is a place of the unit.
                        let organ = matches!(w.get(u + 1), Some('委' | '长')) || w[u + 1..].starts_with(&['政', '府']);
                        *seen.entry(format!("{text}{unit}")).or_default() += if organ { 2 } else { 1 };
                    }
                }
            }
        }
    }
    seen.into_iter().filter(|&(_, n)| n >= 2).map(|(p, _)| p).collect()
}

/// A branch named by its place alone (兰州分行, 德州分公司) is the branch of the
/// document's one bank (or one company), named in full after it
/// (上海浦东发展银行兰州分行).
fn name_bare_branches(cat: &mut OrgCatalog, lex: &Lexicon) {
    const BRANCHES: [(&str, &str); 3] = [("分行", "银行"), ("支行", "银行"), ("分公司", "")];
    for i in 0..cat.entries.len() {
        let name = cat.entries[i].name.clone();
        let Some((branch, parent_ending)) = BRANCHES.iter().find(|(b, _)| name.ends_with(b)) else { continue };
        let place: Vec<char> = name[..name.len() - branch.len()].chars().collect();
        if cat.entries[i].keys.is_empty() || place.len() < 2 || place_prefix_len(&place, lex) != place.len() {
            continue;
        }
        let parent = cat.only(|e| {
            e.org_type == OrgType::Company
                && !e.keys.is_empty()
                && e.name.ends_with(parent_ending)
                && !BRANCHES.iter().any(|(b, _)| e.name.ends_with(b))
        });
        if let Some(p) = parent {
            let full = format!("{}{name}", cat.entries[p].name);
            match cat.lookup(&full).filter(|&j| j != i) {
                Some(j) => cat.merge(i, j),
                None => {
                    cat.entries[i].name = full.clone();
                    cat.add_key(i, full);
                }
            }
        }
    }
}

/// Does `prefix` name a parent body (中国医学科学院, 复旦大学附属), or only
/// the country or place a body is of (中国人民|解放军总医院, 北京|协和医院)?
fn parent_before(prefix: &[char], lex: &Lexicon) -> bool {
    let country = prefix.strip_suffix(&['人', '民']).unwrap_or(prefix);
    // (The army is the country's: 中国人民解放军|94755部队卫生所.)
    let national = with_text(country, |c| NATIONAL.contains(&c) || c == "中国人民解放军" || c == "解放军");
    let place = !country.is_empty() && place_prefix_len(country, lex) == country.len();
    // (A place not listed, two chars and its unit: 沙河市|人力资源和社会保障局
    // is that city's; not 革命老区.)
    let unlisted_place = prefix.len() == 3
        && UNITS.contains(&prefix[prefix.len() - 1])
        && prefix.iter().all(|&c| is_han(c))
        && !UNITS.contains(&prefix[0])
        && !lex.generic.contains(&text_of(&prefix[..1]));
    prefix.ends_with(&['附', '属'])
        || prefix.ends_with(&['附', '设'])
        // A group named with its bracketed form (中国通用技术(集团)|中国医药…).
        || BRACKETED_FORMS.iter().any(|f| with_text(prefix, |p| p.ends_with(f)) && prefix.len() > 4)
        || suffix_len(prefix, lex) > 0
        || national
        || place
        || unlisted_place
}

/// Entries by the characters an abbreviation of them can start with: the
/// name's first character and the first after its place prefix (or 国立).
fn openings<'a>(names: impl Iterator<Item = (usize, &'a [char])>, lex: &Lexicon) -> BTreeMap<char, Vec<usize>> {
    let mut map: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (i, n) in names {
        let place = place_prefix_len(n, lex);
        let national = national_core(n, place).and_then(|k| n.get(k));
        // (And the place's last char: 北荣 for 台北荣民总医院.)
        let place_end = (place >= 2).then(|| &n[place - 1]).filter(|c| !UNITS.contains(c));
        for c in [n.first(), n.get(place), national, place_end].into_iter().flatten() {
            let v = map.entry(*c).or_default();
            if v.last() != Some(&i) {
                v.push(i);
            }
        }
    }
    map
}

/// Finds abbreviations used in running text (中肿, 联影) outside known names.
fn find_abbreviations(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    let full: Vec<(usize, Vec<char>)> = cat
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.keys.is_empty() && e.name.chars().count() >= 4)
        .map(|(i, e)| (i, e.name.chars().collect()))
        .collect();
    let by_opening = openings(full.iter().enumerate().map(|(k, (_, n))| (k, n.as_slice())), lex);
    let first_chars: FxHashSet<char> = full.iter().filter_map(|(_, n)| n.first().copied()).collect();
    cat.seal();
    // key → (entries it abbreviates, surface, times seen, once right before a
    // title, once right after one)
    let mut found: BTreeMap<String, (BTreeSet<usize>, String, usize, bool, bool)> = BTreeMap::new();
    for s in sentences {
        let (w, o) = (&s.chars, &s.original_chars);
        let mut covered = vec![false; w.len()];
        for (span, _) in cat.find(w) {
            covered[span.start..span.end].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < w.len() {
            if covered[i]
                || !is_han(w[i])
                || (i > 0 && is_han(w[i - 1]) && !covered[i - 1] && first_chars.contains(&w[i - 1]))
            {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, usize)> = None; // (len, entry)
            let candidates = by_opening.get(&w[i]).map(Vec::as_slice).unwrap_or(&[]);
            for &k in candidates {
                let (idx, name) = (&full[k].0, &full[k].1);
                let len = longest_run(&w[i..], &covered[i..], name, lex);
                if len >= 2 && best.is_none_or(|(l, _)| len > l) {
                    best = Some((len, *idx));
                }
            }
            // A short form ends where a word does (not 嘉会医|疗 for 嘉会国际医院),
            // and before a title rather than inside it (北荣|院长, not 北荣院|长).
            let best = best
                .map(|(len, idx)| if len > 2 && title_at(&w[i + len - 1..], lex) { (len - 1, idx) } else { (len, idx) })
                .filter(|&(len, _)| !lex.generic_across(&w[i..], len));
            match best {
                Some((len, idx)) => {
                    let key: String = text_of(&w[i..i + len]);
                    let surface: String = text_of(&o[i..i + len]);
                    let e = found.entry(key).or_insert_with(|| (BTreeSet::new(), surface, 0, false, false));
                    e.0.insert(idx);
                    e.2 += 1;
                    e.3 |= title_at(&w[i + len..], lex);
                    e.4 |= title_before(&w[..i], lex);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    for (key, (targets, surface, seen, titled, after_title)) in found {
        // Right after a title comes a person (董事长|武海), not a body.
        if after_title {
            continue;
        }
        if let [idx] = targets.iter().copied().collect::<Vec<_>>()[..] {
            // A bare prefix of the name (联影, 恒瑞) counts as an abbreviation only
            // when it is the name's core and the text uses it again (once may be a
            // word that happens to match), or when it holds the core and a title
            // follows it (联影医疗董事长, 中国人寿总裁: a body's, not a word's).
            let name: Vec<char> = cat.entries[idx].name.chars().collect();
            let place = place_prefix_len(&name, lex);
            let key_chars: Vec<char> = key.chars().collect();
            let bare_prefix = name.starts_with(&key_chars) || name[place..].starts_with(&key_chars);
            let core = distinctive_core(&name, lex);
            let holds_core = !core.is_empty() && key_chars.windows(core.len()).any(|w| w == core.as_slice());
            if bare_prefix && !(seen >= 2 && key_chars == core || holds_core && titled) {
                continue;
            }
            if cat.lookup(&key).is_none() {
                cat.add_alias(idx, key, surface);
            }
        }
    }
}

/// A place's party offices said before its government's (长沙市|委副书记、|市长).
pub const PARTY_OFFICES: [&str; 4] = ["委常委", "委副书记", "委书记", "委委员"];

/// Places (a known place and its unit: 福建省, 厦门市) right before the title
/// of their head (省长, 副市长, 常务副区长), at the start of a clause or after
/// a stop word, outside the names found (`occ`).
fn places_before_heads(s: &Sentence, occ: &[(Span, usize)], lex: &Lexicon) -> Vec<Span> {
    let w = &s.chars;
    let mut out = Vec::new();
    for (b, _) in s.working.match_indices('长') {
        if !s.working[..b].ends_with(UNITS) {
            continue;
        }
        let Some(p) = s.char_index(b).filter(|&p| p >= 2) else { continue };
        let unit = w[p - 1];
        let mut title = p - 1;
        if title > 0 && w[title - 1] == '副' {
            title -= 1;
        }
        if title >= 2 && w[title - 2..title] == ['常', '务'] {
            title -= 2;
        }
        // The place's party offices may come first (甘孜州|委常委、|副州长).
        if title > 0
            && w[title - 1] == '、'
            && let Some(office) = PARTY_OFFICES.iter().find(|o| ends_with_word(&w[..title - 1], o))
        {
            title -= office.chars().count() + 1;
        }
        // The place ends in the unit the title heads (福建省|副省长).
        if title == 0 || w[title - 1] != unit {
            continue;
        }
        // A place not listed counts when it opens a clause and is no generic
        // word (、兴城市|副市长; not 各地市|市长).
        let place = (3..=4).filter(|&n| n <= title).find(|&n| {
            let start = title - n;
            let opens = start == 0 || !is_han(w[start - 1]);
            with_text(&w[start..title - 1], |p| {
                lex.is_place(p)
                    || opens
                        && p.chars().all(is_han)
                        && !lex.generic.contains(&p[..p.chars().next().map_or(0, char::len_utf8)])
            }) && (opens || lex.is_stop_char(w[start - 1]))
        });
        if let Some(n) = place {
            let span = Span { start: title - n, end: title };
            if !occ.iter().any(|(o, _)| o.start < span.end && span.start < o.end) {
                out.push(span);
            }
        }
    }
    out
}

/// Words that stand before 与 where a party would, and are none.
pub const NOT_PARTIES: [&str; 16] = [
    "首次", "再次", "此次", "此前", "今天", "今日", "昨日", "昨天", "近日", "日前", "正式", "已经", "今年", "去年",
    "随后", "同时",
];

/// Words after a party that end its name: the signing itself, or how it is done.
const AFTER_PARTY: [&str; 7] = ["签署", "签订", "签约", "在", "共同", "正式", "举行"];

/// Parties without a suffix joined by 与/和/同/携手 to a found name `occ`: the run
/// of Han chars (or Latin letters: GE医疗) from a clause's start to the
/// connector, or from the connector to the signing; 2 to 8 chars, with a head
/// of its own, not a kind word or a pronoun (双方, 我院). Or both sides
/// unsuffixed, the first opening a clause (中国宝武|与|上海华谊|签署).
fn unsuffixed_parties(w: &[char], occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, String)> {
    let part = |c: char| is_han(c) || c.is_ascii_alphabetic();
    let boundary = |i: usize| i == 0 || !part(w[i - 1]) && !occ.iter().any(|(o, _)| o.end == i);
    // The length of the connector ending before `i` (与, 和, 同, 携手), if one does.
    let joined_before = |i: usize| match w.get(i.wrapping_sub(1)) {
        Some('与' | '和' | '同') => Some(1),
        Some('手') if i >= 2 && w[i - 2] == '携' => Some(2),
        _ => None,
    };
    // The length of the connector starting at `i`, if one does.
    let joined_after = |i: usize| match w.get(i) {
        Some('与' | '和' | '同') => Some(1),
        Some('携') if w.get(i + 1) == Some(&'手') => Some(2),
        _ => None,
    };
    let covered = |i: usize| occ.iter().any(|(o, _)| o.start <= i && i < o.end);
    let opens = |i: usize| AFTER_PARTY.iter().any(|a| a.chars().enumerate().all(|(k, c)| w.get(i + k) == Some(&c)));
    let mut spans = Vec::new();
    for (o, _) in occ {
        // Before: 阿斯利康中国|与|无锡市人民政府.
        if let Some(n) = joined_before(o.start).filter(|n| o.start >= 2 + n) {
            let end = o.start - n;
            let mut start = end;
            while start > 0 && part(w[start - 1]) && !covered(start - 1) && end - start < 9 {
                start -= 1;
            }
            if boundary(start) {
                spans.push(Span { start, end });
            }
        }
        // After: 无锡市人民政府|与|阿斯利康中国|签署.
        if let Some(n) = joined_after(o.end) {
            let start = o.end + n;
            let mut end = start;
            while end < w.len() && part(w[end]) && !covered(end) && end - start < 9 && !opens(end) {
                end += 1;
            }
            if opens(end) {
                spans.push(Span { start, end });
            }
        }
    }
    // Both sides without a suffix, at a clause's start (中国宝武|与|上海华谊|签署).
    // (与 or 和: 同 opens 同志.)
    for p in (2..w.len().saturating_sub(2)).filter(|&p| matches!(w[p], '与' | '和')) {
        let mut start = p;
        while start > 0 && part(w[start - 1]) && !covered(start - 1) && p - start < 7 {
            start -= 1;
        }
        let mut end = p + 1;
        while end < w.len() && part(w[end]) && !covered(end) && end - p < 8 && !opens(end) {
            end += 1;
        }
        if p - start >= 2 && boundary(start) && !covered(p - 1) && end - p > 2 && opens(end) {
            spans.push(Span { start, end: p });
            spans.push(Span { start: p + 1, end });
        }
    }
    let mut out: Vec<(Span, String)> = Vec::new();
    for span in spans {
        let key: String = text_of(&w[span.start..span.end]);
        let n = span.end - span.start;
        let pronoun = ["双方", "各方", "三方", "我", "本", "该", "其"].iter().any(|p| key.starts_with(p))
            || NOT_PARTIES.contains(&key.as_str());
        let kind_word = REFERENTS.iter().any(|(_, bare, words)| *bare == key || words.contains(&key.as_str()));
        // A title inside is a person's (常务副县长樊勇明|和|市卫健委).
        let titled = || (span.start..span.end).any(|a| title_at(&w[a..span.end], lex));
        // A suffix after only generic words is a kind, not a name (集团|公司).
        let kind_only = || {
            let suffix = suffix_len(&w[span.start..span.end], lex);
            suffix > 0 && lex.is_generic_words(&text_of(&w[span.start..span.end - suffix]))
        };
        if (2..=8).contains(&n)
            && !pronoun
            && !kind_word
            && valid_head(&key, lex)
            && !kind_only()
            && !titled()
            && !out.iter().any(|(s, _)| *s == span)
            // No verb a name never holds (弃权0票审议|通过|公司与…).
            && !lex.boundaries.iter().any(|b| b.chars().nth(1).is_some() && key.contains(b.as_str()))
        {
            out.push((span, key));
        }
    }
    out
}

/// The government of a place written with its unit (蔡甸区 → 蔡甸区人民政府),
/// when a sentence speaks of that unit's government or head (区政府, 区委,
/// 区长); not of a zone (高新区, 开发区: a committee governs it).
fn local_government(key: &str, sentences: &[Sentence], lex: &Lexicon) -> Option<String> {
    const ZONES: [&str; 9] = ["高新", "经开", "开发", "园", "新", "保税", "自贸", "工业", "示范"];
    let unit = key.chars().last().filter(|u| matches!(u, '区' | '县' | '市'))?;
    let place = key.strip_suffix(unit)?;
    if place.chars().count() < 2 || ZONES.iter().any(|z| place.ends_with(z)) || lex.is_generic_words(place) {
        return None;
    }
    let spoken = [format!("{unit}政府"), format!("{unit}委"), format!("{unit}长")];
    sentences.iter().any(|s| spoken.iter().any(|w| s.working.contains(w.as_str()))).then(|| format!("{key}人民政府"))
}

/// Words for a kind of body, with the type they give: closing a list of names
/// (甲、乙等4家|企业) or saying what a body is (中国宝武是…钢铁企业集团).
const KIND_WORDS: [(&str, OrgType); 8] = [
    ("企业", OrgType::Company),
    ("公司", OrgType::Company),
    ("集团", OrgType::Company),
    ("银行", OrgType::Company),
    ("医院", OrgType::Hospital),
    ("高校", OrgType::University),
    ("大学", OrgType::University),
    ("协会", OrgType::Association),
];

/// The names of a list closed by 等 and a kind (山东高速、永锋集团、光大环保、
/// 星光糖业等4家企业) that no suffix found: each 2 to 8 Han chars with a head
/// of its own, the list opening after a connector or a clause's start, two
/// items or more.
fn listed_before_kind(w: &[char], occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, OrgType)> {
    let mut out = Vec::new();
    for deng in (0..w.len()).filter(|&i| w[i] == '等') {
        // 等, a count (4家, 多家, 两家) or none, then the kind.
        let mut k = deng + 1;
        while k < w.len() && (w[k].is_ascii_digit() || "一二两三四五六七八九十多几数".contains(w[k])) {
            k += 1;
        }
        if k > deng + 1 {
            if w.get(k) != Some(&'家') {
                continue;
            }
            k += 1;
        }
        let Some(&(_, ty)) = KIND_WORDS.iter().find(|(kind, _)| starts_with_word(&w[k..], kind)) else {
            continue;
        };
        // The items, back from 等 over 、 to a connector or a clause's start.
        let mut items: Vec<Span> = Vec::new();
        let mut end = deng;
        loop {
            let mut start = end;
            while start > 0 && is_han(w[start - 1]) && w[start - 1] != '、' && end - start <= 8 {
                start -= 1;
            }
            let opened = start == 0 || matches!(w[start - 1], '、' | ',' | ':' | ';' | '。');
            // (Or a connector opens the first: 还与|山东高速.)
            let connector = (start..end).rev().find(|&p| matches!(w[p], '与' | '和' | '同' | '及'));
            let start = match (opened, connector) {
                (_, Some(p)) if end - p > 2 => p + 1,
                (true, _) => start,
                _ => break,
            };
            items.push(Span { start, end });
            if start == 0 || w[start - 1] != '、' || connector.is_some() {
                break;
            }
            end = start - 1;
        }
        if items.len() < 2 {
            continue;
        }
        for span in items {
            let covered = occ.iter().any(|(o, _)| o.start < span.end && span.start < o.end);
            let key: String = text_of(&w[span.start..span.end]);
            let n = span.end - span.start;
            let titled = (span.start..span.end).any(|a| title_at(&w[a..span.end], lex));
            if !covered && (2..=8).contains(&n) && valid_head(&key, lex) && !titled && !lex.is_place(&key) {
                out.push((span, ty));
            }
        }
    }
    out
}

/// The kind a sentence says a body is (中国宝武是…大型钢铁企业集团: a company).
fn described_kind(key: &str, sentences: &[Sentence]) -> Option<OrgType> {
    let opening_clause = |s: &str, at: usize| at == 0 || s[..at].ends_with([',', '，', ';', '；']);
    let said = format!("{key}是");
    sentences.iter().find_map(|s| {
        let (at, _) = s.working.match_indices(said.as_str()).find(|&(at, _)| opening_clause(&s.working, at))?;
        let clause = s.working[at + said.len()..].split([',', '，', '。', ';', '；']).next()?;
        KIND_WORDS.iter().find(|(k, _)| clause.ends_with(k)).map(|&(_, ty)| ty)
    })
}

/// Does a courtesy or a title written after names (同志, 先生, 教授) open `w`?
fn courtesy_at(w: &[char], lex: &Lexicon) -> bool {
    (2..=w.len().min(4)).any(|n| with_text(&w[..n], |t| lex.is_name_title(t)))
}

/// Does a title end `w` (…董事长|武海)?
fn title_before(w: &[char], lex: &Lexicon) -> bool {
    (2..=w.len().min(6)).any(|n| with_text(&w[w.len() - n..], |t| lex.titles.contains_key(t)))
}

/// Does a title open `w` (董事长薛敏), after a scope or not (大中华区总裁)?
fn title_at(w: &[char], lex: &Lexicon) -> bool {
    let w = &w[lex.scope_at(w)..];
    (2..=w.len().min(6)).any(|n| with_text(&w[..n], |t| lex.titles.contains_key(t)))
}

/// The longest prefix of `w` (up to the next covered char) that abbreviates `name`.
fn longest_run(w: &[char], covered: &[bool], name: &[char], lex: &Lexicon) -> usize {
    // Cheap filters first: the run must open like the name or its core, and can
    // be no longer than the stretch of `w` that is a subsequence of the name.
    let Some(&c0) = w.first() else { return 0 };
    if !name.contains(&c0) {
        return 0;
    }
    let mut k = 0;
    let mut sub = 0;
    for &c in w.iter().take(name.len()) {
        match name[k..].iter().position(|&f| f == c) {
            Some(off) => {
                k += off + 1;
                sub += 1;
            }
            None => break,
        }
    }
    let limit = covered.iter().position(|&c| c).unwrap_or(w.len()).min(name.len()).min(sub);
    let mut n = limit;
    while n >= 2 {
        if w[..n].iter().all(|c| is_han(*c)) && abbreviates(&w[..n], name, lex) {
            return n;
        }
        n -= 1;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::split;

    fn lex() -> Lexicon {
        Lexicon::embedded().unwrap()
    }

    fn names(text: &str) -> Vec<String> {
        let cat = discover(&split(text), &lex());
        cat.entries.iter().filter(|e| !e.keys.is_empty()).map(|e| e.name.clone()).collect()
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The names each occurrence found in `sentence` stands for, in a
    /// document of `text`.
    fn found_in(text: &str, sentence: &str) -> Vec<String> {
        let cat = discover(&split(text), &lex());
        cat.find(&chars(sentence)).into_iter().map(|(_, i)| cat.entries[i].name.clone()).collect()
    }

    /// The name `short` stands for in a document of `text`.
    fn named_by(text: &str, short: &str) -> Option<String> {
        let cat = discover(&split(text), &lex());
        cat.lookup(short).map(|i| cat.entries[i].name.clone())
    }

    #[test]
    fn a_kind_word_stands_for_the_only_body_of_that_kind() {
        let one = "甲市肿瘤医院与乙药业股份有限公司签约。";
        assert_eq!(found_in(one, "医院党委书记金希、院长陈可欣出席"), vec!["甲市肿瘤医院"]);
        assert_eq!(found_in(one, "仪式由医院副院长张宁主持"), vec!["甲市肿瘤医院"]);
        assert_eq!(found_in(one, "我院与公司将共建实验室"), vec!["甲市肿瘤医院", "乙药业股份有限公司"]);
        // (After 代表 too: 副校长罗公利代表学校与…签订.)
        assert_eq!(found_in(one, "副院长张宁代表医院签约"), vec!["甲市肿瘤医院"]);
        // After a word that makes it another body, or with two hospitals, no.
        assert!(found_in(one, "基层医院院长张三").is_empty());
        let two = "甲市肿瘤医院与乙市人民医院签约。";
        assert!(found_in(two, "医院党委书记金希出席").is_empty());
    }

    #[test]
    fn a_name_after_a_title_reporting_opens_no_body() {
        let found = names("瑞金医院院长宁光作高水平研究型医院建设规划情况汇报。");
        assert!(!found.iter().any(|n| n.contains("宁光")), "{found:?}");
    }

    #[test]
    fn name_starts_after_boundary_word() {
        assert_eq!(names("双方在国家癌症中心统筹下签署"), vec!["国家癌症中心"]);
        // A subsidiary is said to be one before its name.
        assert_eq!(names("本公司全资子公司深圳市一体医疗科技有限公司签约。"), vec!["深圳市一体医疗科技有限公司"]);
    }

    #[test]
    fn he_inside_a_name_is_not_a_boundary() {
        assert!(names("由养和医疗集团行政总裁").contains(&"养和医疗集团".to_string()));
    }

    #[test]
    fn a_one_char_boundary_word_inside_a_name_stays_when_the_rest_is_generic() {
        let n = names("2023年9月6日,北京协和医院与华为技术有限公司在北京签署合作备忘录");
        assert!(n.contains(&"华为技术有限公司".to_string()), "{n:?}");
        // Where the rest has a head of its own, the boundary word still cuts.
        let n = names("该院被评为国家级示范医院");
        assert!(n.contains(&"国家级示范医院".to_string()), "{n:?}");
        // Nor after a date: 4日|与卫生福利部新营医院.
        let n = names("中华医事科技大学4日与卫生福利部新营医院签订合作备忘录。");
        assert!(!n.iter().any(|n| n.starts_with('日')), "{n:?}");
        // 有 after a char is a verb: 两所|设有|中医药学院 names no body.
        assert!(names("两所设有中医药学院的大学签约").is_empty());
    }

    #[test]
    fn an_alliance_before_the_document_is_its_topic() {
        let n =
            names("2023年10月26日下午,山东第一医科大学附属省立医院和济南市中心医院专科联盟合作协议签约仪式在济南举行");
        assert!(n.contains(&"济南市中心医院".to_string()), "{n:?}");
        assert!(!n.contains(&"济南市中心医院专科联盟".to_string()), "{n:?}");
        let n = names("江苏省人民医院与南京市江宁医院医联体签约暨揭牌仪式在江宁医院举行");
        assert!(n.contains(&"南京市江宁医院".to_string()), "{n:?}");
        assert!(!n.contains(&"南京市江宁医院医联体".to_string()), "{n:?}");
        // Elsewhere the alliance is a body of its own.
        let n = names("济南市中心医院专科联盟成立大会召开");
        assert!(n.contains(&"济南市中心医院专科联盟".to_string()), "{n:?}");
    }

    #[test]
    fn a_place_in_brackets_stays_inside_a_company_name() {
        let n = names("南方医院与腾讯医疗健康（深圳）有限公司签订合作协议");
        assert!(n.contains(&"腾讯医疗健康(深圳)有限公司".to_string()), "{n:?}");
        let n = names("与阿斯利康（无锡）贸易有限公司签署协议");
        assert!(n.contains(&"阿斯利康(无锡)贸易有限公司".to_string()), "{n:?}");
        // So is a group's form: (集团), (控股).
        let n = names("上海复星医药（集团）股份有限公司与四川大学华西医院签署协议");
        assert!(n.contains(&"上海复星医药(集团)股份有限公司".to_string()), "{n:?}");
        assert!(!n.contains(&"股份有限公司".to_string()), "{n:?}");
        // Not a place: the bracket ends the name before it.
        let n = names("深圳肿瘤医院（下称医院）有限公司");
        assert!(!n.iter().any(|x| x.contains('(')), "{n:?}");
    }

    #[test]
    fn a_branch_a_place_with_a_boundary_word_and_a_defined_opening() {
        // 有 inside 有限公司 bounds nothing: the branch is one name.
        let n = names("中国人民财产保险股份有限公司广东省分公司与广东省第二人民医院签署合作协议");
        assert!(n.contains(&"中国人民财产保险股份有限公司广东省分公司".to_string()), "{n:?}");
        // 特别 inside 香港特别行政区 bounds nothing either.
        let n = names("香港特别行政区政府医务卫生局局长卢宠茂");
        assert!(n.contains(&"香港特别行政区政府医务卫生局".to_string()), "{n:?}");
        // 联合 is a boundary, but the definition shows it opens the name.
        let n = names("联合医务集团有限公司（下称「联合医务」）今日与香港浸会大学签署合作备忘录");
        assert!(n.contains(&"联合医务集团有限公司".to_string()), "{n:?}");
        let n = names("联合医务集团有限公司今日与香港浸会大学签署合作备忘录");
        assert!(n.contains(&"医务集团有限公司".to_string()), "{n:?}");
    }

    #[test]
    fn tong_opening_a_name_after_a_suffix_is_no_connector() {
        let n = names("本公司与华中科技大学同济医学院附属协和医院签署协议");
        assert!(n.contains(&"华中科技大学同济医学院附属协和医院".to_string()), "{n:?}");
        // 同 before a body with a head of its own still joins two.
        let n = names("北京大学第一医院同北京市海淀医院签署协议");
        assert!(n.contains(&"北京市海淀医院".to_string()), "{n:?}");
    }

    #[test]
    fn a_name_taking_office_is_no_part_of_the_body() {
        let n = names("此前，李明任浙江大学医学院附属第一医院副院长");
        assert!(n.contains(&"浙江大学医学院附属第一医院".to_string()), "{n:?}");
        assert!(!n.iter().any(|x| x.contains("李明")), "{n:?}");
        let n = names("张三出任甲乙医院院长");
        assert_eq!(n, vec!["甲乙医院".to_string()]);
        // 任 inside a body's name stays (a name must come before it).
        let n = names("与上海任重医疗器械有限公司签约");
        assert!(n.iter().any(|x| x.contains("任重")), "{n:?}");
    }

    #[test]
    fn a_tie_named_after_a_body_is_no_body() {
        // 甲医院友好医院缔结仪式: the two became friendly hospitals.
        assert_eq!(names("齐鲁医院与顺天堂医院友好医院缔结仪式举行"), vec!["齐鲁医院", "顺天堂医院"]);
        assert_eq!(names("与中日友好医院签约"), vec!["中日友好医院"]);
        assert_eq!(names("台州医院成为温州医科大学非直属附属医院"), vec!["台州医院", "温州医科大学"]);
        assert_eq!(names("台州医院成为温州医科大学教学医院"), vec!["台州医院", "温州医科大学"]);
        assert!(names("与北京大学第三医院延庆医院签约").contains(&"北京大学第三医院延庆医院".to_string()));
    }

    #[test]
    fn an_affairs_office_is_a_government_body() {
        assert_eq!(names("国务院港澳事务办公室副主任王灵桂见证"), vec!["国务院港澳事务办公室"]);
    }

    #[test]
    fn a_universitys_medical_school_is_a_body() {
        assert!(names("北京大学医学部与北京大学第三医院签署合作协议").contains(&"北京大学医学部".to_string()));
        // The bare word is no name (医学部主任 is an office).
        assert!(!names("北京大学常务副校长、医学部主任乔杰出席").contains(&"医学部".to_string()));
    }

    #[test]
    fn the_only_alliance_is_the_alliance() {
        let (a, b) = ("中山大学肿瘤防治中心专科联盟", "阳江市人民医院");
        let said = format!("会上为新加入联盟的{b}授牌。");
        let found = found_in(&format!("{a}年会召开。{said}"), &said);
        assert_eq!(found, vec![a, b]);
        // Not where two are named, nor after a word that makes it another.
        let found = found_in(&format!("{a}与华西医院专科联盟召开会议。{said}"), &said);
        assert_eq!(found, vec![b]);
        let said = format!("{b}介绍了产业联盟的情况。");
        assert_eq!(found_in(&format!("{a}年会召开。{said}"), &said), vec![b]);
    }

    #[test]
    fn a_generic_word_in_a_name_opens_a_word_of_a_short_form() {
        let lex = lex();
        assert!(abbreviates(&chars("迈瑞医疗"), &chars("深圳迈瑞生物医疗电子股份有限公司"), &lex));
        assert!(abbreviates(&chars("太保"), &chars("中国太平洋保险(集团)股份有限公司"), &lex));
        // The part kept before the jump must still be distinctive.
        assert!(!abbreviates(&chars("深圳医疗"), &chars("深圳迈瑞生物医疗电子股份有限公司"), &lex));
        assert!(!abbreviates(&chars("生物医疗"), &chars("深圳迈瑞生物医疗电子股份有限公司"), &lex));
    }

    #[test]
    fn a_short_form_may_keep_the_last_char_of_the_place() {
        let lex = lex();
        assert!(abbreviates(&chars("北荣"), &chars("台北荣民总医院"), &lex));
        assert!(!abbreviates(&chars("北医院"), &chars("台北荣民总医院"), &lex));
        assert!(!abbreviates(&chars("市中心医院"), &chars("金华市中心医院医疗集团"), &lex));
    }

    #[test]
    fn a_place_written_with_its_unit_is_no_short_form_of_a_body_it_opens() {
        let lex = lex();
        assert!(!abbreviates(&chars("兴城市"), &chars("兴城市投资集团"), &lex));
        assert!(!abbreviates(&chars("开化县"), &chars("开化县人民医院"), &lex));
        assert!(abbreviates(&chars("兴城投资"), &chars("兴城市投资集团"), &lex));
    }

    #[test]
    fn a_company_without_place_and_legal_form_is_the_company() {
        let lex = lex();
        assert!(abbreviates(&chars("恒瑞医药"), &chars("江苏恒瑞医药股份有限公司"), &lex));
        assert!(abbreviates(&chars("复星医药"), &chars("上海复星医药(集团)股份有限公司"), &lex));
        assert!(abbreviates(&chars("中国人寿集团"), &chars("中国人寿保险(集团)公司"), &lex));
        assert!(abbreviates(&chars("太平洋保险集团"), &chars("中国太平洋保险(集团)股份有限公司"), &lex));
        // An ordinal's number opens a word, and 院 may end for 医院 after it.
        assert!(abbreviates(&chars("浙大二院"), &chars("浙江大学医学院附属第二医院"), &lex));
        // 院 ending the short form stands for the 医院 ending the name.
        assert!(abbreviates(&chars("郑大一附院"), &chars("郑州大学第一附属医院"), &lex));
        assert!(!abbreviates(&chars("郑州院"), &chars("郑州大学第一附属医院"), &lex));
        assert!(!abbreviates(&chars("台大医院"), &chars("国立台湾大学医学院"), &lex));
        assert!(!abbreviates(&chars("中心"), &chars("中山大学肿瘤防治中心"), &lex));
        // From after 国立, and a char placed at a later occurrence when the
        // first cannot be (台大医|院: the 院 of 医院, not of 医学院).
        assert!(abbreviates(&chars("台大医院"), &chars("国立台湾大学医学院附设医院"), &lex));
        assert!(!abbreviates(&chars("台院"), &chars("国立台湾大学医学院附设医院"), &lex));
        // A bracketed place is no part of the core: 阿里健康总裁 is the company's.
        assert_eq!(distinctive_core(&chars("阿里健康科技(中国)有限公司"), &lex), chars("阿里"));
        assert_eq!(distinctive_core(&chars("美敦力(上海)管理有限公司"), &lex), chars("美敦力"));
        // Less than that part is no name of the company (蔡华华 holds 华华).
        assert!(!abbreviates(&chars("华华"), &chars("佛山市华华医药股份有限公司"), &lex));
        assert!(!abbreviates(&chars("兰海"), &chars("兰州市海爱医药股份有限公司"), &lex));
        let text = "中国抗癌协会与江苏恒瑞医药股份有限公司签署战略合作协议。恒瑞医药总经理戴洪斌签署协议。";
        let cat = discover(&split(text), &lex);
        assert_eq!(cat.lookup("恒瑞医药"), cat.lookup("江苏恒瑞医药股份有限公司"));
        assert!(abbreviates(&chars("中国五矿"), &chars("中国五矿集团有限公司"), &lex));
        // A generic word is no short form.
        assert!(!abbreviates(&chars("中医"), &chars("中大中医学院"), &lex));
        // Nor is a count of bodies a head.
        assert!(!valid_head("三间", &lex));
        // The parent's registered name is no short form of its subsidiary.
        assert!(!abbreviates(&chars("扬子江药业集团有限公司"), &chars("扬子江药业集团四川海汇药业有限公司"), &lex));
        // A body after the first part is still a child: 中大 is 中山大学, not its centre.
        assert!(!abbreviates(&chars("中大"), &chars("中山大学肿瘤防治中心"), &lex));
    }

    #[test]
    fn banks_and_their_branches_are_companies() {
        let lex = lex();
        // A title opening inside the bank's suffix (兴业银|行长|春) bounds nothing.
        assert!(names("兴业银行长春分行行长郝超出席仪式").contains(&"兴业银行长春分行".to_string()));
        let cat = discover(&split("四平市人民政府与兴业银行长春分行签约。"), &lex);
        let idx = cat.lookup("兴业银行长春分行").unwrap();
        assert_eq!(cat.entries[idx].org_type, OrgType::Company);
        // A well-known bank's short form opening the name is expanded.
        assert_eq!(canonical_name("农行德州分行", &lex), "中国农业银行德州分行");
        assert_eq!(canonical_name("浦发银行", &lex), "上海浦东发展银行");
        assert_eq!(canonical_name("中国农业银行山东省分行", &lex), "中国农业银行山东省分行");
        // (Nor a name written in full that opens with the short form.)
        assert_eq!(canonical_name("港大医学院", &lex), "香港大学医学院");
        // A ministry's own hospitals (部立) are named after it.
        assert_eq!(canonical_name("卫福部立苗栗医院", &lex), "卫生福利部苗栗医院");
        assert_eq!(canonical_name("卫福部苗栗医院", &lex), "卫生福利部苗栗医院");
        assert_eq!(canonical_name("浦发银行上海分行", &lex), "上海浦东发展银行上海分行");
        // A description of a bank and a verb after a bank's name name nothing.
        assert!(names("是地方性股份制商业银行").is_empty());
        assert_eq!(names("兴业银行稳居全球银行50强"), vec!["兴业银行"]);
        // The head office (总行) is the one bank; a branch named by its place
        // alone is that bank's.
        let text = "浦发银行与甘肃省人民政府签署协议。总行副行长王新浩、兰州分行副行长张文钰出席。";
        let cat = discover(&split(text), &lex);
        let bank = cat.lookup("浦发银行").unwrap();
        assert_eq!(cat.entries[bank].name, "上海浦东发展银行");
        assert_eq!(
            found_in(text, "总行副行长王新浩、兰州分行副行长张文钰出席。"),
            vec!["上海浦东发展银行", "上海浦东发展银行兰州分行"]
        );
    }

    #[test]
    fn a_party_committee_and_its_government_name_no_body_together() {
        let lex = lex();
        // 省委省政府 is two bodies spoken of, 对 a preposition: no name holds them.
        let n = names("黄强代表省委省政府对中国农业银行表示感谢");
        assert!(n.iter().all(|n| !n.contains('委') && !n.contains('对')), "{n:?}");
        assert!(names("对外经济贸易大学与甲公司签约").contains(&"对外经济贸易大学".to_string()));
        // 经 before a place is a preposition (经…友好协商), and 侨联 a federation.
        let n = names("经武汉建筑业协会、广州市建筑业联合会友好协商");
        assert!(n.contains(&"武汉建筑业协会".to_string()), "{n:?}");
        // (经 opening a suffix is no preposition: 许昌经开区.)
        assert_eq!(names("许昌经开区管委会主任出席"), vec!["许昌经开区管理委员会"]);
        assert_eq!(names("许昌经开区与甲公司签约"), vec!["许昌经开区"]);
        // The academy of engineering named by its country alone, a zone by its name.
        assert!(names("中国工程院院士、瑞金医院院长宁光作汇报").contains(&"中国工程院".to_string()));
        assert!(names("闵行区政府、上海紫竹高新区负责人签署共建合作协议").contains(&"上海紫竹高新区".to_string()));
        assert_eq!(names("安徽省侨联党组书记康晓萍出席"), vec!["安徽省归国华侨联合会"]);
        assert!(names("双方签署战略合作协议").is_empty());
        // Charities and alumni associations end names, a time opens none.
        let n = names("近日博兴县中医医院与县慈善总会签订协议。湖北省北京大学校友会会长刘萌出席。");
        for name in ["博兴县中医医院", "博兴县慈善总会", "湖北省北京大学校友会"] {
            assert!(n.contains(&name.to_string()), "{name} {n:?}");
        }
        // A connector after a title written after a name joins two phrases.
        let n = names("徐成钢对钱逸泰院士和颍上县经开区管委会副主任唐亮表示欢迎");
        assert_eq!(n, vec!["颍上县经开区管理委员会"]);
        // A national engineering research centre is no government body.
        let cat = discover(&split("甲公司与国家贵金属材料工程技术研究中心签订协议。"), &lex);
        let idx = cat.lookup("国家贵金属材料工程技术研究中心").unwrap();
        assert_eq!(cat.entries[idx].org_type, OrgType::ResearchCenter);
        // (A chief accountant is no charity: 总会|计师.)
        assert_eq!(names("西安市第一医院总会计师蔡秀莲出席"), vec!["西安市第一医院"]);
        // 时任 (then) opens no name; 国资委 ends one.
        assert_eq!(names("及时任中大医学院院长陈家亮教授签署"), vec!["中大医学院"]);
        assert_eq!(names("是国务院国资委直接管理的企业"), vec!["国务院国有资产监督管理委员会"]);
        // 其中 opens a clause; 同 after a place that follows no title joins nothing.
        assert_eq!(names("其中平遥同妙机车有限公司董事长闫及利是校友"), vec!["平遥同妙机车有限公司"]);
        // 省政府 alone is the document's one provincial government.
        let cat = discover(&split("四川省人民政府与中国农业银行签署协议。省政府秘书长胡云出席。"), &lex);
        assert_eq!(cat.lookup("省政府"), cat.lookup("四川省人民政府"));
        assert!(cat.lookup("省政府").is_some());
    }

    #[test]
    fn names_listed_before_their_kind_are_bodies_of_it() {
        let lex = lex();
        let text = "农行德州分行还与山东高速、永锋集团、光大环保、星光糖业等4家企业分别签署银企战略合作协议。";
        let cat = discover(&split(text), &lex);
        for name in ["山东高速", "光大环保", "星光糖业"] {
            let idx = cat.lookup(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(cat.entries[idx].org_type, OrgType::Company);
        }
        // Not people, places, or a list of one.
        assert!(names("王小明、李大伟等5位专家出席").is_empty());
        assert!(names("北京、上海等城市").is_empty());
        assert!(names("与星光糖业等企业签约").is_empty());
    }

    #[test]
    fn two_parties_without_a_suffix_signing_are_bodies_when_named_again() {
        let lex = lex();
        let text = "中国宝武与上海华谊签署战略合作框架协议。中国宝武是大型钢铁企业集团。上海华谊是大型化工企业集团,是主要建设者。";
        let cat = discover(&split(text), &lex);
        for name in ["中国宝武", "上海华谊"] {
            let idx = cat.lookup(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(cat.entries[idx].org_type, OrgType::Company);
        }
        // Not people, written with a courtesy elsewhere; nor names given once.
        let text = "王拥军与王有国签署协议。王拥军同志与王有国同志出席。";
        assert!(discover(&split(text), &lex).entries.is_empty());
        assert!(names("甲乙丙与丁戊己签署协议。").is_empty());
    }

    #[test]
    fn a_bare_units_government_is_of_the_place_that_opens_the_texts_clauses() {
        let lex = lex();
        let text =
            "筠连县举行项目集中签约仪式\n12月22日,筠连县项目集中签约仪式举行。常务副县长陈春代表县政府与企业签约。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("县政府").unwrap();
        assert_eq!(cat.entries[idx].name, "筠连县人民政府");
        // A district before its committee, after its city, once is enough.
        let cat =
            discover(&split("成都市新都区委书记许兴国、副区长吴桐一行来校。樊均明对区委区政府的支持表示感谢。"), &lex);
        assert!(cat.entries.iter().any(|e| e.name == "新都区人民政府"), "{:?}", cat.entries);
        // A title is no place (、常务副县长).
        let cat = discover(&split("县委常委、常务副县长陈春代表县政府签约。"), &lex);
        assert!(cat.entries.iter().all(|e| !e.name.contains("常务")), "{:?}", cat.entries);
        // Named once, or two places: not guessed.
        let text = "筠连县举行签约仪式。副县长陈春代表县政府与企业签约。";
        let cat = discover(&split(text), &lex);
        assert_eq!(cat.entries[cat.lookup("县政府").unwrap()].name, "县人民政府");
    }

    #[test]
    fn a_body_named_without_its_parent_is_the_full_name() {
        let lex = lex();
        let text = "上海交通大学医学院附属瑞金医院与中国医学科学院北京协和医院签署合作备忘录。\n瑞金医院院长宁光、北京协和医院院长张抒扬签署。";
        let cat = discover(&split(text), &lex);
        for (short, full) in
            [("瑞金医院", "上海交通大学医学院附属瑞金医院"), ("北京协和医院", "中国医学科学院北京协和医院")]
        {
            let idx = cat.lookup(short).unwrap();
            assert_eq!(cat.entries[idx].name, full);
        }
        // Not after a parent: what comes before the shorter name is no body.
        let cat = discover(&split("仁心康复医院与爱心仁心康复医院签署协议"), &lex);
        let (short, long) = (cat.lookup("仁心康复医院"), cat.lookup("爱心仁心康复医院"));
        assert!(short.is_some() && long.is_some() && short != long, "{short:?} {long:?}");
    }

    #[test]
    fn a_body_named_without_its_country_or_place_is_the_full_name() {
        let text = "中国人民解放军总医院第一医学中心与乙公司签约。解放军总医院第一医学中心主任王建华出席。";
        assert_eq!(named_by(text, "解放军总医院第一医学中心").as_deref(), Some("中国人民解放军总医院第一医学中心"));
        let text = "北京协和医院与乙公司签约。协和医院院长张抒扬出席。";
        assert_eq!(named_by(text, "协和医院").as_deref(), Some("北京协和医院"));
    }

    #[test]
    fn a_ministry_department_is_a_body_and_a_company_stays_one() {
        assert!(names("国家卫生健康委员会医政司司长焦雅辉出席").contains(&"国家卫生健康委员会医政司".to_string()));
        assert_eq!(names("华为技术有限公司副总裁徐直军出席"), vec!["华为技术有限公司"]);
    }

    #[test]
    fn a_connector_before_a_place_inside_a_run_starts_the_name() {
        assert_eq!(names("副院长程永忠和成都市第五人民医院院长蒋秋"), vec!["成都市第五人民医院"]);
        assert_eq!(names("院长杜锡林和某某县第一人民医院院长倪银星"), vec!["某某县第一人民医院"]);
        assert_eq!(names("北京和平里医院"), vec!["北京和平里医院"]);
    }

    #[test]
    fn he_after_a_suffix_joins_two_names() {
        let n = names("中山大学肿瘤防治中心和上海联影医疗科技有限公司签署协议");
        assert!(n.contains(&"上海联影医疗科技有限公司".to_string()), "{n:?}");
    }

    #[test]
    fn a_province_before_a_name_is_not_a_governor() {
        let n = names("湖北省天华中心医院与福建省长天医药股份有限公司签署协议");
        assert!(n.contains(&"福建省长天医药股份有限公司".to_string()), "{n:?}");
    }

    #[test]
    fn an_english_name_in_brackets_inside_a_company_name() {
        let n = names("南昌大学第一附属医院与阿斯利康（AstraZeneca）投资（中国）有限公司签署战略合作协议");
        assert!(n.contains(&"阿斯利康投资(中国)有限公司".to_string()), "{n:?}");
    }

    #[test]
    fn our_hospital_is_the_publisher_signing_the_announcement() {
        let ours = |text: &str| {
            let cat = discover(&split(text), &lex());
            cat.find(&chars("，我院")).first().map(|&(_, i)| cat.entries[i].name.clone())
        };
        let text = "首都医科大学附属北京天坛医院与我院签署专科联盟协议。\n承德市中心医院";
        assert_eq!(ours(text).as_deref(), Some("承德市中心医院"));
        // Without a signature, with two hospitals, 我院 is not guessed.
        assert_eq!(ours("首都医科大学附属北京天坛医院与我院签署协议。承德市中心医院院长出席。"), None);
    }

    #[test]
    fn a_place_before_its_heads_title_is_its_government() {
        assert_eq!(names("福建省副省长李建成见证签约"), vec!["福建省人民政府"]);
        assert_eq!(names("，厦门市市长黄文辉出席"), vec!["厦门市人民政府"]);
        // Its party offices said first (甘孜州|委常委、|副州长).
        assert_eq!(names("甘孜州委常委、副州长张刚出席"), vec!["甘孜州人民政府"]);
        assert_eq!(names("长沙市委副书记、市长郑建新出席"), vec!["长沙市人民政府"]);
        assert!(names("长沙市委副书记、院长郑建新出席").is_empty());
        // Not a name's part (福建省|长天…), nor a place inside a word.
        assert!(!names("福建省长天医药股份有限公司").contains(&"福建省人民政府".to_string()));
        assert!(names("前往福建省副省长办公室").is_empty());
        // A place not listed, opening a clause (、兴城市|副市长).
        assert_eq!(names("副校长毛君、兴城市副市长吕登夫揭牌"), vec!["兴城市人民政府"]);
        assert_eq!(names("，公主岭市市长王五出席"), vec!["公主岭市人民政府"]);
        assert!(names("，各地市市长出席").is_empty());
        assert!(names("同时兴城市副市长吕登夫揭牌").is_empty());
    }

    #[test]
    fn a_name_without_its_fushu_is_the_same_body() {
        let text = "甲研究所与上海交通大学医学院附属苏州九龙医院签约。上海交通大学医学院苏州九龙医院孙曦董事长、苏州九龙医院王之敏副院长出席。";
        let found = names(text);
        assert_eq!(found.iter().filter(|n| n.contains("九龙医院")).count(), 1, "{found:?}");
    }

    #[test]
    fn a_rank_before_a_name_is_no_part_of_it() {
        let found = names("世界500强企业泰康保险集团与甲医院签订协议。");
        assert!(found.contains(&"泰康保险集团".to_string()), "{found:?}");
        assert!(names("4家上市公司出席。").is_empty());
    }

    #[test]
    fn a_military_units_number_is_in_its_name() {
        let found = names("我院与中国人民解放军94755部队卫生所举行了签约活动。94755部队卫生所所长杨健松出席。");
        assert_eq!(found, vec!["中国人民解放军94755部队卫生所".to_string()]);
        let lex = lex();
        let cat = discover(&split("我院与中国人民解放军94755部队卫生所签约。94755部队卫生所所长杨健松出席。"), &lex);
        assert_eq!(cat.lookup("94755部队卫生所"), cat.lookup("中国人民解放军94755部队卫生所"));
        assert!(cat.lookup("94755部队卫生所").is_some());
    }

    #[test]
    fn a_bare_heads_title_makes_the_government_of_the_one_place_of_its_unit() {
        let text = "邵逸夫医院与新昌县中医院签约。县委副书记、县长黄旭荣出席，副县长胡玲萍主持。";
        assert!(names(text).contains(&"新昌县人民政府".to_string()));
        // Not after a place's name (甲县|县长 is that county's), nor with two
        // counties, nor with the government named.
        assert!(
            !names("甲医院与新昌县中医院、嵊州县中医院签约。县长黄旭荣出席。").iter().any(|n| n.ends_with("人民政府"))
        );
        assert!(!names("甲医院与新昌县中医院签约。").iter().any(|n| n.ends_with("人民政府")));
        let found = names("甲医院与新昌县人民政府签约。县长黄旭荣出席。新昌县中医院院长张三出席。");
        assert_eq!(found.iter().filter(|n| n.ends_with("人民政府")).count(), 1, "{found:?}");
    }

    #[test]
    fn a_ministry_is_known_by_its_bare_name() {
        let found = names("科技部部长王志刚、卫生部副部长黄洁夫、国务院副总理孙春兰出席。");
        assert_eq!(found, vec!["科学技术部".to_string(), "卫生部".to_string(), "国务院".to_string()]);
        // After a country too, but not inside a run of words (a department).
        assert_eq!(names("由国家卫健委主办。"), vec!["国家卫生健康委员会".to_string()]);
        assert!(names("甲大学成人教育部主任张三出席。").iter().all(|n| n != "教育部"));
        // Opening a longer name, it is no mention of its own; nor before 附属
        // opening one not found.
        assert_eq!(names("教育部高等教育司司长吴岩出席。"), vec!["教育部高等教育司".to_string()]);
        assert!(names("中兴大学与卫生福利部附属医疗及社会福利机构管理会签约。").iter().all(|n| n != "卫生福利部"));
    }

    #[test]
    fn a_health_care_centre_is_a_hospital() {
        let lex = lex();
        let cat = discover(&split("甲医院与邹城市妇幼保健计划生育服务中心、乙县妇女儿童保健中心签约。"), &lex);
        for name in ["邹城市妇幼保健计划生育服务中心", "乙县妇女儿童保健中心"] {
            let i = cat.lookup(name).expect(name);
            assert_eq!(cat.entries[i].org_type, OrgType::Hospital, "{name}");
        }
    }

    #[test]
    fn a_numbered_bureau_is_a_company() {
        let lex = lex();
        let cat = discover(&split("中建七局与梁园区人民政府签约。中建七局党委常委鲍宗平出席。"), &lex);
        let i = cat.lookup("中建七局").expect("中建七局");
        assert_eq!(cat.entries[i].org_type, OrgType::Company);
        assert!(numbered_bureau(&"中国水电第七工程局".chars().collect::<Vec<_>>()));
        assert!(!numbered_bureau(&"梁园区财政局".chars().collect::<Vec<_>>()));
        assert!(!numbered_bureau(&"公安局第三分局".chars().collect::<Vec<_>>()));
    }

    #[test]
    fn a_connector_after_the_speakers_own_body_starts_a_name() {
        let lex = lex();
        let cat = discover(&split("廖志坤、符家盛分别代表我校和吉首市人民政府签订校地合作协议书。"), &lex);
        assert!(cat.lookup("吉首市人民政府").is_some(), "{:?}", cat.entries);
        assert!(cat.lookup("和吉首市人民政府").is_none());
        // 和 opening a name elsewhere stays: 代表|和睦家医院.
        let cat = discover(&split("张三代表和睦家医院签约。"), &lex);
        assert!(cat.lookup("和睦家医院").is_some(), "{:?}", cat.entries);
        // After a title, 和 joins the next body: 汪时珍副校长|和|宜秀区政府….
        let found = names("汪时珍副校长和宜秀区人民政府党组成员吴传斗代表双方签署协议书。");
        assert_eq!(found, vec!["宜秀区人民政府".to_string()]);
    }

    #[test]
    fn a_boundary_char_right_after_a_connector_opens_the_name() {
        assert!(names("山东大学齐鲁医院与即墨区人民医院签订协议").contains(&"即墨区人民医院".to_string()));
        // Words that do follow a connector stay words: 出席的有|甲医院.
        assert!(names("出席的有南京鼓楼医院院长韩光曙").contains(&"南京鼓楼医院".to_string()));
        // A connector after another stays one: 并与|甲…
        assert!(names("双方并与复旦大学附属中山医院签署协议").contains(&"复旦大学附属中山医院".to_string()));
    }

    #[test]
    fn a_company_written_together_with_another_body_is_two_bodies() {
        let text = "泰康保险集团与华中科技大学同济医学院附属同济医院签订协议\n11月11日，世界500强企业泰康保险集团华中科技大学同济医学院附属同济医院(以下简称“武汉同济医院”)签订战略合作协议。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("强企业泰康保险集团华中科技大学同济医学院附属同济医院").is_none());
        assert!(cat.lookup("泰康保险集团").is_some());
        let hospital = cat.lookup("华中科技大学同济医学院附属同济医院");
        assert!(hospital.is_some() && cat.lookup("武汉同济医院") == hospital);
        // A parent of another kind opens its hospital's name.
        let text = "中国医学科学院与北京协和医院签约。中国医学科学院北京协和医院院长出席。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("中国医学科学院北京协和医院").is_some());
    }

    #[test]
    fn a_date_written_against_a_name_is_no_part_of_it() {
        let found = names("2019年7月16日无锡上机数控股份有限公司与保利协鑫(苏州)新能源有限公司签订协议");
        assert!(found.contains(&"无锡上机数控股份有限公司".to_string()), "{found:?}");
        let found = names("二〇一九年七月十六日无锡上机数控股份有限公司签订协议");
        assert_eq!(found, vec!["无锡上机数控股份有限公司"]);
        // A count written against a kind is no name (4家上市公司).
        assert!(names("控股浙江东方、英特集团等4家上市公司").iter().all(|n| !n.contains("上市")));
        // 日照 after a date's 日 is the city's.
        assert_eq!(names("7月16日日照市人民医院签订协议"), vec!["日照市人民医院"]);
        // Words holding a boundary word bound nothing there.
        assert_eq!(names("，福建大数据产业投资有限公司签订协议"), vec!["福建大数据产业投资有限公司"]);
        assert!(names("，暨南大学附属第一医院签订协议").contains(&"暨南大学附属第一医院".to_string()));
    }

    #[test]
    fn a_connector_inside_an_institutes_name_is_part_of_it() {
        let found = names("公司与中国科学院长春光学精密机械与物理研究所签订《合作框架协议》");
        assert!(found.contains(&"中国科学院长春光学精密机械与物理研究所".to_string()), "{found:?}");
        let found = names("，西安交通大学经济与金融学院院长出席");
        assert!(found.contains(&"西安交通大学经济与金融学院".to_string()), "{found:?}");
        // A body named whole before 与 is a party of its own.
        let found = names("北京大学与物理研究所签约");
        assert!(!found.iter().any(|n| n.contains('与')), "{found:?}");
        let found = names("甲医院院长张三与物理研究所签约");
        assert!(!found.iter().any(|n| n.contains('与')), "{found:?}");
    }

    #[test]
    fn two_names_of_one_hospital_joined_by_a_middle_dot() {
        let text = "四川汇宇制药股份有限公司与成都中医药大学附属内江医院•内江市中医医院举行签约仪式。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("成都中医药大学附属内江医院").is_some());
        assert_eq!(cat.lookup("成都中医药大学附属内江医院"), cat.lookup("内江市中医医院"));
        assert_ne!(cat.lookup("四川汇宇制药股份有限公司"), cat.lookup("内江市中医医院"));
        // The city's hospital named after a bare unit is that one too.
        let cat = discover(&split(&format!("{text}市中医医院党委书记李静致辞。")), &lex());
        assert_eq!(cat.lookup("市中医医院"), cat.lookup("成都中医药大学附属内江医院"));
    }

    #[test]
    fn a_person_after_a_title_then_a_kind_is_no_body() {
        // Commas missing between two people: 市长宋向东|集团公司党委书记…
        let text = "滨州市人民政府与山东省土地发展集团签署协议。市长宋向东集团公司党委书记、董事长展宝卫出席。副市长郝吉虎集团公司总经理陈道江签署协议。";
        let found = names(text);
        assert!(!found.iter().any(|n| n.contains("东集团") || n.contains("吉虎")), "{found:?}");
        // A company named after a title stays (董事长|张三丰集团有限公司 is no kind alone).
        assert!(names("，董事长王五出席。张三丰集团有限公司签约。").contains(&"张三丰集团有限公司".to_string()));
    }

    #[test]
    fn a_group_form_in_brackets_is_only_inside_a_companys_name() {
        assert!(names("，上海复星医药(集团)股份有限公司签约").contains(&"上海复星医药(集团)股份有限公司".to_string()));
        // Found by property testing: no hospital group runs through it.
        let found = names("养和医疗集团(集团)养和医疗集团");
        assert!(found.iter().all(|n| !n.contains('(')), "{found:?}");
    }

    #[test]
    fn a_joint_venture_founded_is_no_body() {
        let found = names("甲科技股份有限公司与乙研究设计院签订合同，成立合资公司。");
        assert_eq!(found, vec!["甲科技股份有限公司", "乙研究设计院"]);
    }

    #[test]
    fn a_campus_is_a_body_and_some_schools_are_none() {
        assert!(names("曲阜师范大学日照校区党委书记孔令军出席").contains(&"曲阜师范大学日照校区".to_string()));
        assert!(names("我校相关职能部门负责人、部分学院负责人参加签约仪式").is_empty());
    }

    #[test]
    fn generic_heads_are_not_names() {
        assert!(names("为广大基层医院提供培训").is_empty());
    }

    #[test]
    fn abbreviated_word_is_expanded_for_canonical_name() {
        assert_eq!(names("营口市卫健委副主任刘杰"), vec!["营口市卫生健康委员会"]);
        // After the country alone too, where a kind word is no name.
        assert_eq!(names("中国科协党组成员王进展出席"), vec!["中国科学技术协会"]);
        assert!(names("中国协会会长张三出席").is_empty());
    }

    #[test]
    fn inline_definition_gives_alias() {
        let cat = discover(&split("中国医学科学院肿瘤医院深圳医院 (下稱深圳腫瘤醫院)，签署"), &lex());
        let idx = cat.lookup("深圳肿瘤医院").unwrap();
        assert_eq!(cat.entries[idx].name, "中国医学科学院肿瘤医院深圳医院");
        assert!(cat.entries[idx].surfaces.contains("深圳腫瘤醫院"));
    }

    #[test]
    fn a_short_form_ends_where_a_word_ends() {
        // 嘉会医|疗 cuts 医疗: no short form of 嘉会国际医院.
        let text = "嘉会国际医院与上海市第六人民医院签署合作协议。嘉会医疗董事长出席。嘉会医疗表示。";
        assert_eq!(named_by(text, "嘉会医"), None);
        // 中肿 ends where 肿瘤 would not go on.
        let text = "中山大学肿瘤防治中心与甲公司签约。中肿院长徐瑞华出席。中肿表示。";
        assert_eq!(named_by(text, "中肿").as_deref(), Some("中山大学肿瘤防治中心"));
    }

    #[test]
    fn a_definition_as_a_kind_word_stands_for_the_body_but_names_it_not() {
        let text = "江苏恒瑞医药股份有限公司（以下简称“公司”）与四川大学华西医院签署协议。公司董事长孙飘扬出席。";
        let cat = discover(&split(text), &lex());
        let idx = cat.lookup("公司").expect("公司 stands for the company");
        assert_eq!(cat.entries[idx].name, "江苏恒瑞医药股份有限公司");
        assert!(!cat.entries[idx].surfaces.contains("公司"));
    }

    #[test]
    fn a_second_name_or_an_english_name_in_brackets_is_an_alias() {
        let text = "中国科学技术大学附属第一医院（安徽省立医院）与上海联影医疗科技股份有限公司（United Imaging Healthcare）签署协议";
        assert_eq!(named_by(text, "安徽省立医院").as_deref(), Some("中国科学技术大学附属第一医院"));
        assert_eq!(named_by(text, "United Imaging Healthcare").as_deref(), Some("上海联影医疗科技股份有限公司"));
        // A body of another kind in brackets is another body.
        let text = "复旦大学附属中山医院（复旦大学）与某某签署协议";
        assert_eq!(named_by(text, "复旦大学").as_deref(), Some("复旦大学"));
    }

    #[test]
    fn english_line_under_name_is_alias() {
        let cat = discover(&split("養和醫院\nHong Kong Sanatorium & Hospital\n"), &lex());
        let idx = cat.lookup("Hong Kong Sanatorium & Hospital").unwrap();
        assert_eq!(cat.entries[idx].name, "养和医院");
    }

    #[test]
    fn word_initials_abbreviate() {
        let l = lex();
        assert!(abbreviates(&chars("中肿"), &chars("中山大学肿瘤防治中心"), &l));
        assert!(abbreviates(&chars("中大肿瘤中心"), &chars("中山大学肿瘤防治中心"), &l));
        assert!(abbreviates(&chars("联影"), &chars("上海联影医疗科技有限公司"), &l));
        assert!(abbreviates(&chars("深圳卫生健康委员会"), &chars("深圳市卫生健康委员会"), &l));
        // After a place and a national opening (香港|中华|厂商联合会).
        assert!(abbreviates(&chars("厂商会"), &chars("香港中华厂商联合会"), &l));
    }

    #[test]
    fn parents_places_and_generic_words_do_not_abbreviate() {
        let l = lex();
        assert!(!abbreviates(&chars("中大"), &chars("中山大学肿瘤防治中心"), &l));
        assert!(!abbreviates(&chars("市委"), &chars("市卫生和计划生育委员会"), &l));
        // Dropping what stands right before the kind makes another body.
        assert!(!abbreviates(&chars("中大医学院"), &chars("中大中医学院"), &l));
        assert!(!abbreviates(&chars("上海市人民医院"), &chars("上海市第一人民医院"), &l));
        assert!(abbreviates(&chars("北京大学人民医院"), &chars("北京大学附属人民医院"), &l));
        // A place not listed, two chars and its unit, is a body's place.
        assert!(parent_before(&chars("沙河市"), &l));
        assert!(!parent_before(&chars("革命老区"), &l));
        assert!(!abbreviates(&chars("中心"), &chars("中山大学肿瘤防治中心"), &l));
        assert!(!abbreviates(&chars("上海"), &chars("上海联影医疗科技有限公司"), &l));
        assert!(!abbreviates(&chars("北京医院"), &chars("北京大学国际医院"), &l));
        assert!(!abbreviates(&chars("中国医学科学院肿瘤医院"), &chars("中国医学科学院肿瘤医院深圳医院"), &l));
    }

    #[test]
    fn a_short_name_holding_the_core_counts_before_a_title() {
        let text = "中国人寿保险股份有限公司与甲医院签约。中国人寿总裁利明光出席。";
        assert_eq!(named_by(text, "中国人寿").as_deref(), Some("中国人寿保险股份有限公司"));
        // Without a title after it, once is not enough.
        assert_eq!(named_by("中国人寿保险股份有限公司与甲医院签约。中国人寿出席。", "中国人寿"), None);
    }

    #[test]
    fn a_company_named_after_its_bracketed_group_is_the_company() {
        let text = "沈阳药科大学与中国通用技术(集团)中国医药健康产业股份有限公司签约。中国医药健康产业股份有限公司董事长李亚东出席。";
        let cat = discover(&split(text), &lex());
        assert_eq!(
            cat.lookup("中国医药健康产业股份有限公司"),
            cat.lookup("中国通用技术(集团)中国医药健康产业股份有限公司")
        );
    }

    #[test]
    fn a_body_after_a_bare_unit_is_of_the_documents_one_place_of_it() {
        let text = "大连市人民政府与大连理工大学签署协议。市卫生健康委员会主任赵作伟、市中心医院院长袁宏出席。大连市中心医院党委书记高政南主持。";
        let found = names(text);
        assert!(found.contains(&"大连市卫生健康委员会".to_string()), "{found:?}");
        assert!(!found.iter().any(|n| n.starts_with('市')), "{found:?}");
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("市中心医院"), cat.lookup("大连市中心医院"));
        // Another hospital of the place may be the one it shortens.
        let found = names("上海市第一人民医院与太保寿险签署协议。市一医院副院长刘军签约。");
        assert!(found.contains(&"市一医院".to_string()), "{found:?}");
        // A place not listed opening a body's name is that place.
        let found = names("集团公司与义乌市中心医院医疗集团签约。市地铁集团董事长郑立民出席。");
        assert!(found.contains(&"义乌市地铁集团".to_string()), "{found:?}");
        // A body of the same suffix but another kind is no such guess.
        let found = names("集团公司与金华市中心医院医疗集团签约。市轨道交通集团董事长郑公民出席。");
        assert!(found.contains(&"金华市轨道交通集团".to_string()), "{found:?}");
        // Two cities: which one is not guessed.
        let found = names("大连市人民政府与沈阳市人民政府签署协议。市卫生健康委员会主任赵作伟出席。");
        assert!(found.contains(&"市卫生健康委员会".to_string()), "{found:?}");
        // A unit opening a word is no place's (中国|市政工程, 华东|区域).
        let found = names("我市与中国市政工程中南设计研究总院有限公司签约。市长武小凯代表市政府签约。");
        assert!(!found.iter().any(|n| n.starts_with("中国市人")), "{found:?}");
        let found = names("华东区域医疗中心与甲大学签约。区卫生健康委员会主任赵作伟出席。");
        assert!(found.contains(&"区卫生健康委员会".to_string()), "{found:?}");
    }

    #[test]
    fn a_party_without_a_suffix_joined_to_one_found_in_a_signing() {
        let text =
            "阿斯利康中国与无锡市人民政府签署合作协议\n11月5日，阿斯利康中国与无锡市人民政府签署深化战略合作协议。";
        assert!(names(text).contains(&"阿斯利康中国".to_string()));
        let after = "甲市人民医院与京东健康签署协议。京东健康总裁辛利军出席。";
        assert!(names(after).contains(&"京东健康".to_string()));
        // 携手 joins as 与 does, either way.
        for text in [
            "甲市人民医院携手京东健康签署协议。京东健康总裁辛利军出席。",
            "京东健康携手甲市人民医院签署协议。京东健康总裁辛利军出席。",
        ] {
            assert!(names(text).contains(&"京东健康".to_string()), "{text}");
        }
        // Not an adverb, a pronoun or a kind word; not a name given once; not
        // outside a signing.
        for text in [
            "首次与甲市人民医院签署协议。首次合作。",
            "我院与甲市人民医院签署协议。我院院长出席。",
            "阿斯利康中国与无锡市人民政府签署合作协议。",
            "阿斯利康中国与无锡市人民政府会谈。阿斯利康中国表示。",
            "集团公司与市交控集团签署协议。集团公司董事长张强出席。",
            "副县长樊勇军和市卫健委副主任程科云签订协议。副县长樊勇军致辞。",
            "县长王庆武出席。王庆武和南京军区总医院院长史兆荣签订了共建协议。",
            "弃权0票审议通过公司与甲市人民医院共同签署协议。弃权0票审议通过公司与甲市人民医院签署协议。",
        ] {
            assert_eq!(names(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_place_as_a_party_is_its_government() {
        let text = "黄石市副市长李丽主持。黄石与福建中医药大学签订了市校战略合作框架协议，开启了黄石与福建中医药大学市校合作的篇章。";
        let cat = discover(&split(text), &lex());
        let found = cat.lookup("黄石").map(|i| cat.entries[i].name.as_str());
        assert_eq!(found, Some("黄石市人民政府"));
        // Without a government of the place named, the party stays as written.
        let cat = discover(&split(&text.replace("黄石市副市长李丽主持。", "")), &lex());
        let found = cat.lookup("黄石").map(|i| cat.entries[i].name.as_str());
        assert_eq!(found, Some("黄石"));
    }

    #[test]
    fn a_name_after_a_title_is_no_abbreviation() {
        // 武海 keeps the openings of 武汉|海安, but follows 董事长: a person.
        let text = "甲公司旗下成员有武汉市海安中医医院。甲公司董事长武海签署协议。武海表示。武海说。";
        assert_eq!(named_by(text, "武海"), None);
    }

    #[test]
    fn abbreviation_in_text_resolves() {
        let cat = discover(
            &split("中山大学肿瘤防治中心与上海联影医疗科技有限公司签署协议。中肿与联影合作。联影董事长表示。"),
            &lex(),
        );
        assert_eq!(cat.entries[cat.lookup("中肿").unwrap()].name, "中山大学肿瘤防治中心");
        assert_eq!(cat.entries[cat.lookup("联影").unwrap()].name, "上海联影医疗科技有限公司");
    }
}
