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
        None => (0..index.node_count()).collect(),
    };
    // The edges between kept nodes: from their adjacency around a centre,
    // from the whole edge list otherwise.
    let edges: BTreeSet<usize> = match center {
        Some(_) => nodes.iter().flat_map(|&n| index.adjacent(n).map(|(e, _)| e)).collect(),
        None => (0..index.edge_count()).collect(),
    };
    let mut g = Graph::empty();
    g.graph.documents = index.meta().documents;
    let mut touched: BTreeSet<usize> = BTreeSet::new();
    for e in edges {
        let (s, t) = index.ends(e);
        if keep_rel(index.relation(e)) && nodes.contains(&s) && nodes.contains(&t) {
            touched.extend([s, t]);
            g.edges.push(index.edge(e));
        }
    }
    // Without a centre, relation filtering also drops the nodes left unconnected.
    g.nodes = nodes
        .into_iter()
        .filter(|n| center.is_some() || relations.is_empty() || touched.contains(n))
        .map(|n| index.node(n))
        .collect();
    g.normalise();
    g
}
