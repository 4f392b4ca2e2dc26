//! What the query commands share: `--graph FILE` and turning a name the user
//! typed into one node, or a clear message and exit code 2.

use crate::cli::CliError;
use crate::graph::index::{GraphIndex, Lookup};
use crate::graph::snapshot::{Snapshot, snapshot_path, write_snapshot};
use crate::graph::store::{load, write_atomic_with};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct GraphArg {
    /// The graph to read (written by `guanxi build`; a directory, as given
    /// to `build --out`, means the graph.json in it).
    #[arg(long, default_value = "graphs/graph.json")]
    pub graph: PathBuf,
}

impl GraphArg {
    /// The graph for queries and exports: its binary snapshot, mapped, when
    /// fresh; otherwise the JSON, read once, leaving a snapshot behind for the
    /// next command.
    pub fn open(&self) -> Result<GraphIndex, CliError> {
        let path = if self.graph.is_dir() { self.graph.join("graph.json") } else { self.graph.clone() };
        if let Some(snap) = Snapshot::open(&path) {
            return Ok(GraphIndex::from_snapshot(snap));
        }
        let graph = load(&path)?;
        // Best effort: a read-only directory only costs the next command time.
        let written = write_atomic_with(&snapshot_path(&path), |w| write_snapshot(&graph, &path, w));
        if written.is_ok()
            && let Some(snap) = Snapshot::open(&path)
        {
            return Ok(GraphIndex::from_snapshot(snap));
        }
        Ok(GraphIndex::new(&graph))
    }
}

/// The node a name refers to; exit code 2 when it is ambiguous or unknown.
/// A node's id (`org:县人民医院#99972980`, as the ambiguity message and the
/// graph files give it) names that node.
pub fn resolve(index: &GraphIndex, name: &str) -> Result<usize, CliError> {
    if let Some(n) = index.by_id(name) {
        return Ok(n);
    }
    match index.resolve(name) {
        Lookup::Found(n) => Ok(n),
        Lookup::Ambiguous(candidates) => {
            let mut msg = format!("\"{name}\" is ambiguous; it could be:");
            for c in candidates.iter().take(20) {
                msg.push_str(&format!("\n  {} ({})", index.label(*c), index.kind(*c).as_str()));
                // Bodies of one name in several announcements (县人民医院, each
                // its own county's): their ids and documents tell them apart.
                if candidates.iter().filter(|&&o| index.label(o) == index.label(*c)).count() > 1 {
                    let docs = index.node(*c).documents;
                    msg.push_str(&format!(" {} in {}", index.id(*c), docs.join(", ")));
                }
            }
            if candidates.len() > 20 {
                msg.push_str(&format!("\n  … and {} more", candidates.len() - 20));
            }
            Err(CliError::new(msg, 2))
        }
        Lookup::Unknown(closest) => {
            let mut msg = format!("no entity named {name}");
            if !closest.is_empty() {
                msg.push_str(&format!("; closest: {}", closest.join(", ")));
            }
            Err(CliError::new(msg, 2))
        }
    }
}
