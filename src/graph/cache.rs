//! The facts cache behind incremental builds: each document's `DocFacts`,
//! keyed by document id and content hash, valid for one lexicon and one guanxi
//! version. `guanxi build` extracts only documents whose hash it has not seen;
//! resolution always runs over all facts, so the graph equals a full rebuild's.

use crate::extract::facts::DocFacts;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// File name of the cache inside the output directory.
pub const CACHE_FILE: &str = ".guanxi-facts.bin";

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct FactsCache {
    /// guanxi version and lexicon hash the facts were extracted with.
    pub stamp: String,
    /// doc id → (content hash, facts)
    pub docs: HashMap<String, (String, DocFacts)>,
}

impl FactsCache {
    /// Loads the cache if it exists and matches `stamp`; otherwise an empty one.
    pub fn load(dir: &Path, stamp: &str) -> FactsCache {
        let empty = FactsCache { stamp: stamp.to_string(), docs: HashMap::new() };
        let Ok(bytes) = std::fs::read(dir.join(CACHE_FILE)) else { return empty };
        match bincode::deserialize::<FactsCache>(&bytes) {
            Ok(c) if c.stamp == stamp => c,
            _ => empty,
        }
    }

    pub fn get(&self, id: &str, hash: &str) -> Option<&DocFacts> {
        self.docs.get(id).filter(|(h, _)| h == hash).map(|(_, f)| f)
    }

    /// Streams a cache of `docs` (id, content hash, facts) to `w`, in id
    /// order, from borrowed facts: the bytes `load` reads back as a cache.
    pub fn write_docs(
        stamp: &str,
        docs: &[(&str, &str, &DocFacts)],
        w: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let view = View { stamp, docs: ByDoc(docs) };
        bincode::serialize_into(w, &view).map_err(|e| std::io::Error::other(e.to_string()))
    }
}

/// `FactsCache` as it is written: the same fields, borrowed.
#[derive(Serialize)]
struct View<'a> {
    stamp: &'a str,
    docs: ByDoc<'a>,
}

/// Documents serialised as `FactsCache::docs`' map.
struct ByDoc<'a>(&'a [(&'a str, &'a str, &'a DocFacts)]);

impl Serialize for ByDoc<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(id, hash, facts)| (id, (hash, facts))))
    }
}

include!(concat!(env!("OUT_DIR"), "/extraction.rs"));

/// The stamp of a lexicon: guanxi's version, a hash of the extraction code
/// and a hash of every lexicon entry. Facts under another stamp are read again.
pub fn stamp(lexicon_fingerprint: &str) -> String {
    format!("guanxi {} {EXTRACTION_CODE} / {}", env!("CARGO_PKG_VERSION"), lexicon_fingerprint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_docs_load_back_under_their_stamp_only() {
        let dir = tempfile::tempdir().unwrap();
        let facts = DocFacts { doc: "a".into(), ..Default::default() };
        let mut bytes = Vec::new();
        FactsCache::write_docs("s1", &[("a", "h1", &facts)], &mut bytes).unwrap();
        std::fs::write(dir.path().join(CACHE_FILE), &bytes).unwrap();
        let cache = FactsCache::load(dir.path(), "s1");
        assert_eq!(cache.get("a", "h1"), Some(&facts));
        assert_eq!(cache.get("a", "h2"), None);
        assert!(FactsCache::load(dir.path(), "s2").docs.is_empty());
    }
}
