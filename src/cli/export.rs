//! `guanxi export`: the graph, or a neighbourhood of it, as GraphML, DOT,
//! SVG, PNG, JSON or Neo4j CSV.

use crate::cli::CliError;
use crate::cli::lookup::{GraphArg, resolve};
use crate::cli::who::parse_relation;
use crate::export::csv::{edges_csv, nodes_csv};
use crate::export::dot::to_dot;
use crate::export::graphml::write_graphml;
use crate::export::render::render;
use crate::export::source::GraphSource;
use crate::export::subgraph::subgraph;
use crate::extract::facts::Relation;
use crate::graph::store::{write_atomic, write_atomic_with, write_json};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// GraphML for Gephi, NetworkX, yEd.
    Graphml,
    /// Graphviz DOT source.
    Dot,
    /// SVG drawn by Graphviz.
    Svg,
    /// PNG drawn by Graphviz.
    Png,
    /// Node-link JSON, as graph.json.
    Json,
    /// nodes.csv and edges.csv for `neo4j-admin database import` (-o DIR).
    Csv,
}

/// Export the graph, or the neighbourhood of one entity, for other tools:
/// GraphML (Gephi), DOT/SVG/PNG (reports; needs Graphviz for SVG/PNG), JSON,
/// or CSV for Neo4j. Text formats go to stdout without -o.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: Format,
    /// Export only the neighbourhood of this entity.
    #[arg(long)]
    pub around: Option<String>,
    /// With --around: how many hops out.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=10))]
    pub depth: u16,
    /// Keep only this relation (repeat for several).
    #[arg(long = "relation", value_parser = parse_relation)]
    pub relations: Vec<Relation>,
    /// Output file (a directory for --format csv).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub graph: GraphArg,
}

/// Writes the chosen format to a file or stdout.
type Writer<'a> = dyn Fn(&mut dyn Write) -> std::io::Result<()> + 'a;

pub fn run(args: ExportArgs) -> Result<ExitCode, CliError> {
    let index = args.graph.open()?;
    let center = args.around.as_deref().map(|n| resolve(&index, n)).transpose()?;
    // The whole graph is streamed from the index as it is; a part is cut first.
    let part = (center.is_some() || !args.relations.is_empty())
        .then(|| subgraph(&index, center, usize::from(args.depth), &args.relations));
    let g: &dyn GraphSource = match &part {
        Some(p) => p,
        None => &index,
    };
    let title = match center {
        Some(c) => format!("{}（{} 度关系）", index.label(c), args.depth),
        None => "guanxi".to_string(),
    };
    let center_id = center.map(|c| index.id(c).to_string());
    let write: Box<Writer> = match args.format {
        Format::Json => Box::new(|w| write_json(g, w)),
        Format::Graphml => Box::new(|w| write_graphml(g, w)),
        Format::Dot => {
            let dot = to_dot(g, &title, center_id.as_deref());
            Box::new(move |w| w.write_all(dot.as_bytes()))
        }
        Format::Svg | Format::Png => {
            if args.format == Format::Png && args.output.is_none() {
                return Err(CliError::new("--format png writes a binary file: give it one with -o FILE.png", 2));
            }
            let fmt = if args.format == Format::Svg { "svg" } else { "png" };
            let (bytes, warnings) = render(&to_dot(g, &title, center_id.as_deref()), fmt)?;
            if !warnings.trim().is_empty() {
                eprint!("graphviz: {warnings}");
            }
            Box::new(move |w| w.write_all(&bytes))
        }
        Format::Csv => {
            let dir = args.output.ok_or_else(|| {
                CliError::new("--format csv writes nodes.csv and edges.csv: give a directory with -o DIR", 2)
            })?;
            write_atomic(&dir.join("nodes.csv"), &nodes_csv(g))?;
            write_atomic(&dir.join("edges.csv"), &edges_csv(g))?;
            eprintln!("wrote {} and {}", dir.join("nodes.csv").display(), dir.join("edges.csv").display());
            return Ok(ExitCode::SUCCESS);
        }
    };
    match args.output {
        Some(path) => write_atomic_with(&path, |w| write(w))?,
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            write(&mut out)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
