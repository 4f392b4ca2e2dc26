//! Exports read back by real readers: NetworkX, a strict XML parser, Graphviz
//! (issue 4). These tests need python3 with networkx and Graphviz's `dot`,
//! which `.ci/run` installs; they fail, not skip, without them.

mod support;

use std::process::Command;
use support::*;

fn python(script: &str, args: &[&str]) -> String {
    let out =
        Command::new("python3").arg("-c").arg(script).args(args).output().expect("python3 is needed for this test");
    assert!(out.status.success(), "python failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const COMPARE: &str = r#"
import json, sys
import networkx as nx
g = json.load(open(sys.argv[1], encoding="utf-8"))
h = nx.read_graphml(sys.argv[2])
assert isinstance(h, nx.MultiDiGraph) or h.is_directed(), "directed"
assert h.number_of_nodes() == len(g["nodes"]), (h.number_of_nodes(), len(g["nodes"]))
assert h.number_of_edges() == len(g["edges"]), (h.number_of_edges(), len(g["edges"]))
for n in g["nodes"]:
    a = h.nodes[n["id"]]
    assert a["label"] == n["label"], (a, n["label"])
    assert a["kind"] == n["kind"]
    assert a.get("type") == n.get("type"), (a.get("type"), n.get("type"))
    assert a.get("date") == n.get("date")
    assert sorted(a.get("aliases", "").split(" | ")) == sorted(n["aliases"] or [""]), (a.get("aliases"), n["aliases"])
want = sorted((e["source"], e["target"], e["relation"], float(e["weight"]), e.get("title")) for e in g["edges"])
got = []
for s, t, d in h.edges(data=True):
    assert isinstance(d["weight"], float), type(d["weight"])
    got.append((s, t, d["relation"], d["weight"], d.get("title")))
assert sorted(got) == want
print("ok", h.number_of_nodes(), h.number_of_edges())
"#;

#[test]
fn graphml_reads_back_in_networkx_equal_to_graph_json() {
    let w = Workdir::new();
    w.build_corpus();
    let out = python(
        COMPARE,
        &[w.path("graphs/graph.json").to_str().unwrap(), w.path("graphs/graph.graphml").to_str().unwrap()],
    );
    assert!(out.starts_with("ok "), "{out}");
}

#[test]
fn graph_json_loads_as_networkx_node_link() {
    let w = Workdir::new();
    w.build_corpus();
    let out = python(
        "import json,sys,networkx as nx\ng=nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges')\nprint(g.is_multigraph(), g.is_directed(), g.number_of_nodes())",
        &[w.path("graphs/graph.json").to_str().unwrap()],
    );
    assert!(out.starts_with("True True "), "{out}");
}

#[test]
fn graphml_is_well_formed_for_a_strict_parser() {
    let w = Workdir::new();
    w.build_corpus();
    let path = w.path("graphs/graph.graphml");
    let strict = python(
        "import sys, xml.etree.ElementTree as ET\nr=ET.parse(sys.argv[1]).getroot()\nprint(r.tag)",
        &[path.to_str().unwrap()],
    );
    assert_eq!(strict.trim(), "{http://graphml.graphdrawing.org/xmlns}graphml");
    let xml = std::fs::read_to_string(&path).unwrap();
    assert!(xml.contains("Hong Kong Sanatorium &amp; Hospital"));
    assert!(xml.contains(r#"attr.name="weight" attr.type="double""#));
    if let Ok(out) = Command::new("xmllint").arg("--noout").arg(&path).output() {
        assert!(out.status.success(), "xmllint: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn dot_renders_with_graphviz_without_warnings_and_keeps_chinese_text() {
    let w = Workdir::new();
    w.build_corpus();
    let out = Command::new("dot")
        .arg("-Tsvg")
        .arg(w.path("graphs/graph.dot"))
        .output()
        .expect("Graphviz `dot` is needed for this test (apt-get install graphviz)");
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "graphviz warned: {}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    for label in ["国家癌症中心", "李维达", "战略合作备忘录", "legend"] {
        assert!(svg.contains(&format!(">{label}<")) || svg.contains(label), "{label} not in SVG text");
    }
    assert!(svg.contains("Noto Sans CJK SC"));
    // build wrote the SVG too, since Graphviz is here.
    assert!(std::fs::read_to_string(w.path("graphs/graph.svg")).unwrap().contains("国家癌症中心"));
}

#[test]
fn around_exports_the_neighbourhood_only() {
    let w = Workdir::new();
    w.build_corpus();
    w.ok(&["export", "--format", "json", "--around", "国家癌症中心", "--depth", "1", "-o", "around.json"]);
    let g = w.graph("around.json");
    let labels: Vec<&str> = g["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str()).collect();
    assert!(labels.contains(&"赫捷") && labels.contains(&"中国医学科学院肿瘤医院深圳医院"));
    assert!(!labels.contains(&"李维达"), "李维达 is two hops away: {labels:?}");
    w.ok(&["export", "--format", "svg", "--around", "國家癌症中心", "--depth", "2", "-o", "around.svg"]);
    let svg = std::fs::read_to_string(w.path("around.svg")).unwrap();
    assert!(svg.contains("李维达") && !svg.contains("恒瑞医药"));
}

#[test]
fn relation_filter_keeps_only_those_edges() {
    let w = Workdir::new();
    w.build_corpus();
    let out = w.ok(&["export", "--format", "json", "--relation", "part_of", "--relation", "member_of"]);
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let edges = g["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 6);
    assert!(edges.iter().all(|e| e["relation"] == "part_of" || e["relation"] == "member_of"));
    assert!(g["nodes"].as_array().unwrap().iter().all(|n| n["kind"] == "organization"));
}

#[test]
fn csv_has_the_headers_neo4j_admin_reads() {
    let w = Workdir::new();
    let g = w.build_corpus();
    w.ok(&["export", "--format", "csv", "-o", "neo4j"]);
    let nodes = std::fs::read_to_string(w.path("neo4j/nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(w.path("neo4j/edges.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,:LABEL,label,type,aliases:string[]"));
    assert!(edges.starts_with(":START_ID,:END_ID,:TYPE,title,date,weight:double"));
    let read = python(
        "import csv,sys\nprint(sum(1 for _ in csv.DictReader(open(sys.argv[1],encoding='utf-8'))), sum(1 for _ in csv.DictReader(open(sys.argv[2],encoding='utf-8'))))",
        &[w.path("neo4j/nodes.csv").to_str().unwrap(), w.path("neo4j/edges.csv").to_str().unwrap()],
    );
    assert_eq!(
        read.trim(),
        format!("{} {}", g["nodes"].as_array().unwrap().len(), g["edges"].as_array().unwrap().len())
    );
    assert!(edges.contains(",LEADS,"));
}

#[test]
fn png_needs_an_output_file_and_missing_graphviz_says_what_to_install() {
    let w = Workdir::new();
    w.build_corpus();
    let out = w.run(&["export", "--format", "png"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("-o FILE.png"));
    let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(["export", "--format", "svg", "-o", "x.svg"])
        .current_dir(w.path(""))
        .env("PATH", "")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("apt-get install graphviz"), "{}", stderr(&out));
    assert!(!w.path("x.svg").exists());
}
