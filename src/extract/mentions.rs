//! Mentions: lays organisations, titles and people over one sentence as an
//! ordered `Token` stream, the input of the role, agreement and link readers.
//!
//! Organisations come from the document's `OrgCatalog` (longest match), titles
//! from `titles.tsv` (with a scope or a department before them as part of the
//! title: 大中华区总裁, 消化科主任医师), people from names already known in the
//! document or found right after a title (and listed bare after such a name),
//! between an organisation and a title, filling the gap before a title, or
//! taking office (张三当选为…, 选举张三为…).

use crate::extract::facts::{OrgType, RoleRelation};
use crate::extract::keys::KeyMatcher;
use crate::extract::lexicon::Lexicon;
use crate::extract::orgs::{
    BEFORE_REFERENT, OrgCatalog, Span, SuffixFinder, government_of_committee, party_office_before,
};
use crate::extract::people::{is_name, name_at, verb_at};
use crate::text::script::is_han;
use crate::text::sentences::{Sentence, ends_with_word, starts_with_word, text_of};
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// The words opening an inline definition in brackets (以下简称, 下称 …), as
/// alternatives of a regex.
pub const DEFINITION_WORDS: &str = "以下简称|以下称为|以下称|下简称|下称为|下称|简称|以下统称";

/// An inline definition `(下称「养和」)`: its name is not a second mention.
static DEFINITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\((?:{DEFINITION_WORDS})[^()]{{0,20}}\)")).expect("definition regex"));

/// Is `text` one inline definition in brackets and nothing else (`(以下称为乙)`)?
pub fn is_definition(text: &str) -> bool {
    DEFINITION.find(text).is_some_and(|m| m.start() == 0 && m.end() == text.len())
}

/// Does a word at `at` close a list, after 等 alone or with a body (等|领导,
/// 等市残联|领导)?
fn closes_list(w: &[char], at: usize, tokens: &[Token]) -> bool {
    let body_start =
        tokens.iter().find(|t| matches!(t.kind, TokenKind::Org(_)) && t.span.end == at).map(|t| t.span.start);
    let before = body_start.unwrap_or(at);
    before > 0 && w[before - 1] == '等'
}

/// Nouns a title qualifies when written before them (领导|班子, 领导|小组): the
/// title is then no office.
const QUALIFIED_NOUNS: [&str; 6] = ["班子", "小组", "委员会", "干部", "人", "层"];

/// A body's boards (理事会, 董事会, 监事会): no member's title (理事|会), no
/// one's name (no Mr 董), and between a body and a title, the body's.
pub const BOARDS: [&str; 3] = ["理事会", "董事会", "监事会"];

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    /// An organisation: index into the document's catalog.
    Org(usize),
    Title {
        title: String,
        relation: RoleRelation,
    },
    Person(String),
}

/// A mention in a sentence, with its span in chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// Matchers built once per lexicon.
pub struct Matchers {
    titles: Vec<(String, RoleRelation)>,
    title_ac: Option<AhoCorasick>,
    pub suffixes: SuffixFinder,
}

/// The people already known in a document.
pub struct People {
    names: Vec<String>,
    matcher: KeyMatcher,
}

impl People {
    pub fn new(names: &BTreeSet<String>) -> People {
        let names: Vec<String> = names.iter().cloned().collect();
        let matcher = KeyMatcher::new(names.iter().enumerate().map(|(i, n)| (n.as_str(), i)));
        People { names, matcher }
    }

    /// Does any of these people's names occur in `w`? Where none does, a
    /// sentence tokenises as it would knowing nobody.
    pub fn occur_in(&self, w: &[char]) -> bool {
        self.matcher.occurs_in(w)
    }

    /// Where these people's names stand in `w` (start, end), longest first.
    pub fn find(&self, w: &[char]) -> Vec<(usize, usize)> {
        self.matcher.find(w).into_iter().map(|(s, e, _)| (s, e)).collect()
    }

    pub fn none() -> People {
        People { names: Vec::new(), matcher: KeyMatcher::default() }
    }
}

impl Matchers {
    pub fn new(lex: &Lexicon) -> Matchers {
        let titles: Vec<(String, RoleRelation)> = lex.titles.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let title_ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(titles.iter().map(|(t, _)| t.as_str()))
            .ok();
        Matchers { titles, title_ac, suffixes: SuffixFinder::new(lex) }
    }
}

