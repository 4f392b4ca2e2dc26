//! `guanxi build`: announcements in, `graph.json` (and exports) out.

use crate::cli::CliError;
use crate::corpus::{Skip, Source, read_file, walk};
use crate::export::dot::to_dot;
use crate::export::graphml::to_graphml;
use crate::export::render::{graphviz_available, render};
use crate::extract::facts::DocFacts;
use crate::extract::lexicon::Lexicon;
use crate::extract::mentions::Matchers;
use crate::extract::{Document, extract_document};
use crate::graph::model::{DocumentInfo, Graph, NodeKind};
use crate::graph::resolve::resolve;
use crate::graph::store::{to_json, write_atomic};
use clap::Args;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Read announcements (files or directories of .txt, .html, .md, .jsonl in
/// UTF-8, UTF-16, GBK/GB18030 or Big5) and write the graph.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Files or directories to read (recursively).
    #[arg(default_value = "data/announcements")]
    pub paths: Vec<PathBuf>,
    /// Directory to write graph.json, graph.graphml and graph.dot into.
    #[arg(long, short, default_value = "graphs")]
    pub out: PathBuf,
    /// Lexicon directory: each file there replaces the built-in one of that name.
    #[arg(long, default_value = "data/lexicon")]
    pub lexicon: PathBuf,
    /// Treat any unreadable or skipped input as an error (exit 1, nothing written).
    #[arg(long)]
    pub strict: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: BuildArgs) -> Result<ExitCode, CliError> {
    let lex = load_lexicon(&args.lexicon)?;
    let (files, mut skips) = walk(&args.paths);
    let mut sources: BTreeMap<String, Source> = BTreeMap::new();
    let mut origin: BTreeMap<String, PathBuf> = BTreeMap::new();
    for f in &files {
        match read_file(f, &lex.furniture) {
            Ok((docs, line_skips)) => {
                skips.extend(line_skips);
                for d in docs {
                    // The same document given twice is read once; another
                    // document under a name already taken is reported.
                    match sources.get(&d.id) {
                        Some(prev) if prev.hash != d.hash => skips.push(Skip {
                            path: f.path.clone(),
                            reason: format!(
                                "document id {} is already taken by {}; rename one of them",
                                d.id,
                                origin.get(&d.id).map(|p| p.display().to_string()).unwrap_or_default()
                            ),
                        }),
                        Some(_) => {}
                        None => {
                            origin.insert(d.id.clone(), f.path.clone());
                            sources.insert(d.id.clone(), d);
                        }
                    }
                }
            }
            Err(s) => skips.push(s),
        }
    }
    report_skips(&skips);
    if args.strict && !skips.is_empty() {
        return Err(CliError::new(format!("{} input problem(s) and --strict given; nothing written", skips.len()), 1));
    }
    let graph = build_graph(sources.values(), &lex);
    let written = write_outputs(&graph, &args.out)?;
    if !args.quiet {
        print_summary(&graph, sources.len(), skips.len(), &written);
    }
    Ok(ExitCode::SUCCESS)
}

/// The lexicon: built-in defaults, with the files of `dir` (if it exists) instead.
pub fn load_lexicon(dir: &Path) -> Result<Lexicon, CliError> {
    let lex = if dir.is_dir() { Lexicon::with_dir(dir)? } else { Lexicon::embedded()? };
    Ok(lex)
}

/// Extracts every source and resolves the facts into one graph.
pub fn build_graph<'a>(sources: impl Iterator<Item = &'a Source>, lex: &Lexicon) -> Graph {
    let matchers = Matchers::new(lex);
    let mut facts: Vec<DocFacts> = Vec::new();
    let mut infos = Vec::new();
    for s in sources {
        let doc = Document { id: s.id.clone(), text: s.text.clone(), date: s.date.clone() };
        facts.push(extract_document(&doc, lex, &matchers));
        infos.push(DocumentInfo { id: s.id.clone(), hash: s.hash.clone() });
    }
    resolve(&facts, infos, lex)
}

fn report_skips(skips: &[Skip]) {
    let mut err = std::io::stderr().lock();
    for s in skips {
        let _ = writeln!(err, "guanxi: skipped {s}");
    }
}

/// The largest graph `build` draws as graph.svg; bigger ones are drawn in
/// parts with `guanxi export --format svg --around NAME`.
pub const MAX_DRAWN_NODES: usize = 400;

/// Writes graph.json, graph.graphml, graph.dot and (with Graphviz) graph.svg,
/// each atomically. Returns the files written.
pub fn write_outputs(graph: &Graph, out: &Path) -> Result<Vec<PathBuf>, CliError> {
    let dot = to_dot(graph, "guanxi", None);
    let mut files = vec![
        (out.join("graph.json"), to_json(graph)),
        (out.join("graph.graphml"), to_graphml(graph)),
        (out.join("graph.dot"), dot.clone().into_bytes()),
    ];
    // Graphviz lays out a few hundred nodes in seconds, a few thousand in hours:
    // draw the whole graph only while it fits a page.
    if graph.nodes.len() <= MAX_DRAWN_NODES && graphviz_available() {
        let (svg, warnings) = render(&dot, "svg")?;
        if !warnings.trim().is_empty() {
            eprint!("graphviz: {warnings}");
        }
        files.push((out.join("graph.svg"), svg));
    }
    for (path, bytes) in &files {
        write_atomic(path, bytes)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

fn print_summary(graph: &Graph, read: usize, skipped: usize, written: &[PathBuf]) {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for n in &graph.nodes {
        *kinds.entry(n.kind.as_str()).or_default() += 1;
    }
    let mut rels: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &graph.edges {
        *rels.entry(e.relation.as_str()).or_default() += 1;
    }
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "read {read} document(s), skipped {skipped}");
    let _ = writeln!(
        o,
        "nodes: {} ({} organization, {} person, {} agreement)",
        graph.nodes.len(),
        kinds.get(NodeKind::Organization.as_str()).unwrap_or(&0),
        kinds.get(NodeKind::Person.as_str()).unwrap_or(&0),
        kinds.get(NodeKind::Agreement.as_str()).unwrap_or(&0)
    );
    let rel_list: Vec<String> = rels.iter().map(|(r, c)| format!("{r} {c}")).collect();
    let _ = writeln!(o, "edges: {} ({})", graph.edges.len(), rel_list.join(", "));
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    let _ = writeln!(o, "wrote {}", names.join(", "));
}
