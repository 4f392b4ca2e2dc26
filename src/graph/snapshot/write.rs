//! Writing a snapshot: each section streamed in file order through a counting
//! writer, the footer of section offsets last.

use super::{FORMAT_VERSION, MAGIC, Meta, SECTIONS, SNAPSHOT_VERSION, json_stamp, kind_code, normalise, relation_code};
use crate::extract::facts::{Evidence, OrgType};
use crate::graph::model::Graph;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::io::{self, Write};
use std::path::Path;

/// What a node carries besides its id, label and kind, borrowed for writing
/// (bincode writes it exactly as `NodeRest`).
#[derive(Serialize)]
struct NodeRestRef<'a> {
    org_type: Option<OrgType>,
    aliases: &'a [String],
    titles: &'a [String],
    title: Option<&'a String>,
    date: Option<&'a String>,
    documents: &'a [String],
    /// Positions in the sentence table.
    evidence: &'a [u32],
}

/// What an edge carries besides its ends and relation, borrowed for writing.
#[derive(Serialize)]
struct EdgeRestRef<'a> {
    key: u32,
    title: Option<&'a String>,
    date: Option<&'a String>,
    weight: f64,
    evidence: &'a [u32],
}

/// Counts what goes through, so sections know their offsets.
struct Counting<W> {
    inner: W,
    at: u64,
}

impl<W: Write> Counting<W> {
    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.inner.write_all(bytes)?;
        self.at += bytes.len() as u64;
        Ok(())
    }
    fn u32s(&mut self, v: impl IntoIterator<Item = u32>) -> io::Result<()> {
        for x in v {
            self.put(&x.to_le_bytes())?;
        }
        Ok(())
    }
    fn u64s(&mut self, v: impl IntoIterator<Item = u64>) -> io::Result<()> {
        for x in v {
            self.put(&x.to_le_bytes())?;
        }
        Ok(())
    }
    /// Pads to a multiple of 8 bytes.
    fn align(&mut self) -> io::Result<()> {
        let pad = (8 - self.at % 8) % 8;
        self.put(&[0u8; 8][..pad as usize])
    }
}

/// Writes the snapshot of `graph`, stamped with the current `json` file.
pub fn write_snapshot(graph: &Graph, json: &Path, out: &mut dyn Write) -> io::Result<()> {
    let stamp = json_stamp(json).ok_or_else(|| io::Error::other(format!("{}: cannot stat", json.display())))?;
    encode(graph, stamp, out)
}

/// Writes the snapshot of `graph` stamped with nothing: `stamp` gives the
/// bytes to put at `STAMP_AT` once graph.json is written, so the two files
/// can be written at once.
pub fn write_unstamped(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    encode(graph, (0, 0), out)
}

/// Where the stamp (graph.json's length and modification time) sits.
pub const STAMP_AT: u64 = (MAGIC.len() + 8) as u64;

/// The stamp of the current `json` file, as `encode` writes it.
pub fn stamp(json: &Path) -> io::Result<[u8; 24]> {
    let (len, mtime) = json_stamp(json).ok_or_else(|| io::Error::other(format!("{}: cannot stat", json.display())))?;
    let mut bytes = [0u8; 24];
    bytes[..8].copy_from_slice(&len.to_le_bytes());
    bytes[8..].copy_from_slice(&mtime.to_le_bytes());
    Ok(bytes)
}

