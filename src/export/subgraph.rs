//! Cuts a part of the graph: the neighbourhood of one entity up to a depth,
//! and/or only some relations. The result is a `Graph` like any other.

use crate::extract::facts::Relation;
use crate::graph::index::GraphIndex;
use crate::graph::model::Graph;
use crate::query::neighbours::neighbours;
use std::collections::BTreeSet;

/// The part of the graph within `depth` hops of `center` (all of it when
/// `center` is `None`), keeping only `relations` when some are given.
pub fn subgraph(index: &GraphIndex, center: Option<usize>, depth: usize, relations: &[Relation]) -> Graph {
    let keep_rel = |r: Relation| relations.is_empty() || relations.contains(&r);
    let nodes: BTreeSet<usize> = match center {
        Some(c) => {
            std::iter::once(c).chain(neighbours(index, c, depth, relations).into_iter().map(|n| n.node)).collect()
        }
        None => (0..index.graph.nodes.len()).collect(),
    };
    let ids: BTreeSet<&str> = nodes.iter().map(|&i| index.graph.nodes[i].id.as_str()).collect();
    let mut g = Graph::empty();
    g.graph.documents = index.graph.graph.documents.clone();
    g.edges = index
        .graph
        .edges
        .iter()
        .filter(|e| keep_rel(e.relation) && ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()))
        .cloned()
        .collect();
    // Without a centre, relation filtering also drops the nodes left unconnected.
    let touched: BTreeSet<&str> = g.edges.iter().flat_map(|e| [e.source.as_str(), e.target.as_str()]).collect();
    g.nodes = nodes
        .iter()
        .map(|&i| &index.graph.nodes[i])
        .filter(|n| center.is_some() || relations.is_empty() || touched.contains(n.id.as_str()))
        .cloned()
        .collect();
    g.normalise();
    g
}
