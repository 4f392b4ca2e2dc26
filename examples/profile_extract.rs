//! Runs extraction over a directory many times, for profilers:
//! `cargo run --release --example profile_extract -- DIR`.

use guanxi::corpus::{read_file, walk};
use guanxi::extract::lexicon::Lexicon;
use guanxi::extract::mentions::Matchers;
use guanxi::extract::{Document, extract_document};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: profile_extract DIR")?;
    let lex = Lexicon::embedded()?;
    let m = Matchers::new(&lex);
    let (files, _) = walk(&[dir.into()]);
    let mut docs = Vec::new();
    for f in &files {
        if let Ok((sources, _)) = read_file(f, &lex.furniture) {
            docs.extend(sources.into_iter().map(|s| Document { id: s.id, text: s.text, date: s.date }));
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = std::time::Instant::now();
    let mut n = 0;
    for d in &docs {
        n += extract_document(d, &lex, &m).roles.len();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{} docs, {:.1} MB in {s:.2}s: {:.1} MB/s ({n} roles)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / s
    );
    Ok(())
}
