//! Bodies named without a suffix: parties joined to a found name in a signing
//! sentence (阿斯利康中国与无锡市人民政府签署), names listed before their kind
//! (山东高速、永锋集团等4家企业), and the kind a sentence says a body is.

use super::*;

/// Words that stand before 与 where a party would, and are none.
pub const NOT_PARTIES: [&str; 16] = [
    "首次", "再次", "此次", "此前", "今天", "今日", "昨日", "昨天", "近日", "日前", "正式", "已经", "今年", "去年",
    "随后", "同时",
];

/// Words after a party that end its name: the signing itself (达成, 结为, 缔结
/// too), or how it is done.
pub(super) const AFTER_PARTY: [&str; 10] =
    ["签署", "签订", "签约", "在", "共同", "正式", "举行", "达成", "结为", "缔结"];

/// Parties without a suffix joined by 与/和/同/携手 to a found name `occ`: the run
/// of Han chars (or Latin letters: GE医疗) from a clause's start to the
/// connector, or from the connector to the signing; 2 to 8 chars, with a head
/// of its own, not a kind word or a pronoun (双方, 我院). Or both sides
/// unsuffixed, the first opening a clause (中国宝武|与|上海华谊|签署).
pub(super) fn unsuffixed_parties(w: &[char], occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, String)> {
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
            // (分别 between: 江夏区|分别与|甲公司、乙集团签订.)
            let end = o.start - n;
            let end = if end >= 4 && w[end - 2..end] == ['分', '别'] { end - 2 } else { end };
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
        // (People represent the sides, bodies do not: 王青海和张曙光|代表双方|签署.)
        let represents = (p + 1..end.saturating_sub(1)).any(|i| w[i] == '代' && w[i + 1] == '表');
        if p - start >= 2 && boundary(start) && !covered(p - 1) && end - p > 2 && opens(end) && !represents {
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
        // A suffix after only generic words, or alone, is a kind, not a name
        // (集团|公司, 学院与甲公司).
        let kind_only = || {
            let suffix = suffix_len(&w[span.start..span.end], lex);
            suffix > 0 && (suffix == n || lex.is_generic_words(&text_of(&w[span.start..span.end - suffix])))
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

/// Words for a kind of body, with the type they give: closing a list of names
/// (甲、乙等4家|企业) or saying what a body is (中国宝武是…钢铁企业集团).
pub(super) const KIND_WORDS: [(&str, OrgType); 8] = [
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
pub(super) fn listed_before_kind(w: &[char], occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, OrgType)> {
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
        let (items, _) = list_items(w, deng);
        if items.len() < 2 {
            continue;
        }
        out.extend(items.into_iter().filter(|&span| unnamed_item(w, span, occ, lex)).map(|span| (span, ty)));
    }
    out
}

/// The items of a list ending at `end`, back over 、 to a connector or a
/// clause's start, last first, and whether a connector opens the first.
fn list_items(w: &[char], mut end: usize) -> (Vec<Span>, bool) {
    let mut items: Vec<Span> = Vec::new();
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
            _ => return (items, false),
        };
        items.push(Span { start, end });
        if connector.is_some() {
            return (items, true);
        }
        if start == 0 || w[start - 1] != '、' {
            return (items, false);
        }
        end = start - 1;
    }
}

/// Whether a list's item is a name no suffix found: 2 to 8 Han chars with a
/// head of its own, no title in it, no place alone.
fn unnamed_item(w: &[char], span: Span, occ: &[(Span, usize)], lex: &Lexicon) -> bool {
    let covered = occ.iter().any(|(o, _)| o.start < span.end && span.start < o.end);
    let key: String = text_of(&w[span.start..span.end]);
    let n = span.end - span.start;
    let titled = (span.start..span.end).any(|a| title_at(&w[a..span.end], lex));
    !covered && (2..=8).contains(&n) && valid_head(&key, lex) && !titled && !lex.is_place(&key)
}

/// The names listed before a company's name that share its kind (广东天禾、
/// 天保公司与广西供销投资有限公司签订…: 广东天禾 is a company too), where
/// the list is a party: joined to another by a connector after it, or opened
/// by one.
pub(super) fn listed_before_company(
    w: &[char],
    occ: &[(Span, usize)],
    is_company: impl Fn(usize) -> bool,
    lex: &Lexicon,
) -> Vec<(Span, OrgType)> {
    let mut out = Vec::new();
    for &(span, idx) in occ {
        if span.start == 0 || w[span.start - 1] != '、' || !is_company(idx) {
            continue;
        }
        let (items, opened_by_connector) = list_items(w, span.start - 1);
        let joined = matches!(w.get(span.end), Some('与' | '和' | '同'));
        if items.is_empty() || !(joined || opened_by_connector) {
            continue;
        }
        out.extend(
            items.into_iter().filter(|&item| unnamed_item(w, item, occ, lex)).map(|item| (item, OrgType::Company)),
        );
    }
    out
}

/// A Communist Youth League committee of a place, however it is written:
/// 共青团内江市委, 团荣昌区委, 内江团市委. The place is a listed one before 团,
/// or two or three Han chars after 共青团 or after 团 opening a clause; no
/// place, no body (团市委 alone is the document's, not named). Each is known
/// by its `league_name`.
pub(super) fn youth_league_committees(w: &[char], occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, OrgType)> {
    let mut out = Vec::new();
    let covered = |a: usize, b: usize| occ.iter().any(|(o, _)| o.start < b && a < o.end);
    let listed = |a: usize, b: usize| with_text(&w[a..b], |p| lex.is_place(p));
    for wei in (3..w.len()).filter(|&i| w[i] == '委' && matches!(w[i - 1], '省' | '市' | '区' | '县')) {
        let unit = wei - 1;
        // A place, then 团 and the unit: 内江|团市委.
        if w[unit - 1] == '团' {
            let place = (2..=3).rev().filter(|&k| unit > k).map(|k| unit - 1 - k).find(|&a| listed(a, unit - 1));
            if let Some(a) = place.filter(|&a| !covered(a, wei + 1)) {
                out.push((Span { start: a, end: wei + 1 }, OrgType::Association));
            }
            continue;
        }
        // (共青)团, then the place and the unit: 共青团内江|市委, 团荣昌|区委.
        for k in 2..=3 {
            let Some(tuan) = unit.checked_sub(k + 1).filter(|&t| w[t] == '团') else { continue };
            if !w[tuan + 1..unit].iter().all(|&c| is_han(c) && !UNITS.contains(&c)) {
                continue;
            }
            let league = tuan >= 2 && w[tuan - 2..tuan] == ['共', '青'];
            // (团 after another word ends it: 考察团|内江市委….)
            let opens = tuan == 0 || !is_han(w[tuan - 1]);
            if !league && !opens {
                continue;
            }
            let start = if league { tuan - 2 } else { tuan };
            if !covered(start, wei + 1) {
                out.push((Span { start, end: wei + 1 }, OrgType::Association));
            }
            break;
        }
    }
    out
}

/// The name a Youth League committee is known by: 共青团, the place, its unit
/// and 委 (团荣昌区委 and 内江团市委 are 共青团荣昌区委 and 共青团内江市委).
pub(super) fn league_name(key: &str) -> String {
    if key.starts_with("共青团") {
        key.to_string()
    } else if let Some(rest) = key.strip_prefix('团') {
        format!("共青团{rest}")
    } else {
        format!("共青团{}", key.replacen('团', "", 1))
    }
}

/// The kind a sentence says a body is (中国宝武是…大型钢铁企业集团: a company).
pub(super) fn described_kind(key: &str, sentences: &[Sentence]) -> Option<OrgType> {
    let opening_clause = |s: &str, at: usize| at == 0 || s[..at].ends_with([',', '，', ';', '；']);
    let said = format!("{key}是");
    sentences.iter().find_map(|s| {
        let (at, _) = s.working.match_indices(said.as_str()).find(|&(at, _)| opening_clause(&s.working, at))?;
        let clause = s.working[at + said.len()..].split([',', '，', '。', ';', '；']).next()?;
        KIND_WORDS.iter().find(|(k, _)| clause.ends_with(k)).map(|&(_, ty)| ty)
    })
}

/// A body written short before its own head's title (金属所|副所长, 首科院|院长):
/// two to six chars and the kind the title heads (院, 所), opening a clause
/// or after a stop word, outside the names found (`occ`); with its type.
pub(super) fn short_bodies_before_heads(s: &Sentence, occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, OrgType)> {
    let w = &s.chars;
    let mut out = Vec::new();
    // The head's title: 院长, 所长, after 副, 常务副 or 执行.
    for (b, _) in s.working.match_indices('长') {
        let Some(p) = s.char_index(b).and_then(|p| p.checked_sub(1)) else { continue };
        let kind = w[p];
        if !matches!(kind, '院' | '所') {
            continue;
        }
        let mut title = p;
        if title > 0 && w[title - 1] == '副' {
            title -= 1;
            if title >= 2 && w[title - 2..title] == ['常', '务'] {
                title -= 2;
            }
        } else if title >= 2 && w[title - 2..title] == ['执', '行'] {
            title -= 2;
        }
        // The body ends in the kind its head's title names (金属所|副所长).
        if title < 3 || w[title - 1] != kind {
            continue;
        }
        // (A name with a suffix was found whole: 研究所, 医院, 学院, 分院; nor
        // is a station, an office or a clinic an institute: 派出所, 事务所, 诊所.)
        if "研医学分总本我该全各此出务待生诊".contains(w[title - 2]) {
            continue;
        }
        // (With its place, when the place is written: 河南省农科院|院长.)
        let found = (3..=7).filter(|&n| n <= title).find(|&n| {
            let start = title - n;
            let opens = start == 0 || !is_han(w[start - 1]) || lex.is_stop_char(w[start - 1]);
            opens
                && w[start..title - 1].iter().all(|c| is_han(*c))
                && with_text(&w[start..title - 1], |head| !lex.is_generic_words(head) && !lex.is_place(head))
                && !lex.generic_opens(&w[start..title])
        });
        if let Some(n) = found {
            let span = Span { start: title - n, end: title };
            if !occ.iter().any(|(o, _)| o.start < span.end && span.start < o.end) {
                let ty = if kind == '所' { OrgType::ResearchCenter } else { OrgType::Other };
                out.push((span, ty));
            }
        }
    }
    out
}

/// Titles held only in companies (董事长, 总经理, 总会计师).
const COMPANY_TITLES: [&str; 7] = ["董事长", "总经理", "总裁", "总会计师", "总经济师", "首席执行官", "董事会秘书"];

/// The kind of a body named without a suffix, by the titles written right
/// after its name (中国铁建党委书记、董事长戴和根: a company's).
pub(super) fn titled_kind(key: &str, sentences: &[Sentence]) -> Option<OrgType> {
    sentences.iter().find_map(|s| {
        s.working.match_indices(key).find_map(|(at, _)| {
            let after = &s.working[at + key.len()..];
            let run: String = after.chars().take_while(|c| !"，,。;；:：".contains(*c)).take(12).collect();
            COMPANY_TITLES.iter().any(|t| run.contains(t)).then_some(OrgType::Company)
        })
    })
}

/// Does a courtesy or a title written after names (同志, 先生, 教授) open `w`?
pub(super) fn courtesy_at(w: &[char], lex: &Lexicon) -> bool {
    (2..=w.len().min(4)).any(|n| with_text(&w[..n], |t| lex.is_name_title(t)))
}

/// Does a title end `w` (…董事长|武海)?
pub(super) fn title_before(w: &[char], lex: &Lexicon) -> bool {
    (2..=w.len().min(6)).any(|n| with_text(&w[w.len() - n..], |t| lex.titles.contains_key(t)))
}

/// Does a title open `w` (董事长薛敏), after a scope or not (大中华区总裁)?
pub(super) fn title_at(w: &[char], lex: &Lexicon) -> bool {
    let w = &w[lex.scope_at(w)..];
    (2..=w.len().min(6)).any(|n| with_text(&w[..n], |t| lex.titles.contains_key(t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn a_body_written_short_before_its_heads_title_is_a_body() {
        let lex = lex();
        let kind = |text: &str, name: &str| {
            let cat = discover(&split(text), &lex);
            cat.lookup(name).map(|i| (cat.entries[i].name.clone(), cat.entries[i].org_type))
        };
        let found = kind("签约仪式由金属所副所长孙晓峰主持。", "金属所");
        assert_eq!(found, Some(("金属所".to_string(), OrgType::ResearchCenter)));
        assert_eq!(kind("首科院院长关成华教授出席。", "首科院"), Some(("首科院".to_string(), OrgType::Other)));
        // With its place; and a short form known is expanded.
        let found = kind("会上，河南省农科院院长张新友致辞。", "河南省农科院").map(|(n, _)| n);
        assert_eq!(found.as_deref(), Some("河南省农业科学院"));
        // Not a word pointing at a body, a bare kind, nor a station or a clinic.
        for text in ["该所所长张三出席。", "医院院长张三出席。", "派出所所长张三出席。", "我院院长张三出席。"]
        {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // Nor inside a run of words.
        assert!(names("今年完成了全部试验所长张三表示满意。").is_empty());
        // 我所 is the institute the document names, the other joined to it.
        let text = "10月17日，我所与甲船舶集团第七一九研究所签订协议。签约仪式由金属所副所长孙晓峰主持。";
        let found = found_in(text, "我所与甲船舶集团第七一九研究所签订协议");
        assert_eq!(found, vec!["金属所", "甲船舶集团第七一九研究所"]);
        // A description is no body (中国科学院系统中标杆性研究所).
        let found = names("大连化物所是中国科学院系统中标杆性研究所。");
        assert!(found.iter().all(|n| !n.contains("标杆")), "{found:?}");
    }

    #[test]
    fn a_party_named_without_a_suffix_is_a_company_by_its_officers_titles() {
        let lex = lex();
        let kind = |text: &str, name: &str| {
            let cat = discover(&split(text), &lex);
            cat.lookup(name).map(|i| cat.entries[i].org_type)
        };
        let text = "中国铁建与中国农业银行在京签署战略合作协议。中国铁建党委书记、董事长戴和根出席。";
        assert_eq!(kind(text, "中国铁建"), Some(OrgType::Company));
        let text = "中国铁建与中国农业银行在京签署战略合作协议。中国铁建党委常委、总会计师朱宏标签署协议。";
        assert_eq!(kind(text, "中国铁建"), Some(OrgType::Company));
        // A title of any body says nothing of its kind.
        let text = "中国铁建与中国农业银行在京签署战略合作协议。中国铁建党委书记戴和根出席。";
        assert_eq!(kind(text, "中国铁建"), Some(OrgType::Other));
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
    fn names_listed_before_a_companys_name_as_a_party_are_companies() {
        let lex = lex();
        let text = "签约仪式上,广东天禾、天保公司与广西供销投资有限公司签订合作协议。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("广东天禾").expect("the company listed first");
        assert_eq!(cat.entries[idx].org_type, OrgType::Company);
        // (Also opened by a connector: 与甲、乙公司签订.)
        assert!(names("学院与广东天禾、天保公司签订协议").contains(&"广东天禾".to_string()));
        // Not a list that is no party, nor a place or a kind of people.
        assert!(!names("参观了高邮、天保公司。").contains(&"高邮".to_string()));
        assert!(!names("北京、天保公司与学院签约").contains(&"北京".to_string()));
        assert!(!names("专家、天保公司与学院签约").contains(&"专家".to_string()));
    }

    #[test]
    fn youth_league_committees_of_places_are_bodies_however_written() {
        let text = "共青团内江市委与共青团荣昌区委签订协议。团荣昌区委书记张雪、内江团市委副书记刘庭秀出席。";
        let cat = discover(&split(text), &lex());
        let found: Vec<&str> = cat.entries.iter().filter(|e| !e.keys.is_empty()).map(|e| e.name.as_str()).collect();
        assert_eq!(found, vec!["共青团内江市委", "共青团荣昌区委"]);
        assert_eq!(cat.lookup("团荣昌区委"), cat.lookup("共青团荣昌区委"));
        assert_eq!(cat.lookup("内江团市委"), cat.lookup("共青团内江市委"));
        // A school's or a subdistrict's committee is named by its suffix.
        let found = names("中国海洋大学海德学院团委与青岛市崂山区北宅街道团工委签订协议。");
        assert!(found.contains(&"中国海洋大学海德学院团委".to_string()), "{found:?}");
        assert!(found.contains(&"青岛市崂山区北宅街道团工委".to_string()), "{found:?}");
        // Not 团 ending another word, nor 团市委 with no place.
        assert!(!names("考察团内江市委书记甲出席。").iter().any(|n| n.contains('团')));
        assert!(names("团市委与学院签订协议。").is_empty());
    }

    #[test]
    fn a_kind_word_alone_is_no_party() {
        let text = "10月25日,学院与德国魏德米勒电联结(上海)有限公司举行了校企合作签约仪式。\n签约仪式上,学院副院长肖前蔚介绍了我院的办学理念。";
        assert_eq!(names(text), vec!["德国魏德米勒电联结(上海)有限公司"]);
    }

    #[test]
    fn two_people_representing_the_sides_are_no_bodies() {
        let text =
            "首钢总公司与宿州市人民政府签约。首钢总公司领导朱继民、王青海参加。王青海和张曙光代表双方签署了合作协议。";
        let found = names(text);
        assert!(!found.iter().any(|n| n.contains("王青海") || n.contains("张曙光")), "{found:?}");
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
        // A company's China business, named again by the company's name.
        let text = "西门子医疗中国与西达赛奈医学中心签署合作备忘录。西门子医疗大中华区副总裁王弢出席。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("西门子医疗").map(|i| cat.entries[i].name.as_str());
        assert_eq!(idx, Some("西门子医疗中国"));
        // Reaching an agreement signs too, and a district is its government
        // where the text speaks of the district's.
        let text = "宕昌县和渝中区达成友好区县战略合作协议。渝中区政府党组成员邓光怀出席。宕昌县文旅资源丰富。";
        let found = names(text);
        assert!(found.contains(&"渝中区人民政府".to_string()), "{found:?}");
        assert!(found.contains(&"宕昌县".to_string()), "{found:?}");
    }

    #[test]
    fn a_party_without_a_suffix_joined_to_one_found_in_a_signing() {
        let text =
            "阿斯利康中国与无锡市人民政府签署合作协议\n11月5日，阿斯利康中国与无锡市人民政府签署深化战略合作协议。";
        assert!(names(text).contains(&"阿斯利康中国".to_string()));
        let after = "甲市人民医院与京东健康签署协议。京东健康总裁辛利军出席。";
        assert!(names(after).contains(&"京东健康".to_string()));
        // (分别 may stand before the connector.)
        let respectively = "江夏区分别与深圳腾讯科技公司、中广核核服集团签订了投资协议。江夏区政府将支持企业。";
        assert_eq!(named_by(respectively, "江夏区").as_deref(), Some("江夏区人民政府"));
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
}
