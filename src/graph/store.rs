//! Store: reads `graph.json` with clear errors and writes any output atomically
//! (a temporary file in the same directory, then a rename), so that a killed
//! build never leaves a half-written file.

use crate::graph::model::{FORMAT_VERSION, Graph};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a graph file could not be loaded or an output written.
#[derive(Debug)]
pub enum StoreError {
    Missing(PathBuf),
    Io { path: PathBuf, err: std::io::Error },
    Corrupt { path: PathBuf, err: serde_json::Error },
    Foreign(PathBuf),
    TooNew { path: PathBuf, version: u64 },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Missing(p) => write!(
                f,
                "{}: no graph here; build one first with `guanxi build` (or point to one with --graph FILE)",
                p.display()
            ),
            StoreError::Io { path, err } => write!(f, "{}: {err}", path.display()),
            StoreError::Corrupt { path, err } => {
                write!(f, "{}: not a readable guanxi graph ({err}); rebuild it with `guanxi build`", path.display())
            }
            StoreError::Foreign(p) => write!(
                f,
                "{}: JSON, but not a guanxi graph (no graph.format_version); rebuild it with `guanxi build`",
                p.display()
            ),
            StoreError::TooNew { path, version } => write!(
                f,
                "{}: graph format version {version} is newer than this guanxi understands ({FORMAT_VERSION}); upgrade guanxi",
                path.display()
            ),
        }
    }
}

impl std::error::Error for StoreError {}

/// Loads a graph, checking that it is one and that its version is known.
pub fn load(path: &Path) -> Result<Graph, StoreError> {
    let bytes = std::fs::read(path).map_err(|err| {
        if err.kind() == std::io::ErrorKind::NotFound {
            StoreError::Missing(path.to_path_buf())
        } else {
            StoreError::Io { path: path.to_path_buf(), err }
        }
    })?;
    // First only the version (serde skips the rest without building it), then
    // the graph itself: no intermediate JSON tree for a graph of millions.
    #[derive(serde::Deserialize)]
    struct Probe {
        graph: Option<ProbeMeta>,
    }
    #[derive(serde::Deserialize)]
    struct ProbeMeta {
        format_version: Option<u64>,
    }
    let probe: Probe =
        serde_json::from_slice(&bytes).map_err(|err| StoreError::Corrupt { path: path.to_path_buf(), err })?;
    match probe.graph.and_then(|g| g.format_version) {
        None => return Err(StoreError::Foreign(path.to_path_buf())),
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(StoreError::TooNew { path: path.to_path_buf(), version: v });
        }
        Some(_) => {}
    }
    serde_json::from_slice(&bytes).map_err(|err| StoreError::Corrupt { path: path.to_path_buf(), err })
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let io = |err| StoreError::Io { path: path.to_path_buf(), err };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// Serialises a graph as JSON with one node or edge per line: compact for
/// large graphs, still readable and diffable for small ones.
pub fn to_json(graph: &Graph) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(256 * (graph.nodes.len() + graph.edges.len()) + 1024);
    let put = |v: &dyn erased::Json, out: &mut Vec<u8>| v.write(out);
    out.extend_from_slice(b"{\"directed\": ");
    put(&graph.directed, &mut out);
    out.extend_from_slice(b", \"multigraph\": ");
    put(&graph.multigraph, &mut out);
    out.extend_from_slice(b", \"graph\": ");
    put(&graph.graph, &mut out);
    out.extend_from_slice(b",\n\"nodes\": [");
    for (i, n) in graph.nodes.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        put(n, &mut out);
    }
    out.extend_from_slice(b"\n],\n\"edges\": [");
    for (i, e) in graph.edges.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        put(e, &mut out);
    }
    out.extend_from_slice(b"\n]}\n");
    out
}

mod erased {
    /// Anything serde can write as JSON, behind one object-safe method.
    pub trait Json {
        fn write(&self, out: &mut Vec<u8>);
    }
    impl<T: serde::Serialize> Json for T {
        fn write(&self, out: &mut Vec<u8>) {
            // Serialising plain data to a Vec cannot fail.
            let _ = serde_json::to_writer(&mut *out, self);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        write_atomic(&p, &to_json(&Graph::empty())).unwrap();
        assert_eq!(load(&p).unwrap(), Graph::empty());
    }

    #[test]
    fn truncated_file_is_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        std::fs::write(&p, &to_json(&Graph::empty())[..20]).unwrap();
        assert!(matches!(load(&p), Err(StoreError::Corrupt { .. })));
    }

    #[test]
    fn foreign_json_and_newer_version_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        std::fs::write(&p, b"{\"nodes\": []}").unwrap();
        assert!(matches!(load(&p), Err(StoreError::Foreign(_))));
        std::fs::write(&p, b"{\"graph\": {\"format_version\": 99}}").unwrap();
        assert!(load(&p).unwrap_err().to_string().contains("newer"));
    }

    #[test]
    fn missing_file_says_how_to_build() {
        let e = load(Path::new("/nonexistent/graph.json")).unwrap_err();
        assert!(e.to_string().contains("guanxi build"));
    }
}
