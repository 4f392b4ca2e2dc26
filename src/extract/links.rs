//! Links between organisations: `part_of` and `member_of`.
//!
//! Sentence patterns: `甲旗下成员有乙、丙及丁`; `乙是甲之重要成员`;
//! `乙作为甲(于华南地区)的重要基地`; a footer heading `甲成员` over lines that are
//! each a name; `乙隶属于甲`, `甲下属的乙`, `乙成为甲非直属附属医院`;
//! `甲拥有乙、丙等多家全资公司` (part_of); `甲联盟由乙、丙牵头发起` (member_of);
//! `乙正式成为甲团体会员单位`, `乙加入甲`, `乙、丙加入甲` and `新加入甲的乙、丙`
//! (member_of).

use crate::extract::facts::Relation;
use crate::extract::mentions::{Token, TokenKind, gap};
use crate::extract::roles::strip_asides;
use crate::text::sentences::{ends_with_word, starts_with_word, text_of};
use regex::Regex;
use std::cell::LazyCell;
use std::sync::LazyLock;

static PART_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:于[^,，。的]{1,10})?[之的]?(?:重要|核心|主要|骨干|非直属|直属)?(?:成员单位|成员|一员|子公司|分院|附属医院|下属单位|分支机构|分中心|基地|院区)")
        .expect("part regex")
});
static MEMBER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:的)?(?:(?:团体|单位)?(?:会员|成员)(?:单位)?|[^，。,;；：:]{0,16}?(?:共建|会员|成员|理事|常务理事|副会长|会长|副理事长|理事长|委员|协作|合作)单位)",
    )
    .expect("member regex")
});
/// What follows 作为甲 in a clause that names a member after it (作为甲|的第九家
/// 成员单位，|乙…, 作为甲首批会员单位，乙…).
static MEMBER_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^的?(?:第[0-9一二三四五六七八九十百]+(?:家|个|批)|首批|首家|新)?(?:成员单位|会员单位|成员)[,，]$")
        .expect("member opening regex")
});
/// Verbs by which a body becomes a member (成为, 当选为 副会长单位, 入选 共建单位).
const BECOMES: [&str; 5] = ["成为", "当选为", "当选", "入选为", "入选"];
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:成员|旗下成员|成员机构)(?:\s+[A-Za-z ]*)?$").expect("heading regex"));

/// A link read from a sentence: (from, relation, to) as catalog indices.
pub type Link = (usize, Relation, usize);

