//! Short forms of names: whether one name abbreviates another (中大肿瘤中心,
//! 浙大二院), merging entries that do, and finding short forms used in running
//! text outside known names (中肿, 联影).

use super::*;

/// The distinctive core of a name: without place, suffix and trailing generic
/// words (上海联影医疗科技有限公司 → 联影, 养和医疗集团 → 养和).
pub(super) fn distinctive_core(name: &[char], lex: &Lexicon) -> Vec<char> {
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
pub(super) fn after_national_opening(name: &[char]) -> Option<usize> {
    [['国', '立'], ['中', '国'], ['中', '华']].iter().any(|o| name.starts_with(o)).then_some(2)
}

/// Where the core starts after a national opening, at the name's start or
/// after its place (香港|中华|厂商联合会: 厂商会 is its short form), past an
/// ordinal's 第 (中国第一汽车集团公司 is 一汽集团): a short form may open there.
fn national_core(name: &[char], place: usize) -> Option<usize> {
    let k = after_national_opening(name).or_else(|| {
        (place > 0 && place < name.len()).then(|| after_national_opening(&name[place..]).map(|k| place + k))?
    })?;
    let ordinal = name.get(k) == Some(&'第') && name.get(k + 1).is_some_and(|c| "一二三四五六七八九十".contains(*c));
    Some(if ordinal { k + 1 } else { k })
}

/// Whether the last char of the place opening `name` (`place` chars) may open
/// a short form with the core's first (北荣 for 台北荣民总医院): not a unit
/// (市中心医院 is no short form of 金华市中心医院医疗集团), nor a country's 国
/// (国足球 of 中法两国足球 is none of 法国足球协会).
fn place_end_opens(name: &[char], place: usize) -> bool {
    place >= 2 && place < name.len() && !UNITS.contains(&name[place - 1]) && name[place - 1] != '国'
}

/// Whether every char of `short` is in `long`, in the same order (一 in 第一人民).
pub(super) fn in_order(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|l| l == c))
}

