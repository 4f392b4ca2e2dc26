//! DOT for Graphviz, built with graphviz-rust: shape and colour by node kind
//! and organisation type, style and label by relation, a legend of what is
//! shown, and labels set in a CJK font so Chinese renders as glyphs.

use crate::export::source::GraphSource;
use crate::extract::facts::{OrgType, Relation};
use crate::graph::model::NodeKind;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeSet, HashMap};
use std::io::{self, Write};

/// The font every label is set in (Debian: fonts-noto-cjk).
pub const CJK_FONT: &str = "Noto Sans CJK SC";

fn quoted(s: &str) -> Id {
    let escaped = s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    Id::Escaped(format!("\"{escaped}\""))
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quoted(v))
}

fn org_colour(t: OrgType) -> &'static str {
    match t {
        OrgType::Hospital => "#dbeafe",
        OrgType::HospitalGroup => "#93c5fd",
        OrgType::Company => "#fde68a",
        OrgType::Association => "#d9f99d",
        OrgType::Government => "#fecaca",
        OrgType::University => "#e9d5ff",
        OrgType::ResearchCenter => "#ccfbf1",
        OrgType::Media => "#fbcfe8",
        OrgType::Other => "#e5e7eb",
    }
}

/// (colour, style, arrowhead) of a relation's edges.
fn relation_style(r: Relation) -> (&'static str, &'static str, &'static str) {
    match r {
        Relation::Leads => ("#111827", "bold", "normal"),
        Relation::ServesAt => ("#374151", "solid", "normal"),
        Relation::AffiliatedWith => ("#6b7280", "dashed", "normal"),
        Relation::PartyTo => ("#a16207", "solid", "normal"),
        Relation::SignedWith => ("#a16207", "dashed", "none"),
        Relation::Signed => ("#15803d", "solid", "normal"),
        Relation::WitnessedBy => ("#15803d", "dotted", "normal"),
        Relation::HostedBy => ("#7c3aed", "dotted", "normal"),
        Relation::CoordinatedBy => ("#b91c1c", "dashed", "normal"),
        Relation::PartOf => ("#1d4ed8", "solid", "empty"),
        Relation::MemberOf => ("#1d4ed8", "dashed", "empty"),
    }
}

fn node_attrs(kind: NodeKind, org_type: Option<OrgType>) -> Vec<Attribute> {
    match kind {
        NodeKind::Organization => vec![
            attr("shape", "box"),
            attr("style", "rounded,filled"),
            attr("fillcolor", org_colour(org_type.unwrap_or(OrgType::Other))),
        ],
        NodeKind::Person => vec![attr("shape", "ellipse"), attr("style", "filled"), attr("fillcolor", "#fff7ed")],
        NodeKind::Agreement => vec![attr("shape", "note"), attr("style", "filled"), attr("fillcolor", "#fef9c3")],
    }
}

