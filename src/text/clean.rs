//! Cleaning: decoded text in, the announcement's own prose out.
//!
//! Strips HTML tags and entities, pinyin residue left by ruby annotations
//! (`醫(yī)` → `醫`), mojibake runs, doubled punctuation, page-furniture lines
//! (copyright notes, image names, contact lines) and everything after a heading
//! that opens a trailing list of unrelated headlines. Which markers count is data
//! (`FurnitureRules`), loaded from `data/lexicon/furniture.tsv`.

use crate::text::script::{is_han, to_simplified};
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::collections::HashSet;
use std::sync::{LazyLock, OnceLock};

/// What marks page furniture; the lexicon loader fills it.
#[derive(Debug, Clone, Default)]
pub struct FurnitureRules {
    /// A line starting with one of these (simplified) cuts the rest of the text.
    pub cut_headings: Vec<String>,
    /// A line containing one of these (simplified) is dropped.
    pub drop_markers: Vec<String>,
    /// The drop markers as one automaton, built at first use (after loading).
    drop_finder: OnceLock<Option<AhoCorasick>>,
}

impl FurnitureRules {
    /// Does `line` (simplified) hold a drop marker?
    fn drops(&self, line: &str) -> bool {
        match self.drop_finder.get_or_init(|| AhoCorasick::new(&self.drop_markers).ok()) {
            Some(finder) => finder.is_match(line),
            None => self.drop_markers.iter().any(|m| line.contains(m.as_str())),
        }
    }
}

static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>").expect("tag regex"));
static BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|title)\b[^<>]*>")
        .expect("block tag regex")
});
/// The end of a table cell: cells of a row are kept apart by a space.
static CELL_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)</t[dh]\s*>").expect("cell regex"));
static SCRIPT_STYLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(script|style|noscript)\b[^>]*>.*?</(?:script|style|noscript)\s*>|<!--.*?-->")
        .expect("script regex")
});
static ENTITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});").expect("entity regex"));
static PINYIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7} ?\)").expect("pinyin regex"));
/// A listed company's stock code in brackets after its name (通用技术环球医疗
/// (02666.HK), 山东出版(601019)集团): no part of any name.
static STOCK_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（](?:股票代码[:：]?\s*)?(?:[0-9]{6}(?:\.(?:SH|SZ|sh|sz))?|[0-9]{4,5}\.(?:HK|hk))[)）]")
        .expect("stock code regex")
});
/// A run of mojibake, with the Latin letters that may close it (出席会议??h委常委).
static MOJIBAKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?？\u{FFFD}]{2,}[A-Za-z]{0,2}|\u{FFFD}|\?[!！]?\?").expect("mojibake regex"));
static TAG_FRAGMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[a-zA-Z]{1,10}\b[^<>\n]{0,80}>|/[a-z]{1,10}>").expect("fragment regex"));
/// Emoji pasted into the prose (SEO spam strews them between words: 趙蓉*️⃣,
/// 主持👎🏼。): pictographs with their skin tones, joiners, variation selectors,
/// keycaps and flags. © and ® (Latin-1) stay: copyright lines are read by them.
static EMOJI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[0-9#*]\x{FE0F}?\x{20E3}|[\p{Extended_Pictographic}&&[^\x{00}-\x{FF}]]|[\p{Emoji_Modifier}\x{FE0E}\x{FE0F}\x{200D}\x{20E3}\x{1F1E6}-\x{1F1FF}\x{E0020}-\x{E007F}]",
    )
    .expect("emoji regex")
});
static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}").expect("iso date regex"));
static DOUBLED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"([,，、。;；])[,，、。;；]+").expect("punct regex"));
static IMAGE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\.(?:png|jpe?g|gif|webp|bmp|svg)\b").expect("image regex"));

/// Does the text look like an HTML page rather than plain text?
pub fn looks_like_html(text: &str) -> bool {
    let end = text.char_indices().nth(2048).map_or(text.len(), |(i, _)| i);
    if !text[..end].contains('<') {
        return false;
    }
    let head = text[..end].to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || head.contains("<p>")
        || head.contains("<div")
}