/// Reads part_of / member_of links in one sentence.
pub fn read_links(w: &[char], tokens: &[Token]) -> Vec<Link> {
    let orgs: Vec<(usize, &Token)> = tokens
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Org(i) => Some((i, t)),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    // Every pattern links two organisations the sentence names.
    if orgs.len() < 2 {
        return out;
    }
    let text: String = text_of(w);
    // 甲…旗下…乙、丙
    if let Some(b) = text.find("旗下") {
        let pos = text[..b].chars().count();
        // (The body nearest before it: 甲与乙旗下丙 is 乙's.)
        if let Some(&(parent, _)) = orgs.iter().rev().find(|(_, t)| t.span.end <= pos) {
            // The list after it, joined by marks or connectors (旗下的《中国时报》、
            // 《旺报》将…由《新华日报》提供: the list ends at the verb).
            let mut last_end: Option<usize> = None;
            for &(child, t) in orgs.iter().filter(|(_, t)| t.span.start > pos) {
                let listed = match last_end {
                    None => true,
                    Some(end) => {
                        let g = gap(w, end, t.span.start);
                        let g = g.trim_matches(|c: char| c.is_whitespace() || "《》“”「」\"".contains(c));
                        // (A connector before a body that then acts joins the
                        // two sides of the act: 甲旗下乙|与|丙签署….)
                        let acts = || {
                            ["签", "举行", "达成", "缔结", "共同", "开展", "携手"]
                                .iter()
                                .any(|v| starts_with_word(&w[t.span.end..], v))
                        };
                        matches!(g, "、" | "," | "，" | "") || matches!(g, "和" | "及" | "与" | "以及") && !acts()
                    }
                };
                // (Nor a body that has its own under it: 甲旗下乙与丙旗下丁.)
                let owns = w[t.span.end..].starts_with(&['旗', '下']);
                if !listed || owns {
                    break;
                }
                if child != parent {
                    out.push((child, Relation::PartOf, parent));
                }
                last_end = Some(t.span.end);
            }
        }
    }
    for pair in orgs.windows(2) {
        let ((a, ta), (b, tb)) = (pair[0], pair[1]);
        if a == b {
            continue;
        }
        let g = strip_asides(&gap(w, ta.span.end, tb.span.start));
        let g = g.trim();
        let after = LazyCell::new(|| text_of(&w[tb.span.end..]));
        if matches!(g, "是" | "为" | "系" | "作为") && PART_AFTER.is_match(&after) {
            out.push((a, Relation::PartOf, b));
        }
        // 乙成为甲(非直属)附属医院; 乙成为甲成员单位 is a member (below).
        if g.ends_with("成为") && PART_AFTER.is_match(&after) && !MEMBER_AFTER.is_match(&after) {
            out.push((a, Relation::PartOf, b));
        }
        // (Not 甲院长张三为新加入乙的…: a person between acts.)
        let between = tokens.iter().any(|t| t.span.start >= ta.span.end && t.span.end <= tb.span.start);
        let becomes = || BECOMES.iter().any(|v| g.ends_with(v));
        if !between && (g.ends_with("加入") || (becomes() && MEMBER_AFTER.is_match(&after))) {
            out.push((a, Relation::MemberOf, b));
            // 甲、乙加入丙: every body of the list joined.
            out.extend(listed_before(w, &orgs, ta).into_iter().filter(|&m| m != b).map(|m| (m, Relation::MemberOf, b)));
        }
        // 作为甲的第九家成员单位，乙…: the body after the clause is a member.
        if ends_with_word(&w[..ta.span.start], "作为") && MEMBER_OPENING.is_match(g) {
            out.push((b, Relation::MemberOf, a));
        }
        // 新加入甲的乙、丙: those listed after joined.
        if g == "的" && ends_with_word(&w[..ta.span.start], "加入") {
            out.push((b, Relation::MemberOf, a));
            out.extend(listed_after(w, &orgs, tb).into_iter().map(|m| (m, Relation::MemberOf, a)));
        }
        // 乙隶属于甲; 甲下属的乙, 甲旗下(的)乙.
        if matches!(g, "隶属于" | "隶属" | "直属于") {
            out.push((a, Relation::PartOf, b));
        }
        if matches!(g, "下属的" | "旗下的" | "所属的" | "下属" | "所属" | "旗下") {
            out.push((b, Relation::PartOf, a));
        }
        // 甲联盟由乙、丙和丁(4家医院)于2016年牵头发起: its founders are members.
        if g == "由" {
            let (listed, end) = list_from(w, &orgs, b, tb);
            let rest = &w[end..];
            let clause_rest =
                text_of(&rest[..rest.iter().position(|c| matches!(c, ',' | '。' | ';')).unwrap_or(rest.len())]);
            if FOUNDED.iter().any(|f| clause_rest.ends_with(f)) {
                out.extend(listed.into_iter().filter(|&m| m != a).map(|m| (m, Relation::MemberOf, a)));
            }
        }
        // 甲…拥有乙、丙等多家全资公司: those listed are its subsidiaries.
        if HOLDS.iter().any(|v| g.ends_with(v)) {
            let (listed, end) = list_from(w, &orgs, b, tb);
            if ends_list_of_subsidiaries(&w[end..]) {
                out.extend(listed.into_iter().filter(|&m| m != a).map(|m| (m, Relation::PartOf, a)));
            }
        }
    }
    // (Two patterns may read one link: 甲旗下的乙 is both.)
    let mut seen = Vec::with_capacity(out.len());
    out.retain(|l| {
        let new = !seen.contains(l);
        seen.push(*l);
        new
    });
    out
}

