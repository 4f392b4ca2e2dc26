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
//!
//! This file holds the catalog and the order discovery runs in; the rules live
//! beside it: `suffix` (where a suffix-ended name starts and ends), `parts` (a
//! name's head, place, suffix and parent), `short_forms` (abbreviations, and
//! merging the entries they join), `places` (bodies placed by the document's
//! places, governments of bare heads), `committees` (places' party committees),
//! `unsuffixed` (parties and listed bodies
//! named without a suffix) and `speaker` (the body that speaks as 我院, and the
//! publisher).

use crate::extract::agreements::states_signing;
use crate::extract::facts::OrgType;
use crate::extract::keys::KeyMatcher;
use crate::extract::lexicon::Lexicon;
use crate::extract::mentions::{DEFINITION_WORDS, TAKES_OFFICE, TAKES_OFFICE_OPENINGS, UNITS};
use crate::extract::people::{NAME_DOT, after_name_title, is_name};
use crate::text::script::is_han;
use crate::text::sentences::{Sentence, ends_with_word, starts_with_word, text_of, with_text};
use aho_corasick::AhoCorasick;
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

mod committees;
mod parts;
mod places;
mod short_forms;
mod speaker;
mod suffix;
mod unsuffixed;

use committees::*;
pub use committees::{government_of_committee, party_office_before};
use parts::*;
use places::*;
use short_forms::*;
pub use short_forms::{BRACKETED_FORMS, LEGAL_FORMS, abbreviates};
use speaker::*;
pub use suffix::SuffixFinder;
use suffix::english_in_brackets;
pub use unsuffixed::NOT_PARTIES;
use unsuffixed::*;

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
    /// Bodies written beside the speaker's own of their kind (我校与甲大学):
    /// the kind's words are the speaker's, not theirs.
    rivals: BTreeSet<usize>,
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
const ENDING_REFERENTS: [(&str, &[&str], Option<OrgType>); 17] = [
    ("联盟", &["该联盟", "本联盟"], None),
    // (A province, a city, a county or a district speaking of itself: 我市与
    // 甲公司签订…, 我省与农业农村部签署….)
    ("省人民政府", &["我省", "本省"], Some(OrgType::Government)),
    ("市人民政府", &["我市", "本市"], Some(OrgType::Government)),
    ("县人民政府", &["我县", "本县"], Some(OrgType::Government)),
    ("区人民政府", &["我区", "本区"], Some(OrgType::Government)),
    // (A school or a college: 甲、乙公司与该学院签订….)
    ("学院", &["该学院", "本学院"], None),
    ("医联体", &["该医联体", "本医联体"], None),
    ("集团", &["该集团", "本集团", "我集团", "集团公司"], Some(OrgType::Company)),
    // (A bank's head office: 总行副行长王新浩.)
    ("银行", &["总行", "该行", "本行", "我行"], Some(OrgType::Company)),
    ("基金会", &["该基金会", "本基金会"], None),
    // (An institute: 我所与甲研究所签订…, its own 金属所 named before a title.)
    ("所", &["我所", "本所", "该所"], Some(OrgType::ResearchCenter)),
    // (A publisher, a newspaper or a press agency: 我社与甲集团签约; a museum,
    // a library or an archive: 我馆作为合作单位和甲大学签署协议.)
    ("社", &["我社", "本社", "该社"], None),
    ("馆", &["我馆", "本馆", "该馆"], None),
    // (A court or a procuratorate: 该院党组书记、检察长白鹤, 中院党组副书记侯慧玲;
    // 该院 only where no hospital has it.)
    ("检察院", &["该院", "本院", "我院"], Some(OrgType::Government)),
    ("法院", &["该院", "本院", "我院"], Some(OrgType::Government)),
    ("中级人民法院", &["中院"], Some(OrgType::Government)),
    ("高级人民法院", &["高院", "省法院"], Some(OrgType::Government)),
];

