//! People: where a personal name starts and ends, next to a title or courtesy.
//!
//! A name is a surname from `surnames.tsv` and one or two more Han characters,
//! or parts of Han characters joined by a dot (艾尔肯·吐尼亚孜);
//! it must be followed by something that ends a name (a title, a courtesy, a
//! word from `name_stops.tsv`, an organisation, punctuation). Three characters
//! are tried before two (王绿化签署, 薛敏表示). Knows nothing of roles.

use crate::extract::lexicon::Lexicon;
use crate::extract::mentions::BOARDS;
use crate::text::script::is_han;
use crate::text::sentences::{starts_with_word, text_of, with_text};
use std::collections::BTreeSet;

/// Administrative units, which end place names (温江区, 余杭区, 瑞安市).
const UNITS: [char; 4] = ['省', '市', '县', '区'];

/// Length in chars of a name starting at `pos`, if one does; `ends_name(q)`
/// says whether something that ends a name starts at `q` (a title, an org).
pub fn name_at(w: &[char], pos: usize, lex: &Lexicon, ends_name: &dyn Fn(usize) -> bool) -> Option<usize> {
    if let Some(n) = transliterated_name_at(w, pos, lex, ends_name) {
        return Some(n);
    }
    // A body's board is no one (甲公司|董事会|董事长王五: no Mr 董).
    if BOARDS.iter().any(|b| starts_with_word(&w[pos.min(w.len())..], b)) {
        return None;
    }
    for surname_len in [2usize, 1] {
        if pos + surname_len > w.len() {
            continue;
        }
        if !lex.is_surname(&w[pos..pos + surname_len]) {
            continue;
        }
        // After a title that follows names (赵伟仁教授|和港大副校长), 和 and 同
        // join the next person: no Mr 和 starts there.
        if surname_len == 1 && matches!(w[pos], '和' | '同') && after_name_title(&w[..pos], lex) {
            continue;
        }
        // A preposition after an adverb opens no name (并|由李蔚院长代表…: no
        // Mr 由).
        if surname_len == 1
            && matches!(w[pos], '由' | '于' | '向' | '对' | '在')
            && pos > 0
            && matches!(w[pos - 1], '并' | '将' | '还' | '也' | '均' | '再' | '则' | '即')
        {
            continue;
        }
        // Nor does a given name open with a stop word of two chars or more,
        // or with 有关 or 相关 (负责人|和|有关同志: no Mr 和).
        let first = pos + surname_len;
        if stop_word_at(w, first, lex) || [['有', '关'], ['相', '关']].iter().any(|x| w[first..].starts_with(x)) {
            continue;
        }
        for given in [2usize, 1] {
            let end = pos + surname_len + given;
            if end > w.len() || !w[pos..end].iter().all(|c| is_han(*c)) {
                continue;
            }
            // A stop word's char may sit inside a given name (李为民, 陈作兵)
            // but does not end one (张三与|李四: 与 is the next word), unless it
            // is 和 or 同 and a verb follows at once (蒋子和|签署: 和 joins nothing),
            // or 之, which ends given names of two chars (张竞之, 王羲之) far more
            // often than it starts a word after one.
            // Nor before another connector (戴邦和|与…: two connectors never
            // stand together, but 和|与会 is 和 before 与会), or before a mark
            // ending the item (校长包信和|，: a connector joins something).
            let before_connector = w.get(end) == Some(&'与') && w.get(end + 1) != Some(&'会');
            let before_mark = w.get(end).is_none_or(|c| matches!(c, '，' | ',' | '、' | '。' | '；' | ';'));
            let joins_nothing = given == 2
                && matches!(w[end - 1], '和' | '同')
                && (verb_at(w, end, lex) || before_connector || before_mark);
            // So does 为 before a verb that ends names (吴大为|出席; 以吴大|为代表
            // reads otherwise): 为 opens no clause there.
            let ends_given = given == 2
                && (w[end - 1] == '之'
                    || w[end - 1] == '为' && verb_at(w, end, lex) && !w[end..].starts_with(&['代', '表']));
            // Nor does a char opening a stop word of two chars or more end
            // one (陈志|代表, not 陈志代|表; 郭松|以《…》为题): the shorter name
            // is tried.
            if given == 2 && stop_word_at(w, end - 1, lex) {
                continue;
            }
            // A stop word or a title is no name (…负责人|揭牌, 司长).
            if lex.ends_name(&w[pos..end]) {
                continue;
            }
            if lex.is_stop_char(w[end - 1]) && !joins_nothing && !ends_given {
                continue;
            }
            // Nor does the char of a body's kind (卫生局|局长 is no Mr 卫), and
            // 委 is in no given name (管委会|主任 is no Mr 管).
            if BODY_ENDINGS.contains(w[end - 1]) || w[pos + surname_len..end].contains(&'委') {
                continue;
            }
            // A place's unit does not end a given name: 温江区|副区长 names a
            // district, not a Mr 温.
            if UNITS.contains(&w[end - 1]) {
                continue;
            }
            // Nor does a town's before its organs (段园镇|党委书记, 吕亭镇|镇长 name
            // towns, not a Mr 段), nor where what follows is not read (`is_name`
            // before a title: 龙山镇|党委副书记).
            // (A town of two chars too: 海宁市|长安镇|党委书记 is no mayor 安镇.)
            if matches!(w[end - 1], '镇' | '乡')
                && (end == w.len()
                    || ["党委", "镇长", "乡长", "副镇长", "副乡长", "政府", "人民政府", "人大"]
                        .iter()
                        .any(|o| o.chars().enumerate().all(|(k, c)| w.get(end + k) == Some(&c))))
            {
                continue;
            }
            // Two chars before a unit's head and a name (古田|县长|党帅) are a
            // place, the county's, not a Mr 古 (刘明灯|县长 ends no sentence so).
            if given == 1 && unit_head_then_name(w, end, lex) {
                continue;
            }
            // A generic word is no name (医院|管理|专家: 管 is a surname).
            if lex.is_generic(&w[pos..end]) {
                continue;
            }
            // 王某, 王某某: a name withheld is nobody to link.
            if w[pos + surname_len..end].iter().all(|&c| c == '某') {
                return None;
            }
            if terminates(w, end, lex, ends_name) {
                // 和 and 同 are surnames and connectors: 院长|和周勇 is 和 joining
                // 周勇 when 周勇 is a name ending there too.
                let joins = surname_len == 1
                    && matches!(w[pos], '和' | '同')
                    && name_at(w, pos + 1, lex, ends_name) == Some(end - pos - 1);
                return (!joins).then_some(end - pos);
            }
        }
    }
    None
}

