//! Bodies placed by the document's places: a body named after a bare unit
//! (市卫健委, 区政府) is of the document's one place of that unit, a bare head's
//! title or a place before a head's title names a government, a branch named by
//! its place alone is the one bank's.

use super::*;

/// Words of a unit that name no place alone: a subdistrict's (街道) and an
/// autonomous region's, prefecture's or county's.
const BARE_UNIT_WORDS: [&str; 4] = ["街道", "自治区", "自治州", "自治县"];

/// A body named after a bare unit (市卫生健康委员会, 市中心医院, 区人民政府) is of
/// the document's one place of that unit, when its other bodies name exactly
/// one (大连市人民政府 → 大连市卫生健康委员会): the body of that name if the
/// document has it, else the entry takes that name.
pub(super) fn localize_bare_units(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
    // (Read off the text once for each unit, when needed.)
    let mut opening_places: BTreeMap<char, BTreeSet<String>> = BTreeMap::new();
    for i in 0..cat.entries.len() {
        let name: Vec<char> = cat.entries[i].name.chars().collect();
        // A body named after a bare unit word that names no place itself
        // (街道商会, 自治区人民检察院) is the one body of that name after the
        // place of that unit (凉城新村街道商会, 新疆维吾尔自治区人民检察院).
        let unit_word = BARE_UNIT_WORDS.iter().find(|u| cat.entries[i].name.starts_with(*u));
        if unit_word.is_some_and(|u| name.len() > u.chars().count() + 1) {
            let short = &cat.entries[i].name;
            if !cat.entries[i].keys.is_empty()
                && let Some(j) =
                    cat.only(|e| e.name.chars().count() > name.len() + 1 && e.name.ends_with(short.as_str()))
            {
                cat.merge(i, j);
            }
            continue;
        }
        let Some(&unit) = name.first().filter(|u| matches!(u, '市' | '县' | '区' | '省')) else { continue };
        if cat.entries[i].keys.is_empty() || name.len() < 3 || matches!(name[1], '委' | '长') {
            continue;
        }
        // The one body naming it with its place after a parent's word
        // (国网|上海|市电力公司 for 市电力公司) is that body.
        // (Longer than the name: never the entry itself.)
        let placed_after_parent = |e: &OrgEntry| {
            let n: Vec<char> = e.name.chars().collect();
            let head = &n[..n.len().saturating_sub(name.len())];
            n.ends_with(&name)
                && (2..=3).any(|k| head.len() > k && with_text(&head[head.len() - k..], |p| lex.is_place(p)))
        };
        if let Some(j) = cat.only(placed_after_parent) {
            cat.merge(i, j);
            continue;
        }
        let places = places_of_unit(cat, unit, lex);
        // With no body of a place of that unit, a place written with it that
        // opens clauses of the text twice or more (筠连县举行…, ,筠连县2023年…).
        let places = if places.is_empty() {
            opening_places
                .entry(unit)
                .or_insert_with(|| {
                    let opening = places_opening_clauses(sentences, unit, lex);
                    // (Or a city or a province the text names only bare, again
                    // and again: 綿陽新聞網訊 … 支持綿陽發展 … 綿陽與省電力公司.)
                    if opening.is_empty() && matches!(unit, '市' | '省') {
                        place_named_bare(cat, sentences, unit, lex)
                    } else if opening.is_empty() && unit == '县' {
                        // (Or a county the text writes again and again, wherever:
                        // 推进遂平县电网建设 … 重视遂平县经济社会发展 ….)
                        county_written_often(sentences, lex)
                    } else {
                        opening
                    }
                })
                .clone()
        } else {
            places
        };
        // (Of several, the one a body written just before it in its sentences
        // names: 白云区人大常委会副主任，区总工会党组书记.)
        let place = match places.len() {
            1 => places.into_iter().next(),
            _ => place_written_before(sentences, &cat.entries[i].keys, &places),
        };
        let Some(place) = place else { continue };
        let local = format!("{place}{}", text_of(&name[1..]));
        // Another body of that place with the same suffix and kind may be the
        // one it shortens (市一医院, 上海市第一人民医院): not guessed. (A hospital
        // group is no company's: 市轨道交通集团 beside 金华市中心医院医疗集团.)
        let suffix: String = text_of(&name[name.len() - suffix_len(&name, lex)..]);
        let kind = cat.entries[i].org_type;
        // (One whose words between place and suffix are not in the other's,
        // in order, is another body: 市教委 beside 上海市卫生健康委员会.)
        let middle = |n: &str| -> Vec<char> {
            n.strip_prefix(place.as_str()).and_then(|n| n.strip_suffix(suffix.as_str())).unwrap_or("").chars().collect()
        };
        let own = middle(&local);
        let alike = |e: &OrgEntry| {
            e.name != local
                && e.name.starts_with(&place)
                && e.name.ends_with(&suffix)
                && e.org_type == kind
                && in_order(&own, &middle(&e.name))
        };
        let named = cat.entries.iter().position(|e| e.name == local && !e.keys.is_empty());
        // (Or the one body of that place the name with it shortens: 省文旅投资集团
        // for 河南省文化旅游投资集团.)
        // (The entry itself is never alike: its name opens with the unit.)
        let shortened = || {
            let local: Vec<char> = local.chars().collect();
            cat.only(alike).filter(|&j| abbreviates(&local, &cat.entries[j].name.chars().collect::<Vec<_>>(), lex))
        };
        match named.or_else(|| cat.lookup(&local).filter(|&j| j != i)).or_else(shortened) {
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

/// The one place of `places` written last before the body's `keys` in each
/// sentence that names it, when there is one and every such sentence agrees:
/// a bare unit in a list of one person's offices is the unit named just before
/// (白云区人大常委会副主任，区总工会党组书记 → 白云区总工会).
fn place_written_before(sentences: &[Sentence], keys: &BTreeSet<String>, places: &BTreeSet<String>) -> Option<String> {
    let mut found: Option<&String> = None;
    for s in sentences {
        let w = &s.working;
        for key in keys {
            for (at, _) in w.match_indices(key.as_str()) {
                // (A key inside a longer name of a place is that name: 香洲区总工会.)
                let first = key.chars().next().map_or(0, char::len_utf8);
                if places.iter().any(|p| w[..at + first].ends_with(p.as_str())) {
                    continue;
                }
                let before = &w[..at];
                let nearest = places.iter().filter_map(|p| before.rfind(p.as_str()).map(|k| (k, p))).max();
                match (nearest, found) {
                    (None, _) => {}
                    (Some((_, p)), None) => found = Some(p),
                    (Some((_, p)), Some(f)) if p == f => {}
                    _ => return None,
                }
            }
        }
    }
    found.cloned()
}

/// How many of `PROVINCES`, first, are named with 省.
const PROVINCES_WITH_SHENG: usize = 23;

/// Provinces and regions, which are no cities (北京, 天津, 上海 and 重庆 are).
const PROVINCES: [&str; 30] = [
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// A city's or county's government written after its province (四川|达州市
/// 人民政府, 湖北省|宜昌市人民政府): its name without the province, as the
/// government is named everywhere else. None for any other name.
pub(super) fn without_province<'n>(name: &'n str, lex: &Lexicon) -> Option<&'n str> {
    if !name.ends_with("人民政府") {
        return None;
    }
    let province = PROVINCES.iter().find(|p| name.starts_with(**p))?;
    let rest = &name[province.len()..];
    // (Its unit: 省, or 自治区 after the people's name, 广西|壮族自治区.)
    let region = rest.find("自治区").filter(|&b| b <= 9).map(|b| &rest[b + "自治区".len()..]);
    let rest = region.or_else(|| rest.strip_prefix('省')).unwrap_or(rest);
    let w: Vec<char> = rest.chars().collect();
    // (A listed place and its unit, then more: 达州|市|人民政府.)
    (2..=4)
        .any(|n| {
            w.len() > n + 4 && matches!(w[n], '市' | '州' | '县' | '区') && with_text(&w[..n], |p| lex.is_place(p))
        })
        .then_some(rest)
}

/// The one listed city a text names bare (綿陽, never 綿陽市) three times or
/// more outside bodies' names (沈阳药科大学 names no city), no other listed
/// city being named so twice: the document's city, as 市政府 in it is that
/// city's. Likewise a province (`unit` 省: 青海 … 新青海建设 …, 省政府 is
/// 青海省人民政府).
fn place_named_bare(cat: &OrgCatalog, sentences: &[Sentence], unit: char, lex: &Lexicon) -> BTreeSet<String> {
    let of_unit = |p: &str| {
        if unit == '省' { PROVINCES[..PROVINCES_WITH_SHENG].contains(&p) } else { !PROVINCES.contains(&p) }
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in sentences {
        let w = &s.chars;
        // (A body named by the place alone, 河南与中国邮政签署…, is the place
        // written bare too.)
        let named: Vec<Span> = cat
            .find(w)
            .into_iter()
            .filter(|&(_, idx)| !lex.is_place(&cat.entries[idx].name))
            .map(|(span, _)| span)
            .collect();
        for i in 0..w.len() {
            if named.iter().any(|o| o.start <= i && i < o.end) {
                continue;
            }
            let longest = (2..=lex.longest_place.min(w.len() - i))
                .rev()
                .find(|&n| with_text(&w[i..i + n], |p| lex.is_place(p) && of_unit(p)));
            if let Some(n) = longest
                && (i == 0 || !is_han(w[i - 1]) || !with_text(&w[i - 1..i + n], |p| lex.is_place(p)))
            {
                // (Written with a unit after it, it is counted elsewhere, or no city.)
                // (Not a unit's char opening a word: 郑州|区位优势.)
                let unit_after = w.get(i + n).is_some_and(|c| UNITS.contains(c)) && !unit_opens_word(w, i + n);
                *seen.entry(text_of(&w[i..i + n])).or_default() += if unit_after { 100 } else { 1 };
            }
        }
    }
    match sole(seen.iter().filter(|&(_, &n)| n >= 2)) {
        Some((place, &n)) if (3..100).contains(&n) => BTreeSet::from([format!("{place}{unit}")]),
        _ => BTreeSet::new(),
    }
}

/// Chars ending words that point at a unit rather than name it (我县, 全市,
/// 各区, 该县, 本市).
const POINTING_AT_UNIT: [char; 5] = ['我', '本', '该', '全', '各'];

/// Words before 县 that say what kind of county it is (贫困县, 示范县,
/// 农业大县), not which.
const COUNTY_KINDS: [&str; 8] = ["贫困", "示范", "试点", "百强", "重点", "山区", "边境", "先进"];

/// The one county (two chars and 县) a text writes three times or more,
/// where no other is written so twice: 县政府 in it is that county's.
fn county_written_often(sentences: &[Sentence], lex: &Lexicon) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in sentences {
        let w = &s.chars;
        for u in (2..w.len()).filter(|&u| w[u] == '县' && !unit_opens_word(w, u)) {
            // (Two chars and three: a county of three chars, 巴里坤县, is
            // counted as 里坤县 too, and then no county is the one.)
            for n in [2usize, 3] {
                let Some(place) = u.checked_sub(n).map(|start| &w[start..u]) else { continue };
                let text = text_of(place);
                if place.iter().all(|&c| is_han(c))
                    && !UNITS.contains(&place[0])
                    && !COUNTY_KINDS.iter().any(|k| text.ends_with(k))
                    && !matches!(place[n - 1], '大' | '小' | '强' | '穷' | '富' | '弱')
                    && !POINTING_AT_UNIT.contains(&place[n - 1])
                    && !lex.is_generic_words(&text)
                    && !title_at(place, lex)
                {
                    *seen.entry(format!("{text}县")).or_default() += 1;
                }
            }
        }
    }
    match sole(seen.iter().filter(|&(_, &n)| n >= 2)) {
        Some((place, &n)) if n >= 3 && place.chars().count() == 3 => BTreeSet::from([place.clone()]),
        _ => BTreeSet::new(),
    }
}

/// Places of `unit` (宁波市, 新昌县) that open the names of the document's
/// bodies, or their other names (内江市中医医院, a second name of
/// 成都中医药大学附属内江医院).
pub(super) fn places_of_unit(cat: &OrgCatalog, unit: char, lex: &Lexicon) -> BTreeSet<String> {
    let mut places: BTreeSet<String> = cat
        .entries
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
            // A district or county not listed, two chars and its unit after
            // its city (成都市|锦江区|总工会).
            if len >= 2
                && matches!(unit, '区' | '县')
                && n[len - 1] == '市'
                && n.len() > len + 4
                && n[len + 2] == unit
                && !unit_opens_word(&n, len + 2)
                && !UNITS.contains(&n[len])
                && !lex.generic.contains(&text_of(&n[len..len + 2]))
            {
                len += 3;
            }
            // A county of one char, named with its government (岚县|人民政府).
            if len == 0
                && n.len() > 5
                && n[1] == unit
                && n[2..].starts_with(&['人', '民', '政', '府'])
                && !UNITS.contains(&n[0])
                && !lex.generic.contains(&text_of(&n[..1]))
            {
                len = 2;
            }
            // A national group's branch in a province or a city (中国邮政集团|
            // 山西省|分公司): its place.
            if len == 0
                && let Some((k, bare)) = branch_place(&n, lex)
                && n.get(k + bare) == Some(&unit)
            {
                return Some(text_of(&n[k..=k + bare]));
            }
            // A city's zone named after the city written bare (马鞍山|经开区,
            // 聊城|高新技术产业开发区): the city's.
            if unit == '市' && len >= 2 && n[len - 1] != unit && city_zone(&n, len) {
                return Some(format!("{}市", text_of(&n[..len])));
            }
            (len >= 2 && n[len - 1] == unit).then(|| text_of(&n[..len]))
        })
        .collect();
    // (A place written after its city is the place written alone: 上海市普陀区
    // is 普陀区.)
    let alone: Vec<String> =
        places.iter().filter(|p| places.iter().any(|q| q != *p && p.ends_with(q.as_str()))).cloned().collect();
    places.retain(|p| !alone.contains(p));
    places
}

