//! Answers: what the graph says about an entity. `neighbours` (who is tied to
//! X, within N hops), `paths` (how A reaches B), `card` (everything about X).
//! Works on a `GraphIndex`; printing is the CLI's business.

pub mod card;
pub mod neighbours;
pub mod paths;

use crate::extract::facts::Relation;
use crate::graph::index::GraphIndex;

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
        index.relation(self.edge)
    }

    /// How the relation reads from the node we stand on (`leads` / `led by`).
    pub fn phrase(&self, index: &GraphIndex) -> &'static str {
        let (out, inc) = self.relation(index).phrases();
        if self.outgoing { out } else { inc }
    }
}

/// Every edge at `node`, both directions, sorted by edge position (stable).
pub fn hops(index: &GraphIndex, node: usize, relations: &[Relation]) -> Vec<Hop> {
    let mut out: Vec<Hop> = index
        .adjacent(node)
        .filter(|&(edge, _)| relations.is_empty() || relations.contains(&index.relation(edge)))
        .map(|(edge, incoming)| {
            let (s, t) = index.ends(edge);
            Hop { edge, other: if incoming { s } else { t }, outgoing: !incoming }
        })
        .collect();
    out.sort_by_key(|h| (h.edge, h.outgoing));
    out
}
