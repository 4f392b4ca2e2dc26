//! Roles: reads person → organisation roles off a sentence's token stream.
//!
//! The chain `甲行政总裁、乙院长张三` gives 张三 two roles; `甲党组书记、主任张三`
//! gives two titles at one body; `甲张三院长` and `甲张三教授` put the title after
//! the name; `甲(乙)张三教授、李四教授` gives both people both bodies, and
//! `甲副院长张三、李四` both the title; `张三当选为甲学会会长，李四当选为副会长`
//! gives the offices taken. The strongest title decides the relation
//! (leads > serves_at > affiliated_with).

use crate::extract::facts::{Relation, RoleRelation};
use crate::extract::mentions::{
    APPOINTS, BOARDS, TAKES_OFFICE, Token, TokenKind, bracket_closed_at, gap, is_definition,
};
use crate::text::script::is_han;
use crate::text::sentences::ends_with_word;

/// One role read from a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub person: String,
    pub org: usize,
    pub relation: Relation,
    pub titles: Vec<String>,
}

/// Drops parenthesised asides (`(前排右方)`) from a gap.
pub fn strip_asides(g: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in g.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Nothing but brackets and spaces: the two tokens touch.
pub fn is_direct(g: &str) -> bool {
    // (A board of the body, of a term or not, is the body's: 甲商会|第七届理事会|
    // 会长, 甲公司|董事会|董事长.)
    let g = board_of_the_body(g).unwrap_or(g);
    g.chars().all(|c| c.is_whitespace() || "()（）《》“”「」\"'".contains(c))
}

/// What is left of a gap after a body's board, of a term or not (第七届理事会).
fn board_of_the_body(g: &str) -> Option<&str> {
    let term = g
        .strip_prefix('第')
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十百".contains(c)))
        .and_then(|r| r.strip_prefix('届'))
        .unwrap_or(g);
    term.strip_prefix("常务理事会").or_else(|| BOARDS.iter().find_map(|b| term.strip_prefix(b)))
}

/// Only separators of an enumeration (and asides): the chain goes on.
fn is_transparent(g: &str) -> bool {
    let g = strip_asides(g);
    let g = g.trim_matches(|c: char| c.is_whitespace() || "《》“”「」\"'".contains(c));
    g.is_empty() || matches!(g, "、" | "," | "，" | "暨" | "兼" | "及" | "以及" | "和" | "与" | "并由" | "由")
}

/// Reads the roles in one sentence.
pub fn read_roles(w: &[char], tokens: &[Token]) -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    let mut orgs: Vec<usize> = Vec::new();
    let mut pending: Vec<(usize, String, RoleRelation)> = Vec::new();
    let mut title_attached = false;
    // (orgs, title) of the last `org name title` role, for `、李四教授` after it.
    let mut listed: Option<(Vec<usize>, String, RoleRelation)> = None;
    let mut skip_next_title = false;
    // The previous token was a person's own trailing title (张三教授).
    let mut after_person = false;
    // The bodies of the last person's roles, for a title after them that
    // names none (甲党委书记张三、院长李四: 李四 is 甲's too).
    let mut continued: Vec<usize> = Vec::new();
    // The person taking the office named next (张三当选为|甲学会会长), and the
    // bodies of the last office taken, for one after it that names none
    // (，李四当选为副会长: 甲学会's too).
    let mut appointee: Option<&str> = None;
    let mut appointed_at: Vec<usize> = Vec::new();
    // The roles the last person took, for names listed after them bare.
    let mut last_roles: Vec<(usize, String, RoleRelation)> = Vec::new();
    // Whether a title was attached before the last body, for a party
    // committee's title after it (乙县|委|书记), which names no body here.
    let mut attached_before_org = false;
    for (i, t) in tokens.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &tokens[p]);
        let g = prev.map(|p| gap(w, p.span.end, t.span.start)).unwrap_or_default();
        let direct = prev.is_some() && is_direct(&g);
        let was_after_person = after_person;
        after_person = false;
        // 张三|当选为|…, 选举张三|为|…: the person before takes the office named next.
        let right_after_appointee = match prev {
            Some(Token { kind: TokenKind::Person(name), span }) => {
                let appointed = g == "为" && APPOINTS.iter().any(|v| ends_with_word(&w[..span.start], v));
                (appointed || TAKES_OFFICE.contains(&g.as_str())).then_some(name.as_str())
            }
            _ => None,
        };
        if right_after_appointee.is_some() {
            appointee = right_after_appointee;
        } else if !direct && !matches!(g.trim(), "兼" | "、") {
            appointee = None;
        }
        let right_after_appointee = right_after_appointee.is_some();
        match &t.kind {
            TokenKind::Org(idx) => {
                // Bodies of a kind listed before one title share it (甲商会、乙商会
                // 会长江有财 heads both): the same last two chars, joined by 、.
                let same_kind = |p: &Token| {
                    let (a, b) = (p.span, t.span);
                    a.end - a.start >= 3
                        && b.end - b.start >= 3
                        && w[a.end - 2..a.end] == w[b.end - 2..b.end]
                        && !orgs.is_empty()
                };
                let listed_alike =
                    prev.is_some_and(|p| matches!(p.kind, TokenKind::Org(_)) && g == "、" && same_kind(p));
                if matches!(prev.map(|p| &p.kind), Some(TokenKind::Org(_))) && direct && g.contains('(') || listed_alike
                {
                    orgs.push(*idx);
                } else {
                    if !is_transparent(&g) {
                        pending.clear();
                    }
                    orgs = vec![*idx];
                }
                attached_before_org = title_attached;
                title_attached = false;
                continued.clear();
            }
            TokenKind::Title { title, relation } => {
                if skip_next_title {
                    skip_next_title = false;
                    after_person = true;
                    continue;
                }
                // 甲人大常委会副主任、乙县委书记张三: the party committee's
                // title names no body; the chain goes on to the name with the
                // titles before it.
                if matches!(prev.map(|p| &p.kind), Some(TokenKind::Org(_))) && g == "委" {
                    title_attached = attached_before_org;
                    continue;
                }
                // 甲的代表包括主席张三: the body's delegates by their offices there.
                let delegates = matches!(g.trim(), "的代表包括" | "的代表为" | "的代表是" | "代表包括" | "代表为");
                // (A short name defined between: 甲公司(以下称为乙)|总经理; not
                // a second name, 甲司(科技司)|司长, which may be the office's.)
                let defined = is_definition(&g);
                let after_org =
                    matches!(prev.map(|p| &p.kind), Some(TokenKind::Org(_))) && (direct || delegates || defined);
                let after_attached_title =
                    matches!(prev.map(|p| &p.kind), Some(TokenKind::Title { .. })) && title_attached;
                let after_title =
                    after_attached_title && (direct || matches!(g.trim(), "、" | "," | "，" | "兼" | "及"));
                // 甲副总裁、乙总裁张三 with 乙 no body found: 乙's title is not
                // 甲's, and the chain goes on to the name.
                let after_unknown_body = after_attached_title
                    && g.strip_prefix('、')
                        .is_some_and(|rest| (2..=10).contains(&rest.chars().count()) && rest.chars().all(is_han));
                if after_unknown_body {
                    continue;
                }
                // (Or past one whose title is not known: 、院务委员李二鸣、.)
                let listed_past = |g: &str| {
                    g.strip_prefix('、')
                        .and_then(|r| r.strip_suffix('、'))
                        .is_some_and(|inner| (2..=12).contains(&inner.chars().count()) && inner.chars().all(is_han))
                };
                let after_listed_person = orgs.is_empty()
                    && !continued.is_empty()
                    && (matches!(g.trim(), "、" | "，" | "," | "及" | "以及" | "和") || listed_past(g.trim()))
                    && match prev.map(|p| &p.kind) {
                        Some(TokenKind::Person(_)) => true,
                        Some(TokenKind::Title { .. }) => was_after_person,
                        _ => false,
                    };
                // (A title scoped to a kind, 集团党组成员, takes no body carried
                // from a person of another kind: 市政府秘书长张忠军,集团党组
                // 成员、副总经理陈朗.)
                // (Nor does a unit's head, 副市长, from a body not of that unit:
                // 腾讯集团副总裁蔡光忠,副市长鲜荣生.)
                let scoped_elsewhere = || {
                    let carried = || {
                        tokens[..i].iter().rev().find_map(|o| match o.kind {
                            TokenKind::Org(idx) if continued.contains(&idx) => Some(&w[o.span.start..o.span.end]),
                            _ => None,
                        })
                    };
                    if let Some(unit) = unit_of_head(title) {
                        return carried().is_some_and(|body| !body.contains(&unit));
                    }
                    let kind = ["集团", "公司"].into_iter().find(|k| title.starts_with(k));
                    kind.is_some_and(|k| {
                        let k: Vec<char> = k.chars().collect();
                        carried().is_some_and(|body| !body.ends_with(&k))
                    })
                };
                if after_listed_person && !scoped_elsewhere() {
                    orgs = std::mem::take(&mut continued);
                }
                let office_without_body = right_after_appointee && !appointed_at.is_empty();
                if office_without_body {
                    orgs = appointed_at.clone();
                }
                if (after_org || after_title || after_listed_person || office_without_body) && !orgs.is_empty() {
                    for &o in &orgs {
                        pending.push((o, title.clone(), *relation));
                    }
                    title_attached = true;
                    if let Some(name) = appointee {
                        push_roles(&mut out, name, std::mem::take(&mut pending));
                        appointed_at = orgs.clone();
                        continue;
                    }
                    // 张三(甲医院院长): the bracket's roles are the name's before it.
                    if let Some(name) = bracketed_after(w, &tokens[..i], t.span.end) {
                        push_roles(&mut out, name, std::mem::take(&mut pending));
                        title_attached = false;
                    }
                } else {
                    title_attached = false;
                }
            }
            TokenKind::Person(name) => {
                let mut roles: Vec<(usize, String, RoleRelation)> = Vec::new();
                let next = tokens.get(i + 1);
                let next_title = next.and_then(|n| match &n.kind {
                    TokenKind::Title { title, relation } if is_direct(&gap(w, t.span.end, n.span.start)) => {
                        Some((title.clone(), *relation))
                    }
                    _ => None,
                });
                let mut keeps_list = false;
                // 副院长黄峻、王虹: a name listed after one that took a title,
                // with none of its own, takes the same.
                // (Spaces after the mark count for nothing: 副校长李全、 张浩.)
                let listed_bare = matches!(prev.map(|p| &p.kind), Some(TokenKind::Person(_)))
                    && g.trim_end() == "、"
                    && next_title.is_none()
                    && !last_roles.is_empty();
                if listed_bare {
                    roles = last_roles.clone();
                }
                // 甲支队首长张三政委: a courtesy between the body and the name,
                // the office after the name (as 甲医院张三院长).
                let courtesy_before =
                    matches!(prev.map(|p| &p.kind), Some(TokenKind::Title { relation: RoleRelation::None, .. }))
                        && direct
                        && title_attached;
                match prev.map(|p| &p.kind) {
                    Some(TokenKind::Title { .. })
                        if courtesy_before && next_title.as_ref().is_some_and(|(_, r)| *r != RoleRelation::None) =>
                    {
                        if let Some((title, rel)) = &next_title {
                            roles.extend(orgs.iter().map(|&o| (o, title.clone(), *rel)));
                            listed = Some((orgs.clone(), title.clone(), *rel));
                            keeps_list = true;
                            skip_next_title = true;
                        }
                    }
                    // (An aside between: 副院长(主持工作)张三.)
                    Some(TokenKind::Title { .. })
                        if (direct || strip_asides(&g).trim().is_empty()) && title_attached =>
                    {
                        roles.append(&mut pending)
                    }
                    // 甲医院张三院长, 甲医院的张三院长.
                    Some(TokenKind::Org(_)) if direct || g == "的" => {
                        if let Some((title, rel)) = &next_title {
                            roles.extend(orgs.iter().map(|&o| (o, title.clone(), *rel)));
                            listed = Some((orgs.clone(), title.clone(), *rel));
                            keeps_list = true;
                            skip_next_title = true;
                        }
                    }
                    Some(TokenKind::Person(_)) | Some(TokenKind::Title { .. })
                        if g.trim() == "、"
                            && (was_after_person || matches!(prev.map(|p| &p.kind), Some(TokenKind::Person(_)))) =>
                    {
                        // (Another office too: 甲协会张三会长、李四副会长.)
                        let office = |r: &RoleRelation| matches!(r, RoleRelation::Leads | RoleRelation::ServesAt);
                        if let (Some((lorgs, ltitle, lrel)), Some((title, rel))) = (&listed, &next_title)
                            && (ltitle == title || office(lrel) && office(rel))
                        {
                            roles.extend(lorgs.iter().map(|&o| (o, title.clone(), *rel)));
                            keeps_list = true;
                            skip_next_title = true;
                        }
                    }
                    _ => {}
                }
                if !keeps_list {
                    listed = None;
                }
                if next_title.is_some() && !skip_next_title {
                    // A courtesy or honour after the name (医生, 院士) says no more.
                    skip_next_title = true;
                }
                // (An academician's academy is theirs, no body of the people
                // listed after them: 中国科学院院士胡海岩,副校长陈杰.)
                continued = roles.iter().filter(|r| !r.1.ends_with("院士")).map(|r| r.0).collect();
                continued.dedup();
                last_roles = roles.clone();
                push_roles(&mut out, name, roles);
                pending.clear();
                orgs.clear();
                title_attached = false;
                appointee = None;
            }
        }
    }
    for (person, org, title, relation) in represented(w, tokens) {
        push_roles(&mut out, person, vec![(org, title, relation)]);
    }
    out
}

