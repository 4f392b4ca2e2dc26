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
    /// Counterparts of the speaker's own kind (我校与山东科技大学, 集团公司与市交控
    /// 集团): the document's one body of that kind is then not the only one,
    /// and the kind's words (校党委书记, 集团董事长) are the speaker's.
    pub(super) rivals: BTreeSet<usize>,
    /// Bodies joined to another by a connector (甲集团与乙市人民政府签署…): of
    /// several bodies of a kind, the one named so is the party its kind's
    /// words stand for (甲集团, not 丙集团 named only in a list).
    pub(super) joined: BTreeSet<usize>,
    /// Bodies named only as someone's former office (甲大学|原校长乙): no
    /// party of the text's own events, so no speaker.
    pub(super) former_only: BTreeSet<usize>,
    /// Bodies the parties build together (我校与甲局共建“乙学院”), never joined
    /// to another by a connector: what the event makes, so no speaker.
    pub(super) built: BTreeSet<usize>,
}

/// One of the speaker's words for its own body: the word, whether it is a
/// bare kind word (学校, 集团公司: the speaker's only where it stands alone),
/// and which bodies are of the speaker's kind when it is used (of a type,
/// named with an ending, or both).
struct OwnWord {
    text: &'static str,
    chars: Vec<char>,
    bare: bool,
    kind: Option<OrgType>,
    ending: Option<&'static str>,
}

impl OwnWord {
    fn of_kind(&self, e: &OrgEntry) -> bool {
        self.ending.is_none_or(|ending| e.name.ends_with(ending)) && self.kind.is_none_or(|k| e.org_type == k)
    }
}

/// The speaker's words: the kinds' words in the first person (我院, 本公司,
/// 我会), a group's (我集团, 集团公司) and the bare kind words (学校).
static OWN_WORDS: LazyLock<Vec<OwnWord>> = LazyLock::new(|| {
    let word = |text: &'static str, bare: bool, kind: Option<OrgType>, ending: Option<&'static str>| OwnWord {
        text,
        chars: text.chars().collect(),
        bare,
        kind,
        ending,
    };
    let mut out = Vec::new();
    for (kind, bare, words) in REFERENTS {
        let first_person = words.iter().filter(|w| w.starts_with(['我', '本']));
        for (w, is_bare) in first_person.map(|w| (*w, false)).chain([(bare, true)]) {
            out.push(word(w, is_bare, Some(kind), None));
        }
    }
    for (ending, words, kind) in ENDING_REFERENTS {
        for w in words.iter().filter(|w| w.starts_with(['我', '本']) || w.ends_with("公司")) {
            out.push(word(w, !w.starts_with(['我', '本']), kind, Some(ending)));
        }
    }
    out
});

