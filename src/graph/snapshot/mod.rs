//! The binary snapshot of `graph.json` that queries and exports read instead
//! of parsing JSON. It is a set of plain little-endian arrays (node ids,
//! labels, kinds, edge ends, relations, an adjacency list, the sorted name
//! table) and tables of bincode records (the rest of each node and edge), so a
//! query maps the file and touches only the pages it needs: a `who` on a
//! million-node graph reads a few thousand records, not the whole file.
//!
//! Evidence sentences are stored once each in a sentence table and records
//! refer to them by position (an edge and its two ends usually cite the same
//! sentence).
//!
//! File layout: magic, header (versions, the size and modification time of the
//! `graph.json` it was made from), sections, then a footer holding each
//! section's offset and length. A snapshot of another version, or stale
//! against its `graph.json`, is ignored (queries then read the JSON and write
//! a fresh one).

use crate::extract::facts::{Evidence, OrgType, Relation};
use crate::graph::model::{DocumentInfo, Edge, FORMAT_VERSION, Graph, GraphMeta, Node, NodeKind};
use crate::text::script::{is_han, to_working};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

mod write;

use write::encode;
pub use write::{STAMP_AT, stamp, write_snapshot, write_unstamped};

const MAGIC: &[u8; 12] = b"GUANXI-SNAP\0";
/// Version of this binary layout (independent of the JSON format version).
const SNAPSHOT_VERSION: u32 = 3;
const HEADER_LEN: usize = 12 + 4 + 4 + 8 + 16;

/// The sections, in file order.
#[derive(Debug, Clone, Copy)]
enum Sec {
    Meta,
    IdBlob,
    IdOffsets,
    LabelBlob,
    LabelOffsets,
    Kinds,
    NodeBlob,
    NodeOffsets,
    Ends,
    Relations,
    EdgeBlob,
    EdgeOffsets,
    AdjOffsets,
    Adjacency,
    NameBlob,
    NameOffsets,
    NameNodes,
    SentenceBlob,
    SentenceOffsets,
}
const SECTIONS: usize = 19;

/// Where a snapshot lives: `graph.json` → `graph.snapshot`.
pub fn snapshot_path(json: &Path) -> PathBuf {
    json.with_extension("snapshot")
}

/// What a node carries besides its id, label and kind.
#[derive(Deserialize)]
struct NodeRest {
    org_type: Option<OrgType>,
    aliases: Vec<String>,
    titles: Vec<String>,
    title: Option<String>,
    date: Option<String>,
    documents: Vec<String>,
    /// Positions in the sentence table.
    evidence: Vec<u32>,
}

/// What an edge carries besides its ends and relation.
#[derive(Deserialize)]
struct EdgeRest {
    key: u32,
    title: Option<String>,
    date: Option<String>,
    weight: f64,
    evidence: Vec<u32>,
}

#[derive(Serialize, Deserialize)]
struct Meta {
    generator: String,
    documents: Vec<DocumentInfo>,
}

