//! Agreements: who signed what with whom, when, and who took part.
//!
//! A sentence with a signing verb (签署, 签订, 签约 …) and an agreement noun
//! (协议, 备忘录 …) names its parties as organisations joined by 与/和/同/及/携手
//! (`甲与乙签署战略合作协议`); so does one naming none that signs (签约仪式),
//! reaches a cooperation (达成战略合作), makes friendly hospitals (缔结) or
//! enters a partnership (缔结策略伙伴关系, 结成战略合作伙伴关系);
//! `在丙统筹下` names a coordinator. People before a
//! signing verb signed, people between 由 and 见证 (监签, 主礼) witnessed, people between 由
//! and 主持 hosted the ceremony, and fields name them too (见证人：…). `甲分别与乙、丙签订` is one agreement with each,
//! `甲与乙、丙与丁分别签订` one for each pair, and `甲、乙加入…，并与丙签订` one of
//! 甲 and one of 乙 with 丙;
//! signers may be named by office alone (两位院长代表双方签约), and a signing
//! may be stated through its signers (甲副院长张三与乙院长李四签署…) or between
//! 双方; 今日/昨日 date it by the announcement.

use crate::extract::dates::{Date, day_alone, find_dates, with_dateline};
use crate::extract::mentions::{Token, TokenKind, gap};
use crate::extract::orgs::{NOT_PARTIES, Span};
use crate::extract::roles::strip_asides;
use crate::text::script::is_han;
use crate::text::sentences::{ends_with_word, starts_with_word, text_of, with_text};
use regex::Regex;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

static NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:全面)?(?:战略)?(?:医联体|医共体|专科联盟)?(?:合作|共建)?(?:框架)?(?:补充)?(?:协议书|协议|备忘录|意向书|责任书|项目书|合同|合约|协定|MOU|MoU)|(?:全面)?(?:(?:战略|医联体|医共体|专科联盟)?合作|医联体|医共体|专科联盟)(?:签约|签字|签署仪式)",
    )
    .expect("noun regex")
});
/// (签 alone before an English memorandum: 北荣与近畿大学签MOU.)
static SIGN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"签署|签订|签定|续签|会签|签约|缔结|签下|签字|达成|结成|结为|签(?:MOU|MoU)").expect("verb regex")
});
/// A signing verb found in a text: where it stands (bytes) and what it says.
#[derive(Clone, Copy)]
struct Verb<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Verb<'t> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'t str {
        self.text
    }
}

/// The signing verbs of `text`, in order. 会签 (co-signed) is a verb, but
/// 会|签署 is a body's 会 before one (工会签署, 协会签订): the verb is 签署.
fn sign_verbs(text: &str) -> impl Iterator<Item = Verb<'_>> {
    SIGN_VERB.find_iter(text).map(move |m| {
        let after = &text[m.end()..];
        match after.chars().next() {
            Some(c @ ('署' | '订' | '定' | '约' | '字')) if m.as_str() == "会签" => {
                let (start, end) = (m.start() + '会'.len_utf8(), m.end() + c.len_utf8());
                Verb { start, end, text: &text[start..end] }
            }
            _ => Verb { start: m.start(), end: m.end(), text: m.as_str() },
        }
    })
}
/// A partnership entered, named without a document (甲与乙缔结策略伙伴关系,
/// 结成战略合作伙伴关系).
static PARTNERSHIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:了)?((?:全面)?(?:战略|策略)?(?:合作)?伙伴关系)(?:$|[,，。;；])").expect("partnership regex")
});
/// A cooperation reached, named without a document (甲与乙达成战略合作).
static REACHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:了)?((?:全面)?(?:战略)?合作(?:伙伴关系)?)(?:$|[,，。;；])").expect("reached regex")
});
/// Bodies under whose witness a signing took place (在甲、乙领导见证下): no
/// sides of it.
static WITNESSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在([^,，。;；]{2,40}?)(?:的)?(?:有关)?(?:领导|负责人)?(?:的)?(?:共同)?见证下")
        .expect("witnessing regex")
});
/// A list ended by 等 and a count of its kind before the connector (甲等7家
/// 民航单位|与|乙), or a body and those it counts (甲大学及七所附属医院|与|乙):
/// one side.
static COUNTED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:等|及|以及|和)[0-9一二三四五六七八九十两]+(?:家|个|所)\p{Han}{0,8}(?:与|和|同)$")
        .expect("counted list regex")
});
static COORDINATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在([^,，。;；]{2,40}?)(?:的)?(?:统筹|协调|统一协调|牵头|指导|推动|促成)下").expect("coord regex")
});
/// Signers named by their office only: 两位院长代表双方签约, 双方院长签署,
/// 三家医院院长共同签署 (the office is the capture).
static SIGNERS_BY_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:两位|双方|三方|各方|[两三四五六七八九十]家(?:医院|单位|机构)?)(?:的)?(\p{Han}{2,4}?)(?:分别|共同|一同)?(?:代表(?:双方|三方|各方|各自单位|各自医院))?(?:在协议上)?(?:签署|签订|签约|签字)",
    )
    .expect("signers by office regex")
});

/// The office of the signers a sentence names by it alone (两位|院长|代表双方签约).
pub fn signers_by_office(text: &str) -> Option<&str> {
    if !text.contains('签') {
        return None;
    }
    let c = SIGNERS_BY_OFFICE.captures(text)?;
    let (whole, office) = (c.get(0)?, c.get(1)?.as_str());
    // 两位院长出席签约仪式: they attended a signing, they did not sign.
    let attended = ["出席", "参加", "见证", "观看"].iter().any(|a| office.contains(a));
    (!attended && !text[whole.end()..].starts_with("仪式")).then_some(office)
}

/// A time said between a party and its connector (甲|于2024年7月1日|与乙).
static WHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[于在]?(?:[0-9〇零一二三四五六七八九十]{2,4}年)?(?:[0-9一二三四五六七八九十]{1,3}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚间)?$")
        .expect("when regex")
});
/// Witnessing, officiating as a guest (担任主礼嘉宾) and witnessing the
/// signatures (由…监签), the last two Hong Kong and Macau usage.
static WITNESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"见证|主礼|监签|证签").expect("witness regex"));
static HOST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"主持").expect("host regex"));
/// Acts that close what a person did before them (主持, 致辞): a witness list
/// starts after the last of them.
static OTHER_ACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"主持|致辞|讲话|发言|表示|签署|签订").expect("act regex"));

/// An agreement as one sentence states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementMention {
    pub parties: BTreeSet<usize>,
    pub date: Option<Date>,
    pub title: String,
    pub coordinated_by: BTreeSet<usize>,
}

/// Does what follows 签约 end the signing (the clause ends, its ceremony or
/// event, 签约活动, or another event held with it: 签约暨揭牌仪式, 签约揭牌仪式)?
fn ends_signing(after: &str) -> bool {
    if let Some(rest) = after_plaque(after) {
        return ends_signing(rest);
    }
    after.is_empty()
        || ["仪式", "活动", "大会"].iter().any(|n| after.starts_with(n))
        || after.starts_with("暨")
        || after.starts_with(|c: char| ",.;:!?，。；：！？ ".contains(c))
}

/// What follows a plaque unveiled or given with the signing, named right
/// after it, alone or listed with it (签约|揭牌仪式, 签约|、揭牌仪式,
/// 签约|与授牌仪式), if one is.
fn after_plaque(after: &str) -> Option<&str> {
    let after = after.strip_prefix(['、', '与', '及', '和']).unwrap_or(after);
    after.strip_prefix("揭牌").or_else(|| after.strip_prefix("授牌"))
}

/// Char offset of a byte offset in `text`.
fn char_pos(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Does the text before a signing verb say it was attended or witnessed
/// (甲、乙负责人参加|签约仪式, 等出席|签约, 参加|合作|签约仪式, 共同见证了|签约仪式)?
/// Then it is no signing, and those named before signed nothing.
fn attends(before: &str) -> bool {
    const ACTS: [(char, char); 6] =
        [('参', '加'), ('出', '席'), ('参', '与'), ('观', '摩'), ('莅', '临'), ('见', '证')];
    // The last chars, last first: up to eight naming the signing, the 了s
    // after the act, and the act's two.
    let mut tail = ['\0'; 16];
    let mut n = 0;
    for c in before.chars().rev().take(tail.len()) {
        tail[n] = c;
        n += 1;
    }
    // (Up to eight chars naming the signing may stand between: 出席|战略合作|签约仪式.)
    for k in 0..=8.min(n) {
        let mut j = k;
        while j < n && tail[j] == '了' {
            j += 1;
        }
        if j + 1 < n && ACTS.contains(&(tail[j + 1], tail[j])) {
            return true;
        }
        if k == n || !is_naming_char(tail[k]) {
            return false;
        }
    }
    false
}

/// Whether the signing word at `start..end` (bytes) is spoken about: its
/// clause opens the topic with 就 before it and speaks after it (就此次…合作签约
/// 、揭牌…的意义作了讲话), or it is what one turns to (向, 对) to voice
/// something right after it (代表市委、市政府向协议的顺利签署|表示祝贺).
fn spoken_of(text: &str, start: usize, end: usize) -> bool {
    const MARKS: [char; 8] = [',', '，', '。', ';', '；', ':', '：', '!'];
    let after = &text[end..];
    let topic = |word: char| text[..start].rfind(word).is_some_and(|p| !text[p..start].contains(MARKS));
    // (The cheap tests first: most verbs have no 表示 right after them, and
    // most texts no 就 before a verb.)
    if after.starts_with("表示") && (topic('向') || topic('对')) {
        return true;
    }
    if !topic('就') {
        return false;
    }
    let rest = &after[..after.find(MARKS).unwrap_or(after.len())];
    ["讲话", "发言", "致辞", "表示", "交流", "介绍"].iter().any(|w| rest.contains(w))
}

/// The signing a sentence states, if any: where its verb and what is signed
/// stand (chars), and what is signed: the document noun, with the words
/// naming it between the verb and the noun (签署|合作办医|协议, 签订了《共建
/// 区域医疗中心|协议》).
fn signing(text: &str) -> Option<(usize, usize, Cow<'_, str>)> {
    let mut verbs =
        sign_verbs(text).filter(|v| !attends(&text[..v.start()]) && !spoken_of(text, v.start(), v.end())).peekable();
    verbs.peek()?;
    let Some(n) = NOUN.find_iter(text).max_by_key(|m| m.as_str().chars().count()) else {
        // No document named: the first verb that signs something anyway.
        return verbs.find_map(|verb| unnamed_signing(text, verb));
    };
    // 达成 reaches the document only right before it (达成战略合作协议; not
    // 双方就协议内容达成共识).
    let reaches = |v: &Verb| {
        text.get(v.end()..n.start()).is_some_and(|b| document_words(past_slogan(b.trim_start_matches('了'))))
    };
    let verb = verbs.find(|v| !matches!(v.as_str(), "达成" | "结成") || reaches(v))?;
    let verb_pos = char_pos(text, verb.start());
    let named = text[verb.end()..n.start().max(verb.end())]
        .trim_start_matches(['了', '《', '“', '「'])
        .trim_end_matches(['》', '”', '」']);
    let named = QUANTITY.iter().find_map(|q| named.strip_prefix(q)).unwrap_or(named);
    // (Nor is the sum it gives: 签署3亿捐赠协议, 签订5000万元投资合同.)
    let named = AMOUNT.find(named).map_or(named, |m| &named[m.end()..]);
    let named = if n.start() > verb.end() { named } else { signed_on(text, n.start(), n.end()) };
    let title = if !named.is_empty() && document_words(named) {
        Cow::Owned(format!("{named}{}", n.as_str()))
    } else {
        Cow::Borrowed(n.as_str())
    };
    Some((verb_pos, char_pos(text, n.start()), title))
}

/// A signing whose verb names no document: 甲与乙签约(仪式), 甲与乙达成战略合作,
/// 缔结友好医院.
fn unnamed_signing<'t>(text: &'t str, verb: Verb<'t>) -> Option<(usize, usize, Cow<'t, str>)> {
    let verb_pos = char_pos(text, verb.start());
    let after = &text[verb.end()..];
    match verb.as_str() {
        // 甲与乙签约, 甲与乙签约仪式举行: a signing that names no document
        // signs a cooperation agreement.
        "签约" if ends_signing(after) => Some((verb_pos, verb_pos, Cow::Borrowed("合作签约"))),
        // 甲与乙达成战略合作: a cooperation agreed, its agreement named after it
        // (a partnership by its own name).
        "达成" => {
            let reached = REACHED.captures(after)?.get(1)?.as_str();
            let title = if reached.ends_with("关系") { reached.to_string() } else { format!("{reached}协议") };
            Some((verb_pos, verb_pos, Cow::Owned(title)))
        }
        // 缔结友好医院, 友好医院缔结仪式, 结为“姊妹机场”: two bodies become
        // friendly (sister) hospitals; the document is their agreement.
        "缔结" | "结为" => {
            // (Friendly chambers and associations too: 缔结友好合作商会.)
            let tie = |s: &str| -> Option<usize> {
                let rest = s.strip_prefix("友好").or_else(|| s.strip_prefix("姊妹"))?;
                let rest = rest.strip_prefix("合作").unwrap_or(rest);
                let kind = ["医院", "商会", "协会", "学会", "学校", "城市", "机场", "博物馆", "图书馆", "大学", "港口"]
                    .into_iter()
                    .find(|k| rest.starts_with(k))?;
                Some(s.len() - rest.len() + kind.len())
            };
            let ahead = after.trim_start_matches(['为', '“', '「', '"']);
            let sister = tie(ahead).map(|n| &ahead[..n]).or_else(|| {
                let before = &text[..verb.start()];
                before.char_indices().map(|(b, _)| &before[b..]).find(|t| tie(t) == Some(t.len()))
            });
            match sister {
                Some(k) => Some((verb_pos, verb_pos, Cow::Owned(format!("{k}协议")))),
                None if verb.as_str() == "结为" => None,
                None if ends_signing(after) => Some((verb_pos, verb_pos, Cow::Borrowed("合作签约"))),
                None => partnership(after).map(|p| (verb_pos, verb_pos, Cow::Owned(p))),
            }
        }
        "结成" => partnership(after).map(|p| (verb_pos, verb_pos, Cow::Owned(p))),
        _ => None,
    }
}

/// The partnership named right after 缔结 or 结成 (策略伙伴关系, 战略合作伙伴关系).
fn partnership(after: &str) -> Option<String> {
    Some(PARTNERSHIP.captures(after)?.get(1)?.as_str().to_string())
}

/// The words naming a document signed on after it is named: 在|友好医院|协议书
/// 上签字, 进行了|文学|合作协议签字 (empty unless the noun at `start..end`
/// stands between 在 and 上, or after 进行 right before the verb).
fn signed_on(text: &str, start: usize, end: usize) -> &str {
    let before = &text[..start];
    if ["签字", "签署", "签约"].iter().any(|v| text[end..].starts_with(v))
        && let Some(b) = before.rfind("进行")
    {
        let named = before[b + "进行".len()..].trim_start_matches('了');
        return if named.chars().all(is_naming_char) { named } else { "" };
    }
    if !text[end..].starts_with('上') {
        return "";
    }
    let from = before.char_indices().rev().find(|&(_, c)| !is_naming_char(c));
    // (The sides' words name no document: 在双方|战略合作框架协议书上签字.)
    match from {
        Some((i, '在')) => {
            let named = &before[i + '在'.len_utf8()..];
            ["双方", "三方", "各方"].iter().find_map(|w| named.strip_prefix(w)).unwrap_or(named)
        }
        _ => "",
    }
}

/// Words of time or manner between a side and its connector (甲还与乙, 甲去年与乙).
const TIME_ADVERBS: [&str; 11] = ["还", "也", "又", "亦", "曾", "去年", "今年", "前年", "近日", "日前", "此前"];

/// How many documents were signed (签署了|一份|协议): no part of the name.
/// (Nor is the round it opens: 签署|新一轮|合作协议.)
const QUANTITY: [&str; 8] = ["一份", "一项", "一系列", "多项", "两份", "三份", "新一轮", "新一期"];

/// A sum opening the words naming a document (3亿, 5000万元, 叁亿元, 200万美元).
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9.]+|[一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟]+)(?:亿|万|千万|百万)(?:元|美元|港币|港元)?|^[0-9.]+(?:元|美元|港币|港元)")
        .expect("amount regex")
});

/// Chars of the words naming a document: Han, but no connector or
/// preposition (签署|与乙的|协议 names no document).
fn is_naming_char(c: char) -> bool {
    is_han(c) && !"与和及同的在于并将就等".contains(c)
}

/// What follows a slogan in quotes opening the words after a verb (达成|“刊社
/// 一体、资源共享”|合作协议): the document is named after it. A slogan is
/// sixteen chars at most; any other text is returned whole.
fn past_slogan(words: &str) -> &str {
    let Some(rest) = words.strip_prefix('“') else { return words };
    match rest.char_indices().take(17).find(|&(_, c)| c == '”') {
        Some((at, _)) => &rest[at + '”'.len_utf8()..],
        None => words,
    }
}

/// Are these the words naming a document signed, between the verb and its
/// noun (签署|合作办医|协议): ten naming chars at most?
fn document_words(words: &str) -> bool {
    words.chars().count() <= 10 && words.chars().all(is_naming_char)
}

/// Whether a verb that signs only what it reaches (达成, 结成) reaches an
/// agreement: a document or a cooperation within ten naming chars after it
/// (达成战略合作协议, 达成全面合作, 结成伙伴关系; not 达成系列合作共识).
/// Other verbs sign by themselves.
fn reaches_agreement(text: &str, verb: &Verb) -> bool {
    if !matches!(verb.text, "达成" | "结成") {
        return true;
    }
    let after = past_slogan(text[verb.end()..].trim_start_matches('了'));
    if REACHED.is_match(after) || PARTNERSHIP.is_match(after) {
        return true;
    }
    NOUN.find(after).is_some_and(|n| document_words(&after[..n.start()]))
}

/// Does a sentence state a signing (a signing verb and what is signed)?
pub fn states_signing(text: &str) -> bool {
    signing(text).is_some()
}

