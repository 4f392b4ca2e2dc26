//! guanxi (关系): Chinese institutional announcements in, a knowledge graph of
//! who is tied to whom out.
//!
//! Data flows one way: bytes → `text` → `extract` (mentions and facts) →
//! `graph` (resolution, model, store) → `query` answers and `export` files.
//! `cli` holds one file per subcommand.

pub mod cli;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod graph;
pub mod query;
pub mod text;
