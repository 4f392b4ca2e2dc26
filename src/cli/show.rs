//! `guanxi show NAME`: an entity's card.

use crate::cli::CliError;
use crate::cli::lookup::{GraphArg, resolve};
use crate::cli::output::{detail, evidence_line, hop_focus, hop_json, node_json, pad, widest};
use crate::query::card::card;
use clap::Args;
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

/// What the graph knows of NAME: canonical name, kind and type, aliases,
/// titles, every edge with its evidence, and the documents it appears in.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The entity (any name or alias, either script).
    pub name: String,
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: ShowArgs) -> Result<ExitCode, CliError> {
    let index = args.graph.open()?;
    let node = resolve(&index, &args.name)?;
    let c = card(&index, node);
    let n = index.node(node);
    let mut out = std::io::stdout().lock();
    if args.json {
        let edges: Vec<_> = c
            .hops
            .iter()
            .map(|h| {
                let mut v = hop_json(&index, h);
                v["other"] = node_json(&index, h.other);
                v
            })
            .collect();
        let doc = json!({
            "entity": node_json(&index, node),
            "aliases": n.aliases,
            "titles": n.titles,
            "title": n.title,
            "documents": n.documents,
            "edges": edges,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", n.label)?;
    let kind = match n.org_type {
        Some(t) => format!("{}, {}", n.kind.as_str(), t.as_str()),
        None => n.kind.as_str().to_string(),
    };
    writeln!(out, "  kind       {kind}")?;
    if let Some(t) = &n.title {
        writeln!(out, "  signed     {t}")?;
    }
    if let Some(d) = &n.date {
        writeln!(out, "  date       {d}")?;
    }
    if !n.aliases.is_empty() {
        writeln!(out, "  aliases    {}", n.aliases.join(" · "))?;
    }
    if !n.titles.is_empty() {
        writeln!(out, "  titles     {}", n.titles.join("、"))?;
    }
    writeln!(out, "  documents  {}", n.documents.join(", "))?;
    writeln!(out, "\n{} edge{}", c.hops.len(), if c.hops.len() == 1 { "" } else { "s" })?;
    let pw = widest(c.hops.iter().map(|h| h.phrase(&index))) + 2;
    let lw = widest(c.hops.iter().map(|h| index.label(h.other))).min(40) + 2;
    for h in &c.hops {
        let label = index.label(h.other);
        let line = format!("  {}{}{}", pad(h.phrase(&index), pw), pad(label, lw), detail(&index, h));
        writeln!(out, "{}", line.trim_end())?;
        for ev in &index.evidence(h.edge) {
            writeln!(out, "{}", evidence_line(ev, 6, &hop_focus(&index, node, h)))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
