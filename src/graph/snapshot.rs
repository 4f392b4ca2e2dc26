//! A compact binary snapshot of `graph.json` for fast queries: nodes and edges
//! without their evidence (bincode), then every edge's evidence in a blob read
//! only for the edges a query prints. It records the size and modification
//! time of the `graph.json` it was made from and is ignored when stale or of
//! another format version; queries then read the JSON and write a fresh one.

use crate::extract::facts::{Evidence, OrgType, Relation};
use crate::graph::index::{GraphIndex, endpoints, name_table};
use crate::graph::model::{DocumentInfo, Edge, FORMAT_VERSION, Graph, GraphMeta, Node, NodeKind};
use serde::{Deserialize, Serialize};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

const MAGIC: &[u8; 12] = b"GUANXI-SNAP\0";

/// Where a snapshot lives: `graph.json` → `graph.snapshot`.
pub fn snapshot_path(json: &Path) -> PathBuf {
    json.with_extension("snapshot")
}

#[derive(Serialize, Deserialize)]
struct Header {
    version: u32,
    json_len: u64,
    json_mtime_ns: u128,
}

#[derive(Serialize, Deserialize)]
struct SnapNode {
    id: String,
    label: String,
    kind: NodeKind,
    org_type: Option<OrgType>,
    aliases: Vec<String>,
    titles: Vec<String>,
    title: Option<String>,
    date: Option<String>,
    documents: Vec<String>,
    /// (offset in the evidence blob, length)
    evidence: (u64, u32),
}

#[derive(Serialize, Deserialize)]
struct SnapEdge {
    /// Positions of the source and target in `nodes`.
    source: u32,
    target: u32,
    key: u32,
    relation: Relation,
    title: Option<String>,
    date: Option<String>,
    weight: f64,
    /// (offset in the evidence blob, length)
    evidence: (u64, u32),
}

#[derive(Serialize, Deserialize)]
struct Body {
    generator: String,
    documents: Vec<DocumentInfo>,
    nodes: Vec<SnapNode>,
    edges: Vec<SnapEdge>,
    /// The sorted name table (normalised label or alias, node).
    names: Vec<(String, u32)>,
}

fn json_stamp(json: &Path) -> Option<(u64, u128)> {
    let m = std::fs::metadata(json).ok()?;
    let mtime = m.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
    Some((m.len(), mtime))
}

/// The snapshot bytes of `graph`, stamped with the current `json` file.
pub fn to_snapshot(graph: &Graph, json: &Path) -> Option<Vec<u8>> {
    let (json_len, json_mtime_ns) = json_stamp(json)?;
    let mut blob: Vec<u8> = Vec::new();
    let ends = endpoints(graph);
    let edges = graph
        .edges
        .iter()
        .zip(&ends)
        .map(|(e, &(source, target))| {
            let bytes = bincode::serialize(&e.evidence).unwrap_or_default();
            let at = (blob.len() as u64, bytes.len() as u32);
            blob.extend_from_slice(&bytes);
            SnapEdge {
                source,
                target,
                key: e.key,
                relation: e.relation,
                title: e.title.clone(),
                date: e.date.clone(),
                weight: e.weight,
                evidence: at,
            }
        })
        .collect();
    let nodes = graph
        .nodes
        .iter()
        .map(|n| {
            let bytes = bincode::serialize(&n.evidence).unwrap_or_default();
            let at = (blob.len() as u64, bytes.len() as u32);
            blob.extend_from_slice(&bytes);
            SnapNode {
                id: n.id.clone(),
                label: n.label.clone(),
                kind: n.kind,
                org_type: n.org_type,
                aliases: n.aliases.clone(),
                titles: n.titles.clone(),
                title: n.title.clone(),
                date: n.date.clone(),
                documents: n.documents.clone(),
                evidence: at,
            }
        })
        .collect();
    let body = Body {
        generator: graph.graph.generator.clone(),
        documents: graph.graph.documents.clone(),
        nodes,
        edges,
        names: name_table(graph),
    };
    let header = bincode::serialize(&Header { version: FORMAT_VERSION, json_len, json_mtime_ns }).ok()?;
    let body = bincode::serialize(&body).ok()?;
    let mut out = Vec::with_capacity(12 + 16 + header.len() + body.len() + blob.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header.len() as u64).to_le_bytes());
    out.extend_from_slice(&header);
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&blob);
    Some(out)
}

/// Evidence of the edges of a graph loaded from a snapshot, read on demand.
#[derive(Debug, Clone)]
pub struct LazyEvidence {
    path: PathBuf,
    blob_start: u64,
    spans: Vec<(u64, u32)>,
    node_spans: Vec<(u64, u32)>,
}