/// Tokenises one sentence (its working form).
pub fn tokenize(s: &Sentence, cat: &OrgCatalog, people: &People, m: &Matchers, lex: &Lexicon) -> Vec<Token> {
    let (text, w) = (&s.working, &s.chars[..]);
    let to_char = |b: usize| s.char_index(b);
    let mut covered = vec![false; w.len() + 1];
    let mut tokens: Vec<Token> = Vec::new();
    for d in DEFINITION.find_iter(text) {
        if let (Some(s), Some(e)) = (to_char(d.start()), to_char(d.end())) {
            mark(&mut covered, Span { start: s, end: e });
        }
    }
    for (span, idx) in cat.find(w) {
        if !free(&covered, span) {
            continue;
        }
        mark(&mut covered, span);
        let idx = body_of_the_run(w, span, cat).unwrap_or(idx);
        tokens.push(Token { kind: TokenKind::Org(idx), span });
    }
    // Known people before titles, so that a name is never read as a title's tail.
    for (start, end, i) in people.matcher.find(w) {
        let span = Span { start, end };
        if free(&covered, span) {
            mark(&mut covered, span);
            tokens.push(Token { kind: TokenKind::Person(people.names[i].clone()), span });
        }
    }
    if let Some(ac) = &m.title_ac {
        for mt in ac.find_iter(text) {
            let (Some(s), Some(e)) = (to_char(mt.start()), to_char(mt.end())) else {
                continue;
            };
            let mut span = Span { start: s, end: e };
            // A title opening inside a name is the shorter title after it
            // (台北荣总|院长, not 台北荣|总院长).
            let mut found = m.titles[mt.pattern().as_usize()].clone();
            if covered[s] {
                let tail = (s + 1..e).filter(|&k| !covered[k]).find_map(|k| {
                    let title = text_of(&w[k..e]);
                    lex.title(&title).map(|relation| (k, title, relation))
                });
                if let Some((k, title, relation)) = tail {
                    found = (title, relation);
                    span.start = k;
                } else if s + 1 < e && tokens.iter().any(|t| matches!(t.kind, TokenKind::Org(_)) && t.span.end == s + 1)
                {
                    // A title sharing its first char with the body's last (台北
                    // 医院长, 教育局长: the hospital's director, the bureau's head)
                    // is that title, written after the body's kind.
                    span.start = s + 1;
                }
            }
            // A title before a noun it qualifies names no one's office (领导班子,
            // 领导小组, 领导干部, 领导人).
            if QUALIFIED_NOUNS.iter().any(|n| starts_with_word(&w[span.end..], n)) {
                continue;
            }
            // Nor 领导 closing a list (甲等市残联领导和乙): those before, collectively.
            if found.0 == "领导" && closes_list(w, span.start, &tokens) {
                continue;
            }
            // Nor one naming a board with 会 (理事|会, 董事|会): the board's,
            // not its members' (第七届理事会会长: the 会长 after it is).
            // (会 of an act stays: 董事长|会见, 市长|会同.)
            if w.get(span.end) == Some(&'会')
                && w.get(span.end + 1).is_none_or(|c| !"见晤同谈商签".contains(*c))
                && BOARDS.iter().any(|b| b.strip_suffix('会') == Some(found.0.as_str()))
            {
                continue;
            }
            if free(&covered, span) {
                let (mut title, mut relation) = found;
                // A scope before the title is part of it (大中华区总裁); one that
                // narrows the office to a part of the body heads no more than that.
                if let Some((n, part)) = lex.scope_before(&w[..s])
                    && free(&covered, Span { start: s - n, end: s })
                {
                    span.start = s - n;
                    title = format!("{}{title}", text_of(&w[s - n..s]));
                    if part && relation == RoleRelation::Leads {
                        relation = RoleRelation::ServesAt;
                    }
                }
                // A department between a body and a title (医院|消化科|主任医师,
                // 医院|医务处|处长): the role is at the body, as the
                // department's, and heads no more than it.
                if let Some(d) = department_before(w, span.start, &tokens, &covered, &title) {
                    title = format!("{}{title}", text_of(&w[d..span.start]));
                    span.start = d;
                    if relation == RoleRelation::Leads {
                        relation = RoleRelation::ServesAt;
                    }
                }
                mark(&mut covered, span);
                tokens.push(Token { kind: TokenKind::Title { title, relation }, span });
            }
        }
    }
    tokens.sort_by_key(|t| (t.span.start, t.span.end));
    // Two titles joined by 兼 (one pass for both rules):
    // - after one narrowed to a region, the second is that region's too
    //   (GE医疗|中国总裁兼首席执行官: the China business's chief executive);
    // - the second narrowed to a part of the body (董事总经理兼|内地业务发展|主管)
    //   holds that part's office: the part is the title's.
    for i in 1..tokens.len() {
        let (before, rest) = tokens.split_at_mut(i);
        let (a, b) = (&before[i - 1], &mut rest[0]);
        let (TokenKind::Title { title: first, .. }, TokenKind::Title { title, relation }) = (&a.kind, &mut b.kind)
        else {
            continue;
        };
        if w.get(a.span.end) != Some(&'兼') || b.span.start <= a.span.end {
            continue;
        }
        let part = b.span.start - a.span.end - 1;
        if part == 0 {
            if *relation == RoleRelation::Leads && lex.part_scope_opens(first) {
                *relation = RoleRelation::ServesAt;
            }
        } else if part <= 8 && w[a.span.end + 1..b.span.start].iter().all(|&c| is_han(c)) {
            b.span.start = a.span.end + 1;
            mark(&mut covered, b.span);
            *title = text_of(&w[b.span.start..b.span.end]);
            if *relation == RoleRelation::Leads {
                *relation = RoleRelation::ServesAt;
            }
        }
    }
    let mut governed = governments_before_heads(w, &tokens, cat, &covered);
    governed.extend(governments_before_named_heads(w, &tokens, cat, &covered, lex));
    governed.extend(heads_of_the_one_body(w, &tokens, cat, lex));
    governed.extend(missions_before_heads(w, &tokens, cat, &covered));
    for t in governed {
        mark(&mut covered, t.span);
        tokens.push(t);
    }
    tokens.sort_by_key(|t| (t.span.start, t.span.end));
    // New names next to titles and organisations.
    let starts: BTreeSet<usize> = tokens.iter().map(|t| t.span.start).collect();
    let ends_name = |q: usize| starts.contains(&q);
    let mut found: Vec<Token> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let next_start = tokens.get(i + 1).map(|n| n.span.start);
        match &t.kind {
            TokenKind::Title { .. } | TokenKind::Org(_) => {
                let mut pos = t.span.end;
                if matches!(t.kind, TokenKind::Org(_)) && matches!(w.get(pos), Some(')' | '》' | '」' | '”')) {
                    pos += 1;
                }
                // An aside after the title (副院长(主持工作)张三).
                if matches!(t.kind, TokenKind::Title { .. })
                    && w.get(pos) == Some(&'(')
                    && let Some(close) = w[pos..].iter().take(8).position(|&c| c == ')')
                {
                    pos += close + 1;
                }
                // A list set out as `title name` (青岛大学附属医院院长 王新生).
                if matches!(t.kind, TokenKind::Title { .. })
                    && w.get(pos) == Some(&' ')
                    && w.get(pos + 1).is_some_and(|&c| is_han(c))
                {
                    pos += 1;
                }
                if covered[pos] {
                    continue;
                }
                if let Some(len) = name_at(w, pos, lex, &ends_name) {
                    let span = Span { start: pos, end: pos + len };
                    let followed_by_title = tokens
                        .get(i + 1)
                        .is_some_and(|n| n.span.start == span.end && matches!(n.kind, TokenKind::Title { .. }));
                    // After an organisation a name needs a title behind it (医院王绿化院长).
                    if matches!(t.kind, TokenKind::Title { .. }) || followed_by_title {
                        found.push(Token { kind: TokenKind::Person(text_of(&w[span.start..span.end])), span });
                    }
                    // Names listed bare after one that follows a title (副院长黄峻、王虹，):
                    // each ends where the list goes on or stops, or before the
                    // verb the list is the subject of (、李延平参加了…).
                    if matches!(t.kind, TokenKind::Title { .. }) {
                        let listed_ends = |q: usize| {
                            matches!(w.get(q), None | Some('、' | ',' | '。' | ';' | '等')) || verb_at(w, q, lex)
                        };
                        let mut end = span.end;
                        while w.get(end) == Some(&'、') {
                            // (Spaces after the mark, as text out of a PDF has
                            // them: 副校长李全、 张浩.)
                            let first = (end + 1..w.len()).find(|&q| w[q] != ' ').unwrap_or(w.len());
                            if first >= w.len() {
                                break;
                            }
                            // A name where it starts (its start and length).
                            let name = |at: usize| {
                                (!covered[at])
                                    .then(|| name_at(w, at, lex, &listed_ends))
                                    .flatten()
                                    .filter(|&n| listed_ends(at + n))
                                    .map(|n| (at, n))
                            };
                            // (Or after the body or the department the person
                            // works in, with no title: 、毒理学重点实验室刘建军、,
                            // 、科教科袁建辉、.)
                            let listed = name(first).or_else(|| {
                                if covered[first] {
                                    tokens
                                        .iter()
                                        .find(|b| b.span.start == first && matches!(b.kind, TokenKind::Org(_)))
                                        .and_then(|b| name(b.span.end))
                                } else {
                                    department_at(w, first, &covered, name)
                                }
                            });
                            let Some((at, len)) = listed else { break };
                            let span = Span { start: at, end: at + len };
                            found.push(Token { kind: TokenKind::Person(text_of(&w[span.start..span.end])), span });
                            end = span.end;
                        }
                    }
                }
            }
            TokenKind::Person(_) => {}
        }
        // A gap that is exactly one name, right before a title.
        if let Some(ns) = next_start {
            let next_is_title = matches!(tokens[i + 1].kind, TokenKind::Title { .. });
            let mut gap_start = t.span.end;
            // `、白静慧教授`: an enumeration comma before the name.
            while gap_start < ns && matches!(w[gap_start], '、' | ',' | ' ' | ')' | '》') {
                gap_start += 1;
            }
            // `甲医院的董家鸿院长`: 的 between a body and its person's name.
            if next_is_title
                && matches!(t.kind, TokenKind::Org(_))
                && w.get(gap_start) == Some(&'的')
                && is_name(w, gap_start + 1, ns, lex)
            {
                gap_start += 1;
            }
            // `院长和周勇总经理`: a connector opening the gap joins the name to
            // the one before (和 is a surname too).
            if next_is_title
                && matches!(w.get(gap_start), Some('和' | '与' | '及' | '同'))
                && matches!(t.kind, TokenKind::Title { .. } | TokenKind::Person(_))
                && is_name(w, gap_start + 1, ns, lex)
            {
                gap_start += 1;
            }
            if next_is_title
                && ns > gap_start
                && is_name(w, gap_start, ns, lex)
                && !found.iter().any(|f| f.span.start == gap_start)
            {
                let span = Span { start: gap_start, end: ns };
                found.push(Token { kind: TokenKind::Person(text_of(&w[gap_start..ns])), span });
            }
        }
    }
    // A name right before a bracket that ends with a title: 张三(甲医院院长).
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.kind, TokenKind::Title { .. }) {
            continue;
        }
        let Some(open) = bracket_closed_at(w, &tokens[..i], t.span.end) else { continue };
        let name = (2..=4)
            .rev()
            .filter(|&k| k <= open)
            .map(|k| open - k)
            .find(|&s| (s == 0 || !is_han(w[s - 1]) || lex.is_stop_char(w[s - 1])) && is_name(w, s, open, lex));
        if let Some(s) = name {
            let span = Span { start: s, end: open };
            found.push(Token { kind: TokenKind::Person(text_of(&w[s..open])), span });
        }
    }
    // A name opening the sentence (or a clause) right before a title.
    if let Some(first) = tokens.first()
        && matches!(first.kind, TokenKind::Title { .. })
    {
        let at = first.span.start;
        let mut g = at;
        while g > 0 && is_han(w[g - 1]) && at - g < 4 {
            g -= 1;
        }
        // Or after a word that ends a name (双方代表|余学清|院长).
        let after_word = |s: usize| s >= 2 && lex.ends_name(&w[s - 2..s]) || s >= 1 && lex.is_stop_char(w[s - 1]);
        let start = if is_name(w, g, at, lex) {
            Some(g)
        } else {
            [3, 2].into_iter().filter(|&k| k <= at).map(|k| at - k).find(|&s| after_word(s) && is_name(w, s, at, lex))
        };
        if let Some(g) = start {
            found.push(Token { kind: TokenKind::Person(text_of(&w[g..at])), span: Span { start: g, end: at } });
        }
    }
    // A name taking office (张三当选为|甲学会会长) or being appointed
    // (选举张三为|会长) right before a body or a title.
    for t in &tokens {
        if matches!(t.kind, TokenKind::Person(_)) {
            continue;
        }
        if let Some(span) = appointee_before(w, t.span.start, &covered, lex) {
            found.push(Token { kind: TokenKind::Person(text_of(&w[span.start..span.end])), span });
        }
    }
    for f in found {
        if free(&covered, f.span) {
            mark(&mut covered, f.span);
            tokens.push(f);
        }
    }
    tokens.sort_by_key(|t| (t.span.start, t.span.end));
    tokens
}