/// Trades a company's name ends in before its legal form, and the word that
/// calls the text's one company of that trade (投资公司).
const TRADE_REFERENTS: [(&str, &str); 6] = [
    ("投资", "投资公司"),
    ("建设", "建设公司"),
    ("实业", "实业公司"),
    ("置业", "置业公司"),
    ("物流", "物流公司"),
    ("能源", "能源公司"),
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
    Regex::new(&format!(r#"^\s*\((?:{DEFINITION_WORDS})[:：]?[「“"『]?([^」”"』():：]{{1,16}}?)[」”"』]?\)"#))
        .expect("alias regex")
});
/// An acronym or an English name in brackets right after a name: (HKSH),
/// (United Imaging Healthcare).
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(([A-Z][A-Za-z]{1,9}(?:[ &.'-]{1,2}[A-Za-z][A-Za-z.]{0,19}){0,5})\)").expect("acronym regex")
});
/// A short form in brackets right after a name (香港中文大学(中大)): its alias
/// when it abbreviates the name.
static SHORT_FORM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\((\p{Han}{2,8})\)").expect("short form regex"));
static ENGLISH_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Za-z&.,'’ -]{2,80}$").expect("english regex"));
/// A periodical's title (《文艺报》, 《诗刊》社): a paper or a magazine by its
/// name's ending, or any title its house (社) follows.
static MEDIA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"《(\p{Han}{1,16})》(社)?").expect("media regex"));
const PERIODICAL_ENDINGS: [&str; 3] = ["报", "杂志", "刊"];

/// Words that name what was signed, never an organisation's alias.
const AGREEMENT_WORDS: [&str; 6] = ["备忘录", "协议", "合同", "双方", "意向书", "协定"];

impl OrgCatalog {
    /// The one entry the document names that `is` holds for, if exactly one.
    pub fn only(&self, is: impl Fn(&OrgEntry) -> bool) -> Option<usize> {
        sole(self.entries.iter().enumerate().filter(|(_, e)| !e.keys.is_empty() && is(e)).map(|(i, _)| i))
    }

    /// The one body of a kind the document names. A school (学院) whose name
    /// opens with no place is some university's school, never the one
    /// university (青岛科技大学 and 艺术学院: the university is the one).
    /// Is `e` named after another body `of` accepts, its name going on past
    /// that one's (甲大学|档案馆, 海南师范大学|龙昆南校区): a part of it?
    fn named_after(&self, e: &OrgEntry, of: impl Fn(&OrgEntry) -> bool) -> bool {
        self.entries.iter().any(|u| of(u) && u.name.len() < e.name.len() && e.name.starts_with(&u.name))
    }

    pub fn only_of_kind(&self, kind: OrgType, lex: &Lexicon) -> Option<usize> {
        let university = |e: &OrgEntry| !e.keys.is_empty() && e.org_type == OrgType::University;
        // (With no university named too: 化材学院, 商学院 are schools; a
        // college named by its place or the nation, 中国劳动关系学院, 中央
        // 美术学院, is a university, but not one of a body named before it,
        // 中国气象局干部培训学院.)
        let for_university = kind == OrgType::University;
        let national = |name: &str| {
            let Some(inner) = ["中国", "中华", "中央"].iter().find_map(|n| name.strip_prefix(n)) else {
                return false;
            };
            let inner = inner.strip_suffix("学院").unwrap_or(inner);
            !lex.org_suffixes
                .keys()
                .any(|k| (k.len() > 3 || "局部委署厅".contains(k.as_str())) && inner.contains(k.as_str()))
        };
        let school = |e: &OrgEntry| {
            e.name.ends_with("学院")
                && place_prefix_len(&e.name.chars().collect::<Vec<_>>(), lex) == 0
                && !national(&e.name)
        };
        // Nor is a campus or part named after a university (海南师范大学|龙昆南校区).
        let part = |e: &OrgEntry| for_university && self.named_after(e, university);
        self.only(|e| e.org_type == kind && !(for_university && school(e)) && !part(e))
    }

    /// Whether the speaker's own body, of `idx`'s kind, is written beside
    /// it (我校与山东科技大学): then the kind's bare words and offices
    /// (校党委书记, 集团董事长) are the speaker's, not `idx`'s.
    pub fn beside_speaker(&self, idx: usize) -> bool {
        self.rivals.contains(&idx)
    }

    /// The government of `place` (福安市人民政府 for 福安市), found by its name
    /// or by the place written alone for it.
    pub fn government_of(&self, place: &str) -> Option<usize> {
        let government = format!("{place}人民政府");
        self.lookup(&government).or_else(|| self.lookup(place).filter(|&i| self.entries[i].name == government))
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

    /// Gives `idx`, a body named bare, its `full` name: merged into the entry
    /// that has that name (or that key) when another does, else renamed.
    fn take_full_name(&mut self, idx: usize, full: String) {
        let named = self.entries.iter().position(|e| e.name == full && !e.keys.is_empty()).filter(|&j| j != idx);
        match named.or_else(|| self.lookup(&full).filter(|&j| j != idx)) {
            Some(j) => self.merge(idx, j),
            None => {
                self.entries[idx].name = full.clone();
                self.add_key(idx, full);
            }
        }
    }

    /// Drops every key of `idx`: the entry names no body of the document.
    fn forget(&mut self, idx: usize) {
        for k in std::mem::take(&mut self.entries[idx].keys) {
            self.by_key.remove(&k);
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

    /// Of exactly two bodies of `kind`, one the speaker's counterpart (我校与
    /// 甲国立大学签署…), the other: the speaker's own (乙外国语学院).
    fn other_than_counterpart(&self, kind: OrgType, clues: &OwnBodyClues) -> Option<usize> {
        let mut of_kind =
            (0..self.entries.len()).filter(|&i| !self.entries[i].keys.is_empty() && self.entries[i].org_type == kind);
        let (Some(a), Some(b), None) = (of_kind.next(), of_kind.next(), of_kind.next()) else { return None };
        match (clues.counterparts.contains(&a), clues.counterparts.contains(&b)) {
            (true, false) => Some(b),
            (false, true) => Some(a),
            _ => None,
        }
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
            // (Of several, the one not named only for a former office: 甲大学
            // 原校长乙, 我校校长丙: 我校 is the other. Nor one the parties
            // build: 我校与甲局共建“乙学院”; nor a university's part.)
            let current = || {
                let of_kind = |i: &usize| !self.entries[*i].keys.is_empty() && self.entries[*i].org_type == kind;
                let no_party = |i: &usize| clues.former_only.contains(i) || clues.built.contains(i);
                if !(0..self.entries.len()).any(|i| of_kind(&i) && no_party(&i)) {
                    return None;
                }
                let part =
                    |i: &usize| self.named_after(&self.entries[*i], |u| !u.keys.is_empty() && u.org_type == kind);
                sole((0..self.entries.len()).filter(|i| of_kind(i) && !no_party(i) && !part(i)))
            };
            match self.only_of_kind(kind, lex).or_else(current) {
                // (我院 is never the body it signs with: 我院与甲医院签约; it is
                // the one other body of the kind, if one, though a college
                // named by no place: 我校与甲国立大学… 乙外国语学院.)
                Some(idx) if clues.counterparts.contains(&idx) => {
                    if clues.rivals.contains(&idx) {
                        all.extend(words.iter().filter(|w| w.starts_with('该')).map(|&w| (w, idx)));
                    } else {
                        all.extend(of_one(bare, words, idx).filter(|(w, _)| !w.starts_with(['我', '本'])));
                    }
                    if let Some(p) = self.other_than_counterpart(kind, clues) {
                        all.extend(words.iter().filter(|w| w.starts_with(['我', '本'])).map(|&w| (w, p)));
                    }
                }
                // (Nor is any word of the speaker's a body of its kind written
                // beside it: 我校与山东科技大学…校党委书记王稼琼; 该校 still is.)
                Some(idx) if clues.rivals.contains(&idx) => {
                    all.extend(words.iter().filter(|w| w.starts_with('该')).map(|&w| (w, idx)));
                }
                // (A publisher named 院 of another kind, an institute or a
                // college, is who writes 我院: 来源: 甲研究院 …我院与乙学院签约.)
                Some(idx)
                    if kind == OrgType::Hospital
                        && publisher.is_some_and(|p| p != idx && self.entries[p].name.ends_with('院')) =>
                {
                    let p = publisher.unwrap_or(idx);
                    all.extend(of_one(bare, words, idx).filter(|(w, _)| !w.starts_with(['我', '本'])));
                    all.extend(words.iter().filter(|w| w.starts_with(['我', '本'])).map(|&w| (w, p)));
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
                    // (A college or an institute speaks as 我院 too: 甲研究院.)
                    let speaks_as =
                        |p: &usize| of_kind(p) || kind == OrgType::Hospital && self.entries[*p].name.ends_with('院');
                    // (Or, of two, the one that is not the body it signs with.)
                    let not_counterpart = || self.other_than_counterpart(kind, clues);
                    // (Or the one of the kind joined to another body as a
                    // party, none of the speaker's counterparts: 甲大学与乙检察院
                    // 举行签约仪式 … 我校副校长丙, beside 丁检察官学院.)
                    let party =
                        || sole(clues.joined.iter().copied().filter(|p| of_kind(p) && !clues.counterparts.contains(p)));
                    if let Some(p) = publisher.filter(speaks_as).or(venue).or_else(not_counterpart).or_else(party) {
                        all.extend(words.iter().filter(|w| w.starts_with(['我', '本'])).map(|&w| (w, p)));
                    }
                }
            }
        }
        // An alliance is 联盟 once named (为新加入联盟的甲授牌), a group 集团
        // (集团董事长薛长秋), when it is the only one.
        // (A body is of an ending by a name of it, or its name before a legal
        // form: 甲文旅集团 for 甲文化旅游投资集团有限公司.)
        let bases: Vec<Vec<&str>> = self
            .entries
            .iter()
            .map(|e| {
                let names = std::iter::once(&e.name).chain(e.keys.iter().filter(|k| **k != e.name));
                if e.keys.is_empty() { Vec::new() } else { names.map(|n| before_legal_form(n)).collect() }
            })
            .collect();
        let only_where = |is: &dyn Fn(usize) -> bool| {
            sole((0..self.entries.len()).filter(|&i| !self.entries[i].keys.is_empty() && is(i)))
        };
        for (bare, words, kind) in ENDING_REFERENTS {
            let of_kind = |i: usize| kind.is_none_or(|k| self.entries[i].org_type == k);
            let of_ending = |i: usize| bases[i].iter().any(|b| b.ends_with(bare)) && of_kind(i);
            // (With several, the one joined to another body as a party: 甲文旅
            // 集团与乙市政府签署…, 丙文旅集团 only listed among attendees.)
            let party = || sole(clues.joined.iter().copied().filter(|&i| of_ending(i)));
            // (Else the one whose own name ends so: 国机集团 beside 海尔集团公司,
            // both parties.)
            let by_name = |i: usize| self.entries[i].name.ends_with(bare) && of_kind(i);
            match only_where(&of_ending).or_else(party).or_else(|| only_where(&by_name)) {
                // (集团公司与市交控集团: 集团 is the speaker's.)
                Some(idx) if clues.rivals.contains(&idx) => {
                    all.extend(words.iter().filter(|w| w.starts_with('该')).map(|&w| (w, idx)));
                }
                // (A word another kind has taken stays that kind's: 该院 of
                // the one hospital beside the one court.)
                Some(idx) => {
                    let taken: Vec<&str> = all.iter().map(|&(w, _)| w).collect();
                    let mine: Vec<_> = of_one(bare, words, idx).filter(|(w, _)| !taken.contains(w)).collect();
                    all.extend(mine);
                }
                // (Several, one of them joined to the speaker's own: the
                // speaker is the one left, 我院与北京市西城区人民检察院… beside
                // 和平区人民检察院.)
                None => {
                    let is_counterpart = |i: usize| of_ending(i) && clues.counterparts.contains(&i);
                    let others = |i: usize| of_ending(i) && !clues.counterparts.contains(&i);
                    if let Some(idx) =
                        (0..self.entries.len()).any(is_counterpart).then(|| only_where(&others)).flatten()
                    {
                        let taken: Vec<&str> = all.iter().map(|&(w, _)| w).collect();
                        let first_person = words.iter().filter(|w| w.starts_with(['我', '本']) && !taken.contains(w));
                        all.extend(first_person.map(|&w| (w, idx)).collect::<Vec<_>>());
                    }
                }
            }
        }
        // A company called by its trade (投资公司党委书记 for 中建七局投资有限公司),
        // the text's only company whose name ends in that trade.
        for (trade, word) in TRADE_REFERENTS {
            let of_trade = |i: usize| {
                self.entries[i].org_type == OrgType::Company
                    && bases[i].iter().any(|b| b.len() > trade.len() && b.ends_with(trade))
            };
            if let Some(idx) = only_where(&of_trade).filter(|idx| !clues.rivals.contains(idx)) {
                all.push((word, idx | BARE));
            }
        }
        all.retain(|(w, _)| !self.by_key.contains_key(*w));
        self.referents.extend(all);
        self.rivals.clone_from(&clues.rivals);
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

/// The one item, if there is exactly one.
pub(super) fn sole<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    match (items.next(), items.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// A company's name before its legal form (甲集团 of 甲集团有限公司), or the name.
/// (Not `LEGAL_FORMS`: 集团有限公司 is no legal form to take off here.)
fn before_legal_form(name: &str) -> &str {
    ["股份有限公司", "有限责任公司", "有限公司"].iter().find_map(|f| name.strip_suffix(f)).unwrap_or(name)
}

/// A campus named by its place alone (济南校区), or by any name without its
/// school's (西太湖校区), is its university's part, no body, unless it
/// shortens a full name of the document (日照校区 for 曲阜师范大学日照校区,
/// merged before this).
fn forget_bare_campuses(cat: &mut OrgCatalog) {
    for idx in 0..cat.entries.len() {
        let e = &cat.entries[idx];
        let Some(head) = e.name.strip_suffix("校区") else { continue };
        let schools = ["大学", "学院", "学校", "中学", "小学", "学堂"];
        if e.keys.is_empty() || head.is_empty() || schools.iter().any(|s| head.contains(s)) {
            continue;
        }
        cat.forget(idx);
    }
}

/// A school named bare (公共卫生学院, 社会发展学院: no place, no parent) in a
/// text naming one university, in a sentence naming it too, is that
/// university's (武汉大学…公共卫生学院院长 → 武汉大学公共卫生学院); not a
/// college of the armed forces or the nation (武警警官学院, 中央美术学院),
/// which stands alone, nor one named apart (我校与甲国立大学签署… 乙外国语学院).
fn name_bare_schools(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    let live = |e: &OrgEntry| !e.keys.is_empty();
    let universities: Vec<usize> =
        (0..cat.entries.len()).filter(|&i| live(&cat.entries[i]) && cat.entries[i].name.ends_with("大学")).collect();
    // (Its parts, named after it, are no second one: 甲大学|档案馆 is not a 大学.)
    let a_university = |u: &OrgEntry| live(u) && u.name.ends_with("大学");
    let roots: Vec<usize> =
        universities.iter().copied().filter(|&i| !cat.named_after(&cat.entries[i], a_university)).collect();
    let [university] = roots[..] else { return };
    let parent = cat.entries[university].name.clone();
    const STANDS_ALONE: [&str; 9] = ["中国", "中华", "中央", "国家", "武警", "解放军", "陆军", "海军", "空军"];
    for idx in 0..cat.entries.len() {
        let e = &cat.entries[idx];
        let chars: Vec<char> = e.name.chars().collect();
        let bare = live(e)
            && e.org_type == OrgType::University
            && e.name.ends_with("学院")
            && (4..=10).contains(&chars.len())
            && place_prefix_len(&chars, lex) == 0
            && !STANDS_ALONE.iter().any(|p| e.name.starts_with(p))
            && !e.name.starts_with(parent.as_str());
        // (A vocational or technical college is one of its own: 江东工业职业技术学院.)
        let own_college = ["职业", "技师", "专科"].iter().any(|k| e.name.contains(k));
        // (The university named itself there, not only opening a part's
        // name: 南湖大学生物医药研究院 names no 南湖大学 beside the college.)
        let beside = || {
            let names = |i: usize| cat.entries[i].keys.iter().filter(|k| k.chars().count() >= 2);
            let longer: Vec<&str> = cat
                .entries
                .iter()
                .filter(|o| live(o) && o.name.len() > parent.len() && o.name.starts_with(parent.as_str()))
                .flat_map(|o| o.keys.iter().map(String::as_str))
                .collect();
            let alone = |text: &str, k: &str| {
                text.match_indices(k).any(|(p, _)| !longer.iter().any(|n| text[p..].starts_with(n)))
            };
            sentences.iter().any(|s| {
                names(idx).any(|k| s.working.contains(k.as_str())) && names(university).any(|k| alone(&s.working, k))
            })
        };
        if bare && !own_college && beside() {
            let full = format!("{parent}{}", e.name);
            cat.take_full_name(idx, full);
        }
    }
}

/// A spam site's name pasted over a publisher's runs on from a body's name
/// into letters or digits and a site's words (永利集团|304am登录, 必威|888官网):
/// that name is the site's wherever the text writes it (永利集团校长 …), no body.
fn forget_spam_sites(cat: &mut OrgCatalog, sentences: &[Sentence], occurrences: &[Vec<(Span, usize)>], lex: &Lexicon) {
    let mut spam: BTreeSet<usize> = BTreeSet::new();
    for (s, occ) in sentences.iter().zip(occurrences) {
        let w = &s.chars;
        for &(span, idx) in occ {
            let run = w[span.end..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            if run >= 2 && lex.is_ignored(&text_of(&w[span.end..w.len().min(span.end + run + 6)])) {
                spam.insert(idx);
            }
        }
    }
    for idx in spam {
        cat.forget(idx);
    }
}

/// What follows a bracketed aside right after a name when a definition
/// follows it (…中心 (拱北海关口岸门诊部)|(以下简称:珠海保健中心)).
fn aside_before_definition(after: &str) -> Option<&str> {
    if ALIAS_DEF.is_match(after) {
        return None;
    }
    let open = after.find('(')?;
    let close = open + after[open..].char_indices().take(24).find(|&(_, c)| c == ')')?.0;
    let rest = &after[close + 1..];
    ALIAS_DEF.is_match(rest).then_some(rest)
}

/// Adds bodies found in sentence `s` beyond its suffixed names, each a span
/// and a type, named from its text by `name`, to the catalog and to the
/// sentence's occurrences (kept in text order).
fn add_found(
    cat: &mut OrgCatalog,
    s: &Sentence,
    occ: &mut Vec<(Span, usize)>,
    found: impl IntoIterator<Item = (Span, OrgType)>,
    name: impl Fn(&str) -> String,
) {
    let before = occ.len();
    for (span, ty) in found {
        let key: String = text_of(&s.chars[span.start..span.end]);
        let surface: String = text_of(&s.original_chars[span.start..span.end]);
        let idx = cat.add(name(&key), ty, key, surface);
        occ.push((span, idx));
    }
    if occ.len() > before {
        occ.sort_by_key(|(span, _)| span.start);
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
            if let Some(g) = m.get(1)
                && (m.get(2).is_some() || PERIODICAL_ENDINGS.iter().any(|e| g.as_str().ends_with(e)))
            {
                let key = g.as_str().to_string();
                let Some(start) = s.char_index(g.start()) else { continue };
                let end = start + key.chars().count();
                let surface: String = text_of(&o[start..end]);
                let idx = cat.add(key.clone(), OrgType::Media, key, surface.clone());
                cat.add_alias(idx, format!("《{}》", g.as_str()), format!("《{surface}》"));
                // (Its house, 《文艺报》社, is the same body.)
                if m.get(2).is_some() {
                    cat.add_alias(idx, format!("《{}》社", g.as_str()), format!("《{surface}》社"));
                }
                occ.push((Span { start, end }, idx));
            }
        }
        occurrences.push(occ);
    }
    split_joined_names(&mut cat, &mut occurrences);
    forget_spam_sites(&mut cat, sentences, &occurrences, lex);
    // A place right before the title of its head (福建省|副省长, 厦门市|市长)
    // stands for its government, named or not.
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        let found = places_before_heads(s, occ, lex).into_iter().map(|span| (span, OrgType::Government));
        add_found(&mut cat, s, occ, found, |key| format!("{key}人民政府"));
    }
    // A body written short before its own head's title (金属所|副所长).
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        let found = short_bodies_before_heads(s, occ, lex);
        add_found(&mut cat, s, occ, found, |key| canonical_name(key, lex));
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
            // (A company's China business is named again by the company's
            // name: 西门子医疗中国 signs, 西门子医疗 speaks.)
            let china = key.strip_suffix("中国").filter(|b| b.chars().count() >= 2 && valid_head(b, lex));
            let named = china.unwrap_or(&key);
            if sentences.iter().map(|t| t.working.matches(named).count()).sum::<usize>() < 2 {
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
                        .or_else(|| titled_kind(&key, sentences))
                        .unwrap_or(OrgType::Other);
                    let company = china.map(str::to_string);
                    let idx = cat.add(name, ty, key, surface);
                    if let Some(c) = company {
                        cat.add_alias(idx, c.clone(), c);
                    }
                    idx
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
        add_found(&mut cat, s, occ, found, |key| canonical_name(key, lex));
    }
    // Youth League committees of places (共青团内江市委, 团荣昌区委, 内江团市委).
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        if !s.working.contains('团') || !s.working.contains('委') {
            continue;
        }
        let found = youth_league_committees(&s.chars, occ, lex);
        add_found(&mut cat, s, occ, found, league_name);
    }
    // Party committees of places before their offices (长沙市委|书记, 市委|常委).
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        if !s.working.contains('委') {
            continue;
        }
        let found = party_committees(&s.chars, occ, lex);
        add_found(&mut cat, s, occ, found, committee_name);
    }
    // Names listed before a company's name, as a party (广东天禾、天保公司与…):
    // companies too.
    for (s, occ) in sentences.iter().zip(occurrences.iter_mut()) {
        if !s.working.contains('、') {
            continue;
        }
        let company = |i: usize| cat.entries[i].org_type == OrgType::Company;
        let found = listed_before_company(&s.chars, occ, company, lex);
        add_found(&mut cat, s, occ, found, |key| canonical_name(key, lex));
    }
    // Pass 2: inline definitions and acronyms right after a name.
    for (s, occ) in sentences.iter().zip(&occurrences) {
        if occ.is_empty() {
            continue;
        }
        let (at, o) = (&s.offsets, &s.original_chars);
        for &(span, idx) in occ {
            let after = &s.working[at[span.end]..];
            // (Each opens with a bracket: the cheap test first.)
            if !after.trim_start().starts_with('(') {
                continue;
            }
            // (A definition may follow an aside in brackets: 珠海国际旅行卫生保健
            // 中心 (拱北海关口岸门诊部)(以下简称:珠海保健中心).)
            let (after, skipped) = match aside_before_definition(after) {
                Some(rest) => (rest, after[..after.len() - rest.len()].chars().count()),
                None => (after, 0),
            };
            // (A short form only where it shortens the name: not 甲医院(三甲).)
            for (re, shortens) in [(&*ALIAS_DEF, false), (&*ACRONYM, false), (&*SHORT_FORM, true)] {
                if let Some(c) = re.captures(after)
                    && let Some(g) = c.get(1)
                    && (!shortens || {
                        let short: Vec<char> = g.as_str().chars().collect();
                        abbreviates(&short, &cat.entries[idx].name.chars().collect::<Vec<_>>(), lex)
                    })
                {
                    let alias = g.as_str().trim().to_string();
                    if alias.chars().count() >= 2 && !AGREEMENT_WORDS.iter().any(|a| alias.contains(a)) {
                        let cstart = span.end + skipped + after[..g.start()].chars().count();
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
        // (Any name found right after: a parent found inside the second too,
        // 北京华信医院(清华大学|第一附属医院), stands between in the list.)
        let pairs =
            occ.iter().flat_map(|&a| occ.iter().filter(move |(b, _)| b.start == a.0.end + 1).map(move |&b| (a, b)));
        for ((a, i), (b, j)) in pairs {
            let bracketed =
                s.chars.get(a.end) == Some(&'(') && b.start == a.end + 1 && s.chars.get(b.end) == Some(&')');
            // Or joined by a middle dot (成都中医药大学附属内江医院•内江市中医医院).
            let dotted = b.start == a.end + 1 && s.chars.get(a.end) == Some(&NAME_DOT);
            if (bracketed || dotted)
                && i != j
                && cat.entries[i].org_type == cat.entries[j].org_type
                && !cat.entries[i].keys.is_empty()
                && !cat.entries[j].keys.is_empty()
            {
                // (A name of a part whose parent goes unnamed, 附属第一医院(浙江省
                // 中医院), gives way to the name in brackets.)
                if cat.entries[i].name.starts_with("附属") && !cat.entries[j].name.starts_with("附属") {
                    cat.merge(i, j);
                } else {
                    cat.merge(j, i);
                }
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
    merge_abbreviated_entries(&mut cat, sentences, lex);
    merge_own_prefixed(&mut cat);
    forget_bare_campuses(&mut cat);
    name_bare_schools(&mut cat, sentences, lex);
    localize_bare_units(&mut cat, sentences, lex);
    governments_of_bare_heads(&mut cat, sentences, lex);
    place_bare_committees(&mut cat, lex);
    name_bare_branches(&mut cat, lex);
    find_abbreviations(&mut cat, sentences, lex);
    add_known_aliases(&mut cat, sentences, lex);
    let clues = own_body_clues(&cat, sentences, &occurrences, lex);
    cat.add_referents(publisher(&cat, sentences), &clues, lex);
    cat.seal();
    cat
}

/// A university or a hospital writes its own bodies with 校 or 院 before them
/// (校教育基金会, 院工会): one whose name is that char and another entry's key
/// (教育基金会, short for 浙江大学教育基金会), or the end of the one name
/// that has a university or a hospital before it, is that entry.
fn merge_own_prefixed(cat: &mut OrgCatalog) {
    const OWN_PREFIXES: [(char, &[&str]); 2] = [('校', &["大学", "学院"]), ('院', &["医院"])];
    for i in 0..cat.entries.len() {
        if cat.entries[i].keys.is_empty() {
            continue;
        }
        let name = &cat.entries[i].name;
        let Some((rest, parents)) = OWN_PREFIXES.iter().find_map(|(c, p)| Some((name.strip_prefix(*c)?, *p))) else {
            continue;
        };
        if rest.chars().count() < 3 {
            continue;
        }
        let of_parent = |e: &OrgEntry| {
            !e.keys.is_empty() && e.name.strip_suffix(rest).is_some_and(|p| parents.iter().any(|k| p.ends_with(k)))
        };
        let target = cat
            .lookup(rest)
            .or_else(|| sole(cat.entries.iter().enumerate().filter(|(_, e)| of_parent(e)).map(|(j, _)| j)));
        if let Some(j) = target.filter(|&j| j != i) {
            cat.merge(i, j);
        }
    }
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
        // (Nor does a centre's or an office's name go on into a university's:
        // 《四川省卫生健康信息中心成都医学院战略合作框架协议》.)
        let (one, other) = (&cat.entries[first], &cat.entries[second]);
        let office = ["中心", "局", "委员会", "厅", "政府"].iter().any(|k| one.name.ends_with(k));
        if one.org_type == OrgType::Company && other.org_type != OrgType::Company
            || office && other.org_type == OrgType::University
        {
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

/// Expands an abbreviated word at the end of a name (营口市卫健委 → 营口市卫生健康委员会)
/// and a well-known name's short form at its start (农行德州分行 → 中国农业银行德州分行).
pub fn canonical_name(name: &str, lex: &Lexicon) -> String {
    if let Some(local) = without_province(name, lex) {
        return canonical_name(local, lex);
    }
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
    let name = match lex.abbreviation_ending(name) {
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

/// A known alias (aliases.tsv) of a body the document names is that body
/// where the text writes it (上交所党委副书记蒋锋 beside 上海证券交易所).
fn add_known_aliases(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    for (alias, canonical) in &lex.aliases {
        let Some(idx) = cat.entries.iter().position(|e| e.name == *canonical && !e.keys.is_empty()) else {
            continue;
        };
        if sentences.iter().any(|s| s.working.contains(alias.as_str())) {
            cat.add_alias(idx, alias.clone(), alias.clone());
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::split;

    pub(super) fn lex() -> Lexicon {
        Lexicon::embedded().unwrap()
    }

    pub(super) fn names(text: &str) -> Vec<String> {
        let cat = discover(&split(text), &lex());
        cat.entries.iter().filter(|e| !e.keys.is_empty()).map(|e| e.name.clone()).collect()
    }

    pub(super) fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The names each occurrence found in `sentence` stands for, in a
    /// document of `text`.
    pub(super) fn found_in(text: &str, sentence: &str) -> Vec<String> {
        let cat = discover(&split(text), &lex());
        cat.find(&chars(sentence)).into_iter().map(|(_, i)| cat.entries[i].name.clone()).collect()
    }

    /// The name `short` stands for in a document of `text`.
    pub(super) fn named_by(text: &str, short: &str) -> Option<String> {
        let cat = discover(&split(text), &lex());
        cat.lookup(short).map(|i| cat.entries[i].name.clone())
    }

    #[test]
    fn womens_federations_and_their_peers_are_bodies() {
        let lex = lex();
        // Hong Kong and Macao associations: 联合总会, 协进会, 代表联谊会, 联会,
        // though 联合 and 代表 bound other names.
        let text =
            "广东省妇联与香港各界妇女联合协进会、港区妇联代表联谊会、香港岛妇女联会、澳门妇女联合总会签订框架协议。";
        let found = names(text);
        for n in
            ["广东省妇女联合会", "香港各界妇女联合协进会", "港区妇联代表联谊会", "香港岛妇女联会", "澳门妇女联合总会"]
        {
            assert!(found.contains(&n.to_string()), "{n} in {found:?}");
        }
        // A leader's name and 率 open no body's name (张小红率|区妇联).
        let text = "永川区妇联主席张小红率区妇联干部赴内江，并与内江市妇联签订框架协议。";
        assert_eq!(names(text), vec!["永川区妇女联合会", "内江市妇女联合会"]);
        // 校地 (a school's and a place's) opens no body: 校地妇联合作 is their
        // federations' cooperation.
        assert_eq!(names("双方签订了校地妇联合作共建协议。与海宁市妇联签约。"), vec!["海宁市妇女联合会"]);
        // A centre for disease control written short is named in full.
        assert_eq!(canonical_name("湖北省疾控中心", &lex), "湖北省疾病预防控制中心");
        // The words between a place and a federation's kind are generic
        // (妇女): no short form of the body.
        let text = "广东省妇女联合会主席张三出席。广东省妇女联合会与甲公司签约。妇女代表参加。妇女干部参加。";
        let cat = discover(&split(text), &lex);
        assert!(cat.lookup("妇女").is_none());
    }

    #[test]
    fn a_periodical_and_its_house_are_one_body() {
        let text = "作家出版社有限公司与《文艺报》社、《诗刊》社签署合作协议。《文艺报》总编辑梁鸿鹰出席。";
        assert_eq!(named_by(text, "《文艺报》社").as_deref(), Some("文艺报"));
        assert_eq!(named_by(text, "《诗刊》").as_deref(), Some("诗刊"));
        let cat = discover(&split(text), &lex());
        let spans: Vec<usize> = cat.find(&chars("与《诗刊》社签约")).into_iter().map(|(s, _)| s.end).collect();
        assert_eq!(spans, vec![6]);
        // A title no periodical's, without its house, is no body (签署《合作协议》).
        assert!(named_by(text, "《合作协议》").is_none());
        assert!(names("双方签署《共建协议》,刊登于《求是》。").iter().all(|n| n != "求是"));
    }

    #[test]
    fn a_universitys_own_body_written_with_xiao_is_the_body_named() {
        let text = "华信公司向浙江大学教育基金会捐赠。金德水理事长代表校教育基金会接受捐赠。";
        assert_eq!(named_by(text, "校教育基金会").as_deref(), Some("浙江大学教育基金会"));
        // Not a name 校 opens that no entry's key follows (校友会).
        assert_eq!(named_by("华侨大学与香港校友会签约。", "香港校友会").as_deref(), Some("香港校友会"));
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
        // 我市: the one city's government.
        let city = "甲公司与丹江市人民政府签约。";
        assert_eq!(found_in(city, "2月21日,我市与乙公司签订协议"), vec!["丹江市人民政府"]);
        let province = "甲集团与湖南省人民政府签约。";
        assert_eq!(found_in(province, "4月22日下午,我省与农业农村部签署协议"), vec!["湖南省人民政府"]);
        // 该学院: the one body whose name ends in 学院.
        let school = "吕亭镇与合肥工业大学土木与水利工程学院签约。";
        assert_eq!(found_in(school, "丙公司与该学院签订协议"), vec!["合肥工业大学土木与水利工程学院"]);
        // 我社, 我馆: the one publisher, the one museum.
        let press = "东南大学出版社社长白云飞出席。";
        assert_eq!(found_in(press, "我社与施普林格·自然集团签约"), vec!["东南大学出版社"]);
        let museum = "中国华侨历史博物馆副馆长宁一出席。";
        assert_eq!(found_in(museum, "我馆和北京联合大学签署协议"), vec!["中国华侨历史博物馆"]);
        // 该院, 中院: the one procuratorate, the one intermediate court.
        let court = "溧阳市检察院与常州大学史良法学院举行签约仪式。";
        assert_eq!(found_in(court, "该院党组书记、检察长白鹤出席"), vec!["溧阳市人民检察院"]);
        let court = "开封市中级人民法院与上海政法学院警务学院签约。";
        assert_eq!(found_in(court, "中院党组副书记侯慧玲主持会议"), vec!["开封市中级人民法院"]);
        // (Beside the one hospital, 该院 is the hospital's.)
        let both = "溧阳市检察院与溧阳市人民医院签约。";
        assert_eq!(found_in(both, "该院院长张三出席"), vec!["溧阳市人民医院"]);
        // Two procuratorates, one joined to 我院: 我院 is the other.
        let two = "我院与北京市西城区人民检察院签约。西城区人民检察院检察长张军，和平区人民检察院检察长贾志杰出席。";
        assert_eq!(found_in(two, "，我院"), vec!["和平区人民检察院"]);
        // (Neither joined to it: not guessed.)
        let none = "我院举行签约仪式。西城区人民检察院检察长张军，和平区人民检察院检察长贾志杰出席。";
        assert!(found_in(none, "，我院").is_empty());
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
    fn a_ministry_department_is_a_body_and_a_company_stays_one() {
        assert!(names("国家卫生健康委员会医政司司长焦雅辉出席").contains(&"国家卫生健康委员会医政司".to_string()));
        assert_eq!(names("华为技术有限公司副总裁徐直军出席"), vec!["华为技术有限公司"]);
    }

    #[test]
    fn a_spam_sites_name_pasted_over_a_publisher_is_no_body() {
        let text = "11月26日,永利集团304am登录与澎湃新闻签约。永利集团校长刘晓红致辞。";
        assert!(names(text).iter().all(|n| !n.contains("永利")), "{:?}", names(text));
        // Not a name before a year and no site's words.
        let text = "永利集团2019年与甲公司签约。永利集团董事长出席。";
        assert!(names(text).contains(&"永利集团".to_string()));
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
    fn a_college_named_by_the_nation_is_the_schools_university() {
        let text = "学校校长傅德印与杭州市总工会签约。\n中国劳动关系学院版权所有";
        assert_eq!(found_in(text, "，学校校长傅德印"), vec!["中国劳动关系学院"]);
        // A school named by its discipline alone is none.
        assert!(found_in("学校校长傅德印与商学院签约。", "，学校校长傅德印").is_empty());
        // Nor is one of a body named before it.
        let text = "学校党委书记周激流与新疆维吾尔自治区气象局签约。中国气象局干部培训学院新疆分院负责同志出席。";
        assert!(found_in(text, "，学校党委书记").is_empty());
    }

    #[test]
    fn abbreviated_word_is_expanded_for_canonical_name() {
        assert_eq!(names("营口市卫健委副主任刘杰"), vec!["营口市卫生健康委员会"]);
        // After the country alone too, where a kind word is no name.
        assert_eq!(names("中国科协党组成员王进展出席"), vec!["中国科学技术协会"]);
        assert!(names("中国协会会长张三出席").is_empty());
        // Courts and procuratorates written short.
        assert_eq!(names("湖北省高院与华中科技大学签约"), vec!["湖北省高级人民法院", "华中科技大学"]);
        assert_eq!(names("保定市检察院与河北大学签约"), vec!["保定市人民检察院", "河北大学"]);
        assert_eq!(names("最高人民检察院、教育部印发意见"), vec!["最高人民检察院", "教育部"]);
        assert_eq!(names("泗洪县法院院长出席"), vec!["泗洪县人民法院"]);
    }

    #[test]
    fn a_known_alias_of_a_body_named_is_that_body() {
        let text = "宝山区与上海证券交易所签订战略合作备忘录。上交所党委副书记、总经理蒋锋出席。";
        assert_eq!(found_in(text, "上交所党委副书记、总经理蒋锋出席"), vec!["上海证券交易所"]);
        // (Not where the text does not name the body.)
        let text = "宝山区与甲公司签约。上交所党委副书记蒋锋出席。";
        assert!(found_in(text, "上交所党委副书记蒋锋出席").is_empty());
    }

    #[test]
    fn inline_definition_gives_alias() {
        let cat = discover(&split("中国医学科学院肿瘤医院深圳医院 (下稱深圳腫瘤醫院)，签署"), &lex());
        let idx = cat.lookup("深圳肿瘤医院").unwrap();
        assert_eq!(cat.entries[idx].name, "中国医学科学院肿瘤医院深圳医院");
        assert!(cat.entries[idx].surfaces.contains("深圳腫瘤醫院"));
    }

    #[test]
    fn a_bare_school_beside_the_one_university_is_its_school() {
        let text = "省疾控中心与武汉大学签约。武汉大学副校长袁玉峰,公共卫生学院院长缪小平出席。";
        assert_eq!(named_by(text, "公共卫生学院").as_deref(), Some("武汉大学公共卫生学院"));
        // Not a college of the armed police, nor one named apart from it.
        let text = "西南交通大学、武警警官学院双方签约仪式在武警警官学院举行。";
        assert_eq!(named_by(text, "武警警官学院").as_deref(), Some("武警警官学院"));
        let text = "我校与加纳海岸国立大学签署谅解备忘录。临川外国语学院愿以备忘录为起点。";
        assert_eq!(named_by(text, "临川外国语学院").as_deref(), Some("临川外国语学院"));
    }

    #[test]
    fn a_campus_named_by_its_place_alone_is_no_body() {
        assert!(names("我校与甲公司签约仪式在济南校区第三会议室举行。").iter().all(|n| n != "济南校区"));
        // Nor one named without its school: the one university is 校.
        let text = "常州大学与甲集团有限公司签约。校长蒋军成出席。乙集团将做好西太湖校区建设。";
        assert!(names(text).iter().all(|n| !n.ends_with("校区")), "{:?}", names(text));
        let text = "曲阜师范大学日照校区党委书记孔令军,日照校区办公室主任魏伟出席。";
        assert_eq!(named_by(text, "日照校区").as_deref(), Some("曲阜师范大学日照校区"));
    }

    #[test]
    fn a_definition_with_a_colon_or_after_an_aside_names_the_body() {
        let text = "中国检验认证集团澳门有限公司(以下简称:中检澳门)与珠海国际旅行卫生保健中心 (拱北海关口岸门诊部)(以下简称:珠海保健中心)签署《战略合作框架协议》。";
        assert_eq!(named_by(text, "中检澳门").as_deref(), Some("中国检验认证集团澳门有限公司"));
        assert_eq!(named_by(text, "珠海保健中心").as_deref(), Some("珠海国际旅行卫生保健中心"));
        // 以下称为 defines one too, without its 为.
        let text = "南京正大天晴制药有限公司(以下称为南京正大天晴)总经理田舟山出席。";
        assert_eq!(named_by(text, "南京正大天晴").as_deref(), Some("南京正大天晴制药有限公司"));
        assert_eq!(named_by(text, "为南京正大天晴"), None);
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
    fn a_short_form_in_brackets_after_a_name_is_its_alias() {
        // Even where another name opens with it (中大医学院, 中大医院).
        let text = "中大校长段崇智及中大医学院院长陈家亮教授出席。中大医院由香港中文大学(中大)全资拥有。";
        assert_eq!(named_by(text, "中大").as_deref(), Some("香港中文大学"));
        // Not a bracket that shortens nothing (甲医院(三甲)).
        let text = "北京协和医院(三甲)与乙公司签约。";
        assert_eq!(named_by(text, "三甲"), None);
    }

    #[test]
    fn a_second_name_or_an_english_name_in_brackets_is_an_alias() {
        let text = "中国科学技术大学附属第一医院（安徽省立医院）与上海联影医疗科技股份有限公司（United Imaging Healthcare）签署协议";
        assert_eq!(named_by(text, "安徽省立医院").as_deref(), Some("中国科学技术大学附属第一医院"));
        assert_eq!(named_by(text, "United Imaging Healthcare").as_deref(), Some("上海联影医疗科技股份有限公司"));
        // A body of another kind in brackets is another body.
        let text = "复旦大学附属中山医院（复旦大学）与某某签署协议";
        assert_eq!(named_by(text, "复旦大学").as_deref(), Some("复旦大学"));
        // A part's name whose parent goes unnamed gives way to the one in brackets.
        let text = "9月8日,学校附属第一医院(浙江省中医院)与新疆生产建设兵团签署协议。兵团副秘书长董沂峰与附属第一医院(浙江省中医院)院长高祥福签约。";
        assert_eq!(named_by(text, "附属第一医院").as_deref(), Some("浙江省中医院"));
        // A second name opening with a parent found inside it.
        let text = "朝阳区政府与清华大学签署合作共建北京华信医院(清华大学第一附属医院)和北京市垂杨柳医院协议书。";
        assert_eq!(named_by(text, "清华大学第一附属医院").as_deref(), Some("北京华信医院"));
        assert_eq!(named_by(text, "清华大学").as_deref(), Some("清华大学"));
    }

    #[test]
    fn english_line_under_name_is_alias() {
        let cat = discover(&split("養和醫院\nHong Kong Sanatorium & Hospital\n"), &lex());
        let idx = cat.lookup("Hong Kong Sanatorium & Hospital").unwrap();
        assert_eq!(cat.entries[idx].name, "养和医院");
    }
}
