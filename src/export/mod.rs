//! Exports: the graph (or a neighbourhood of it) as files other tools read.
//! `json` (node-link, as `graph.json`), `graphml` (Gephi, NetworkX, yEd),
//! `dot` (Graphviz, via graphviz-rust), `render` (SVG/PNG through Graphviz's
//! `dot`), `csv` (neo4j-admin import). `subgraph` cuts the part a report needs;
//! `source` lets every writer read a graph in memory or a mapped snapshot alike.

pub mod csv;
pub mod dot;
pub mod graphml;
pub mod render;
pub mod source;
pub mod subgraph;
