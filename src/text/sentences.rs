//! Sentences: clean text in, `Sentence`s out, each with its original text and its
//! working form (simplified, punctuation folded; same char count). Splits at
//! `。！？；` and line ends; does not segment words.

use crate::text::script::working_chars;

/// A sentence longer than this (chars) is cut at its last comma, or hard: no
/// announcement sentence is this long, and a runaway line must stay cheap.
pub const MAX_SENTENCE_CHARS: usize = 400;

/// One sentence of an announcement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// As published (after cleaning): the evidence shown to users.
    pub original: String,
    /// Simplified and folded, what the extractors match against.
    pub working: String,
    /// Index of the line (paragraph) the sentence comes from.
    pub line: usize,
    /// `working` as chars: extractors index a sentence by char.
    pub chars: Vec<char>,
    /// `original` as chars, as many as `chars`.
    pub original_chars: Vec<char>,
    /// Byte offset in `working` of each char, then its length.
    pub offsets: Vec<usize>,
}

impl Sentence {
    pub fn new(original: &str, line: usize) -> Sentence {
        // The working form, both char lists and the offsets in one pass.
        let n = original.chars().count();
        let mut working = String::with_capacity(original.len());
        let (mut chars, mut original_chars, mut offsets) =
            (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n + 1));
        for (c, w) in working_chars(original) {
            offsets.push(working.len());
            working.push(w);
            chars.push(w);
            original_chars.push(c);
        }
        offsets.push(working.len());
        Sentence { chars, original_chars, original: original.to_string(), working, line, offsets }
    }

    /// The char index of a byte offset in `working` (`None` inside a char).
    pub fn char_index(&self, byte: usize) -> Option<usize> {
        self.offsets.binary_search(&byte).ok()
    }
}

/// Splits clean text into sentences; empty pieces are dropped.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (line_no, line) in text.lines().enumerate() {
        let mut current = String::new();
        let mut count = 0usize;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            current.push(c);
            count += 1;
            if count >= MAX_SENTENCE_CHARS {
                let cut =
                    current.rfind([',', '，', '、']).map(|b| b + current[b..].chars().next().map_or(1, char::len_utf8));
                let rest = match cut {
                    Some(b) if b < current.len() => current.split_off(b),
                    _ => String::new(),
                };
                push(&mut out, &mut current, line_no);
                count = rest.chars().count();
                current = rest;
                continue;
            }
            let end = matches!(c, '。' | '！' | '？' | '；' | '!' | ';');
            // Keep a closing quote with the sentence it closes.
            if end {
                while let Some(&q) = chars.peek() {
                    if matches!(q, '」' | '”' | '』' | '"' | ')' | '）') {
                        current.push(q);
                        chars.next();
                    } else {
                        break;
                    }
                }
                push(&mut out, &mut current, line_no);
                count = 0;
            }
        }
        push(&mut out, &mut current, line_no);
    }
    out
}

fn push(out: &mut Vec<Sentence>, current: &mut String, line: usize) {
    let trimmed = current.trim();
    if !trimmed.is_empty() {
        out.push(Sentence::new(trimmed, line));
    }
    current.clear();
}

/// The text of a run of chars (a span of `chars` or `original_chars`), built
/// at its final size: collecting chars into a `String` grows it as it goes.
pub fn text_of(chars: &[char]) -> String {
    let mut text = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    text.extend(chars);
    text
}

/// Does `w` open with `word`?
pub fn starts_with_word(w: &[char], word: &str) -> bool {
    let n = word.chars().count();
    w.len() >= n && word.chars().eq(w[..n].iter().copied())
}

/// Does `w` end with `word`?
pub fn ends_with_word(w: &[char], word: &str) -> bool {
    let n = word.chars().count();
    w.len() >= n && word.chars().eq(w[w.len() - n..].iter().copied())
}

/// Calls `f` with the text of a few chars, without allocating.
pub fn with_text<T>(chars: &[char], f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    let mut len = 0;
    for c in chars {
        match buf.get_mut(len..len + c.len_utf8()) {
            Some(room) => len += c.encode_utf8(room).len(),
            None => return f(&text_of(chars)),
        }
    }
    // (Always whole chars, so always UTF-8; the String is a fallback only.)
    match std::str::from_utf8(&buf[..len]) {
        Ok(text) => f(text),
        Err(_) => f(&text_of(chars)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_full_stops_and_lines() {
        let s = split("甲签署协议。乙表示：「好。」丙\n丁");
        let texts: Vec<&str> = s.iter().map(|x| x.original.as_str()).collect();
        assert_eq!(texts, vec!["甲签署协议。", "乙表示：「好。」", "丙", "丁"]);
        assert_eq!(s[3].line, 1);
    }

    #[test]
    fn runaway_line_is_cut_into_bounded_sentences() {
        let line = "甲医院，".repeat(1000);
        let s = split(&line);
        assert!(s.iter().all(|x| x.original.chars().count() <= MAX_SENTENCE_CHARS));
        assert_eq!(s.iter().map(|x| x.original.chars().count()).sum::<usize>(), 4000);
        let hard = "字".repeat(1000);
        assert_eq!(split(&hard).len(), 3);
    }

    #[test]
    fn working_form_is_simplified() {
        assert_eq!(split("院長李維達。")[0].working, "院长李维达。");
    }

    #[test]
    fn text_of_a_run_of_chars() {
        let s = &split("養和醫療集團 HK")[0];
        assert_eq!(text_of(&s.original_chars[2..4]), "醫療");
        assert_eq!(text_of(&s.chars[..]), s.working);
        assert_eq!(text_of(&[]), "");
    }

    #[test]
    fn chars_and_offsets_index_both_forms() {
        let s = &split("（下稱「深圳腫瘤醫院」）")[0];
        assert_eq!(s.chars.len(), s.original_chars.len());
        assert_eq!(s.chars.iter().collect::<String>(), s.working);
        assert_eq!(s.original_chars.iter().collect::<String>(), s.original);
        assert_eq!(s.offsets.len(), s.chars.len() + 1);
        assert_eq!(&s.working[s.offsets[1]..s.offsets[3]], "下称");
        assert_eq!(s.offsets.last(), Some(&s.working.len()));
        assert_eq!((s.char_index(s.offsets[3]), s.char_index(s.offsets[3] + 1)), (Some(3), None));
    }

    #[test]
    fn with_text_sees_short_and_long_runs() {
        let w: Vec<char> = "欧阳维达院长".chars().collect();
        assert!(with_text(&w[..2], |t| t == "欧阳"));
        // 18 bytes fit the stack buffer; the 51 of the second do not.
        assert!(with_text(&w, |t| t == "欧阳维达院长"));
        let long: Vec<char> = "新疆维吾尔自治区乌鲁木齐市人民医院".chars().collect();
        assert!(with_text(&long, |t| t == "新疆维吾尔自治区乌鲁木齐市人民医院"));
        assert!(!with_text(&w[..1], |t| t == "欧阳"));
    }

    #[test]
    fn a_sentence_holds_the_working_form_and_where_each_char_starts() {
        for text in ["乾隆年間簽署（下稱「養和」）：答覆　著", "乾", "ＡＢ，乾著", "a"] {
            let s = Sentence::new(text, 0);
            assert_eq!(s.working, crate::text::script::to_working(text), "{text}");
            assert_eq!(s.chars, s.working.chars().collect::<Vec<_>>());
            assert_eq!(s.original_chars, text.chars().collect::<Vec<_>>());
            let starts: Vec<usize> = s.working.char_indices().map(|(b, _)| b).chain([s.working.len()]).collect();
            assert_eq!(s.offsets, starts);
        }
    }
}
