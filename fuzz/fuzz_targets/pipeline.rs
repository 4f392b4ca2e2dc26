//! Fuzzes the whole input path: bytes → decode → HTML/clean → extract → resolve.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline -- -max_total_time=300`.
#![no_main]

use guanxi::extract::lexicon::Lexicon;
use guanxi::extract::mentions::Matchers;
use guanxi::extract::{Document, extract_document};
use guanxi::graph::resolve::resolve;
use guanxi::text::clean::{clean, html_to_text, looks_like_html};
use guanxi::text::decode::decode;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::embedded().expect("embedded lexicon"));
static MATCHERS: LazyLock<Matchers> = LazyLock::new(|| Matchers::new(&LEX));

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = decode(data) else { return };
    let text = if looks_like_html(&text) { html_to_text(&text) } else { text };
    let cleaned = clean(&text, &LEX.furniture);
    let doc = Document { id: "fuzz".into(), text: cleaned, date: None };
    let facts = extract_document(&doc, &LEX, &MATCHERS);
    let _ = resolve(&[facts], Vec::new(), &LEX);
});