/// Where each char of `short` stands in `full`, from `first` on: in order, each
/// right after the one before or at a word start, or, as the third char or
/// later, the last char of the suffix word that ends the name standing for the
/// whole word (浙大二|院 for …第二|医院, 郑大一附|院 for …第一附属|医院, but not
/// 台大医|院 for 台湾大学|医学院). `suffix_start`: where that word starts, if it
/// has two chars or more. The earliest such places; a
/// char that cannot stand at its first occurrence may at a later one (台大医|院:
/// not the 院 of 医学院, the one of 医院).
pub(super) fn subsequence_at_word_starts(
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

/// Is `short` an abbreviation of `full`? Its characters appear in order in the
/// full name, it starts where the name or its core (after the place) starts,
/// each jump lands on a word start, it keeps something of the distinctive core,
/// and it is not just the parent body the name opens with (中山大学).
pub fn abbreviates(short: &[char], full: &[char], lex: &Lexicon) -> bool {
    if short.len() < 2 || short.len() >= full.len() || !short.iter().all(|c| is_han(*c)) {
        return false;
    }
    // 股份公司 is 股份有限公司 written short, after the name or chars of it
    // in order, the first kept (东航股份公司 for 东方航空股份有限公司).
    if let [head @ .., '股', '份', '公', '司'] = short
        && full.ends_with(&['股', '份', '有', '限', '公', '司'])
    {
        let stem = &full[..full.len() - 6];
        return head.len() >= 2 && head.first() == stem.first() && in_order(head, stem);
    }
    // An ordinal is no name (第一 of 景德镇市第一人民医院: 第一副会长, 第一次).
    if short[0] == '第' && short[1..].iter().all(|c| "一二三四五六七八九十百零".contains(*c)) {
        return false;
    }
    // A name opening with its parent's known alias (中科院|东北地理所 for
    // 中国科学院|东北地理与农业生态研究所) shortens the name when what follows
    // the alias is the rest of it or shortens that.
    // (Cheap test first: the two open alike and part at once.)
    if short[0] == full[0] && short[1] != full[1] {
        for n in 2..short.len().saturating_sub(1).min(5) {
            let Some(parent) = with_text(&short[..n], |head| lex.aliases.get(head)) else { continue };
            let parent: Vec<char> = parent.chars().collect();
            if full.starts_with(&parent) {
                let (rest, full_rest) = (&short[n..], &full[parent.len()..]);
                return rest == full_rest || abbreviates(rest, full_rest, lex);
            }
        }
    }
    if branch_short_form(short, full, lex) {
        return true;
    }
    // A foundation is never its founder written short (省红十字会 is no
    // 省红十字基金会's).
    if full.ends_with(&['基', '金', '会']) && !short.windows(2).any(|w| w == ['基', '金']) && short.ends_with(&['会'])
    {
        return false;
    }
    // A government written without its unit (徐汇政府 for 徐汇区人民政府).
    if let [head @ .., '政', '府'] = short
        && head.len() >= 2
        && full.starts_with(head)
        && UNITS.contains(&full[head.len()])
        && matches!(&full[head.len() + 1..], ['政', '府'] | ['人', '民', '政', '府'])
    {
        return true;
    }
    // A listed place and one char more cuts the name's first word (福州|万 of
    // 福州市|万科房地产有限公司), unless the char is a kind (武汉|局).
    let short_place = place_prefix_len(short, lex);
    if short_place >= 2
        && short.len() == short_place + 1
        && !with_text(&short[short_place..], |k| lex.org_suffixes.contains_key(k))
    {
        return false;
    }
    let place = place_prefix_len(full, lex);
    // A name is the full one without the places opening it, one after another
    // (长白新村街道团工委 for 上海市杨浦区|长白新村街道团工委), where it holds more
    // than its kind (人民医院 is no 上海市人民医院's).
    if full.ends_with(short)
        && opening_places_len(&full[..full.len() - short.len()], lex) == full.len() - short.len()
        && short.len() > suffix_len(short, lex) + 1
    {
        return true;
    }
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
    // or the kind a company's (腾讯|公司 is 腾讯医疗健康(深圳)有限|公司), or what
    // is dropped the company's legal form before its union's or office's kind
    // (中国海运|工会 is 中国海运(集团)总公司|工会).
    // (Cheap test first: the two open alike.)
    let short_suffix = if full.starts_with(&short[..2]) { suffix_len(short, lex) } else { 0 };
    if short_suffix >= 2 && short.len() > short_suffix + 1 {
        let (head, kind) = short.split_at(short.len() - short_suffix);
        let company = with_text(kind, |k| lex.org_suffixes.get(k) == Some(&OrgType::Company));
        // (The full name's kind may be the short one's written out:
        // 工会|委员会 for 工会.)
        let full_kind = full.len() - suffix_len(full, lex);
        let kind_at = full
            .ends_with(kind)
            .then(|| full.len() - kind.len())
            .or_else(|| full[full_kind..].starts_with(kind).then_some(full_kind));
        if let Some(kind_at) = kind_at.filter(|&k| !company && full.starts_with(head) && k >= head.len()) {
            let dropped = &full[head.len()..kind_at];
            if !matches!(dropped, [] | ['附', '属'] | ['附', '设']) && !company_form(dropped) {
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
    } else if place_end_opens(full, place) && short[0] == full[place - 1] && short[1] == full[place] {
        // The place's last char, then the core's first.
        place - 1
    } else if let Some(k) = national {
        k
    } else if let Some(k) = Some(parent_body_len(full, lex)).filter(|&k| k > 0 && full[k] == short[0]) {
        // After the parent the name opens with (中国科学院|过程工程研究所: 过程工程所;
        // not two chars, 过程 or 东北, a word of the name more than its own).
        if short.len() < 3 {
            return false;
        }
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
    // (But a place that drops only its unit is the name's place: 湖北|交投集团
    // for 湖北省|交通投资集团有限公司; and the ordinal's 第 after it: 合肥|七中
    // for 合肥市|第七中学.)
    if lead < positions.len() {
        let lead_s: String = text_of(&short[..lead]);
        let bare = lead_s.trim_end_matches(['市', '省']);
        let next = if full.get(place) == Some(&'第') { place + 1 } else { place };
        let unit_dropped = place == lead + 1 && positions[lead] == next && matches!(full[lead], '市' | '省');
        if lex.places.contains(bare) && !unit_dropped || lex.generic.contains(&lead_s) {
            return false;
        }
    }
    // 中国医学科学院肿瘤医院 opens 中国医学科学院肿瘤医院深圳医院: a parent, not an
    // alias; but a body known by its bare name before nothing but a legal form
    // is that body (中国电信 of 中国电信集团公司), and so is a company's group
    // before nothing but a legal form (天津港集团 of 天津港集团有限公司; a
    // hospital group stays the group its company runs).
    let group = || {
        let kind = &short[short.len() - suffix_len(short, lex)..];
        short.ends_with(&['集', '团']) && with_text(kind, |k| lex.org_suffixes.get(k) == Some(&OrgType::Company))
    };
    // (A known body may have a trade's words before its legal form:
    // 中国移动 of 中国移动|通信|集团公司.)
    let known = || with_text(short, |s| lex.bodies.contains_key(s));
    let registered = || {
        let rest = text_of(&full[short.len()..]);
        is_legal_form(&rest) && (group() || known()) || known() && generic_then_legal_form(&rest, lex)
    };
    if contiguous_prefix && suffix_len(short, lex) > 0 && first == 0 && !registered() {
        return false;
    }
    // A university named by its place alone is that place's char and 大
    // (澳大 for 澳门大学, 川大 for 四川大学).
    if place == 2 && full.len() == 4 && full.ends_with(&['大', '学']) && short.len() == 2 && short[1] == '大' {
        return full[..2].contains(&short[0]);
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
    // name before its whole legal form, with its group word or without, and
    // with its place or without (中国五矿 for 中国五矿集团有限公司, 上海建工 for
    // 上海建工集团股份有限公司).
    // (Generic words may stand between, after a name of four chars or more:
    // 中国水务 for 中国水务|投资|集团有限公司; not 华华, a given name's, for
    // 佛山市华华|医药|股份有限公司.)
    let before_legal_form = |from: usize| {
        full.len() > from + short.len() && short == &full[from..from + short.len()] && {
            let rest = text_of(&full[from + short.len()..]);
            is_legal_form(&rest)
                || rest.strip_prefix("集团").is_some_and(is_legal_form)
                || short.len() >= 4 && generic_then_legal_form(&rest, lex)
        }
    };
    // (So is a short form of that part keeping its kind: 中国安能集团 for
    // 中国安能建设集团有限公司, 一汽集团 for 中国第一汽车|集团公司, the kind
    // opening the legal form; not 华华 for 佛山市华华医药股份有限公司.)
    let part_short_form = |e: usize| {
        let kind = suffix_len(&full[..e], lex);
        kind > 0
            && short.ends_with(&full[e - kind..e])
            && (is_legal_form(&text_of(&full[e..])) || is_legal_form(&text_of(&full[e - kind..])))
    };
    if let Some(e) = first_part_end
        && positions.iter().all(|&p| p < e)
        && !(short == &full[place..e] && is_legal_form(&text_of(&full[e..])))
        && !part_short_form(e)
        && !before_legal_form(place)
        && !(place > 0 && before_legal_form(0))
    {
        return false;
    }
    own_alias(short, full, lex)
}

/// Whether `rest` is a trade's generic words, then a legal form (通信|集团公司,
/// 水务投资|集团有限公司).
fn generic_then_legal_form(rest: &str, lex: &Lexicon) -> bool {
    LEGAL_FORMS
        .iter()
        .any(|f| rest.strip_suffix(f).is_some_and(|words| !words.is_empty() && lex.is_generic_words(words)))
}

/// A known alias is its own body's short form, under any legal form (中科院 is
/// 中国科学院's, not 中国科学院重庆绿色智能技术研究院's; 中国电信 is 中国电信集团公司's,
/// the older name of 中国电信集团有限公司), and a body known by its bare name
/// is no other's short form (中国红十字会 of 中国红十字基金会).
fn own_alias(short: &[char], full: &[char], lex: &Lexicon) -> bool {
    with_text(short, |s| match lex.aliases.get(s) {
        Some(canonical) => with_text(full, |f| company_stem(canonical) == company_stem(f)),
        None => !lex.bodies.contains_key(s),
    })
}

/// A company's name without its legal form and group word (中国电信 of
/// 中国电信集团有限公司, 中国电信集团公司 and 中国电信集团).
fn company_stem(name: &str) -> &str {
    let longest_form = LEGAL_FORMS.iter().filter_map(|f| name.strip_suffix(f)).min_by_key(|s| s.len());
    let stem = longest_form.unwrap_or(name);
    let stem = BRACKETED_FORMS.iter().find_map(|f| stem.strip_suffix(f)).unwrap_or(stem);
    stem.strip_suffix("集团").unwrap_or(stem)
}

/// Where the place stands in a national group's company in a place
/// (中国移动通信集团|江西|有限公司, 中国电信股份有限公司|江西|分公司): after the
/// group's name, which opens with 中国, before a legal form or a branch's
/// word; with its length, without a unit.
pub(super) fn branch_place(full: &[char], lex: &Lexicon) -> Option<(usize, usize)> {
    if !full.starts_with(&['中', '国']) || !full.ends_with(&['司']) && !full.ends_with(&['行']) {
        return None;
    }
    (4..full.len()).find_map(|k| {
        let n = place_prefix_len(&full[k..], lex);
        if n == 0 || suffix_len(&full[..k], lex) == 0 {
            return None;
        }
        let bare = if matches!(full[k + n - 1], '省' | '市') { n - 1 } else { n };
        let after = &full[k + n..];
        with_text(after, |a| is_legal_form(a) || ["分公司", "分行", "公司"].contains(&a)).then_some((k, bare))
    })
}

/// That company written with the place first (江西移动公司, 江西移动 for
/// 中国移动通信集团江西有限公司; 江西电信 for 中国电信股份有限公司江西分公司):
/// the place, then the group's name after its national opening, or a short
/// form of it, then 公司 or nothing.
fn branch_short_form(short: &[char], full: &[char], lex: &Lexicon) -> bool {
    // (Cheap test first, as every pair of names is tried: the short form's
    // first char stands after the group's opening.)
    if !full.get(4..).is_some_and(|rest| rest.contains(&short[0])) {
        return false;
    }
    let Some((k, bare)) = branch_place(full, lex) else { return false };
    let Some(rest) = short.strip_prefix(&full[k..k + bare]) else { return false };
    let rest = rest.strip_prefix(&['省']).or_else(|| rest.strip_prefix(&['市'])).unwrap_or(rest);
    let rest = rest.strip_suffix(&['分', '公', '司']).or_else(|| rest.strip_suffix(&['公', '司'])).unwrap_or(rest);
    let group = &full[..k];
    rest.len() >= 2 && (group[2..].starts_with(rest) || abbreviates(rest, group, lex))
}

/// The legal forms that end a company's registered name; the company is the
/// same body without them. (集团公司 is the older form of the state's groups:
/// 中国电信集团公司.)
pub const LEGAL_FORMS: [&str; 5] = ["股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团公司"];

/// Group forms written in brackets before a legal form (上海复星医药(集团)股份有限公司).
pub const BRACKETED_FORMS: [&str; 2] = ["(集团)", "(控股)"];

/// Length of the places opening `name` one after another, listed ones first,
/// then districts or counties of two chars and their unit (青岛市|崂山区|北宅…).
fn opening_places_len(name: &[char], lex: &Lexicon) -> usize {
    let mut end = place_chain_len(name, lex);
    while end > 0
        && name.len() >= end + 3
        && matches!(name[end + 2], '区' | '县')
        && name[end..end + 2].iter().all(|&c| is_han(c) && !UNITS.contains(&c))
    {
        end += 3;
    }
    end
}

/// Whether `dropped` is only a company's form (总公司, (集团)总公司, 集团有限公司).
fn company_form(dropped: &[char]) -> bool {
    let text: String = dropped.iter().collect();
    let rest = BRACKETED_FORMS.iter().find_map(|f| text.strip_prefix(f)).unwrap_or(&text);
    LEGAL_FORMS.contains(&rest) || matches!(rest, "总公司" | "公司" | "集团")
}

/// Whether `rest` is only a legal form, after a bracketed group form or not.
pub(super) fn is_legal_form(rest: &str) -> bool {
    let rest = BRACKETED_FORMS.iter().find_map(|f| rest.strip_prefix(f)).unwrap_or(rest);
    LEGAL_FORMS.contains(&rest)
}

/// Merges entries whose name abbreviates another entry's name (中大肿瘤中心 into
/// 中山大学肿瘤防治中心, 深圳卫生健康委员会 into 深圳市卫生健康委员会).
pub(super) fn merge_abbreviated_entries(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
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
        // (A target that shortens another target, or names its company with
        // another legal form, is that one body: 复星医药 for 上海复星医药 and
        // 上海复星医药(集团)股份有限公司, 上海建工 for 上海建工集团 and
        // 上海建工集团股份有限公司.)
        let same_body = |j: usize, k: usize| {
            abbreviates(&names[j], &names[k], lex)
                || names[j].len() < names[k].len()
                    && company_stem(&cat.entries[j].name) == company_stem(&cat.entries[k].name)
        };
        let longest: Vec<usize> = match targets[..] {
            [_, _, ..] => {
                targets.iter().copied().filter(|&j| !targets.iter().any(|&k| k != j && same_body(j, k))).collect()
            }
            _ => targets,
        };
        if let [j] = longest[..]
            && !said_apart(&cat.entries[j], &cat.entries[i], sentences)
        {
            cat.merge(i, j);
        }
    }
    // A body named without its parent (瑞金医院 for 上海交通大学医学院附属瑞金医院,
    // 北京协和医院 for 中国医学科学院北京协和医院): the one name it ends, after
    // 附属 or a parent's suffix.
    // (A name of three chars only after a parent the text names alone:
    // 医学部 for 北京大学医学部, beside 北京大学.)
    for i in 0..names.len() {
        if cat.entries[i].keys.is_empty() || names[i].len() < 3 {
            continue;
        }
        let targets: Vec<usize> = (0..names.len())
            .filter(|&j| j != i && !cat.entries[j].keys.is_empty() && names[j].len() > names[i].len())
            .filter(|&j| {
                let parent = &names[j][..names[j].len() - names[i].len()];
                names[j].ends_with(&names[i])
                    && parent_before(parent, lex)
                    && (names[i].len() >= 4
                        || names.iter().zip(&cat.entries).any(|(n, e)| n == parent && !e.keys.is_empty()))
            })
            .collect();
        if let [j] = targets[..] {
            cat.merge(i, j);
        }
    }
    // A zone named beside its administrative committee is that committee,
    // the zone's government (东湖高新区 and 东湖高新区管理委员会), and a county
    // or a city written as a party beside its government is that government
    // (宜阳县 and 宜阳县人民政府).
    for i in 0..names.len() {
        if cat.entries[i].keys.is_empty() || cat.entries[i].org_type != OrgType::Other {
            continue;
        }
        let name = &cat.entries[i].name;
        let committee = format!("{name}管理委员会");
        let government = name.ends_with(['县', '市', '区', '省']).then(|| format!("{name}人民政府"));
        let governs = |e: &OrgEntry| e.name == committee || government.as_ref() == Some(&e.name);
        if let Some(j) = cat.entries.iter().position(|e| !e.keys.is_empty() && governs(e)) {
            cat.merge(i, j);
        }
    }
}

/// Does the text say `part` is of `whole` (华润医药商业集团有限公司是华润医药集团
/// 全资的…, 乙隶属于甲, 甲旗下的乙)? Then `whole` is no short form of it.
fn said_apart(part: &OrgEntry, whole: &OrgEntry, sentences: &[Sentence]) -> bool {
    part.keys.iter().any(|p| {
        whole.keys.iter().any(|w| {
            let said = [format!("{p}是{w}"), format!("{p}隶属于{w}"), format!("{w}旗下的{p}"), format!("{w}旗下{p}")];
            sentences.iter().any(|s| said.iter().any(|x| s.working.contains(x.as_str())))
        })
    })
}

/// Entries by the characters an abbreviation of them can start with: the
/// name's first character and the first after its place prefix (or 国立).
pub(super) fn openings<'a>(
    names: impl Iterator<Item = (usize, &'a [char])>,
    lex: &Lexicon,
) -> BTreeMap<char, Vec<usize>> {
    let mut map: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (i, n) in names {
        let place = place_prefix_len(n, lex);
        let national = national_core(n, place).and_then(|k| n.get(k));
        // (And the place's last char: 北荣 for 台北荣民总医院.)
        let place_end = place_end_opens(n, place).then(|| &n[place - 1]);
        // (And the first after a parent known by its bare name: 过程工程所.)
        let parent = n.get(parent_body_len(n, lex)).filter(|_| place == 0);
        // (And a group's company's place: 江西移动 for 中国移动通信集团江西有限公司.)
        let branch = branch_place(n, lex).map(|(k, _)| &n[k]);
        // (And the first after its places, one after another: 长白新村街道团工委
        // for 上海市杨浦区长白新村街道团工委.)
        // (Cheap test first: a unit soon after the first place.)
        let more_places = place > 0 && n[place..].iter().take(5).any(|c| matches!(c, '省' | '市' | '区' | '县'));
        let chain = more_places.then(|| opening_places_len(n, lex)).filter(|&k| k > place).and_then(|k| n.get(k));
        for c in [n.first(), n.get(place), national, place_end, parent, branch, chain].into_iter().flatten() {
            let v = map.entry(*c).or_default();
            if v.last() != Some(&i) {
                v.push(i);
            }
        }
    }
    map
}

/// Finds abbreviations used in running text (中肿, 联影) outside known names.
pub(super) fn find_abbreviations(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    // (Each with whether it is a group's company in a place, which is written
    // with the place first.)
    let full: Vec<(usize, Vec<char>, bool)> = cat
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.keys.is_empty() && e.name.chars().count() >= 4)
        .map(|(i, e)| {
            let name: Vec<char> = e.name.chars().collect();
            let branch = branch_place(&name, lex).is_some();
            (i, name, branch)
        })
        .collect();
    let by_opening = openings(full.iter().enumerate().map(|(k, (_, n, _))| (k, n.as_slice())), lex);
    let first_chars: FxHashSet<char> = full.iter().filter_map(|(_, n, _)| n.first().copied()).collect();
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
                let (idx, name, branch) = (&full[k].0, &full[k].1, full[k].2);
                let len = longest_run(&w[i..], &covered[i..], name, branch, lex);
                if len >= 2 && best.is_none_or(|(l, _)| len > l) {
                    best = Some((len, *idx));
                }
            }
            // A short form ends where a word does (not 嘉会医|疗 for 嘉会国际医院),
            // and before a title rather than inside it (北荣|院长, not 北荣院|长).
            let best = best
                .map(|(len, idx)| if len > 2 && title_at(&w[i + len - 1..], lex) { (len - 1, idx) } else { (len, idx) })
                .filter(|&(len, _)| !lex.generic_across(&w[i..], len) && !ends_kind_word(w, i, len, lex));
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
            // Two chars opening with a generic word of the name keep nothing
            // distinctive (卫委 for 黄山市卫生和计划生育委员会: 卫生 is generic).
            let generic_opening = key_chars.len() == 2
                && (place..name.len())
                    .find(|&p| name[p] == key_chars[0])
                    .is_some_and(|p| lex.generic_opens(&name[p..]));
            // Nor does one ending in a generic word the name does not hold as
            // written (青浦区科技 of 青浦区科学技术协会, read off 青浦区科技创新):
            // that is the text's word, not the name's.
            let ends_foreign_generic = lex.generic.iter().any(|g| {
                g.chars().count() >= 2
                    && key.ends_with(g.as_str())
                    && key.len() > g.len()
                    && !cat.entries[idx].name.contains(g.as_str())
            });
            if generic_opening || ends_foreign_generic {
                continue;
            }
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

/// Do the `len` chars at `i` end a kind word begun before them (两地工|商联:
/// 工商联 is a federation's kind, 商联 no short form of one federation)?
fn ends_kind_word(w: &[char], i: usize, len: usize, lex: &Lexicon) -> bool {
    (i.saturating_sub(3)..i).any(|j| with_text(&w[j..i + len], |word| lex.org_suffixes.contains_key(word)))
}

/// The longest prefix of `w` (up to the next covered char) that abbreviates `name`.
pub(super) fn longest_run(w: &[char], covered: &[bool], name: &[char], branch: bool, lex: &Lexicon) -> usize {
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
    // (A group's company in a place, `branch`, is written with the place
    // first, out of the name's order: 江西移动 for 中国移动通信集团江西有限公司.)
    let sub = if sub < 4 && branch { name.len() } else { sub };
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
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn the_end_of_a_kind_word_is_no_short_form() {
        // 两地工商联: 工商联 is a federation's kind, 商联 no short form of 商南县工商联.
        let text = "商南县工商联与古蔺县工商联缔结友好工商联。两地工商联相关负责人出席。\
                    推动两地工商联和企业的长期交流。发挥工商联在商南、古蔺两地经济交流中的作用。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("商联").is_none());
    }

    #[test]
    fn a_generic_word_in_a_name_opens_a_word_of_a_short_form() {
        let lex = lex();
        assert!(abbreviates(&chars("迈瑞医疗"), &chars("深圳迈瑞生物医疗电子股份有限公司"), &lex));
        assert!(abbreviates(&chars("太保"), &chars("中国太平洋保险(集团)股份有限公司"), &lex));
        // A name without the places opening the full one.
        assert!(abbreviates(&chars("长白新村街道团工委"), &chars("上海市杨浦区长白新村街道团工委"), &lex));
        assert!(!abbreviates(&chars("人民医院"), &chars("上海市人民医院"), &lex));
        // A company's union, written without the company's legal form.
        assert!(abbreviates(&chars("中国海运工会"), &chars("中国海运(集团)总公司工会"), &lex));
        // Its kind written out (工会委员会) is still its kind; a subsidiary
        // dropped before it is another body's union.
        assert!(abbreviates(&chars("中国海运工会"), &chars("中国海运(集团)总公司工会委员会"), &lex));
        assert!(!abbreviates(
            &chars("上海建工一建集团有限公司工会"),
            &chars("上海建工一建集团有限公司四川公司工会委员会"),
            &lex
        ));
        // A place and one char more cuts a word; a place and a kind does not.
        assert!(!abbreviates(&chars("福州万"), &chars("福州市万科房地产有限公司"), &lex));
        assert!(abbreviates(&chars("福州万科"), &chars("福州市万科房地产有限公司"), &lex));
        // A foundation is not its founder.
        assert!(!abbreviates(&chars("安徽省红十字会"), &chars("安徽省红十字基金会"), &lex));
        assert!(!abbreviates(&chars("上海市人民医院"), &chars("上海市第一人民医院"), &lex));
        // The part kept before the jump must still be distinctive.
        assert!(!abbreviates(&chars("深圳医疗"), &chars("深圳迈瑞生物医疗电子股份有限公司"), &lex));
        assert!(!abbreviates(&chars("生物医疗"), &chars("深圳迈瑞生物医疗电子股份有限公司"), &lex));
    }

    #[test]
    fn a_national_groups_short_form_keeps_the_first_char_of_each_word() {
        let lex = lex();
        assert!(abbreviates(&chars("中交集团"), &chars("中国交通建设集团股份有限公司"), &lex));
        assert!(abbreviates(&chars("一汽集团"), &chars("中国第一汽车集团公司"), &lex));
        // (Not a word of the core alone, nor the opening with a generic word.)
        assert!(!abbreviates(&chars("中建设"), &chars("中国交通建设集团股份有限公司"), &lex));
        assert!(!abbreviates(&chars("汽车集团"), &chars("中国第一汽车集团公司"), &lex));
        // (Found in a text by the core's opening past the ordinal.)
        let text = "成都市与一汽集团签署协议。成都市人民政府与中国第一汽车集团公司战略合作协议签署仪式在成都举行。";
        assert_eq!(named_by(text, "一汽集团").as_deref(), Some("中国第一汽车集团公司"));
    }

    #[test]
    fn a_company_is_named_with_its_country_or_without() {
        let text = "市委书记会见了韩国现代汽车集团会长郑梦九。黄奇帆和现代汽车集团副会长薛荣兴代表双方签署协议。";
        assert_eq!(named_by(text, "现代汽车集团").as_deref(), Some("韩国现代汽车集团"));
        // (A country's 国 opens no short form: 中法两国足球.)
        let lex = lex();
        assert!(!abbreviates(&chars("国足球"), &chars("法国足球协会"), &lex));
    }

    #[test]
    fn an_ordinal_is_no_short_form() {
        let lex = lex();
        assert!(!abbreviates(&chars("第一"), &chars("景德镇市第一人民医院"), &lex));
        assert!(!abbreviates(&chars("第十一"), &chars("景德镇市第十一人民医院"), &lex));
    }

    #[test]
    fn a_parts_short_form_may_open_after_its_parent() {
        let lex = lex();
        let full = chars("中国科学院过程工程研究所");
        assert!(abbreviates(&chars("过程工程所"), &full, &lex));
        // (Not the parent alone, nor a generic word of the part.)
        assert!(!abbreviates(&chars("中国科学院"), &full, &lex));
        assert!(!abbreviates(&chars("工程所"), &full, &lex));
        assert!(!abbreviates(&chars("过程"), &full, &lex));
        // With the parent's known alias before it.
        assert!(abbreviates(&chars("中科院过程所"), &full, &lex));
        assert!(abbreviates(&chars("中科院东北地理所"), &chars("中国科学院东北地理与农业生态研究所"), &lex));
        assert!(!abbreviates(&chars("中科院东北地理所"), &full, &lex));
        // (Nor the parent's known alias: 中科院 is 中国科学院's.)
        assert!(!abbreviates(&chars("中科院"), &chars("中国科学院重庆绿色智能技术研究院"), &lex));
        // (Nor a body known by its bare name: 中国红十字会 is no foundation's.)
        assert!(!abbreviates(&chars("中国红十字会"), &chars("中国红十字基金会"), &lex));
        let text = "中国科学院过程工程研究所与曙光公司签署科技合作协议。过程工程所所长张锁江出席。";
        assert_eq!(named_by(text, "过程工程所").as_deref(), Some("中国科学院过程工程研究所"));
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
        // A generic word is no short form (贫困儿童 names no 南京儿童医院).
        assert!(!abbreviates(&chars("中医"), &chars("中大中医学院"), &lex));
        assert!(!abbreviates(&chars("儿童"), &chars("南京儿童医院"), &lex));
        // Nor is a count of bodies a head.
        assert!(!valid_head("三间", &lex));
        assert!(!valid_head("中科院内树立一个", &lex));
        assert!(!valid_head("学校附属第一", &lex));
        // The parent's registered name is no short form of its subsidiary.
        assert!(!abbreviates(&chars("扬子江药业集团有限公司"), &chars("扬子江药业集团四川海汇药业有限公司"), &lex));
        // A body after the first part is still a child: 中大 is 中山大学, not its centre.
        assert!(!abbreviates(&chars("中大"), &chars("中山大学肿瘤防治中心"), &lex));
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
        // Three chars after a parent the text names alone (北京大学|医学部).
        let text = "医学部与青岛市卫生计生委签署合作协议。北京大学医学部与青岛市卫生计生委签约。北京大学常务副校长、医学部主任詹启敏出席。";
        let cat = discover(&split(text), &lex);
        assert_eq!(cat.lookup("医学部").map(|i| cat.entries[i].name.as_str()), Some("北京大学医学部"));
    }

    #[test]
    fn a_body_named_without_its_country_or_place_is_the_full_name() {
        let text = "中国人民解放军总医院第一医学中心与乙公司签约。解放军总医院第一医学中心主任王建华出席。";
        assert_eq!(named_by(text, "解放军总医院第一医学中心").as_deref(), Some("中国人民解放军总医院第一医学中心"));
        let text = "北京协和医院与乙公司签约。协和医院院长张抒扬出席。";
        assert_eq!(named_by(text, "协和医院").as_deref(), Some("北京协和医院"));
    }

    #[test]
    fn a_body_named_without_the_places_opening_it_is_the_full_name() {
        let text = "甲集团与安徽省淮北市杜集区人民政府签约。杜集区人民政府副区长李涛出席。";
        // (Named without its province: 安徽省|淮北市杜集区人民政府.)
        assert_eq!(named_by(text, "杜集区人民政府").as_deref(), Some("淮北市杜集区人民政府"));
        let text = "德州学院与德州山东德州双汇食品有限公司签约。双汇食品有限公司总经理马绍磊出席。";
        assert_eq!(named_by(text, "双汇食品有限公司").as_deref(), Some("德州山东德州双汇食品有限公司"));
        // A place's government is no short form of a body of a place inside it.
        let text = "甲集团与安徽省淮北市杜集区人民政府签约。淮北市人民政府副市长张三出席。";
        assert_eq!(named_by(text, "淮北市人民政府").as_deref(), Some("淮北市人民政府"));
    }

    #[test]
    fn a_short_form_of_a_groups_name_before_its_legal_form_is_the_company() {
        let text = "四川省人民政府与中国安能建设集团有限公司签署协议。中国安能集团董事长周国平出席。";
        assert_eq!(named_by(text, "中国安能集团").as_deref(), Some("中国安能建设集团有限公司"));
        // Not a parent's short form before another body (中大 for 中山大学肿瘤防治中心).
        let full: Vec<char> = "中山大学肿瘤防治中心".chars().collect();
        assert!(!abbreviates(&"中大".chars().collect::<Vec<_>>(), &full, &lex()));
    }

    #[test]
    fn a_company_is_the_same_body_under_the_older_group_form_and_with_its_place() {
        let lex = lex();
        // 集团公司 is a legal form (the state's older groups).
        assert!(is_legal_form("集团公司") && is_legal_form("(集团)股份有限公司"));
        // A body known by its bare name before nothing but a legal form is that
        // body; before another body's name it is the parent.
        assert!(abbreviates(&chars("中国电信"), &chars("中国电信集团公司"), &lex));
        // And so it is with a trade's words before the legal form.
        assert!(abbreviates(&chars("中国移动"), &chars("中国移动通信集团公司"), &lex));
        assert!(!abbreviates(&chars("中国移动"), &chars("中国移动通信集团江苏公司"), &lex));
        assert!(!abbreviates(&chars("中国医学科学院肿瘤医院"), &chars("中国医学科学院肿瘤医院深圳医院"), &lex));
        // 股份公司 is 股份有限公司 written short.
        assert!(abbreviates(&chars("东航股份公司"), &chars("东方航空股份有限公司"), &lex));
        assert!(!abbreviates(&chars("南航股份公司"), &chars("东方航空股份有限公司"), &lex));
        // 航空 is a trade's word of its own: 东航 for 东方航空股份有限公司.
        assert!(abbreviates(&chars("东航股份"), &chars("东方航空股份有限公司"), &lex));
        // A group before nothing but a legal form is that company.
        assert!(abbreviates(&chars("省港口集团"), &chars("省港口集团有限公司"), &lex));
        assert!(abbreviates(&chars("天港集团"), &chars("天港集团股份有限公司"), &lex));
        // Not a group before more than a legal form, nor another kind.
        assert!(!abbreviates(&chars("天港集团"), &chars("天港集团物流有限公司"), &lex));
        assert!(!abbreviates(&chars("天港医院"), &chars("天港医院有限公司"), &lex));
        assert!(!abbreviates(&chars("养和医疗集团"), &chars("养和医疗集团有限公司"), &lex));
        // The name with its place before the group word and the legal form.
        assert!(abbreviates(&chars("上海建工"), &chars("上海建工集团股份有限公司"), &lex));
        assert_eq!(company_stem("中国电信集团有限公司"), "中国电信");
        assert_eq!(company_stem("中国电信集团公司"), "中国电信");
        assert_eq!(company_stem("上海复星医药(集团)股份有限公司"), "上海复星医药");
        // The known alias finds its body under the older name, not another's.
        assert!(own_alias(&chars("中国电信"), &chars("中国电信集团公司"), &lex));
        assert!(!own_alias(&chars("中国电信"), &chars("中国电信浙江公司"), &lex));
        let text = "重庆市人民政府与中国电信集团公司签署协议。中国电信将在渝投资。";
        assert_eq!(named_by(text, "中国电信").as_deref(), Some("中国电信集团公司"));
        // A short form of the group and of its company is of that one body.
        let text = "上海建工集团股份有限公司与甲港口集团有限公司签署协议。上海建工集团副总裁甲乙出席，上海建工董事长徐征致辞。";
        assert_eq!(named_by(text, "上海建工").as_deref(), Some("上海建工集团股份有限公司"));
    }

    #[test]
    fn a_body_the_text_calls_part_of_another_is_not_its_short_form() {
        let text = "甲市政府与华润医药商业集团有限公司签署协议。华润医药商业集团副总经理于宏出席。\
                    华润医药商业集团有限公司是华润医药集团全资的医药流通企业。";
        assert_eq!(named_by(text, "华润医药集团").as_deref(), Some("华润医药集团"));
        // Without that sentence the group's short form keeps its kind and is the company.
        let text = "甲市政府与华润医药商业集团有限公司签署协议。华润医药集团将投资。";
        assert_eq!(named_by(text, "华润医药集团").as_deref(), Some("华润医药商业集团有限公司"));
    }

    #[test]
    fn a_name_without_its_fushu_is_the_same_body() {
        let text = "甲研究所与上海交通大学医学院附属苏州九龙医院签约。上海交通大学医学院苏州九龙医院孙曦董事长、苏州九龙医院王之敏副院长出席。";
        let found = names(text);
        assert_eq!(found.iter().filter(|n| n.contains("九龙医院")).count(), 1, "{found:?}");
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
    fn a_groups_company_in_a_place_is_written_with_the_place_first() {
        let l = lex();
        let full = chars("中国移动通信集团江西有限公司");
        assert!(abbreviates(&chars("江西移动公司"), &full, &l));
        assert!(abbreviates(&chars("江西移动"), &full, &l));
        assert!(abbreviates(&chars("江西电信"), &chars("中国电信股份有限公司江西分公司"), &l));
        // Another place's company, or the group's name alone, is not.
        assert!(!abbreviates(&chars("浙江移动"), &full, &l));
        assert!(!abbreviates(&chars("江西公司"), &full, &l));
        assert!(!abbreviates(&chars("江西联通"), &full, &l));
        let text = "萍乡市政府与中国移动通信集团江西有限公司签订协议。江西移动公司副总经理涂予青出席。";
        assert_eq!(named_by(text, "江西移动公司").as_deref(), Some("中国移动通信集团江西有限公司"));
        // Found in running text, out of the name's order.
        let text = "甲区人民政府与中国电信股份有限公司上海分公司、中国联合网络通信有限公司上海分公司签订协议。\
                    上海电信副总经理王一、上海联通副总经理沈科出席。";
        assert_eq!(named_by(text, "上海电信").as_deref(), Some("中国电信股份有限公司上海分公司"));
        // (中国联合 opens a name; 联|通 are the openings of 联合 and 通信.)
        assert_eq!(named_by(text, "上海联通").as_deref(), Some("中国联合网络通信有限公司上海分公司"));
        assert!(abbreviates(&chars("联通"), &chars("中国联合网络通信有限公司"), &l));
    }

    #[test]
    fn a_zone_named_beside_its_committee_is_the_committee() {
        let text = "甲医院与东湖高新区管委会签署协议。东湖高新区党工委书记张文彤出席。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("东湖高新区"), cat.lookup("东湖高新区管委会"));
        // A county written as a party beside its government is the government.
        let text = "省文旅集团与宜阳县签署协议。河南省文化旅游投资集团与宜阳县人民政府签约仪式举行。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("宜阳县"), cat.lookup("宜阳县人民政府"));
        // And a bare unit's company is the one of the place it shortens.
        assert_eq!(cat.lookup("省文旅集团"), cat.lookup("河南省文化旅游投资集团"));
        // Alone, the zone is the zone.
        let cat = discover(&split("甲医院与东湖高新区签署协议。"), &lex());
        assert!(cat.lookup("东湖高新区").is_some_and(|i| cat.entries[i].name == "东湖高新区"));
    }

    #[test]
    fn a_government_written_without_its_unit_is_the_government() {
        let l = lex();
        assert!(abbreviates(&chars("徐汇政府"), &chars("徐汇区人民政府"), &l));
        assert!(abbreviates(&chars("徐汇政府"), &chars("徐汇区政府"), &l));
        // Not another body of the district, nor without the place.
        assert!(!abbreviates(&chars("徐汇政府"), &chars("徐汇区人民政府办公室"), &l));
        assert!(!abbreviates(&chars("区政府"), &chars("徐汇区人民政府"), &l));
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
        // A university named by its place.
        assert!(abbreviates(&chars("澳大"), &chars("澳门大学"), &l));
        assert!(abbreviates(&chars("川大"), &chars("四川大学"), &l));
        // The name before generic words and a legal form.
        assert!(abbreviates(&chars("中国水务"), &chars("中国水务投资集团有限公司"), &l));
        assert!(!abbreviates(&chars("中国水务"), &chars("中国水务环境集团有限公司"), &l));
        // A place without its unit, then words' first chars.
        assert!(abbreviates(&chars("湖北交投集团"), &chars("湖北省交通投资集团有限公司"), &l));
        assert!(!abbreviates(&chars("湖北交投集团"), &chars("湖南省交通投资集团有限公司"), &l));
        // And the ordinal's 第 after the unit (合肥|七中 for 合肥市|第七中学).
        assert!(abbreviates(&chars("合肥七中"), &chars("合肥市第七中学"), &l));
        assert!(!abbreviates(&chars("合肥七中"), &chars("合肥市第八中学"), &l));
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
        // Two chars opening with a generic word are no short form (卫委).
        let text = "黄山市卫生和计划生育委员会与甲医院签约。社上海市委医卫委主任陈绍行出席。";
        assert_eq!(named_by(text, "卫委"), None);
        // 资产 is a generic word: the core is 中国创投, used before a title.
        let text = "集团公司与中国创投资产管理有限公司签约。中国创投董事长王大明出席。";
        assert_eq!(named_by(text, "中国创投").as_deref(), Some("中国创投资产管理有限公司"));
        // A place and a generic word keep nothing distinctive either.
        let text = "青浦区科协与甲公司签约。为推进青浦区科技创新发展。";
        assert_eq!(named_by(text, "青浦区科技"), None);
        assert_eq!(named_by(text, "青浦区科协").as_deref(), Some("青浦区科学技术协会"));
    }
}
