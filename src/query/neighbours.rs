//! Who is tied to an entity: breadth-first over edges in both directions, up
//! to a depth, optionally along some relations only. Each entry remembers the
//! hop that reached it and, beyond depth 1, the node it was reached through.

use crate::extract::facts::Relation;
use crate::graph::index::GraphIndex;
use crate::query::{Hop, hops};
use std::collections::VecDeque;

/// An entity reached from the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    pub node: usize,
    pub depth: usize,
    /// The node it was reached from (the start at depth 1).
    pub from: usize,
    pub hop: Hop,
}

/// Entities within `depth` hops of `start`, nearest first, in a stable order.
pub fn neighbours(index: &GraphIndex, start: usize, depth: usize, relations: &[Relation]) -> Vec<Neighbour> {
    let mut seen = vec![false; index.node_count()];
    seen[start] = true;
    let mut out = Vec::new();
    let mut queue = VecDeque::from([(start, 0usize)]);
    while let Some((node, d)) = queue.pop_front() {
        if d >= depth {
            continue;
        }
        for hop in hops(index, node, relations) {
            if seen[hop.other] {
                // At depth 1, parallel edges to the same neighbour are listed too.
                if d == 0 && hop.other != start {
                    out.push(Neighbour { node: hop.other, depth: 1, from: node, hop });
                }
                continue;
            }
            seen[hop.other] = true;
            out.push(Neighbour { node: hop.other, depth: d + 1, from: node, hop });
            queue.push_back((hop.other, d + 1));
        }
    }
    out
}