/// Where a department right before a title at `at` starts, when an
/// organisation ends right before it: a few Han chars ending in 科/室/部/处
/// (消化科|主任医师), or before a title that opens with its unit (消化|科主任).
fn department_before(w: &[char], at: usize, tokens: &[Token], covered: &[bool], title: &str) -> Option<usize> {
    let unit_in_title = title.starts_with(['科', '室']);
    // (Or the body's operator: 香港中医医院|营运机构|董事局主席.)
    let ends_unit = at > 0 && matches!(w[at - 1], '科' | '室' | '部' | '处')
        || at > 1 && (w[at - 2..at] == ['中', '心'] || w[at - 2..at] == ['机', '构']);
    if !unit_in_title && !ends_unit {
        return None;
    }
    let mut d = at;
    // (Up to ten chars: 上海市中医药管理局|中医药传承发展处|一级调研员.)
    while d > 0 && at - d < 10 && is_han(w[d - 1]) && !covered[d - 1] {
        d -= 1;
    }
    let after_org = tokens.iter().any(|t| matches!(t.kind, TokenKind::Org(_)) && t.span.end == d);
    // Or next in a list of the body's people (甲医院心内科主任张三、|信息中心主任李四):
    // a body named earlier in the clause.
    let listed = || {
        d > 0
            && w[d - 1] == '、'
            && tokens.iter().any(|t| {
                matches!(t.kind, TokenKind::Org(_))
                    && t.span.end < d
                    && !w[t.span.end..d].iter().any(|c| "，,。；;：:".contains(*c))
            })
    };
    (d < at && (at - d >= 2 || unit_in_title) && (after_org || listed())).then_some(d)
}

/// Verbs between a name and the office it takes (张三|当选为|会长).
pub const TAKES_OFFICE: [&str; 14] = [
    "当选为",
    "当选",
    "出任",
    "担任",
    "就任",
    "获任",
    "继任",
    "连任",
    "升任",
    "被任命为",
    "被选举为",
    "被选为",
    "履新",
    "任",
];

/// The first chars of `TAKES_OFFICE`, for a cheap test before it.
pub const TAKES_OFFICE_OPENINGS: &str = "当出担就获继连升被履任";

/// The last chars of `TAKES_OFFICE` and 为.
const TAKES_OFFICE_ENDINGS: &str = "为选任新";

/// Verbs before a name that the office follows after 为 (选举|张三|为会长).
pub const APPOINTS: [&str; 6] = ["选举", "任命", "推选", "聘任", "增补", "推举"];

