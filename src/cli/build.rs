//! `guanxi build`: announcements in, `graph.json` (and exports) out.

use crate::cli::CliError;
use crate::corpus::walk::InputFile;
use crate::corpus::{Skip, read_file, walk};
use crate::export::dot::to_dot;
use crate::export::graphml::write_graphml;
use crate::export::render::{graphviz_available, render};
use crate::extract::facts::DocFacts;
use crate::extract::lexicon::Lexicon;
use crate::extract::mentions::Matchers;
use crate::extract::{Document, extract_document};
use crate::graph::cache::{CACHE_FILE, FactsCache, stamp};
use crate::graph::model::{DocumentInfo, Graph, NodeKind};
use crate::graph::resolve::resolve;
use crate::graph::snapshot::{self, STAMP_AT, write_unstamped};
use crate::graph::store::{StoreError, stage_with, write_atomic, write_atomic_with, write_json};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::IsTerminal;
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
    /// Print nothing but errors (no summary, no progress bar).
    #[arg(long, short)]
    pub quiet: bool,
    /// Extract every document again instead of reusing the facts of unchanged
    /// ones from the last build.
    #[arg(long)]
    pub full: bool,
    /// Print on stderr when each stage (read and extract, resolve, write) ended.
    #[arg(long)]
    pub timings: bool,
}

