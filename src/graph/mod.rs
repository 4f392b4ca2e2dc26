//! The graph stage: per-document facts in, one resolved graph out.
//!
//! `model` is the graph contract (SCHEMA.md's node-link JSON), `resolve` merges
//! facts across documents and scripts into it, `store` reads and writes it
//! atomically with a format version, `index` gives queries and exports a
//! petgraph view with name lookup.

pub mod cache;
pub mod index;
pub mod model;
pub mod resolve;
pub mod snapshot;
pub mod store;

pub use model::{Edge, Graph, Node, NodeKind};