/// Does a stop word of two chars or more (代表, 以《, 一行) open at `at`?
fn stop_word_at(w: &[char], at: usize, lex: &Lexicon) -> bool {
    (2..=4).any(|n| at + n <= w.len() && lex.ends_name(&w[at..at + n]))
}

/// Does a unit's head (县长, 市长 …) or a department's written with its name
/// (农水|处长, 医政|科长) stand at `at`, with a surname right after it?
fn unit_head_then_name(w: &[char], at: usize, lex: &Lexicon) -> bool {
    let head = matches!(w.get(at), Some('县' | '市' | '区' | '州' | '镇' | '乡' | '省' | '处' | '科'))
        && w.get(at + 1) == Some(&'长');
    head && w.get(at + 2).is_some_and(|c| lex.is_surname(&[*c]))
}

/// Does `before` end with a title written after names (教授, 院士, 先生):
/// one that states no office?
pub fn after_name_title(before: &[char], lex: &Lexicon) -> bool {
    (2..=before.len().min(5)).any(|n| with_text(&before[before.len() - n..], |t| lex.is_name_title(t)))
}

/// The dot that joins the parts of a name written by sound (艾尔肯·吐尼亚孜):
/// the working form folds •, ・ and ‧ to it.
pub(crate) const NAME_DOT: char = '·';