/// The name that takes the office named from `at` on: before a verb of
/// taking office at a clause's start (，张三当选为|), or between a verb of
/// appointing and 为 (选举张三为|).
fn appointee_before(w: &[char], at: usize, covered: &[bool], lex: &Lexicon) -> Option<Span> {
    let before = &w[..at];
    if !before.last().is_some_and(|&c| TAKES_OFFICE_ENDINGS.contains(c)) {
        return None;
    }
    let verb = TAKES_OFFICE.iter().filter(|v| ends_with_word(before, v)).map(|v| v.chars().count()).max();
    let (end, appointed) = match verb {
        Some(n) => (at - n, false),
        None if before.last() == Some(&'为') => (at - 1, true),
        None => return None,
    };
    [3, 2, 4].into_iter().filter(|&k| k <= end).map(|k| end - k).find_map(|s| {
        let opens = if appointed {
            APPOINTS.iter().any(|v| ends_with_word(&w[..s], v))
        } else {
            s == 0 || !is_han(w[s - 1]) || covered[s - 1] || lex.is_stop_char(w[s - 1])
        };
        (opens && free(covered, Span { start: s, end }) && is_name(w, s, end, lex)).then_some(Span { start: s, end })
    })
}

/// Where the bracket closing right at `end` opens (甲医院院长|)), when it
/// names no person among the tokens `before` it (张三(甲医院院长): a role
/// in brackets after a name).
pub fn bracket_closed_at(w: &[char], before: &[Token], end: usize) -> Option<usize> {
    if w.get(end) != Some(&')') {
        return None;
    }
    let open = w[..end].iter().rposition(|&c| c == '(')?;
    let inside = before.iter().rev().take_while(|p| p.span.start > open);
    (!inside.into_iter().any(|p| matches!(p.kind, TokenKind::Person(_)))).then_some(open)
}

/// Administrative units a head's title names (市长 heads a 市, 镇长 a 镇).
/// The name (`name`: its start and length) after a department's name opening
/// `w[at..]` in a list of people (科教科, 信息科), outside the tokens found:
/// two to twelve Han chars ending in 科, 处 or 室.
fn department_at(
    w: &[char],
    at: usize,
    covered: &[bool],
    name: impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    (2..=12).find_map(|k| {
        let department = at + k < w.len()
            && w[at..at + k].iter().all(|&c| is_han(c))
            && !covered[at..at + k].iter().any(|&c| c)
            && matches!(w[at + k - 1], '科' | '处' | '室');
        department.then(|| name(at + k)).flatten()
    })
}

pub const UNITS: [char; 7] = ['省', '市', '区', '县', '州', '镇', '乡'];

/// A place right before the head of its government (宁波市|副市长,
/// 南山区|区长) stands for that government when the document names it
/// (宁波市人民政府, 深圳市南山区人民政府): the place is the whole of the
/// government's region or its last unit, and ends in the unit the title heads.
/// A bare unit's government in a run of one person's offices after a place's
/// committee (福安市委常委、|市政府|常务副市长黄凌) is that place's, when the
/// document names it, whatever the document's other places of the unit. So
/// is any bare unit's body there (商南县委统战部常务副部长、|县工商联|党组书记:
/// 商南县工商联), when the document names it with the place.
fn body_of_the_run(w: &[char], span: Span, cat: &OrgCatalog) -> Option<usize> {
    let unit = w[span.start];
    let bare = &w[span.start + 1..span.end];
    if !matches!(unit, '市' | '县' | '区') {
        return None;
    }
    let government = matches!(bare, ['政', '府'] | ['人', '民', '政', '府']);
    // (The committee's office, an item of the run right before: X市委常委、.)
    let before = w[..span.start].strip_suffix(&['、'])?;
    let item = before.iter().rposition(|&c| !is_han(c)).map_or(0, |i| i + 1);
    let item = &before[item..];
    let committee = item.iter().position(|&c| c == '委').filter(|&k| k >= 2 && item[k - 1] == unit)?;
    let place = text_of(&item[..committee]);
    if !government {
        return cat.lookup(&format!("{place}{}", text_of(bare)));
    }
    cat.government_of(&place)
}

/// The unit a head's title heads (副县长: 县), if it is one.
fn unit_headed(title: &str) -> Option<char> {
    title.strip_suffix('长').and_then(|t| t.chars().last()).filter(|u| UNITS.contains(u))
}

/// The named governments of places of `unit` (庐江县人民政府 for 县), each with
/// its region's chars (庐江县).
fn governments_of_unit(cat: &OrgCatalog, unit: char) -> impl Iterator<Item = (usize, Vec<char>)> + '_ {
    cat.entries.iter().enumerate().filter(|(_, e)| !e.keys.is_empty()).filter_map(move |(i, e)| {
        let region: Vec<char> = e.name.strip_suffix("人民政府")?.chars().collect();
        (region.last() == Some(&unit)).then_some((i, region))
    })
}

fn governments_before_heads(w: &[char], tokens: &[Token], cat: &OrgCatalog, covered: &[bool]) -> Vec<Token> {
    let mut out = Vec::new();
    for t in tokens {
        let TokenKind::Title { title, .. } = &t.kind else { continue };
        let Some(unit) = unit_headed(title) else { continue };
        if t.span.start > 0 && covered[t.span.start - 1] {
            continue;
        }
        let before = &w[..t.span.start];
        // After the place's party offices (金华市|委副书记、|市长), the
        // government of the place those offices name.
        let office = before.strip_suffix(&['、']).and_then(party_office_before);
        if let Some(at) = office {
            // (Or the place's committee, its token ending after 委: 金华市委|副书记、.)
            let of_place = tokens.iter().find_map(|p| match p.kind {
                TokenKind::Org(idx) if p.span.end == at && cat.entries[idx].name.ends_with("人民政府") => Some(idx),
                TokenKind::Org(idx) if p.span.end == at + 1 => government_of_committee(cat, idx),
                _ => None,
            });
            if let Some(idx) = of_place {
                out.push(Token { kind: TokenKind::Org(idx), span: Span { start: t.span.start, end: t.span.start } });
                continue;
            }
        }
        // A bare head's title (，副市长王剑锋) stands for the one government of
        // that unit the document names; the body's token is empty.
        if before.last().is_none_or(|&c| !is_han(c) || BEFORE_REFERENT.contains(c)) {
            if let Some(idx) = cat.only(|e| e.name.strip_suffix("人民政府").is_some_and(|r| r.ends_with(unit))) {
                out.push(Token { kind: TokenKind::Org(idx), span: Span { start: t.span.start, end: t.span.start } });
            }
            continue;
        }
        let found = governments_of_unit(cat, unit).find_map(|(i, region)| {
            // The last unit alone: what follows the unit before it (深圳市|南山区).
            let last_unit = region[..region.len() - 1].iter().rposition(|c| UNITS.contains(c)).map_or(0, |p| p + 1);
            // (Or the place without its unit before the title: 古田|县长 for
            // 古田县, 安庆|副市长 for 安庆市.)
            [(0, 0), (last_unit, 0), (0, 1), (last_unit, 1)]
                .into_iter()
                .filter(|&(from, cut)| from + cut <= region.len())
                .map(|(from, cut)| &region[from..region.len() - cut])
                .find(|place| place.len() >= 2 && before.ends_with(place))
                .map(|place| (i, place.len()))
        });
        if let Some((idx, len)) = found {
            let span = Span { start: t.span.start - len, end: t.span.start };
            if free(covered, span) {
                out.push(Token { kind: TokenKind::Org(idx), span });
            }
        }
    }
    out
}

