//! What the query commands share: `--graph FILE` and turning a name the user
//! typed into one node, or a clear message and exit code 2.

use crate::cli::CliError;
use crate::graph::index::{GraphIndex, Lookup};
use crate::graph::snapshot::{load_full, load_snapshot, snapshot_path, to_snapshot};
use crate::graph::store::{load, write_atomic};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct GraphArg {
    /// The graph to read (written by `guanxi build`).
    #[arg(long, default_value = "graphs/graph.json")]
    pub graph: PathBuf,
}

impl GraphArg {
    /// The whole graph, evidence included (for exports): from the snapshot
    /// when fresh (no JSON to parse), else from the JSON.
    pub fn open(&self) -> Result<GraphIndex, CliError> {
        let graph = match load_full(&self.graph) {
            Some(g) => g,
            None => load(&self.graph)?,
        };
        Ok(GraphIndex::new(graph))
    }

    /// The graph for a query: from its binary snapshot when fresh, with
    /// evidence read on demand; otherwise from the JSON, leaving a snapshot
    /// behind for the next query.
    pub fn open_for_query(&self) -> Result<GraphIndex, CliError> {
        if let Some(index) = load_snapshot(&self.graph) {
            return Ok(index);
        }
        let graph = load(&self.graph)?;
        if let Some(bytes) = to_snapshot(&graph, &self.graph) {
            // Best effort: a read-only directory only costs the next query time.
            let _ = write_atomic(&snapshot_path(&self.graph), &bytes);
        }
        Ok(GraphIndex::new(graph))
    }
}

/// The node a name refers to; exit code 2 when it is ambiguous or unknown.
pub fn resolve(index: &GraphIndex, name: &str) -> Result<usize, CliError> {
    match index.resolve(name) {
        Lookup::Found(n) => Ok(n),
        Lookup::Ambiguous(candidates) => {
            let mut msg = format!("\"{name}\" is ambiguous; it could be:");
            for c in candidates.iter().take(20) {
                let n = &index.graph.nodes[*c];
                msg.push_str(&format!("\n  {} ({})", n.label, n.kind.as_str()));
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
