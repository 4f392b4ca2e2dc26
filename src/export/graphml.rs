//! GraphML for Gephi, NetworkX and yEd: declared, typed keys; directed edges
//! with unique ids; lists joined with ` | `; every name and text escaped.
//! Node `label` and edge `weight` are the columns Gephi uses.

use crate::export::source::{GraphSource, write_records};
use crate::graph::model::{Edge, Graph, Node};
use std::io::Write;

/// (id, for, attr.name, attr.type)
const KEYS: [(&str, &str, &str, &str); 14] = [
    ("n_label", "node", "label", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_type", "node", "type", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_titles", "node", "titles", "string"),
    ("n_title", "node", "title", "string"),
    ("n_date", "node", "date", "string"),
    ("n_documents", "node", "documents", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_title", "edge", "title", "string"),
    ("e_date", "edge", "date", "string"),
    ("e_weight", "edge", "weight", "double"),
    ("e_evidence", "edge", "evidence", "string"),
];

/// Separator of list values inside one attribute.
pub const LIST_SEP: &str = " | ";

/// The graph as a GraphML document.
pub fn to_graphml(graph: &Graph) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail; errors are ignored deliberately.
    let _ = write_graphml(graph, &mut out);
    out
}

/// Writes the graph as a GraphML document, its nodes and edges encoded on all
/// cores and written in order (markup fixed, every name and text escaped by
/// `escape`).
pub fn write_graphml(graph: &dyn GraphSource, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    buf.extend_from_slice(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            "\n"
        )
        .as_bytes(),
    );
    for (id, for_, name, ty) in KEYS {
        for part in ["  <key id=\"", id, "\" for=\"", for_, "\" attr.name=\"", name, "\" attr.type=\"", ty, "\"/>\n"] {
            buf.extend_from_slice(part.as_bytes());
        }
    }
    buf.extend_from_slice(b"  <graph id=\"guanxi\" edgedefault=\"directed\">\n");
    out.write_all(&buf)?;
    buf.clear();
    write_records(out, graph.node_count(), |b, i| {
        node(b, &graph.node(i));
        Ok(())
    })?;
    write_records(out, graph.edge_count(), |b, i| {
        edge(b, i, &graph.edge(i));
        Ok(())
    })?;
    buf.extend_from_slice(b"  </graph>\n</graphml>\n");
    out.write_all(&buf)
}

/// Appends one `<node>` element.
fn node(out: &mut Vec<u8>, n: &Node) {
    out.extend_from_slice(b"    <node id=\"");
    escape(out, &n.id);
    out.extend_from_slice(b"\">\n");
    data(out, "n_label", [n.label.as_str()]);
    data(out, "n_kind", [n.kind.as_str()]);
    if let Some(t) = n.org_type {
        data(out, "n_type", [t.as_str()]);
    }
    if !n.aliases.is_empty() {
        data(out, "n_aliases", n.aliases.iter().map(String::as_str));
    }
    if !n.titles.is_empty() {
        data(out, "n_titles", n.titles.iter().map(String::as_str));
    }
    if let Some(t) = &n.title {
        data(out, "n_title", [t.as_str()]);
    }
    if let Some(d) = &n.date {
        data(out, "n_date", [d.as_str()]);
    }
    data(out, "n_documents", n.documents.iter().map(String::as_str));
    out.extend_from_slice(b"    </node>\n");
}