/// Verbs ending a clause that names a body's founders (甲由乙、丙共同发起).
const FOUNDED: [&str; 4] = ["发起", "发起成立", "发起设立", "倡议成立"];

/// Verbs by which a body has others under it (甲拥有乙、丙等全资子公司).
const HOLDS: [&str; 4] = ["拥有", "下设", "下辖", "控股"];
static SUBSIDIARIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^等(?:[0-9一二三四五六七八九十多数]+(?:家|个|所))?(?:全资|控股)?(?:子公司|公司|企业|分公司|医院|分院|成员单位)")
        .expect("subsidiaries regex")
});

/// Does the text after a list's last body close a list of subsidiaries
/// (|等多家全资公司), perhaps after more items no suffix marks (|、青岛中能足球俱乐部等…)?
fn ends_list_of_subsidiaries(rest: &[char]) -> bool {
    let Some(at) = rest.iter().take(24).position(|&c| c == '等') else { return false };
    let more = &rest[..at];
    (more.is_empty() || more[0] == '、' && !more.iter().any(|c| "，,。；;：:".contains(*c)))
        && SUBSIDIARIES.is_match(&text_of(&rest[at..]))
}

/// The bodies listed from `first` on (甲|、乙和丙), and where the last ends.
fn list_from(w: &[char], orgs: &[(usize, &Token)], first: usize, t: &Token) -> (Vec<usize>, usize) {
    let listed: Vec<usize> = std::iter::once(first).chain(listed_after(w, orgs, t)).collect();
    let end = orgs.iter().filter(|(i, _)| listed.contains(i)).map(|(_, t)| t.span.end).max().unwrap_or(t.span.end);
    (listed, end)
}

/// Is `b` listed right after `a` (甲、乙, 甲与乙, 甲以及乙)?
fn listed_with(w: &[char], a: &Token, b: &Token) -> bool {
    matches!(gap(w, a.span.end, b.span.start).trim(), "、" | "与" | "和" | "及" | "以及")
}

/// The bodies listed before `last` (甲、乙、|丙), nearest first: each joined
/// to the next by 、 or a connector.
fn listed_before(w: &[char], orgs: &[(usize, &Token)], last: &Token) -> Vec<usize> {
    let mut out = Vec::new();
    let mut next = last;
    for &(i, t) in orgs.iter().rev().filter(|(_, t)| t.span.end <= last.span.start) {
        if !listed_with(w, t, next) {
            break;
        }
        out.push(i);
        next = t;
    }
    out
}

/// The bodies listed after `first` (甲|、乙、丙), in order: each joined to the
/// one before by 、 or a connector.
fn listed_after(w: &[char], orgs: &[(usize, &Token)], first: &Token) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev = first;
    for &(i, t) in orgs.iter().filter(|(_, t)| t.span.start >= first.span.end) {
        if !listed_with(w, prev, t) {
            break;
        }
        out.push(i);
        prev = t;
    }
    out
}

/// A footer heading `甲成员` (with an English gloss): the organisation it heads.
pub fn list_heading(w: &[char], tokens: &[Token]) -> Option<usize> {
    let first = tokens.first()?;
    let TokenKind::Org(i) = first.kind else {
        return None;
    };
    if first.span.start != 0 || tokens.len() != 1 {
        return None;
    }
    let rest: String = text_of(&w[first.span.end..]);
    HEADING.is_match(&rest).then_some(i)
}

