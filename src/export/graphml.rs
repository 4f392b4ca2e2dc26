//! GraphML for Gephi, NetworkX and yEd: declared, typed keys; directed edges
//! with unique ids; lists joined with ` | `; every name escaped by quick-xml.
//! Node `label` and edge `weight` are the columns Gephi uses.

use crate::export::source::GraphSource;
use crate::graph::model::Graph;
use quick_xml::escape::escape;
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

/// Writes the graph as a GraphML document, one record at a time. The markup
/// is fixed; every name and text goes through quick-xml's escaping.
pub fn write_graphml(graph: &dyn GraphSource, out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            "\n"
        )
        .as_bytes(),
    )?;
    for (id, for_, name, ty) in KEYS {
        writeln!(out, r#"  <key id="{id}" for="{for_}" attr.name="{name}" attr.type="{ty}"/>"#)?;
    }
    out.write_all(b"  <graph id=\"guanxi\" edgedefault=\"directed\">\n")?;
    for i in 0..graph.node_count() {
        let n = graph.node(i);
        writeln!(out, "    <node id=\"{}\">", escape(&n.id))?;
        data(out, "n_label", [n.label.as_str()])?;
        data(out, "n_kind", [n.kind.as_str()])?;
        if let Some(t) = n.org_type {
            data(out, "n_type", [t.as_str()])?;
        }
        if !n.aliases.is_empty() {
            data(out, "n_aliases", n.aliases.iter().map(String::as_str))?;
        }
        if !n.titles.is_empty() {
            data(out, "n_titles", n.titles.iter().map(String::as_str))?;
        }
        if let Some(t) = &n.title {
            data(out, "n_title", [t.as_str()])?;
        }
        if let Some(d) = &n.date {
            data(out, "n_date", [d.as_str()])?;
        }
        data(out, "n_documents", n.documents.iter().map(String::as_str))?;
        out.write_all(b"    </node>\n")?;
    }
    for i in 0..graph.edge_count() {
        let e = graph.edge(i);
        writeln!(out, "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">", escape(&e.source), escape(&e.target))?;
        data(out, "e_relation", [e.relation.as_str()])?;
        match &e.title {
            Some(t) => {
                writeln!(out, "      <data key=\"e_label\">{} ({})</data>", e.relation.as_str(), escape(t))?;
                data(out, "e_title", [t.as_str()])?;
            }
            None => data(out, "e_label", [e.relation.as_str()])?,
        }
        if let Some(d) = &e.date {
            data(out, "e_date", [d.as_str()])?;
        }
        writeln!(out, "      <data key=\"e_weight\">{:?}</data>", e.weight)?;
        // Each piece of evidence as `doc: sentence`, joined like other lists.
        out.write_all(b"      <data key=\"e_evidence\">")?;
        for (k, x) in e.evidence.iter().enumerate() {
            if k > 0 {
                out.write_all(LIST_SEP.as_bytes())?;
            }
            write!(out, "{}: {}", escape(&*x.doc), escape(&*x.text))?;
        }
        out.write_all(b"</data>\n")?;
        out.write_all(b"    </edge>\n")?;
    }
    out.write_all(b"  </graph>\n</graphml>\n")
}

/// One `<data>` element whose value is `parts` joined with `LIST_SEP`.
fn data<'a>(out: &mut dyn Write, key: &str, parts: impl IntoIterator<Item = &'a str>) -> std::io::Result<()> {
    write!(out, "      <data key=\"{key}\">")?;
    for (k, p) in parts.into_iter().enumerate() {
        if k > 0 {
            out.write_all(LIST_SEP.as_bytes())?;
        }
        out.write_all(escape(p).as_bytes())?;
    }
    out.write_all(b"</data>\n")
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
}
