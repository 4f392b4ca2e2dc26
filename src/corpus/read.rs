//! Reads one input file into its announcements: bytes decoded (any supported
//! encoding), HTML turned into text, page furniture cleaned, `.jsonl` split into
//! one announcement per line. Each problem is a `Skip` naming file and reason.

use crate::corpus::walk::InputFile;
use crate::text::clean::{FurnitureRules, clean, html_to_text, looks_like_html};
use crate::text::decode::decode;
use serde::Deserialize;
use std::fmt;
use std::path::PathBuf;

/// Files larger than this are reported and skipped: no announcement is this long.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A file, or a line of one, that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// One announcement, cleaned, with the hash of its raw content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub text: String,
    pub hash: String,
    /// Publication date from metadata (a `.jsonl` record's `"date"`), if given.
    pub date: Option<String>,
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// FNV-1a, 64 bits, as hex: a stable content hash for incremental builds.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

/// Reads a file into announcements; problems with single `.jsonl` lines are
/// returned beside the announcements that could be read.
pub fn read_file(file: &InputFile, rules: &FurnitureRules) -> Result<(Vec<Source>, Vec<Skip>), Skip> {
    let skip = |reason: String| Skip { path: file.path.clone(), reason };
    let meta = std::fs::metadata(&file.path).map_err(|e| skip(format!("cannot read: {e}")))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(skip(format!(
            "too large ({} MB; announcements over {} MB are skipped)",
            meta.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(&file.path).map_err(|e| skip(format!("cannot read: {e}")))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(skip("empty".into()));
    }
    let (text, _) = decode(&bytes).map_err(|e| skip(e.to_string()))?;
    let is_jsonl = file.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    if !is_jsonl {
        let source = to_source(
            file.id.clone(),
            &text,
            content_hash(&bytes),
            rules,
            file.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")),
        );
        return match source {
            Some(s) => Ok((vec![s], Vec::new())),
            None => Err(skip("no announcement text left after removing page furniture".into())),
        };
    }
    let mut sources = Vec::new();
    let mut skips = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let line_skip = |reason: String| Skip { path: file.path.clone(), reason: format!("line {}: {reason}", i + 1) };
        let rec: JsonlRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                skips.push(line_skip(format!("not valid JSON ({e})")));
                continue;
            }
        };
        let Some(body) = rec.text.filter(|t| !t.trim().is_empty()) else {
            skips.push(line_skip("no \"text\" field".into()));
            continue;
        };
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v @ serde_json::Value::Number(_)) => v.to_string(),
            _ => format!("{}#{}", file.id, i + 1),
        };
        let full = match rec.title {
            Some(t) if !t.trim().is_empty() => format!("{t}\n{body}"),
            _ => body,
        };
        match to_source(id, &full, content_hash(full.as_bytes()), rules, false) {
            Some(s) => sources.push(Source { date: rec.date.clone(), ..s }),
            None => skips.push(line_skip("no announcement text left after removing page furniture".into())),
        }
    }
    Ok((sources, skips))
}

fn to_source(id: String, text: &str, hash: String, rules: &FurnitureRules, html: bool) -> Option<Source> {
    let plain = if html || looks_like_html(text) { html_to_text(text) } else { text.to_string() };
    let cleaned = clean(&plain, rules);
    let has_han = cleaned.chars().any(crate::text::script::is_han);
    has_han.then_some(Source { id, text: cleaned, hash, date: None })
}
