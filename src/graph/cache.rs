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

    /// Streams the cache to `w`.
    pub fn write_to(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        bincode::serialize_into(w, self).map_err(|e| std::io::Error::other(e.to_string()))
    }
}

/// The stamp of a lexicon: guanxi's version and a hash of every entry.
pub fn stamp(lexicon_fingerprint: &str) -> String {
    format!("guanxi {} / {}", env!("CARGO_PKG_VERSION"), lexicon_fingerprint)
}
