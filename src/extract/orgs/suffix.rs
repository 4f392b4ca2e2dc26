//! Where names ending in an organisation suffix start and end in a sentence:
//! the suffix automata, the run of chars before a suffix and what bounds it
//! (boundary words, titles, dates, definitions, brackets).

use super::*;

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
pub(super) struct SuffixAt {
    start: usize,
    end: usize,
    body: bool,
}

/// The most chars of a name before its suffix.
pub(super) const MAX_RUN: usize = 24;

/// Where a run of Han chars ending at `end` starts once a date opening it
/// is skipped: after a 日 or 号 that ends a day (16日, 月十六日), or a year's
/// 年度 (2021年度|福建港口集团十大亮点), else `start`.
pub(super) fn after_date(w: &[char], start: usize, end: usize) -> usize {
    const NUMERALS: &str = "〇零一二三四五六七八九十";
    if start > 0 && w[start - 1].is_ascii_digit() && w[start..end].starts_with(&['年', '度']) {
        return start + 2;
    }
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
pub(super) const TITLE_LOOKAHEAD: usize = 6;

/// Words opening a reporter's byline, his name after them.
const BYLINES: [&str; 3] = ["记者", "通讯员", "实习记者"];

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
        // (香港特别行政区, 福建大数据…); nor does one opening on a place's last
        // chars (烟|台长|岛: 烟台长岛…试验区).
        // (Read off the boundary automaton and each boundary word's proper
        // openings, not place by word.)
        let boundary_ac = dfa().build(&bounds).ok();
        let openings: BTreeSet<&str> =
            bounds.iter().flat_map(|b| b.char_indices().skip(1).map(move |(i, _)| &b[..i])).collect();
        let holds = |p: &str| boundary_ac.as_ref().is_some_and(|ac| ac.is_match(p));
        let straddles = |p: &str| p.char_indices().skip(1).any(|(i, _)| openings.contains(&p[i..]));
        let bounded_places = lex
            .places
            .iter()
            .filter(|p| holds(p) || straddles(p))
            .chain(&lex.boundary_exceptions)
            .map(|p| p.chars().collect())
            .collect();
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
    pub(super) fn candidates(&self, sentence: &Sentence, lex: &Lexicon) -> Vec<(Span, OrgType)> {
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
            // 学校 after 大 is a university's name and its 校 (…大学|校长, 大学|校党委),
            // 学院 after 大 before 长, 士 or 系 the name and a title or its parts
            // (…医科大学|院长, 大学|院士, 大学|院系), and 医药 after 中 the
            // discipline 中医药, no company's kind (上海市中医药管理局|中医药传承发展处).
            let after = |c: char| s > 0 && w[s - 1] == c;
            let university_then = || w.get(e).is_some_and(|c| "长士系".contains(*c));
            // (Nor is 法院 after 政 or before 校 a court: 政法院校, the colleges,
            // nor 大学 before 生 a university, but for a discipline opening with
            // 生: 优秀大学生 are students, 北京大学生命科学学院 a school.)
            let students = || w.get(e) == Some(&'生') && !w.get(e + 1).is_some_and(|c| "命物态理殖化产".contains(*c));
            if w[s..e] == ['学', '校'] && after('大')
                || w[s..e] == ['大', '学'] && students()
                || w[s..e] == ['学', '院'] && after('大') && university_then()
                || w[s..e] == ['法', '院'] && (after('政') || w.get(e) == Some(&'校'))
                || w[s..e] == ['医', '药'] && after('中')
                // (A short form in 办 before 公 is an office written in full:
                // 港澳台办|公室 is no 台办.)
                || w[e - 1] == '办' && w.get(e) == Some(&'公')
            {
                continue;
            }
            // A kind before 管理 and an office is what that office manages, no
            // body's end (蚌埠医科大学|医院管理处|处长; 医院管理局 ends at 局).
            if w[e..].starts_with(&['管', '理']) && w.get(e + 2).is_some_and(|c| "处科部办".contains(*c)) {
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
        // An abbreviated kind's 会 before 长 is its head's title (市律协|会长,
        // 市科协|会长): the suffix ends before it.
        let abbreviated_end = |e: usize| matches.iter().any(|&(_, e2, _)| e2 + 1 == e);
        let heads_title = |e: usize| e >= 2 && w[e - 1] == '会' && w.get(e) == Some(&'长') && abbreviated_end(e);
        let title_ends: Vec<usize> = matches.iter().map(|m| m.1).filter(|&e| heads_title(e)).collect();
        matches.retain(|m| !title_ends.contains(&m.1));
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
        // An academy's institute written short, its 研究所 as 所 (中科院|地理资源
        // |所): the academy known by its bare name, two to eight chars with no
        // boundary word, then 所 opening no word (所属, 所有, 所在). Or its
        // branch academy in a city (中国科学院|昆明|分院).
        for &(s, e, ty) in &matches {
            if ty != OrgType::ResearchCenter || !body_spans.contains(&(s, e)) {
                continue;
            }
            let run = w[e..].iter().take(9).take_while(|c| is_han(**c)).count();
            let branch = |k: usize| k <= 4 && w[e + k..].starts_with(&['分', '院']);
            let Some(k) = (2..run).find(|&k| w[e + k] == '所' || branch(k)) else { continue };
            let end = if w[e + k] == '所' { e + k + 1 } else { e + k + 2 };
            let opens_word = w[e + k] == '所' && w.get(e + k + 1).is_some_and(|c| "属有以在得需谓".contains(*c));
            let bounded = bounds.iter().any(|&(a, b)| a < e + k && b > e);
            if opens_word || bounded || w[e..e + k].contains(&'所') || out.iter().any(|(o, _)| o.end == end) {
                continue;
            }
            let start = out.iter().find(|(o, _)| o.end == e).map_or(s, |(o, _)| o.start);
            out.push((Span { start, end }, OrgType::ResearchCenter));
            // (In the order of their ends, as the others are.)
            out.sort_by_key(|(span, _)| span.end);
        }
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

    /// Whether the boundary word `w[s..e]` lies inside a place that holds it, or opens inside one.
    fn in_place(&self, w: &[char], s: usize, e: usize) -> bool {
        // (The cheap test first: most boundary words are in no such word.)
        if !self.bounded_places.iter().any(|p| p.contains(&w[s])) {
            return false;
        }
        // (Whole inside it, or opening after its first char.)
        self.bounded_places.iter().any(|place| {
            let inside = 0..place.len().saturating_sub(e - s - 1);
            let opening_on = 1..place.len();
            inside
                .chain(opening_on)
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
        // A periodical's house is named by the periodical's title (《传媒》
        // 杂志社): the name starts at the 《.
        if suffix_start >= 3 && w[suffix_start - 1] == '》' {
            let open = w[suffix_start.saturating_sub(16)..suffix_start - 1]
                .iter()
                .rposition(|&c| c == '《')
                .map(|o| o + suffix_start.saturating_sub(16));
            let media =
                || with_text(&w[suffix_start..suffix_end], |k| lex.org_suffixes.get(k) == Some(&OrgType::Media));
            if let Some(o) = open
                && o + 2 < suffix_start
                && w[o + 1..suffix_start - 1].iter().all(|&c| is_han(c))
                && media()
            {
                return Some(o);
            }
        }
        let mut run_start = suffix_start;
        let company = w[suffix_start..suffix_end].ends_with(&['公', '司']);
        loop {
            while run_start > 0 && is_han(w[run_start - 1]) && suffix_start - run_start < MAX_RUN {
                run_start -= 1;
            }
            // A place in brackets inside a company's name: 腾讯医疗健康(深圳)有限公司;
            // a company's own union or office is named by it (中国海运(集团)总公司|工会).
            let company = company || w[run_start..suffix_start].windows(2).any(|p| p == ['公', '司']);
            match bracketed_place(&w[..run_start], lex, company) {
                Some(open) if suffix_start - open < 24 => run_start = open,
                // A name written by sound runs on over its dot (施普林格·自然
                // 集团), unless a name ends at the dot: two names of one body.
                _ if run_start >= 2
                    && run_start < suffix_start
                    && w[run_start - 1] == NAME_DOT
                    && is_han(w[run_start - 2])
                    && !spans.iter().any(|&(_, e)| e == run_start - 1) =>
                {
                    run_start -= 1;
                }
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
        // Nor is a reporter's byline (记者孟群舒|上海市人民政府): the name after
        // 记者 ends where a listed place opens the body's.
        if let Some(word) = BYLINES.iter().find(|b| starts_with_word(&w[run_start..suffix_start], b)) {
            let name_start = run_start + word.chars().count();
            if let Some(n) = (2..=3)
                .find(|&n| name_start + n < suffix_start && place_prefix_len(&w[name_start + n..suffix_start], lex) > 0)
            {
                run_start = name_start + n;
            }
        }
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
        let mut cut = run_start > 0 && is_han(w[run_start - 1]) && suffix_start - run_start >= MAX_RUN;
        // Or a name ending in it and a connector after that name (蒙古国乌兰巴托市
        // 商务发展中心|和|天津市友好合作城市企业促进会: two long names).
        if cut
            && let Some(e) = spans
                .iter()
                .map(|&(_, e)| e)
                .filter(|&e| e > run_start && e + 1 < suffix_start && matches!(w[e], '和' | '与' | '及'))
                .max()
        {
            run_start = e + 1;
            cut = false;
        }
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
        // (Not after an adverb: 甲集团分别与|乙有限公司, 还与, 并与, 首次与, 正式与.)
        let adverb = |at: usize| {
            w[..at].ends_with(&['分', '别'])
                || at >= 1
                    && matches!(
                        w[at - 1],
                        '还' | '并' | '也' | '又' | '亦' | '均' | '次' | '曾' | '已' | '将' | '再' | '式'
                    )
        };
        // (Nor after an academy's institute or branch written short: 中科院
        // 地理资源所|与, 中国科学院岭西分院|与.)
        let short_part = |at: usize| w[..at].ends_with(&['分', '院']) || w[..at].ends_with(&['所']);
        // (Nor after a government, nor before a body named by its level: 临汾市
        // 政府|与|省气象局.)
        let government_before = |at: usize| w[..at].ends_with(&['政', '府']);
        let level_after = matches!(w.get(start), Some('省' | '市' | '县' | '区'));
        if start >= 1
            && w[start - 1] == '与'
            && suffix_start - start <= 4
            && !adverb(start - 1)
            && !short_part(start - 1)
            && !government_before(start - 1)
            && !level_after
        {
            // (A boundary overlapping a suffix bounds nothing: 科学|院长|春.)
            let overlaps = |s: usize, e: usize| spans.iter().any(|&(a, b)| a < e && s < b);
            // (A boundary right before the 与 bounds too: 甲公司举行|与|乙医院.)
            let before = inside
                .iter()
                .filter(|&&(s, e)| e < start && !overlaps(s, e))
                .map(|&(_, e)| e)
                .max()
                .unwrap_or(run_start);
            // (Or a school or a ministry's department named by two
            // disciplines, the first standing alone: ,|公共卫生与健康|学院,
            // ,|科技与气候变化|司.)
            let school = w[suffix_start..suffix_end] == ['学', '院'] || w[suffix_start..suffix_end] == ['司'];
            let alone = before == 0 || !is_han(w[before - 1]);
            if spans.iter().any(|&(s, e)| s >= before && e < start - 1)
                || school && alone && (2..=5).contains(&(start - 1 - before))
            {
                start = before;
            }
        }
        // A one-char boundary word right after one char of the run may be part
        // of the name (华为|技术有限公司): the start before that char is tried
        // when the shorter name has no head of its own.
        // (Not 有, a verb after any char: 设有|中医药学院; nor the end of a
        // longer boundary word: 作为|高水平研究型大学.)
        let ends_longer_word = |s: usize| inside.iter().any(|&(s2, e2)| e2 == start && s2 < s);
        let mut longer = inside
            .iter()
            .filter(|&&(s, e)| e == start && e - s == 1 && w[s] != '有' && !ends_longer_word(s))
            .find_map(|&(s, _)| {
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
        // A government's name right before a national word or a place (吉林省人民
        // 政府|中国建材集团有限公司, two parties in a document's title) ends there,
        // and so does a society's or a foundation's before a hospital's or a
        // university's (…慈善公益基金会|南京儿童医院…项目; not 中国红十字会总医院).
        let of_kind = |s: usize, e: usize, kinds: &[OrgType]| {
            with_text(&w[s..e], |k| lex.org_suffixes.get(k).is_some_and(|t| kinds.contains(t)))
        };
        // A government's own name opens with its place, so a body named before
        // the place is another (《海关总署广东省人民政府关于…备忘录》: two parties).
        let government = w[suffix_start..suffix_end].ends_with(&['政', '府']);
        // Nor is a group named after a company and a place that company's
        // (水发集团一级权属公司|山东水利发展集团; but 中国移动通信集团|江西有限公司
        // is one name).
        let group = w[suffix_start..suffix_end].ends_with(&['集', '团']);
        for &(s, e) in spans {
            // (A society's or a foundation's name ends in 会: the kinds are
            // looked up only then.)
            // (A bare kind word opening the run names no body with the place
            // after it: 代表|学院|福州市中级人民法院签订, its 与 lost.)
            let ends_body = || {
                government
                    || s == start && e - s == 2 && with_text(&w[s..e], |k| lex.org_suffixes.contains_key(k))
                    || group && w[s..e].ends_with(&['公', '司'])
                    || w[s..e].ends_with(&['人', '民', '政', '府'])
                    || e - s >= 2
                        && w[e - 1] == '会'
                        && of_kind(s, e, &[OrgType::Association])
                        && of_kind(suffix_start, suffix_end, &[OrgType::Hospital, OrgType::University])
            };
            // (Cheap tests first: a place is looked up only after such a name.)
            if s >= run_start
                && e < suffix_start
                && ends_body()
                && (NATIONAL.iter().any(|n| starts_with_word(&w[e..suffix_start], n))
                    || place_prefix_len(&w[e..suffix_start], lex) >= 2)
            {
                start = start.max(e);
                longer = longer.filter(|&l| l >= e);
            }
        }
        // A head's title and a person's name right before a place, the commas
        // between them lost (市长周先旺|湖北省卫健委主任): the name starts at
        // the place. (Cheap test first: a long run only.)
        // (A name of two or three chars ending at `p`, a title before it in
        // the run from `from`.)
        let titled_name_before = |from: usize, p: usize| {
            [2, 3].iter().any(|&n| {
                p >= from + n + 2
                    && lex.is_surname(&w[p - n..p - n + 1])
                    && title_before(&w[from..p - n], lex)
                    && is_name(w, p - n, p, lex)
            })
        };
        if suffix_start - start >= 9
            && let Some(p) = (start + 5..suffix_start - 2)
                .rev()
                .find(|&p| titled_name_before(start, p) && place_prefix_len(&w[p..suffix_start], lex) >= 2)
        {
            start = p;
            longer = longer.filter(|&l| l >= p);
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
            // (The name and its title may stand inside the run too: 卫计委医管科
            // 科长|沈峻|和|习水县中医院.)
            let named =
                after_title > run_start && is_name(w, after_title, p, lex) && title_before(&w[..after_title], lex)
                    || titled_name_before(start, p);
            // (Or right after a title written after a name: 钱逸泰院士|和|颍上县….)
            // (Or right after a place written with its unit, a town's or a
            // county's: 青山镇|和|江南银行…; but 县|和平医院 goes on.)
            let after_place = p >= start + 3
                && matches!(w[p - 1], '镇' | '乡' | '县' | '区')
                && w[p] == '和'
                && !matches!(w.get(p + 1), Some('平' | '谐' | '美' | '睦'));
            // (Or a name opening the run, before a body whose officer follows
            // it: 黄奇帆|和|现代汽车集团副会长薛荣兴代表双方签署; the commas and
            // the first's title lost.)
            let opening_name = p == start + 2 || p == start + 3;
            let opening_name = opening_name
                && start == run_start
                && is_name(w, start, p, lex)
                && unsuffixed::title_at(&w[suffix_end..], lex);
            if named
                || after_place
                || opening_name
                || place_prefix_len(&w[p + 1..suffix_start], lex) >= 2
                || after_name_title(&w[start..p], lex)
            {
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
        // A name right after a count (及七所|附属医院, where 所 bounds the run)
        // is none: it describes the bodies counted (one opening with a count
        // has no valid head).
        if start >= 2 && is_count(w[start - 2], w[start - 1]) {
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
            // (Or a bare unit before a kind of three chars or more, which
            // names what the body is: 市|档案馆, 市|博物馆, 县|检察院.)
            let unit_kind = || matches!(head.as_str(), "省" | "市" | "区" | "县") && suffix_end - end >= 3;
            // (Or a body known by its bare name: 科技部|部长.)
            // (Standing alone: after a mark or a connector, not inside a run
            // of words: 甲大学继续|教育部 is a department.)
            // (Or after the government it is a body of: 特区政府|环境及生态局.)
            // (Or after a boundary word: 欢迎|海关总署副署长.)
            let alone = suffix_start == 0
                || !is_han(w[suffix_start - 1])
                || "与和及同的在由向对受经".contains(w[suffix_start - 1])
                || w[..suffix_start].ends_with(&['政', '府'])
                || bounds.iter().any(|&(_, e)| e == suffix_start);
            let known_body = || start == suffix_start && alone && body;
            // (A legal form alone names nothing: (中国)|股份有限公司.)
            // (A legal form has four to six chars: the cheap test first.)
            let legal_form = || {
                (4..=6).contains(&(suffix_end - start))
                    && with_text(&w[start..suffix_end], |n| LEGAL_FORMS.contains(&n))
            };
            // (Or a well-known short name, whose head may be generic: 中国|科大;
            // ending there, not opening a longer name: 中国科大|附一院.)
            let ends_there = || {
                w.get(suffix_end).is_none_or(|&c| !is_han(c) || lex.is_stop_char(c))
                    || unsuffixed::title_at(&w[suffix_end..], lex)
            };
            let known_short =
                || with_text(&w[start..suffix_end], |n| lex.name_openings.contains_key(n)) && ends_there();
            (suffix_start - start >= 2 || end - start >= 2) && valid_head(&head, lex) && !legal_form()
                || known_short()
                || bare() && abbreviated()
                || unit_government()
                || unit_kind()
                || known_body()
        };
        let start = [Some(start), longer].into_iter().flatten().find(|&s| named(s))?;
        // A body known by its bare name ends no name but a country's or a
        // place's (国家|卫健委; not 甲大学继续|教育部, a department).
        if body && start < suffix_start {
            let head: String = text_of(&w[start..suffix_start]);
            let country = ["中华人民共和国", "中国"].contains(&head.as_str()) || NATIONAL.contains(&head.as_str());
            if !country && !lex.is_place(head.trim_end_matches(['省', '市', '区', '县'])) {
                // (Its government's name before it is a name of its own.)
                return (w[..suffix_start].ends_with(&['政', '府'])).then_some(suffix_start);
            }
        }
        Some(start - defined_opening(w, start, suffix_end))
    }
}

/// How many chars before `start` a definition right after the name shows
/// to be its opening (联合|医务集团有限公司(下称「联合医务」)): the short name
/// opens with them.
pub(super) fn defined_opening(w: &[char], start: usize, end: usize) -> usize {
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
pub(super) fn dfa() -> aho_corasick::AhoCorasickBuilder {
    let mut b = AhoCorasick::builder();
    b.kind(Some(aho_corasick::AhoCorasickKind::DFA));
    b
}

/// Where `(place)` starts when `before` ends with one that follows a name's
/// first chars (腾讯医疗健康|(深圳)): the place is a lexicon place or 中国. A
/// group's form in brackets is inside the name too (上海复星医药|(集团)|股份有限公司).
/// (A group form, (集团) or (控股), only inside a company's name: `company`.)
pub(super) fn bracketed_place(before: &[char], lex: &Lexicon, company: bool) -> Option<usize> {
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
pub(super) fn english_in_brackets(w: &[char], close: usize) -> Option<usize> {
    let open = (close.saturating_sub(40)..close).rev().find(|&i| w[i] == '(')?;
    let inside = &w[open + 1..close];
    let english = inside.first().is_some_and(|c| c.is_ascii_uppercase())
        && inside.len() >= 2
        && inside.iter().all(|&c| c.is_ascii_alphabetic() || " &.-'".contains(c));
    english.then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn a_name_after_a_title_reporting_opens_no_body() {
        let found = names("瑞金医院院长宁光作高水平研究型医院建设规划情况汇报。");
        assert!(!found.iter().any(|n| n.contains("宁光")), "{found:?}");
    }

    #[test]
    fn name_starts_after_boundary_word() {
        assert_eq!(names("双方在国家癌症中心统筹下签署"), vec!["国家癌症中心"]);
        // Verbs of purpose and 相关 bound names: no 实现大学, no 县政府相关局.
        assert!(names("服务地方经济社会发展,是实现大学基本职能的重要途径。").is_empty());
        assert!(!names("睢宁县委县政府相关局委负责同志参加。").iter().any(|n| n.ends_with("相关局")));
        // A subsidiary is said to be one before its name.
        assert_eq!(names("本公司全资子公司深圳市一体医疗科技有限公司签约。"), vec!["深圳市一体医疗科技有限公司"]);
        // So does 来 of one coming to a body, but not 来 in a place's or a
        // firm's name.
        assert_eq!(names("纳税服务股负责同志来东湖财经学院交流座谈。"), vec!["东湖财经学院"]);
        assert_eq!(names("来宾市人民政府与未来科技有限公司签约。"), vec!["来宾市人民政府", "未来科技有限公司"]);
        // An event's words before the names of those at it (座谈会上|湖北省科技馆).
        assert_eq!(names("座谈会上湖北省科技馆馆长张翼签署协议。"), vec!["湖北省科技馆"]);
        // So do the words of a body built together (甲大学|合作建设|孔子学院), and
        // a Confucius Institute alone names none.
        assert_eq!(names("德州学院与拉曼大学合作建设孔子学院。"), vec!["德州学院", "拉曼大学"]);
        assert_eq!(names("拉曼大学孔子学院院长出席。"), vec!["拉曼大学孔子学院"]);
    }

    #[test]
    fn embassies_museums_zones_and_the_language_office_are_bodies() {
        let lex = lex();
        // 我驻 is China's (我驻赤道几内亚大使馆).
        assert_eq!(canonical_name("我驻赤道几内亚大使馆", &lex), "中国驻赤道几内亚大使馆");
        assert_eq!(names("河南省科学技术馆馆长段春明出席。"), vec!["河南省科学技术馆"]);
        assert_eq!(names("与中国(上海)自由贸易试验区签约。"), vec!["中国(上海)自由贸易试验区"]);
        assert_eq!(names("国家汉办主任许琳出席。"), vec!["国家汉办"]);
    }

    #[test]
    fn a_title_opening_on_a_places_last_char_bounds_no_name() {
        // 烟|台长|岛, 邢|台长|城: the place's, no director's.
        assert_eq!(
            names("鲁商集团与烟台长岛海洋生态文明综合试验区签约。"),
            vec!["鲁商集团", "烟台长岛海洋生态文明综合试验区"]
        );
        assert_eq!(names("鲁商集团与邢台长城医院签约。"), vec!["鲁商集团", "邢台长城医院"]);
        // A title after the place is one still.
        assert_eq!(names("烟台电视台台长王五出席。"), vec!["烟台电视台"]);
    }

    #[test]
    fn a_name_starts_at_a_place_after_a_title_and_a_person_run_into_it() {
        let n = names("武汉市政府市长周先旺湖北省卫健委主任涂远超出席。");
        assert!(n.contains(&"湖北省卫生健康委员会".to_string()), "{n:?}");
        assert!(!n.iter().any(|n| n.contains("周先旺")), "{n:?}");
        // Not a name that only holds a place after a word like a title.
        let n = names("北京大学人民医院院长王杉与上海市卫生健康委员会签约。");
        assert!(n.contains(&"上海市卫生健康委员会".to_string()), "{n:?}");
    }

    #[test]
    fn a_bare_kind_word_before_a_place_opens_no_name() {
        let n = names("杨垠红教授代表学院福州市中级人民法院签订战略合作框架协议。");
        assert!(n.contains(&"福州市中级人民法院".to_string()), "{n:?}");
        // Not a body's name before a place (中国科学院|西安…研究所).
        let n = names("江苏华光科技股份有限公司与中国科学院西安光学精密机械与物理研究所签署协议。");
        assert!(n.contains(&"中国科学院西安光学精密机械与物理研究所".to_string()), "{n:?}");
        // A body's general office named bare (、办公厅主任) is no body of its own.
        assert!(names("中国科协党组成员、办公厅主任吴海鹰出席。").iter().all(|n| n != "办公厅"));
        assert!(names("国务院办公厅副主任张三出席。").contains(&"国务院办公厅".to_string()));
        // An acting office holder's word opens no name (在孙梅君和署理|保安局局长…见证下).
        let n = names("在孙梅君和署理保安局局长卓孝业见证下,双方签署备忘录。");
        assert_eq!(n, vec!["保安局"]);
        // A reporter's byline against the name is no part of it.
        let n = names("摘要:记者孟群舒上海市人民政府与中国科学技术协会昨天在沪签署协定。");
        assert!(n.contains(&"上海市人民政府".to_string()), "{n:?}");
    }

    #[test]
    fn he_inside_a_name_is_not_a_boundary() {
        assert!(names("由养和医疗集团行政总裁").contains(&"养和医疗集团".to_string()));
    }

    #[test]
    fn an_abbreviated_kinds_hui_before_zhang_is_its_heads_title() {
        assert_eq!(names("中国科协会长万钢出席。"), vec!["中国科学技术协会"]);
        assert_eq!(names("上海市作家协会会长王安忆出席。"), vec!["上海市作家协会"]);
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
    fn a_place_in_brackets_stays_inside_a_company_name() {
        let n = names("南方医院与腾讯医疗健康（深圳）有限公司签订合作协议");
        assert!(n.contains(&"腾讯医疗健康(深圳)有限公司".to_string()), "{n:?}");
        let n = names("与阿斯利康（无锡）贸易有限公司签署协议");
        assert!(n.contains(&"阿斯利康(无锡)贸易有限公司".to_string()), "{n:?}");
        // So is a group's form: (集团), (控股).
        let n = names("上海复星医药（集团）股份有限公司与四川大学华西医院签署协议");
        assert!(n.contains(&"上海复星医药(集团)股份有限公司".to_string()), "{n:?}");
        assert!(!n.contains(&"股份有限公司".to_string()), "{n:?}");
        // And in a company's union, named by the company.
        let n = names("锦州市总工会与中国海运（集团）总公司工会签署协议");
        assert!(n.contains(&"中国海运(集团)总公司工会".to_string()), "{n:?}");
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
    fn a_connector_before_a_place_inside_a_run_starts_the_name() {
        assert_eq!(names("副院长程永忠和成都市第五人民医院院长蒋秋"), vec!["成都市第五人民医院"]);
        assert_eq!(names("院长杜锡林和某某县第一人民医院院长倪银星"), vec!["某某县第一人民医院"]);
        assert_eq!(names("北京和平里医院"), vec!["北京和平里医院"]);
        assert_eq!(names("黄奇帆和现代汽车集团副会长薛荣兴代表双方签署协议"), vec!["现代汽车集团"]);
        assert_eq!(names("北京和平里医院院长张三出席"), vec!["北京和平里医院"]);
        let found = names("普陀区卫计委医管科科长沈峻和习水县中医院院长张春签订协议");
        assert!(found.contains(&"习水县中医院".to_string()) && !found.iter().any(|n| n.contains("沈峻")), "{found:?}");
    }

    #[test]
    fn he_after_a_suffix_joins_two_names() {
        let n = names("中山大学肿瘤防治中心和上海联影医疗科技有限公司签署协议");
        assert!(n.contains(&"上海联影医疗科技有限公司".to_string()), "{n:?}");
    }

    #[test]
    fn an_english_name_in_brackets_inside_a_company_name() {
        let n = names("南昌大学第一附属医院与阿斯利康（AstraZeneca）投资（中国）有限公司签署战略合作协议");
        assert!(n.contains(&"阿斯利康投资(中国)有限公司".to_string()), "{n:?}");
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
        // The central bank, by its bare name too (人民银行 is 中国人民银行).
        let found = names("工行天津分行与天津市财政局、人民银行签订了协议。");
        assert_eq!(found, vec!["中国工商银行天津分行", "天津市财政局", "中国人民银行"]);
        let cat = discover(&split("人民银行苏东海副行长在协议书上签字。"), &lex());
        let idx = cat.lookup("人民银行").expect("the central bank");
        assert_eq!((cat.entries[idx].name.as_str(), cat.entries[idx].org_type), ("中国人民银行", OrgType::Government));
        // What a rule is applied by (按照市财政局的授权) is no part of the name,
        // and a generic word (财政, 代理) is none of a body's.
        let found = names("天津市财政局与兴业银行签约。代理银行按照市财政局的授权支付财政资金。");
        assert_eq!(found, vec!["天津市财政局", "兴业银行"]);
        let cat = discover(&split("天津市财政局与兴业银行签订代理财政授权支付协议。"), &lex());
        assert!(cat.lookup("财政").is_none(), "{:?}", cat.entries);
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
        // A centre's name goes on into no university's (《甲信息中心乙学院…协议》).
        let text =
            "成都医学院与四川省卫生健康信息中心签约。双方签署了《四川省卫生健康信息中心成都医学院战略合作框架协议》。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("四川省卫生健康信息中心成都医学院").is_none());
    }

    #[test]
    fn a_bureau_known_by_its_bare_name_follows_its_government() {
        // Hong Kong's bureaus hold 及 (环境及生态局): a body of the lexicon,
        // named after the government it belongs to.
        let found = names("特区政府环境及生态局局长谢展寰及中国气象局局长陈振林出席。");
        assert!(found.contains(&"环境及生态局".to_string()), "{found:?}");
        assert!(!found.iter().any(|n| n == "生态局" || n.starts_with("特区政府环")), "{found:?}");
        // Words that hold 局 name no bureau.
        assert!(names("双方将优化产业布局,开创发展新局面,构建新发展格局。").is_empty());
        // A trade guild is an association.
        let text = "台北市进出口商业同业公会理事长黄振进出席。";
        assert_eq!(names(text), vec!["台北市进出口商业同业公会"]);
    }

    #[test]
    fn a_school_named_by_two_disciplines_is_one_name() {
        let found = names("1月24日,公共卫生与健康学院和国科生态农业发展集团有限公司签订产学研合作协议。");
        assert!(found.contains(&"公共卫生与健康学院".to_string()), "{found:?}");
        let found = names("中国气象局办公室主任宋善允,科技与气候变化司司长姚学祥出席。");
        assert!(found.contains(&"科技与气候变化司".to_string()), "{found:?}");
        // A body before the connector is a name of its own.
        let found = names("国科生态农业发展集团有限公司与健康学院签约。");
        assert!(!found.iter().any(|n| n.contains("与")), "{found:?}");
        let found = names("科技处、教务处、环境科学与工程学院等部门负责人出席。");
        assert_eq!(found, vec!["环境科学与工程学院"]);
        // A time word bounds names: no school of 办学特色与近年来.
        let found = names("侯大寅介绍了我院的发展历史、办学特色与近年来学院在校企合作上取得的成果。");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_school_is_a_body_but_not_a_universitys_name_and_its_office() {
        assert_eq!(names("大渡口区体育局与四川省水上运动学校成功签约"), vec!["大渡口区体育局", "四川省水上运动学校"]);
        assert_eq!(names("复旦大学校长金力出席。"), vec!["复旦大学"]);
        assert_eq!(
            names("温州医科大学院长张三与浙江海正药业股份有限公司签约。"),
            vec!["温州医科大学", "浙江海正药业股份有限公司"]
        );
        assert_eq!(names("浙江大学院士李四出席。"), vec!["浙江大学"]);
        // A count opening the run is no part of a name (及|七所|附属医院).
        let found = names("新疆医科大学及七所附属医院与中信银行商丘分行签约。");
        assert!(found.contains(&"新疆医科大学".to_string()) && !found.iter().any(|n| n.contains("附属")), "{found:?}");
        assert_eq!(
            names("为促进政法院校同法律实务部门合作,开封市中级人民法院举行座谈会。"),
            vec!["开封市中级人民法院"]
        );
        let found = names("上海市中医药管理局中医药传承发展处一级调研员姚玮莉出席。");
        assert_eq!(found, vec!["上海市中医药管理局"]);
    }

    #[test]
    fn political_consultative_and_peoples_congress_committees_are_bodies() {
        let found = names("漯河市政协主席吕岩、广西壮族自治区人大常委会副主任赵乐秦出席。");
        assert_eq!(found, vec!["漯河市政协", "广西壮族自治区人大常委会"]);
    }

    #[test]
    fn satellite_channels_and_academies_written_short_are_bodies() {
        assert_eq!(names("唐为权是福建海峡卫视总监。"), vec!["福建海峡卫视"]);
        let text = "通城县与湖北省农科院签订协议。";
        let cat = discover(&split(text), &lex());
        let idx = cat.lookup("湖北省农科院").expect("the academy");
        assert_eq!(cat.entries[idx].name, "湖北省农业科学院");
        assert_eq!(cat.entries[idx].org_type, OrgType::ResearchCenter);
    }

    #[test]
    fn supply_cooperatives_taiwan_offices_and_union_federations_are_bodies() {
        let n = names("江苏省供销合作总社与青海省供销合作社联合社签订协议");
        assert_eq!(n, vec!["江苏省供销合作总社", "青海省供销合作社联合社"]);
        let text = "四川省总工会与台北市总工会签订协议。四川省台办副主任赵宇出席。";
        let cat = discover(&split(text), &lex());
        let idx = cat.lookup("四川省台办").expect("the Taiwan affairs office");
        assert_eq!(cat.entries[idx].name, "四川省台湾事务办公室");
        // 港澳台办公室 is an office written in full, no 台办.
        assert!(!names("国家卫健委港澳台办公室副主任王立明出席").iter().any(|n| n.ends_with("台办")));
        // A city's union federation written short (锦州市总).
        let text = "锦州市总与中国海运工会签署协议。锦州市总工会主席赵璟签字。";
        let cat = discover(&split(text), &lex());
        let idx = cat.lookup("锦州市总").expect("the federation written short");
        assert_eq!(cat.entries[idx].name, "锦州市总工会");
    }

    #[test]
    fn a_definitions_word_opens_no_name() {
        let text = "中国邮政集团有限公司与中华全国供销合作总社(以下简称供销合作社)签署协议。";
        let cat = discover(&split(text), &lex());
        assert!(cat.entries.iter().all(|e| !e.name.contains("简称") && !e.keys.iter().any(|k| k.contains("简称"))));
    }

    #[test]
    fn a_periodicals_house_is_named_by_its_title() {
        assert_eq!(names("我校与《传媒》杂志社签署协议。"), vec!["《传媒》杂志社"]);
        // Not a document's title before another kind, nor a title of marks.
        assert!(names("签署《合作协议》学院").iter().all(|n| !n.contains('《')));
        assert!(names("与《S2》杂志社签约").iter().all(|n| !n.contains('《')));
        // A broadcaster written short is its full name (黄山广电台).
        let text = "甲学院与黄山市广播电视台签约。黄山广电台副台长汪晖出席。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("黄山广电台"), cat.lookup("黄山市广播电视台"));
    }

    #[test]
    fn a_kind_before_the_office_managing_it_ends_no_name() {
        let found = names("蚌埠医科大学医院管理处处长王洪巨、科研处处长钱中清出席。");
        assert_eq!(found, vec!["蚌埠医科大学"]);
        assert!(names("香港医院管理局主席范鸿龄出席。").contains(&"香港医院管理局".to_string()));
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
        // Nor a year's 年度.
        assert_eq!(names("观看了2021年度福建港口集团十大亮点回顾"), vec!["福建港口集团"]);
        // Words holding a boundary word bound nothing there.
        assert_eq!(names("，福建大数据产业投资有限公司签订协议"), vec!["福建大数据产业投资有限公司"]);
        assert!(names("，暨南大学附属第一医院签订协议").contains(&"暨南大学附属第一医院".to_string()));
        // An academy's institute written short, 所 for 研究所.
        assert_eq!(names("，中科院地理资源所、东营市科技局签订协议"), vec!["中科院地理资源所", "东营市科技局"]);
        assert_eq!(names("，中国科学院过程所所长张锁江出席"), vec!["中国科学院过程所"]);
        // (Not a word 所 opens, nor one char, nor past a boundary word.)
        assert_eq!(names("，中科院院士所在单位"), vec!["中科院"]);
        assert_eq!(names("，中科院各所出席"), vec!["中科院"]);
        assert_eq!(names("，中科院与甲所签约"), vec!["中科院"]);
        // Its branch academy in a city, 分院.
        assert_eq!(names("，中国科学院昆明分院与贵阳市人民政府签署"), vec!["中国科学院昆明分院", "贵阳市人民政府"]);
        assert_eq!(names("，中科院沈阳分院签订协议"), vec!["中科院沈阳分院"]);
        // (Before 与 and a city no place list holds, it ends there.)
        assert_eq!(names("，中国科学院岭西分院与临江市人民政府签署"), vec!["中国科学院岭西分院", "临江市人民政府"]);
        assert_eq!(names("，中科院地理资源所与临江市人民政府签署"), vec!["中科院地理资源所", "临江市人民政府"]);
        // A name written by sound runs over its dot; two names joined by a
        // dot stay two.
        assert_eq!(names("，施普林格·自然集团签约"), vec!["施普林格·自然集团"]);
        let n = names("，成都中医药大学附属内江医院•内江市中医医院签约");
        assert!(n.contains(&"成都中医药大学附属内江医院".to_string()) && n.iter().all(|n| !n.contains('·')), "{n:?}");
        // 联合 before a kind is no boundary (北京联合大学), and 大学生 are students.
        assert_eq!(names("，北京联合大学签约"), vec!["北京联合大学"]);
        assert!(names("优秀大学生代表发言").is_empty());
        assert_eq!(names("北京大学生命科学学院签约"), vec!["北京大学", "北京大学生命科学学院"]);
        // 结合 (drawing on) is a verb before a name, but not in 中西医结合.
        assert!(names("发挥自身优势,结合合肥政府在区位方面的优势").iter().all(|n| !n.contains("结合")));
        assert_eq!(names("，湖南省中西医结合医院签订协议"), vec!["湖南省中西医结合医院"]);
    }

    #[test]
    fn a_connector_after_a_place_with_its_unit_starts_a_name() {
        let found = names("5月12日上午,青山镇和江南银行股份有限公司东城支行举行签约仪式。");
        assert!(found.contains(&"江南银行股份有限公司东城支行".to_string()), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("青山镇")), "{found:?}");
        // 和平 opens a name.
        let found = names("甲公司与开化县和平医院签约。");
        assert!(found.contains(&"开化县和平医院".to_string()), "{found:?}");
    }

    #[test]
    fn a_government_before_a_national_word_or_a_place_ends_there() {
        let found = names("双方签署《吉林省人民政府中国建材集团有限公司战略合作框架协议》。");
        assert!(found.contains(&"中国建材集团有限公司".to_string()), "{found:?}");
        assert!(!found.iter().any(|n| n.starts_with("吉林省人民政府中国")), "{found:?}");
        // A foundation's before a hospital's too; not one whose own hospital it is.
        let found = names("浙江省壹加壹慈善公益基金会南京儿童医院救助项目启动仪式举行。");
        assert!(found.contains(&"南京儿童医院".to_string()), "{found:?}");
        assert!(found.contains(&"浙江省壹加壹慈善公益基金会".to_string()), "{found:?}");
        assert_eq!(names("中国红十字会总医院与乙公司签约。")[0], "中国红十字会总医院");
        // Before a place too.
        let found = names("双方签署《吉林省人民政府长春汽车工业集团有限公司战略合作协议》。");
        assert!(found.contains(&"长春汽车工业集团有限公司".to_string()), "{found:?}");
        // A group after a company and a place is another body.
        let found = names("由水发集团一级权属公司山东水利发展集团与陵城区政府合作。");
        assert!(found.contains(&"山东水利发展集团".to_string()), "{found:?}");
        // A body before a government's place is another body.
        let found = names("《海关总署广东省人民政府关于建立合作机制的备忘录》签字仪式举行。");
        assert!(found.contains(&"广东省人民政府".to_string()), "{found:?}");
        assert!(found.contains(&"海关总署".to_string()), "{found:?}");
    }

    #[test]
    fn a_long_name_after_a_connector_after_another_starts_there() {
        let found = names("此备忘录由蒙古国乌兰巴托市商务发展中心和天津市友好合作城市企业促进会共同协商制定。");
        assert_eq!(found, vec!["蒙古国乌兰巴托市商务发展中心", "天津市友好合作城市企业促进会"]);
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
        // Nor across a verb right before 与 (举行|与).
        let found = names("3月14日,恒康医药有限公司举行与瑞金医院战略合作签约仪式。");
        assert_eq!(found, vec!["恒康医药有限公司", "瑞金医院"]);
        // Nor after a government, or before a body named by its level.
        let found = names("临汾市政府与省气象局签署推进气象高质量发展战略合作协议");
        assert!(found.contains(&"省气象局".to_string()) && !found.iter().any(|n| n.contains('与')), "{found:?}");
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
}