/// The organisation a line consists of, if it is nothing else.
pub fn whole_line_org(w: &[char], tokens: &[Token]) -> Option<usize> {
    match tokens {
        [t] if t.span.start == 0 && w[t.span.end..].iter().all(|c| c.is_whitespace()) => match t.kind {
            TokenKind::Org(i) => Some(i),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions::tokenize_last;

    /// (from, relation, to) of the links of the last sentence of `text`.
    fn links_in(text: &str) -> Vec<(String, Relation, String)> {
        let (last, cat, tokens) = tokenize_last(text);
        let name = |i: usize| cat.entries[i].name.clone();
        read_links(&last.chars, &tokens).into_iter().map(|(a, r, b)| (name(a), r, name(b))).collect()
    }

    #[test]
    fn a_body_that_became_a_unit_of_an_association_is_its_member() {
        let member = |text: &str| links_in(text).into_iter().filter(|l| l.1 == Relation::MemberOf).count();
        assert_eq!(member("营口市中心医院正式挂牌成为中国抗癌协会肿瘤防治共建单位。"), 1);
        assert_eq!(member("营口市中心医院成为中国抗癌协会理事单位。"), 1);
        assert_eq!(member("营口市中心医院当选为中国医院协会副会长单位。"), 1);
        assert_eq!(member("营口市中心医院成功入选中国抗癌协会肿瘤防治共建单位。"), 1);
        // A title or a base is no membership; nor a unit past a clause.
        assert_eq!(member("营口市中心医院成为中国抗癌协会肿瘤防治示范基地。"), 0);
        assert_eq!(member("营口市中心医院成为中国抗癌协会的一员，并成立合作单位。"), 0);
    }

    #[test]
    fn a_body_named_after_a_clause_of_its_membership_is_a_member() {
        let links = links_in("作为同济医院肿瘤专科医联体的第九家成员单位,滕州市中心人民医院的加入标志着…");
        assert_eq!(
            links,
            vec![("滕州市中心人民医院".to_string(), Relation::MemberOf, "同济医院肿瘤专科医联体".to_string())]
        );
        // Not a clause of something else: 作为甲的合作伙伴，乙….
        assert!(links_in("作为同济医院肿瘤专科医联体的合作伙伴,滕州市中心人民医院表示…").is_empty());
    }

    #[test]
    fn the_founders_of_an_alliance_are_its_members() {
        let links = links_in(
            "长三角医院协同发展战略联盟由上海市第一人民医院、浙江省人民医院和江苏省人民医院3家医院于2016年牵头发起，目前已覆盖26座城市。",
        );
        let members: Vec<&str> = links.iter().filter(|l| l.1 == Relation::MemberOf).map(|l| l.0.as_str()).collect();
        assert_eq!(members, vec!["上海市第一人民医院", "浙江省人民医院", "江苏省人民医院"]);
        // Hosted or chaired by a body, it is no founder.
        assert!(links_in("长三角医院协同发展战略联盟会议由上海市第一人民医院承办。").is_empty());
    }

    #[test]
    fn bodies_listed_as_a_groups_companies_are_part_of_it() {
        let links = links_in(
            "中能集团作为青岛本土民营企业，拥有青岛中能电线电缆制造有限公司、青岛中能光科通讯有限公司、青岛中能足球俱乐部等多家全资公司。",
        );
        let parts: Vec<&str> = links.iter().filter(|l| l.1 == Relation::PartOf).map(|l| l.0.as_str()).collect();
        assert_eq!(parts, vec!["青岛中能电线电缆制造有限公司", "青岛中能光科通讯有限公司"]);
        assert!(links.iter().all(|l| l.2 == "中能集团"));
        // What it has, not said to be its companies, is not part of it.
        assert!(links_in("中能集团拥有青岛中能电线电缆制造有限公司的股份。").is_empty());
        assert!(links_in("中能集团拥有青岛中能电线电缆制造有限公司等合作伙伴。").is_empty());
    }

    #[test]
    fn each_body_under_a_group_is_that_groups() {
        // (甲旗下乙与丙签署: 丙 is the other side, none of 甲's.)
        let links = links_in("省体育产业集团旗下南京奥体中心与江苏省足球运动协会签署投资合作协议。");
        assert_eq!(links.len(), 1, "{links:?}");
        let links = links_in("4月16日,海南控股集团旗下海南机场集团与辽宁方大集团旗下海航航空集团举行了签约仪式。");
        let parts: Vec<(&str, &str)> =
            links.iter().filter(|l| l.1 == Relation::PartOf).map(|l| (l.0.as_str(), l.2.as_str())).collect();
        assert_eq!(parts, vec![("海南机场集团", "海南控股集团"), ("海航航空集团", "辽宁方大集团")]);
    }

    #[test]
    fn the_list_under_a_group_ends_at_its_verb() {
        let links = links_in(
            "江苏新华报业传媒集团与台湾旺旺中时媒体集团签约。台湾旺旺中时媒体集团旗下的《中国时报》、《旺报》将每周报道一次江苏新闻,其内容由《新华日报》和《扬子晚报》提供。",
        );
        let parts: Vec<&str> = links.iter().filter(|l| l.1 == Relation::PartOf).map(|l| l.0.as_str()).collect();
        assert_eq!(parts, vec!["中国时报", "旺报"]);
    }

    #[test]
    fn a_hospital_not_directly_affiliated_is_still_part_of_the_university() {
        let links = links_in("台州市中心医院成为温州医科大学非直属附属医院。");
        assert_eq!(links, vec![("台州市中心医院".into(), Relation::PartOf, "温州医科大学".into())]);
    }

    #[test]
    fn bodies_named_as_new_members_joined() {
        let links = links_in(
            "会上，为新加入华中科技大学同济医学院附属同济医院专科联盟的宜昌市中心人民医院、恩施州中心医院授牌。",
        );
        let alliance = "华中科技大学同济医学院附属同济医院专科联盟".to_string();
        assert_eq!(
            links,
            vec![
                ("宜昌市中心人民医院".into(), Relation::MemberOf, alliance.clone()),
                ("恩施州中心医院".into(), Relation::MemberOf, alliance),
            ]
        );
        // A person acting between the two: the first body joined nothing.
        let links = links_in("中山大学肿瘤防治中心院长徐瑞华为新加入四川大学华西医院专科联盟的阳江市人民医院授牌。");
        assert_eq!(links, vec![("阳江市人民医院".into(), Relation::MemberOf, "四川大学华西医院专科联盟".into())]);
    }

    #[test]
    fn a_body_subordinate_to_another_is_part_of_it() {
        assert_eq!(
            links_in("上海市第十人民医院隶属于上海申康医院发展中心。"),
            vec![("上海市第十人民医院".into(), Relation::PartOf, "上海申康医院发展中心".into())]
        );
        assert_eq!(
            links_in("中国医药集团有限公司下属的国药控股股份有限公司与上海市胸科医院签署合作协议。"),
            vec![("国药控股股份有限公司".into(), Relation::PartOf, "中国医药集团有限公司".into())]
        );
    }

    #[test]
    fn a_body_joining_a_long_named_alliance_is_its_member() {
        let links = links_in("宜昌市中心人民医院正式加入华中科技大学同济医学院附属同济医院专科联盟。");
        assert_eq!(
            links,
            vec![(
                "宜昌市中心人民医院".into(),
                Relation::MemberOf,
                "华中科技大学同济医学院附属同济医院专科联盟".into()
            )]
        );
        assert_eq!(
            links_in("温州医科大学附属第一医院成为中国医师协会会员单位。"),
            vec![("温州医科大学附属第一医院".into(), Relation::MemberOf, "中国医师协会".into())]
        );
    }

    #[test]
    fn every_body_of_a_list_joining_is_a_member() {
        let links = links_in("日前，阳江市人民医院、汕尾市人民医院和梅州市人民医院正式加入广东省人民医院医疗联合体。");
        let members: Vec<&str> = links.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(members, vec!["梅州市人民医院", "汕尾市人民医院", "阳江市人民医院"]);
        assert!(links.iter().all(|(_, r, b)| *r == Relation::MemberOf && b == "广东省人民医院医疗联合体"));
    }
}
