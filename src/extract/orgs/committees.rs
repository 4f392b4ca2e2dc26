//! Party committees of places: a place's committee written short before one
//! of its offices (长沙市委|书记, 中共湖南省委|常委, 商南县委|统战部) is a body,
//! 中共长沙市委员会; a bare one (，市委书记郭文海) is the committee of the
//! document's one place of that unit.

use super::*;

/// The offices of a place's committee's members, said right after it
/// (市委|副书记).
const MEMBERS: [&str; 7] = ["书记", "副书记", "常务副书记", "常委", "委员", "秘书长", "副秘书长"];

/// The committee's departments, whose offices are held on it too
/// (县委|统战部常务副部长).
const DEPARTMENTS: [&str; 3] = ["统战部", "宣传部", "组织部"];

/// Where a committee member's office ending `w` starts, its committee's 委
/// included (长沙市|委副书记): a place's party office said before its
/// government's (、市长).
pub fn party_office_before(w: &[char]) -> Option<usize> {
    MEMBERS.iter().find_map(|m| {
        let at = w.len().checked_sub(m.chars().count() + 1)?;
        (w[at] == '委' && ends_with_word(w, m)).then_some(at)
    })
}

/// The canonical name of a committee written `key` (长沙市委, 中共长沙市委):
/// 中共长沙市委员会; a bare one stays bare (市委) until it is placed.
pub(super) fn committee_name(key: &str) -> String {
    let key = key.strip_prefix("中共").unwrap_or(key);
    if key.chars().count() == 2 { key.to_string() } else { format!("中共{key}员会") }
}

/// Committees of places before one of their offices, outside the names found
/// (`occ`): 中共 or not, a place of two or three Han chars and its unit, then
/// 委. The place is a listed one, or opens a clause (or follows 中共) and is
/// no generic word. A unit alone (市委) opening a clause is a bare committee.
/// (The place may have been found as its government's, for a head's title
/// after the committee's office: 甘孜州|委常委、副州长.)
pub(super) fn party_committees(w: &[char], occ: &[(Span, usize)], lex: &Lexicon) -> Vec<(Span, OrgType)> {
    let mut out = Vec::new();
    let covered =
        |a: usize, b: usize| occ.iter().any(|(o, _)| o.start < b && a < o.end && *o != Span { start: a, end: b - 1 });
    let opens = |at: usize| at == 0 || !is_han(w[at - 1]);
    let party = |at: usize| at >= 2 && w[at - 2..at] == ['中', '共'];
    for wei in (1..w.len()).filter(|&i| w[i] == '委' && matches!(w[i - 1], '省' | '市' | '区' | '县' | '州')) {
        let unit = wei - 1;
        let office = MEMBERS.iter().chain(&DEPARTMENTS).any(|o| starts_with_word(&w[wei + 1..], o));
        // (委员会 is a full name's suffix, found as one: 政协甲市委员会.)
        if !office || w[wei + 1..].starts_with(&['员', '会']) {
            continue;
        }
        if opens(unit) {
            if !covered(unit, wei + 1) {
                out.push((Span { start: unit, end: wei + 1 }, OrgType::Government));
            }
            continue;
        }
        let place = (2..=3).filter(|&n| n <= unit).map(|n| unit - n).find(|&a| {
            let named = with_text(&w[a..unit], |p| lex.is_place(p))
                || (opens(a) || party(a))
                    && w[a..unit].iter().all(|&c| is_han(c) && !UNITS.contains(&c))
                    && !lex.generic.contains(&text_of(&w[a..a + 1]));
            named && !covered(a, wei + 1)
        });
        if let Some(a) = place {
            let start = if party(a) { a - 2 } else { a };
            out.push((Span { start, end: wei + 1 }, OrgType::Government));
        }
    }
    out
}

/// The government of the place whose committee `idx` is (长沙市人民政府 for
/// 中共长沙市委员会), when the document names it.
pub fn government_of_committee(cat: &OrgCatalog, idx: usize) -> Option<usize> {
    let place = cat.entries[idx].name.strip_prefix("中共")?.strip_suffix("委员会")?;
    cat.government_of(place)
}

/// A bare committee (市委) is the committee of the document's one place of
/// its unit (中共中山市委员会, beside 中山市人民政府), merged into that
/// committee when it is named; with no one place, it names no body.
pub(super) fn place_bare_committees(cat: &mut OrgCatalog, lex: &Lexicon) {
    for i in 0..cat.entries.len() {
        let name: Vec<char> = cat.entries[i].name.chars().collect();
        if cat.entries[i].keys.is_empty() || name.len() != 2 || name[1] != '委' || !UNITS.contains(&name[0]) {
            continue;
        }
        let mut places = places_of_unit(cat, name[0], lex).into_iter();
        let (Some(place), None) = (places.next(), places.next()) else {
            cat.forget(i);
            continue;
        };
        cat.take_full_name(i, format!("中共{place}委员会"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn a_places_committee_before_its_office_is_a_body() {
        let found = names("长沙市人民政府与甲公司签约。中共湖南省委常委、长沙市委书记胡衡华出席。");
        assert!(found.contains(&"中共湖南省委员会".to_string()), "{found:?}");
        assert!(found.contains(&"中共长沙市委员会".to_string()), "{found:?}");
        // An unlisted county's, opening a clause, and its department's office.
        let found = names("甲公司与乙公司签约。商南县委统战部常务副部长李四出席。");
        assert!(found.contains(&"中共商南县委员会".to_string()), "{found:?}");
        // Not before anything else (感谢长沙市委、市政府), nor a full name's
        // 委员会, nor a word that is no place (各地市委).
        assert!(!names("甲公司与乙公司签约。感谢长沙市委、市政府的支持。").iter().any(|n| n.contains('委')));
        assert!(!names("甲公司与乙公司签约。各地市委书记出席。").iter().any(|n| n.contains('委')));
    }

    #[test]
    fn a_bare_committee_is_the_documents_one_place_of_its_unit() {
        let found = names("中山市人民政府与甲公司签约。市委书记郭文海、市长肖展欣出席。");
        assert!(found.contains(&"中共中山市委员会".to_string()), "{found:?}");
        let cat = discover(&split("中山市人民政府与甲公司签约。市委书记郭文海出席。"), &lex());
        assert_eq!(cat.lookup("市委"), cat.lookup("中共中山市委员会"));
        // With two cities, none; with none, none.
        let found = names("中山市人民政府与珠海市人民政府签约。市委书记郭文海出席。");
        assert!(!found.iter().any(|n| n.contains('委')), "{found:?}");
        let found = names("甲公司与乙公司签约。市委书记郭文海出席。");
        assert!(!found.iter().any(|n| n.contains('委')), "{found:?}");
    }
}