/// The unit a head's title names (市 of 市长 and 副市长, 县 of 县长).
fn unit_of_head(title: &str) -> Option<char> {
    let mut rev = title.chars().rev();
    (rev.next() == Some('长')).then(|| rev.next()).flatten().filter(|u| "省市区县镇乡州".contains(*u))
}

/// People who represent bodies named in the same order (张三理事长和李四副院长
/// 分别代表基金会和医院签约): each holds the office their title gives at the
/// body they represent.
fn represented<'t>(w: &[char], tokens: &'t [Token]) -> Vec<(&'t str, usize, String, RoleRelation)> {
    const CUE: [char; 4] = ['分', '别', '代', '表'];
    let Some(cue) = w.windows(4).position(|c| c == CUE) else {
        return Vec::new();
    };
    let clause_start = w[..cue].iter().rposition(|c| matches!(c, ',' | '，' | '。' | ';' | ':')).map_or(0, |i| i + 1);
    let people: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= clause_start && t.span.end <= cue)
        .filter_map(|(i, t)| match &t.kind {
            TokenKind::Person(name) => Some((i, name.as_str())),
            _ => None,
        })
        .collect();
    // The bodies right after the cue, up to the act.
    let act = (cue + 4..w.len()).find(|&i| matches!(w[i], '签' | ',' | '，' | '。')).unwrap_or(w.len());
    let bodies: Vec<usize> = tokens
        .iter()
        .filter(|t| t.span.start >= cue + 4 && t.span.end <= act)
        .filter_map(|t| match t.kind {
            TokenKind::Org(o) => Some(o),
            _ => None,
        })
        .collect();
    if people.len() < 2 || people.len() != bodies.len() {
        return Vec::new();
    }
    // A person's own title: right after the name, else right before it.
    let title_of = |i: usize| {
        let after = tokens.get(i + 1).filter(|t| is_direct(&gap(w, tokens[i].span.end, t.span.start)));
        let before =
            i.checked_sub(1).map(|p| &tokens[p]).filter(|t| is_direct(&gap(w, t.span.end, tokens[i].span.start)));
        [after, before].into_iter().flatten().find_map(|t| match &t.kind {
            TokenKind::Title { title, relation }
                if matches!(relation, RoleRelation::Leads | RoleRelation::ServesAt) =>
            {
                Some((title.clone(), *relation))
            }
            _ => None,
        })
    };
    people
        .iter()
        .zip(bodies)
        .filter_map(|(&(i, name), org)| title_of(i).map(|(title, rel)| (name, org, title, rel)))
        .collect()
}

