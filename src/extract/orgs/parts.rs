//! The parts of an organisation's name: its head (valid or not), where its
//! words start, the place opening it, the suffix ending it, and whether what
//! stands before a body names a parent or only a place.

use super::*;

/// A head is at least two characters and not made only of generic words,
/// unless a national or place name opens it.
pub(super) fn valid_head(head: &str, lex: &Lexicon) -> bool {
    let n = head.chars().count();
    // (A military unit's number opens a name: 94755部队.)
    let unit_number = head.trim_start_matches(|c: char| c.is_ascii_digit());
    let military = head.len() - unit_number.len() >= 3 && unit_number.starts_with("部队");
    // (Nor does a bracket: (中国)股份有限公司 is what a name pasted over left.)
    // (Nor an ordinal, but a division of the Production and Construction
    // Corps before its city: 第十三师|新星市应急管理局.)
    if head.starts_with('第') && corps_division(head).is_some_and(|rest| opens_with_place(rest, lex) || rest.len() >= 6)
    {
        return true;
    }
    if n < 2 || head.starts_with(|c: char| c.is_ascii_digit()) && !military || head.starts_with(['第', '(']) {
        return false;
    }
    // The speaker's bare word for itself opens no name (学校|附属第一医院, its
    // hospital named in brackets after it).
    if head.starts_with("学校") || head.starts_with("公司") {
        return false;
    }
    // A count of bodies (三间|大学, 两所|医院) describes, it names none, and
    // nor does what ends in one (在中科院内树立一个|研究所…) or opens with one
    // (七所附属|医院).
    if ends_with_count(head) || opens_with_count(head) {
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

/// What follows a Corps division opening `head` (第十三师|新星市), if one does.
fn corps_division(head: &str) -> Option<&str> {
    let rest = head.strip_prefix('第')?;
    let numerals = rest.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    (numerals.len() < rest.len()).then_some(())?;
    numerals.strip_prefix('师').filter(|r| !r.is_empty())
}

/// Numerals counting bodies, and the measure words after them (七所, 两家).
const COUNT_NUMERALS: &str = "一二两三四五六七八九十几多数";
const MEASURES: &str = "家所个位间座";

/// Are these a numeral and the measure word after it (七|所, 两|家)?
pub(super) fn is_count(numeral: char, measure: char) -> bool {
    COUNT_NUMERALS.contains(numeral) && MEASURES.contains(measure)
}

/// Does `head` end with a count (树立一个)?
fn ends_with_count(head: &str) -> bool {
    let mut c = head.chars().rev();
    matches!((c.next(), c.next()), (Some(m), Some(d)) if is_count(d, m))
}

/// Does `head` open with a count of one or two numerals (七所附属, 十几家)?
fn opens_with_count(head: &str) -> bool {
    let numerals = head.chars().take_while(|c| COUNT_NUMERALS.contains(*c)).count();
    (1..=2).contains(&numerals) && head.chars().nth(numerals).is_some_and(|m| MEASURES.contains(m))
}

/// Positions in `name` where a word starts: after a place prefix, at the
/// start and end of every suffix word inside it (中山|大学|肿瘤防治中心) and
/// at the start of every generic word.
pub(super) fn word_starts(name: &[char], lex: &Lexicon) -> BTreeSet<usize> {
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
    // So does the core after a national opening (中国|交通建设集团: 中交集团).
    if let Some(k) = super::short_forms::after_national_opening(name) {
        starts.insert(k);
    }
    // A generic word is a word of its own (迈瑞|生物|医疗|电子…: 迈瑞医疗).
    starts.extend((0..name.len()).filter(|&i| lex.generic_opens(&name[i..])));
    // An ordinal's number opens a word: 第|二|医院 is 二院 for short.
    starts.extend(name.iter().enumerate().filter(|&(_, &c)| c == '第').map(|(i, _)| i + 1));
    starts
}

/// How many chars of `name` a body known by its bare name opens it with
/// (中国科学院|过程工程研究所), if more follow: a part's short form may
/// start after its parent (过程工程所).
pub(super) fn parent_body_len(name: &[char], lex: &Lexicon) -> usize {
    let Some(&first) = name.first() else { return 0 };
    let mut buf = [0u8; 4];
    let first: &str = first.encode_utf8(&mut buf);
    // (Only the bodies opening with its first char, by the map's order.)
    let from = (std::ops::Bound::Included(first), std::ops::Bound::Unbounded);
    lex.bodies
        .range::<str, _>(from)
        .take_while(|(b, _)| b.starts_with(first))
        .filter_map(|(b, _)| {
            let n = b.chars().count();
            (n < name.len() && b.chars().zip(name).all(|(x, &y)| x == y)).then_some(n)
        })
        .max()
        .unwrap_or(0)
}

/// Does a place name open `text`?
pub(super) fn opens_with_place(text: &str, lex: &Lexicon) -> bool {
    text.char_indices().take(lex.longest_place).any(|(i, c)| lex.is_place(&text[..i + c.len_utf8()]))
}

/// Length of the place name that opens `name` (上海联影… → 2), with 省/市 after it.
pub(super) fn place_prefix_len(name: &[char], lex: &Lexicon) -> usize {
    (1..=name.len().min(lex.longest_place))
        .filter(|&n| with_text(&name[..n], |prefix| lex.is_place(prefix)))
        .map(|n| if matches!(name.get(n), Some('省' | '市')) && !unit_opens_word(name, n) { n + 1 } else { n })
        .max()
        .unwrap_or(0)
}

/// Length of the places opening `name` one after another (安徽省淮北市|杜集区…,
/// 德州山东德州|双汇食品…).
pub(super) fn place_chain_len(name: &[char], lex: &Lexicon) -> usize {
    let mut end = 0;
    while end < name.len() {
        match place_prefix_len(&name[end..], lex) {
            0 => break,
            n => end += n,
        }
    }
    end
}

/// Is this a numbered bureau (中建七局, 中铁十一局, 中国水电第七工程局)? Those are
/// state construction companies; a government's bureaus bear no number.
pub(super) fn numbered_bureau(name: &[char]) -> bool {
    let body = name.strip_suffix(&['局']).map(|b| b.strip_suffix(&['工', '程']).unwrap_or(b));
    body.and_then(|b| b.last()).is_some_and(|c| "一二三四五六七八九十".contains(*c)) && name.len() >= 4
}

/// Does a unit char at `at` open a word instead of ending a place (中国|市政工程,
/// 华东|区域医疗中心, 省级, 市属)?
pub(super) fn unit_opens_word(name: &[char], at: usize) -> bool {
    const WORDS: [[char; 2]; 15] = [
        ['市', '政'],
        ['市', '场'],
        ['市', '民'],
        ['市', '级'],
        ['市', '属'],
        ['市', '直'],
        ['区', '域'],
        ['区', '位'],
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

/// Length of the longest suffix that ends `name`.
pub(super) fn suffix_len(name: &[char], lex: &Lexicon) -> usize {
    let text: String = name.iter().collect();
    lex.org_suffixes.keys().filter(|s| text.ends_with(s.as_str())).map(|s| s.chars().count()).max().unwrap_or(0)
}

/// Does `prefix` name a parent body (中国医学科学院, 复旦大学附属), or only
/// the country or place a body is of (中国人民|解放军总医院, 北京|协和医院)?
pub(super) fn parent_before(prefix: &[char], lex: &Lexicon) -> bool {
    let country = prefix.strip_suffix(&['人', '民']).unwrap_or(prefix);
    // (The army is the country's: 中国人民解放军|94755部队卫生所.)
    let national = with_text(country, |c| NATIONAL.contains(&c) || c == "中国人民解放军" || c == "解放军");
    // (Places may follow one another: 安徽省淮北市|杜集区人民政府.)
    let place = !country.is_empty() && place_chain_len(country, lex) == country.len();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn a_name_opening_with_a_bracket_is_none() {
        let found = names("3月19日,(中国)股份有限公司、钟祥新宇机电制造股份有限公司签约。");
        assert_eq!(found, vec!["钟祥新宇机电制造股份有限公司"]);
        // A place in brackets inside a name stays (腾讯医疗健康(深圳)有限公司).
        assert_eq!(names("腾讯医疗健康(深圳)有限公司与甲医院签约。")[0], "腾讯医疗健康(深圳)有限公司");
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
    fn a_corps_division_before_its_city_opens_a_name_an_ordinal_does_not() {
        let found = names("9月16日,第十三师新星市应急管理局与哈密市消防救援支队签约。");
        assert_eq!(found, vec!["第十三师新星市应急管理局", "哈密市消防救援支队"]);
        assert!(!valid_head("第一届", &lex()));
        assert!(!valid_head("第三师", &lex()));
    }

    #[test]
    fn generic_heads_are_not_names() {
        assert!(names("为广大基层医院提供培训").is_empty());
        // The mainland's governments are none (首次与内地政府签署合作协议).
        assert!(names("这是深圳证券交易所首次与内地政府签署合作协议").iter().all(|n| !n.contains("内地")));
    }
}