/// A place written with its unit, opening a clause or after a list's comma,
/// then a name and the unit head's title (、庐江县|葛世新|副县长): the place
/// is its government, and the name (known or read as the gap before the
/// title) is its head's.
fn governments_before_named_heads(
    w: &[char],
    tokens: &[Token],
    cat: &OrgCatalog,
    covered: &[bool],
    lex: &Lexicon,
) -> Vec<Token> {
    let mut out = Vec::new();
    for t in tokens {
        let TokenKind::Title { title, .. } = &t.kind else { continue };
        let Some(unit) = unit_headed(title) else { continue };
        let known = |from: usize| {
            tokens
                .iter()
                .any(|p| matches!(p.kind, TokenKind::Person(_)) && p.span == Span { start: from, end: t.span.start })
        };
        // Where a name of two or three chars before the title starts, read
        // once; with none, the governments are not walked.
        let names: Vec<usize> = (2..=3)
            .filter_map(|n| t.span.start.checked_sub(n))
            .filter(|&at| known(at) || is_name(w, at, t.span.start, lex))
            .collect();
        if names.is_empty() {
            continue;
        }
        let found = governments_of_unit(cat, unit).find_map(|(i, region)| {
            names
                .iter()
                .find_map(|&name_at| {
                    (3..=region.len()).rev().find_map(|k| {
                        let at = name_at.checked_sub(k)?;
                        let opens = at == 0 || !is_han(w[at - 1]) || w[at - 1] == '、';
                        (opens && w[at..name_at] == region[region.len() - k..])
                            .then_some(Span { start: at, end: name_at })
                    })
                })
                .map(|span| (i, span))
        });
        if let Some((idx, span)) = found
            && free(covered, span)
        {
            out.push(Token { kind: TokenKind::Org(idx), span });
        }
    }
    out
}

/// The words ending a mission's name (中国驻里约|总领事馆).
const MISSIONS: [&str; 4] = ["总领事馆", "领事馆", "总领馆", "大使馆"];

/// A mission's name without its last word, right before one of its offices
/// (中国驻里约|总领事田敏, 驻德国|大使), stands for the mission the document
/// names (中国驻里约总领馆商务参赞…): the office says which.
fn missions_before_heads(w: &[char], tokens: &[Token], cat: &OrgCatalog, covered: &[bool]) -> Vec<Token> {
    let mut out = Vec::new();
    for t in tokens {
        let TokenKind::Title { title, .. } = &t.kind else { continue };
        if !title.ends_with("领事") && !title.ends_with("大使") && !title.ends_with("参赞") {
            continue;
        }
        let before = &w[..t.span.start];
        let found = cat.entries.iter().enumerate().filter(|(_, e)| !e.keys.is_empty()).find_map(|(i, e)| {
            e.keys.iter().chain(std::iter::once(&e.name)).find_map(|k| {
                let stem: Vec<char> = MISSIONS.iter().find_map(|m| k.strip_suffix(m))?.chars().collect();
                (stem.len() >= 3 && before.ends_with(&stem)).then_some((i, stem.len()))
            })
        });
        if let Some((idx, len)) = found {
            let span = Span { start: t.span.start - len, end: t.span.start };
            if free(covered, span) {
                out.push(Token { kind: TokenKind::Org(idx), span });
            }
        }
    }
    out
}

/// Offices that name the kind of body they are held at.
const KIND_OFFICES: [(&str, OrgType); 3] =
    [("校长", OrgType::University), ("院长", OrgType::Hospital), ("所长", OrgType::ResearchCenter)];

/// A bare office of a kind's head at the start of a clause (。校长刘畅、…,
/// ，副院长李明主持), or after the name opening it (。程式华所长与…), is held
/// at the one body of that kind the document names; the body's token is
/// empty, before the title or the name.
/// The university's own offices said with 校 before them (，校党委副书记方守恩)
/// likewise; the body's token is then 校.
fn heads_of_the_one_body(w: &[char], tokens: &[Token], cat: &OrgCatalog, lex: &Lexicon) -> Vec<Token> {
    let opens_clause = |at: usize| at == 0 || matches!(w[at - 1], '，' | ',' | '。' | '；' | ';' | ':');
    let mut out = Vec::new();
    for t in tokens {
        let TokenKind::Title { title, .. } = &t.kind else { continue };
        let at = t.span.start;
        if at > 0 && w[at - 1] == '校' && (opens_clause(at - 1) || at >= 2 && w[at - 2] == '、') {
            if let Some(idx) = cat.only_of_kind(OrgType::University, lex).filter(|&i| !cat.beside_speaker(i)) {
                out.push(Token { kind: TokenKind::Org(idx), span: Span { start: at - 1, end: at } });
            }
            continue;
        }
        // Or right after the university's name (安庆师范大学|校|党委常委).
        let university_before = |o: &Token| match o.kind {
            TokenKind::Org(idx) => o.span.end + 1 == at && cat.entries[idx].org_type == OrgType::University,
            _ => false,
        };
        if at > 0
            && w[at - 1] == '校'
            && let Some(o) = tokens.iter().find(|o| university_before(o))
        {
            out.push(Token { kind: o.kind.clone(), span: Span { start: at - 1, end: at } });
            continue;
        }
        let Some(&(office, kind)) = KIND_OFFICES.iter().find(|(office, _)| title.ends_with(office)) else { continue };
        // (Not one listing others after, 姜慧副校长、徐锋华副县长: the body would
        // be read as theirs too, unless the next is an office of the same body,
        // 杨丹校长、冯晓云副校长; nor one saying whom he stands for, 王超院长
        // 还代表创新团队与…: his act is for that.)
        let stands_for = || ["代表", "还代表", "也代表"].iter().any(|v| starts_with_word(&w[t.span.end..], v));
        let listing_others = || {
            w.get(t.span.end) == Some(&'、') && {
                let mut next = tokens.iter().skip_while(|o| o.span.start <= t.span.start);
                let person =
                    next.next().filter(|o| matches!(o.kind, TokenKind::Person(_)) && o.span.start == t.span.end + 1);
                let office_after = person.and_then(|p| {
                    next.next().filter(|o| o.span.start == p.span.end).and_then(|o| match &o.kind {
                        TokenKind::Title { title, .. } => Some(title.ends_with(office)),
                        _ => None,
                    })
                });
                office_after != Some(true)
            }
        };
        let named_before = tokens
            .iter()
            .find(|p| matches!(p.kind, TokenKind::Person(_)) && p.span.end == at && opens_clause(p.span.start))
            .filter(|_| !listing_others() && !stands_for());
        let Some(from) = named_before.map(|p| p.span.start).or(opens_clause(at).then_some(at)) else { continue };
        if let Some(idx) = cat.only_of_kind(kind, lex).filter(|&i| !cat.beside_speaker(i)) {
            out.push(Token { kind: TokenKind::Org(idx), span: Span { start: from, end: from } });
        }
    }
    // A bare office opening the sentence, its holder's name, then that body's
    // head's office (党委书记黄泰岩,校长王稼琼): the same body's.
    let first = tokens.first().filter(|t| t.span.start == 0 && matches!(t.kind, TokenKind::Title { .. }));
    let person = first.and_then(|f| tokens.get(1).filter(|p| p.span.start == f.span.end));
    let person =
        person.filter(|p| matches!(p.kind, TokenKind::Person(_)) && matches!(w.get(p.span.end), Some(',' | '，')));
    if let Some(p) = person
        && let Some(o) = out.iter().find(|o| o.span.start == p.span.end + 1)
        && !out.iter().any(|o| o.span.start == 0)
    {
        out.push(Token { kind: o.kind.clone(), span: Span { start: 0, end: 0 } });
    }
    out
}