/// Reads the agreements a sentence states between named parties: one, or
/// one for each party a body signed with respectively (甲分别与乙、丙签订…,
/// 甲与乙、丙分别签订…: 甲 with 乙 and 甲 with 丙).
///
/// A sentence of several such clauses (仪式上，甲与乙签署…协议，丙与丁签署…协议)
/// states one agreement in each, on the date the first gives.
pub fn read_agreement(text: &str, w: &[char], tokens: &[Token], dateline: Option<Date>) -> Vec<AgreementMention> {
    let clauses = signing_clauses(text, w, tokens);
    if clauses.len() < 2 {
        // One signing in a clause of its own chain after another chain's
        // clause (这是甲与乙建立关系的一步，也是甲去年与丙签署…协议后的…):
        // that clause's chain signed, not the first.
        // (A date before the clause dates it: 3月5日，甲与乙座谈，丙与丁签署….)
        let read_dated = |(start, end): (usize, usize)| {
            let before =
                find_dates(&text[..byte_at(text, start)]).into_iter().last().map(|(_, d)| with_dateline(d, dateline));
            let mut read = read_within(text, w, tokens, (start, end), dateline);
            for a in &mut read {
                a.date = a.date.or(before);
            }
            read
        };
        if let Some(clause) = signing_chain_clause(text, w, tokens) {
            return read_dated(clause);
        }
        let read = read_clause(text, w, tokens, dateline);
        // Read as a whole, the sentence may take a signing word before the
        // parties for its act (a caption run into the text: 签约仪式(来源:…)…,
        // 甲与乙举行…签约仪式): then the one clause joining two bodies that
        // signs is read alone.
        if let ([], [clause]) = (&read[..], &clauses[..]) {
            return read_dated(*clause);
        }
        return read;
    }
    let mut out: Vec<AgreementMention> = Vec::new();
    for (k, &(start, end)) in clauses.iter().enumerate() {
        // (The first clause keeps what opens the sentence: its date.)
        let start = if k == 0 { 0 } else { start };
        let first_date = out.first().and_then(|a| a.date);
        for mut a in read_within(text, w, tokens, (start, end), dateline) {
            a.date = a.date.or(first_date);
            out.push(a);
        }
    }
    out
}

/// Where char `c` of `text` starts (its length past the end).
fn byte_at(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// The agreements the clause at chars `start..end` of a sentence states, read
/// as a sentence of its own.
fn read_within(
    text: &str,
    w: &[char],
    tokens: &[Token],
    (start, end): (usize, usize),
    dateline: Option<Date>,
) -> Vec<AgreementMention> {
    let inside: Vec<Token> = tokens
        .iter()
        .filter(|t| t.span.start >= start && t.span.end <= end)
        .map(|t| Token { kind: t.kind.clone(), span: Span { start: t.span.start - start, end: t.span.end - start } })
        .collect();
    read_clause(&text[byte_at(text, start)..byte_at(text, end)], &w[start..end], &inside, dateline)
}

/// The clauses (char ranges between commas or semicolons) of a sentence that
/// each state a signing between two bodies joined by a connector (甲与乙签署…).
fn signing_clauses(text: &str, w: &[char], tokens: &[Token]) -> Vec<(usize, usize)> {
    // (Cheap test first: two signing verbs.)
    if sign_verbs(text).nth(1).is_none() {
        return Vec::new();
    }
    let orgs = orgs_of(tokens);
    // (Two of them joined by a connector: 甲、乙|与|丙签订…; or by an adverb
    // and a connector, 甲|还与|丙签署….)
    let connector = |g: &[char]| {
        let from = g.iter().position(|c| !c.is_whitespace()).unwrap_or(g.len());
        let to = g.iter().rposition(|c| !c.is_whitespace()).map_or(from, |e| e + 1);
        match &g[from..to] {
            ['与' | '和' | '同'] => true,
            [adverb @ .., '与' | '和' | '同'] => with_text(adverb, |a| TIME_ADVERBS.contains(&a)),
            _ => false,
        }
    };
    clauses(w)
        .filter(|&clause| joined_in(w, &orgs, clause, connector) && signing(&text_of(&w[clause.0..clause.1])).is_some())
        .collect()
}

/// The sentence's bodies, in order.
fn orgs_of(tokens: &[Token]) -> Vec<&Token> {
    tokens.iter().filter(|t| matches!(t.kind, TokenKind::Org(_))).collect()
}

/// Do two different bodies stand next to each other inside the clause
/// `start..end`, with what `joins` takes between them (甲|与|乙)?
fn joined_in(w: &[char], orgs: &[&Token], (start, end): (usize, usize), joins: impl Fn(&[char]) -> bool) -> bool {
    orgs.windows(2).any(|p| {
        p[0].span.start >= start
            && p[1].span.end <= end
            && matches!(p[0].kind, TokenKind::Org(a) if !matches!(p[1].kind, TokenKind::Org(b) if b == a))
            && joins(w.get(p[0].span.end..p[1].span.start).unwrap_or_default())
    })
}

/// The one clause of a sentence that states a signing by a chain of its own
/// (甲与丙签署…), when the first clause joining bodies (甲与乙…) states
/// none.
fn signing_chain_clause(text: &str, w: &[char], tokens: &[Token]) -> Option<(usize, usize)> {
    // (Cheap tests first: two connectors and a clause break.)
    text.matches(['与', '和', '同']).nth(1)?;
    if !text.contains([',', ';']) {
        return None;
    }
    let orgs = orgs_of(tokens);
    // (A time may stand before the connector: 甲去年与乙.)
    let connector =
        |g: &[char]| matches!(g.last(), Some('与' | '和' | '同')) && g.len() <= 3 && g.iter().all(|&c| is_han(c));
    let mut with_chains = clauses(w).filter(|&clause| joined_in(w, &orgs, clause, connector));
    let first = with_chains.next()?;
    // (The first chain's clause holds no signing verb.)
    if sign_verbs(text).map(|m| char_pos(text, m.start())).any(|v| (first.0..first.1).contains(&v)) {
        return None;
    }
    let last = with_chains.last()?;
    signing(&text_of(&w[last.0..last.1])).is_some().then_some(last)
}

/// The clauses of a sentence (working form), as char ranges between its
/// commas and semicolons.
pub fn clauses(w: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    (0..=w.len()).filter(|&i| i == w.len() || matches!(w[i], ',' | ';')).map(move |end| {
        let clause = (start, end);
        start = end + 1;
        clause
    })
}

/// The body opening a clause and the one after a connector opening the next
/// clause, before the act, with no body between (甲医院积极对接省内最顶级的医疗
/// 资源,|与|乙医院|达成医联体合作协议): the two sides, with their tokens.
fn carried_subject<'t>(
    w: &[char],
    tokens: &[Token],
    orgs: &[&'t Token],
    act_pos: usize,
) -> Option<[(usize, &'t Token); 2]> {
    // (The working form writes commas as ',': ，与 is ,与; ，并与 too.)
    let opens_clause = |p: usize| p > 0 && w[p - 1] == ',' || p > 1 && w[p - 1] == '并' && w[p - 2] == ',';
    let b = orgs.iter().find(|t| {
        t.span.end <= act_pos
            && last_written(w, t.span.start).is_some_and(|p| matches!(w[p], '与' | '同' | '和') && opens_clause(p))
    })?;
    let comma = w[..b.span.start].iter().rposition(|&c| c == ',')?;
    let clause = w[..comma].iter().rposition(|&c| matches!(c, ',' | '。' | ';')).map_or(0, |p| p + 1);
    let a = match orgs.iter().find(|t| t.span.start == clause) {
        Some(a) => a,
        // (Or, further back, one whose officer led others out: 甲主席张三率…,
        // 赴…,并与乙签订….)
        None => orgs.iter().rev().filter(|t| t.span.end <= clause).find(|t| led_out_by(w, tokens, t).is_some())?,
    };
    // (Bodies between are the first clause's objects when its subject is the
    // first body's officer: 甲馆副馆长宁一出席乙大学丙学院成立大会，并与乙大学签署….)
    let officer = || {
        let mut at = a.span.end;
        let mut person = false;
        for t in tokens.iter().filter(|t| t.span.start >= a.span.end) {
            // (An aside in brackets may stand between: 副馆长(主持工作)宁一.)
            let gap = &w[at..t.span.start];
            let aside = gap.len() <= 8 && gap.first() == Some(&'(') && gap.last() == Some(&')');
            if !gap.is_empty() && !aside || !matches!(t.kind, TokenKind::Title { .. } | TokenKind::Person(_)) {
                break;
            }
            person |= matches!(t.kind, TokenKind::Person(_));
            at = t.span.end;
        }
        person
    };
    let between = orgs.iter().any(|t| t.span.start > a.span.start && t.span.start < b.span.start) && !officer();
    let (TokenKind::Org(ia), TokenKind::Org(ib)) = (&a.kind, &b.kind) else { return None };
    (!between && ia != ib).then_some([(*ia, *a), (*ib, *b)])
}

/// Where the word ends by which the officer of `body`, opening a clause, leads
/// others out (,甲主席张三率|…), if one does.
fn led_out_by(w: &[char], tokens: &[Token], body: &Token) -> Option<usize> {
    let opens = body.span.start == 0 || matches!(w[body.span.start - 1], ',' | '。' | ';');
    let person = leader_after(w, tokens, body.span.end).filter(|_| opens)?;
    Some(person + leads_out_at(w, person)?)
}

/// Where the person ends whose titles (and name) follow a body ending at `at`
/// and who leads others out (甲|党组书记、主席张三|率…), if one does.
fn leader_after(w: &[char], tokens: &[Token], at: usize) -> Option<usize> {
    let mut end = at;
    let mut person = None;
    // (A body's empty token, standing for the one body a bare title names,
    // is no token between.)
    for t in tokens.iter().filter(|t| t.span.start >= at && t.span.end > t.span.start) {
        // (Titles are listed with 、, an organ of the body's may open one:
        // 党工委书记、管委会|主任.)
        let gap = &w[end..t.span.start];
        let listed = gap.first() == Some(&'、') && gap.len() <= 4 && gap[1..].iter().all(|&c| is_han(c));
        if !(gap.is_empty() || listed) || !matches!(t.kind, TokenKind::Title { .. } | TokenKind::Person(_)) {
            break;
        }
        if matches!(t.kind, TokenKind::Person(_)) {
            person = Some(t.span.end);
        }
        end = t.span.end;
    }
    person.filter(|&p| p == end && leads_out_at(w, p).is_some())
}

/// The words of a visit (赴, 前往, 走访…): the body named right after, or a
/// place then it, is the one visited.
const VISITS: [&str; 7] = ["赴", "到", "前往", "来到", "走访", "访问", "莅临"];

/// The length of a word of a visit standing at `at`, if one does.
fn visit_at(w: &[char], at: usize) -> Option<usize> {
    word_at(&VISITS, w, at)
}

/// A body whose officer leads a party out to another body, in the clause
/// before the act (甲主任张三率队赴|北京|乙开展对口合作,并签署…协议): the two
/// sides. The other must be the only body between the visit and the act, and
/// the act must open a clause of its own (,并签署), so the sentence states no
/// other side.
fn visited<'t>(w: &[char], tokens: &[Token], orgs: &[&'t Token], act_pos: usize) -> Option<[(usize, &'t Token); 2]> {
    let (k, a, lead) = orgs.iter().enumerate().find_map(|(k, t)| Some((k, t, led_out_by(w, tokens, t)?)))?;
    let clause_end = w[lead..].iter().position(|&c| matches!(c, ',' | '。' | ';')).map_or(w.len(), |p| lead + p);
    let visit = (lead..clause_end).find_map(|p| visit_at(w, p).map(|n| p + n))?;
    let b = orgs.get(k + 1)?;
    let before = w.get(visit..b.span.start)?;
    // (Or the act joined to what was done there by 并, in the same clause:
    // 率队赴乙座谈并签订….)
    let act_clause = w[..act_pos].iter().rposition(|&c| c == ',');
    let joined_act = act_pos > b.span.end && act_pos < clause_end && w[b.span.end..act_pos].contains(&'并');
    let ok = before.len() <= 4
        && before.iter().all(|&c| is_han(c))
        && b.span.end <= clause_end
        && (act_clause.is_some_and(|c| c >= clause_end) || joined_act)
        && orgs.get(k + 2).is_none_or(|n| n.span.start > act_pos);
    let (TokenKind::Org(ia), TokenKind::Org(ib)) = (&a.kind, &b.kind) else { return None };
    (ok && ia != ib).then_some([(*ia, *a), (*ib, *b)])
}

/// Where the last char before `at` that is no space stands.
fn last_written(w: &[char], at: usize) -> Option<usize> {
    w[..at].iter().rposition(|c| !c.is_whitespace())
}

/// The agreements one clause (or sentence) states.
fn read_clause(text: &str, w: &[char], tokens: &[Token], dateline: Option<Date>) -> Vec<AgreementMention> {
    let Some((verb_pos, noun_pos, noun)) = signing(text) else {
        return Vec::new();
    };
    let act_pos = verb_pos.max(noun_pos);
    let coordinated = bodies_named_in(&COORDINATION, text, tokens);
    // (Bodies witnessing it are no sides: 在甲、乙领导见证下，丙与丁签订….)
    // (The words are looked for first: the search is dearer.)
    let witnessing =
        if text.contains("见证下") { bodies_named_in(&WITNESSING, text, tokens) } else { BTreeSet::new() };
    // The first chain of organisations joined by a connector, before the act.
    // No link of the chain: a short form restated in brackets (甲大学(甲大)、
    // 乙大学), nor a description whose bodies a bracket lists (三所本地大学(乙、丙)).
    let aside: Vec<bool> = (0..tokens.len())
        .map(|i| {
            let t = &tokens[i];
            let restated = i > 0 && restated_in_brackets(w, &tokens[i - 1], t);
            let listed_after = tokens.get(i + 1).is_some_and(|n| {
                matches!((&t.kind, &n.kind), (TokenKind::Org(a), TokenKind::Org(b)) if a != b)
                    && w.get(t.span.end) == Some(&'(')
                    && n.span.start == t.span.end + 1
                    && w.get(n.span.end) != Some(&')')
            });
            restated || listed_after || owns_next(w, tokens, i) || led_along(w, tokens, i)
        })
        .collect();
    let orgs: Vec<&Token> = tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| matches!(t.kind, TokenKind::Org(_)) && !aside[i])
        .map(|(_, t)| t)
        .collect();
    let mut parties: Vec<usize> = Vec::new();
    // The chain opens 甲分别与: 甲 signed with each of the others.
    let mut respectively = false;
    // The chain opens 甲与乙 (not 甲、乙), and where it ends.
    let mut paired_first = false;
    let mut chain_end = 0;
    // What joins each party of the chain to the one before it: a connector
    // (与/和/同), 、, or another word.
    let mut joins: Vec<Join> = Vec::new();
    // The body a list signed with, each of it apart (甲、乙分别与|丙|签署).
    let mut each_with: Option<usize> = None;
    // Where the chain's first body stands.
    let mut first_start = 0;
    // Bodies after the verb are the parties only right after it (签署了|甲与乙
    // 的协议, 签订《甲、乙合作协议》); after an act's words they are what is
    // signed about (签署|合作共建|甲医院和乙医院|协议书).
    let topic_after_verb = |start: usize| {
        let Some(between) = w.get(verb_pos + 2..start) else { return false };
        let between = between.iter().skip_while(|c| matches!(c, '了' | '《' | '“' | '「' | '"'));
        let mut rest: Vec<char> = between.copied().collect();
        if let Some(p) = rest.iter().position(|&c| c == '份').filter(|&p| p <= 2) {
            rest.drain(..=p);
        }
        // (The body may be quoted: 签署共建“|甲学院”合作协议书.)
        while rest.last().is_some_and(|c| matches!(c, '“' | '「' | '"' | '《')) {
            rest.pop();
        }
        // (A clause between opens anew: 签约仪式上,|甲与乙签署….)
        !rest.is_empty() && rest != ['与'] && rest != ['和'] && rest.iter().all(|&c| is_han(c))
    };
    // 甲、乙分别与丙、丁签署: the two lists pair off, each with its own.
    let mut pairwise: Option<Vec<usize>> = None;
    for (k, pair) in orgs.windows(2).enumerate() {
        let (a, b) = (pair[0], pair[1]);
        if b.span.start > act_pos || parties.is_empty() && a.span.start > verb_pos && topic_after_verb(a.span.start) {
            break;
        }
        let between = tokens
            .iter()
            .enumerate()
            .any(|(i, t)| t.span.start >= a.span.end && t.span.end <= b.span.start && !aside[i]);
        // 甲院长张三(教授)与乙签署…: the first body's officer, then the
        // connector, joins the first body to the other (named alone, not
        // with an officer of its own).
        let officer = parties.is_empty()
            && between
            && {
                let inside: Vec<&Token> =
                    tokens.iter().filter(|t| t.span.start >= a.span.end && t.span.end <= b.span.start).collect();
                let adjacent = inside.first().is_some_and(|t| t.span.start == a.span.end)
                    && inside.windows(2).all(|p| p[0].span.end == p[1].span.start);
                adjacent
                && inside.iter().any(|t| matches!(t.kind, TokenKind::Person(_)))
                && inside.iter().all(|t| matches!(t.kind, TokenKind::Person(_) | TokenKind::Title { .. }))
                && inside.last().is_some_and(|t| matches!(gap(w, t.span.end, b.span.start).as_str(), "与" | "和" | "同"))
                // (Not an officer of each: 甲院长张三与乙院长李四签署; the
                // other body stands right before the act, or a list of bodies
                // does: 甲会长张三与乙商会、丙商会签订.)
                && b.span.end <= verb_pos
                && {
                    let after: Vec<&Token> =
                        tokens.iter().filter(|t| t.span.start >= b.span.end && t.span.end <= verb_pos).collect();
                    let mut last = b.span.end;
                    after.iter().all(|t| {
                        let listed = matches!(t.kind, TokenKind::Org(_))
                            && matches!(gap(w, last, t.span.start).trim(), "、" | "和" | "及" | "以及");
                        last = t.span.end;
                        listed
                    })
                }
            };
        let between = between && !officer;
        // (Up to a body owning the next, which stands for it: 甲与|乙旗下|丙.)
        // (Cheap test first: 旗 between.)
        let owner = w.get(a.span.end..b.span.start).is_some_and(|g| g.contains(&'旗')).then(|| {
            tokens.iter().enumerate().find(|&(i, t)| {
                aside[i] && t.span.start >= a.span.end && t.span.end <= b.span.start && owns_next(w, tokens, i)
            })
        });
        let owner = owner.flatten();
        let raw = gap(w, a.span.end, owner.map_or(b.span.start, |(_, t)| t.span.start));
        let g = strip_asides(&raw);
        let g = g.trim();
        let g = if officer { &g[g.len() - '与'.len_utf8()..] } else { g };
        // (An adverb may stand before: 甲还分别与乙、丙签署.)
        let respective = TIME_ADVERBS.iter().find_map(|a| g.strip_prefix(a)).unwrap_or(g);
        // (Or a list its signers stood for, then a comma: 张三、李四分别代表甲、
        // 乙,与丙签订…; each of the list signed with 丙.)
        let represented = || {
            !parties.is_empty()
                && matches!(g, ",与" | ",和" | ",同")
                && w[..first_start].ends_with(&['分', '别', '代', '表'])
        };
        let respective = matches!(respective, "分别与" | "分别和" | "分别同") || represented();
        let opens_respectively = parties.is_empty() && respective;
        // (A time, or nothing: WHEN matches the empty gap too.)
        let is_when = |s: &str| NOT_PARTIES.contains(&s) || WHEN.is_match(s);
        // 甲于7月1日与乙, 甲近日与乙: a time before the first connector.
        // (Or an adverb: 甲还与乙.)
        // (Or a place: 甲在杭州与乙, 甲4月14日在京与乙; not an occasion, 公司
        // 在仪式上与…, whose 公司 may be none named.)
        let at_place = |s: &str| {
            s.rfind('在').is_some_and(|p| {
                let place = &s[p + '在'.len_utf8()..];
                (p == 0 || is_when(&s[..p]))
                    && (1..=8).contains(&place.chars().count())
                    && place.chars().all(|c| is_han(c) && c != '在')
                    && !place.ends_with(['上', '中', '下', '里', '内', '前', '后', '时'])
            })
        };
        let timed = parties.is_empty()
            && g.strip_suffix(['与', '和', '同']).is_some_and(|when| {
                !when.is_empty() && (is_when(when) || TIME_ADVERBS.contains(&when) || at_place(when))
            });
        // 甲与三所大学(乙、丙和丁)签署…: the bracket lists the bodies a
        // description after the connector stands for, each 甲's other side.
        let described = parties.is_empty()
            && raw.strip_suffix('(').and_then(|r| r.split_once(['与', '和', '同'])).is_some_and(|(when, what)| {
                is_when(when) && (2..=24).contains(&what.chars().count()) && what.chars().all(is_han)
            });
        // 甲作为民企代表，与乙签署…: what the first is, said between (or
        // with no comma, 我馆作为合作单位和乙签署).
        let as_what = parties.is_empty()
            && g.starts_with("作为")
            && g.chars().count() <= 32
            && g.strip_suffix(['与', '和', '同'])
                .is_some_and(|r| r.ends_with([',', '，']) || r.chars().count() <= 12 && r.chars().all(is_han));
        // 甲在博雅楼501会议室举行与乙…签约仪式: the first holds the signing
        // with the other, where and when it was held said between.
        let held = parties.is_empty()
            && g.strip_suffix(['与', '和', '同'])
                .map(|h| h.trim_end_matches('了'))
                .and_then(|h| h.strip_suffix("举行").or_else(|| h.strip_suffix("举办")))
                .is_some_and(|before| {
                    is_when(before)
                        || at_place(before)
                        || before.starts_with('在')
                            && before.chars().count() <= 16
                            && before.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                });
        // 某某代表甲，与乙签署…: the body a signer stands for, then a comma
        // before the connector, as with none.
        let represented = parties.is_empty()
            && matches!(g, ",与" | "，与" | ",和" | "，和")
            && w[..a.span.start].ends_with(&['代', '表']);
        let timed = timed || as_what || described || held || represented;
        // 甲、乙、丙高新区、丁负责人签署…: a list goes on past a name that is
        // no body found (the chain keeps the ones found).
        let listed_past = !parties.is_empty()
            && g.strip_prefix('、')
                .and_then(|r| r.strip_suffix('、'))
                .is_some_and(|inner| (2..=10).contains(&inner.chars().count()) && inner.chars().all(is_han));
        // 甲、山东省东营市: a province written before a listed city (the
        // city's body is found by the city's name alone).
        let province_before = g.strip_prefix('、').and_then(|p| p.strip_suffix('省')).is_some_and(|p| {
            (2..=3).contains(&p.chars().count()) && p.chars().all(is_han) && b.span.end - b.span.start <= 4
        });
        // 甲 乙 丙 缔结…: a headline's list set out with spaces.
        let spaced = !raw.is_empty() && raw.chars().all(|c| c == ' ' || c == '\u{3000}');
        // 甲与校董单位乙签署…: what the second is, said after the connector.
        let described_after = g
            .strip_prefix(['与', '和', '同'])
            .is_some_and(|d| d.ends_with("单位") && (3..=6).contains(&d.chars().count()) && d.chars().all(is_han));
        // 甲等7家民航单位与乙签署…: a list counted, then the connector.
        let counted = parties.is_empty() && COUNTED_LIST.is_match(g);
        // 甲携手乙签署…: 携手 joins the two as 与 does.
        let joined = described_after
            || counted
            || opens_respectively
            || timed
            || listed_past
            || province_before
            || spaced
            || matches!(g, "与" | "和" | "同" | "跟" | "及" | "、" | "以及" | "携手");
        let (TokenKind::Org(ia), TokenKind::Org(ib)) = (&a.kind, &b.kind) else {
            continue;
        };
        // 甲、乙、丙分别与丁签署: each of the list with 丁.
        if !parties.is_empty()
            && !paired_first
            && !between
            && respective
            && joins.iter().all(|&j| j == Join::Enumeration)
        {
            each_with = Some(*ib);
            let mut list = vec![*ib];
            for next in orgs[k + 1..].windows(2) {
                let (p, n) = (next[0], next[1]);
                let joined = matches!(gap(w, p.span.end, n.span.start).trim(), "、" | "和" | "及" | "与");
                match n.kind {
                    TokenKind::Org(i) if joined && n.span.start < act_pos && !list.contains(&i) => list.push(i),
                    _ => break,
                }
            }
            if list.len() == parties.len() && list.len() >= 2 {
                pairwise = Some(list);
            }
            break;
        }
        let aside_of_act = |i: &usize| coordinated.contains(i) || witnessing.contains(i);
        if joined && !between && !aside_of_act(ia) && !aside_of_act(ib) {
            if parties.is_empty() {
                first_start = a.span.start;
                parties.push(*ia);
                respectively = opens_respectively || described;
                paired_first = timed || described_after || counted || matches!(g, "与" | "和" | "同" | "携手");
            }
            if !parties.contains(ib) {
                parties.push(*ib);
                joins.push(match g {
                    "与" | "和" | "同" | "携手" => Join::Connector,
                    // (甲也与乙、丙、丁: a time or an adverb before the connector.)
                    _ if described_after || counted || timed && !described => Join::Connector,
                    _ if g == "、" || listed_past || province_before || spaced => Join::Enumeration,
                    _ => Join::Other,
                });
            }
            chain_end = b.span.end;
        } else if parties.len() >= 2 && !organized(w, chain_end) && !issued(w, chain_end) {
            break;
        } else {
            parties.clear();
            joins.clear();
        }
    }
    // A subject carried over a comma: a clause opening with a body, then one
    // opening with a connector and the other (甲医院积极对接…，与乙医院达成…协议).
    // Or a party led out to the other, then the act (甲主任张三率队赴乙开展…,
    // 并签署…协议).
    if parties.is_empty()
        && let Some([(ia, a), (ib, b)]) =
            carried_subject(w, tokens, &orgs, act_pos).or_else(|| visited(w, tokens, &orgs, act_pos))
    {
        first_start = a.span.start;
        parties = vec![ia, ib];
        paired_first = true;
        joins.push(Join::Connector);
        chain_end = b.span.end;
    }
    if parties.len() < 2 || organized(w, chain_end) || issued(w, chain_end) {
        return Vec::new();
    }
    // (A chain of delegations attends: 甲、乙政府|一行|出席签约仪式.)
    if w[chain_end..].starts_with(&['一', '行']) {
        return Vec::new();
    }
    // A chain right after a connector with no body found before it (我校|分别与|
    // 甲、乙签署…, 我校并与|甲、乙签订…, where 我校 names no body found) is one
    // side: the other is unknown, and the list signed nothing with itself.
    // (Past items of the list that are no body found: 分别与甲研究院、乙网、|丙…)
    let mut open = first_start;
    while open > 0 && w[open - 1] == '、' {
        let item = w[..open - 1].iter().rev().take_while(|&&c| is_han(c) && !"与和同及跟".contains(c)).take(13).count();
        if item == 0 || item > 12 {
            break;
        }
        open -= item + 1;
    }
    let after_connector = last_written(w, open).is_some_and(|p| matches!(w[p], '与' | '和' | '同' | '跟'));
    let body_before = tokens.iter().any(|t| matches!(t.kind, TokenKind::Org(_)) && t.span.end <= first_start);
    if after_connector && !body_before {
        return Vec::new();
    }
    // 甲与乙、丙分别签订: 分别 between the chain and the act.
    let rest = &w[chain_end.min(act_pos)..act_pos];
    respectively |= parties.len() >= 3 && paired_first && rest.windows(2).any(|p| p == ['分', '别']);
    let (date, title) = date_and_title(text, act_pos, &noun, dateline);
    // 甲与乙|高质量发展|合作协议签约仪式: words right after the parties, before
    // the document named ahead of the act, name it.
    let title = match w.get(chain_end..noun_pos) {
        Some(named) if noun_pos < verb_pos && title == *noun && names_document(named) => {
            format!("{}{title}", text_of(named))
        }
        _ => title,
    };
    let title = named_after_bodies(title, &noun, (w, tokens), (verb_pos, noun_pos));
    // 甲与乙、丙、丁签署…: one body, then a list of three or more after the
    // connector, signed with each of them, unless the document is of many
    // sides (四方协议).
    let hub = paired_first
        && parties.len() >= 4
        && joins.first() == Some(&Join::Connector)
        && joins[1..].iter().all(|&j| j == Join::Enumeration);
    respectively |= hub && !MANY_SIDES.iter().any(|m| title.contains(m));
    // 甲、乙加入…，并与丙签订: a list that did something first, then signed
    // with one body: each of the list with it (all together when the document
    // is of three or more sides: 三方协议).
    let counterpart = (!paired_first && !respectively)
        .then(|| {
            orgs.iter()
                .find(|t| t.span.start >= chain_end && t.span.start < act_pos && then_with(&w[chain_end..t.span.start]))
        })
        .flatten()
        .and_then(|t| match t.kind {
            TokenKind::Org(c) if !parties.contains(&c) => Some(c),
            _ => None,
        });
    if let Some(list) = pairwise {
        let (date, title) = date_and_title(text, act_pos, &noun, dateline);
        return parties
            .iter()
            .zip(list)
            .map(|(&a, b)| AgreementMention {
                parties: BTreeSet::from([a, b]),
                date,
                title: title.clone(),
                coordinated_by: coordinated.clone(),
            })
            .collect();
    }
    if let Some(c) = each_with.filter(|c| !parties.contains(c)) {
        parties.insert(0, c);
        respectively = true;
    } else if let Some(c) = counterpart {
        if MANY_SIDES.iter().any(|m| title.contains(m)) {
            parties.push(c);
        } else {
            parties.insert(0, c);
            respectively = true;
        }
    }
    // 甲与乙、丙与丁分别签订: pairs, each its own agreement.
    let pairs = parties.len() >= 4
        && parties.len().is_multiple_of(2)
        && joins.iter().enumerate().all(|(i, &j)| j == if i % 2 == 0 { Join::Connector } else { Join::Enumeration });
    let groups: Vec<BTreeSet<usize>> = if pairs {
        parties.chunks(2).map(|p| p.iter().copied().collect()).collect()
    } else if respectively {
        parties[1..].iter().map(|&p| BTreeSet::from([parties[0], p])).collect()
    } else {
        vec![parties.into_iter().collect()]
    };
    groups
        .into_iter()
        .map(|parties| AgreementMention { parties, date, title: title.clone(), coordinated_by: coordinated.clone() })
        .collect()
}

