//! Agreements: who signed what with whom, when, and who took part.
//!
//! A sentence with a signing verb (签署, 签订, 签约 …) and an agreement noun
//! (协议, 备忘录 …) names its parties as organisations joined by 与/和/同/及
//! (`甲与乙签署战略合作协议`); `在丙统筹下` names a coordinator. People before a
//! signing verb signed, people between 由 and 见证 witnessed, people between 由
//! and 主持 hosted the ceremony.

use crate::extract::dates::{Date, find_dates, with_dateline};
use crate::extract::mentions::{Token, TokenKind, gap};
use crate::extract::roles::strip_asides;
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

static NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:全面)?(?:战略)?(?:合作)?(?:框架)?(?:协议书|协议|备忘录|意向书|合同|协定)")
        .expect("noun regex")
});
static SIGN_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"签署|签订|签约|缔结|签下|签字").expect("verb regex"));
static COORDINATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在([^,，。;；]{2,40}?)(?:的)?(?:统筹|协调|统一协调|牵头)下").expect("coord regex")
});
static WITNESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"见证").expect("witness regex"));
static HOST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"主持").expect("host regex"));
/// Acts that close what a person did before them (主持, 致辞): a witness list
/// starts after the last of them.
static OTHER_ACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"主持|致辞|讲话|发言|表示|出席|签署|签订").expect("act regex"));

/// An agreement as one sentence states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementMention {
    pub parties: BTreeSet<usize>,
    pub date: Option<Date>,
    pub title: String,
    pub coordinated_by: BTreeSet<usize>,
}

/// Char offset of a byte offset in `text`.
fn char_pos(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Reads an agreement off a sentence, if it states one between named parties.
pub fn read_agreement(
    text: &str,
    w: &[char],
    tokens: &[Token],
    dateline: Option<Date>,
) -> Option<AgreementMention> {
    let noun = NOUN
        .find_iter(text)
        .max_by_key(|m| m.as_str().chars().count())?;
    let verb_pos = SIGN_VERB.find(text).map(|m| char_pos(text, m.start()))?;
    let noun_pos = char_pos(text, noun.start());
    let act_pos = verb_pos.max(noun_pos);
    let mut coordinated = BTreeSet::new();
    for c in COORDINATION.captures_iter(text) {
        let Some(g) = c.get(1) else { continue };
        let (s, e) = (char_pos(text, g.start()), char_pos(text, g.end()));
        for t in tokens {
            if let TokenKind::Org(i) = t.kind
                && t.span.start >= s
                && t.span.end <= e
            {
                coordinated.insert(i);
            }
        }
    }
    // The first chain of organisations joined by a connector, before the act.
    let orgs: Vec<&Token> = tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Org(_)))
        .collect();
    let mut parties: BTreeSet<usize> = BTreeSet::new();
    for pair in orgs.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.span.start > act_pos {
            break;
        }
        let between = tokens
            .iter()
            .any(|t| t.span.start >= a.span.end && t.span.end <= b.span.start);
        let g = strip_asides(&gap(w, a.span.end, b.span.start));
        let joined = matches!(g.trim(), "与" | "和" | "同" | "跟" | "及" | "、" | "以及");
        let (TokenKind::Org(ia), TokenKind::Org(ib)) = (&a.kind, &b.kind) else {
            continue;
        };
        if joined && !between && !coordinated.contains(ia) && !coordinated.contains(ib) {
            parties.insert(*ia);
            parties.insert(*ib);
        } else if parties.len() >= 2 {
            break;
        } else {
            parties.clear();
        }
    }
    if parties.len() < 2 {
        return None;
    }
    let date = find_dates(text)
        .into_iter()
        .rfind(|(p, _)| *p < verb_pos.max(noun_pos))
        .or_else(|| find_dates(text).into_iter().next())
        .map(|(_, d)| with_dateline(d, dateline));
    let title = noun.as_str().trim_start_matches("全面").to_string();
    Some(AgreementMention {
        parties,
        date,
        title,
        coordinated_by: coordinated,
    })
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
    let clause_start = |pos: usize| -> usize {
        chars[..pos]
            .iter()
            .rposition(|c| matches!(c, ',' | ':' | ';' | '。'))
            .map(|i| i + 1)
            .unwrap_or(0)
    };
    let mut last_act = 0usize;
    for m in SIGN_VERB.find_iter(text) {
        let pos = char_pos(text, m.start());
        let after: String = chars[pos + m.as_str().chars().count()..]
            .iter()
            .take(2)
            .collect();
        if after.starts_with("仪式") || after.starts_with('人') {
            continue;
        }
        for n in people_in(clause_start(pos), pos) {
            if !p.signed.contains(&n) {
                p.signed.push(n);
            }
        }
        last_act = pos;
    }
    let acts: Vec<usize> = OTHER_ACT
        .find_iter(text)
        .map(|m| char_pos(text, m.end()))
        .collect();
    for (re, out) in [(&*WITNESS, &mut p.witnessed), (&*HOST, &mut p.hosted)] {
        for m in re.find_iter(text) {
            let pos = char_pos(text, m.start());
            let after_act = acts
                .iter()
                .copied()
                .filter(|&a| a <= pos)
                .max()
                .unwrap_or(0)
                .max(last_act);
            let from = chars[..pos]
                .iter()
                .rposition(|c| *c == '由' || *c == '在')
                .filter(|&i| i >= after_act)
                .unwrap_or_else(|| clause_start(pos).max(after_act));
            for n in people_in(from, pos) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    p.witnessed.retain(|n| !p.signed.contains(n));
    p
}
