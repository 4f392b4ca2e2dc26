//! `guanxi who NAME`: the entities tied to NAME, grouped by relation.

use crate::cli::CliError;
use crate::cli::lookup::{GraphArg, resolve};
use crate::cli::output::{describe, detail, evidence_line, hop_focus, hop_json, node_json, pad, widest};
use crate::extract::facts::Relation;
use crate::graph::model::NodeKind;
use crate::query::neighbours::{Neighbour, neighbours};
use clap::Args;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

/// Who is connected to NAME: its neighbours grouped by relation and direction
/// (leads / led by, signed with, witnessed …), each with its title or date and
/// the sentence that says so. With --depth 2 or more, also who is reached
/// further out, and through whom.
#[derive(Debug, Args)]
pub struct WhoArgs {
    /// The entity: its name in either script, an alias, an abbreviation, an
    /// English name, or a unique part of one.
    pub name: String,
    /// How many hops out to look.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=10))]
    pub depth: u16,
    /// Follow only this relation (repeat for several): leads, serves_at,
    /// affiliated_with, party_to, signed_with, signed, witnessed_by, hosted_by,
    /// coordinated_by, part_of, member_of.
    #[arg(long = "relation", value_parser = parse_relation)]
    pub relations: Vec<Relation>,
    /// List only entities of this kind: organization, person or agreement.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<NodeKind>,
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn parse_relation(s: &str) -> Result<Relation, String> {
    Relation::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Relation::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown relation {s:?}; one of: {}", all.join(", "))
    })
}

pub fn parse_kind(s: &str) -> Result<NodeKind, String> {
    match s {
        "organization" | "org" => Ok(NodeKind::Organization),
        "person" => Ok(NodeKind::Person),
        "agreement" => Ok(NodeKind::Agreement),
        _ => Err(format!("unknown kind {s:?}; one of: organization, person, agreement")),
    }
}

pub fn run(args: WhoArgs) -> Result<ExitCode, CliError> {
    let index = args.graph.open()?;
    let start = resolve(&index, &args.name)?;
    let found: Vec<Neighbour> = neighbours(&index, start, usize::from(args.depth), &args.relations)
        .into_iter()
        .filter(|n| args.kind.is_none_or(|k| index.kind(n.node) == k))
        .collect();
    let mut out = std::io::stdout().lock();
    if args.json {
        let connections: Vec<_> = found
            .iter()
            .map(|n| {
                let mut v = node_json(&index, n.node);
                v["depth"] = json!(n.depth);
                v["via"] = if n.depth > 1 { node_json(&index, n.from) } else { json!(null) };
                v["hop"] = hop_json(&index, &n.hop);
                v
            })
            .collect();
        let doc = json!({"entity": node_json(&index, start), "depth": args.depth, "connections": connections});
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", describe(&index, start))?;
    if found.is_empty() {
        writeln!(out, "\n  no connections{}", if args.relations.is_empty() { "" } else { " along those relations" })?;
    }
    // Depth 1, grouped by how the relation reads from NAME (a symmetric one,
    // signed with, reads the same both ways: one group).
    let mut groups: BTreeMap<(Relation, &str), Vec<&Neighbour>> = BTreeMap::new();
    for n in found.iter().filter(|n| n.depth == 1) {
        let (out, _) = n.hop.relation(&index).phrases();
        groups
            .entry((n.hop.relation(&index), if n.hop.phrase(&index) == out { "" } else { "in" }))
            .or_default()
            .push(n);
    }
    for list in groups.values() {
        writeln!(out, "\n{}", list[0].hop.phrase(&index))?;
        let width = widest(list.iter().map(|n| index.label(n.node))).min(40) + 2;
        for n in list {
            let label = index.label(n.node);
            let line = format!("  {}{}", pad(label, width), detail(&index, &n.hop));
            writeln!(out, "{}", line.trim_end())?;
            if let Some(ev) = index.evidence(n.hop.edge).first() {
                writeln!(out, "{}", evidence_line(ev, 6, &hop_focus(&index, start, &n.hop)))?;
            }
        }
    }
    // Further out: through whom each one is reached.
    for depth in 2..=usize::from(args.depth) {
        let list: Vec<&Neighbour> = found.iter().filter(|n| n.depth == depth).collect();
        if list.is_empty() {
            continue;
        }
        writeln!(out, "\n{depth} hops away (each with the entity it is reached through)")?;
        let width = widest(list.iter().map(|n| index.label(n.node))).min(40) + 2;
        for n in list {
            // Read from the entity reached: 赫捷 leads it → it is `led by 赫捷`.
            let (label, from) = (index.label(n.node), index.label(n.from));
            let back = crate::query::Hop { outgoing: !n.hop.outgoing, ..n.hop };
            let d = detail(&index, &n.hop);
            let d = if d.is_empty() { String::new() } else { format!("  ({d})") };
            writeln!(out, "  {}{} {from}{d}", pad(label, width), back.phrase(&index))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
