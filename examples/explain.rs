//! Prints each sentence of an announcement with the tokens guanxi reads in it:
//! a tool for curating lexicons. `cargo run --example explain -- FILE`.

use guanxi::extract::lexicon::Lexicon;
use guanxi::extract::mentions::{Matchers, People, TokenKind, tokenize};
use guanxi::extract::orgs::discover;
use guanxi::text::clean::clean;
use guanxi::text::decode::decode;
use guanxi::text::sentences::split;
use std::collections::BTreeSet;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: explain FILE")?;
    let lex = Lexicon::with_dir(std::path::Path::new("data/lexicon"))?;
    let (text, _) = decode(&std::fs::read(&path)?)?;
    let text = clean(&text, &lex.furniture);
    let sentences = split(&text);
    let cat = discover(&sentences, &lex);
    for e in &cat.entries {
        if !e.keys.is_empty() {
            println!("ORG {} [{}] keys={:?}", e.name, e.org_type.as_str(), e.keys);
        }
    }
    let m = Matchers::new(&lex);
    let mut people = BTreeSet::new();
    for s in &sentences {
        for t in tokenize(s, &cat, &People::none(), &m, &lex) {
            if let TokenKind::Person(n) = t.kind {
                people.insert(n);
            }
        }
    }
    let known = People::new(&people);
    for s in &sentences {
        let (w, toks) = (&s.chars, tokenize(s, &cat, &known, &m, &lex));
        println!("\n{}", s.working);
        for t in toks {
            let surface: String = w[t.span.start..t.span.end].iter().collect();
            let kind = match t.kind {
                TokenKind::Org(i) => format!("ORG({})", cat.entries[i].name),
                TokenKind::Title { relation, .. } => format!("TITLE({relation:?})"),
                TokenKind::Person(_) => "PERSON".to_string(),
            };
            println!("  {:>3}-{:<3} {} {}", t.span.start, t.span.end, kind, surface);
        }
    }
    Ok(())
}