/// Turns HTML into text: drops scripts, styles and comments, breaks lines at
/// block tags, removes the other tags and decodes entities. Linear in the input
/// and indifferent to nesting depth or unclosed tags.
pub fn html_to_text(html: &str) -> String {
    let no_script = SCRIPT_STYLE.replace_all(html, "\n");
    let blocks = BLOCK_TAG.replace_all(&no_script, "\n");
    let cells = CELL_END.replace_all(&blocks, " ");
    let text = TAG.replace_all(&cells, "");
    decode_entities(&text)
}

fn decode_entities(text: &str) -> String {
    ENTITY
        .replace_all(text, |c: &regex::Captures| {
            let name = &c[1];
            let decoded = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" | "ensp" | "emsp" => Some(' '),
                    "middot" => Some('·'),
                    "ldquo" => Some('“'),
                    "rdquo" => Some('”'),
                    "mdash" => Some('—'),
                    _ => None,
                }
            };
            decoded.map(String::from).unwrap_or_else(|| c[0].to_string())
        })
        .into_owned()
}

/// A paragraph of running text (over 60 chars, with a full stop) is text even
/// where it names a source (据上海发布微信公众号消息，…): credits, share widgets
/// and contact lines are short or have no sentence.
fn is_running_text(line: &str) -> bool {
    line.contains('。') && line.chars().count() > 60
}

/// What stands for a run of mojibake `m` in `text`: where it joins two Han
/// chars, the chars it lost may have held a full stop (出席会议??h委常委、副县长
/// 甲代表…签订: 。县 lost), so it breaks the clause, its Latin letters going
/// with it; elsewhere a space, the letters kept unless a Han char follows.
fn lost_chars(text: &str, m: Option<regex::Match>) -> String {
    let Some(m) = m else { return String::new() };
    let run = m.as_str();
    let letters = &run[run.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..];
    let before = text[..m.start()].chars().next_back().is_some_and(is_han);
    let after = text[m.end()..].chars().next().is_some_and(is_han);
    match (before, after) {
        (true, true) => "，".to_string(),
        (_, true) => " ".to_string(),
        _ => format!(" {letters}"),
    }
}