/// The person a bracket closing at `end` follows (张三|(甲医院院长)), when
/// the bracket holds no one else.
fn bracketed_after<'t>(w: &[char], before: &'t [Token], end: usize) -> Option<&'t str> {
    let open = bracket_closed_at(w, before, end)?;
    match before.iter().rev().find(|p| p.span.start < open) {
        Some(Token { kind: TokenKind::Person(name), span }) if span.end == open => Some(name),
        _ => None,
    }
}

fn push_roles(out: &mut Vec<Role>, person: &str, roles: Vec<(usize, String, RoleRelation)>) {
    for (org, title, rel) in roles {
        let Some(relation) = rel.relation() else {
            continue;
        };
        match out.iter_mut().find(|r| r.person == person && r.org == org) {
            Some(r) => {
                if !r.titles.contains(&title) {
                    r.titles.push(title);
                }
                if relation.role_rank() > r.relation.role_rank() {
                    r.relation = relation;
                }
            }
            None => out.push(Role { person: person.to_string(), org, relation, titles: vec![title] }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::Span;

    fn org(i: usize, s: usize, e: usize) -> Token {
        Token { kind: TokenKind::Org(i), span: Span { start: s, end: e } }
    }
    fn title(t: &str, r: RoleRelation, s: usize) -> Token {
        Token {
            kind: TokenKind::Title { title: t.into(), relation: r },
            span: Span { start: s, end: s + t.chars().count() },
        }
    }
    fn person(n: &str, s: usize) -> Token {
        Token { kind: TokenKind::Person(n.into()), span: Span { start: s, end: s + n.chars().count() } }
    }
    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn two_bodies_two_roles_of_one_person() {
        // 甲集团行政总裁、乙医院院长张三
        let w = chars("甲集团行政总裁、乙医院院长张三");
        let toks = vec![
            org(0, 0, 3),
            title("行政总裁", RoleRelation::Leads, 3),
            org(1, 8, 11),
            title("院长", RoleRelation::Leads, 11),
            person("张三", 13),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles.len(), 2);
        assert!(roles.iter().all(|r| r.relation == Relation::Leads && r.person == "张三"));
    }

    #[test]
    fn two_titles_at_one_body_take_the_stronger() {
        // 甲委党组成员、副主任、乙局局长李四
        let w = chars("甲委员会党组成员、副主任、乙局局长李四");
        let toks = vec![
            org(0, 0, 4),
            title("党组成员", RoleRelation::ServesAt, 4),
            title("副主任", RoleRelation::ServesAt, 9),
            org(1, 13, 15),
            title("局长", RoleRelation::Leads, 15),
            person("李四", 17),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles[0].titles, vec!["党组成员", "副主任"]);
        assert_eq!(roles[0].relation, Relation::ServesAt);
        assert_eq!(roles[1].relation, Relation::Leads);
    }

    #[test]
    fn a_title_scoped_to_a_kind_takes_no_body_of_another() {
        let w = chars("市政府秘书长张忠军,集团党组成员、副总经理陈朗等参加");
        let toks = vec![
            org(0, 0, 3),
            title("秘书长", RoleRelation::ServesAt, 3),
            person("张忠军", 6),
            title("集团党组成员", RoleRelation::ServesAt, 10),
            title("副总经理", RoleRelation::ServesAt, 17),
            person("陈朗", 21),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles.iter().map(|r| r.person.as_str()).collect::<Vec<_>>(), vec!["张忠军"]);
        // A group's own officers still follow it.
        let w = chars("甲集团党委书记张三,集团党组成员、副总经理李四等参加");
        let toks = vec![
            org(0, 0, 3),
            title("党委书记", RoleRelation::Leads, 3),
            person("张三", 7),
            title("集团党组成员", RoleRelation::ServesAt, 10),
            title("副总经理", RoleRelation::ServesAt, 17),
            person("李四", 21),
        ];
        assert!(read_roles(&w, &toks).iter().any(|r| r.person == "李四" && r.org == 0));
    }

    #[test]
    fn a_units_head_takes_no_body_of_another_unit() {
        // 腾讯集团副总裁蔡光忠,副市长鲜荣生: 鲜荣生 is no officer of the group.
        let w = chars("腾讯集团副总裁蔡光忠,副市长鲜荣生出席");
        let toks = vec![
            org(0, 0, 4),
            title("副总裁", RoleRelation::ServesAt, 4),
            person("蔡光忠", 7),
            title("副市长", RoleRelation::ServesAt, 11),
            person("鲜荣生", 14),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles.iter().map(|r| r.person.as_str()).collect::<Vec<_>>(), vec!["蔡光忠"]);
        // A city's own officers still follow it.
        let w = chars("成都市人民政府秘书长张三,副市长李四出席");
        let toks = vec![
            org(0, 0, 7),
            title("秘书长", RoleRelation::ServesAt, 7),
            person("张三", 10),
            title("副市长", RoleRelation::ServesAt, 13),
            person("李四", 16),
        ];
        assert!(read_roles(&w, &toks).iter().any(|r| r.person == "李四" && r.org == 0));
    }

    #[test]
    fn an_academicians_academy_is_no_body_of_the_next_in_the_list() {
        // 中国科学院院士胡海岩,副校长陈杰: 陈杰 is no officer of the academy.
        let w = chars("中国科学院院士胡海岩,副校长陈杰出席");
        let toks = vec![
            org(0, 0, 5),
            title("院士", RoleRelation::AffiliatedWith, 5),
            person("胡海岩", 7),
            title("副校长", RoleRelation::ServesAt, 11),
            person("陈杰", 14),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles.iter().map(|r| r.person.as_str()).collect::<Vec<_>>(), vec!["胡海岩"]);
    }

    #[test]
    fn a_title_listed_after_a_leader_is_at_the_same_body() {
        // 甲医院党委书记张三、院长李四，副院长王五出席
        let w = chars("甲医院党委书记张三、院长李四，副院长王五出席");
        let toks = vec![
            org(0, 0, 3),
            title("党委书记", RoleRelation::Leads, 3),
            person("张三", 7),
            title("院长", RoleRelation::Leads, 10),
            person("李四", 12),
            title("副院长", RoleRelation::ServesAt, 15),
            person("王五", 18),
        ];
        let roles = read_roles(&w, &toks);
        let of = |p: &str| roles.iter().find(|r| r.person == p).map(|r| (r.org, r.relation));
        assert_eq!(of("李四"), Some((0, Relation::Leads)));
        assert_eq!(of("王五"), Some((0, Relation::ServesAt)));
        // After words of its own (表示，) a title is no part of the list.
        let w = chars("甲医院院长张三表示，副院长李四");
        let toks = vec![
            org(0, 0, 3),
            title("院长", RoleRelation::Leads, 3),
            person("张三", 5),
            title("副院长", RoleRelation::ServesAt, 10),
            person("李四", 13),
        ];
        assert!(read_roles(&w, &toks).iter().all(|r| r.person == "张三"));
    }

    #[test]
    fn a_bracket_after_a_name_gives_its_roles() {
        // 张三(甲医院院长)与李四(乙局局长)签约
        let w = chars("张三(甲医院院长)与李四(乙局局长)签约");
        let toks = vec![
            person("张三", 0),
            org(0, 3, 6),
            title("院长", RoleRelation::Leads, 6),
            person("李四", 10),
            org(1, 13, 15),
            title("局长", RoleRelation::Leads, 15),
        ];
        let roles = read_roles(&w, &toks);
        let of = |p: &str| roles.iter().filter(|r| r.person == p).map(|r| r.org).collect::<Vec<_>>();
        assert_eq!((of("张三"), of("李四")), (vec![0], vec![1]));
    }

    #[test]
    fn a_title_at_a_body_not_found_keeps_the_chain_to_the_name() {
        // 甲公司副总裁、乙健康总裁张三: 张三 is 甲公司's vice president, and
        // 乙健康's title is not 甲公司's.
        let w = chars("甲公司副总裁、乙健康总裁张三");
        let toks = vec![
            org(0, 0, 3),
            title("副总裁", RoleRelation::ServesAt, 3),
            title("总裁", RoleRelation::Leads, 10),
            person("张三", 12),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles.len(), 1);
        assert_eq!((roles[0].org, roles[0].titles.clone()), (0, vec!["副总裁".to_string()]));
    }

    #[test]
    fn title_after_name_following_body() {
        let w = chars("甲医院王五院长");
        let toks = vec![org(0, 0, 3), person("王五", 3), title("院长", RoleRelation::Leads, 5)];
        assert_eq!(read_roles(&w, &toks)[0].relation, Relation::Leads);
    }

    #[test]
    fn listed_professor_inherits_the_body() {
        let w = chars("甲中心(乙医院)朱一教授、白二教授");
        let toks = vec![
            org(0, 0, 3),
            org(1, 4, 7),
            person("朱一", 8),
            title("教授", RoleRelation::AffiliatedWith, 10),
            person("白二", 13),
            title("教授", RoleRelation::AffiliatedWith, 15),
        ];
        let roles = read_roles(&w, &toks);
        assert_eq!(roles.len(), 4);
        assert!(roles.iter().any(|r| r.person == "白二" && r.org == 1));
    }

    #[test]
    fn courtesy_gives_no_role() {
        let w = chars("甲医院李四先生");
        let toks = vec![org(0, 0, 3), person("李四", 3), title("先生", RoleRelation::None, 5)];
        assert!(read_roles(&w, &toks).is_empty());
    }

    #[test]
    fn a_courtesy_between_the_body_and_the_name_passes_the_office_after_it() {
        let roles = roles_in("广东公安边防总队第六支队首长姚文红政委、高明副支队长一行来访。");
        assert_eq!(
            roles,
            vec![
                ("姚文红".to_string(), "广东公安边防总队第六支队".to_string(), "政委".to_string()),
                ("高明".to_string(), "广东公安边防总队第六支队".to_string(), "副支队长".to_string()),
            ]
        );
    }

    #[test]
    fn broken_chain_gives_nothing() {
        let w = chars("甲医院院长表示,李四");
        let toks = vec![org(0, 0, 3), title("院长", RoleRelation::Leads, 3), person("李四", 8)];
        assert!(read_roles(&w, &toks).is_empty());
    }

    /// (person, body, titles) of each role read from the last sentence of `text`.
    fn roles_in(text: &str) -> Vec<(String, String, String)> {
        let (last, cat, tokens) = crate::extract::mentions::tokenize_last(text);
        read_roles(&last.chars, &tokens)
            .into_iter()
            .map(|r| (r.person, cat.entries[r.org].name.clone(), r.titles.join("、")))
            .collect()
    }

    #[test]
    fn a_title_after_the_bodys_board_is_the_bodys() {
        let roles = roles_in("上海市吉林商会第七届理事会会长陈锐出席。");
        assert_eq!(roles, vec![("陈锐".to_string(), "上海市吉林商会".to_string(), "会长".to_string())]);
        let roles = roles_in("云南白药集团股份有限公司董事会董事长王明辉出席。");
        assert_eq!(roles, vec![("王明辉".to_string(), "云南白药集团股份有限公司".to_string(), "董事长".to_string())]);
        // (An act's 会 after a title stays: 董事长|会见.)
        let roles = roles_in("云南白药集团股份有限公司董事长王明辉会见来宾。");
        assert_eq!(roles.len(), 1);
    }

    #[test]
    fn a_party_committees_title_after_another_office_names_no_body_but_ends_no_chain() {
        let roles = roles_in("长治市人大常委会副主任、武乡县委书记胡坚,武乡县委副书记、县长阎新平出席仪式。");
        assert_eq!(
            roles,
            vec![
                ("胡坚".into(), "长治市人大常委会".into(), "副主任".into()),
                ("阎新平".into(), "武乡县人民政府".into(), "县长".into()),
            ]
        );
    }

    #[test]
    fn a_department_between_a_body_and_a_title_is_the_bodys_and_heads_nothing() {
        let text = "北京大学第一医院与北京市海淀医院签约。北京大学第一医院消化科主任医师房静远教授出席。";
        assert_eq!(roles_in(text), vec![("房静远".into(), "北京大学第一医院".into(), "消化科主任医师".into())]);
        let roles = roles_in("山东省卫生健康委员会医政医管处处长王旭出席。");
        assert_eq!(roles, vec![("王旭".into(), "山东省卫生健康委员会".into(), "医政医管处处长".into())]);
        let roles = roles_in("北京大学第一医院心内科主任霍勇出席。");
        assert_eq!(roles, vec![("霍勇".into(), "北京大学第一医院".into(), "心内科主任".into())]);
    }

    #[test]
    fn departments_listed_after_a_body_are_its_own() {
        let text = "北京协和医院心内科主任严晓伟、信息中心主任李子孟、医务处处长韩丁出席。";
        let body = "北京协和医院".to_string();
        assert_eq!(
            roles_in(text),
            vec![
                ("严晓伟".into(), body.clone(), "心内科主任".into()),
                ("李子孟".into(), body.clone(), "信息中心主任".into()),
                ("韩丁".into(), body, "医务处处长".into()),
            ]
        );
        // Not across a clause: the next clause names no body.
        assert!(roles_in("北京协和医院院长张抒扬出席，信息中心主任李子孟致辞。").iter().all(|r| r.0 != "李子孟"));
    }

    #[test]
    fn an_office_of_a_foreign_companys_business_here_serves_it() {
        // GE医疗|中国|总裁兼首席执行官: both offices are the China business's.
        let text = "GE医疗与北京大学第三医院签约。GE医疗中国总裁兼首席执行官张轶昊出席。";
        let (last, cat, tokens) = crate::extract::mentions::tokenize_last(text);
        let roles = read_roles(&last.chars, &tokens);
        assert_eq!(roles.len(), 1, "{roles:?}");
        assert_eq!(cat.entries[roles[0].org].name, "GE医疗");
        assert_eq!(roles[0].relation, Relation::ServesAt);
        // Not so without the scope: 董事长兼总经理 heads the company.
        let text = "江苏恒瑞医药股份有限公司董事长兼总经理孙飘扬出席。";
        let (last, _, tokens) = crate::extract::mentions::tokenize_last(text);
        assert_eq!(read_roles(&last.chars, &tokens)[0].relation, Relation::Leads);
    }

    #[test]
    fn a_name_listed_after_a_mark_and_spaces_takes_the_same_office() {
        let roles = roles_in("北疆中医药大学校长柏文清，副校长李全、 张浩出席仪式。");
        assert!(roles.iter().any(|r| r.0 == "张浩" && r.2 == "副校长"), "{roles:?}");
    }

    #[test]
    fn an_office_of_a_part_after_jian_serves_the_body() {
        // 董事总经理兼|内地业务发展|主管: the second office is of a part of it.
        let text = "香港交易所董事总经理兼内地业务发展主管毛志荣签署备忘录。";
        let roles = roles_in(text);
        assert_eq!(roles.len(), 1, "{roles:?}");
        assert_eq!(roles[0].0, "毛志荣");
        assert_eq!(roles[0].2, "董事总经理、内地业务发展主管");
        // (副院长兼|内科|主任 heads the department only: it serves the hospital.)
        let text = "北京协和医院副院长兼内科主任张三出席。";
        let (last, _, tokens) = crate::extract::mentions::tokenize_last(text);
        let roles = read_roles(&last.chars, &tokens);
        assert_eq!(roles[0].relation, Relation::ServesAt, "{roles:?}");
    }

    #[test]
    fn a_supervisors_title_in_a_list_of_titles_is_the_persons() {
        let text = "中南大学湘雅医院院长、博士生导师雷光华教授，湖南省儿童医院党委书记祝益民教授出席。";
        let roles = roles_in(text);
        assert!(roles.contains(&("雷光华".into(), "中南大学湘雅医院".into(), "院长、博士生导师".into())), "{roles:?}");
        assert!(!roles.iter().any(|r| r.0 == "祝益民" && r.1 == "中南大学湘雅医院"), "{roles:?}");
    }

    #[test]
    fn a_body_of_whom_the_person_is_with_a_title_after_the_name() {
        let text = "北京清华长庚医院的董家鸿院长、哈尔滨医科大学附属肿瘤医院的张清媛副院长出席。";
        let roles = roles_in(text);
        assert!(roles.contains(&("董家鸿".into(), "北京清华长庚医院".into(), "院长".into())), "{roles:?}");
        assert!(roles.contains(&("张清媛".into(), "哈尔滨医科大学附属肿瘤医院".into(), "副院长".into())), "{roles:?}");
        // Not a body's something else (甲医院的专家团队).
        assert!(roles_in("北京清华长庚医院的专家团队出席。").is_empty());
    }

    #[test]
    fn ranks_and_chief_officers_serve() {
        let text = "广东省卫生健康委员会一级巡视员张一鸣、二级巡视员李二鸣出席。";
        assert_eq!(roles_in(text).len(), 2);
        let text = "北京协和医院总药师钱五鸣、党委委员孙六鸣、副总经济师周七鸣出席。";
        let roles = roles_in(text);
        assert_eq!(roles.len(), 3, "{roles:?}");
        assert!(roles.iter().all(|r| r.1 == "北京协和医院"));
    }

    #[test]
    fn a_cooperatives_board_and_a_procuratorates_committee_members_hold_office() {
        let roles = roles_in("苏州市供销合作总社党组书记、理事会主任王向东,理事会副主任李四出席。");
        assert!(roles.contains(&("王向东".into(), "苏州市供销合作总社".into(), "党组书记、理事会主任".into())));
        assert!(roles.contains(&("李四".into(), "苏州市供销合作总社".into(), "理事会副主任".into())));
        let roles = roles_in("溧阳市人民检察院党组成员、检委会专职委员赵俊峰出席。");
        assert_eq!(roles.len(), 1, "{roles:?}");
    }

    #[test]
    fn discipline_leaders_and_chief_experts_work_there() {
        let roles = roles_in("北京协和医院院长张一鸣、学科带头人李二鸣、首席专家王三鸣出席。");
        assert_eq!(roles.len(), 3, "{roles:?}");
        assert!(roles.iter().all(|r| r.1 == "北京协和医院"));
    }

    #[test]
    fn taiwan_ministry_and_hong_kong_board_offices() {
        let roles = roles_in("衛福部與台大醫院簽署合作備忘錄。衛福部次長王必勝、養和醫療集團聯席主席李維文出席。");
        // 卫福部 expands to the ministry's full name.
        assert!(roles.contains(&("王必胜".into(), "卫生福利部".into(), "次长".into())), "{roles:?}");
        assert!(roles.contains(&("李维文".into(), "养和医疗集团".into(), "联席主席".into())), "{roles:?}");
    }

    #[test]
    fn a_list_goes_on_past_a_person_whose_title_is_not_known() {
        let roles = roles_in("北京协和医院院长张一鸣、院务委员李二鸣、副院长王三鸣出席。");
        assert!(roles.contains(&("王三鸣".into(), "北京协和医院".into(), "副院长".into())), "{roles:?}");
        // Not past a clause, nor past a body named between.
        let roles = roles_in("北京协和医院院长张一鸣出席，院务委员李二鸣、副院长王三鸣致辞。");
        assert!(!roles.iter().any(|r| r.0 == "王三鸣"), "{roles:?}");
    }

    #[test]
    fn an_aside_between_a_title_and_the_name() {
        let roles = roles_in("北京协和医院副院长（主持工作）张三出席。");
        assert_eq!(roles, vec![("张三".into(), "北京协和医院".into(), "副院长".into())]);
    }

    #[test]
    fn a_list_goes_on_past_a_connector_and_a_definition_after_the_body() {
        let roles = roles_in("河南省肿瘤医院副院长任武和总药师张文周出席。");
        assert!(roles.contains(&("张文周".into(), "河南省肿瘤医院".into(), "总药师".into())), "{roles:?}");
        let roles = roles_in("南京正大天晴制药有限公司(以下称为南京正大天晴)总经理田舟山、总经理助理李锋等出席。");
        assert!(roles.contains(&("田舟山".into(), "南京正大天晴制药有限公司".into(), "总经理".into())), "{roles:?}");
        assert!(roles.contains(&("李锋".into(), "南京正大天晴制药有限公司".into(), "总经理助理".into())), "{roles:?}");
    }

    #[test]
    fn a_departments_manager_serves_and_a_customs_head_leads() {
        let roles = roles_in("福建港口集团财务部经理王海洪、河北港口集团副经理孟凡晖出席。");
        assert_eq!(
            roles,
            vec![
                ("王海洪".into(), "福建港口集团".into(), "财务部经理".into()),
                ("孟凡晖".into(), "河北港口集团".into(), "副经理".into()),
            ]
        );
        let roles = roles_in("广州海关关长高融昆致辞。");
        assert_eq!(roles, vec![("高融昆".into(), "广州海关".into(), "关长".into())]);
    }

    #[test]
    fn honorary_assistant_and_union_offices_serve() {
        let text = "北京大学第一医院工会主席张军、名誉院长王五一、监事会主席赵六一、总经理助理钱七一出席。";
        let roles = roles_in(text);
        assert_eq!(roles.len(), 4, "{roles:?}");
        assert!(roles.iter().all(|r| r.1 == "北京大学第一医院"), "{roles:?}");
        let text = "中国医师协会执行会长张军、名誉会长王五一出席。";
        assert_eq!(roles_in(text).len(), 2);
    }

    #[test]
    fn names_listed_bare_after_a_titled_one_share_its_title() {
        let roles = roles_in(
            "江苏省人民医院与南京市江宁医院签约。江苏省人民医院副院长黄峻、王虹，南京市江宁医院院长张伟等出席。",
        );
        assert_eq!(
            roles,
            vec![
                ("黄峻".into(), "江苏省人民医院".into(), "副院长".into()),
                ("王虹".into(), "江苏省人民医院".into(), "副院长".into()),
                ("张伟".into(), "南京市江宁医院".into(), "院长".into())
            ]
        );
        // The last of the list ends before the verb it is the subject of.
        let roles = roles_in("江苏省人民医院与南京市江宁医院签约。江苏省人民医院副院长黄峻、王虹参加了签约仪式。");
        assert!(roles.contains(&("王虹".into(), "江苏省人民医院".into(), "副院长".into())), "{roles:?}");
        // A name with a title of its own takes that one.
        let roles = roles_in("江苏省人民医院与南京市江宁医院签约。江苏省人民医院副院长黄峻、王虹教授出席。");
        assert!(!roles.iter().any(|r| r.0 == "王虹" && r.2 == "副院长"), "{roles:?}");
    }

    #[test]
    fn a_bodys_delegates_named_by_their_offices() {
        let roles =
            roles_in("医管局与上海申康医院发展中心续签合作协议。医院管理局的代表包括主席胡定旭及行政总裁梁栢贤医生。");
        assert!(roles.contains(&("胡定旭".into(), "医院管理局".into(), "主席".into())), "{roles:?}");
        assert!(roles.contains(&("梁栢贤".into(), "医院管理局".into(), "行政总裁".into())), "{roles:?}");
    }

    #[test]
    fn a_name_taking_office_holds_it() {
        let roles = roles_in("会议选举产生了新一届理事会，张伯礼当选为中华医学会会长，饶克勤当选为副会长兼秘书长。");
        assert_eq!(
            roles,
            vec![
                ("张伯礼".into(), "中华医学会".into(), "会长".into()),
                ("饶克勤".into(), "中华医学会".into(), "副会长、秘书长".into())
            ]
        );
        let roles = roles_in("大会选举王辰为中国医师协会会长。");
        assert_eq!(roles, vec![("王辰".into(), "中国医师协会".into(), "会长".into())]);
        let roles = roles_in("此前，李明任浙江大学医学院附属第一医院副院长。");
        assert_eq!(roles, vec![("李明".into(), "浙江大学医学院附属第一医院".into(), "副院长".into())]);
        // The verb must run right into the office.
        assert!(roles_in("张三当选后表示，将带领甲医院院长团队。").iter().all(|r| r.0 != "张三"));
        // With no body named before, an office alone gives no role.
        assert!(roles_in("王五当选为副会长。").is_empty());
    }

    #[test]
    fn names_with_their_offices_listed_after_a_body_hold_them_there() {
        let roles = roles_in("参加签字仪式的有:武汉建筑业协会唐昌海会长、郑祥斌副会长、李士俊副会长。");
        for (name, title) in [("唐昌海", "会长"), ("郑祥斌", "副会长"), ("李士俊", "副会长")] {
            assert!(roles.contains(&(name.into(), "武汉建筑业协会".into(), title.into())), "{roles:?}");
        }
        // A courtesy after the next name gives it no office there.
        let roles = roles_in("武汉建筑业协会唐昌海会长、李四教授出席。");
        assert!(roles.iter().all(|r| r.0 != "李四"), "{roles:?}");
    }

    #[test]
    fn people_representing_bodies_in_order_hold_their_titles_there() {
        let roles = roles_in("由胡双云理事长和张红兵副院长分别代表浙江启亚公益基金会和西安市第一医院签约。");
        assert!(roles.contains(&("胡双云".into(), "浙江启亚公益基金会".into(), "理事长".into())), "{roles:?}");
        assert!(roles.contains(&("张红兵".into(), "西安市第一医院".into(), "副院长".into())), "{roles:?}");
        // Not when the counts differ.
        let roles = roles_in("胡双云理事长和张红兵副院长分别代表西安市第一医院签约。");
        assert!(roles.iter().all(|r| r.0 != "胡双云"), "{roles:?}");
    }

    #[test]
    fn bodies_of_a_kind_listed_before_one_title_share_it() {
        let roles = roles_in("绍兴市金华商会、中国轻纺城金华商会会长江有财讲话。");
        assert_eq!(roles.len(), 2, "{roles:?}");
        assert!(roles.contains(&("江有财".into(), "绍兴市金华商会".into(), "会长".into())), "{roles:?}");
        // Not bodies of other kinds: 局长 is the bureau's alone.
        let roles = roles_in("宁波市卫生健康委员会、宁波市中医药管理局局长张三讲话。");
        assert_eq!(roles, vec![("张三".into(), "宁波市中医药管理局".into(), "局长".into())]);
    }
}