pub fn run(args: BuildArgs) -> Result<ExitCode, CliError> {
    let t0 = std::time::Instant::now();
    let tick = |what: &str| {
        if args.timings {
            eprintln!("{:>8.3} s  {what}", t0.elapsed().as_secs_f64());
        }
    };
    let lex = load_lexicon(&args.lexicon)?;
    let (files, mut skips) = walk(&args.paths);
    let cache = if args.full { FactsCache::default() } else { FactsCache::load(&args.out, &stamp(&lex.fingerprint)) };
    let mut progress = Progress::new(files.len() as u64, args.quiet);
    let matchers = Matchers::new(&lex);
    tick("lexicon loaded, inputs listed");
    // Files in parallel; each one's text is dropped once its facts are read.
    let results: Vec<FileResult> = files
        .par_iter()
        .map(|f| {
            let r = read_and_extract(f, &lex, &matchers, &cache);
            progress.inc();
            r
        })
        .collect();
    progress.stage("resolving the graph");
    tick("documents read and extracted");
    let mut docs: BTreeMap<String, (DocumentInfo, DocFacts)> = BTreeMap::new();
    let mut origin: BTreeMap<String, PathBuf> = BTreeMap::new();
    let (mut extracted, mut reused) = (0usize, 0usize);
    for (f, r) in files.iter().zip(results) {
        match r {
            Ok((file_docs, line_skips)) => {
                skips.extend(line_skips);
                for (info, facts, fresh) in file_docs {
                    // The same document given twice is read once; another
                    // document under a name already taken is reported.
                    match docs.get(&info.id) {
                        Some((prev, _)) if prev.hash != info.hash => skips.push(Skip {
                            path: f.path.clone(),
                            reason: format!(
                                "document id {} is already taken by {}; rename one of them",
                                info.id,
                                origin.get(&info.id).map(|p| p.display().to_string()).unwrap_or_default()
                            ),
                        }),
                        Some(_) => {}
                        None => {
                            if fresh {
                                extracted += 1;
                            } else {
                                reused += 1;
                            }
                            origin.insert(info.id.clone(), f.path.clone());
                            docs.insert(info.id.clone(), (info, facts));
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
    let (infos, facts): (Vec<DocumentInfo>, Vec<DocFacts>) = docs.into_values().unzip();
    // The facts go to the cache while the graph is resolved.
    let stamp = stamp(&lex.fingerprint);
    let cache_path = args.out.join(CACHE_FILE);
    let entries: Vec<(&str, &str, &DocFacts)> =
        infos.iter().zip(&facts).map(|(i, f)| (i.id.as_str(), i.hash.as_str(), f)).collect();
    let (graph, cached) = rayon::join(
        || resolve(&facts, infos.clone(), &lex),
        || write_atomic_with(&cache_path, |w| FactsCache::write_docs(&stamp, &entries, w)),
    );
    cached?;
    tick("graph resolved, facts cache written");
    progress.stage("writing the graph files");
    let written = write_outputs(&graph, &args.out);
    progress.finish();
    let mut written = written?;
    written.push(cache_path);
    tick("graph files written");
    if !args.quiet {
        print_summary(&graph, extracted + reused, reused, skips.len(), &written);
    }
    // The process ends here: freeing millions of strings one by one would
    // only delay the exit.
    std::mem::forget(graph);
    std::mem::forget(facts);
    Ok(ExitCode::SUCCESS)
}

/// One document read from a file: its info, its facts, and whether they were
/// extracted now (false: taken from the cache).
type ReadDoc = (DocumentInfo, DocFacts, bool);
type FileResult = Result<(Vec<ReadDoc>, Vec<Skip>), Skip>;

fn read_and_extract(f: &InputFile, lex: &Lexicon, m: &Matchers, cache: &FactsCache) -> FileResult {
    let (sources, skips) = read_file(f, &lex.furniture)?;
    let docs = sources
        .into_iter()
        .map(|s| {
            let info = DocumentInfo { id: s.id.clone(), hash: s.hash.clone() };
            match cache.get(&s.id, &s.hash) {
                Some(facts) => (info, facts.clone(), false),
                None => {
                    let doc = Document { id: s.id, text: s.text, date: s.date };
                    (info, extract_document(&doc, lex, m), true)
                }
            }
        })
        .collect();
    Ok((docs, skips))
}

/// A progress bar on stderr, shown only on a terminal, not with --quiet, and
/// only once the build has run for a second; after reading, a spinner names
/// the stage (resolving, writing) under the same rules.
struct Progress {
    bar: ProgressBar,
    start: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
    enabled: bool,
}

impl Progress {
    fn new(len: u64, quiet: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} reading {pos}/{len} files [{elapsed_precise}] {wide_bar} {eta}")
        {
            bar.set_style(style);
        }
        let enabled = !quiet && std::io::stderr().is_terminal();
        Progress { bar, start: std::time::Instant::now(), shown: false.into(), enabled }
    }

    /// Whether anything is drawn: a terminal, no --quiet, and past a second.
    fn visible(&self) -> bool {
        self.enabled && self.start.elapsed().as_secs_f32() > 1.0
    }

    fn inc(&self) {
        self.bar.inc(1);
        if self.visible() && !self.shown.swap(true, std::sync::atomic::Ordering::Relaxed) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Ends what is shown and names the next stage on a spinner.
    fn stage(&mut self, what: &str) {
        self.bar.finish_and_clear();
        self.bar = ProgressBar::hidden();
        if !self.visible() {
            return;
        }
        let spinner = ProgressBar::new_spinner().with_elapsed(self.start.elapsed()).with_message(what.to_string());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]") {
            spinner.set_style(style);
        }
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        self.bar = spinner;
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// The lexicon: built-in defaults, with the files of `dir` (if it exists) instead.
pub fn load_lexicon(dir: &Path) -> Result<Lexicon, CliError> {
    let lex = if dir.is_dir() { Lexicon::with_dir(dir)? } else { Lexicon::embedded()? };
    Ok(lex)
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

/// The largest graph `build` writes as graph.dot. Graphviz's force-directed
/// layout (sfdp) still draws ten thousand nodes; beyond that a whole-graph DOT
/// is tens of megabytes nobody renders, so it is left to
/// `guanxi export --format dot` and parts to `--around NAME`.
pub const MAX_DOT_NODES: usize = 10_000;

/// Writes graph.json (with its snapshot), graph.graphml, and, while the graph
/// is small enough to draw, graph.dot and (with Graphviz) graph.svg, each
/// atomically; a graph.dot or graph.svg left from an earlier, smaller graph is
/// removed. Returns the files written.
pub fn write_outputs(graph: &Graph, out: &Path) -> Result<Vec<PathBuf>, CliError> {
    let dot = (graph.nodes.len() <= MAX_DOT_NODES).then(|| to_dot(graph, "guanxi", None));
    // Graphviz lays out a few hundred nodes in seconds, a few thousand in hours:
    // draw the whole graph only while it fits a page. Rendered first, so that a
    // Graphviz failure writes nothing.
    let svg = match &dot {
        Some(dot) if graph.nodes.len() <= MAX_DRAWN_NODES && graphviz_available() => {
            let (svg, warnings) = render(dot, "svg")?;
            if !warnings.trim().is_empty() {
                eprint!("graphviz: {warnings}");
            }
            Some(svg)
        }
        _ => None,
    };
    for (name, kept) in [("graph.dot", dot.is_some()), ("graph.svg", svg.is_some())] {
        let stale = out.join(name);
        if !kept && stale.exists() {
            std::fs::remove_file(&stale).map_err(|err| StoreError::Io { path: stale.clone(), err })?;
        }
    }
    // Each file is streamed to disk as it is serialised, all at once (their
    // records are encoded on every core), the largest (GraphML) first so that
    // it is not the last one running. The snapshot is staged unstamped beside
    // graph.json and stamped once graph.json is in place.
    let path = |name: &str| out.join(name);
    let json = path("graph.json");
    let ((right, left), snapshot) = rayon::join(
        || {
            rayon::join(
                || -> Result<Vec<PathBuf>, CliError> {
                    let mut written = Vec::new();
                    if let Some(dot) = &dot {
                        write_atomic(&path("graph.dot"), dot.as_bytes())?;
                        written.push(path("graph.dot"));
                    }
                    if let Some(svg) = &svg {
                        write_atomic(&path("graph.svg"), svg)?;
                        written.push(path("graph.svg"));
                    }
                    write_atomic_with(&path("graph.graphml"), |w| write_graphml(graph, w))?;
                    written.push(path("graph.graphml"));
                    Ok(written)
                },
                || write_atomic_with(&json, |w| write_json(graph, w)),
            )
        },
        || stage_with(&path("graph.snapshot"), |w| write_unstamped(graph, w)),
    );
    let mut written = right?;
    left?;
    let snapshot = snapshot?;
    let stamped = snapshot::stamp(&json).map_err(|err| StoreError::Io { path: json.clone(), err })?;
    snapshot.patch(STAMP_AT, &stamped)?;
    snapshot.commit()?;
    written.extend([json, path("graph.snapshot")]);
    Ok(written)
}

fn print_summary(graph: &Graph, read: usize, reused: usize, skipped: usize, written: &[PathBuf]) {
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
    if reused > 0 {
        let _ = writeln!(o, "{reused} unchanged since the last build (facts reused), {} extracted", read - reused);
    }
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
    if graph.nodes.len() > MAX_DOT_NODES {
        let _ = writeln!(
            o,
            "no graph.dot: {} nodes are more than a diagram shows (limit {MAX_DOT_NODES}); draw a part with \
             `guanxi export --format svg --around NAME -o part.svg`, or get the whole with `guanxi export --format dot`",
            graph.nodes.len()
        );
    } else if graph.nodes.len() > MAX_DRAWN_NODES {
        let _ = writeln!(
            o,
            "no graph.svg: {} nodes are more than a page shows (limit {MAX_DRAWN_NODES}); draw a part with \
             `guanxi export --format svg --around NAME -o part.svg`",
            graph.nodes.len()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn progress_shows_only_on_a_terminal_and_after_a_second() {
        let started = |ago: u64, enabled: bool| Progress {
            bar: ProgressBar::hidden(),
            start: Instant::now() - Duration::from_secs(ago),
            shown: false.into(),
            enabled,
        };
        assert!(started(2, true).visible());
        assert!(!started(0, true).visible());
        assert!(!started(2, false).visible());
        // A stage after a quick read draws nothing and leaves a hidden bar.
        let mut quick = started(0, true);
        quick.stage("resolving the graph");
        assert!(quick.bar.is_hidden());
    }
}