/// Length of a name written by sound at `pos` (Uyghur, Tibetan or foreign:
/// 艾尔肯·吐尼亚孜, 阿不都热依木·阿不力孜): two or three parts of Han chars
/// joined by a dot, the last part ending where a name can end.
fn transliterated_name_at(w: &[char], pos: usize, lex: &Lexicon, ends_name: &dyn Fn(usize) -> bool) -> Option<usize> {
    const PART: usize = 7;
    let mut q = pos;
    let mut dots = 0;
    loop {
        let run = w[q..].iter().take(PART + 1).take_while(|c| is_han(**c)).count();
        match w.get(q + run) {
            Some(&NAME_DOT) if (1..=PART).contains(&run) && dots < 2 => {
                dots += 1;
                q += run + 1;
            }
            _ => break,
        }
    }
    // (Nor a dot before a word that ends names: 张三·致辞 is stray punctuation.)
    if dots == 0 || terminates(w, q, lex, ends_name) {
        return None;
    }
    // The last part: the first length of two chars or more a name ends
    // after (托乎提|出席, not 托乎提出席), or one char.
    let run = w[q..].iter().take(PART).take_while(|c| is_han(**c)).count();
    (2..=run).chain(1..2.min(run + 1)).find(|&n| terminates(w, q + n, lex, ends_name)).map(|n| q + n - pos)
}

/// Chars that end the names of bodies (局, 院, 委, 政协 …), business lines
/// (寿险, 财险) or units (理事|单位) and no given name.
const BODY_ENDINGS: &str = "局院委厅处办所司险位协部";

/// Names joined to a known person's as the other side's signer (张功焰和王少峰
/// 分别代表双方签署: 王少峰 holds a title elsewhere in the text, 张功焰 none): a
/// name of two or three chars and a known one, joined by 和, 与 or 及, opening a
/// clause right before 代表 or a signing verb.
/// `known_at`: where known names stand in `w` (start, end).
pub fn signing_partners(
    w: &[char],
    known_at: &[(usize, usize)],
    known: &BTreeSet<String>,
    lex: &Lexicon,
) -> Vec<String> {
    const CUES: [&[char]; 7] = [
        &['分', '别', '代', '表'],
        &['代', '表'],
        &['共', '同', '签'],
        &['签', '署'],
        &['签', '订'],
        &['签', '约'],
        &['签', '定'],
    ];
    let cue_at = |q: usize| CUES.iter().any(|c| w[q.min(w.len())..].starts_with(c));
    let opens_clause = |p: usize| p == 0 || !is_han(w[p - 1]);
    let mut found = Vec::new();
    for &(ks, ke) in known_at {
        // 王少峰和|张功焰|代表…
        if opens_clause(ks) && matches!(w.get(ke), Some('和' | '与' | '及')) {
            for len in [3usize, 2] {
                let (from, to) = (ke + 1, ke + 1 + len);
                if to <= w.len() && cue_at(to) && is_name(w, from, to, lex) {
                    found.push(text_of(&w[from..to]));
                    break;
                }
            }
        }
        // 张功焰|和王少峰代表…, 李刚|和柳河区副区长陈晓东代表…: the known
        // name right after the connector or after a title following it.
        let titled = |q: usize| {
            (1..=6.min(ks - q)).any(|n| with_text(&w[ks - n..ks], |t| lex.titles.contains_key(t)))
                && w[q..ks].iter().all(|&c| is_han(c))
        };
        let connector = || {
            (ks.saturating_sub(14)..ks)
                .rev()
                .find(|&q| matches!(w[q], '和' | '与' | '及') && (q + 1 == ks || titled(q + 1)))
        };
        if let Some(q) = cue_at(ke).then(connector).flatten().filter(|&q| q >= 2) {
            for len in [3usize, 2] {
                let Some(from) = q.checked_sub(len) else { continue };
                if opens_clause(from) && is_name(w, from, q, lex) {
                    found.push(text_of(&w[from..q]));
                    break;
                }
            }
        }
    }
    found.retain(|n| !known.contains(n));
    found
}

/// Does a verb that ends names (签署, 出席, 表示 …: two chars or more) start at `q`?
pub fn verb_at(w: &[char], q: usize, lex: &Lexicon) -> bool {
    (q + 2..=w.len().min(q + 4)).any(|e| with_text(&w[q..e], |v| lex.name_stops.contains(v)))
}

