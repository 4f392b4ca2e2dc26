//! The node and edge records of `graph.json`, written by hand: the very bytes
//! `serde_json` writes for `Node` and `Edge` (a property test holds the two
//! equal), with strings escaped eight bytes at a time. Evidence sentences are
//! most of a graph's bytes and almost never need escaping.

use crate::extract::facts::Evidence;
use crate::graph::model::{Edge, Node};

/// Appends the JSON of a node, as `serde_json::to_writer` would.
pub fn node(out: &mut Vec<u8>, x: &Node) {
    out.extend_from_slice(b"{\"id\":");
    string(out, &x.id);
    out.extend_from_slice(b",\"label\":");
    string(out, &x.label);
    out.extend_from_slice(b",\"kind\":");
    string(out, x.kind.as_str());
    if let Some(t) = x.org_type {
        out.extend_from_slice(b",\"type\":");
        string(out, t.as_str());
    }
    out.extend_from_slice(b",\"aliases\":");
    strings(out, &x.aliases);
    if !x.titles.is_empty() {
        out.extend_from_slice(b",\"titles\":");
        strings(out, &x.titles);
    }
    title_and_date(out, &x.title, &x.date);
    out.extend_from_slice(b",\"documents\":");
    strings(out, &x.documents);
    out.extend_from_slice(b",\"evidence\":");
    evidence(out, &x.evidence);
    out.push(b'}');
}

/// Appends the JSON of an edge, as `serde_json::to_writer` would.
pub fn edge(out: &mut Vec<u8>, e: &Edge) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"source\":");
    string(out, &e.source);
    out.extend_from_slice(b",\"target\":");
    string(out, &e.target);
    out.extend_from_slice(b",\"key\":");
    serde_json::to_writer(&mut *out, &e.key)?;
    out.extend_from_slice(b",\"relation\":");
    string(out, e.relation.as_str());
    title_and_date(out, &e.title, &e.date);
    out.extend_from_slice(b",\"weight\":");
    // serde_json's float format (and its refusal of NaN and infinities).
    serde_json::to_writer(&mut *out, &e.weight)?;
    out.extend_from_slice(b",\"evidence\":");
    evidence(out, &e.evidence);
    out.push(b'}');
    Ok(())
}

/// The optional `title` and `date` of a node or edge, left out when absent.
fn title_and_date(out: &mut Vec<u8>, title: &Option<String>, date: &Option<String>) {
    for (key, value) in [(&b",\"title\":"[..], title), (&b",\"date\":"[..], date)] {
        if let Some(v) = value {
            out.extend_from_slice(key);
            string(out, v);
        }
    }
}

fn strings(out: &mut Vec<u8>, list: &[String]) {
    out.push(b'[');
    for (i, s) in list.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, s);
    }
    out.push(b']');
}

fn evidence(out: &mut Vec<u8>, list: &[Evidence]) {
    out.push(b'[');
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"doc\":");
        string(out, &e.doc);
        out.extend_from_slice(b",\"text\":");
        string(out, &e.text);
        out.push(b'}');
    }
    out.push(b']');
}

/// A JSON string: `"` and `\` escaped, control characters as serde_json
/// writes them (`\n`, `\u001b`), everything else as it is.
pub fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok())
            && !needs_escape(u64::from_le_bytes(word))
        {
            i += 8;
            continue;
        }
        let b = bytes[i];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0..0x20 => &[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xF) as usize]],
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run..i]);
        out.extend_from_slice(escape);
        i += 1;
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Does any of eight bytes need escaping (below 0x20, `"` or `\`)? Exact:
/// the classic "has a byte less than n / equal to c" word tricks.
fn needs_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0
        || has_zero(x ^ (ONES * b'"' as u64))
        || has_zero(x ^ (ONES * b'\\' as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        for s in [
            "",
            "甲医院",
            "say \"hi\"",
            "a\\b",
            "tab\there\nline\r\u{8}\u{c}",
            "\u{1b}[0m\u{0}\u{1f}\u{7f}",
            "八个字节以上的句子“引号”不需转义。",
        ] {
            assert_eq!(json(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn a_byte_to_escape_is_found_at_every_place_in_a_word() {
        for at in 0..20 {
            for c in ['"', '\\', '\n', '\u{1}'] {
                let mut s: String = "字".repeat(3) + &"a".repeat(at);
                s.insert(s.len(), c);
                s.push_str("尾巴");
                assert_eq!(json(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }
}