/// The form names are compared in: simplified, no spaces or book-title marks,
/// lower-case Latin, full-width folded.
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in to_working(name).chars() {
        if c.is_whitespace() || matches!(c, '《' | '》' | '“' | '”' | '「' | '」' | '"' | '\'') {
            continue;
        }
        // Chinese characters have no case: only other letters are looked up.
        if c.is_ascii() || is_han(c) {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn json_stamp(json: &Path) -> Option<(u64, u128)> {
    let m = std::fs::metadata(json).ok()?;
    let mtime = m.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
    Some((m.len(), mtime))
}

fn kind_code(k: NodeKind) -> u8 {
    match k {
        NodeKind::Organization => 0,
        NodeKind::Person => 1,
        NodeKind::Agreement => 2,
    }
}

fn kind_of(code: u8) -> NodeKind {
    match code {
        1 => NodeKind::Person,
        2 => NodeKind::Agreement,
        _ => NodeKind::Organization,
    }
}

fn relation_code(r: Relation) -> u8 {
    Relation::ALL.iter().position(|&x| x == r).unwrap_or(0) as u8
}

/// The bytes of a snapshot: mapped from its file, or built in memory.
enum Bytes {
    Mapped(memmap2::Mmap),
    Owned(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => m,
            Bytes::Owned(v) => v,
        }
    }
}

/// A snapshot opened for reading. Every accessor is bounds-checked: a damaged
/// file gives empty values, never a panic.
pub struct Snapshot {
    bytes: Bytes,
    secs: [(usize, usize); SECTIONS],
    nodes: usize,
    edges: usize,
}

impl Snapshot {
    /// The fresh snapshot of `json`, if there is one.
    pub fn open(json: &Path) -> Option<Snapshot> {
        let file = std::fs::File::open(snapshot_path(json)).ok()?;
        // SAFETY: the file is only ever replaced by a rename (never written in
        // place), so the mapped pages do not change under us.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        let snap = Snapshot::parse(Bytes::Mapped(map))?;
        (json_stamp(json)? == snap.stamp()).then_some(snap)
    }

    /// The snapshot of a graph in memory.
    pub fn of_graph(graph: &Graph) -> Snapshot {
        // Encoding into a Vec fails only for a graph past the format's limits
        // (4G nodes, 2G edges); such a graph is shown as an empty one.
        let parsed = Snapshot::encode_graph(graph).ok().and_then(Snapshot::from_bytes);
        parsed.unwrap_or(Snapshot { bytes: Bytes::Owned(Vec::new()), secs: [(0, 0); SECTIONS], nodes: 0, edges: 0 })
    }

    /// A snapshot from bytes (another version or a damaged layout gives
    /// `None`); the staleness stamp is not checked.
    pub fn from_bytes(bytes: Vec<u8>) -> Option<Snapshot> {
        Snapshot::parse(Bytes::Owned(bytes))
    }

    /// The snapshot bytes of a graph in memory (stamped with nothing).
    pub fn encode_graph(graph: &Graph) -> io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        encode(graph, (0, 0), &mut bytes)?;
        Ok(bytes)
    }

    fn parse(bytes: Bytes) -> Option<Snapshot> {
        let b = &bytes[..];
        let foot = SECTIONS * 16 + MAGIC.len();
        if b.len() < HEADER_LEN + foot || &b[..12] != MAGIC || &b[b.len() - 12..] != MAGIC {
            return None;
        }
        if u32_at(b, 12)? != SNAPSHOT_VERSION || u32_at(b, 16)? != FORMAT_VERSION {
            return None;
        }
        let mut secs = [(0usize, 0usize); SECTIONS];
        let table = b.len() - foot;
        for (i, s) in secs.iter_mut().enumerate() {
            let at = usize::try_from(u64_at(b, table + i * 16)?).ok()?;
            let len = usize::try_from(u64_at(b, table + i * 16 + 8)?).ok()?;
            if at.checked_add(len)? > table {
                return None;
            }
            *s = (at, len);
        }
        let nodes = secs[Sec::Kinds as usize].1;
        let edges = secs[Sec::Relations as usize].1;
        let snap = Snapshot { bytes, secs, nodes, edges };
        // The fixed-size arrays must agree with the counts.
        let ok = snap.sec(Sec::IdOffsets).len() == (nodes + 1) * 8
            && snap.sec(Sec::LabelOffsets).len() == (nodes + 1) * 8
            && snap.sec(Sec::NodeOffsets).len() == (nodes + 1) * 8
            && snap.sec(Sec::AdjOffsets).len() == (nodes + 1) * 8
            && snap.sec(Sec::Ends).len() == edges * 8
            && snap.sec(Sec::EdgeOffsets).len() == (edges + 1) * 8
            && snap.sec(Sec::Adjacency).len() == edges * 8
            && snap.sec(Sec::NameOffsets).len() == (snap.sec(Sec::NameNodes).len() / 4 + 1) * 8
            && !snap.sec(Sec::SentenceOffsets).is_empty();
        ok.then_some(snap)
    }

    fn stamp(&self) -> (u64, u128) {
        let b = &self.bytes[..];
        let len = u64_at(b, 20).unwrap_or(0);
        let mtime = b.get(28..44).and_then(|s| s.try_into().ok()).map(u128::from_le_bytes).unwrap_or(0);
        (len, mtime)
    }

    fn sec(&self, s: Sec) -> &[u8] {
        let (at, len) = self.secs[s as usize];
        self.bytes.get(at..at + len).unwrap_or(&[])
    }

    /// Record `i` of a table.
    fn record(&self, blob: Sec, offsets: Sec, i: usize) -> &[u8] {
        let offs = self.sec(offsets);
        let (Some(a), Some(b)) = (u64_at(offs, i * 8), u64_at(offs, i * 8 + 8)) else { return &[] };
        let (a, b) = (a as usize, b as usize);
        if a > b {
            return &[];
        }
        self.sec(blob).get(a..b).unwrap_or(&[])
    }

    fn text(&self, blob: Sec, offsets: Sec, i: usize) -> &str {
        std::str::from_utf8(self.record(blob, offsets, i)).unwrap_or("")
    }

    pub fn node_count(&self) -> usize {
        self.nodes
    }

    pub fn edge_count(&self) -> usize {
        self.edges
    }

    pub fn id(&self, i: usize) -> &str {
        self.text(Sec::IdBlob, Sec::IdOffsets, i)
    }

    pub fn label(&self, i: usize) -> &str {
        self.text(Sec::LabelBlob, Sec::LabelOffsets, i)
    }

    pub fn kind(&self, i: usize) -> NodeKind {
        kind_of(self.sec(Sec::Kinds).get(i).copied().unwrap_or(0))
    }

    /// The whole node.
    pub fn node(&self, i: usize) -> Node {
        let rest: Option<NodeRest> = bincode::deserialize(self.record(Sec::NodeBlob, Sec::NodeOffsets, i)).ok();
        let rest = rest.unwrap_or(NodeRest {
            org_type: None,
            aliases: Vec::new(),
            titles: Vec::new(),
            title: None,
            date: None,
            documents: Vec::new(),
            evidence: Vec::new(),
        });
        Node {
            id: self.id(i).to_string(),
            label: self.label(i).to_string(),
            kind: self.kind(i),
            org_type: rest.org_type,
            aliases: rest.aliases,
            titles: rest.titles,
            title: rest.title,
            date: rest.date,
            documents: rest.documents,
            evidence: self.sentences(&rest.evidence),
        }
    }

    /// Sentences of the table by position (a position a damaged file puts
    /// out of range is left out).
    fn sentences(&self, positions: &[u32]) -> Vec<Evidence> {
        positions
            .iter()
            .filter_map(|&k| {
                bincode::deserialize(self.record(Sec::SentenceBlob, Sec::SentenceOffsets, k as usize)).ok()
            })
            .collect()
    }

    /// Positions of the source and target of edge `e` (node 0 for an end a
    /// damaged file puts out of range).
    pub fn ends(&self, e: usize) -> (usize, usize) {
        let s = self.sec(Sec::Ends);
        let end = |at: usize| u32_at(s, at).map(|x| x as usize).filter(|&x| x < self.nodes).unwrap_or(0);
        (end(e * 8), end(e * 8 + 4))
    }

    pub fn relation(&self, e: usize) -> Relation {
        let code = self.sec(Sec::Relations).get(e).copied().unwrap_or(0);
        Relation::ALL.get(code as usize).copied().unwrap_or(Relation::ALL[0])
    }

    /// The whole edge, with the ids of its ends.
    pub fn edge(&self, e: usize) -> Edge {
        let rest: Option<EdgeRest> = bincode::deserialize(self.record(Sec::EdgeBlob, Sec::EdgeOffsets, e)).ok();
        let rest = rest.unwrap_or(EdgeRest { key: 0, title: None, date: None, weight: 0.0, evidence: Vec::new() });
        let (s, t) = self.ends(e);
        Edge {
            source: self.id(s).to_string(),
            target: self.id(t).to_string(),
            key: rest.key,
            relation: self.relation(e),
            title: rest.title,
            date: rest.date,
            weight: rest.weight,
            evidence: self.sentences(&rest.evidence),
        }
    }

    /// Edges at node `i` by position, each with true when `i` is its target.
    pub fn adjacent(&self, i: usize) -> impl Iterator<Item = (usize, bool)> + '_ {
        let offs = self.sec(Sec::AdjOffsets);
        let a = u64_at(offs, i * 8).unwrap_or(0) as usize;
        let b = u64_at(offs, i * 8 + 8).unwrap_or(0) as usize;
        let adj = self.sec(Sec::Adjacency);
        let b = b.min(adj.len() / 4);
        (a.min(b)..b)
            .filter_map(move |k| u32_at(adj, k * 4))
            .map(|x| ((x >> 1) as usize, x & 1 == 1))
            .filter(|&(e, _)| e < self.edges)
    }

    /// Number of entries in the name table.
    pub fn name_count(&self) -> usize {
        self.sec(Sec::NameNodes).len() / 4
    }

    /// Entry `k` of the sorted name table: (normalised name, node).
    pub fn name(&self, k: usize) -> (&str, usize) {
        let node = u32_at(self.sec(Sec::NameNodes), k * 4).map(|x| x as usize).filter(|&x| x < self.nodes);
        (self.text(Sec::NameBlob, Sec::NameOffsets, k), node.unwrap_or(0))
    }

    /// Generator and documents.
    pub fn meta(&self) -> GraphMeta {
        let meta: Meta = bincode::deserialize(self.sec(Sec::Meta))
            .unwrap_or(Meta { generator: String::new(), documents: Vec::new() });
        GraphMeta { format_version: FORMAT_VERSION, generator: meta.generator, documents: meta.documents }
    }

    /// The whole graph in memory.
    pub fn to_graph(&self) -> Graph {
        Graph {
            directed: true,
            multigraph: true,
            graph: self.meta(),
            nodes: (0..self.nodes).map(|i| self.node(i)).collect(),
            edges: (0..self.edges).map(|e| self.edge(e)).collect(),
        }
    }
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Graph {
        let mut g = Graph::empty();
        for (id, label) in [("org:甲医院", "甲医院"), ("org:乙公司", "乙公司"), ("person:张三", "张三")]
        {
            g.nodes.push(Node {
                id: id.into(),
                label: label.into(),
                kind: if id.starts_with("person") { NodeKind::Person } else { NodeKind::Organization },
                org_type: None,
                aliases: vec![],
                titles: vec![],
                title: None,
                date: None,
                documents: vec!["a.txt".into()],
                evidence: vec![],
            });
        }
        let edge = |s: &str, t: &str, r| Edge {
            source: s.into(),
            target: t.into(),
            key: 0,
            relation: r,
            title: None,
            date: Some("2024-01-02".into()),
            weight: 1.0,
            evidence: vec![Evidence { doc: "a.txt".into(), text: "甲医院与乙公司签约。".into() }],
        };
        g.edges.push(edge("org:甲医院", "org:乙公司", Relation::SignedWith));
        g.edges.push(edge("person:张三", "org:甲医院", Relation::Leads));
        g.edges.push(edge("person:张三", "person:张三", Relation::AffiliatedWith));
        g.normalise();
        g
    }

    #[test]
    fn round_trips_the_graph() {
        let g = sample();
        assert_eq!(Snapshot::of_graph(&g).to_graph(), g);
    }

    #[test]
    fn a_sentence_cited_many_times_is_stored_once() {
        let mut g = sample();
        let other = Evidence { doc: "b.txt".into(), text: "张三任甲医院院长。".into() };
        g.edges[1].evidence.push(other.clone());
        g.nodes[0].evidence.push(other);
        // Shared (one copy, as resolution makes them) or equal (as JSON gives).
        g.nodes[1].evidence.push(Evidence { doc: "b.txt".into(), text: "张三任甲医院院长。".into() });
        let s = Snapshot::of_graph(&g);
        assert_eq!(s.sec(Sec::SentenceOffsets).len() / 8 - 1, 2);
        assert_eq!(s.to_graph(), g);
    }

    #[test]
    fn an_edge_to_a_missing_node_is_left_out_not_the_graph() {
        let mut g = sample();
        let mut dangling = g.edges[0].clone();
        dangling.target = "org:不存在医院".into();
        g.edges.push(dangling);
        let s = Snapshot::of_graph(&g);
        assert_eq!(s.node_count(), 3);
        assert_eq!(s.edge_count(), 3);
        assert_eq!(s.to_graph().edges, g.edges[..3]);
    }

    #[test]
    fn adjacency_lists_both_ends_and_self_loops_twice() {
        let g = sample();
        let s = Snapshot::of_graph(&g);
        let zhang = (0..s.node_count()).find(|&i| s.label(i) == "张三").unwrap();
        let adj: Vec<(usize, bool)> = s.adjacent(zhang).collect();
        assert_eq!(adj.len(), 3);
        assert_eq!(adj.iter().filter(|(_, incoming)| *incoming).count(), 1);
    }

    #[test]
    fn damaged_bytes_are_refused_not_panicked_on() {
        let mut bytes = Vec::new();
        encode(&sample(), (0, 0), &mut bytes).unwrap();
        for cut in [0, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(Snapshot::parse(Bytes::Owned(bytes[..cut].to_vec())).is_none());
        }
        // Edge ends and adjacency overwritten: answers are wrong, never a panic.
        let snap = Snapshot::parse(Bytes::Owned(bytes.clone())).unwrap();
        let mut smashed = bytes.clone();
        for sec in [Sec::Ends, Sec::Adjacency, Sec::AdjOffsets, Sec::NameOffsets, Sec::NameNodes, Sec::SentenceOffsets]
        {
            let (at, len) = snap.secs[sec as usize];
            smashed[at..at + len].fill(0xff);
        }
        let s = Snapshot::parse(Bytes::Owned(smashed)).unwrap();
        for i in 0..s.node_count() + 2 {
            for (e, _) in s.adjacent(i) {
                let (a, b) = s.ends(e);
                assert!(a < s.node_count() && b < s.node_count());
            }
            assert!(s.name(i).1 < s.node_count().max(1));
            let _ = (s.node(i), s.edge(i));
        }
        let mut flipped = bytes.clone();
        let n = flipped.len();
        flipped[n - 40] ^= 0xff;
        if let Some(s) = Snapshot::parse(Bytes::Owned(flipped)) {
            let _ = s.to_graph();
        }
    }

    #[test]
    fn a_staged_snapshot_stamped_afterwards_is_fresh_and_equals_one_written_after_the_json() {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("graph.json");
        let g = sample();
        crate::graph::store::write_atomic_with(&json, |w| crate::graph::store::write_json(&g, w)).unwrap();
        let staged = crate::graph::store::stage_with(&snapshot_path(&json), |w| write_unstamped(&g, w)).unwrap();
        // Not in place before the commit: a query would not see it.
        assert!(Snapshot::open(&json).is_none());
        staged.patch(STAMP_AT, &stamp(&json).unwrap()).unwrap();
        staged.commit().unwrap();
        let mut direct = Vec::new();
        write_snapshot(&g, &json, &mut direct).unwrap();
        assert_eq!(std::fs::read(snapshot_path(&json)).unwrap(), direct);
        assert!(Snapshot::open(&json).is_some());
        // Only the two files: no temporary left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn names_normalise_to_simplified_lower_case_without_spaces_and_quotes() {
        assert_eq!(normalise("Hong Kong Sanatorium & Hospital"), "hongkongsanatorium&hospital");
        assert_eq!(normalise("《健康報》 ÉCOLE Ωmega"), "健康报écoleωmega");
        assert_eq!(normalise("「養和醫院」（ＨＫ）"), "养和医院(hk)");
    }
}
