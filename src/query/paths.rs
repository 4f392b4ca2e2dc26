//! How one entity reaches another: the shortest path (breadth-first, edges in
//! either direction), or every simple path up to a length, shortest first.

use crate::graph::index::GraphIndex;
use crate::query::{Hop, hops};
use std::collections::VecDeque;

/// A path as the hops taken from the start.
pub type Path = Vec<Hop>;

/// The shortest path from `from` to `to`, if any.
pub fn shortest(index: &GraphIndex, from: usize, to: usize) -> Option<Path> {
    if from == to {
        return Some(Vec::new());
    }
    let mut back: Vec<Option<(usize, Hop)>> = vec![None; index.node_count()];
    let mut seen = vec![false; index.node_count()];
    seen[from] = true;
    let mut queue = VecDeque::from([from]);
    while let Some(node) = queue.pop_front() {
        for hop in hops(index, node, &[]) {
            if seen[hop.other] {
                continue;
            }
            seen[hop.other] = true;
            back[hop.other] = Some((node, hop));
            if hop.other == to {
                let mut path = Vec::new();
                let mut cur = to;
                while let Some((prev, h)) = back[cur] {
                    path.push(h);
                    cur = prev;
                }
                path.reverse();
                return Some(path);
            }
            queue.push_back(hop.other);
        }
    }
    None
}

/// Every simple path of at most `max_len` hops, shortest first, at most `limit`.
pub fn all_simple(index: &GraphIndex, from: usize, to: usize, max_len: usize, limit: usize) -> Vec<Path> {
    let mut out = Vec::new();
    let mut on_path = vec![false; index.node_count()];
    on_path[from] = true;
    let mut path = Vec::new();
    walk(index, from, to, max_len, &mut on_path, &mut path, &mut out, limit * 10);
    out.sort_by_key(|p| p.len());
    out.truncate(limit);
    out
}

#[allow(clippy::too_many_arguments)]
fn walk(
    index: &GraphIndex,
    node: usize,
    to: usize,
    max_len: usize,
    on_path: &mut [bool],
    path: &mut Vec<Hop>,
    out: &mut Vec<Path>,
    cap: usize,
) {
    if out.len() >= cap || path.len() >= max_len {
        return;
    }
    for hop in hops(index, node, &[]) {
        if on_path[hop.other] {
            continue;
        }
        path.push(hop);
        if hop.other == to {
            out.push(path.clone());
        } else {
            on_path[hop.other] = true;
            walk(index, hop.other, to, max_len, on_path, path, out, cap);
            on_path[hop.other] = false;
        }
        path.pop();
    }
}