/// Does a name end at `q`?
pub fn terminates(w: &[char], q: usize, lex: &Lexicon, ends_name: &dyn Fn(usize) -> bool) -> bool {
    if q >= w.len() || !is_han(w[q]) || ends_name(q) {
        return true;
    }
    // 今 (today, as Taiwan and Hong Kong write it) before a verb or a
    // connector: 陈威明|今出席, 陈威明|今与….
    if w[q] == '今' && w.get(q + 1).is_some_and(|&c| lex.is_stop_char(c) || verb_at(w, q + 1, lex)) {
        return true;
    }
    // A stop word or title of up to four chars opens what follows: one of
    // its first four prefixes is one.
    (q + 1..=w.len().min(q + 4)).any(|end| lex.ends_name(&w[q..end]))
}

/// Is the whole of `w[start..end]` a name (used when a gap before a title is
/// exactly one name: 中国医学科学院肿瘤医院深圳医院王绿化院长)?
pub fn is_name(w: &[char], start: usize, end: usize, lex: &Lexicon) -> bool {
    let n = end.saturating_sub(start);
    // (The text after `end` is not read: 周琦|副院长 is not 周琦副|院长.)
    // (But two chars before a unit's head and a name are a place: 古田|县长|党帅.)
    (2..=4).contains(&n)
        && end <= w.len()
        && name_at(&w[..end], start, lex, &|q| q == end).is_some_and(|len| len == n)
        && !(n == 2 && unit_head_then_name(w, end, lex))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> Option<String> {
        let lex = Lexicon::embedded().unwrap();
        let w: Vec<char> = s.chars().collect();
        name_at(&w, 0, &lex, &|_| false).map(|n| w[..n].iter().collect())
    }

    #[test]
    fn a_bodys_board_is_no_one() {
        assert_eq!(find("董事会董事长"), None);
        assert_eq!(find("董事长"), None);
        assert_eq!(find("董明珠出席"), Some("董明珠".to_string()));
    }

    #[test]
    fn a_whole_gap_is_a_name_whatever_follows_it() {
        let lex = Lexicon::embedded().unwrap();
        let w: Vec<char> = "的周琦副院长".chars().collect();
        // 周琦|副院长: not 周琦副 before 院长.
        assert!(is_name(&w, 1, 3, &lex));
        // A unit is no name (理事|单位).
        let w: Vec<char> = "理事单位".chars().collect();
        assert_eq!(name_at(&w, 2, &lex, &|q| q == 4), None);
        // A business line is no name (太保|寿险|副总经理).
        let w: Vec<char> = "太保寿险副总经理".chars().collect();
        assert!(!is_name(&w, 2, 4, &lex));
        // Nor a body (区政协|主席: 区 is a surname).
        assert_eq!(find("区政协主席董胜军"), None);
        assert_eq!(find("管委会主任魏德谦"), None);
        // Nor a town before its organs; a name ending in 镇 elsewhere is one.
        assert_eq!(find("段园镇党委书记魏宾"), None);
        // A town of two chars too (海宁市|长安镇: no mayor 安镇).
        assert_eq!(find("安镇党委书记周立新"), None);
        assert_eq!(find("王镇出席").as_deref(), Some("王镇"));
        // Two chars before a county's head and a name are the county.
        assert_eq!(find("古田县长党帅致欢迎辞"), None);
        assert_eq!(find("刘明灯县长致辞").as_deref(), Some("刘明灯"));
        // A department written with its name before its head's title and a name.
        assert_eq!(find("农水处长胡江出席"), None);
        assert_eq!(find("王强处长出席").as_deref(), Some("王强"));
        assert_eq!(find("吕亭镇镇长张三"), None);
        assert_eq!(find("段园镇出席").as_deref(), Some("段园镇"));
        // Before a title, where what follows is not read.
        let w: Vec<char> = "、龙山镇党委副书记".chars().collect();
        assert!(!is_name(&w, 1, 4, &lex));
        assert_eq!(find("卫福部主任秘书张雍敏见证"), None);
    }

    #[test]
    fn a_given_name_opens_with_no_stop_word() {
        assert_eq!(find("和有关同志参加"), None);
        assert_eq!(find("和一行到访"), None);
        assert_eq!(find("和平出席").as_deref(), Some("和平"));
        assert_eq!(find("马军和相关部门负责人来到").as_deref(), Some("马军"));
    }

    #[test]
    fn a_name_joined_to_a_known_signer_is_the_other_sides() {
        let lex = Lexicon::embedded().unwrap();
        let known: BTreeSet<String> = ["王少峰".to_string()].into();
        let partners = |s: &str| {
            let w: Vec<char> = s.chars().collect();
            let at: Vec<(usize, usize)> = (0..w.len().saturating_sub(2))
                .filter(|&i| w[i..].starts_with(&['王', '少', '峰']))
                .map(|i| (i, i + 3))
                .collect();
            signing_partners(&w, &at, &known, &lex)
        };
        assert_eq!(partners("张功焰和王少峰分别代表双方签署了协议。"), vec!["张功焰"]);
        assert_eq!(partners("王少峰与张功焰签署协议。"), vec!["张功焰"]);
        assert_eq!(partners("张功焰和柳河区副区长王少峰分别代表双方签署。"), vec!["张功焰"]);
        // Not without the act, nor inside a clause, nor a word that is no name.
        assert!(partners("张功焰和王少峰出席。").is_empty());
        assert!(partners("会见了张功焰和王少峰代表团。").is_empty());
        assert!(partners("医院和王少峰代表签署。").is_empty());
    }

    #[test]
    fn rare_surnames_open_names() {
        // 庹, 卯, 宇 and 益 are surnames too (副校长庹先国, 市长宇向东, 行长益虎).
        assert_eq!(find("庹先国与魏德谦签署").as_deref(), Some("庹先国"));
        assert_eq!(find("宇向东出席").as_deref(), Some("宇向东"));
        assert_eq!(find("益虎出席").as_deref(), Some("益虎"));
    }

    #[test]
    fn a_generic_word_is_no_name() {
        assert_eq!(find("管理专家"), None);
        assert_eq!(find("管理明专家"), Some("管理明".to_string()));
    }

    #[test]
    fn a_name_written_by_sound_has_parts_joined_by_dots() {
        assert_eq!(find("艾尔肯·吐尼亚孜，"), Some("艾尔肯·吐尼亚孜".to_string()));
        assert_eq!(find("阿不都热依木·阿不力孜代表双方签约"), Some("阿不都热依木·阿不力孜".to_string()));
        assert_eq!(find("买买提·艾力·托乎提出席"), Some("买买提·艾力·托乎提".to_string()));
        // No dot, no surname: nobody.
        assert_eq!(find("艾尔肯吐尼亚孜，"), None);
        // A dot before a word that ends names is stray punctuation: the name
        // is the one before it.
        assert_eq!(find("张抒扬·致辞"), Some("张抒扬".to_string()));
        // A dot after a long run of text is no name's.
        assert_eq!(find("新疆医科大学第一附属医院·"), None);
    }

    #[test]
    fn a_stop_char_ends_a_name_before_a_verb_and_a_bodys_char_never() {
        assert_eq!(find("蒋子和签署合作协议"), Some("蒋子和".to_string()));
        assert_eq!(find("张三和李四签署"), Some("张三".to_string()));
        assert_eq!(find("戴邦和与甲公司副总经理张汉良代表双方签约"), Some("戴邦和".to_string()));
        assert_eq!(find("张三和与会嘉宾合影"), Some("张三".to_string()));
        // Nor before a mark ending the item: a connector joins something.
        assert_eq!(find("包信和，安徽省委常委"), Some("包信和".to_string()));
        assert_eq!(find("包信和、许武"), Some("包信和".to_string()));
        assert_eq!(find("卫生局局长"), None);
    }

    #[test]
    fn a_connector_that_is_a_surname_joins_a_name_after_it() {
        assert_eq!(find("和周勇总经理"), None);
        assert_eq!(find("周勇总经理"), Some("周勇".to_string()));
        assert_eq!(find("和平院长"), Some("和平".to_string()));
        // A preposition after an adverb opens none: 并|由李蔚院长.
        let lex = Lexicon::embedded().unwrap();
        let w: Vec<char> = "并由李蔚院长代表学院".chars().collect();
        assert_eq!(name_at(&w, 1, &lex, &|_| false), None);
        assert_eq!(name_at(&w, 2, &lex, &|_| false), Some(2));
        // After a title written after names, 和 joins: 教授|和港大副校长.
        let lex = Lexicon::embedded().unwrap();
        let w: Vec<char> = "赵伟仁教授和港大副校长".chars().collect();
        assert_eq!(name_at(&w, 5, &lex, &|_| false), None);
        let w: Vec<char> = "院长和平，副院长".chars().collect();
        assert_eq!(name_at(&w, 2, &lex, &|_| false), Some(2));
    }

    #[test]
    fn a_title_or_stop_word_right_after_ends_a_name() {
        let lex = Lexicon::embedded().unwrap();
        let w: Vec<char> = "李维达院长表示".chars().collect();
        assert!(terminates(&w, 3, &lex, &|_| false));
        assert!(!terminates(&w, 2, &lex, &|_| false));
    }

    #[test]
    fn three_char_name_before_verb() {
        assert_eq!(find("王绿化签署备忘录").as_deref(), Some("王绿化"));
    }

    #[test]
    fn two_char_name_before_verb() {
        assert_eq!(find("薛敏表示").as_deref(), Some("薛敏"));
        assert_eq!(find("李雁教授").as_deref(), Some("李雁"));
        assert_eq!(find("刘杰、解放军").as_deref(), Some("刘杰"));
    }

    #[test]
    fn a_stop_words_char_inside_a_given_name_but_not_at_its_end() {
        assert_eq!(find("李为民与刘进代表双方签订").as_deref(), Some("李为民"));
        assert_eq!(find("陈作兵与王磊分别代表双方签约").as_deref(), Some("陈作兵"));
        assert_eq!(find("张三与李四签署").as_deref(), Some("张三"));
        assert_eq!(find("李四作报告").as_deref(), Some("李四"));
        // 之 ends given names of two chars: 张竞之、副院长杨辉.
        assert_eq!(find("张竞之、副院长").as_deref(), Some("张竞之"));
        // A char opening a stop word of two chars ends no given name.
        assert_eq!(find("陈志代表双方签约").as_deref(), Some("陈志"));
        // A stop word is no name.
        assert_eq!(find("揭牌。"), None);
        // 以 before a title in 《》 is what follows the name: 郭松|以《…》为题.
        assert_eq!(find("郭松以《检察调研》为题授课").as_deref(), Some("郭松"));
        assert_eq!(find("陈以文以《检察调研》为题授课").as_deref(), Some("陈以文"));
        assert_eq!(find("张竞之与江拥军").as_deref(), Some("张竞之"));
        // 为 too, before a verb that ends names; not before what it introduces.
        assert_eq!(find("吴大为出席").as_deref(), Some("吴大为"));
        assert_eq!(find("张三为医院揭牌").as_deref(), Some("张三"));
        assert_eq!(find("吴大为代表双方签署").as_deref(), Some("吴大"));
        // 今 before a verb or a connector is today: 陈威明|今出席.
        assert_eq!(find("陈威明今出席").as_deref(), Some("陈威明"));
        assert_eq!(find("陈威明今与李偉强").as_deref(), Some("陈威明"));
    }

    #[test]
    fn a_place_before_a_title_is_no_name() {
        assert_eq!(find("温江区副区长杨扬"), None);
        assert_eq!(find("杨扬出席"), Some("杨扬".into()));
    }

    #[test]
    fn a_verb_of_the_occasion_ends_a_name() {
        assert_eq!(find("邵志敏应邀作报告").as_deref(), Some("邵志敏"));
        assert_eq!(find("李强陪同参观").as_deref(), Some("李强"));
    }

    #[test]
    fn a_withheld_name_is_none() {
        assert_eq!(find("王某某出席"), None);
        assert_eq!(find("王某表示"), None);
        assert_eq!(find("王某明表示").as_deref(), Some("王某明"));
    }

    #[test]
    fn compound_surname() {
        assert_eq!(find("欧阳明辉主持").as_deref(), Some("欧阳明辉"));
    }

    #[test]
    fn no_surname_no_name() {
        assert_eq!(find("正在操作"), None);
    }
}