/// Does token `i`, a body, own the body right after it (乙|旗下|丙, 乙旗下的丙)?
/// Then that body signs, not its owner.
fn owns_next(w: &[char], tokens: &[Token], i: usize) -> bool {
    let (Some(t), Some(n)) = (tokens.get(i), tokens.get(i + 1)) else { return false };
    matches!((&t.kind, &n.kind), (TokenKind::Org(a), TokenKind::Org(b)) if a != b)
        && matches!(w.get(t.span.end..n.span.start), Some(['旗', '下'] | ['旗', '下', '的']))
}

/// The words by which a body's officer leads others out (张三|率|…, |带领|…).
const LEADS_OUT: [&str; 5] = ["率领", "带领", "率队", "率团", "率"];

/// The length of the first of `words` standing at `at`, if one does.
fn word_at(words: &[&str], w: &[char], at: usize) -> Option<usize> {
    let rest = w.get(at..)?;
    words.iter().find(|v| starts_with_word(rest, v)).map(|v| v.chars().count())
}

/// The length of a word leading others out standing at `at`, if one does.
fn leads_out_at(w: &[char], at: usize) -> Option<usize> {
    word_at(&LEADS_OUT, w, at)
}

/// Is body `i` one of those a person leads out, in the clause after 率 or
/// 带领 (张三率|乙协会、丙学会|等负责人赴…)? Those come along; they are no side
/// of what the leader's own body signs.
fn led_along(w: &[char], tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    if !matches!(t.kind, TokenKind::Org(_)) {
        return false;
    }
    let clause_start = w[..t.span.start].iter().rposition(|&c| matches!(c, ',' | '。' | ';')).map_or(0, |p| p + 1);
    // (Not a team led out, nor the body visited after: 率队|赴乙….)
    let led = |p: &Token| {
        let from = p.span.end;
        let to = from + leads_out_at(w, from)?;
        let team = matches!(w[to - 1], '队' | '团');
        let visit_between = (to..t.span.start).any(|q| visit_at(w, q).is_some());
        (!team && !visit_between).then_some(())
    };
    tokens[..i]
        .iter()
        .rev()
        .take_while(|p| p.span.start >= clause_start)
        .any(|p| matches!(p.kind, TokenKind::Person(_)) && led(p).is_some())
}

/// The bodies named inside the first group of each match of `re` in `text`
/// (在|甲、乙|统筹下: 甲 and 乙).
fn bodies_named_in(re: &Regex, text: &str, tokens: &[Token]) -> BTreeSet<usize> {
    let mut bodies = BTreeSet::new();
    for c in re.captures_iter(text) {
        let Some(g) = c.get(1) else { continue };
        let (s, e) = (char_pos(text, g.start()), char_pos(text, g.end()));
        for t in tokens {
            if let TokenKind::Org(i) = t.kind
                && t.span.start >= s
                && t.span.end <= e
            {
                bodies.insert(i);
            }
        }
    }
    bodies
}

/// Is `t` the body `a` restated in brackets right after it (香港中文大学|(中大))?
fn restated_in_brackets(w: &[char], a: &Token, t: &Token) -> bool {
    t.kind == a.kind
        && t.span.start == a.span.end + 1
        && w.get(a.span.end) == Some(&'(')
        && w.get(t.span.end) == Some(&')')
}

/// Do the bodies of a chain ending at `end` organise an event rather than
/// sign (中共甲区委员会、甲区人民政府|主办的…启动仪式)?
fn organized(w: &[char], end: usize) -> bool {
    const ORGANIZERS: [&str; 5] = ["主办", "承办", "协办", "举办", "指导"];
    let rest = &w[end.min(w.len())..];
    let rest = rest.strip_prefix(&['等']).unwrap_or(rest);
    // (Together: 联合承办, 共同主办; but two bodies holding a signing
    // together, 甲与乙联合举办…签约仪式, sign.)
    let together = [['联', '合'], ['共', '同']].iter().find_map(|a| rest.strip_prefix(a));
    match together {
        Some(rest) => ORGANIZERS[..3].iter().any(|o| starts_with_word(rest, o)),
        None => ORGANIZERS.iter().any(|o| starts_with_word(rest, o)),
    }
}

/// Did the bodies of a chain ending at `end` issue the document named right
/// after them, one that is no agreement (甲、乙|《关于加强…合作的意见》): its
/// authors, not the sides of a signing the sentence states later.
fn issued(w: &[char], end: usize) -> bool {
    let Some(rest) = w.get(end..).and_then(|r| r.strip_prefix(&['《'])) else { return false };
    let Some(close) = rest.iter().position(|&c| c == '》') else { return false };
    !NOUN.is_match(&text_of(&rest[..close]))
}

/// Are the chars between the parties and the document they sign words naming
/// it (高质量发展), not an act or a time (举行, 今日)?
fn names_document(named: &[char]) -> bool {
    const NOT_NAMING: &str = "举召进开签共正今昨日月年时午";
    (2..=8).contains(&named.len()) && named.iter().all(|&c| is_naming_char(c) && !NOT_NAMING.contains(c))
}

/// A document's title with the words naming it in brackets after the
/// bodies its name opens with (签订《徐州工程学院—睢宁县人民政府|校地合作|协议》):
/// one to ten Han chars between the last body and the noun (inside the
/// brackets, 同 and 与 join no bodies: 跨区域协同), where the title is the
/// bare noun.
fn named_after_bodies(title: String, noun: &str, (w, tokens): (&[char], &[Token]), at: (usize, usize)) -> String {
    let (verb_pos, noun_pos) = at;
    if title != noun {
        return title;
    }
    let Some(open) = w.get(verb_pos..noun_pos).and_then(|b| b.iter().position(|&c| c == '《')) else { return title };
    let last = tokens
        .iter()
        // (Up to the document's words: 《甲与乙|合作备忘录》.)
        .filter(|t| matches!(t.kind, TokenKind::Org(_)) && t.span.start > verb_pos + open && t.span.end <= noun_pos)
        .map(|t| t.span.end)
        .max();
    let Some(last) = last else { return title };
    let named = &w[last..noun_pos];
    let named = &named[named.iter().take_while(|c| "—－-–~～ ".contains(**c)).count()..];
    // (的 makes a phrase, no name: …河北铁路建设发展的|战略合作协议; a word
    // quoted inside is the name's: 深港陆路口岸「点对点」快捷协作联系.)
    let quoted = |c: char| "「」“”".contains(c);
    let han = named.iter().filter(|&&c| is_han(c)).count();
    if (1..=20).contains(&han) && named.iter().all(|&c| (is_han(c) || quoted(c)) && c != '的') {
        format!("{}{title}", text_of(named))
    } else {
        title
    }
}

/// What a sentence says was signed, by the document's title (签订《甲—乙
/// 校地合作协议》: 校地合作协议).
pub fn document_signed(text: &str, (w, tokens): (&[char], &[Token])) -> Option<String> {
    // (A signing naming no document, 代表三方签约, names none.)
    let (verb_pos, noun_pos, noun) = signing(text).filter(|&(v, n, _)| n > v)?;
    let (_, title) = date_and_title(text, verb_pos.max(noun_pos), &noun, None);
    Some(named_after_bodies(title, &noun, (w, tokens), (verb_pos, noun_pos)))
}

/// How a party of a chain is joined to the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    Connector,
    Enumeration,
    Other,
}

/// Words of a document of three sides or more.
const MANY_SIDES: [&str; 3] = ["三方", "四方", "多方"];

