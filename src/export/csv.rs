//! CSV in the layout `neo4j-admin database import` reads: `nodes.csv` with
//! `id:ID`, `:LABEL` and properties (lists as `string[]`, `;`-separated),
//! `edges.csv` with `:START_ID`, `:END_ID`, `:TYPE` and properties.

use crate::export::source::GraphSource;
use crate::graph::model::NodeKind;

/// Quotes a field when it holds a comma, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// Joins a list for a `string[]` column (Neo4j's default array delimiter `;`).
fn list(items: &[String]) -> String {
    field(&items.iter().map(|s| s.replace(';', ",")).collect::<Vec<_>>().join(";"))
}

fn neo4j_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Organization => "Organization",
        NodeKind::Person => "Person",
        NodeKind::Agreement => "Agreement",
    }
}

/// `nodes.csv`.
pub fn nodes_csv(graph: &dyn GraphSource) -> Vec<u8> {
    let mut out =
        String::from("id:ID,:LABEL,label,type,aliases:string[],titles:string[],title,date,documents:string[]\n");
    for i in 0..graph.node_count() {
        let n = graph.node(i);
        let row = [
            field(&n.id),
            neo4j_label(n.kind).to_string(),
            field(&n.label),
            n.org_type.map(|t| t.as_str().to_string()).unwrap_or_default(),
            list(&n.aliases),
            list(&n.titles),
            field(n.title.as_deref().unwrap_or("")),
            field(n.date.as_deref().unwrap_or("")),
            list(&n.documents),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out.into_bytes()
}

/// `edges.csv`.
pub fn edges_csv(graph: &dyn GraphSource) -> Vec<u8> {
    let mut out = String::from(":START_ID,:END_ID,:TYPE,title,date,weight:double,evidence:string[]\n");
    for i in 0..graph.edge_count() {
        let e = graph.edge(i);
        let ev: Vec<String> = e.evidence.iter().map(|x| format!("{}: {}", x.doc, x.text)).collect();
        let row = [
            field(&e.source),
            field(&e.target),
            e.relation.as_str().to_ascii_uppercase(),
            field(e.title.as_deref().unwrap_or("")),
            field(e.date.as_deref().unwrap_or("")),
            format!("{:?}", e.weight),
            list(&ev),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::model::Graph;

    #[test]
    fn fields_with_commas_and_quotes_are_quoted() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(field("养和"), "养和");
    }

    #[test]
    fn headers_are_what_neo4j_admin_reads() {
        let g = Graph::empty();
        assert!(String::from_utf8(nodes_csv(&g)).unwrap().starts_with("id:ID,:LABEL,"));
        assert!(String::from_utf8(edges_csv(&g)).unwrap().starts_with(":START_ID,:END_ID,:TYPE,"));
    }
}
