//! What exports read: a graph in memory (`Graph`) or a mapped snapshot
//! (`GraphIndex`), node by node and edge by edge, so a graph of millions is
//! written without first being rebuilt in memory.

use crate::graph::index::GraphIndex;
use crate::graph::model::{Edge, Graph, GraphMeta, Node};
use std::borrow::Cow;

/// A graph that can be read in order, one record at a time.
pub trait GraphSource {
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