pub(super) fn encode(graph: &Graph, (json_len, json_mtime): (u64, u128), out: &mut dyn Write) -> io::Result<()> {
    let to_io = |e: bincode::Error| io::Error::other(e.to_string());
    let (n, m) = (graph.nodes.len(), graph.edges.len());
    if n >= u32::MAX as usize || m >= (u32::MAX >> 1) as usize {
        return Err(io::Error::other("graph too large for a snapshot"));
    }
    let mut w = Counting { inner: out, at: 0 };
    w.put(MAGIC)?;
    w.put(&SNAPSHOT_VERSION.to_le_bytes())?;
    w.put(&FORMAT_VERSION.to_le_bytes())?;
    w.put(&json_len.to_le_bytes())?;
    w.put(&json_mtime.to_le_bytes())?;
    w.align()?;
    let mut secs: Vec<(u64, u64)> = Vec::with_capacity(SECTIONS);
    // Each section starts aligned; its extent is recorded for the footer.
    macro_rules! section {
        ($body:expr) => {{
            w.align()?;
            let start = w.at;
            $body;
            secs.push((start, w.at - start));
        }};
    }
    let meta = Meta { generator: graph.graph.generator.clone(), documents: graph.graph.documents.clone() };
    section!(w.put(&bincode::serialize(&meta).map_err(to_io)?)?);
    // A table: the records' bytes, then n+1 offsets into them.
    let mut offsets: Vec<u64> = Vec::with_capacity(m.max(n) + 1);
    macro_rules! table {
        ($items:expr, |$x:pat, $buf:ident| $bytes:expr) => {{
            offsets.clear();
            offsets.push(0);
            let mut $buf: Vec<u8> = Vec::new();
            section!({
                let base = w.at;
                for $x in $items {
                    $buf.clear();
                    $bytes;
                    w.put(&$buf)?;
                    offsets.push(w.at - base);
                }
            });
            section!(w.u64s(offsets.iter().copied())?);
        }};
    }
    table!(&graph.nodes, |x, buf| buf.extend_from_slice(x.id.as_bytes()));
    table!(&graph.nodes, |x, buf| buf.extend_from_slice(x.label.as_bytes()));
    section!(w.put(&graph.nodes.iter().map(|x| kind_code(x.kind)).collect::<Vec<u8>>())?);
    // Evidence sentences once each (an edge and its ends often cite the same
    // one), records refer to them by position.
    let sentences = Sentences::of(graph);
    table!(graph.nodes.iter().enumerate(), |(i, x), buf| {
        let rest = NodeRestRef {
            org_type: x.org_type,
            aliases: &x.aliases,
            titles: &x.titles,
            title: x.title.as_ref(),
            date: x.date.as_ref(),
            documents: &x.documents,
            evidence: sentences.of_node(i),
        };
        bincode::serialize_into(&mut buf, &rest).map_err(to_io)?
    });
    // An edge to a node the graph does not hold (a hand-edited graph.json)
    // joins nothing: it is left out, as queries would never reach it.
    // Each kept edge as its position in the graph and its two ends.
    let by_id: FxHashMap<&str, u32> = graph.nodes.iter().enumerate().map(|(i, x)| (x.id.as_str(), i as u32)).collect();
    let edges: Vec<(usize, (u32, u32))> = graph
        .edges
        .iter()
        .enumerate()
        .filter_map(|(j, e)| Some((j, (*by_id.get(e.source.as_str())?, *by_id.get(e.target.as_str())?))))
        .collect();
    drop(by_id);
    let m = edges.len();
    section!(w.u32s(edges.iter().flat_map(|&(_, (s, t))| [s, t]))?);
    section!(w.put(&edges.iter().map(|&(j, _)| relation_code(graph.edges[j].relation)).collect::<Vec<u8>>())?);
    table!(edges.iter().map(|&(j, _)| (j, &graph.edges[j])), |(j, e), buf| {
        let rest = EdgeRestRef {
            key: e.key,
            title: e.title.as_ref(),
            date: e.date.as_ref(),
            weight: e.weight,
            evidence: sentences.of_edge(j),
        };
        bincode::serialize_into(&mut buf, &rest).map_err(to_io)?
    });
    // Adjacency: for each node, its edges (both directions, by edge position),
    // each as edge << 1 | 1 when the node is the edge's target.
    let mut degree = vec![0u64; n + 1];
    for &(_, (s, t)) in &edges {
        degree[s as usize + 1] += 1;
        degree[t as usize + 1] += 1;
    }
    for i in 1..=n {
        degree[i] += degree[i - 1];
    }
    let mut fill = degree.clone();
    let mut adjacency = vec![0u32; 2 * m];
    for (j, &(_, (s, t))) in edges.iter().enumerate() {
        for (end, incoming) in [(s, 0u32), (t, 1u32)] {
            let at = &mut fill[end as usize];
            adjacency[*at as usize] = (j as u32) << 1 | incoming;
            *at += 1;
        }
    }
    drop(edges);
    drop(fill);
    section!(w.u64s(degree.iter().copied())?);
    drop(degree);
    section!(w.u32s(adjacency.iter().copied())?);
    drop(adjacency);
    let names = name_table(graph);
    table!(&names, |x, buf| buf.extend_from_slice(x.0.as_bytes()));
    section!(w.u32s(names.iter().map(|x| x.1))?);
    drop(names);
    table!(&sentences.list, |x, buf| bincode::serialize_into(&mut buf, x).map_err(to_io)?);
    w.align()?;
    for (at, len) in secs {
        w.u64s([at, len])?;
    }
    w.put(MAGIC)?;
    Ok(())
}

/// The distinct evidence sentences of a graph, in first-cited order, and the
/// positions each node's and edge's evidence has in that list.
struct Sentences<'a> {
    list: Vec<&'a Evidence>,
    /// Positions, nodes' then edges' in graph order; `at[r]..at[r + 1]` are
    /// record `r`'s (nodes first, then edges).
    cited: Vec<u32>,
    at: Vec<usize>,
    nodes: usize,
}

impl<'a> Sentences<'a> {
    fn of(graph: &'a Graph) -> Sentences<'a> {
        let records = graph.nodes.iter().map(|x| &x.evidence).chain(graph.edges.iter().map(|e| &e.evidence));
        let mut s = Sentences {
            list: Vec::new(),
            cited: Vec::new(),
            at: Vec::with_capacity(graph.nodes.len() + graph.edges.len() + 1),
            nodes: graph.nodes.len(),
        };
        let mut by_text: FxHashMap<&'a Evidence, u32> = FxHashMap::default();
        // A resolved graph shares one copy of each sentence among the records
        // citing it: its address finds it without comparing the text.
        let mut by_address: FxHashMap<(*const u8, *const u8), u32> = FxHashMap::default();
        s.at.push(0);
        for evidence in records {
            for e in evidence {
                let address = (e.doc.as_ptr(), e.text.as_ptr());
                let position = match by_address.get(&address) {
                    Some(&p) => p,
                    None => {
                        let next = s.list.len() as u32;
                        let p = *by_text.entry(e).or_insert(next);
                        if p == next {
                            s.list.push(e);
                        }
                        by_address.insert(address, p);
                        p
                    }
                };
                s.cited.push(position);
            }
            s.at.push(s.cited.len());
        }
        s
    }

    fn of_node(&self, i: usize) -> &[u32] {
        &self.cited[self.at[i]..self.at[i + 1]]
    }

    fn of_edge(&self, j: usize) -> &[u32] {
        self.of_node(self.nodes + j)
    }
}

/// Every label and alias of `graph` in normalised form, sorted: the name table.
fn name_table(graph: &Graph) -> Vec<(String, u32)> {
    use rayon::prelude::*;
    // Normalising (script conversion) is most of the work: on all cores.
    let mut names: Vec<(String, u32)> = graph
        .nodes
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, x)| {
            std::iter::once(&x.label).chain(&x.aliases).map(move |name| (normalise(name), i as u32))
        })
        .collect();
    names.par_sort_unstable();
    names.dedup();
    names
}
