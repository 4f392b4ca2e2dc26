//! Walks input paths: files as given, directories recursively, keeping the
//! extensions guanxi reads (`txt`, `html`, `htm`, `md`, `jsonl`). Directory
//! symlink loops are detected by canonical path; problems are returned as
//! `Skip`s, never panics. The result is sorted, so order of discovery is moot.

use crate::corpus::read::Skip;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub const EXTENSIONS: [&str; 5] = ["txt", "html", "htm", "md", "jsonl"];

/// A file to read and the id its documents get (path relative to the input root).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    pub id: String,
    pub path: PathBuf,
}

/// Lists the input files under `paths`, with the problems met on the way.
pub fn walk(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<Skip>) {
    let mut files = BTreeSet::new();
    let mut skips = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut seen = BTreeSet::new();
                visit(p, p, &mut seen, &mut files, &mut skips);
            }
            Ok(m) if !m.is_file() => skips.push(Skip { path: p.clone(), reason: "not a regular file".into() }),
            Ok(_) => {
                let id = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                files.insert(InputFile { id, path: p.clone() });
            }
            Err(e) => skips.push(Skip { path: p.clone(), reason: format!("cannot read: {e}") }),
        }
    }
    (files.into_iter().collect(), skips)
}

fn visit(
    root: &Path,
    dir: &Path,
    seen: &mut BTreeSet<PathBuf>,
    files: &mut BTreeSet<InputFile>,
    skips: &mut Vec<Skip>,
) {
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => {
            return skips.push(Skip { path: dir.to_path_buf(), reason: format!("cannot read directory: {e}") });
        }
    };
    if !seen.insert(canonical) {
        return skips
            .push(Skip { path: dir.to_path_buf(), reason: "directory symlink loop, not followed again".into() });
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return skips.push(Skip { path: dir.to_path_buf(), reason: format!("cannot read directory: {e}") });
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        match std::fs::metadata(&child) {
            Ok(m) if m.is_dir() => visit(root, &child, seen, files, skips),
            Ok(m) if !m.is_file() => {}
            Ok(_) => {
                let ext = child.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
                if EXTENSIONS.contains(&ext.as_str()) {
                    let rel = child.strip_prefix(root).unwrap_or(&child);
                    let id = rel.to_string_lossy().replace('\\', "/");
                    files.insert(InputFile { id, path: child });
                }
            }
            Err(e) => skips.push(Skip { path: child, reason: format!("cannot read: {e}") }),
        }
    }
}
