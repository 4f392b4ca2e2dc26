//! The graph stage: per-document facts in, one resolved graph out.
//!
//! `model` is the graph contract (SCHEMA.md's node-link JSON), `resolve` merges
//! facts across documents and scripts into it (petgraph's union-find groups the
//! names of one organisation), `store` reads and writes it atomically with a
//! format version (`json` writes its records), `snapshot` is the
//! memory-mapped binary copy queries read,
//! `cache` keeps each document's facts between builds, and `index` gives
//! queries and exports adjacency and name lookup over a snapshot.

pub mod cache;
pub mod index;
pub mod json;
pub mod model;
pub mod resolve;
pub mod snapshot;
pub mod store;

pub use model::{Edge, Graph, Node, NodeKind};