/// The clues to the speaker's own body in sentences naming it. `occurrences`:
/// the names found in each sentence (their entries may have merged since:
/// they are looked up again by their words).
pub(super) fn own_body_clues(
    cat: &OrgCatalog,
    sentences: &[Sentence],
    occurrences: &[Vec<(Span, usize)>],
    lex: &Lexicon,
) -> OwnBodyClues {
    let words = &*OWN_WORDS;
    let connector = |c: Option<&char>| matches!(c, Some('与' | '和' | '同' | '及'));
    const HELD: [[char; 2]; 3] = [['举', '行'], ['举', '办'], ['召', '开']];
    let mut clues = OwnBodyClues::default();
    for (s, occ) in sentences.iter().zip(occurrences) {
        let w = &s.chars;
        // (Looked for only where an event is held at a body.)
        let speaks = || words.iter().any(|o| !o.bare && s.working.contains(o.text));
        // (A bare word stands alone: no name found ends or starts where it
        // does, 甲集团与乙集团, and no word runs into it before.)
        let named_at = |at: usize, end: bool| occ.iter().any(|(o, _)| if end { o.end == at } else { o.start == at });
        let alone = |start: usize| start == 0 || !is_han(w[start - 1]) || BEFORE_REFERENT.contains(w[start - 1]);
        for &(span, _) in occ {
            let after = connector(w.get(span.end)).then_some(span.end + 1);
            let before = (span.start >= 1 && connector(w.get(span.start - 1))).then(|| span.start - 1);
            let at_venue = span.start >= 1 && w[span.start - 1] == '在';
            let built = {
                let before = &w[..span.start];
                let before = before.strip_suffix(&['“']).or_else(|| before.strip_suffix(&['「'])).unwrap_or(before);
                before.ends_with(&['共', '建'])
            };
            if built && let Some(idx) = cat.lookup(&text_of(&w[span.start..span.end])) {
                clues.built.insert(idx);
            }
            // (Cheap tests first: most names stand by no connector and no 在.)
            if after.is_none() && before.is_none() && !at_venue {
                continue;
            }
            // The entry is looked up again by its words: it may have merged.
            let Some(idx) = cat.lookup(&text_of(&w[span.start..span.end])) else { continue };
            let by_name = |at: usize| occ.iter().any(|(o, _)| o.start == at || o.end == at);
            if after.is_some_and(by_name) || before.is_some_and(by_name) {
                clues.joined.insert(idx);
            }
            for word in words {
                let n = word.chars.len();
                let follows = after.is_some_and(|at| {
                    w[at.min(w.len())..].starts_with(&word.chars) && !(word.bare && named_at(at, false))
                });
                let precedes = before.is_some_and(|at| {
                    w[..at].ends_with(&word.chars) && !(word.bare && (named_at(at, true) || !alone(at - n)))
                });
                if !(follows || precedes) {
                    continue;
                }
                if !word.bare {
                    clues.counterparts.insert(idx);
                }
                if word.of_kind(&cat.entries[idx]) {
                    clues.rivals.insert(idx);
                }
            }
            let held = HELD.iter().any(|v| w[span.end..].starts_with(v));
            if at_venue && held && speaks() {
                clues.venues.insert(idx);
            }
        }
    }
    clues.venues.retain(|i| !clues.counterparts.contains(i));
    let joined = &clues.joined;
    clues.built.retain(|i| !joined.contains(i));
    clues.former_only = former_only(cat, sentences, occurrences, lex);
    clues
}