/// Is `name` a zone (经开区, 高新区, 开发区) named after a city, listed and
/// written bare in its first `place` chars, rather than a province?
fn city_zone(name: &[char], place: usize) -> bool {
    const ZONE_ENDINGS: [&str; 4] = ["开发区", "经开区", "高新区", "工业园区"];
    let rest = text_of(&name[place..]);
    rest.chars().count() <= 12
        && ZONE_ENDINGS.iter().any(|z| rest.ends_with(z))
        && with_text(&name[..place], |p| !PROVINCES.contains(&p))
}

/// A bare head's title of a unit opening a clause (，县委副书记、县长黄旭荣,
/// ，副县长胡玲萍主持) with no government of that unit named is the head of
/// the one place of that unit the document's bodies name (新昌县中医院): that
/// place's government is added, for the head to hold office at.
pub(super) fn governments_of_bare_heads(cat: &mut OrgCatalog, sentences: &[Sentence], lex: &Lexicon) {
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
pub(super) fn places_opening_clauses(sentences: &[Sentence], unit: char, lex: &Lexicon) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in sentences {
        let w = &s.chars;
        for u in (2..w.len()).filter(|&u| w[u] == unit) {
            for n in [2usize, 3] {
                let Some(start) = u.checked_sub(n) else { continue };
                // (Or after a higher unit: 成都市|新都区; or a preposition or a
                // connector: 对|双鸭山市委、市政府.)
                let opens = start == 0
                    || !is_han(w[start - 1])
                    || matches!(
                        w[start - 1],
                        '日' | '省' | '市' | '州' | '对' | '与' | '和' | '同' | '向' | '在' | '为'
                    );
                let place = &w[start..u];
                // (Or a listed place before its committee and government,
                // after any word: 感谢|绵阳市委、市政府.)
                let both = || {
                    w[u + 1..].starts_with(&['委', '、', unit])
                        && (w[u + 4..].starts_with(&['政', '府']) || w[u + 4..].starts_with(&['人', '民', '政', '府']))
                };
                let opens = opens || n == 2 && both() && with_text(place, |p| lex.is_place(p));
                // (Not a title: 、常务副县长; nor a char before a listed place:
                // 社|上海市委, 九三学社's.)
                let listed_inside = n == 3 && with_text(&place[1..], |p| lex.is_place(p));
                if opens
                    && !listed_inside
                    && !unit_opens_word(w, u)
                    && place.iter().all(|&c| is_han(c))
                    && !UNITS.contains(&place[0])
                    // (Nor a place written with its unit, then the unit's
                    // committee: 武汉市|市委.)
                    && place[place.len() - 1] != unit
                    // (Nor a preposition's words: 并在|市委常委…, 仪式由|县政府….)
                    && !place.contains(&'在')
                    && !place.contains(&'由')
                    && place[0] != '并'
                    // (Nor a word pointing at the unit: 2021年|我市与…, 全县;
                    // nor a government's, or its name and a connector: 市政府|
                    // 市长, 临汾市|政府与|省.)
                    && !matches!(place[place.len() - 1], '此' | '每' | '府' | '与' | '及')
                    && !POINTING_AT_UNIT.contains(&place[place.len() - 1])
                    && !title_at(&w[start..], lex)
                {
                    let text = text_of(place);
                    if !lex.is_generic_words(&text) && !lex.generic.contains(&text_of(&place[..1])) {
                        // Before its committee, government or head (新都区|委书记)
                        // it counts twice: that is a place of the unit.
                        // (So does one written as a party: 通城县|与湖北省农科院….)
                        // (So does one opening a document's title: 《蕉岭县…协议》.)
                        let organ = matches!(w.get(u + 1), Some('委' | '长' | '与' | '和' | '同'))
                            || w[u + 1..].starts_with(&['政', '府'])
                            || start > 0 && w[start - 1] == '《';
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
pub(super) fn name_bare_branches(cat: &mut OrgCatalog, lex: &Lexicon) {
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
            cat.take_full_name(i, format!("{}{name}", cat.entries[p].name));
        }
    }
}

/// Places (a known place and its unit: 福建省, 厦门市) right before the title
/// of their head (省长, 副市长, 常务副区长), at the start of a clause or after
/// a stop word, outside the names found (`occ`).
pub(super) fn places_before_heads(s: &Sentence, occ: &[(Span, usize)], lex: &Lexicon) -> Vec<Span> {
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
            && let Some(office) = party_office_before(&w[..title - 1])
        {
            title = office;
        }
        // The place ends in the unit the title heads (福建省|副省长).
        if title == 0 || w[title - 1] != unit {
            continue;
        }
        // A county of one char and its unit, before the unit's committee (岚县|
        // 县委副书记、县长, 沛县|县长): the unit is written twice.
        let doubled = title >= 3 && w[title - 2] == unit;
        if doubled {
            title -= 1;
        }
        // A place not listed counts when it opens a clause and is no generic
        // word (、兴城市|副市长; not 各地市|市长).
        let shortest = if doubled { 2 } else { 3 };
        let place = (shortest..=4).filter(|&n| n <= title).find(|&n| {
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

/// The government of a place written with its unit (蔡甸区 → 蔡甸区人民政府,
/// 杨行镇 → 杨行镇人民政府), when a sentence speaks of that unit's government,
/// committee or head (区政府, 区委, 镇党委, 区长); not of a zone (高新区, 开发区: a committee governs it).
/// So is a listed place written bare (扬州与省港口集团签署…) whose unit the
/// text writes after it once (扬州市委书记) and whose government, committee or
/// head it speaks of (市长张宝娟).
pub(super) fn local_government(key: &str, sentences: &[Sentence], lex: &Lexicon) -> Option<String> {
    const ZONES: [&str; 9] = ["高新", "经开", "开发", "园", "新", "保税", "自贸", "工业", "示范"];
    let written_with = |u: char| {
        let with = format!("{key}{u}");
        sentences.iter().any(|s| s.working.contains(with.as_str()))
    };
    if lex.is_place(key)
        && !key.ends_with(['区', '县', '市', '镇', '乡', '省'])
        && let Some(unit) = sole(['省', '市', '县', '区'].into_iter().filter(|&u| written_with(u)))
    {
        return local_government(&format!("{key}{unit}"), sentences, lex);
    }
    let unit = key.chars().last().filter(|u| matches!(u, '区' | '县' | '市' | '镇' | '乡' | '省'))?;
    let place = key.strip_suffix(unit)?;
    if place.chars().count() < 2 || ZONES.iter().any(|z| place.ends_with(z)) || lex.is_generic_words(place) {
        return None;
    }
    let spoken = [format!("{unit}政府"), format!("{unit}委"), format!("{unit}长"), format!("{unit}党委")];
    sentences.iter().any(|s| spoken.iter().any(|w| s.working.contains(w.as_str()))).then(|| format!("{key}人民政府"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn a_bare_citys_government_is_the_city_its_zone_is_named_after() {
        let lex = lex();
        let text = "仪式上，市政府与甲港集团、马鞍山经开区与乙控股股份有限公司分别签署战略合作协议。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("市政府").unwrap();
        assert_eq!(cat.entries[idx].name, "马鞍山市人民政府");
        // A province's zone names no city (山东|高新区 is no 山东市).
        let name: Vec<char> = "山东高新区".chars().collect();
        assert!(!city_zone(&name, 2));
        // Nor does a body other than a zone (马鞍山|学院).
        let name: Vec<char> = "马鞍山学院".chars().collect();
        assert!(!city_zone(&name, 3));
    }

    #[test]
    fn a_bare_commission_is_the_citys_beside_another_commission_it_does_not_shorten() {
        let lex = lex();
        let text =
            "上海市人民政府与甲科技股份有限公司签约。市卫健委主任华源、市教委主任王五明、市商务委副主任刘敏出席。";
        let cat = discover(&split(text), &lex);
        for (short, full) in
            [("市教委", "上海市教育委员会"), ("市商务委", "上海市商务委员会"), ("市卫健委", "上海市卫生健康委员会")]
        {
            let idx = cat.lookup(short).unwrap();
            assert_eq!(cat.entries[idx].name, full);
            assert_eq!(cat.entries[idx].org_type, OrgType::Government);
        }
        // One whose words are the other's in order may shorten it: not guessed.
        assert!(in_order(&['一'], &['第', '一', '人', '民']));
        assert!(!in_order(&['教', '育'], &['卫', '生', '健', '康']));
    }

    #[test]
    fn a_bare_units_body_among_several_places_is_of_the_one_written_just_before() {
        let lex = lex();
        let text = "珠海市香洲区总工会主席肖五带队到白云区交流,白云区人大常委会副主任,区总工会主席杨六参加。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("区总工会").unwrap();
        assert_eq!(cat.entries[idx].name, "白云区总工会");
        // Not when its sentences disagree.
        let text = "白云区人民政府、区总工会与香洲区人民政府签约。香洲区人民政府、区总工会出席。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("区总工会").unwrap();
        assert_eq!(cat.entries[idx].name, "区总工会");
    }

    #[test]
    fn a_bare_districts_body_is_of_the_district_an_unlisted_place_after_its_city() {
        let lex = lex();
        let text =
            "区总工会和甲建设集团有限公司工会举行签约仪式。甲建设集团有限公司工会正式委托成都市锦江区总工会管理。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("区总工会").unwrap();
        assert_eq!(cat.entries[idx].name, "成都市锦江区总工会");
        // (A word opened by the unit is no district: 市区域.)
        assert!(places_of_unit(&discover(&split("杭州市区域医疗中心与甲大学签约。"), &lex), '区', &lex).is_empty());
    }

    #[test]
    fn a_bare_autonomous_regions_body_is_the_one_named_with_its_place() {
        let lex = lex();
        let text = "甲大学与新疆维吾尔自治区人民检察院签约。自治区人民检察院检察长李永君出席。";
        let cat = discover(&split(text), &lex);
        let idx = cat.lookup("自治区人民检察院").unwrap();
        assert_eq!(cat.entries[idx].name, "新疆维吾尔自治区人民检察院");
    }

    #[test]
    fn a_citys_government_after_its_province_is_named_without_it() {
        let lex = lex();
        assert_eq!(canonical_name("四川达州市人民政府", &lex), "达州市人民政府");
        assert_eq!(canonical_name("湖北省宜昌市人民政府", &lex), "宜昌市人民政府");
        assert_eq!(canonical_name("广东佛山市南海区人民政府", &lex), "佛山市南海区人民政府");
        // Not a province's own, nor any other body.
        assert_eq!(canonical_name("四川省人民政府", &lex), "四川省人民政府");
        assert_eq!(canonical_name("四川达州市中心医院", &lex), "四川达州市中心医院");
        assert_eq!(canonical_name("广西壮族自治区南宁市人民政府", &lex), "南宁市人民政府");
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
        // A town's government written short is its people's government.
        assert_eq!(canonical_name("罗通山镇政府", &lex), "罗通山镇人民政府");
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
        // A county written as a party once is enough too.
        let text = "1月23日,通城县与湖北省农业科学院签订协议。县长刘明灯代表县人民政府签约。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().any(|e| e.name == "通城县人民政府"), "{:?}", cat.entries);
        // So does a city after a preposition (对|双鸭山市委、市政府).
        let text = "市长宫镇江会见了省建投集团总经理周军。周军对双鸭山市委、市政府的支持表示感谢。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().any(|e| e.name == "双鸭山市人民政府"), "{:?}", cat.entries);
        // A preposition's words before a unit are no place (并在|市委常委).
        let text = "医院并在市委常委、秘书长苟正礼、副市长曹俊杰的见证下签约。";
        let cat = discover(&split(text), &lex);
        assert!(!cat.entries.iter().any(|e| e.name.starts_with("并在")), "{:?}", cat.entries);
        // And a listed city before its committee after any word (感谢|绵阳市委).
        let text = "副市长元方和国网四川省电力公司副总经理董京营签署协议。石玉东感谢绵阳市委、市政府的支持。市政府秘书长谭岗出席。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().any(|e| e.name == "绵阳市人民政府"), "{:?}", cat.entries);
        // Nor a word pointing at the unit (2021年|我市与…).
        let text = "8月1日,市政府与省港口集团签署协议。去年我市与省港口集团签署框架协议。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().all(|e| !e.name.contains('我')), "{:?}", cat.entries);
        // Nor a government's word (市政府|市长).
        let cat = discover(&split("武汉市市委副书记、市政府市长周先旺出席。"), &lex);
        assert!(cat.entries.iter().all(|e| !e.name.starts_with("政府")), "{:?}", cat.entries);
        // Nor a place and its unit written twice (武汉市|市委).
        assert!(cat.entries.iter().all(|e| !e.name.contains("市市")), "{:?}", cat.entries);
        // Nor a government's name and its connector, however often (临汾市|政府与|省气象局).
        let text = "临汾市政府与省气象局签署协议\n11月13日,临汾市政府与省气象局签署协议。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().all(|e| !e.name.contains("政府与")), "{:?}", cat.entries);
        assert!(cat.lookup("省气象局").is_some(), "{:?}", cat.entries);
        // A title is no place (、常务副县长).
        let cat = discover(&split("县委常委、常务副县长陈春代表县政府签约。"), &lex);
        assert!(cat.entries.iter().all(|e| !e.name.contains("常务")), "{:?}", cat.entries);
        // So does one opening the title of a document (签订《蕉岭县…协议》).
        let text = "副县长徐永岭代表县政府与梅州供电局签订《蕉岭县乡村电气化示范合作共建框架协议》。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().any(|e| e.name == "蕉岭县人民政府"), "{:?}", cat.entries);
        // Or a county written three times, wherever, and no other twice.
        let text = "甲供电公司与我县人民政府推进遂平县电网建设。仪式由县政府副县长孙大杰主持。甲公司重视遂平县发展,助推遂平县新一轮发展。";
        let cat = discover(&split(text), &lex);
        assert!(cat.entries.iter().any(|e| e.name == "遂平县人民政府"), "{:?}", cat.entries);
        // Not a kind of county (贫困县), nor a county of three chars cut to two.
        for text in [
            "县政府与甲公司签约。我县是贫困县,帮扶贫困县,脱贫贫困县。",
            "县政府与甲公司签约。支持巴里坤县发展,帮助巴里坤县,推动巴里坤县。",
        ] {
            let cat = discover(&split(text), &lex);
            assert_eq!(cat.entries[cat.lookup("县政府").unwrap()].name, "县人民政府", "{text}");
        }
        // Named once, or two places: not guessed.
        let text = "筠连县举行签约仪式。副县长陈春代表县政府与企业签约。";
        let cat = discover(&split(text), &lex);
        assert_eq!(cat.entries[cat.lookup("县政府").unwrap()].name, "县人民政府");
    }

    #[test]
    fn a_province_before_a_name_is_not_a_governor() {
        let n = names("湖北省天华中心医院与福建省长天医药股份有限公司签署协议");
        assert!(n.contains(&"福建省长天医药股份有限公司".to_string()), "{n:?}");
    }

    #[test]
    fn a_county_of_one_char_is_a_place_of_two() {
        let text = "我校与岚县人民政府签约。岚县县委副书记、县长王小明出席。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("岚县县人民政府").is_none());
        assert!(cat.entries.iter().all(|e| !e.name.starts_with("岚县县")), "{:?}", cat.entries);
        // Its bare 县政府 is that county's.
        let cat = discover(&split(&format!("{text}感谢县委、县政府的支持。")), &lex());
        assert_eq!(cat.lookup("县政府").map(|i| cat.entries[i].name.as_str()), Some("岚县人民政府"));
    }

    #[test]
    fn a_place_before_its_heads_title_is_its_government() {
        assert_eq!(names("福建省副省长李建成见证签约"), vec!["福建省人民政府"]);
        assert_eq!(names("，厦门市市长黄文辉出席"), vec!["厦门市人民政府"]);
        // Its party offices said first (甘孜州|委常委、|副州长).
        // (The committee is a body of its own.)
        assert_eq!(names("甘孜州委常委、副州长张刚出席"), vec!["甘孜州人民政府", "中共甘孜州委员会"]);
        assert_eq!(names("长沙市委副书记、市长郑建新出席"), vec!["长沙市人民政府", "中共长沙市委员会"]);
        assert!(!names("长沙市委副书记、院长郑建新出席").contains(&"长沙市人民政府".to_string()));
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
        // A national group's branch in a province names the province.
        let found = names("省供销社与中国邮政集团山西省分公司签订战略合作协议。省供销社党组书记高建军出席。");
        assert!(found.contains(&"山西省供销合作社".to_string()), "{found:?}");
        // Two cities: which one is not guessed.
        let found = names("大连市人民政府与沈阳市人民政府签署协议。市卫生健康委员会主任赵作伟出席。");
        assert!(found.contains(&"市卫生健康委员会".to_string()), "{found:?}");
        // A unit opening a word is no place's (中国|市政工程, 华东|区域).
        let found = names("我市与中国市政工程中南设计研究总院有限公司签约。市长武小凯代表市政府签约。");
        assert!(!found.iter().any(|n| n.starts_with("中国市人")), "{found:?}");
        let found = names("华东区域医疗中心与甲大学签约。区卫生健康委员会主任赵作伟出席。");
        assert!(found.contains(&"区卫生健康委员会".to_string()), "{found:?}");
        // A subdistrict's body after a bare 街道, and the subdistrict's office.
        let text = "凉城新村街道商会举办签约仪式。凉城新村街道办事处主任沈忠裕出席。街道商会会长顾伟钢签约。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("街道商会"), cat.lookup("凉城新村街道商会"));
        assert!(cat.lookup("凉城新村街道办事处").is_some_and(|i| cat.entries[i].org_type == OrgType::Government));
        // The one body naming it with its place after a parent's word.
        let text = "闵行区人民政府与国网上海市电力公司签署协议。市电力公司董事长梁旭出席。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("市电力公司"), cat.lookup("国网上海市电力公司"));
        let found = names("甲区人民政府与国网上海市电力公司、国网江苏市电力公司签署协议。市电力公司董事长梁旭出席。");
        assert!(found.contains(&"市电力公司".to_string()), "{found:?}");
        // A bare unit before a kind of three chars names a body too (市|档案馆).
        let found = names("我校与绍兴市档案馆举行签约仪式。市档案馆副馆长杨健主持。");
        assert_eq!(found, vec!["绍兴市档案馆"]);
    }

    #[test]
    fn a_city_named_only_bare_is_the_documents_city() {
        // The body a bare unit's word stands for (市政府, 省政府).
        let placed = |text: &str, word: &str| {
            let cat = discover(&split(text), &lex());
            cat.lookup(word).map(|i| cat.entries[i].name.clone())
        };
        let government = |text: &str| placed(text, "市政府");
        let text = "绵阳新闻网讯 4月1日,市政府与国网四川省电力公司签署协议。公司十分支持绵阳发展。标志着绵阳与省电力公司的合作迈上新台阶。";
        assert_eq!(government(text).as_deref(), Some("绵阳市人民政府"));
        // A unit's char opening a word is no unit (郑州|区位优势).
        let text = "市长何雄见证市政府与甲公司签署协议。郑州是中心城市。郑州区位优势明显。感谢郑州的支持。";
        assert_eq!(government(text).as_deref(), Some("郑州市人民政府"));
        // Not a province, nor a city named once or only inside a body's
        // name, nor two cities.
        let text = "市政府与沈阳药科大学签署协议。沈阳药科大学校长出席。沈阳药科大学表示。";
        assert_eq!(government(text).as_deref(), Some("市人民政府"));
        let text = "市政府与中国移动浙江公司签署协议。浙江移动支持浙江发展。浙江是大省。";
        assert_eq!(government(text).as_deref(), Some("市人民政府"));
        let text = "市政府与甲公司签署协议。绵阳和德阳。绵阳和德阳。绵阳和德阳。";
        assert_eq!(government(text).as_deref(), Some("市人民政府"));
        // Likewise a province named only bare, for 省政府; not a region.
        let province = |text: &str| placed(text, "省政府");
        let text = "省政府与甲保险集团股份有限公司签署协议。支持青海经济社会发展。当前,青海正在推动高质量发展。助力新青海建设。";
        assert_eq!(province(text).as_deref(), Some("青海省人民政府"));
        let text = "省政府与甲保险集团股份有限公司签署协议。支持新疆发展。当前,新疆正在发展。助力新疆建设。";
        assert_eq!(province(text).as_deref(), Some("省人民政府"));
        // (Its name as a party counts as its name written bare.)
        let text = "河南与中国邮政签署协议\n9月28日,省政府与中国邮政集团有限公司签署协议。感谢对河南发展的支持。河南区位优势明显。";
        assert_eq!(province(text).as_deref(), Some("河南省人民政府"));
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
        // A place written bare, its unit written after it once and its
        // head spoken of.
        let text = "扬州与省港口集团签署战略合作框架协议。扬州市委书记夏心旻出席。市长张宝娟致辞。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("扬州").map(|i| cat.entries[i].name.as_str()), Some("扬州市人民政府"));
        // A town, when the text speaks of its committee or head.
        let text = "杨行镇和上海银行市北分行举行共建签约仪式。镇党委书记陈江出席。杨行镇正处于大建设时期。";
        let cat = discover(&split(text), &lex());
        assert_eq!(cat.lookup("杨行镇").map(|i| cat.entries[i].name.as_str()), Some("杨行镇人民政府"));
    }
}
