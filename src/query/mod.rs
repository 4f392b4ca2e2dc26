//! Answers: what the graph says about an entity. `neighbours` (who is tied to
//! X, within N hops), `paths` (how A reaches B), `card` (everything about X).
//! Works on a `GraphIndex`; printing is the CLI's business.

pub mod card;
pub mod neighbours;
pub mod paths;

use crate::extract::facts::Relation;
use crate::graph::index::GraphIndex;
use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

/// One edge seen from one of its ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hop {
    /// Position of the edge in `graph.edges`.
    pub edge: usize,
    /// The node at the other end.
    pub other: usize,
    /// True when the edge leaves the node we stand on.
    pub outgoing: bool,
}

impl Hop {
    pub fn relation(&self, index: &GraphIndex) -> Relation {
        index.graph.edges[self.edge].relation
    }

    /// How the relation reads from the node we stand on (`leads` / `led by`).
    pub fn phrase(&self, index: &GraphIndex) -> &'static str {
        let (out, inc) = self.relation(index).phrases();
        if self.outgoing { out } else { inc }
    }
}

/// Every edge at `node`, both directions, sorted by edge position (stable).
pub fn hops(index: &GraphIndex, node: usize, relations: &[Relation]) -> Vec<Hop> {
    let n = NodeIndex::new(node);
    let mut out: Vec<Hop> = Vec::new();
    for (dir, outgoing) in [(Direction::Outgoing, true), (Direction::Incoming, false)] {
        for e in index.pg.edges_directed(n, dir) {
            let edge = *e.weight();
            if !relations.is_empty() && !relations.contains(&index.graph.edges[edge].relation) {
                continue;
            }
            let other = if outgoing { e.target() } else { e.source() };
            out.push(Hop { edge, other: index.pg[other], outgoing });
        }
    }
    out.sort_by_key(|h| (h.edge, h.outgoing));
    out
}