/// Cleans one announcement's text (already HTML-free) line by line.
pub fn clean(text: &str, rules: &FurnitureRules) -> String {
    let text = TAG.replace_all(text, "");
    let text = EMOJI.replace_all(&text, "");
    let text = PINYIN.replace_all(&text, "$1");
    let text = STOCK_CODE.replace_all(&text, "");
    let text = MOJIBAKE.replace_all(&text, |c: &regex::Captures| lost_chars(&text, c.get(0)));
    // A tag whose `<` was eaten by mojibake (`?!?/span>`).
    let text = TAG_FRAGMENT.replace_all(&text, "");
    let text = DOUBLED.replace_all(&text, |c: &regex::Captures| {
        let run = &c[0];
        // Keep the strongest mark of the run: a full stop, then an enumeration comma.
        ["。", "、"].into_iter().find(|m| run.contains(m)).unwrap_or(&c[1]).to_string()
    });
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = String::with_capacity(text.len());
    // Who holds the page's copyright (郑州大学版权所有), kept for the last line,
    // else the body a source line names (来源:中国水务投资集团有限公司).
    let mut owner: Option<&str> = None;
    let mut source: Option<&str> = None;
    for raw in text.lines() {
        let line = without_tag(raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'));
        if line.is_empty() {
            if !out.ends_with("\n\n") && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        let simple = to_simplified(line);
        if rules.cut_headings.iter().any(|h| simple.starts_with(h.as_str())) && simple.chars().count() <= 16 {
            break;
        }
        if rules.drops(&simple) && !is_running_text(line) || IMAGE_NAME.is_match(line) {
            // A page's publication date shares its line with the source
            // (来源：某集团 发布时间：2019年09月05日): the date stays.
            if let Some(date) = publication_date(line, &simple) {
                out.push_str(date);
                out.push('\n');
            }
            owner = owner.or_else(|| copyright_owner(line, &simple));
            source = source.or_else(|| source_body(line, &simple));
            continue;
        }
        // Photo captions, contact blocks and footers repeat lines verbatim.
        if !seen.insert(simple) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    // The copyright holder's name closes the text on a line of its own, as a
    // body signing its announcement does (…我校与省高级人民法院… / 郑州大学).
    if let Some(owner) = owner.or(source) {
        out.push_str(owner);
        out.push('\n');
    }
    out
}

/// The body a source line names (来源:中国水务投资集团有限公司): the Han chars
/// after the label, four to twenty, unless they name a medium (人民网, 浙江日报,
/// 某某微信公众号) or a department (来源:科技处, 国际部), who publish no body's news
/// as that body.
fn source_body<'a>(line: &'a str, simple: &str) -> Option<&'a str> {
    let at = simple.find("来源:").or_else(|| simple.find("来源："))?;
    // `simple` is `line` converted char by char: the same char indices.
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let (from, n) = han_run_after(&chars, simple[..at].chars().count() + 3, |c| c == ' ');
    if !(4..=20).contains(&n) {
        return None;
    }
    let body = chars_between(line, &chars, from, from + n);
    let medium = ["网", "站", "报", "社", "台", "号", "处", "部", "科", "室", "办", "心", "刊", "志", "端"];
    // (Nor the page itself: 来源:本站原创, 本网.)
    let own_page = ["本站", "本網", "本网", "原创", "原創"].iter().any(|w| body.contains(w));
    (!medium.iter().any(|m| body.ends_with(m)) && !own_page).then_some(body)
}

/// The run of Han chars at char `at` of a line, past the chars `skip` holds:
/// where it starts and how many chars it has.
fn han_run_after(chars: &[(usize, char)], at: usize, skip: impl Fn(char) -> bool) -> (usize, usize) {
    let from = at + chars[at.min(chars.len())..].iter().take_while(|&&(_, c)| skip(c)).count();
    let n = chars[from.min(chars.len())..].iter().take_while(|&&(_, c)| crate::text::script::is_han(c)).count();
    (from, n)
}

/// The text of a line between two of its char indices.
fn chars_between<'a>(line: &'a str, chars: &[(usize, char)], from: usize, to: usize) -> &'a str {
    let start = chars.get(from).map_or(line.len(), |&(b, _)| b);
    let end = chars.get(to).map_or(line.len(), |&(b, _)| b);
    &line[start..end]
}

/// The holder a copyright line names (郑州大学版权所有, 版权所有：甲医院, ©2020
/// 甲大学 版权所有): two to twenty Han chars right before 版权所有, or right after
/// it and its colon.
fn copyright_owner<'a>(line: &'a str, simple: &str) -> Option<&'a str> {
    let at = simple.find("版权所有")?;
    // `simple` is `line` converted char by char: the same char indices.
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mark = simple[..at].chars().count();
    let han = |c: char| crate::text::script::is_han(c);
    let before = chars[..mark].iter().rev().skip_while(|(_, c)| *c == ' ').take_while(|(_, c)| han(*c)).count();
    let end_before = chars[..mark].iter().rev().take_while(|(_, c)| *c == ' ').count();
    let (from, to) = if (2..=20).contains(&before) {
        let to = mark - end_before;
        (to - before, to)
    } else {
        let (from, n) = han_run_after(&chars, mark + 4, |c| matches!(c, ':' | '：' | ' ' | '©'));
        if !(2..=20).contains(&n) {
            return None;
        }
        (from, from + n)
    };
    // (Not the site itself: 本网站版权所有, 某某网版权所有.)
    let owner = chars_between(line, &chars, from, to);
    let site = owner.starts_with(['本', '我', '该', '此']) || owner.ends_with(['网', '站']);
    (!site).then_some(owner)
}