/// The graph as DOT text; `center` (a node id) is drawn with a heavier border.
pub fn to_dot(graph: &dyn GraphSource, title: &str, center: Option<&str>) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and the printer writes UTF-8.
    let _ = write_dot(graph, title, center, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the graph as DOT, one statement at a time: each statement is built
/// and printed by graphviz-rust, and no syntax tree of the whole graph is held.
pub fn write_dot(graph: &dyn GraphSource, title: &str, center: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let mut ctx = PrinterContext::default();
    // Printing the empty frame puts the printer in digraph mode, indented as
    // for statements inside it; the frame is then written around them.
    let frame = DotGraph::DiGraph { id: quoted("guanxi"), strict: false, stmts: Vec::new() }.print(&mut ctx);
    let open = frame.split_once('{').map_or("digraph \"guanxi\" ", |(open, _)| open);
    write!(out, "{open}{{")?;
    let mut put = |stmt: Stmt, out: &mut dyn Write| -> io::Result<()> {
        out.write_all(b"\n")?;
        out.write_all(stmt.print(&mut ctx).as_bytes())
    };
    let head: Vec<Stmt> = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", CJK_FONT),
            attr("label", title),
            attr("labelloc", "t"),
            attr("fontsize", "16"),
            attr("nodesep", "0.35"),
            attr("ranksep", "0.9"),
            attr("newrank", "true"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![attr("fontname", CJK_FONT), attr("fontsize", "11")])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontname", CJK_FONT), attr("fontsize", "9")])),
    ];
    for stmt in head {
        put(stmt, out)?;
    }
    let mut ids: HashMap<String, String> = HashMap::with_capacity(graph.node_count());
    let mut kinds: BTreeSet<(NodeKind, Option<OrgType>)> = BTreeSet::new();
    for i in 0..graph.node_count() {
        let n = graph.node(i);
        let dot_id = format!("n{i}");
        ids.insert(n.id.clone(), dot_id.clone());
        kinds.insert((n.kind, n.org_type));
        let label = match (&n.title, &n.date) {
            (Some(t), Some(d)) if n.kind == NodeKind::Agreement => format!("{t}\n{d}"),
            (Some(t), None) if n.kind == NodeKind::Agreement => t.clone(),
            _ => n.label.clone(),
        };
        let mut a = node_attrs(n.kind, n.org_type);
        a.push(attr("label", &label));
        a.push(attr("tooltip", &n.label));
        if center == Some(n.id.as_str()) {
            a.push(attr("penwidth", "3"));
            a.push(attr("fontsize", "13"));
        }
        put(Stmt::Node(Node::new(NodeId(Id::Plain(dot_id), None), a)), out)?;
    }
    let mut relations: BTreeSet<Relation> = BTreeSet::new();
    for i in 0..graph.edge_count() {
        let e = graph.edge(i);
        let (Some(s), Some(t)) = (ids.get(e.source.as_str()), ids.get(e.target.as_str())) else { continue };
        relations.insert(e.relation);
        let (colour, style, head) = relation_style(e.relation);
        let label = match &e.title {
            Some(t) if e.relation.role_rank() > 0 => format!("{}\n{t}", e.relation.as_str()),
            _ => e.relation.as_str().to_string(),
        };
        let edge = Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(Id::Plain(s.clone()), None)),
                Vertex::N(NodeId(Id::Plain(t.clone()), None)),
            ),
            attributes: vec![
                attr("label", &label),
                attr("color", colour),
                attr("fontcolor", colour),
                attr("style", style),
                attr("arrowhead", head),
            ],
        });
        put(edge, out)?;
    }
    put(legend(&kinds, &relations), out)?;
    out.write_all(b"\n}\n")
}

/// The legend: one HTML-table node listing the node kinds and relations shown,
/// with their colours and line styles.
fn legend(kinds: &BTreeSet<(NodeKind, Option<OrgType>)>, relations: &BTreeSet<Relation>) -> Stmt {
    let mut rows = String::from(r#"<TR><TD COLSPAN="2"><B>legend</B></TD></TR>"#);
    for (kind, ty) in kinds {
        let (colour, name) = match (kind, ty) {
            (NodeKind::Organization, Some(t)) => (org_colour(*t), format!("organization: {}", t.as_str())),
            (NodeKind::Organization, None) => (org_colour(OrgType::Other), "organization".to_string()),
            (NodeKind::Person, _) => ("#fff7ed", "person".to_string()),
            (NodeKind::Agreement, _) => ("#fef9c3", "agreement".to_string()),
        };
        rows.push_str(&format!(r##"<TR><TD BGCOLOR="{colour}" WIDTH="28"> </TD><TD ALIGN="LEFT">{name}</TD></TR>"##));
    }
    for r in relations {
        let (colour, style, head) = relation_style(*r);
        let line = match style {
            "bold" => "━━━",
            "dashed" => "╌╌╌",
            "dotted" => "┈┈┈",
            _ => "───",
        };
        let arrow = match head {
            "empty" => "▷",
            "none" => "",
            _ => "▶",
        };
        rows.push_str(&format!(
            r#"<TR><TD><FONT COLOR="{colour}">{line}{arrow}</FONT></TD><TD ALIGN="LEFT"><FONT COLOR="{colour}">{}</FONT></TD></TR>"#,
            r.as_str()
        ));
    }
    let html = format!(
        r##"<<TABLE BORDER="1" COLOR="#9ca3af" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3">{rows}</TABLE>>"##
    );
    Stmt::Node(Node::new(
        NodeId(Id::Plain("legend".into()), None),
        vec![
            Attribute(Id::Plain("shape".into()), quoted("plaintext")),
            Attribute(Id::Plain("fontsize".into()), quoted("9")),
            Attribute(Id::Plain("label".into()), Id::Html(html)),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::model::Graph;

    #[test]
    fn quotes_in_labels_are_escaped() {
        assert_eq!(quoted("say \"hi\"\\"), Id::Escaped("\"say \\\"hi\\\"\\\\\"".into()));
    }

    #[test]
    fn empty_graph_is_valid_dot_with_legend() {
        let dot = to_dot(&Graph::empty(), "空", None);
        assert!(dot.starts_with("digraph \"guanxi\""));
        assert!(dot.contains("legend") && dot.contains(CJK_FONT));
        assert!(graphviz_rust::parse(&dot).is_ok());
    }
}