/// Bodies every name of which stands right before a former office (广州中医药
/// 大学|原校长王省良): named for who a person was, not as a party.
fn former_only(
    cat: &OrgCatalog,
    sentences: &[Sentence],
    occurrences: &[Vec<(Span, usize)>],
    lex: &Lexicon,
) -> BTreeSet<usize> {
    let former_at = |w: &[char], at: usize| w.get(at) == Some(&'原') && title_at(&w[at + 1..], lex);
    let mut former = BTreeSet::new();
    for (s, occ) in sentences.iter().zip(occurrences) {
        for &(span, _) in occ.iter().filter(|(span, _)| former_at(&s.chars, span.end)) {
            former.extend(cat.lookup(&text_of(&s.chars[span.start..span.end])));
        }
    }
    // (Cheap: looked up again only where a former office was found.)
    if !former.is_empty() {
        for (s, occ) in sentences.iter().zip(occurrences) {
            for &(span, _) in occ.iter().filter(|(span, _)| !former_at(&s.chars, span.end)) {
                if let Some(i) = cat.lookup(&text_of(&s.chars[span.start..span.end])) {
                    former.remove(&i);
                }
            }
        }
    }
    former
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
        // (The label may follow another field on its line: 时间: 2022-10-27 来源: 甲研究院.)
        sentences.iter().take(BYLINE_SENTENCES).find_map(|s| {
            s.working.match_indices(':').find_map(|(at, _)| {
                let (label, value) = (s.working[..at].trim_end(), &s.working[at + 1..]);
                let label = label.rsplit(|c: char| !is_han(c)).next().unwrap_or(label);
                if !BYLINES.contains(&label) {
                    return None;
                }
                let value: Vec<char> = value.trim_start().chars().collect();
                cat.find(&value).into_iter().find(|(span, _)| span.start == 0).map(|(_, idx)| idx)
            })
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
        // Without a signature, with two hospitals, 我院 is the one it does not
        // sign with; with three, it is not guessed.
        let text = "首都医科大学附属北京天坛医院与我院签署协议。承德市中心医院院长出席。";
        assert_eq!(ours(text).as_deref(), Some("承德市中心医院"));
        let text = "首都医科大学附属北京天坛医院与我院签署协议。承德市中心医院、承德市妇幼保健院院长出席。";
        assert_eq!(ours(text), None);
        // A byline after another field on its line names it.
        let text =
            "时间: 2022-10-27 来源: 浙江理工大学绍兴生物医药研究院2022年10月25日下午,我院与浙江工业职业技术学院签约。";
        let cat = discover(&split(text), &lex());
        let named = cat.find(&chars("，我院")).first().map(|&(_, i)| cat.entries[i].name.clone());
        assert_eq!(named.as_deref(), Some("浙江理工大学绍兴生物医药研究院"));
        // Also where one hospital is named: it is not the one who writes.
        let text = format!("{text}南湖市中心医院院长高远出席。");
        let cat = discover(&split(&text), &lex());
        let named = cat.find(&chars("，我院")).first().map(|&(_, i)| cat.entries[i].name.clone());
        assert_eq!(named.as_deref(), Some("浙江理工大学绍兴生物医药研究院"));
    }

    #[test]
    fn the_kinds_words_are_the_speakers_beside_a_body_of_its_kind() {
        // 我校 signs with the one university named: 校, 学校 are 我校's.
        let text = "我校与山东科技大学(以下简称“山科大”)签约。校党委书记王稼琼,党委常委、学校办公室主任姚念龙,山科大党委书记罗公利出席。该校副校长董海荣致辞。";
        let cat = discover(&split(text), &lex());
        let named =
            |s: &str| cat.find(&chars(s)).into_iter().map(|(_, i)| cat.entries[i].name.clone()).collect::<Vec<_>>();
        assert_eq!(named("，学校办公室主任姚念龙"), Vec::<String>::new());
        assert_eq!(named("，该校副校长"), vec!["山东科技大学"]);
        let u = cat.lookup("山东科技大学");
        assert!(u.is_some_and(|i| cat.beside_speaker(i)));
        // A group written bare beside the one group named: 集团 is the speaker's.
        let text = "集团公司与市交控集团签署协议。集团党委书记、董事长张强与市交控集团党委书记贾泉涌出席。";
        assert_eq!(found_in(text, "，集团党委书记"), Vec::<String>::new());
        // Beside a body of another kind, the one group is still 集团.
        let text = "甲大学与市交控集团签署协议。集团党委书记贾泉涌出席。";
        assert_eq!(found_in(text, "，集团党委书记"), vec!["市交控集团"]);
        // Of two universities, 我校 is the one it does not sign with.
        let text = "我校与赤道几内亚国立大学签署谅解备忘录。浙江外国语学院愿以备忘录为起点。";
        assert_eq!(found_in(text, "，我校"), vec!["浙江外国语学院"]);
        let text = "我校与加纳海岸国立大学签署谅解备忘录。临川外国语学院愿以备忘录为起点。";
        assert_eq!(found_in(text, "，我校"), vec!["临川外国语学院"]);
        // Not of three.
        let text = "我校与赤道几内亚国立大学签署谅解备忘录。浙江外国语学院、宁波大学出席。";
        assert_eq!(found_in(text, "，我校"), Vec::<String>::new());
        // Of several, the one joined to another body as a party: 我校 is the
        // university signing with the procuratorate, not the prosecutors' college.
        let text = "甲政法大学与乙省人民检察院举行签约仪式。我校副校长常五出席。乙省检察官学院党委书记刘六出席。";
        assert_eq!(found_in(text, "，我校"), vec!["甲政法大学"]);
        // Not where it signs with 我校 itself.
        let text = "我校与甲政法大学签约。乙省检察官学院党委书记刘六出席。";
        assert_eq!(found_in(text, "，我校"), vec!["乙省检察官学院"]);
        // Nor is the tail of another name a bare word: two groups named.
        let text = "市政公用集团与黑猫集团签约。";
        let cat = discover(&split(text), &lex());
        assert!(cat.lookup("黑猫集团").is_some_and(|i| !cat.beside_speaker(i)));
    }
}