/// A line without the short tag a portal puts before a bar (王国生|河南与中国
/// 邮政签署…, 深化合作 | 福建港口集团与…): a topic or a name, no part of the
/// headline after it. Not a tag with a figure (格隆汇4月17日|据…: a dateline),
/// nor one before little text (记者|王志冕).
fn without_tag(line: &str) -> &str {
    // (Each bar sought alone, by the byte search `str::find` does for one char.)
    let Some((at, bar)) = ['|', '｜', '丨'].into_iter().filter_map(|c| line.find(c).map(|at| (at, c))).min() else {
        return line;
    };
    let (tag, rest) = (line[..at].trim(), &line[at + bar.len_utf8()..]);
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let short = (1..=12).contains(&tag.chars().count()) && !tag.chars().any(|c| c.is_ascii_digit());
    if short && rest.chars().count() >= 10 { rest } else { line }
}

/// Words that open a page's publication date.
/// (时间 and 日期 alone after a page's other fields too: 作者: 时间:2019-07-15.)
const PUBLISHED: [&str; 8] = ["发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "更新时间", "日期", "时间"];

/// A line's publication date: its word and the date after it, if a figure
/// follows (发布时间：2021-11-22, not the source or the time after it); or a
/// full date opening the line, alone or after 时间 or 日期 (2021年03月06日
/// 17:11 来源:中新网, 时间:2020-04-29 来源:某办公室).
fn publication_date<'a>(line: &'a str, simple: &str) -> Option<&'a str> {
    // (What is kept opens with the word: 發布時間:2019年09月05日.)
    // (日期 alone after a page's other fields too: 点击:5884日期:[ 2017/11/25 ].)
    // (时间 opening the line is read below, as a date opening it.)
    let published = PUBLISHED.iter().filter_map(|w| simple.find(w).map(|at| (at, w)));
    let (kept, rest) = match published.filter(|&(at, w)| at > 0 || *w != "时间").min() {
        Some((at, word)) => {
            // `simple` is `line` converted char by char: the same char index.
            let chars = simple[..at].chars().count();
            let kept = line.char_indices().nth(chars).map(|(b, _)| b)?;
            let after = line.char_indices().nth(chars + word.chars().count()).map(|(b, _)| b)?;
            (kept, &line[after..])
        }
        None => {
            let labelled = ["时间", "日期"].iter().any(|w| simple.starts_with(w));
            let rest = if labelled { &line[line.char_indices().nth(2)?.0..] } else { line };
            let year = rest.trim_start_matches([':', '：', ' ', '\u{3000}']).as_bytes();
            let full = year.len() > 4
                && year[..4].iter().all(u8::is_ascii_digit)
                && matches!(&year[..2], b"19" | b"20")
                && (matches!(year[4], b'-' | b'/' | b'.') || line[line.len() - year.len() + 4..].starts_with('年'));
            if !full {
                // (Or a full date in figures anywhere in the source's line, the
                // author's name written against it: 仲驿2026-02-09来源:某报.)
                return ISO_DATE.find(line).map(|m| m.as_str());
            }
            (line.len() - year.len(), rest)
        }
    };
    let mut it = rest.char_indices().skip_while(|&(_, c)| matches!(c, ':' | '：' | ' ' | '\u{3000}' | '[' | '【'));
    let first = it.next().filter(|(_, c)| c.is_ascii_digit())?;
    let end = std::iter::once(first)
        .chain(it)
        .take_while(|&(_, c)| c.is_ascii_digit() || "年月日号-/.".contains(c))
        .last()
        .map_or(0, |(b, c)| b + c.len_utf8());
    Some(&line[kept..line.len() - rest.len() + end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> FurnitureRules {
        FurnitureRules {
            cut_headings: vec!["相关推荐".into(), "随便看看".into()],
            drop_markers: vec!["原创内容".into(), "责任编辑".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_publication_date_outlives_its_dropped_source_line() {
        let r = FurnitureRules { drop_markers: vec!["来源:".into()], ..Default::default() };
        assert_eq!(
            clean("文章来源:交投集团 發布時間:2019年09月05日\n正文。", &r),
            "發布時間:2019年09月05日\n正文。\n交投集团\n"
        );
        // Only the date: the source and the time after it go.
        assert_eq!(
            clean("发布时间: 2021-11-22 10:30 来源:某县融媒体中心\n正文。", &r),
            "发布时间: 2021-11-22\n正文。\n"
        );
        // A full date opening the line, alone or after 时间, stays too.
        assert_eq!(clean("2021年03月06日 17:11 来源:中新网重庆\n正文。", &r), "2021年03月06日\n正文。\n中新网重庆\n");
        assert_eq!(clean("时间:2020-04-29 来源: 某区地方志办公室\n正文。", &r), "2020-04-29\n正文。\n");
        let page = "仲驿2026-02-09来源:中国邮政报\n正文。";
        assert_eq!(clean(page, &r), "2026-02-09\n正文。\n");
        // A portal's tag before a bar is no part of the headline.
        assert_eq!(
            clean("王国生|河南与中国邮政签署战略合作框架协议\n正文。", &r),
            "河南与中国邮政签署战略合作框架协议\n正文。\n"
        );
        assert_eq!(clean("深化合作 | 福建港口集团与福州市政府签订协议\n", &r), "福建港口集团与福州市政府签订协议\n");
        // (Not a dateline's, nor one before a name alone.)
        assert_eq!(
            clean("格隆汇4月17日|据海南控股官微,4月16日签约。\n", &r),
            "格隆汇4月17日|据海南控股官微,4月16日签约。\n"
        );
        assert_eq!(clean("记者|王志冕\n", &r), "记者|王志冕\n");
        // Or after the source and the author (来源:某社 作者: 时间:2019-07-15).
        let page = "来源:作家出版社(微信公号) 作者: 时间:2019-07-15 【字体:\n正文。";
        assert_eq!(clean(page, &r), "时间:2019-07-15\n正文。\n");
        // Not a figure that is no year, nor a date inside the line.
        assert_eq!(clean("3月6日 来源:某报\n正文。", &r), "正文。\n");
        assert_eq!(clean("作者 2021年3月6日 来源:某报\n正文。", &r), "正文。\n");
        // 日期 after a page's other fields, the date in brackets.
        assert_eq!(clean("来源:本站原创 点击:5884日期:[ 2017/11/25 ]\n正文。", &r), "日期:[ 2017/11/25\n正文。\n");
        // No figure after it: the line goes whole.
        assert_eq!(clean("来源:某报 发布时间:\n正文。", &r), "正文。\n");
        // A body named as the source closes the text, a medium or a department does not.
        assert_eq!(clean("来源:中国水务投资集团有限公司\n正文。", &r), "正文。\n中国水务投资集团有限公司\n");
        assert_eq!(clean("来源:浙江日报\n正文。", &r), "正文。\n");
        assert_eq!(clean("来源:科技处 作者:某\n正文。", &r), "正文。\n");
    }

    #[test]
    fn a_copyright_holder_closes_the_text() {
        let r = FurnitureRules { drop_markers: vec!["版权所有".into()], ..Default::default() };
        assert_eq!(clean("我校与甲签约。\n郑州大学版权所有,禁止非法转载!", &r), "我校与甲签约。\n郑州大学\n");
        assert_eq!(
            clean("我院与甲签约。\n版权所有：温州医科大学附属第一医院 浙ICP备", &r),
            "我院与甲签约。\n温州医科大学附属第一医院\n"
        );
        assert_eq!(clean("甲与乙签约。\n©2018 版权所有", &r), "甲与乙签约。\n");
        // (Not the site itself.)
        assert_eq!(clean("甲与乙签约。\n本网站版权所有", &r), "甲与乙签约。\n");
        assert_eq!(clean("甲与乙签约。\n©2018中原新闻网版权所有", &r), "甲与乙签约。\n");
    }

    #[test]
    fn a_stock_code_in_brackets_is_removed() {
        assert_eq!(clean("通用技术环球医疗(02666.HK)与甲签约", &rules()), "通用技术环球医疗与甲签约\n");
        assert_eq!(clean("山东出版(601019)集团", &rules()), "山东出版集团\n");
        // (Not a year, nor a count.)
        assert_eq!(clean("成立于(2019)年", &rules()), "成立于(2019)年\n");
    }

    #[test]
    fn pasted_emoji_go_but_copyright_marks_stay() {
        let r = FurnitureRules { drop_markers: vec!["版权所有".into()], ..Default::default() };
        assert_eq!(
            clean("行長趙蓉*️⃣,經理楊軍♉️😯,優勢互補🫄🏽、主持👎🏼。🇨🇳\n©2018 湖北日报社版权所有", &r),
            "行長趙蓉,經理楊軍,優勢互補、主持。\n湖北日报社\n"
        );
        assert_eq!(clean("第3期共5人出席。", &r), "第3期共5人出席。\n");
    }

    #[test]
    fn pinyin_residue_is_removed() {
        assert_eq!(clean("養(yǎng)和醫(yī)療集團", &rules()), "養和醫療集團\n");
        // (Some pages leave a space before the bracket closes: 會(huì )談.)
        assert_eq!(clean("舉行工作會(huì )談", &rules()), "舉行工作會談\n");
    }

    #[test]
    fn uppercase_acronym_in_parentheses_is_kept() {
        assert_eq!(clean("中國抗癌協會(CACA)指南", &rules()), "中國抗癌協會(CACA)指南\n");
    }

    #[test]
    fn stray_tags_and_doubled_punctuation_go() {
        assert_eq!(clean("副主任,、局长,,何梦煌</span>", &rules()), "副主任、局长,何梦煌\n");
    }

    #[test]
    fn mojibake_run_breaks_the_text() {
        assert_eq!(clean("醫療、??迫藛T培訓", &rules()), "醫療、 迫藛T培訓\n");
        // Between two Han chars it breaks the clause, with its Latin residue.
        assert_eq!(clean("出席會議??h委常委", &rules()), "出席會議，委常委\n");
        assert_eq!(clean("見證??AB", &rules()), "見證 AB\n");
        assert_eq!(clean("突破,?!?/span>", &rules()), "突破,\n");
    }

    #[test]
    fn trailing_headline_list_is_cut_in_either_script() {
        let t = "正文一句。\n隨便看看:\n- 某某医院义诊\n";
        assert_eq!(clean(t, &rules()), "正文一句。\n");
    }

    #[test]
    fn furniture_lines_and_repeats_are_dropped() {
        let t = "甲。\nlogo.png\n(责任编辑:某)\n甲。\n乙。\n";
        assert_eq!(clean(t, &rules()), "甲。\n乙。\n");
        // A paragraph that names a source in passing is text.
        let para = "据原创内容平台1月29日消息，上海市人民政府与中国五矿集团有限公司今天在沪签署战略合作协议。上海市委书记会见中国五矿董事长一行。";
        assert_eq!(clean(para, &rules()), format!("{para}\n"));
    }

    #[test]
    fn table_cells_of_a_row_stay_apart() {
        let text = html_to_text("<table><tr><td>甲方</td><td>上海市第一人民医院</td></tr></table>");
        assert_eq!(text.trim(), "甲方 上海市第一人民医院");
    }

    #[test]
    fn html_blocks_become_lines_and_entities_decode() {
        let t = html_to_text("<html><script>x()</script><p>养和&amp;医院</p><div>乙&#x4e00;</div>");
        assert_eq!(clean(&t, &rules()), "养和&医院\n\n乙一\n");
    }

    #[test]
    fn unclosed_and_deep_html_is_linear() {
        let deep = "<div>".repeat(50_000) + "文本";
        assert!(html_to_text(&deep).contains("文本"));
    }
}