impl LazyEvidence {
    /// The evidence of edge `i` (empty if the snapshot cannot be read).
    pub fn get(&self, i: usize) -> Vec<Evidence> {
        let Some(&(at, len)) = self.spans.get(i) else { return Vec::new() };
        let read = || -> Option<Vec<Evidence>> {
            let mut f = std::fs::File::open(&self.path).ok()?;
            f.seek(SeekFrom::Start(self.blob_start + at)).ok()?;
            let mut buf = vec![0u8; len as usize];
            f.read_exact(&mut buf).ok()?;
            bincode::deserialize(&buf).ok()
        };
        read().unwrap_or_default()
    }

    /// Reads the whole blob once and puts every node's and edge's evidence
    /// back into `graph`.
    fn fill(&self, graph: &mut Graph) -> Option<()> {
        let mut f = std::fs::File::open(&self.path).ok()?;
        f.seek(SeekFrom::Start(self.blob_start)).ok()?;
        let mut blob = Vec::new();
        f.read_to_end(&mut blob).ok()?;
        let take = |&(at, len): &(u64, u32)| -> Option<Vec<Evidence>> {
            let at = usize::try_from(at).ok()?;
            bincode::deserialize(blob.get(at..at + len as usize)?).ok()
        };
        for (e, span) in graph.edges.iter_mut().zip(&self.spans) {
            e.evidence = take(span)?;
        }
        for (n, span) in graph.nodes.iter_mut().zip(&self.node_spans) {
            n.evidence = take(span)?;
        }
        Some(())
    }
}

/// Loads a fresh snapshot of `json`, if there is one, as an index whose edge
/// evidence is read on demand. Edges carry no source/target ids (the index
/// knows their ends); exports read the JSON instead.
pub fn load_snapshot(json: &Path) -> Option<GraphIndex> {
    let (graph, ends, names, lazy) = read_snapshot(json)?;
    Some(GraphIndex::from_parts(graph, &ends, names, Some(lazy)))
}

/// The parts of a fresh snapshot: graph without evidence, edge ends, name table.
type SnapshotParts = (Graph, Vec<(u32, u32)>, Vec<(String, u32)>, LazyEvidence);

fn read_snapshot(json: &Path) -> Option<SnapshotParts> {
    let path = snapshot_path(json);
    let mut f = std::io::BufReader::new(std::fs::File::open(&path).ok()?);
    let mut magic = [0u8; 12];
    f.read_exact(&mut magic).ok()?;
    if &magic != MAGIC {
        return None;
    }
    let mut len = [0u8; 8];
    f.read_exact(&mut len).ok()?;
    let hlen = u64::from_le_bytes(len);
    let mut hbuf = vec![0u8; usize::try_from(hlen).ok().filter(|&n| n < 4096)?];
    f.read_exact(&mut hbuf).ok()?;
    let header: Header = bincode::deserialize(&hbuf).ok()?;
    if header.version != FORMAT_VERSION || json_stamp(json)? != (header.json_len, header.json_mtime_ns) {
        return None;
    }
    f.read_exact(&mut len).ok()?;
    let blen = u64::from_le_bytes(len);
    // One read, then decode from the slice: far faster than field by field.
    let mut buf = vec![0u8; usize::try_from(blen).ok()?];
    f.read_exact(&mut buf).ok()?;
    let body: Body = bincode::deserialize(&buf).ok()?;
    drop(buf);
    let blob_start = 12 + 8 + hlen + 8 + blen;
    let spans = body.edges.iter().map(|e| e.evidence).collect();
    let node_spans = body.nodes.iter().map(|n| n.evidence).collect();
    let ends: Vec<(u32, u32)> = body.edges.iter().map(|e| (e.source, e.target)).collect();
    let graph = Graph {
        directed: true,
        multigraph: true,
        graph: GraphMeta { format_version: FORMAT_VERSION, generator: body.generator, documents: body.documents },
        nodes: body
            .nodes
            .into_iter()
            .map(|n| Node {
                id: n.id,
                label: n.label,
                kind: n.kind,
                org_type: n.org_type,
                aliases: n.aliases,
                titles: n.titles,
                title: n.title,
                date: n.date,
                documents: n.documents,
                evidence: Vec::new(),
            })
            .collect(),
        edges: body
            .edges
            .into_iter()
            .map(|e| Edge {
                source: String::new(),
                target: String::new(),
                key: e.key,
                relation: e.relation,
                title: e.title,
                date: e.date,
                weight: e.weight,
                evidence: Vec::new(),
            })
            .collect(),
    };
    Some((graph, ends, body.names, LazyEvidence { path, blob_start, spans, node_spans }))
}

/// The whole graph, evidence and edge ids included, from a fresh snapshot of
/// `json`: what reading `json` gives, without parsing JSON.
pub fn load_full(json: &Path) -> Option<Graph> {
    let (mut graph, ends, _, lazy) = read_snapshot(json)?;
    lazy.fill(&mut graph)?;
    let ids: Vec<String> = graph.nodes.iter().map(|n| n.id.clone()).collect();
    for (e, &(s, t)) in graph.edges.iter_mut().zip(&ends) {
        e.source = ids.get(s as usize)?.clone();
        e.target = ids.get(t as usize)?.clone();
    }
    Some(graph)
}
