//! GraphML for Gephi, NetworkX and yEd: declared, typed keys; directed edges
//! with unique ids; lists joined with ` | `; written with quick-xml so every
//! name is escaped. Node `label` and edge `weight` are the columns Gephi uses.

use crate::export::source::GraphSource;
use crate::graph::model::Graph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
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

/// Writes the graph as a GraphML document.
pub fn write_graphml(graph: &dyn GraphSource, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    write(&mut w, graph)?;
    w.into_inner().write_all(b"\n")
}

fn write(w: &mut Writer<&mut dyn Write>, graph: &dyn GraphSource) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ));
    w.write_event(Event::Start(root))?;
    for (id, for_, name, ty) in KEYS {
        let mut k = BytesStart::new("key");
        k.push_attribute(("id", id));
        k.push_attribute(("for", for_));
        k.push_attribute(("attr.name", name));
        k.push_attribute(("attr.type", ty));
        w.write_event(Event::Empty(k))?;
    }
    let mut g = BytesStart::new("graph");
    g.push_attribute(("id", "guanxi"));
    g.push_attribute(("edgedefault", "directed"));
    w.write_event(Event::Start(g))?;
    for i in 0..graph.node_count() {
        let n = graph.node(i);
        let mut el = BytesStart::new("node");
        el.push_attribute(("id", n.id.as_str()));
        w.write_event(Event::Start(el))?;
        data(w, "n_label", &n.label)?;
        data(w, "n_kind", n.kind.as_str())?;
        if let Some(t) = n.org_type {
            data(w, "n_type", t.as_str())?;
        }
        if !n.aliases.is_empty() {
            data(w, "n_aliases", &n.aliases.join(LIST_SEP))?;
        }
        if !n.titles.is_empty() {
            data(w, "n_titles", &n.titles.join(LIST_SEP))?;
        }
        if let Some(t) = &n.title {
            data(w, "n_title", t)?;
        }
        if let Some(d) = &n.date {
            data(w, "n_date", d)?;
        }
        data(w, "n_documents", &n.documents.join(LIST_SEP))?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for i in 0..graph.edge_count() {
        let e = graph.edge(i);
        let mut el = BytesStart::new("edge");
        let id = format!("e{i}");
        el.push_attribute(("id", id.as_str()));
        el.push_attribute(("source", e.source.as_str()));
        el.push_attribute(("target", e.target.as_str()));
        w.write_event(Event::Start(el))?;
        data(w, "e_relation", e.relation.as_str())?;
        let label = match &e.title {
            Some(t) => format!("{} ({t})", e.relation.as_str()),
            None => e.relation.as_str().to_string(),
        };
        data(w, "e_label", &label)?;
        if let Some(t) = &e.title {
            data(w, "e_title", t)?;
        }
        if let Some(d) = &e.date {
            data(w, "e_date", d)?;
        }
        data(w, "e_weight", &format!("{:?}", e.weight))?;
        let ev: Vec<String> = e.evidence.iter().map(|x| format!("{}: {}", x.doc, x.text)).collect();
        data(w, "e_evidence", &ev.join(LIST_SEP))?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    Ok(())
}

fn data(w: &mut Writer<&mut dyn Write>, key: &str, value: &str) -> std::io::Result<()> {
    let mut el = BytesStart::new("data");
    el.push_attribute(("key", key));
    w.write_event(Event::Start(el))?;
    w.write_event(Event::Text(BytesText::new(value)))?;
    w.write_event(Event::End(BytesEnd::new("data")))?;
    Ok(())
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
