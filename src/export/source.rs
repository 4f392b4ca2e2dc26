//! What exports read: a graph in memory (`Graph`) or a mapped snapshot
//! (`GraphIndex`), node by node and edge by edge, so a graph of millions is
//! written without first being rebuilt in memory.

use crate::graph::index::GraphIndex;
use crate::graph::model::{Edge, Graph, GraphMeta, Node};
use rayon::prelude::*;
use std::borrow::Cow;
use std::io::{self, Write};

/// A graph that can be read in order, one record at a time.
pub trait GraphSource: Sync {
    fn meta(&self) -> Cow<'_, GraphMeta>;
    fn node_count(&self) -> usize;
    fn edge_count(&self) -> usize;
    fn node(&self, i: usize) -> Cow<'_, Node>;
    fn edge(&self, e: usize) -> Cow<'_, Edge>;
}

impl GraphSource for Graph {
    fn meta(&self) -> Cow<'_, GraphMeta> {
        Cow::Borrowed(&self.graph)
    }
    fn node_count(&self) -> usize {
        self.nodes.len()
    }
    fn edge_count(&self) -> usize {
        self.edges.len()
    }
    fn node(&self, i: usize) -> Cow<'_, Node> {
        Cow::Borrowed(&self.nodes[i])
    }
    fn edge(&self, e: usize) -> Cow<'_, Edge> {
        Cow::Borrowed(&self.edges[e])
    }
}

impl GraphSource for GraphIndex {
    fn meta(&self) -> Cow<'_, GraphMeta> {
        Cow::Owned(GraphIndex::meta(self))
    }
    fn node_count(&self) -> usize {
        GraphIndex::node_count(self)
    }
    fn edge_count(&self) -> usize {
        GraphIndex::edge_count(self)
    }
    fn node(&self, i: usize) -> Cow<'_, Node> {
        Cow::Owned(GraphIndex::node(self, i))
    }
    fn edge(&self, e: usize) -> Cow<'_, Edge> {
        Cow::Owned(GraphIndex::edge(self, e))
    }
}

/// Records encoded per batch at once: enough to keep every core busy, few
/// enough that a batch's bytes stay small next to the graph.
const BATCH: usize = 8192;
/// Records one task encodes into one buffer.
const PER_TASK: usize = 256;

/// Writes records `0..n` in order, encoding them a batch at a time on all
/// cores: `encode(buf, i)` appends record `i`'s bytes to `buf`.
pub fn write_records(
    out: &mut dyn Write,
    n: usize,
    encode: impl Fn(&mut Vec<u8>, usize) -> io::Result<()> + Sync,
) -> io::Result<()> {
    for batch in (0..n).step_by(BATCH) {
        let end = (batch + BATCH).min(n);
        let parts: Vec<io::Result<Vec<u8>>> = (batch..end)
            .step_by(PER_TASK)
            .collect::<Vec<usize>>()
            .into_par_iter()
            .map(|start| {
                let mut buf = Vec::with_capacity(PER_TASK * 512);
                for i in start..(start + PER_TASK).min(end) {
                    encode(&mut buf, i)?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            out.write_all(&part?)?;
        }
    }
    Ok(())
}
