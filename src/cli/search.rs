//! `guanxi search TEXT`: entities whose name or an alias contains TEXT.

use crate::cli::CliError;
use crate::cli::lookup::GraphArg;
use crate::cli::output::{node_json, pad, widest};
use crate::graph::index::normalise;
use clap::Args;
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

/// Entities (and agreements) whose name or an alias contains TEXT, in either
/// script; prints each with its kind and the alias that matched.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Text to look for (simplified, traditional or English).
    pub text: String,
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: SearchArgs) -> Result<ExitCode, CliError> {
    let index = args.graph.open()?;
    let hits = index.search(&args.text);
    let key = normalise(&args.text);
    let mut out = std::io::stdout().lock();
    let matched = |i: usize| -> Option<String> {
        let n = index.node(i);
        if normalise(&n.label).contains(&key) {
            return None;
        }
        n.aliases.iter().find(|a| normalise(a).contains(&key)).cloned()
    };
    if args.json {
        let list: Vec<_> = hits
            .iter()
            .map(|&i| {
                let mut v = node_json(&index, i);
                v["matched_alias"] = json!(matched(i));
                v
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&json!({"query": args.text, "results": list}))?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        eprintln!("nothing named like {}", args.text);
        return Ok(ExitCode::SUCCESS);
    }
    let w = widest(hits.iter().map(|&i| index.label(i))).min(60) + 2;
    for &i in &hits {
        let n = index.node(i);
        let via = matched(i).map(|a| format!("  (as {a})")).unwrap_or_default();
        writeln!(out, "{}{}{via}", pad(&n.label, w), n.kind.as_str())?;
    }
    Ok(ExitCode::SUCCESS)
}
