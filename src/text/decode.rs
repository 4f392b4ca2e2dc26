//! Decoding: bytes of one file to a `String`, detecting the encoding per file.
//!
//! Handles UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (a superset of
//! GBK) and Big5. Binary data and bytes that decode cleanly in no encoding are
//! refused with a `DecodeError` that says why; the caller names the file.

use encoding_rs::{BIG5, Encoding, GB18030, UTF_16BE, UTF_16LE};
use std::fmt;

/// Why a file's bytes could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes or control characters: an image, an archive, an executable.
    Binary,
    /// Not valid UTF-8, GB18030 or Big5.
    UnknownEncoding,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary => write!(f, "binary data, not text"),
            DecodeError::UnknownEncoding => {
                write!(f, "not valid UTF-8, UTF-16, GBK/GB18030 or Big5 text")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// The encoding a text was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16,
    Gb18030,
    Big5,
}

/// Common Chinese characters in both scripts; legacy decodings are ranked by how
/// much of the text falls in this set (a wrong guess yields rare characters).
const COMMON_HANZI: &str = include_str!("common_hanzi.txt");

/// Decodes `bytes`, choosing the encoding from the BOM, then UTF-8 validity, then
/// the legacy Chinese encoding that yields the most common characters.
pub fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => check_text(s.to_string(), TextEncoding::Utf8),
            Err(_) => Err(DecodeError::UnknownEncoding),
        };
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(DecodeError::UnknownEncoding);
        }
        return check_text(text.into_owned(), TextEncoding::Utf16);
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return check_text(s.to_string(), TextEncoding::Utf8);
    }
    let candidates = [(GB18030, TextEncoding::Gb18030), (BIG5, TextEncoding::Big5)];
    let mut best: Option<(usize, String, TextEncoding)> = None;
    for (enc, tag) in candidates {
        if let Some(text) = decode_strict(enc, bytes) {
            let score = common_score(&text);
            if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                best = Some((score, text, tag));
            }
        }
    }
    match best {
        Some((_, text, tag)) => check_text(text, tag),
        None => Err(DecodeError::UnknownEncoding),
    }
}

fn decode_strict(enc: &'static Encoding, bytes: &[u8]) -> Option<String> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    (!had_errors).then(|| text.into_owned())
}

/// Counts characters of the text that are in the common set.
fn common_score(text: &str) -> usize {
    text.chars().filter(|c| COMMON_HANZI.contains(*c)).count()
}

/// Refuses decoded text that is mostly control characters (binary in disguise).
fn check_text(text: String, tag: TextEncoding) -> Result<(String, TextEncoding), DecodeError> {
    let total = text.chars().count();
    let control = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if total > 0 && control * 10 > total {
        return Err(DecodeError::Binary);
    }
    Ok((text, tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_stripped() {
        let (t, e) = decode("\u{feff}养和医院".as_bytes()).unwrap();
        assert_eq!(t, "养和医院");
        assert_eq!(e, TextEncoding::Utf8);
    }

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("中山大学肿瘤防治中心与上海联影医疗科技有限公司签署战略合作协议");
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(e, TextEncoding::Gb18030);
        assert!(t.starts_with("中山大学"));
    }

    #[test]
    fn big5_bytes_decode_as_big5() {
        let (bytes, _, _) = BIG5.encode("養和醫療集團與中國醫學科學院腫瘤醫院深圳醫院簽訂戰略合作備忘錄");
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(e, TextEncoding::Big5);
        assert!(t.starts_with("養和醫療集團"));
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "院长李维达".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().0, "院长李维达");
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(DecodeError::Binary));
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"").unwrap().0, "");
    }
}