/// Does the gap after a list of bodies end in a second clause's connector
/// (…加入丙，并与|, 还与, 同时与): what follows is who the list did it with?
fn then_with(gap: &[char]) -> bool {
    const OPENINGS: [&[char]; 7] = [
        &['并', '与'],
        &['并', '同'],
        &['并', '和'],
        &['还', '与'],
        &['同', '时', '与'],
        &['也', '与'],
        &['随', '后', '与'],
    ];
    gap.len() > 2 && OPENINGS.iter().any(|o| gap.ends_with(o))
}

static COUNTED_OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:及|以及|和|与|、)[0-9一二三四五六七八九十两]+(?:家|个|所)\p{Han}{0,8}?(?:共同)?签")
        .expect("counted others regex")
});

/// Does `text` name some sides of a signing and count the others (甲与乙及四家
/// 电信企业签约)? Then its signing is part of one that names them all.
pub fn counts_other_sides(text: &str) -> bool {
    COUNTED_OTHERS.is_match(text)
}

/// Does `text` open after the event the text has just told of (座谈后，双方…,
/// 随后，双方…, 会后，…)?
pub fn follows_event(text: &str) -> bool {
    let Some(head) = text.split([',', '，']).next() else { return false };
    let n = head.chars().count();
    (2..=5).contains(&n) && (head.ends_with('后') || head == "随后") && head.chars().all(is_han)
}

/// Does `text` say its signers stand for the sides (分别代表…, 代表双方…,
/// 代表校税双方…)? Then they are the agreement's signers, whoever else a
/// sentence has come to sign.
pub fn signs_for_the_sides(text: &str) -> bool {
    text.contains("分别代表")
        || text.match_indices("代表").any(|(b, _)| {
            let after: String = text[b + "代表".len()..].chars().take(6).take_while(|&c| is_han(c)).collect();
            names_sides(&after) || after.contains("两方")
        })
}

/// Does `text` speak of the sides of a signing (双方, 三方, 各方)?
pub fn names_sides(text: &str) -> bool {
    ["双方", "三方", "各方"].iter().any(|w| text.contains(w))
}

/// The date of a signing a sentence states between the sides only
/// (3月5日上午，双方在湘雅医院签署战略合作协议): the date nearest before the verb,
/// when 双方 (三方, 各方) stands before it.
pub fn sides_signing_date(text: &str, dateline: Option<Date>) -> Option<Date> {
    if !names_sides(text) {
        return None;
    }
    let (verb_pos, _, _) = signing(text)?;
    let before: String = text.chars().take(verb_pos).collect();
    if !names_sides(&before) {
        return None;
    }
    date_before(text, verb_pos, dateline)
}

/// The date nearest before the verb of the signing a sentence states.
pub fn signing_date(text: &str, dateline: Option<Date>) -> Option<Date> {
    let (verb_pos, _, _) = signing(text)?;
    date_before(text, verb_pos, dateline)
}

/// The date nearest before char `at`, with the dateline's year if it has none.
fn date_before(text: &str, at: usize, dateline: Option<Date>) -> Option<Date> {
    find_dates(text).into_iter().rfind(|(p, _)| *p < at).map(|(_, d)| with_dateline(d, dateline))
}

/// Does the date at char `at` date an earlier meeting the sentence recalls,
/// a clause ending in 时 right after its day (围绕2023年7月5日会见时达成的
/// 共识; not an hour, 9月5日下午3时)?
fn recalled_meeting(text: &str, at: usize) -> bool {
    let rest: Vec<char> = text.chars().skip(at).take(24).collect();
    let Some(day) = rest.iter().take(12).position(|&c| c == '日' || c == '号') else {
        return false;
    };
    let clause = rest[day + 1..].iter().take(7).take_while(|&&c| is_han(c)).collect::<Vec<_>>();
    clause
        .iter()
        .position(|&&c| c == '时')
        .is_some_and(|t| t >= 2 && !"0123456789一二三四五六七八九十点".contains(*clause[t - 1]))
}

/// The date a sentence gives the signing ceremony (签约仪式于2024年10月15日
/// 举行, 10月15日，…签约仪式在甲举行): a date in a sentence naming the ceremony,
/// alone or with another (签约及揭牌仪式, 签约揭牌仪式, 签约、揭牌仪式).
pub fn ceremony_date(text: &str, dateline: Option<Date>) -> Option<Date> {
    let ceremony = ["签约仪式", "签字仪式", "签署仪式", "签约暨", "签约及", "签约活动", "签约大会"]
        .iter()
        .any(|c| text.contains(c))
        || text.match_indices("签约").any(|(at, w)| after_plaque(&text[at + w.len()..]).is_some());
    if !ceremony {
        return None;
    }
    find_dates(text).into_iter().next().map(|(_, d)| with_dateline(d, dateline))
}

/// The date nearest before the act (else the first one stated), and the
/// title of what was signed.
fn date_and_title(text: &str, act_pos: usize, noun: &str, dateline: Option<Date>) -> (Option<Date>, String) {
    let dates = find_dates(text);
    let before = dates.iter().rfind(|&&(p, _)| p < act_pos && !recalled_meeting(text, p));
    // 甲今日与乙签署…: the day the announcement is dated (昨日: the day before).
    let today = || {
        let said: String = text.chars().take(act_pos).collect();
        // (A wire's dateline may have no year: 3月6日电 5日, --03-05.)
        let line = dateline?;
        // (Hong Kong and Taiwan write 今 alone: 今簽署, 今与, 今(20)日.)
        let today_alone = ["今签", "今与", "今于", "今在", "今("].iter().any(|t| said.contains(t));
        if said.contains("今日") || said.contains("今天") || today_alone {
            Some(line)
        } else if said.contains("昨日") || said.contains("昨天") {
            Some(line.day_before())
        } else {
            // 甲与乙3日举行…: a day of the dateline's month, or the month before.
            day_alone(&said).and_then(|day| line.on_day(day))
        }
    };
    // (A day named after the date, before the act, is that date's own
    // neighbour: 2019年04月22日 09:58昨天,甲与乙签署…, a page's stamp, then 昨天.)
    let relative = |at: usize, d: Date| {
        if !text.contains('昨') {
            return d;
        }
        let said: String = text.chars().skip(at).take(act_pos.saturating_sub(at)).collect();
        if said.contains("昨日") || said.contains("昨天") { d.day_before() } else { d }
    };
    let date = match before {
        Some(&(at, d)) => Some(relative(at, with_dateline(d, dateline))),
        None => today().or_else(|| dates.first().map(|(_, d)| with_dateline(*d, dateline))),
    };
    let title = noun.trim_start_matches("全面");
    // A term opening it is no part of its name (为期三年之|合作协议书).
    let title = title
        .strip_prefix("为期")
        .and_then(|rest| rest.char_indices().take(8).find(|(_, c)| matches!(c, '之' | '的')))
        .map_or(title, |(b, c)| &title["为期".len() + b + c.len_utf8()..]);
    // `战略合作签约仪式` (签署仪式) names no document: call it what such
    // ceremonies sign.
    let title = match ["签约", "签字", "签署仪式"].iter().find_map(|v| title.strip_suffix(v)) {
        Some(kind) => format!("{kind}协议"),
        None => title.to_string(),
    };
    (date, title)
}

/// The agreement a sentence states through its signers alone (甲副院长张三与
/// 乙院长李四签署入盟协议): the bodies they sign for are its parties.
pub fn signers_agreement(
    text: &str,
    (w, tokens): (&[char], &[Token]),
    parties: BTreeSet<usize>,
    dateline: Option<Date>,
) -> Option<AgreementMention> {
    let (verb_pos, noun_pos, noun) = signing(text)?;
    let (date, title) = date_and_title(text, verb_pos.max(noun_pos), &noun, dateline);
    let title = named_after_bodies(title, &noun, (w, tokens), (verb_pos, noun_pos));
    (parties.len() >= 2).then(|| AgreementMention { parties, date, title, coordinated_by: BTreeSet::new() })
}

/// The agreement of 双方 who are the two bodies the sentence names before
/// them (甲集团董事长某会见来访的乙集团董事长某一行，双方…并签署战略合作协议):
/// the sides are those two, when the verb follows 双方.
/// Without two there, the document's only two bodies, when given
/// (甲学院院长某一行到乙律师事务所座谈…。最后，双方共同签订了…协议).
pub fn sides_agreement(
    text: &str,
    (w, tokens): (&[char], &[Token]),
    dateline: Option<Date>,
    only_two: Option<[usize; 2]>,
) -> Option<AgreementMention> {
    let (verb_pos, _, _) = signing(text)?;
    // (The 双方 that signs: the last before the verb, 推动双方共同发展，…，双方签署….)
    let verb_byte = text.char_indices().nth(verb_pos).map_or(text.len(), |(b, _)| b);
    let at = char_pos(text, text[..verb_byte].rfind("双方")?);
    let bodies: BTreeSet<usize> = tokens
        .iter()
        .filter(|t| t.span.end <= at)
        .filter_map(|t| match t.kind {
            TokenKind::Org(o) => Some(o),
            _ => None,
        })
        .collect();
    let bodies = match (bodies.len(), only_two) {
        (2, _) => bodies,
        (0, Some(two)) => BTreeSet::from(two),
        _ => return None,
    };
    signers_agreement(text, (w, tokens), bodies, dateline)
}

/// The delegates who signed, listed after this (签署合作备忘录的代表包括…).
static SIGNING_DELEGATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"签(?:署|订|字|约)[^,;:。]{0,12}?的代表(?:包括|为|是|有)").expect("signing delegates regex")
});

/// Does 主持 followed by `after` chair a board's or shareholders' meeting
/// (主持本次会议, 会议由董事长某某主持, in a sentence naming the board), not a
/// signing?
fn board_meeting(text: &str, after: &str) -> bool {
    let meeting = ["本次会议", "会议", "本次董事会", "本次股东大会"].iter().any(|m| after.starts_with(m))
        || text.contains("会议由");
    meeting && ["董事", "股东", "监事"].iter().any(|b| text.contains(b)) && !text.contains("签")
}

/// Events other than a signing that a host may chair.
const EVENTS: [&str; 13] = [
    "论坛",
    "大会",
    "开幕式",
    "研讨会",
    "洽谈会",
    "推介会",
    "博览会",
    "峰会",
    "年会",
    "报告会",
    "座谈会",
    "讲座",
    "交流会",
];

/// Does 主持 followed by `after` chair an event other than a signing, named
/// right after it (李培根主持报告会, 主持了学术座谈会)?
fn hosts_event_named_after(after: &str) -> bool {
    // (What it chairs, to the clause's end: 主持|学术报告会, not 主持|签约仪式.)
    let object: String = after.chars().take_while(|c| !",.;:!?，。；：！？、".contains(*c)).take(20).collect();
    !object.contains('签') && !object.contains("仪式") && EVENTS.iter().any(|e| object.contains(e))
}

/// Does `text` chair a meeting, talks or a meeting of leaders (主持会议,
/// 会谈由某某主持) and state no signing?
pub fn chairs_a_meeting(text: &str) -> bool {
    const MEETINGS: [&str; 3] = ["会议", "会谈", "会晤"];
    let chaired = text.match_indices("主持").any(|(at, m)| {
        let after = &text[at + m.len()..];
        let after = after.strip_prefix('了').unwrap_or(after);
        let before_you = |w: &str| text[..at].match_indices(w).any(|(k, _)| text[k + w.len()..].starts_with('由'));
        MEETINGS.iter().any(|w| after.starts_with(w) || before_you(w))
    });
    chaired && !text.contains('签')
}

/// Does the clause before a host's 主持 name, before its 由, an event other
/// than a signing (“金洽会”由某某主持, 论坛由某某主持), not 签约仪式由某某主持?
fn hosts_other_event(before: &[char]) -> bool {
    let Some(you) = before.iter().rposition(|&c| c == '由') else { return false };
    let start = before[..you].iter().rposition(|c| matches!(c, ',' | ';' | '。' | ':')).map_or(0, |p| p + 1);
    let subject = &before[start..you];
    if subject.contains(&'签') || subject.windows(2).any(|p| p == ['仪', '式']) {
        return false;
    }
    matches!(subject.last(), Some('”' | '」' | '》' | '"')) || EVENTS.iter().any(|e| ends_with_word(subject, e))
}

/// People who signed, witnessed or hosted, as the sentence states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Participation {
    pub signed: Vec<String>,
    pub witnessed: Vec<String>,
    pub hosted: Vec<String>,
}