/// Appends the `<edge>` element of edge number `i`.
fn edge(out: &mut Vec<u8>, i: usize, e: &Edge) {
    out.extend_from_slice(b"    <edge id=\"e");
    // Writing to a Vec cannot fail.
    let _ = write!(out, "{i}");
    out.extend_from_slice(b"\" source=\"");
    escape(out, &e.source);
    out.extend_from_slice(b"\" target=\"");
    escape(out, &e.target);
    out.extend_from_slice(b"\">\n");
    data(out, "e_relation", [e.relation.as_str()]);
    match &e.title {
        Some(t) => {
            out.extend_from_slice(b"      <data key=\"e_label\">");
            out.extend_from_slice(e.relation.as_str().as_bytes());
            out.extend_from_slice(b" (");
            escape(out, t);
            out.extend_from_slice(b")</data>\n");
            data(out, "e_title", [t.as_str()]);
        }
        None => data(out, "e_label", [e.relation.as_str()]),
    }
    if let Some(d) = &e.date {
        data(out, "e_date", [d.as_str()]);
    }
    out.extend_from_slice(b"      <data key=\"e_weight\">");
    // Rust's `{:?}` of a double (1.0, 0.5, 1e20), which every GraphML reader
    // parses; a whole number of documents is written without formatting one.
    let _ = if e.weight.fract() == 0.0 && (0.0..1e15).contains(&e.weight) {
        write!(out, "{}.0", e.weight as u64)
    } else {
        write!(out, "{:?}", e.weight)
    };
    out.extend_from_slice(b"</data>\n");
    // Each piece of evidence as `doc: sentence`, joined like other lists.
    out.extend_from_slice(b"      <data key=\"e_evidence\">");
    for (k, x) in e.evidence.iter().enumerate() {
        if k > 0 {
            out.extend_from_slice(LIST_SEP.as_bytes());
        }
        escape(out, &x.doc);
        out.extend_from_slice(b": ");
        escape(out, &x.text);
    }
    out.extend_from_slice(b"</data>\n    </edge>\n");
}

/// Appends one `<data>` element whose value is `parts` joined with `LIST_SEP`.
fn data<'a>(out: &mut Vec<u8>, key: &str, parts: impl IntoIterator<Item = &'a str>) {
    out.extend_from_slice(b"      <data key=\"");
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\">");
    for (k, p) in parts.into_iter().enumerate() {
        if k > 0 {
            out.extend_from_slice(LIST_SEP.as_bytes());
        }
        escape(out, p);
    }
    out.extend_from_slice(b"</data>\n");
}

/// Appends `s` with the five XML markup characters as entities (`&amp;`,
/// `&lt;`, `&gt;`, `&quot;`, `&apos;`), as quick-xml's `escape` writes them.
/// Words of eight bytes with their high bits all set (the middle of Chinese
/// text) hold none of them and are passed over whole.
pub fn escape(out: &mut Vec<u8>, s: &str) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok())
            && u64::from_le_bytes(word) & HIGH == HIGH
        {
            i += 8;
            continue;
        }
        let entity: &[u8] = match bytes[i] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&apos;",
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run..i]);
        out.extend_from_slice(entity);
        i += 1;
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::model::{Node, NodeKind};

    #[test]
    fn names_with_markup_characters_are_escaped() {
        let mut g = Graph::empty();
        g.nodes.push(Node {
            id: "org:养和医院".into(),
            label: "养和医院".into(),
            kind: NodeKind::Organization,
            org_type: None,
            aliases: vec!["Hong Kong Sanatorium & Hospital".into(), "<b>\"养和\"</b>".into()],
            titles: vec![],
            title: None,
            date: None,
            documents: vec![],
            evidence: vec![],
        });
        let xml = String::from_utf8(to_graphml(&g)).unwrap();
        assert!(xml.contains("Hong Kong Sanatorium &amp; Hospital"));
        assert!(xml.contains("&lt;b&gt;&quot;养和&quot;&lt;/b&gt;"));
        assert!(!xml.contains("<b>"));
    }

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        escape(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escaping_is_quick_xmls_at_every_place_in_a_word() {
        for at in 0..20 {
            for c in ['&', '<', '>', '"', '\'', 'a', '字'] {
                let mut s: String = "医院".repeat(3) + &"b".repeat(at);
                s.push(c);
                s.push_str("尾巴&");
                assert_eq!(escaped(&s), quick_xml::escape::escape(&s), "{s:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn escaping_equals_quick_xml(s in "(\\PC|[&<>\"'a-z]){0,40}") {
            proptest::prop_assert_eq!(escaped(&s), quick_xml::escape::escape(&s).into_owned());
        }
    }
}
