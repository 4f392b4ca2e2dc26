//! The graph as written to `graph.json`: node-link JSON that
//! `networkx.node_link_graph(data, edges="edges")` reads as a directed multigraph.
//! Nodes and edges are sorted by id, so equal graphs serialise byte-identically.

use crate::extract::facts::{Evidence, OrgType, Relation};
use serde::{Deserialize, Serialize};

/// The version of this file format; a newer one is refused by older binaries.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Organization,
    Person,
    Agreement,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Organization => "organization",
            NodeKind::Person => "person",
            NodeKind::Agreement => "agreement",
        }
    }
}

/// An entity or an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    pub kind: NodeKind,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub org_type: Option<OrgType>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// People: every title seen (院长, 行政总裁 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    /// Agreements: what was signed (战略合作备忘录).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Agreements: `YYYY-MM-DD` or `--MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default)]
    pub documents: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A relation between two nodes, with the sentences that state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub key: u32,
    pub relation: Relation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Number of documents that support the edge.
    pub weight: f64,
    pub evidence: Vec<Evidence>,
}

/// A document the graph was built from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    /// FNV-1a hash of the document's bytes, hex.
    pub hash: String,
}

/// Graph-level attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphMeta {
    pub format_version: u32,
    pub generator: String,
    pub documents: Vec<DocumentInfo>,
}

/// The whole graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Graph {
    pub directed: bool,
    pub multigraph: bool,
    pub graph: GraphMeta,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

impl Graph {
    pub fn empty() -> Graph {
        Graph {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                format_version: FORMAT_VERSION,
                generator: format!("guanxi {}", env!("CARGO_PKG_VERSION")),
                documents: Vec::new(),
            },
            nodes: Vec::new(),
            edges: Vec::new(),
        }
    }

    /// Sorts nodes and edges and numbers parallel edges, for byte-stable output.
    pub fn normalise(&mut self) {
        use rayon::slice::ParallelSliceMut;
        // Ids are unique and (source, target, relation) is unique among edges
        // from `resolve`, so an unstable sort is deterministic; edges equal in
        // all three keep no particular order, which only hand-made graphs have.
        self.nodes.par_sort_unstable_by(|a, b| a.id.cmp(&b.id));
        self.edges.par_sort_by(|a, b| (&a.source, &a.target, a.relation).cmp(&(&b.source, &b.target, b.relation)));
        self.normalise_sorted();
    }

    /// `normalise` for a graph whose nodes and edges are already in that
    /// order (`resolve` makes them so): numbers parallel edges and sorts the
    /// document list.
    pub fn normalise_sorted(&mut self) {
        debug_assert!(self.nodes.is_sorted_by(|a, b| a.id <= b.id));
        debug_assert!(
            self.edges.is_sorted_by(|a, b| (&a.source, &a.target, a.relation) <= (&b.source, &b.target, b.relation))
        );
        let mut key = 0;
        for i in 0..self.edges.len() {
            let same_pair = i > 0 && {
                let (prev, cur) = (&self.edges[i - 1], &self.edges[i]);
                prev.source == cur.source && prev.target == cur.target
            };
            key = if same_pair { key + 1 } else { 0 };
            self.edges[i].key = key;
        }
        self.graph.documents.sort();
        self.graph.documents.dedup();
    }
}

/// Node id of an organisation, person or agreement.
pub fn org_id(name: &str) -> String {
    format!("org:{name}")
}
pub fn person_id(name: &str) -> String {
    format!("person:{name}")
}