/// Reads who signed, witnessed and hosted in one sentence.
pub fn read_participation(text: &str, tokens: &[Token]) -> Participation {
    let mut p = Participation::default();
    let chars: Vec<char> = text.chars().collect();
    let people_in = |s: usize, e: usize| -> Vec<String> {
        tokens
            .iter()
            .filter(|t| t.span.start >= s && t.span.end <= e)
            .filter_map(|t| match &t.kind {
                TokenKind::Person(n) => Some(n.clone()),
                _ => None,
            })
            .collect()
    };
    // A field listing them (见证人：…, 主持人：…, 签约代表：…).
    if let Some((field, _)) = text.split_once(':') {
        let list = match field.trim() {
            "见证人" | "见证嘉宾" | "见证领导" | "监签人" => Some(&mut p.witnessed),
            "主持人" | "主持" => Some(&mut p.hosted),
            "签约人" | "签字人" | "签约代表" | "签字代表" => Some(&mut p.signed),
            _ => None,
        };
        if let Some(list) = list {
            *list = people_in(0, chars.len());
            return p;
        }
    }
    // 签署合作备忘录的代表包括甲、乙及丙: those listed signed.
    if let Some(m) = SIGNING_DELEGATES.find(text) {
        let from = char_pos(text, m.end());
        let to = chars[from..].iter().position(|&c| c == '。').map_or(chars.len(), |e| from + e);
        p.signed = people_in(from, to);
    }
    // (A quotation opens a clause: 范鸿龄说:「医管局…与甲医院签订…」 names no signer;
    // not one closed before `pos`, a quoted name: 在“甲医院”协议书上签字.)
    let delimiter_before = |pos: usize| {
        let mut closed = false;
        chars[..pos].iter().rposition(|&c| {
            closed |= matches!(c, '」' | '”' | '』');
            match c {
                ',' | ':' | ';' | '。' => true,
                '「' | '“' | '『' => !std::mem::take(&mut closed),
                _ => false,
            }
        })
    };
    // A clause that is only names and titles (甲主任张三，乙书记李四出席并见证)
    // lists people with the clause after it: the list starts at the first.
    // (A body not found before a title counts: 甲副总裁、|腾讯健康|总裁张三,
    // |长沙市委|副书记、市长郑建新.)
    let in_token = |i: usize| tokens.iter().any(|t| t.span.start <= i && i < t.span.end);
    // A party committee's office, an item of its own (市委常委、常务副市长刘辉; no
    // body is made of a 市委).
    let committee_office = |item: &[char]| {
        item.len() <= 10
            && item.iter().all(|&c| is_han(c))
            && (item.ends_with(&['常', '委']) || item.ends_with(&['委', '员']))
    };
    let names_only = |s: usize, e: usize| {
        let unknown_body = |i: usize| {
            let from = chars[s..=i].iter().rposition(|&c| c == '、').map_or(s, |p| s + p + 1);
            let to = chars[i..e].iter().position(|&c| c == '、').map_or(e, |p| i + p);
            if committee_office(&chars[from..to]) {
                return true;
            }
            let title = tokens.iter().find(|t| t.span.start > i && matches!(t.kind, TokenKind::Title { .. }));
            title.is_some_and(|t| t.span.start - from <= 10 && chars[from..t.span.start].iter().all(|&c| is_han(c)))
        };
        if e <= s {
            return false;
        }
        // (An aside in brackets too: (右起)甲院长张三教授、….)
        let mut depth = 0usize;
        let aside: Vec<bool> = chars[s..e]
            .iter()
            .map(|&c| {
                let inside = depth > 0 || c == '(';
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                inside || c == ')'
            })
            .collect();
        // (Names joined by a connector are a list too: 市长张工|与|甲集团董事长刘爱力.)
        (s..e).all(|i| {
            matches!(chars[i], '、' | ' ' | '与' | '和' | '及') || aside[i - s] || in_token(i) || unknown_body(i)
        }) && !people_in(s, e).is_empty()
    };
    // A clause that is only a party committee's office, its comma put for 、
    // (甲副总经理陈乐章，福州市委常委，常务副市长林中麟分别代表双方签署): the
    // list goes on before it.
    let office_alone = |s: usize, e: usize| {
        s < e
            && committee_office(&chars[s..e])
            && tokens.iter().all(|t| t.span.end <= s || t.span.start >= e || !matches!(t.kind, TokenKind::Person(_)))
    };
    // A clause that is only a name saying whom it stands for, its comma put
    // for 、 (甲代表乙大学，丙代表丁银行共同签署): the list goes on before it.
    let represents_alone = |s: usize, e: usize| {
        let word = |i: usize| {
            (chars[i] == '代' && chars.get(i + 1) == Some(&'表')) || (i > s && chars[i - 1] == '代' && chars[i] == '表')
        };
        s < e
            && chars[s..e].windows(2).any(|w| w == ['代', '表'])
            && (s..e).all(|i| chars[i] == '、' || in_token(i) || word(i))
            && !people_in(s, e).is_empty()
    };
    let clause_start = |pos: usize| -> usize {
        let mut start = delimiter_before(pos).map_or(0, |i| i + 1);
        // (A clause opening with 以及 goes on with the list before it: 甲分别与
        // 乙、丙，以及丁签署.)
        if start > 0 && chars[start - 1] == ',' && chars[start..].starts_with(&['以', '及']) {
            start = delimiter_before(start - 1).map_or(0, |i| i + 1);
        }
        while start > 0 && chars[start - 1] == ',' {
            let before = delimiter_before(start - 1).map_or(0, |i| i + 1);
            if !names_only(before, start - 1)
                && !office_alone(before, start - 1)
                && !represents_alone(before, start - 1)
            {
                break;
            }
            start = before;
        }
        start
    };
    // 甲与乙分别代表丙和丁，签署了…: a clause of the act alone goes on with
    // those the clause before it says represent the sides.
    let signers_start = |pos: usize| -> usize {
        let start = clause_start(pos);
        if start == 0 || chars[start - 1] != ',' {
            return start;
        }
        let opening = text_of(&chars[start..pos]);
        // (With the names listed before it: 甲副主席李超，乙副市长解冬分别致辞，
        // 并代表双方签署.)
        let before = clause_start(start - 1);
        // The clause before says whom they represent, this one opens with the
        // act alone (甲与乙分别代表丙和丁，签署了…, 共同签署…; not 对双方的成功
        // 签约…); or this one opens with 并, says whom
        // they represent and names no one (省长甲和董事长乙出席仪式，并分别代表
        // 省政府和丙银行签署…): the clause before names the signers.
        // (Or with only where it was done: 分别代表丙和丁，在贵阳签署…)
        let venue_only = || {
            let o = opening.trim();
            o.starts_with(['在', '于']) && o.chars().count() <= 10 && people_in(start, pos).is_empty()
        };
        let acts_alone = (["", "共同", "正式", "并", "并共同", "一同", "分别"].contains(&opening.trim())
            || venue_only())
            && text_of(&chars[before..start - 1]).contains("代表");
        // (Or the clause before has one meet the other: 省长甲会见乙公司董事长乙，
        // 并共同签约.)
        let met = ["共同", "并共同", "一同", "并一同"].contains(&opening.trim())
            && text_of(&chars[before..start - 1]).contains("会见");
        let acts_alone = acts_alone || met;
        let goes_on = opening.starts_with('并') && opening.contains("代表") && people_in(start, pos).is_empty();
        if (acts_alone || goes_on) && !people_in(before, start - 1).is_empty() { before } else { start }
    };
    let mut sign_acts: Vec<usize> = Vec::new();
    for m in sign_verbs(text) {
        let pos = char_pos(text, m.start());
        let after: String = chars[pos + m.as_str().chars().count()..].iter().take(2).collect();
        // (签约仪式, 签约活动, 签约代表, 签约人, 签约情况, 签约事宜 are nouns: no act.)
        // (Nor is 此次签约: the signing spoken of, 以此次签约为契机, nor 协议的签订.)
        // (Nor 协议的成功签订, 的顺利签署: the signing spoken of.)
        let noun = chars[..pos].ends_with(&['的'])
            || ["的成功", "的顺利", "的圆满", "的正式"].iter().any(|w| ends_with_word(&chars[..pos], w))
            || ["仪式", "活动", "大会", "现场", "代表", "人", "情况", "事宜"].iter().any(|n| after.starts_with(n))
            || ["此次", "本次", "这次", "此番"].iter().any(|d| {
                // (But 完成本次签约 is the act.)
                let before = chars[..pos].len().saturating_sub(d.chars().count());
                ends_with_word(&chars[..pos], d) && !chars[..before].ends_with(&['完', '成'])
            });
        if noun
            || witnessed_act(&chars[..pos])
            || attends(&text[..m.start()])
            || spoken_of(text, m.start(), m.end())
            || !reaches_agreement(text, &m)
        {
            continue;
        }
        // (Those named before 见证 in the span witnessed: 甲局长某，共同见证|乙…签署.)
        let start = signers_start(pos);
        let start = (start..pos.saturating_sub(1))
            .rev()
            .find(|&i| chars[i] == '见' && chars[i + 1] == '证')
            .map_or(start, |i| i + 2);
        for n in people_in(start, pos) {
            if !p.signed.contains(&n) {
                p.signed.push(n);
            }
        }
        sign_acts.push(pos);
    }
    // 副院长(主持工作), 副院长(主持行政工作), 院长(主持集团公司全面工作): in
    // charge, hosting nothing: 主持 and the work one is in charge of, within
    // ten chars of its clause.
    let in_charge = |after: &str| {
        let clause = after.find(|c: char| !is_han(c)).map_or(after, |e| &after[..e]);
        let near = clause.char_indices().nth(10).map_or(clause, |(e, _)| &clause[..e]);
        near.contains("工作")
    };
    let acts: Vec<usize> = OTHER_ACT
        .find_iter(text)
        .filter(|m| !(m.as_str() == "主持" && in_charge(&text[m.end()..])))
        .map(|m| char_pos(text, m.end()))
        .collect();
    // Where the people under whose witness it was done are named (在|甲、乙的|见证下).
    let mut under_witness: Vec<(usize, usize)> = Vec::new();
    for (re, out) in [(&*WITNESS, &mut p.witnessed), (&*HOST, &mut p.hosted)] {
        for m in re.find_iter(text) {
            let pos = char_pos(text, m.start());
            let after = &text[m.end()..];
            // (One in charge hosts nothing; nor does the chair of a board's
            // meeting, 董事长某某先生主持本次会议, host a ceremony; nor one who
            // leads a thing named after 主持的, 在某某研究员主持的项目检查期间.)
            let attributive = m.as_str() == "主持" && after.starts_with('的');
            if in_charge(after) || board_meeting(text, after) || attributive {
                continue;
            }
            // (Nor does the host of another event named before 由 or after
            // 主持: “金洽会”由某某主持, 某某主持报告会.)
            if m.as_str() == "主持" && (hosts_other_event(&chars[..pos]) || hosts_event_named_after(after)) {
                continue;
            }
            // 主持人为张三, 见证人是李四: the people named after it, to the clause's end.
            let (from, to) = match ["人为", "人是"].iter().find(|c| after.starts_with(**c)) {
                Some(cue) => {
                    let start = pos + m.as_str().chars().count() + cue.chars().count();
                    let end = chars[start..]
                        .iter()
                        .position(|c| matches!(c, ',' | ';' | '。'))
                        .map_or(chars.len(), |e| start + e);
                    (start, end)
                }
                None => {
                    // (An act of the same people joined to it bounds nothing:
                    // 甲、乙讲话并见证签约.)
                    let joined = |a: usize| ["并", "并共同", "并一同"].contains(&text_of(&chars[a..pos]).as_str());
                    let after_act =
                        acts.iter().chain(&sign_acts).copied().filter(|&a| a <= pos && !joined(a)).max().unwrap_or(0);
                    // (在 after the names, 甲、乙在现场见证了签约, opens no list:
                    // only 在…见证下 or a 在 before names does.)
                    let mut from = chars[..pos]
                        .iter()
                        .rposition(|c| *c == '由' || *c == '在')
                        .filter(|&i| i >= after_act)
                        .filter(|&i| chars[i] == '由' || after.starts_with('下') || !people_in(i, pos).is_empty())
                        .unwrap_or_else(|| clause_start(pos).max(after_act));
                    // 甲、乙出席签约仪式，并共同见证…: a clause going on with the
                    // subject of the one before it names its witnesses there.
                    let goes_on = ["并", "共同", "一同", "同时"].iter().any(|w| starts_with_word(&chars[from..pos], w));
                    if from > 0 && chars[from - 1] == ',' && people_in(from, pos).is_empty() && goes_on {
                        from = clause_start(from - 1).max(after_act);
                    }
                    // 甲在某地会见乙，双方…，并共同见证…: the one who met and the
                    // one met both witness, not only those after 在.
                    let together = ["共同", "一同"].iter().any(|w| ends_with_word(&chars[..pos], w));
                    if together
                        && let Some(met) =
                            (from..pos.saturating_sub(1)).find(|&i| chars[i] == '会' && chars[i + 1] == '见')
                    {
                        from = from.min(clause_start(met).max(after_act));
                    }
                    if chars[from] == '在' && after.starts_with('下') {
                        under_witness.push((from, pos));
                    }
                    (from, pos)
                }
            };
            for n in people_in(from, to) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    // Those under whose witness it was done (在甲、乙的见证下进行了…签约) signed
    // nothing.
    for (s, e) in under_witness {
        for n in people_in(s, e) {
            p.signed.retain(|x| *x != n);
        }
    }
    p.witnessed.retain(|n| !p.signed.contains(n));
    // The host of the ceremony presides over the signing, not in it.
    p.signed.retain(|n| !p.hosted.contains(n));
    p
}

/// Does the text before a signing verb make it what was witnessed (见证签约,
/// 见证了签约, 共同见证双方签约)? Then those named before are witnesses, not signers.
fn witnessed_act(before: &[char]) -> bool {
    let tail = text_of(&before[before.len().saturating_sub(6)..]);
    // (在甲见证下签约: 下 too.)
    let tail = tail.trim_end_matches(['了', '并', ',']).trim_end_matches("双方").trim_end_matches('下');
    // (And the document signed: 共同见证协议签署.)
    let tail = ["协议", "合同", "备忘录"].iter().find_map(|d| tail.strip_suffix(d)).unwrap_or(tail);
    tail.ends_with("见证") || tail.ends_with("见证了")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::Lexicon;
    use crate::extract::mentions::{Matchers, People, tokenize};
    use crate::extract::orgs::discover;
    use crate::text::sentences::split;
    use std::collections::BTreeSet;

    /// Parties, ISO date and title of an agreement.
    type Read = (Vec<String>, Option<String>, String);

    /// Reads the agreement and participation of a one-sentence text.
    fn read(text: &str) -> (Option<Read>, Participation) {
        let lex = Lexicon::embedded().unwrap();
        let sentences = split(text);
        let cat = discover(&sentences, &lex);
        let m = Matchers::new(&lex);
        let w = &sentences[0].chars;
        let first = tokenize(&sentences[0], &cat, &People::none(), &m, &lex);
        let people: BTreeSet<String> = first
            .iter()
            .filter_map(|t| match &t.kind {
                TokenKind::Person(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        let toks = tokenize(&sentences[0], &cat, &People::new(&people), &m, &lex);
        let a = read_agreement(&sentences[0].working, w, &toks, None).into_iter().next().map(|a| {
            (a.parties.iter().map(|&i| cat.entries[i].name.clone()).collect(), a.date.map(|d| d.iso()), a.title)
        });
        (a, read_participation(&sentences[0].working, &toks))
    }

    #[test]
    fn a_sum_before_the_document_is_no_part_of_its_name() {
        let title = |t: &str| signing(t).map(|(_, _, t)| t.into_owned());
        assert_eq!(title("泰禾集团与福州大学正式签署3亿捐赠协议").as_deref(), Some("捐赠协议"));
        assert_eq!(title("甲公司与乙区签订5000万元投资合同").as_deref(), Some("投资合同"));
        assert_eq!(title("甲与乙签订叁亿元捐赠协议").as_deref(), Some("捐赠协议"));
        // A count of sides stays: 三方合作协议.
        assert_eq!(title("甲、乙、丙签署三方合作协议").as_deref(), Some("三方合作协议"));
    }

    #[test]
    fn a_cooperation_signing_ceremony_signs_an_agreement() {
        let (a, _) = read("6月14日下午，江苏省肿瘤医院与南京医科大学第二附属医院医联体合作签约仪式在我院举行。");
        let (mut parties, date, title) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["南京医科大学第二附属医院", "江苏省肿瘤医院"]);
        assert_eq!((date.as_deref(), title.as_str()), (Some("--06-14"), "医联体合作协议"));
    }

    #[test]
    fn those_a_leader_brings_along_sign_nothing_the_leaders_body_signs() {
        let text = "6月16日,永川区妇联主席张小红率区女企业家协会、家政协会等相关负责人,赴内江开展交流学习,并与内江市妇联签订框架协议。";
        let (a, _) = read(text);
        let (mut parties, _, _) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["内江市妇女联合会", "永川区妇女联合会"]);
    }

    #[test]
    fn a_body_led_out_to_another_signs_with_the_one_it_visits() {
        let text = "近日,上党经济技术开发区党工委书记、管委会主任巩志岗率队赴北京中关村通州园管委会开展对口合作工作,并签署园区共建框架合作协议。";
        let (a, _) = read(text);
        let (mut parties, _, _) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["上党经济技术开发区", "北京中关村通州园管理委员会"]);
        // Or the act joined by 并 to what was done there, in the same clause.
        let text = "12月30日下午,南湖交通大学副校长张文桂率队赴成都地铁运营公司座谈并签订战略合作协议。";
        let (a, _) = read(text);
        let (mut parties, _, _) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["南湖交通大学", "成都地铁运营公司"]);
        // The leader named by a bare title of the text's one university.
        let text = "12月30日下午,副校长张文桂率队赴成都地铁运营公司座谈并签订战略合作协议。张文桂表示,南湖交通大学愿提供支持。";
        let (a, _) = read(text);
        let (mut parties, _, _) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["南湖交通大学", "成都地铁运营公司"]);
        // Not where a second body stands between the visit and the act: the
        // one visited is not the only other side.
        let text = "近日,上党经济技术开发区党工委书记巩志岗率队赴北京中关村通州园管委会考察,\
                    中关村丰台园管委会介绍情况,并签署园区共建框架合作协议。";
        let (a, _) = read(text);
        let pair = ["上党经济技术开发区".to_string(), "北京中关村通州园管理委员会".to_string()];
        assert!(a.is_none_or(|(mut parties, _, _)| {
            parties.sort();
            parties != pair
        }));
    }

    #[test]
    fn a_caption_run_into_the_text_hides_no_signing_after_it() {
        let text = "签约仪式(来源:某街道办)3月16日,江南大学与北湖市人民医院在北涧社区举行校地共建签约仪式,结对共建。";
        let (a, _) = read(text);
        let (mut parties, date, _) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["北湖市人民医院", "江南大学"]);
        assert_eq!(date.as_deref(), Some("--03-16"));
    }

    #[test]
    fn co_signing_signs_but_a_bodys_final_char_before_a_verb_does_not() {
        let (a, _) = read("奉节县人民检察院与蓬安县人民检察院会签《关于加强检察协作的框架协议》。");
        let (mut parties, _, title) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["奉节县人民检察院", "蓬安县人民检察院"]);
        assert_eq!(title, "框架协议");
        let verbs: Vec<&str> = sign_verbs("北湖市总工会签订协议，甲会签了").map(|m| m.as_str()).collect();
        assert_eq!(verbs, vec!["签订", "会签"]);
        let (a, _) = read("北湖市总工会与南江市总工会签订两地工会交流合作协议书。");
        assert_eq!(a.expect("an agreement").2, "两地工会交流合作协议书");
    }

    /// Parties of every agreement of a one-sentence text.
    fn all_parties(text: &str) -> Vec<Vec<String>> {
        let lex = Lexicon::embedded().unwrap();
        let sentences = split(text);
        let cat = discover(&sentences, &lex);
        let m = Matchers::new(&lex);
        let toks = tokenize(&sentences[0], &cat, &People::none(), &m, &lex);
        read_agreement(&sentences[0].working, &sentences[0].chars, &toks, None)
            .into_iter()
            .map(|a| a.parties.iter().map(|&i| cat.entries[i].name.clone()).collect())
            .collect()
    }

    #[test]
    fn delegations_attending_a_signing_are_no_parties() {
        let text = "李明对孙来福市长、广德市人民政府、郎溪县人民政府一行出席签约仪式表示热烈欢迎。";
        assert!(all_parties(text).is_empty());
    }

    #[test]
    fn a_body_that_also_signed_with_each_signed_with_each() {
        let text = "当日,国家能源集团还分别与四川能源发展集团、蜀道集团签署战略合作协议。";
        assert_eq!(all_parties(text), vec![vec!["国家能源集团", "四川能源发展集团"], vec!["国家能源集团", "蜀道集团"]]);
    }

    #[test]
    fn a_second_clause_with_an_adverb_states_its_own_signing() {
        let text = "成都高新区与腾讯公司签订《腾讯智能产业、文创及电竞项目投资合作协议》,腾讯公司还与四川省通信产业服务有限公司签署《信息化建设项目战略合作协议》。";
        assert_eq!(
            all_parties(text),
            vec![vec!["成都高新区", "腾讯公司"], vec!["腾讯公司", "四川省通信产业服务有限公司"]]
        );
    }

    #[test]
    fn a_body_under_a_group_signs_for_itself() {
        let text = "4月16日,海南控股集团旗下海南机场集团与辽宁方大集团旗下海航航空集团举行了双方战略合作协议签约仪式。";
        // (The parties are in the catalog's order.)
        assert_eq!(all_parties(text), vec![vec!["海南机场集团", "海航航空集团"]]);
        let text = "杭州市第一人民医院与华润集团旗下的华润医药商业有限公司签署战略合作协议。";
        assert_eq!(all_parties(text), vec![vec!["杭州市第一人民医院", "华润医药商业有限公司"]]);
    }

    #[test]
    fn the_sides_signing_are_the_two_bodies_named_before_them() {
        let sides = |text: &str| {
            let lex = Lexicon::embedded().unwrap();
            let sentences = split(text);
            let cat = discover(&sentences, &lex);
            let m = Matchers::new(&lex);
            let toks = tokenize(&sentences[0], &cat, &People::none(), &m, &lex);
            sides_agreement(&sentences[0].working, (&sentences[0].chars, &toks), None, None).map(|a| {
                let parties: Vec<String> = a.parties.iter().map(|&i| cat.entries[i].name.clone()).collect();
                (parties, a.date.map(|d| d.iso()), a.title)
            })
        };
        let text = "8月9日,江西省港口集团董事长徐重财会见来访的安徽省港航集团董事长丁庆领一行,双方就深化合作进行交流,并签署战略合作协议。";
        let (mut parties, date, title) = sides(text).expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["安徽省港航集团", "江西省港口集团"]);
        assert_eq!((date.as_deref(), title.as_str()), (Some("--08-09"), "战略合作协议"));
        // The 双方 that signs is the last before the verb.
        let text = "为发挥好杭州市重庆商会的优势,推动双方共同发展,垫江县招商投资促进局副局长孙东莅临商会,经友好协商,双方签署了《合作协议》。";
        let (mut parties, _, title) = sides(text).expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["垫江县招商投资促进局", "杭州市重庆商会"]);
        assert_eq!(title, "合作协议");
        // Not three bodies, nor a signing before 双方.
        let text = "江西省港口集团董事长徐重财会见安徽省港航集团、湖北港口集团一行,双方签署战略合作协议。";
        assert!(sides(text).is_none());
        let text = "江西省港口集团与安徽省港航集团签署战略合作协议后,双方进行交流。";
        assert!(sides(text).is_none());
    }

    #[test]
    fn the_chain_of_the_clause_signing_signs_not_an_earlier_one() {
        let text = "这是湖北省肿瘤医院与华中农业大学建立共建关系的一步,也是湖北省肿瘤医院去年与美国巴菲特癌症中心签署姊妹医院协议后的又一举措。";
        assert_eq!(all_parties(text), vec![vec!["湖北省肿瘤医院", "美国巴菲特癌症中心"]]);
        // One chain: it signs, wherever the verb stands.
        let text = "湖北省肿瘤医院与华中农业大学座谈,并签署合作协议。";
        assert_eq!(all_parties(text), vec![vec!["湖北省肿瘤医院", "华中农业大学"]]);
    }

    #[test]
    fn a_venue_between_the_first_side_and_the_connector_joins_them() {
        let found = all_parties("4月14日,北京协和医院在杭州与浙江大学签署合作备忘录。");
        assert_eq!(found, vec![vec!["北京协和医院", "浙江大学"]]);
        let found = all_parties("北京协和医院4月14日在杭州与浙江大学、复旦大学签署合作备忘录。");
        assert_eq!(found, vec![vec!["北京协和医院", "浙江大学", "复旦大学"]]);
        // Not an occasion.
        assert!(all_parties("北京协和医院在仪式上与浙江大学签署合作备忘录。").is_empty());
    }

    #[test]
    fn a_subject_carried_over_a_comma_is_a_side() {
        let found = all_parties("兖州区人民医院积极对接省内最顶级的医疗资源,与山东省立医院达成医联体合作协议。");
        assert_eq!(found, vec![vec!["兖州区人民医院", "山东省立医院"]]);
        // Not with a body between, nor with no body opening the clause before.
        assert!(all_parties("兖州区人民医院对接北京协和医院的资源,与山东省立医院达成合作协议。").is_empty());
        assert!(all_parties("为提升水平,与山东省立医院达成合作协议。").is_empty());
    }

    #[test]
    fn bodies_listed_after_a_connector_with_no_body_before_are_one_side() {
        // 我校 names no body found: the two signed with it, not with each other.
        assert!(all_parties("我校并与北京市海淀医院、华润医药集团有限公司签订校地战略合作协议。").is_empty());
        let found = all_parties("我校分别与北京市海淀医院、腾讯科技有限公司以及华润医药集团有限公司签署合作协议。");
        assert!(found.is_empty(), "{found:?}");
        // Nor past items of the list that are no body found.
        let found = all_parties("我校分别与大龙网、北京市海淀医院以及华润医药集团有限公司签署合作协议。");
        assert!(found.is_empty(), "{found:?}");
        // With a body before the connector, as before.
        assert_eq!(all_parties("北京大学第一医院与北京市海淀医院签署合作协议。").len(), 1);
    }

    #[test]
    fn each_clause_of_a_sentence_stating_a_signing_states_its_own_agreement() {
        let text = "仪式上，北京市海淀医院与华润医药集团有限公司签署合作协议，北京大学第一医院与腾讯科技有限公司签署战略合作协议，双方将共建平台。";
        let mut found = all_parties(text);
        found.iter_mut().for_each(|p| p.sort());
        assert_eq!(
            found,
            vec![vec!["北京市海淀医院", "华润医药集团有限公司"], vec!["北京大学第一医院", "腾讯科技有限公司"]]
        );
        // The date opening the sentence is each one's.
        let lex = Lexicon::embedded().unwrap();
        let text = format!("3月4日，{}", &text["仪式上，".len()..]);
        let sentences = split(&text);
        let cat = discover(&sentences, &lex);
        let toks = tokenize(&sentences[0], &cat, &People::none(), &Matchers::new(&lex), &lex);
        let read = read_agreement(&sentences[0].working, &sentences[0].chars, &toks, None);
        let dates: Vec<String> = read.iter().filter_map(|a| a.date.map(|d| d.iso())).collect();
        assert_eq!(dates, vec!["--03-04", "--03-04"]);
        // A list before the connector in a clause (甲、乙与丙签订).
        let mut found = all_parties(
            "仪式上，北京市海淀医院与华润医药集团有限公司签署合作协议，北京大学第一医院、北京大学人民医院与腾讯科技有限公司签订了《合作协议》。",
        );
        found.iter_mut().for_each(|p| p.sort());
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1], vec!["北京大学人民医院", "北京大学第一医院", "腾讯科技有限公司"]);
        // One clause joining two bodies, another only one (并与丙签署): one
        // reading of the sentence, as before.
        let one = all_parties("北京市海淀医院与华润医药集团有限公司签署合作协议，并与腾讯科技有限公司签署协议。");
        assert_eq!(one.len(), 1, "{one:?}");
    }

    #[test]
    fn the_words_between_the_verb_and_the_noun_name_the_document() {
        let title = |text: &str| read(text).0.map(|(_, _, t)| t);
        let (a, b) = ("北京大学第一医院", "北京市海淀医院");
        assert_eq!(title(&format!("{a}与{b}签署合作办医协议。")).as_deref(), Some("合作办医协议"));
        assert_eq!(
            title(&format!("{a}与{b}签订了《紧密型医联体合作协议》。")).as_deref(),
            Some("紧密型医联体合作协议")
        );
        assert_eq!(title(&format!("{a}与{b}签署了一份战略合作协议。")).as_deref(), Some("战略合作协议"));
        assert_eq!(title(&format!("{a}与{b}签署协议，共建医联体。")).as_deref(), Some("协议"));
        // A county's medical community (医共体) as a hospital alliance (医联体).
        assert_eq!(title(&format!("{a}与{b}签订紧密型医共体合作协议。")).as_deref(), Some("紧密型医共体合作协议"));
        assert_eq!(title(&format!("{a}、{b}医共体签约仪式举行。")).as_deref(), Some("医共体协议"));
        // A clause between them names nothing (与乙的 is who, not what).
        assert_eq!(title(&format!("{a}与{b}签署与专家团队的合作协议。")).as_deref(), Some("合作协议"));
    }

    #[test]
    fn becoming_friendly_hospitals_is_an_agreement() {
        let (a, _) = read("山东大学齐鲁医院与顺天堂医院友好医院缔结仪式在济南举行。");
        let (mut parties, _, title) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["山东大学齐鲁医院", "顺天堂医院"]);
        assert_eq!(title, "友好医院协议");
        let (a, _) = read("山东大学齐鲁医院与顺天堂医院正式缔结为姊妹医院。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("姊妹医院协议"));
        // 结为“姊妹机场”: sister airports.
        let (a, _) = read("澳门国际机场与西安咸阳国际机场9日结为“姊妹机场”。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("姊妹机场协议"));
        assert!(read("澳门国际机场与西安咸阳国际机场结为一体。").0.is_none());
        // 缔结 alone, of nothing named, is no signing.
        assert!(read("山东大学齐鲁医院与顺天堂医院缔结了深厚友谊。").0.is_none());
    }

    #[test]
    fn a_cooperation_reached_is_an_agreement() {
        let (a, b) = ("北京大学第一医院", "北京市海淀医院");
        let title = |text: &str| read(text).0.map(|(_, _, t)| t);
        assert_eq!(title(&format!("{a}与{b}达成战略合作")).as_deref(), Some("战略合作协议"));
        assert_eq!(title(&format!("{a}与{b}达成战略合作伙伴关系")).as_deref(), Some("战略合作伙伴关系"));
        assert_eq!(title(&format!("{a}与{b}达成战略合作协议。")).as_deref(), Some("战略合作协议"));
        // A slogan in quotes before the document (达成“刊社一体、资源共享”合作协议).
        assert_eq!(title(&format!("{a}与{b}于北京达成“刊社一体、资源共享”合作协议。")).as_deref(), Some("合作协议"));
        assert!(read(&format!("{a}与{b}达成“两院一体、资源共享、优势互补、协同发展”的共识。")).0.is_none());
        // Agreeing on something else is no agreement, nor is a document
        // spoken of before 达成.
        assert!(read(&format!("{a}与{b}达成共识。")).0.is_none());
        assert!(read(&format!("{a}与{b}就协议内容达成一致。")).0.is_none());
        // A signing after it still counts.
        assert_eq!(title(&format!("{a}与{b}达成共识，并现场签约。")).as_deref(), Some("合作协议"));
    }

    #[test]
    fn bodies_hand_in_hand_sign_together() {
        let (a, _) = read("北京大学第一医院携手北京市海淀医院签署合作协议。");
        let (mut parties, _, _) = a.expect("an agreement");
        parties.sort();
        assert_eq!(parties, vec!["北京大学第一医院", "北京市海淀医院"]);
    }

    #[test]
    fn a_document_signed_on_is_named_before_it() {
        let title = |text: &str| signing(text).map(|(_, _, t)| t.into_owned());
        let text = "山东大学齐鲁医院院长陈春雷与顺天堂医院院长王大明在友好医院协议书上签字。";
        assert_eq!(title(text).as_deref(), Some("友好医院协议书"));
        // The sides' words are no part of it.
        let text = "刘健校长和曾祥辉董事长在双方战略合作框架协议书上签字。";
        assert_eq!(title(text).as_deref(), Some("战略合作框架协议书"));
        // Not the body before a document signed after it.
        let text = "山东大学齐鲁医院与顺天堂医院合作协议签约仪式举行。";
        assert_eq!(title(text).as_deref(), Some("合作协议"));
        // Nor one 进行 puts before its signing (进行了|文学合作协议签字).
        let text = "甲文联主席李燕青、乙作协书记王朔进行了文学合作协议签字。";
        assert_eq!(title(text).as_deref(), Some("文学合作协议"));
    }

    #[test]
    fn bodies_whose_heads_attended_a_signing_signed_nothing() {
        assert_eq!(signing("市发改委、规划局、国土局、沙市区政府、市城投公司主要负责人参加签约仪式。"), None);
        assert_eq!(signing("双方领导出席了签约仪式。"), None);
        let title = signing("甲医院与乙公司签约，丙局负责人出席签约仪式。").map(|(_, _, t)| t.into_owned());
        assert_eq!(title.as_deref(), Some("合作签约"));
    }

    #[test]
    fn a_letter_of_responsibility_or_a_contract_is_a_document_signed() {
        let title = |text: &str| signing(text).map(|(_, _, t)| t.into_owned());
        let text = "北京大学人民医院与海淀区卫生和计划生育委员会签署医联体建设责任书。";
        assert_eq!(title(text).as_deref(), Some("医联体建设责任书"));
        assert_eq!(title("甲医院与乙公司签订服务合约。").as_deref(), Some("服务合约"));
        // Responsibility alone is no document.
        assert_eq!(title("甲医院与乙公司签署后承担责任。"), None);
    }

    #[test]
    fn yesterday_after_a_date_is_the_day_before_it() {
        let (a, _) = read("2019年04月22日 09:58昨天,通用环球医疗集团有限公司与天津国兴资本运营有限公司签署框架协议。");
        assert_eq!(a.and_then(|a| a.1).as_deref(), Some("2019-04-21"));
        let (a, _) = read("3月1日,通用环球医疗集团有限公司与天津国兴资本运营有限公司签署框架协议。");
        assert_eq!(a.and_then(|a| a.1).as_deref(), Some("--03-01"));
    }

    #[test]
    fn a_recalled_meeting_s_date_is_not_the_signing_s() {
        let (a, _) = read(
            "9月5日,深圳市人民政府与中冶集团围绕2023年7月5日会见时达成的合作共识深入交流,并签署战略合作框架协议。",
        );
        assert_eq!(a.and_then(|a| a.1).as_deref(), Some("--09-05"));
        // An hour is no meeting recalled.
        let (a, _) = read("2023年9月5日下午3时,深圳市人民政府与中冶集团签署战略合作框架协议。");
        assert_eq!(a.and_then(|a| a.1).as_deref(), Some("2023-09-05"));
    }

    #[test]
    fn a_name_in_quotes_before_the_document_is_its_title() {
        let (a, _) = read("广东省人民医院与中国人民健康保险股份有限公司广东分公司签署“商保直付”合作协议。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("商保直付合作协议"));
        // A term before it is no part of its name.
        let (a, _) = read("国立虎尾科技大学及国立中兴大学共同签署为期三年之合作协议书。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("合作协议书"));
    }

    #[test]
    fn the_words_after_the_bodies_a_documents_name_opens_with_name_it() {
        let (a, _) = read("徐州工程学院与睢宁县人民政府签订《徐州工程学院—睢宁县人民政府校地合作协议》。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("校地合作协议"));
        let signed = |text: &str| {
            let lex = Lexicon::embedded().unwrap();
            let sentences = split(text);
            let cat = discover(&sentences, &lex);
            let toks = tokenize(&sentences[0], &cat, &People::none(), &Matchers::new(&lex), &lex);
            document_signed(&sentences[0].working, (&sentences[0].chars, &toks))
        };
        let text = "姜慧副校长、徐锋华副县长共同签订《徐州工程学院—睢宁县人民政府校地合作协议》。";
        assert_eq!(signed(text).as_deref(), Some("校地合作协议"));
        // Not words of over ten chars, nor a title with no body in it.
        let text = "双方签订《徐州工程学院—睢宁县人民政府关于共同推进区域科技创新的合作协议》。";
        assert_eq!(signed(text).as_deref(), Some("合作协议"));
        // (Nor the bodies' names themselves: 《甲与乙|合作备忘录》.)
        let text = "双方共同签署了《中国足球协会与法国足球协会合作备忘录》。";
        assert_eq!(signed(text).as_deref(), Some("合作备忘录"));
        let text = "河北省人民政府与中国铁路总公司签署《关于加快推进河北铁路建设发展的战略合作协议》。";
        assert_eq!(signed(text).as_deref(), Some("战略合作协议"));
        assert_eq!(signed("双方签订《校地合作协议》。").as_deref(), Some("校地合作协议"));
        assert_eq!(signed("院长王晓川代表三方签约。"), None);
        // Inside the brackets, 同 joins no bodies.
        let text = "骆川与彭岚签署《海通银行临江市分行—海通银行云岭省分行跨区域协同合作协议》。";
        assert_eq!(signed(text).as_deref(), Some("跨区域协同合作协议"));
        // A supplement is a document of its own kind.
        let text = "双方签署《查尔斯•达尔文大学、海南大学与安徽师范大学关于孔子学院的补充协议》。";
        assert_eq!(signed(text).as_deref(), Some("补充协议"));
        // A word quoted inside the title is the title's.
        let text = "陈五和郑六签署《香港海关与深圳海关深港陆路口岸「点对点」快捷协作联系备忘录》。";
        assert_eq!(signed(text).as_deref(), Some("深港陆路口岸「点对点」快捷协作联系备忘录"));
    }

    #[test]
    fn signers_named_by_their_office_alone() {
        assert_eq!(signers_by_office("两位院长代表双方签约。"), Some("院长"));
        assert_eq!(signers_by_office("双方院长签署合作协议。"), Some("院长"));
        assert_eq!(signers_by_office("三家医院院长分别代表各自单位签署协议。"), Some("院长"));
        assert_eq!(signers_by_office("双方代表签约。"), Some("代表"));
        assert_eq!(signers_by_office("两位院长出席签约仪式。"), None);
        assert_eq!(signers_by_office("张三与李四代表双方签约。"), None);
    }

    #[test]
    fn today_is_the_day_the_announcement_is_dated() {
        let lex = Lexicon::embedded().unwrap();
        let text = "港怡医院与复旦大学附属肿瘤医院今日在上海签署合作备忘录。";
        let sentences = split(text);
        let cat = discover(&sentences, &lex);
        let m = Matchers::new(&lex);
        let toks = tokenize(&sentences[0], &cat, &People::none(), &m, &lex);
        let line = Some(Date { year: Some(2024), month: 5, day: 10 });
        let read = |line| read_agreement(text, &sentences[0].chars, &toks, line);
        assert_eq!(read(line)[0].date, line);
        let text = "高雄医学大学与日本卫采制药公司今签署合作备忘录。";
        let toks = tokenize(&split(text)[0], &discover(&split(text), &lex), &People::none(), &m, &lex);
        assert_eq!(read_agreement(text, &split(text)[0].chars, &toks, line)[0].date, line);
        // Without a full dateline, 今日 says nothing.
        assert_eq!(read(None)[0].date, None);
        let text = "港怡医院与复旦大学附属肿瘤医院昨日在上海签署合作备忘录。";
        let toks = tokenize(&split(text)[0], &cat, &People::none(), &m, &lex);
        let yesterday = read_agreement(text, &split(text)[0].chars, &toks, line);
        assert_eq!(yesterday[0].date, Some(Date { year: Some(2024), month: 5, day: 9 }));
        // A day of the month alone: the dateline's month (or the one before).
        let text = "港怡医院与复旦大学附属肿瘤医院3日在上海签署合作备忘录。";
        let toks = tokenize(&split(text)[0], &cat, &People::none(), &m, &lex);
        let third = read_agreement(text, &split(text)[0].chars, &toks, line);
        assert_eq!(third[0].date, Some(Date { year: Some(2024), month: 5, day: 3 }));
    }

    #[test]
    fn a_body_signing_with_each_of_several_respectively() {
        let hub = "江西省人民医院";
        for text in [
            "江西省人民医院分别与南昌县人民医院、进贤县人民医院签订紧密型医联体协议。",
            "江西省人民医院与南昌县人民医院、进贤县人民医院分别签订紧密型医联体协议。",
        ] {
            let found = all_parties(text);
            assert_eq!(found.len(), 2, "{found:?}");
            assert!(found.iter().all(|p| p.len() == 2 && p.contains(&hub.to_string())), "{found:?}");
        }
        // A list, each of it with one body (甲、乙分别与丙签署).
        let found = all_parties("北京市科学技术委员会、北京大学肿瘤医院分别与阿斯利康投资(中国)有限公司签署合作协议。");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|p| p.contains(&"阿斯利康投资(中国)有限公司".to_string())), "{found:?}");
        // Or a list its signers stood for, then a comma and the other.
        let found =
            all_parties("刘希忠、王观英分别代表聊城正泰房地产集团、万和通物流集团,与聊城市技师学院签订校企合作协议。");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|p| p.len() == 2 && p.contains(&"聊城市技师学院".to_string())), "{found:?}");
        // Without 分别 the three sign one agreement.
        let found = all_parties("江西省人民医院与南昌县人民医院、进贤县人民医院签订医联体协议。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].len(), 3);
    }

    #[test]
    fn pairs_joined_by_yu_and_listed_sign_pair_by_pair() {
        let found =
            all_parties("青岛大学附属医院与黄岛区人民医院、山东大学齐鲁医院与即墨区人民医院分别签订医联体合作协议。");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .any(|p| p.contains(&"黄岛区人民医院".to_string()) && p.contains(&"青岛大学附属医院".to_string()))
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains(&"即墨区人民医院".to_string()) && p.contains(&"山东大学齐鲁医院".to_string()))
        );
    }

    #[test]
    fn a_list_that_joined_and_then_signed_with_one_body_signed_with_it_each() {
        let found = all_parties(
            "阳江市人民医院、汕尾市人民医院正式加入广东省人民医院医疗联合体，并与广东省人民医院签订医联体合作协议。",
        );
        let want: Vec<Vec<String>> = [["阳江市人民医院", "广东省人民医院"], ["汕尾市人民医院", "广东省人民医院"]]
            .iter()
            .map(|p| p.iter().map(|s| s.to_string()).collect())
            .collect();
        assert_eq!(found, want);
        // A document of three sides is one agreement of all three.
        let found = all_parties("甲市人民医院、乙市人民医院共同成立联盟，并与丙市人民医院签署三方合作协议。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].len(), 3);
    }

    #[test]
    fn a_time_between_a_party_and_its_connector_and_a_renewal() {
        let found =
            all_parties("北京大学第一医院于2024年7月1日与华中科技大学同济医学院附属协和医院签署了《战略合作协议》。");
        assert_eq!(found, vec![vec!["北京大学第一医院".to_string(), "华中科技大学同济医学院附属协和医院".to_string()]]);
        assert_eq!(all_parties("北京大学第一医院近日与北京市海淀医院签署合作协议。").len(), 1);
        assert_eq!(all_parties("瑞金医院与上海市嘉定区人民政府续签合作办医协议。").len(), 1);
        // Anything else between them breaks the chain.
        assert!(all_parties("北京大学第一医院专家团队与北京市海淀医院签署合作协议。").is_empty());
    }

    #[test]
    fn a_short_form_restated_in_brackets_keeps_the_chain() {
        let parties = all_parties("香港中医医院与香港中文大学(中大)、北京大学签署合作协议。");
        assert_eq!(parties, vec![vec!["香港中医医院".to_string(), "香港中文大学".to_string(), "北京大学".to_string()]]);
    }

    #[test]
    fn bodies_listed_in_brackets_after_a_description_are_the_parties() {
        let parties = all_parties(
            "香港中医医院9日与三间设有中医或中医药学院的香港本地大学(香港浸会大学(浸大)、香港中文大学(中大)和香港大学(港大))签署合作协议。",
        );
        // The first with each of them: the listed did not sign with one another.
        assert_eq!(parties.len(), 3, "{parties:?}");
        assert!(parties.iter().all(|p| p.len() == 2 && p.contains(&"香港中医医院".to_string())), "{parties:?}");
    }

    #[test]
    fn a_bodys_officer_joined_to_another_body_signs_for_it() {
        let parties = all_parties("3月5日，甲市中心医院院长张三与乙县人民政府共同签署战略合作协议。");
        assert_eq!(parties, vec![vec!["甲市中心医院".to_string(), "乙县人民政府".to_string()]]);
        let parties = all_parties("图1:首科院院长关成华教授与丰宁满族自治县人民政府共同签署战略合作协议");
        assert_eq!(parties, vec![vec!["丰宁满族自治县人民政府".to_string(), "首科院".to_string()]]);
        // With a list of bodies on the other side: the three sign.
        let parties = all_parties("随后,上海市凉城商会会长顾伟钢与上海市南通商会、上海市嘉善商会签订了战略合作协议。");
        assert_eq!(parties.len(), 1, "{parties:?}");
        assert_eq!(parties[0].len(), 3, "{parties:?}");
        // Not beside the other's officer, nor a list of witnesses before
        // another signing.
        assert!(all_parties("甲市中心医院院长张三与乙县人民政府县长李四签署协议。").is_empty());
        let text = "在签署仪式上，甲大学校长张三和乙大学副校长李四共同见证丙医院院长王五与丁学院院长赵六签署合作协议。";
        assert!(all_parties(text).is_empty(), "{:?}", all_parties(text));
    }

    #[test]
    fn a_clause_after_the_event_told_before_follows_it() {
        assert!(follows_event("座谈后，双方共同签订了合作框架协议"));
        assert!(follows_event("随后，双方签署协议"));
        assert!(!follows_event("此后双方将加强合作"));
        assert!(!follows_event("签约仪式结束后，甲医院院长出席"));
    }

    #[test]
    fn a_signing_that_counts_the_sides_it_does_not_name() {
        assert!(counts_other_sides("徐汇政府与市通信管理局及四家基础电信企业签约"));
        assert!(counts_other_sides("甲医院与乙大学、3所高校共同签署协议"));
        assert!(!counts_other_sides("甲医院与乙大学签约，四家企业代表出席"));
        assert!(!counts_other_sides("甲医院与乙大学签署协议"));
    }

    #[test]
    fn one_body_with_a_list_of_three_or_more_signed_with_each() {
        let parties =
            all_parties("云南机场集团与山东航空股份有限公司、春秋航空公司、昆明航空公司签署《战略合作协议》。");
        assert_eq!(parties.len(), 3, "{parties:?}");
        assert!(parties.iter().all(|p| p.len() == 2 && p.contains(&"云南机场集团".to_string())), "{parties:?}");
        // So with an adverb before the connector (甲也与乙、丙、丁).
        let parties = all_parties("签约仪式上，甲电信分公司也与乙市公安局、丙区人民政府、丁水务集团签署了合作协议。");
        assert_eq!(parties.len(), 3, "{parties:?}");
        assert!(parties.iter().all(|p| p.len() == 2 && p.contains(&"甲电信分公司".to_string())), "{parties:?}");
        // Not two after it, nor a document of many sides.
        let parties = all_parties("云南机场集团与山东航空股份有限公司、春秋航空公司签署三方协议。");
        assert_eq!(parties.len(), 1);
        let parties = all_parties("云南机场集团与山东航空股份有限公司、春秋航空公司、昆明航空公司签署四方合作协议。");
        assert_eq!(parties.len(), 1);
    }

    #[test]
    fn a_list_of_parties_goes_on_past_a_name_no_body_was_found_for() {
        let parties = all_parties("闵行区人民政府、上海交通大学、上海紫竹科创园、瑞金医院负责人签署共建合作协议。");
        assert_eq!(parties.len(), 1);
        assert!(parties[0].contains(&"瑞金医院".to_string()), "{parties:?}");
        assert_eq!(parties[0].len(), 3, "{parties:?}");
        // A zone is a body found.
        let parties = all_parties("闵行区人民政府、上海交通大学、上海紫竹高新区、瑞金医院负责人签署共建合作协议。");
        assert_eq!(parties[0].len(), 4, "{parties:?}");
        // So does a list past a province written before a city.
        let parties = all_parties(
            "中科院科发局、中科院地理资源所、山东省东营市、黄三角农高区管委会签署备忘录。东营市副市长韩利学出席。",
        );
        let mut parties = parties[0].clone();
        parties.sort();
        assert_eq!(parties, vec!["东营市人民政府", "中科院地理资源所", "中科院科发局", "黄三角农高区管理委员会"]);
    }

    #[test]
    fn chambers_tied_as_friends_in_a_headline_listed_with_spaces() {
        let parties =
            all_parties("南京市金华商会 绍兴市金华商会 中国轻纺城金华商会 缔结友好合作商会签约仪式在我会举行");
        assert_eq!(parties.len(), 1, "{parties:?}");
        assert_eq!(parties[0].len(), 3, "{parties:?}");
        let (a, _) = read("甲市商会与乙市商会正式缔结友好商会。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("友好商会协议"));
    }

    #[test]
    fn a_party_said_to_be_something_before_the_connector() {
        let parties = all_parties("苏商集团作为此次重大活动的民企主角，与云浮市人民政府签署2000亿元战略合作框架协议。");
        assert_eq!(parties, vec![vec!["苏商集团".to_string(), "云浮市人民政府".to_string()]]);
        // A clause opening with a body's officer, then one with 并与 and the
        // other: the officer's body signed with it.
        let (a, _) = read(
            "3月10日上午,中国华侨历史博物馆副馆长(主持工作)宁一出席北京联合大学文化遗产学院成立大会,并与北京联合大学签署馆校合作协议。",
        );
        let (parties, _, title) = a.expect("an officer's body carried");
        assert_eq!(parties, ["中国华侨历史博物馆", "北京联合大学"]);
        assert_eq!(title, "馆校合作协议");
        // With no comma, a short description.
        let parties = all_parties("中国华侨历史博物馆作为合作单位和北京联合大学签署协议。");
        assert_eq!(parties, vec![vec!["中国华侨历史博物馆".to_string(), "北京联合大学".to_string()]]);
    }

    #[test]
    fn parties_joined_by_yu_before_the_verb() {
        let (a, _) = read("6月11日,中山大学肿瘤防治中心与上海联影医疗科技有限公司签署战略合作协议。");
        let (parties, date, title) = a.unwrap();
        assert_eq!(parties.len(), 2);
        assert_eq!(date.as_deref(), Some("--06-11"));
        assert_eq!(title, "战略合作协议");
    }

    #[test]
    fn coordinator_is_not_a_party() {
        let (a, _) = read("华山医疗集团与瑞金医院在国家癌症中心统筹下于2025年12月11日签署战略合作备忘录。");
        let (parties, date, _) = a.unwrap();
        assert_eq!(parties, vec!["华山医疗集团".to_string(), "瑞金医院".to_string()]);
        assert_eq!(date.as_deref(), Some("2025-12-11"));
    }

    #[test]
    fn a_body_guiding_the_signing_coordinates_it() {
        let (a, _) = read("在国家卫生健康委员会医政医管局的指导下，国家癌症中心与乙市肿瘤医院签署合作协议。");
        let (parties, _, _) = a.expect("an agreement");
        assert_eq!(parties, vec!["国家癌症中心".to_string(), "乙市肿瘤医院".to_string()]);
        // Or two bodies pushing it together (联合推动下).
        let (a, _) =
            read("在市司法局、成都市中级人民法院联合推动下,成都市律师协会与成都市青羊区人民法院签订合作备忘录。");
        let (parties, _, _) = a.expect("an agreement");
        assert_eq!(parties, vec!["成都市律师协会".to_string(), "成都市青羊区人民法院".to_string()]);
    }

    #[test]
    fn a_signing_that_names_no_document_signs_a_cooperation_agreement() {
        for text in
            ["山东大学齐鲁医院与青岛市市立医院签约", "3月5日上午，山东大学齐鲁医院与青岛市市立医院签约仪式举行。"]
        {
            let (a, _) = read(text);
            let (parties, _, title) = a.unwrap_or_else(|| panic!("an agreement in {text}"));
            assert_eq!((parties.len(), title.as_str()), (2, "合作协议"));
        }
        // 签约 inside another word is no signing of theirs.
        assert!(read("山东大学齐鲁医院与青岛市市立医院签约专家座谈。").0.is_none());
    }

    #[test]
    fn a_body_that_also_signed_with_a_list_respectively() {
        let all = all_parties("甲银行德州分行还与山东高速、永锋集团、光大环保等3家企业分别签署银企战略合作协议。");
        assert_eq!(all.len(), 3, "{all:?}");
    }

    #[test]
    fn what_the_second_party_is_may_follow_the_connector() {
        let all = all_parties("我校附属龙华医院与校董单位华润三九医药股份有限公司签署战略合作框架协议。");
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains(&"华润三九医药股份有限公司".to_string()), "{all:?}");
    }

    #[test]
    fn a_partnership_entered_is_an_agreement() {
        let (a, _) = read("香港中文大学与台北医学大学缔结策略伙伴关系。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("策略伙伴关系"));
        let (a, _) = read("浙江大学与复旦大学结成战略合作伙伴关系。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("战略合作伙伴关系"));
        // A project's document is signed too (项目书).
        let (a, _) = read("复旦大学附属华山医院与天士力控股集团签署了合作项目书。");
        assert_eq!(a.map(|a| a.2).as_deref(), Some("合作项目书"));
        // 结成 anything else is no signing.
        assert!(all_parties("浙江大学与复旦大学结成对子。").is_empty());
    }

    #[test]
    fn two_lists_signing_respectively_pair_off() {
        let mut all =
            all_parties("蔡甸区人民政府、武汉地铁集团分别与中粮粮谷有限公司、大悦城控股集团签署战略合作框架协议。");
        all.iter_mut().for_each(|a| a.sort());
        assert_eq!(
            all,
            vec![
                vec!["中粮粮谷有限公司".to_string(), "蔡甸区人民政府".to_string()],
                vec!["大悦城控股集团".to_string(), "武汉地铁集团".to_string()]
            ]
        );
        // A list with one body: each of the list with it.
        let all = all_parties("蔡甸区人民政府、武汉地铁集团分别与中粮粮谷有限公司签署战略合作框架协议。");
        assert_eq!(all.len(), 2, "{all:?}");
    }

    #[test]
    fn bodies_after_an_acts_words_are_what_is_signed_about() {
        let all = all_parties("2012年,双方签署了首份合作共建北京华信医院、北京市垂杨柳医院协议书。");
        assert!(all.is_empty(), "{all:?}");
        let all = all_parties("朝阳区政府与清华大学签署合作共建北京华信医院和北京市垂杨柳医院协议书。");
        assert_eq!(all, vec![vec!["朝阳区人民政府".to_string(), "清华大学".to_string()]]);
        // (Quoted too.)
        let all = all_parties("仪式上,双方签署共建“聊城双拥学院”合作协议书。");
        assert!(all.is_empty(), "{all:?}");
        // Right after the verb they sign, and after a clause opened anew.
        let all = all_parties("会上签署了北京华信医院与北京市垂杨柳医院的合作协议。");
        assert_eq!(all.len(), 1, "{all:?}");
        let all = all_parties("签约仪式上,衢江区人民政府与赤壁市人民政府签署缔结友好城市框架协议。");
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn bodies_witnessing_a_signing_are_no_sides_and_a_counted_list_is_one() {
        assert_eq!(
            all_parties("在民航中南地区管理局、民航新疆管理局领导见证下,深圳机场集团与新疆机场集团签订战略合作协议。"),
            [["深圳机场集团", "新疆机场集团"]]
        );
        assert_eq!(
            all_parties("首都机场集团等7家民航单位与中国交通建设集团股份有限公司签署合作框架协议。"),
            [["首都机场集团", "中国交通建设集团股份有限公司"]]
        );
        assert_eq!(
            all_parties("新疆医科大学及七所附属医院与建设银行新疆分行、交通银行新疆分行分别签署了战略合作协议。"),
            [["新疆医科大学", "中国建设银行新疆分行"], ["新疆医科大学", "交通银行新疆分行"]]
        );
    }

    #[test]
    fn bodies_issuing_a_document_are_no_parties_of_a_later_signing() {
        assert_eq!(
            all_parties(
                "为落实国家卫健委、教育部《关于加强医教协同的意见》,6月2日,温州市中心医院与温州大学举行合作签约仪式。"
            ),
            [["温州市中心医院", "温州大学"]]
        );
        // (A document that is an agreement names its sides: 甲、乙《合作协议》.)
        assert_eq!(
            all_parties("温州市中心医院、温州大学《战略合作协议》签约仪式举行。"),
            [["温州市中心医院", "温州大学"]]
        );
    }

    #[test]
    fn bodies_that_organised_the_event_are_no_parties() {
        let all = all_parties(
            "在中共杭州市余杭区委员会、杭州市余杭区人民政府主办的启动仪式现场,杭州电子研究所与浙江科技大学签署了合作协议。",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains(&"浙江科技大学".to_string()) && all[0].len() == 2, "{all:?}");
        // Together (联合承办) too.
        let all = all_parties("由国科控股有限公司与成都市科学技术局联合承办的区域科技合作签约仪式在成都举行。");
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn signing_miswritten_as_qianding_is_a_signing() {
        let (a, _) = read("太原科技大学与平遥华兴电机铸造有限公司签定产学研合作协议。");
        assert_eq!(a.unwrap().2, "产学研合作协议");
    }

    #[test]
    fn words_between_the_parties_and_the_document_name_it() {
        let (a, _) = read("8月2日,长寿区人民政府与重庆银行股份有限公司高质量发展合作协议签约仪式举行。");
        assert_eq!(a.unwrap().2, "高质量发展合作协议");
        // An act between them names nothing.
        let (a, _) = read("7月5日,亳州市人民政府与工商银行安徽省分行举行战略合作协议签约仪式。");
        assert_eq!(a.unwrap().2, "战略合作协议");
        // Nor does the round it opens.
        let (a, _) = read("4月24日,嘉定区人民政府与国网上海市电力公司签署新一轮合作协议。");
        assert_eq!(a.unwrap().2, "合作协议");
    }

    #[test]
    fn signing_ceremony_without_a_document_noun() {
        let (a, _) = read("3月14日,恒康医药与瑞金医院举行战略合作签约仪式。");
        assert_eq!(a.unwrap().2, "战略合作协议");
        // A signing event held is one too; one attended is not.
        // The first holds the signing with the other.
        let (a, _) = read("11月22日,重庆师范大学在博雅楼501会议室举行与中国联通重庆市分公司战略合作协议签约仪式。");
        let (parties, _, title) = a.expect("held with the other");
        assert_eq!(parties, ["重庆师范大学", "中国联通重庆市分公司"]);
        assert_eq!(title, "战略合作协议");
        let (a, _) = read("3月14日,恒康医药有限公司举行与瑞金医院战略合作签约仪式。");
        assert!(a.is_some_and(|(p, _, _)| p.len() == 2));
        let (a, _) = read("3月2日,恒康医药与瑞金医院举行了医疗共建签约活动。");
        assert_eq!(a.map(|a| a.0), Some(vec!["恒康医药".to_string(), "瑞金医院".to_string()]));
        let (a, _) = read("恒康医药总经理张三、瑞金医院院长李四参加签约活动。");
        assert!(a.is_none());
        // (A plaque unveiled with it: 签约揭牌仪式; the body the two build is none of theirs.)
        let (a, _) = read("6月24日,聊城大学与聊城市退役军人事务局共建“聊城双拥学院”签约揭牌仪式在第四会议室举行。");
        assert_eq!(a.map(|a| a.0), Some(vec!["聊城大学".to_string(), "聊城市退役军人事务局".to_string()]));
        // (Or the ceremony's acts listed: 签约、揭牌仪式, 签约与授牌仪式.)
        let (a, _) = read("4月9日,郑州经贸学院与中牟县税务局在中牟县税务局举办产教融合基地签约、揭牌仪式。");
        assert_eq!(a.map(|a| a.0), Some(vec!["郑州经贸学院".to_string(), "中牟县税务局".to_string()]));
        let (a, _) = read("12月15日,甲财经学院与金华市统计局举行签约与授牌仪式。");
        assert_eq!(a.map(|a| a.0), Some(vec!["甲财经学院".to_string(), "金华市统计局".to_string()]));
        // A signing ceremony (签署仪式) of a cooperation signs its agreement.
        let (a, _) = read("近日,北京航空航天大学与中国国家博物馆战略合作签署仪式在北航如心会议中心举行。");
        let (parties, _, title) = a.expect("a signing ceremony");
        assert_eq!(parties, ["北京航空航天大学", "中国国家博物馆"]);
        assert_eq!(title, "战略合作协议");
    }

    #[test]
    fn signers_before_the_verb_and_witnesses_after_you() {
        let (_, p) = read("瑞金医院院长张三及华山集团总经理李四代表签署协议,并由徐汇区卫生局局长王五见证。");
        assert_eq!(p.signed, vec!["张三", "李四"]);
        assert_eq!(p.witnessed, vec!["王五"]);
        // Delegates listed as those who signed.
        let (_, p) = read("签署合作备忘录的代表包括国家卫生部台港澳事务办公室副主任王立基及医院管理局行政总裁苏利民。");
        assert_eq!(p.signed, vec!["王立基", "苏利民"]);
        // The speaker of a quotation telling of a signing signed nothing.
        let (_, p) = read("医管局主席范鸿龄说:「医管局2011年首次与北京协和医院签订合作意向书。」");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
        // Signers listed after an aside, over a comma.
        let (_, p) =
            read("(右起)甲大学医学院院长刘泽星教授、乙学院主席梁嘉杰教授, 及丙医学院院长陈家亮教授签署合作备忘录。");
        assert_eq!(p.signed, vec!["刘泽星", "梁嘉杰", "陈家亮"]);
        // Nor does one who speaks of the signing as a thing.
        let (_, p) = read("上海市东方医院党委书记李明对医联体战略合作协议的签订表示祝贺。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
        let (_, p) = read("杨军代表市委市政府向此次战略合作协议的成功签订表示热烈祝贺。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
        // Nor do the bodies one speaks for there sign anything.
        let (a, _) = read("钟晓代表东湖市人民医院、湘南大学向协议的顺利签署表示祝贺。");
        assert!(a.is_none(), "{a:?}");
        // Those said to represent the sides signed in the clause after.
        let (_, p) = read("书记张竞之与院长江拥军分别代表甲医院和乙医院，签署了《合作协议》。");
        assert_eq!(p.signed, vec!["张竞之", "江拥军"]);
        // But people named in a clause before the act represent nothing.
        let (_, p) = read("院长张三与院长李四出席，签署了《合作协议》。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
        // Nor one who speaks for a body of a signing spoken of.
        let (_, p) = read("书记刘小强代表长寿区委，对双方的成功签约表示热烈祝贺。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
    }

    #[test]
    fn a_quoted_name_before_the_act_opens_no_clause() {
        let (_, p) = read("郑宏教授与王祉武院长分别在“海归医协定点帮扶合作医院”协议书上签字。");
        assert_eq!(p.signed, vec!["郑宏", "王祉武"]);
        // (A quotation open at the act still does: 他说:“甲与乙签订协议”.)
        let (_, p) = read("院长王五说:“甲医院与乙医院签订了协议”。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
    }

    #[test]
    fn a_signing_spoken_about_signs_nothing() {
        let text = "甲协会会长詹启敏代表专家就此次到景德镇进行医疗帮扶合作签约、揭牌的意义作了讲话。";
        let (a, p) = read(text);
        assert!(a.is_none() && p.signed.is_empty(), "{:?}", p.signed);
        // (就 in another clause: 双方就合作进行了交流，并签署了协议.)
        let (a, _) = read("北京协和医院与四川大学华西医院就合作进行了交流,并签署了合作协议。");
        assert!(a.is_some());
    }

    #[test]
    fn those_who_attended_and_then_signed_for_the_sides_signed() {
        let (_, p) =
            read("甲省副省长孙国强、乙集团公司副总裁沙跃家分别代表甲省政府和乙集团公司,在贵阳签署战略合作协议。");
        assert_eq!(p.signed, ["孙国强", "沙跃家"]);
        let (_, p) = read("省长蒋超良和甲银行董事长田国立出席签署仪式,并分别代表省政府和甲银行签署战略合作协议。");
        assert_eq!(p.signed, vec!["蒋超良", "田国立"]);
        // With the names listed in the clause before the one they spoke in.
        let (_, p) = read("中国证监会副主席李超,上海市副市长解冬分别致辞,并代表双方签署。");
        assert_eq!(p.signed, vec!["李超", "解冬"]);
        // A party committee's office between commas goes on with the list.
        let (_, p) = read("福建港口集团副总经理陈乐章,福州市委常委,常务副市长林中麟分别代表双方签署了协议。");
        assert_eq!(p.signed, vec!["陈乐章", "林中麟"]);
        // So does a clause of a name saying whom it stands for.
        let (_, p) =
            read("会后,副校长黄素芳代表中国科学技术大学,副行长杨学军代表中国建设银行安徽省分行共同签署校银合作协议。");
        assert_eq!(p.signed, vec!["黄素芳", "杨学军"]);
        // The body one stands for, then a comma before the connector.
        let (a, p) = read("4月2日，会长王雪松代表上海哈尔滨商会,与上海市吉林商会签署合作协议。");
        assert_eq!(a.map(|a| a.0), Some(vec!["上海哈尔滨商会".to_string(), "上海市吉林商会".to_string()]));
        assert_eq!(p.signed, vec!["王雪松"]);
        // (Not a clause of anything else: 黄素芳主持会议.)
        let (_, p) = read("会后,副校长黄素芳主持会议,副行长杨学军代表中国建设银行安徽省分行签署校银合作协议。");
        assert_eq!(p.signed, vec!["杨学军"]);
        // Not without 代表: 并签署 after attending may be the bodies' act.
        let (_, p) = read("省长蒋超良和甲银行董事长田国立出席仪式,并签署了战略合作协议。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
    }

    #[test]
    fn those_who_spoke_and_witnessed_are_witnesses() {
        let (_, p) = read("甲集团副总经理于宏，乙区区长刘桂均讲话并见证签约。");
        assert_eq!(p.witnessed, vec!["于宏", "刘桂均"]);
        // One who spoke before others witnessed did not.
        let (_, p) = read("甲集团副总经理于宏讲话，乙区区长刘桂均见证签约。");
        assert_eq!(p.witnessed, vec!["刘桂均"]);
        // Nor did who reached a consensus, no agreement.
        let (_, p) = read("市委书记刘超与乙公司副总裁杨瑞凯会谈并达成系列合作共识。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
        let (_, p) = read("甲医院院长张三、乙大学校长李四代表双方达成全面合作。");
        assert_eq!(p.signed, ["张三", "李四"]);
        // Who witnessed the document signed did not sign it.
        let (_, p) = read("甲市市委书记刘超与乙公司副总裁杨瑞凯会谈并共同见证协议签署。");
        assert_eq!(p.witnessed, vec!["刘超", "杨瑞凯"]);
        assert!(p.signed.is_empty(), "{:?}", p.signed);
    }

    #[test]
    fn one_who_met_another_and_then_witnessed_together_witnessed_with_him() {
        let (_, p) = read(
            "华信集团董事长张三在华信大厦会见临江市市长李四,双方就深化合作进行深入交流,并共同见证华信集团与临江市人民政府签署战略合作协议。",
        );
        assert_eq!(p.witnessed, vec!["张三", "李四"]);
        // A meeting before another's act is not reached back to.
        let (_, p) =
            read("张三会见李四,王五致辞,华信集团董事长赵六与临江市市长钱七共同见证华信集团与临江市人民政府签署协议。");
        assert_eq!(p.witnessed, vec!["赵六", "钱七"]);
    }

    #[test]
    fn those_who_attended_and_then_witnessed_are_witnesses() {
        let (_, p) = read(
            "腾讯公司副总裁、腾讯健康总裁吴文达，北京协和医院院长吴昊出席签约仪式，并共同见证北京协和医院副院长郭艳美与腾讯公司副总裁许军签约。",
        );
        assert_eq!(p.witnessed, vec!["吴文达", "吴昊"]);
        assert_eq!(p.signed, vec!["郭艳美", "许军"]);
    }

    #[test]
    fn those_who_met_and_then_signed_together_signed() {
        let (_, p) = read("省委副书记、省长杜家毫会见腾讯公司董事会主席兼首席执行官马化腾,并共同签约。");
        assert_eq!(p.signed, vec!["杜家毫", "马化腾"]);
        // (Not those who met before others signed.)
        let (_, p) = read("省长杜家毫会见腾讯公司董事会主席马化腾,双方共同签约。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
    }

    #[test]
    fn a_listed_head_of_a_body_not_found_witnessed_too() {
        let (_, p) = read("长沙市委副书记、市长郑建新，中南大学校长田红旗出席并见证签约。");
        assert_eq!(p.witnessed, vec!["郑建新", "田红旗"]);
        // A party committee's office, an item of its own, is no body found
        // but lists its holder all the same.
        // A list going on after a comma with 以及 signed too.
        let (_, p) = read(
            "戊局局长卢宠茂，共同见证甲医院董事局主席王桂埙分别与乙学院院长李敏、丙学院院长林志秀，以及丁学院副院长黄颖儿签署合作协议。",
        );
        assert_eq!(p.signed, vec!["王桂埙", "李敏", "林志秀", "黄颖儿"]);
        assert_eq!(p.witnessed, vec!["卢宠茂"]);
        // Named before 在现场 (not 在…见证下): witnesses all the same.
        let (_, p) = read("甲公司副总裁王弢，甲公司副总裁浦峥嵘在现场共同见证了签约。");
        assert_eq!(p.witnessed, vec!["王弢", "浦峥嵘"]);
        let (_, p) = read("福安市委常委、市政府常务副市长黄凌，青拓集团董事长姜海洪出席仪式，共同见证签约。");
        assert_eq!(p.witnessed, vec!["黄凌", "姜海洪"]);
        let (_, p) = read("市委常委、常务副市长刘辉，国网泰州供电公司副总经理姚军共同签署战略合作框架协议。");
        assert_eq!(p.signed, vec!["刘辉", "姚军"]);
    }

    #[test]
    fn an_officiating_guest_witnessed() {
        let (_, p) = read("医务卫生局局长卢宠茂教授担任主礼嘉宾，养和医疗集团行政总裁李维达医生签署协议。");
        assert_eq!(p.witnessed, vec!["卢宠茂"]);
        assert_eq!(p.signed, vec!["李维达"]);
    }

    #[test]
    fn those_under_whose_witness_it_was_done_witnessed() {
        let (_, p) = read("医院并在市委常委、秘书长苟正礼、副市长曹俊杰及市卫健委的见证下进行了项目集中签约。");
        assert!(p.signed.is_empty(), "{p:?}");
        assert_eq!(p.witnessed, vec!["苟正礼", "曹俊杰"]);
    }

    #[test]
    fn those_who_countersign_witnessed() {
        let (_, p) = read(
            "备忘录由香港大学深圳医院院长郑晖与港怡医院行政总裁陈志伟签署，并由深圳市卫生健康委员会主任许四虎监签。",
        );
        assert_eq!(p.signed, vec!["郑晖", "陈志伟"]);
        assert_eq!(p.witnessed, vec!["许四虎"]);
        // 证签 is 见证签约 written short.
        let (_, p) = read("腾讯公司董事会主席马化腾、省长沈晓明证签。");
        assert!(p.signed.is_empty(), "{p:?}");
        assert_eq!(p.witnessed, vec!["马化腾", "沈晓明"]);
    }

    #[test]
    fn fields_list_who_took_part() {
        let (_, p) = read("见证人：江西省卫生健康委员会主任王水平、南昌市市长万广明");
        assert_eq!(p.witnessed, vec!["王水平", "万广明"]);
        let (_, p) = read("主持人：南昌大学第一附属医院副院长万崇华");
        assert_eq!(p.hosted, vec!["万崇华"]);
        let (_, p) = read("签约代表：南昌大学第一附属医院院长程晓曙");
        assert_eq!(p.signed, vec!["程晓曙"]);
        // Another field lists no one taking part.
        let (_, p) = read("联系人：南昌大学第一附属医院副院长万崇华");
        assert!(p.hosted.is_empty() && p.witnessed.is_empty() && p.signed.is_empty());
    }

    #[test]
    fn a_list_of_names_joined_by_a_connector_witnessed_with_the_clause_after_it() {
        let (_, p) = read(
            "天津市委书记陈敏尔,市委副书记、市长张工与中国邮政集团有限公司董事长刘爱力,总经理郑国雨一行座谈并见证签约。",
        );
        assert_eq!(p.witnessed, vec!["陈敏尔", "张工", "刘爱力", "郑国雨"]);
    }

    #[test]
    fn a_host_named_after_the_word_and_one_in_charge_who_hosts_nothing() {
        let (_, p) = read("主持人为北京协和医院副院长王五。");
        assert_eq!(p.hosted, vec!["王五"]);
        let (_, p) = read("北京协和医院党委副书记王五主持工作。");
        assert!(p.hosted.is_empty());
        let (_, p) =
            read("四川生物医药产业集团有限责任公司董事长刘军，北京协和医院副院长(主持行政工作)王五出席并见证签约。");
        assert!(p.hosted.is_empty(), "{:?}", p.hosted);
        assert_eq!(p.witnessed, vec!["刘军", "王五"]);
        // Nor one in charge of a body's whole work, written after the name.
        let (_, p) = read("甲集团总经理刘军，北京协和医院院长王五(主持集团公司全面工作)出席签约仪式。");
        assert!(p.hosted.is_empty(), "{:?}", p.hosted);
        let (_, p) = read("签约仪式由北京协和医院院长王五主持。");
        assert_eq!(p.hosted, vec!["王五"]);
        // The chair of a board's meeting hosts no signing.
        let (_, p) = read("会议应出席董事9名，董事局主席俞培俤先生主持本次会议。");
        assert!(p.hosted.is_empty());
        let (_, p) = read("在北京协和医院院长王五主持的国家重点研发计划项目检查期间,甲与乙签署协议。");
        assert!(p.hosted.is_empty());
        let (_, p) = read("会议由公司董事长庞惠民先生主持。");
        assert!(p.hosted.is_empty());
        // The host of another event named before 由 hosts no signing.
        let (_, p) = read("“金洽会”由上海金融业联合会副理事长、上海银行行长金煜主持。");
        assert!(p.hosted.is_empty(), "{p:?}");
        let (_, p) = read("高峰论坛由甲集团董事长王五主持。");
        assert!(p.hosted.is_empty(), "{p:?}");
        let (_, p) = read("签约仪式由甲集团董事长王五主持。");
        assert_eq!(p.hosted, vec!["王五"]);
        // Nor the host of one named after 主持.
        let (_, p) = read("中国工程院院士、甲学会理事长王五主持学术报告会。");
        assert!(p.hosted.is_empty(), "{p:?}");
        let (_, p) = read("甲局副局长、乙中心党委书记王五主持开幕式。");
        assert!(p.hosted.is_empty(), "{p:?}");
        let (_, p) = read("甲医院副院长王五主持签约仪式。");
        assert_eq!(p.hosted, vec!["王五"]);
    }

    #[test]
    fn chairing_a_meeting_that_states_no_signing() {
        assert!(chairs_a_meeting("陈五欢迎孙六率领代表团到访,并主持会议。"));
        assert!(chairs_a_meeting("会谈由甲集团董事长王五主持。"));
        assert!(!chairs_a_meeting("甲医院副院长王五主持签约仪式。"));
        assert!(!chairs_a_meeting("王五主持会议,双方签署了合作协议。"));
    }

    #[test]
    fn the_signing_spoken_of_is_no_act() {
        let (_, p) = read("甲医院院长侯建全、乙公司董事长张美华也谈到将以此次签约为契机，推进合作。");
        assert!(p.signed.is_empty(), "{:?}", p.signed);
        // But one who completes it signs.
        let (_, p) = read("随后,甲省体育局副局长李华与乙产业集团总裁单铁正式完成本次签约。");
        assert_eq!(p.signed, vec!["李华".to_string(), "单铁".to_string()]);
    }

    #[test]
    fn the_host_who_presents_the_signing_signs_nothing() {
        let (_, p) = read("副市长钟汉光主持签约仪式并介绍签约情况,董事局主席王健闯、副市长施东红代表双方签约。");
        assert_eq!(p.signed, vec!["王健闯".to_string(), "施东红".to_string()]);
        assert_eq!(p.hosted, vec!["钟汉光".to_string()]);
    }

    #[test]
    fn host_is_not_a_witness() {
        let (_, p) = read("签约仪式由瑞金医院副院长李高峰主持,华山集团总经理戴洪斌致辞,双方代表共同见证。");
        assert_eq!(p.hosted, vec!["李高峰"]);
        assert!(p.witnessed.is_empty());
    }

    #[test]
    fn those_who_attended_a_signing_signed_nothing() {
        let (_, p) = read("区长史庆超,副区长李涛,甲集团总裁黄立平等出席签约。");
        assert!(p.signed.is_empty(), "{p:?}");
        let (_, p) = read("甲、乙负责人参加了签约仪式。");
        assert!(p.signed.is_empty(), "{p:?}");
        // Nor did the bodies whose people attended or witnessed it, with words
        // naming the signing between (参加合作签约仪式, 共同见证了签约仪式).
        let (a, _) = read("北京大学第一医院、北京市海淀医院负责人参加合作签约仪式。");
        assert!(a.is_none(), "{a:?}");
        let (a, _) = read("北京大学第一医院、北京市海淀医院负责人共同见证了签约仪式。");
        assert!(a.is_none(), "{a:?}");
        let (a, _) = read("北京大学第一医院、北京市海淀医院负责人出席战略合作签约仪式。");
        assert!(a.is_none(), "{a:?}");
        // Those who signed still did.
        let (a, _) = read("北京大学第一医院与北京市海淀医院签署战略合作协议，双方领导见证签约。");
        assert!(a.is_some());
        let (_, p) = read("区长史庆超与甲集团总裁黄立平签约。");
        assert_eq!(p.signed.len(), 2, "{p:?}");
    }

    #[test]
    fn a_signing_that_was_witnessed_names_witnesses_not_signers() {
        for text in [
            "浙江省卫生健康委员会副主任孙黎明见证签约。",
            "上海市卫生健康委员会副主任赵丹丹、复旦大学副校长张人禾共同见证签约。",
            "国家卫生健康委员会医政司司长焦雅辉出席并见证了双方签约。",
        ] {
            let (_, p) = read(text);
            assert!(p.signed.is_empty(), "{text}: {p:?}");
            assert!(!p.witnessed.is_empty(), "{text}: {p:?}");
        }
        let (_, p) = read("上海市卫生健康委员会副主任赵丹丹、复旦大学副校长张人禾共同见证签约。");
        assert_eq!(p.witnessed, vec!["赵丹丹", "张人禾"]);
    }

    #[test]
    fn a_list_of_names_split_by_commas_shares_the_verb_after_it() {
        let (_, p) = read(
            "济南市卫生健康委员会党组书记、主任徐树强,山东第一医科大学附属省立医院党委书记刘伟出席签约仪式并见证了签约。",
        );
        assert_eq!(p.witnessed, vec!["徐树强", "刘伟"]);
        // A clause with words of its own is no part of the list.
        let (_, p) = read("济南市中心医院院长孙长强致辞,山东省立医院党委书记刘伟见证签约。");
        assert_eq!(p.witnessed, vec!["刘伟"]);
    }

    #[test]
    fn district_and_county_heads_sign() {
        let (_, p) = read("番禺区区长郑家海、广州医科大学附属第一医院院长何建行代表双方签约。");
        assert_eq!(p.signed, vec!["郑家海", "何建行"]);
    }

    #[test]
    fn witnesses_in_zai_de_jianzheng_xia() {
        let (_, p) = read("在徐汇区卫生局局长王五的见证下,瑞金医院与华山集团签署协议。");
        assert_eq!(p.witnessed, vec!["王五"]);
        // With the act right after 见证下: still a witness, no signer.
        let (_, p) = read("双方今在卫生局局长王五见证下签约。");
        assert_eq!(p.witnessed, vec!["王五"]);
        assert!(p.signed.is_empty(), "{:?}", p.signed);
    }
}
