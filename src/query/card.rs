//! An entity's card: the node itself and every edge at it, grouped by how the
//! relation reads from the entity.

use crate::graph::index::GraphIndex;
use crate::query::{Hop, hops};

/// Everything the graph holds about one node.
pub struct Card {
    pub node: usize,
    pub hops: Vec<Hop>,
}

pub fn card(index: &GraphIndex, node: usize) -> Card {
    let mut hs = hops(index, node, &[]);
    // A symmetric relation (signed with) reads the same both ways: one run.
    hs.sort_by_cached_key(|h| (h.relation(index), h.phrase(index), index.label(h.other).to_string()));
    Card { node, hops: hs }
}
