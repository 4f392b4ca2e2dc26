//! Helpers for the integration tests: a fresh working directory per test and
//! the real `guanxi` binary run inside it.

#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The seed corpus shipped in `data/announcements`.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/announcements")
}

pub fn corpus_file(prefix: &str) -> PathBuf {
    let dir = corpus_dir();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .collect();
    names.sort();
    names.remove(0)
}

/// Copies the seed corpus into `dir` of the workdir.
pub fn copy_corpus(w: &Workdir, dir: &str) {
    std::fs::create_dir_all(w.path(dir)).expect("mkdir");
    for e in std::fs::read_dir(corpus_dir()).expect("corpus dir") {
        let p = e.expect("dir entry").path();
        std::fs::copy(&p, w.path(dir).join(p.file_name().expect("file name"))).expect("copy");
    }
}

/// A temporary working directory for one test.
pub struct Workdir {
    pub dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().expect("tempdir") }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    /// Runs `guanxi ARGS` in this directory.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("run guanxi")
    }

    /// Runs `guanxi ARGS` and asserts success.
    pub fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "guanxi {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        out
    }

    /// Builds the seed corpus into `graphs/` and returns the graph.
    pub fn build_corpus(&self) -> Value {
        let corpus = corpus_dir();
        self.ok(&["build", corpus.to_str().expect("utf-8 path"), "--out", "graphs", "-q"]);
        self.graph("graphs/graph.json")
    }

    pub fn graph(&self, rel: &str) -> Value {
        serde_json::from_slice(&std::fs::read(self.path(rel)).expect("graph file")).expect("graph json")
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The node whose label is `label`.
pub fn node<'a>(g: &'a Value, label: &str) -> Option<&'a Value> {
    g["nodes"].as_array()?.iter().find(|n| n["label"] == label)
}

pub fn id_of(g: &Value, label: &str) -> String {
    node(g, label).unwrap_or_else(|| panic!("no node {label}"))["id"].as_str().unwrap_or_default().to_string()
}

/// The edges `source -> target` (by label), of any relation.
pub fn edges_between<'a>(g: &'a Value, source: &str, target: &str) -> Vec<&'a Value> {
    let (Some(s), Some(t)) = (node(g, source), node(g, target)) else {
        return Vec::new();
    };
    g["edges"].as_array().into_iter().flatten().filter(|e| e["source"] == s["id"] && e["target"] == t["id"]).collect()
}

/// Does an edge `source -relation-> target` (by label) exist?
pub fn has_edge(g: &Value, source: &str, relation: &str, target: &str) -> bool {
    edges_between(g, source, target).iter().any(|e| e["relation"] == relation)
}

/// Agreement nodes whose parties (by label) are exactly `parties`.
pub fn agreements_between<'a>(g: &'a Value, parties: &[&str]) -> Vec<&'a Value> {
    let mut want: Vec<String> = parties.iter().map(|p| id_of(g, p)).collect();
    want.sort();
    g["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| n["kind"] == "agreement")
        .filter(|a| {
            let mut got: Vec<String> = g["edges"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|e| e["relation"] == "party_to" && e["target"] == a["id"])
                .filter_map(|e| e["source"].as_str().map(String::from))
                .collect();
            got.sort();
            got == want
        })
        .collect()
}
