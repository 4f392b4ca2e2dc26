//! Generates two things. A hash of the code that turns text into facts
//! (`src/text`, `src/extract`), which the facts cache is stamped with, so that
//! a build with other extraction rules extracts again. And the traditional →
//! simplified table `src/text/script.rs` reads:
//! fast2s's one-character mapping, taken from fast2s itself at build time and
//! laid out as pages of 256 code points, so that folding a character is two
//! array reads instead of fast2s's three hash lookups. (The few characters
//! whose folding depends on their neighbours are left to fast2s at run time.)

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // fast2s folds only characters of three UTF-8 bytes.
    let mut pages: Vec<Option<Vec<u16>>> = vec![None; 256];
    for cp in 0x800u32..=0xFFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        let folded = fast2s::convert(c.encode_utf8(&mut [0; 4]));
        let mut chars = folded.chars();
        let (Some(t), None) = (chars.next(), chars.next()) else {
            panic!("fast2s folds U+{cp:04X} to more than one character");
        };
        if t != c {
            let t = u16::try_from(t as u32).expect("fast2s folds into the BMP");
            pages[(cp >> 8) as usize].get_or_insert_with(|| vec![0; 256])[(cp & 0xFF) as usize] = t;
        }
    }
    let mut page_of = String::new();
    let mut table = String::new();
    let mut used = 0usize;
    for page in &pages {
        match page {
            Some(p) => {
                used += 1;
                let _ = write!(page_of, "{used},");
                let _ = write!(table, "{p:?},");
            }
            None => page_of.push_str("0,"),
        }
    }
    let code = format!(
        "/// For each page of 256 code points, its place in `T2S_PAGES` plus one (0: nothing folds).\n\
         static T2S_PAGE_OF: [u8; 256] = [{page_of}];\n\
         /// What each code point of a page folds to (0: itself).\n\
         static T2S_PAGES: [[u16; 256]; {used}] = [{table}];\n"
    );
    std::fs::write(out_file("t2s.rs"), code).expect("write t2s.rs");
    extraction_hash();
}

/// A file in cargo's output directory for generated code.
fn out_file(name: &str) -> std::path::PathBuf {
    std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(name)
}

/// Writes `EXTRACTION_CODE`: a hash of every file under `src/text` and
/// `src/extract` and their subdirectories, in path order (FNV-1a, 64 bits).
fn extraction_hash() {
    let mut files = Vec::new();
    let mut dirs: Vec<std::path::PathBuf> = ["src/text", "src/extract"].map(Into::into).to_vec();
    for dir in ["src/text", "src/extract"] {
        println!("cargo:rerun-if-changed={dir}");
    }
    // Modules split into directories (src/extract/orgs/) are read too.
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read the source tree").flatten() {
            let path = entry.path();
            if path.is_dir() { dirs.push(path) } else { files.push(path) }
        }
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for f in files {
        let bytes = std::fs::read(&f).expect("read a source file");
        for b in f.to_string_lossy().bytes().chain(bytes) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let code = format!(
        "/// A hash of the extraction code this binary was built from.\npub const EXTRACTION_CODE: &str = \"{hash:016x}\";\n"
    );
    std::fs::write(out_file("extraction.rs"), code).expect("write extraction.rs");
}