fn free(covered: &[bool], span: Span) -> bool {
    !covered[span.start..span.end].iter().any(|c| *c)
}

fn mark(covered: &mut [bool], span: Span) {
    covered[span.start..span.end].iter_mut().for_each(|c| *c = true);
}

/// The text between two tokens.
pub fn gap(w: &[char], from: usize, to: usize) -> String {
    if to <= from {
        return String::new();
    }
    text_of(&w[from..to])
}

/// For the readers' tests: the last sentence of `text`, the catalog of the
/// organisations `text` names, and the sentence's tokens (knowing no one).
#[cfg(test)]
pub fn tokenize_last(text: &str) -> (Sentence, OrgCatalog, Vec<Token>) {
    let lex = Lexicon::embedded().expect("built-in lexicon");
    let mut sentences = crate::text::sentences::split(text);
    let cat = crate::extract::orgs::discover(&sentences, &lex);
    let last = sentences.pop().expect("a sentence");
    let tokens = tokenize(&last, &cat, &People::none(), &Matchers::new(&lex), &lex);
    (last, cat, tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The organisation each org token of the last sentence of `text` stands for.
    fn orgs_in_last(text: &str) -> Vec<String> {
        let (_, cat, tokens) = tokenize_last(text);
        tokens
            .iter()
            .filter_map(|t| match t.kind {
                TokenKind::Org(i) => Some(cat.entries[i].name.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_name_set_out_after_a_title_with_a_space_is_a_person() {
        let (_, _, tokens) = tokenize_last("出席的领导有：\n青岛大学附属医院院长 王新生");
        assert!(tokens.iter().any(|t| matches!(&t.kind, TokenKind::Person(n) if n == "王新生")));
    }

    /// The people among a sentence's tokens.
    fn people_in(tokens: &[Token]) -> Vec<&str> {
        tokens
            .iter()
            .filter_map(|t| match &t.kind {
                TokenKind::Person(n) => Some(n.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_name_before_a_bracket_ending_in_a_title_is_a_person() {
        let (_, _, tokens) =
            tokenize_last("复旦大学附属华山医院与乙公司签约。张三（复旦大学附属华山医院院长）与李四签约。");
        let people = people_in(&tokens);
        assert_eq!(people, vec!["张三"]);
    }

    #[test]
    fn a_title_sharing_its_first_char_with_the_bodys_last_is_its_office() {
        let (last, cat, toks) = tokenize_last("卫生福利部台北医院长徐锦池与台湾师范大学校长吴正己签署备忘录。");
        let _ = last;
        let titles: Vec<String> = toks
            .iter()
            .filter_map(|t| match &t.kind {
                TokenKind::Title { title, .. } => Some(title.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(titles, vec!["院长", "校长"]);
        assert!(toks.iter().any(|t| matches!(&t.kind, TokenKind::Person(n) if n == "徐锦池")));
        assert!(cat.lookup("卫生福利部台北医院").is_some());
    }

    #[test]
    fn a_place_before_its_heads_title_is_its_government() {
        let named = "北京大学与宁波市人民政府签署协议。北京大学副校长张平文与宁波市副市长李关定签约。";
        assert_eq!(orgs_in_last(named), vec!["北京大学", "宁波市人民政府"]);
        let district = "甲医院与深圳市南山区人民政府签约。南山区区长黄海涛出席。";
        assert_eq!(orgs_in_last(district), vec!["深圳市南山区人民政府"]);
        // A city's head is not the head of a district of it: his is the city's
        // government, named or not (a known place with its unit).
        let city = orgs_in_last("甲医院与杭州市余杭区人民政府签约。杭州市副市长孙旭东出席。");
        assert_eq!(city, vec!["杭州市人民政府"]);
        assert_eq!(orgs_in_last("甲医院与乙公司签约。宁波市副市长李关定出席。"), vec!["宁波市人民政府"]);
        // A town's head too (镇长 heads a 镇).
        let town = orgs_in_last("杨行镇人民政府与上海银行股份有限公司宝山支行签约。党委副书记、镇长杨文杰出席。");
        assert_eq!(town, vec!["杨行镇人民政府"]);
        // A place written once with its unit in the head's title (古田|县长).
        let county = orgs_in_last("福建省农业科学院与古田县政府签约。古田县长党帅致欢迎辞。");
        assert_eq!(county, vec!["古田县人民政府"]);
        // Or without its unit before a deputy's title (安庆|副市长), read as no
        // person's name.
        let text = "安徽省气象局与安庆市人民政府签约。省气象局副局长胡雯,安庆副市长张小青分别代表双方签字。";
        assert_eq!(orgs_in_last(text), vec!["安徽省气象局", "安庆市人民政府"]);
        let (_, _, tokens) = tokenize_last(text);
        assert_eq!(people_in(&tokens), vec!["胡雯", "张小青"]);
        // Or with its unit before the name, the title after (、庐江县|葛世新|副县长).
        let text = "甲研究所与安徽庐江县人民政府签约。所胡培松副所长、庐江县葛世新副县长参加了仪式。";
        assert!(orgs_in_last(text).contains(&"安徽庐江县人民政府".to_string()), "{:?}", orgs_in_last(text));
        let (_, _, tokens) = tokenize_last(text);
        assert!(people_in(&tokens).contains(&"葛世新"), "{:?}", people_in(&tokens));
        // (Not inside a longer word: 在庐江县|调研….)
        let text = "甲研究所与庐江县人民政府签约。专家在庐江县调研副县长主持。";
        assert!(people_in(&tokenize_last(text).2).is_empty());
    }

    #[test]
    fn the_cheap_tests_know_every_verb_of_taking_office() {
        for v in TAKES_OFFICE {
            assert!(v.starts_with(|c| TAKES_OFFICE_OPENINGS.contains(c)), "{v}");
            assert!(v.ends_with(|c| TAKES_OFFICE_ENDINGS.contains(c)), "{v}");
        }
        assert!(TAKES_OFFICE_ENDINGS.contains('为'));
    }

    #[test]
    fn a_bare_office_of_a_kind_opening_a_clause_is_held_at_the_one_body_of_that_kind() {
        let text = "南方科技大学与深圳市第三人民医院签约。校长刘畅出席，副校长李明主持。";
        assert_eq!(orgs_in_last(text), vec!["南方科技大学", "南方科技大学"]);
        // Two universities: which one is not guessed; nor after 、 (the list's body).
        // A campus named after the university is no second one.
        let text = "甲市人民政府与海南师范大学签约，仪式在海南师范大学龙昆南校区举行。我校校长林强出席。";
        assert_eq!(orgs_in_last(text), vec!["海南师范大学"]);
        let text = "南方科技大学与深圳大学签约。校长刘畅出席。";
        assert!(orgs_in_last(text).is_empty());

        let text = "南方科技大学与深圳市第三人民医院签约。深圳市第三人民医院党委书记张三、院长卢洪洲出席。";
        assert_eq!(orgs_in_last(text), vec!["深圳市第三人民医院"]);
        // A school of the university is no second university (艺术学院).
        let text = "中能集团与青岛科技大学签约。艺术学院院长王春生出席。校长马连湘讲话。";
        assert_eq!(orgs_in_last(text), vec!["青岛科技大学"]);
        // Nor is a school the university when none is named (化材学院 供稿).
        let text = "(化材学院 供稿)甲公司与乙公司签约。校党委委员、副校长李红革出席。";
        assert!(orgs_in_last(text).is_empty());
        // A school with a place is a university of its own.
        let text = "北京协和医学院与清华大学签约。校长王辰讲话。";
        assert!(orgs_in_last(text).is_empty());
        // The university's offices with 校 before them.
        let text = "同济大学与华润集团签约。同济大学校长裴钢，校党委副书记方守恩出席。";
        assert_eq!(orgs_in_last(text), vec!["同济大学", "同济大学"]);
        // Or right after its name (安庆师范大学|校|党委常委), with two universities too.
        let text = "甲大学与安庆师范大学签约。安庆师范大学校党委常委、副校长汪时珍出席。";
        assert_eq!(orgs_in_last(text), vec!["安庆师范大学", "安庆师范大学"]);
        // Or after the name opening the clause (程式华所长与…), an institute's
        // too, once the document knows the name; not after one inside it.
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let known = |text: &str, names: &[&str]| {
            let mut sentences = crate::text::sentences::split(text);
            let cat = crate::extract::orgs::discover(&sentences, &lex);
            let last = sentences.pop().expect("a sentence");
            let people = People::new(&names.iter().map(|n| n.to_string()).collect());
            let tokens = tokenize(&last, &cat, &people, &Matchers::new(&lex), &lex);
            tokens
                .iter()
                .filter_map(|t| match t.kind {
                    TokenKind::Org(i) => Some((t.span.start, cat.entries[i].name.clone())),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        // A bare office opening the sentence before that body's head's office
        // (党委书记甲,校长乙) is the same body's; not without the head's office.
        let names = ["黄泰岩", "王稼琼", "王祥喜"];
        let text = "北京交通大学与甲能源集团有限公司签约。党委书记黄泰岩,校长王稼琼,甲能源集团董事长王祥喜出席。";
        assert_eq!(known(text, &names).first(), Some(&(0, "北京交通大学".to_string())));
        let text = "北京交通大学与甲能源集团有限公司签约。党委书记黄泰岩,甲能源集团董事长王祥喜出席。";
        assert!(known(text, &names).iter().all(|(at, _)| *at != 0));
        let text = "中国水稻研究所与庐江县人民政府签署协议。程式华所长与县长王民生代表双方签字。";
        let found = known(text, &["程式华", "王民生"]);
        assert_eq!(found.first(), Some(&(0, "中国水稻研究所".to_string())), "{found:?}");
        let text = "甲医院与中国水稻研究所签约。会上,张三所长还代表创新团队与李四签订协议。";
        assert!(known(text, &["张三", "李四"]).is_empty());
        let text = "甲学院与中国水稻研究所签约。张三所长、李四副县长签订协议。";
        assert!(known(text, &["张三", "李四"]).is_empty());
        // (Unless the next in the list holds an office of the same body.)
        let text = "西南交通大学与甲公司签约。杨丹校长、冯晓云副校长参加座谈。";
        assert_eq!(known(text, &["杨丹", "冯晓云"]), vec![(0, "西南交通大学".to_string())]);
        let text = "中国水稻研究所与华信公司签约。华信公司总经理李四与张三所长签字。";
        assert_eq!(known(text, &["李四", "张三"]), vec![(0, "华信公司".to_string())]);
    }

    #[test]
    fn an_association_says_wo_hui() {
        let cat_text = "我会与微山县医院签订协议。我会会长高晓兰签字。";
        assert_eq!(
            orgs_in_last(&format!("中国老教授协会医药专业委员会成立。{cat_text}")),
            vec!["中国老教授协会医药专业委员会"]
        );
        // Two associations, no signature: which one is not guessed.
        assert!(orgs_in_last(&format!("甲协会与乙学会成立。{cat_text}")).is_empty());
    }

    #[test]
    fn a_bare_group_opening_a_clause_is_the_one_group() {
        let text = "大连海事大学与青岛益和电气集团签约。集团董事长薛长秋出席。";
        assert_eq!(orgs_in_last(text), vec!["青岛益和电气集团"]);
        let text = "青岛益和电气集团与日照兴业集团签约。集团董事长薛长秋出席。";
        assert!(orgs_in_last(text).is_empty());
        // Of two, the one joined to another body as a party; the other only
        // listed among those attending.
        let text = "甲文旅集团与乙市人民政府签约。乙市发改局、丙文旅集团负责人参加。集团董事长石文出席。";
        assert_eq!(orgs_in_last(text), vec!["甲文旅集团"]);
        // A hospital group is no company's group (集团公司 is the railway's).
        let text = "集团公司与金华市中心医院医疗集团签约。金华市轨道交通集团董事长郑公民出席。";
        assert_eq!(orgs_in_last(&format!("{text}集团公司总经理蒋明出席。")), vec!["金华市轨道交通集团"]);
        let text = "我集团与曲阜师范大学签约。日照兴业集团总裁赵文强出席。";
        assert_eq!(orgs_in_last(&format!("{text}我集团副总裁戴方波出席。")), vec!["日照兴业集团"]);
    }

    #[test]
    fn a_company_called_by_its_trade_is_the_one_company_of_it() {
        let text = "中建七局投资有限公司与梁园区人民政府签约。投资公司党委书记、董事长肖俊生出席。";
        assert_eq!(orgs_in_last(text), vec!["中建七局投资有限公司"]);
        // Two companies of the trade: which one is not guessed.
        let text = "甲城投资有限公司与乙城投资有限公司签约。投资公司董事长肖俊生出席。";
        assert!(orgs_in_last(text).is_empty());
        // Nor a company whose whole name is the trade.
        assert!(orgs_in_last("甲医院与投资有限公司签约。投资公司董事长肖俊生出席。").is_empty());
    }

    #[test]
    fn a_name_listed_after_its_department_or_body_is_a_person() {
        let text = "甲中心副主任马汉武、科教科袁建辉、信息科吴永胜、毒理学重点实验室刘建军等共同见证了签约仪式。";
        let (s, _, tokens) = tokenize_last(text);
        assert_eq!(people_in(&tokens), vec!["马汉武", "袁建辉", "吴永胜", "刘建军"], "{}", s.working);
        // Only inside a list of people: a department alone names nobody.
        let (_, _, tokens) = tokenize_last("信息科吴永胜等见证了签约仪式。");
        assert!(people_in(&tokens).is_empty());
    }

    #[test]
    fn a_member_of_a_committee_is_named_after_the_office() {
        let (s, _, tokens) = tokenize_last("甲公司大中华区总裁、全球领导委员会成员王皓签署了合作备忘录。");
        let people = people_in(&tokens);
        assert_eq!(people, vec!["王皓"], "{}", s.working);
        // Nor is 全体 before 班子成员 anybody.
        let (_, _, tokens) = tokenize_last("甲银行商丘分行全体班子成员和相关部门负责人参加了签约仪式。");
        assert!(people_in(&tokens).is_empty());
    }

    #[test]
    fn leaders_named_after_their_body_hold_an_office_but_a_leading_group_does_not() {
        let titles = |tokens: &[Token]| -> Vec<String> {
            tokens
                .iter()
                .filter_map(|t| match &t.kind {
                    TokenKind::Title { title, .. } => Some(title.clone()),
                    _ => None,
                })
                .collect()
        };
        let (_, _, tokens) = tokenize_last("首钢总公司领导朱继民、王青海出席签约仪式。");
        assert_eq!(titles(&tokens), vec!["领导"]);
        assert_eq!(people_in(&tokens), vec!["朱继民", "王青海"]);
        // 领导 closing a list names those before, no one after.
        let (_, _, tokens) = tokenize_last("市残联党组书记马大军等市残联领导和市总工会副主席曾繁新出席。");
        assert!(!titles(&tokens).contains(&"领导".to_string()), "{:?}", titles(&tokens));
        let (_, _, tokens) = tokenize_last("甲公司董事长张三等领导出席。");
        assert!(!titles(&tokens).contains(&"领导".to_string()));
        // 领导 before the noun it qualifies is no office, and names nobody.
        let (_, _, tokens) = tokenize_last("文化与传播学院领导班子及相关人员参加签约仪式。");
        assert!(titles(&tokens).is_empty() && people_in(&tokens).is_empty());
        let (_, _, tokens) = tokenize_last("甲市医改领导小组办公室主任张三出席。");
        assert_eq!(titles(&tokens), vec!["主任"]);
        // Nor is a body's kind holding it cut there.
        let (_, _, tokens) = tokenize_last("甲公司全球领导委员会成员王皓签署了合作备忘录。");
        assert_eq!(titles(&tokens), vec!["成员"]);
    }

    #[test]
    fn a_bare_units_government_after_a_places_committee_is_that_places() {
        let text = "宁德市人民政府与甲公司签约。福安市市长黄其山出席。福安市委常委、市政府常务副市长黄凌出席。";
        assert_eq!(orgs_in_last(text), vec!["中共福安市委员会", "福安市人民政府"]);
        // So is any body of the bare unit named there, of two places' alike.
        let text = "商南县工商联与古蔺县工商联签约。商南县委统战部副部长、县工商联党组书记何彬,古蔺县委统战部副部长、县工商联党组书记段学渊出席。";
        let found = orgs_in_last(text);
        assert_eq!(found, vec!["中共商南县委员会", "商南县工商业联合会", "中共古蔺县委员会", "古蔺县工商业联合会"]);
    }

    #[test]
    fn a_missions_name_before_its_office_is_the_mission() {
        // 中国驻里约|总领事: the consulate the document names (总领馆, 总领事馆).
        let text = "甲市与乙市签约。中国驻里约总领馆参赞张三出席。中国驻里约总领事田敏出席。";
        assert_eq!(orgs_in_last(text), vec!["中国驻里约总领事馆"]);
        // Not a mission the document does not name.
        assert!(orgs_in_last("甲市与乙市签约。中国驻里约总领事田敏出席。").is_empty());
    }

    #[test]
    fn a_bare_heads_title_stands_for_the_one_government_of_its_unit() {
        let text = "徐州市人民政府与华润医疗控股有限公司签约。副市长王剑锋与总裁宋清签约。";
        assert_eq!(orgs_in_last(text), vec!["徐州市人民政府"]);
        let text = "甲医院与长春市人民政府签约。长春市委副书记、市长王子联出席。";
        assert_eq!(orgs_in_last(text), vec!["中共长春市委员会", "长春市人民政府"]);
        // No district government named: a 区长 stands for nothing.
        assert!(orgs_in_last("甲医院与长春市人民政府签约。区长张三出席。").is_empty());
        // Two city governments: which one is not guessed.
        assert!(orgs_in_last("长春市人民政府与吉林市人民政府签约。副市长张三出席。").is_empty());
        // After a place's party offices, that place's government, however many
        // the document names (金华市|委副书记、|市长).
        let found = orgs_in_last("浙江大学与义乌市人民政府签约。金华市委副书记、市长张健出席。");
        assert_eq!(found, vec!["中共金华市委员会", "金华市人民政府"]);
    }
}
