//! `guanxi path FROM TO`: how one entity reaches another, hop by hop.

use crate::cli::CliError;
use crate::cli::lookup::{GraphArg, resolve};
use crate::cli::output::{detail, evidence_line, hop_focus, hop_json, node_json};
use crate::graph::index::GraphIndex;
use crate::query::paths::{Path, all_simple, shortest};
use clap::Args;
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

/// How FROM is linked to TO: the shortest chain of relations between them,
/// each hop with its relation and the sentence that states it. With --all,
/// every simple path up to --max-len hops, shortest first. When there is none,
/// says so on stderr and exits 0 with nothing on stdout.
#[derive(Debug, Args)]
pub struct PathArgs {
    /// Where the path starts (any name or alias).
    pub from: String,
    /// Where it ends.
    pub to: String,
    /// Longest path to consider, in hops (default 4 with --all, unlimited otherwise).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=12))]
    pub max_len: Option<u16>,
    /// List every simple path up to --max-len, not only the shortest.
    #[arg(long)]
    pub all: bool,
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

/// Paths listed with --all at most.
const MAX_PATHS: usize = 100;

pub fn run(args: PathArgs) -> Result<ExitCode, CliError> {
    let index = args.graph.open()?;
    let from = resolve(&index, &args.from)?;
    let to = resolve(&index, &args.to)?;
    let paths: Vec<Path> = if args.all {
        all_simple(&index, from, to, usize::from(args.max_len.unwrap_or(4)), MAX_PATHS)
    } else {
        shortest(&index, from, to)
            .filter(|p| args.max_len.is_none_or(|m| p.len() <= usize::from(m)))
            .into_iter()
            .collect()
    };
    let (a, b) = (index.label(from), index.label(to));
    if paths.is_empty() {
        let within = args.max_len.map(|m| format!(" within {m} hops")).unwrap_or_default();
        eprintln!("no path between {a} and {b}{within}");
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        let list: Vec<_> = paths.iter().map(|p| path_json(&index, from, p)).collect();
        let doc = json!({"from": node_json(&index, from), "to": node_json(&index, to), "paths": list});
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    for (i, p) in paths.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let n = if args.all { format!("path {}: ", i + 1) } else { String::new() };
        writeln!(out, "{n}{a} → {b} ({} hop{})", p.len(), if p.len() == 1 { "" } else { "s" })?;
        let mut at = from;
        for hop in p {
            let (x, y) = (index.label(at), index.label(hop.other));
            let d = detail(&index, hop);
            let d = if d.is_empty() { String::new() } else { format!("  ({d})") };
            writeln!(out, "  {x} —{}→ {y}{d}", hop.phrase(&index))?;
            if let Some(ev) = index.evidence(hop.edge).first() {
                writeln!(out, "{}", evidence_line(ev, 6, &hop_focus(&index, at, hop)))?;
            }
            at = hop.other;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn path_json(index: &GraphIndex, from: usize, p: &Path) -> serde_json::Value {
    let mut at = from;
    let hops: Vec<_> = p
        .iter()
        .map(|h| {
            let v = json!({"from": node_json(index, at), "to": node_json(index, h.other), "edge": hop_json(index, h)});
            at = h.other;
            v
        })
        .collect();
    json!({"length": p.len(), "hops": hops})
}
