//! The speaker's own body: what a text says of the body that speaks as 我院,
//! 我校 or 我会 (who it signs with, where its event is held), and which body
//! published the announcement (a byline near its top).

use super::*;

/// What a text says of the body that speaks as 我院, 我校 or 我会.
#[derive(Default)]
pub(super) struct OwnBodyClues {
    /// Bodies joined by a connector to the speaker's own (我院与甲卫生所, 甲大学
    /// 和我校): whoever 我院 is, it is none of them.
    pub(super) counterparts: BTreeSet<usize>,
    /// Bodies where an event of the speaker's own body is held (我院与甲卫生所
    /// 在乙医院举行…): the speaker's, as hosts are.
    pub(super) venues: BTreeSet<usize>,
}

/// The clues to the speaker's own body in sentences naming it. `occurrences`:
/// the names found in each sentence (their entries may have merged since:
/// they are looked up again by their words).
pub(super) fn own_body_clues(
    cat: &OrgCatalog,
    sentences: &[Sentence],
    occurrences: &[Vec<(Span, usize)>],
) -> OwnBodyClues {
    // The speaker's words for its own body: the kinds' words in the first
    // person (我院, 本公司, 我会).
    let own: Vec<&str> = REFERENTS
        .iter()
        .flat_map(|(_, _, words)| words.iter().copied())
        .filter(|w| w.starts_with(['我', '本']))
        .collect();
    let own_chars: Vec<Vec<char>> = own.iter().map(|o| o.chars().collect()).collect();
    let connector = |c: Option<&char>| matches!(c, Some('与' | '和' | '同' | '及'));
    const HELD: [[char; 2]; 3] = [['举', '行'], ['举', '办'], ['召', '开']];
    let mut clues = OwnBodyClues::default();
    for (s, occ) in sentences.iter().zip(occurrences).filter(|(s, _)| own.iter().any(|o| s.working.contains(o))) {
        let w = &s.chars;
        let own_at = |at: usize| own_chars.iter().any(|o| w[at.min(w.len())..].starts_with(o));
        let own_ends_at = |end: usize| own_chars.iter().any(|o| w[..end].ends_with(o));
        let found = occ.iter().filter_map(|(span, _)| Some((*span, cat.lookup(&text_of(&w[span.start..span.end]))?)));
        for (span, idx) in found {
            let after = connector(w.get(span.end)) && own_at(span.end + 1);
            let before = span.start >= 1 && connector(w.get(span.start - 1)) && own_ends_at(span.start - 1);
            if after || before {
                clues.counterparts.insert(idx);
            }
            let held = HELD.iter().any(|v| w[span.end..].starts_with(v));
            if span.start >= 1 && w[span.start - 1] == '在' && held {
                clues.venues.insert(idx);
            }
        }
    }
    clues.venues.retain(|i| !clues.counterparts.contains(i));
    clues
}

/// The body that signs the announcement: a last line that is only its name.
pub(super) fn publisher(cat: &OrgCatalog, sentences: &[Sentence]) -> Option<usize> {
    let last = sentences.last()?;
    let first_of_line = sentences.iter().position(|s| s.line == last.line)?;
    let signed = (first_of_line + 1 == sentences.len() && first_of_line > 0)
        .then(|| cat.lookup(last.working.trim().trim_end_matches(['。', '.'])))
        .flatten();
    // Or a byline near the top naming it first (作者:桂林医学院作者, 来源:甲医院).
    signed.or_else(|| {
        sentences.iter().take(BYLINE_SENTENCES).find_map(|s| {
            let (label, value) = s.working.split_once(':')?;
            let label = label.trim_start_matches(|c: char| !is_han(c));
            if !BYLINES.contains(&label) {
                return None;
            }
            let value: Vec<char> = value.trim_start().chars().collect();
            cat.find(&value).into_iter().find(|(span, _)| span.start == 0).map(|(_, idx)| idx)
        })
    })
}

/// Labels of the field naming who published an announcement, and how many
/// sentences from its top one is looked for in.
pub(super) const BYLINES: [&str; 6] = ["作者", "来源", "文章来源", "供稿", "稿件来源", "发布单位"];
pub(super) const BYLINE_SENTENCES: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::tests::*;
    use crate::text::sentences::split;

    #[test]
    fn our_hospital_is_the_publisher_signing_the_announcement() {
        let ours = |text: &str| {
            let cat = discover(&split(text), &lex());
            cat.find(&chars("，我院")).first().map(|&(_, i)| cat.entries[i].name.clone())
        };
        let text = "首都医科大学附属北京天坛医院与我院签署专科联盟协议。\n承德市中心医院";
        assert_eq!(ours(text).as_deref(), Some("承德市中心医院"));
        // Without a signature, with two hospitals, 我院 is not guessed.
        assert_eq!(ours("首都医科大学附属北京天坛医院与我院签署协议。承德市中心医院院长出席。"), None);
    }
}
