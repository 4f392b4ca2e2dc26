//! Incremental builds (issue 6): only new or changed documents are extracted,
//! and the graph equals a full rebuild's, byte for byte.

mod support;

use support::*;

fn outputs(w: &Workdir, dir: &str) -> Vec<Vec<u8>> {
    ["graph.json", "graph.graphml", "graph.dot"].iter().map(|f| std::fs::read(w.path(dir).join(f)).unwrap()).collect()
}

#[test]
fn incremental_build_equals_full_rebuild() {
    let w = Workdir::new();
    copy_corpus(&w, "in");
    w.ok(&["build", "in", "--out", "inc", "-q"]);
    // Change one document, add one, remove one.
    let p = corpus_file("003_");
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    let changed = std::fs::read_to_string(&p).unwrap().replace("劉學英", "劉學文");
    w.write(&format!("in/{name}"), changed);
    w.write("in/new.txt", "中山大学肿瘤防治中心院长徐瑞华会见上海联影医疗科技有限公司总裁张强。");
    let removed = corpus_file("004_");
    std::fs::remove_file(w.path("in").join(removed.file_name().unwrap())).unwrap();

    let out = w.ok(&["build", "in", "--out", "inc"]);
    let summary = stdout(&out);
    assert!(summary.contains("3 unchanged since the last build (facts reused), 2 extracted"), "{summary}");
    w.ok(&["build", "in", "--out", "full", "--full", "-q"]);
    assert!(outputs(&w, "inc") == outputs(&w, "full"), "incremental and full builds differ");
    let g = w.graph("inc/graph.json");
    assert!(has_edge(&g, "刘学文", "leads", "营口市中心医院"));
    assert!(node(&g, "刘学英").is_none(), "facts of the old version are gone");
    assert!(node(&g, "恒瑞医药").is_none(), "facts of the removed document are gone");
    assert!(has_edge(&g, "张强", "leads", "上海联影医疗科技有限公司"));
}

#[test]
fn a_lexicon_change_extracts_everything_again() {
    let w = Workdir::new();
    copy_corpus(&w, "in");
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let titles =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon/titles.tsv"))
            .unwrap();
    w.write("lex/titles.tsv", titles.replace("院长\tleads", "院长\tserves_at"));
    let out = w.ok(&["build", "in", "--out", "out", "--lexicon", "lex"]);
    assert!(!stdout(&out).contains("unchanged"), "{}", stdout(&out));
    assert!(has_edge(&w.graph("out/graph.json"), "王绿化", "serves_at", "中国医学科学院肿瘤医院深圳医院"));
}

#[test]
fn queries_read_the_snapshot_and_notice_a_stale_one() {
    let w = Workdir::new();
    w.build_corpus();
    assert!(w.path("graphs/graph.snapshot").exists());
    let from_snapshot = stdout(&w.ok(&["who", "国家癌症中心", "--json"]));
    std::fs::remove_file(w.path("graphs/graph.snapshot")).unwrap();
    let from_json = stdout(&w.ok(&["who", "国家癌症中心", "--json"]));
    assert_eq!(from_snapshot, from_json, "snapshot and JSON answer alike, evidence included");
    assert!(w.path("graphs/graph.snapshot").exists(), "a query leaves a snapshot behind");
    // Rewrite graph.json with one entity fewer: the old snapshot must not be used.
    let mut g = w.graph("graphs/graph.json");
    let he = id_of(&g, "赫捷");
    g["nodes"].as_array_mut().unwrap().retain(|n| n["id"] != he.as_str());
    g["edges"].as_array_mut().unwrap().retain(|e| e["source"] != he.as_str() && e["target"] != he.as_str());
    w.write("graphs/graph.json", serde_json::to_vec(&g).unwrap());
    let out = w.run(&["show", "赫捷"]);
    assert_eq!(out.status.code(), Some(2), "stale snapshot used: {}", stdout(&out));
}

#[test]
fn exports_from_the_snapshot_equal_exports_from_the_json() {
    let w = Workdir::new();
    w.build_corpus();
    let json = std::fs::read(w.path("graphs/graph.json")).unwrap();
    for format in ["json", "graphml", "dot"] {
        let from_snapshot = w.ok(&["export", "--format", format]).stdout;
        let renamed = w.path("graphs/graph.snapshot.off");
        std::fs::rename(w.path("graphs/graph.snapshot"), &renamed).unwrap();
        let from_json = w.ok(&["export", "--format", format]).stdout;
        std::fs::rename(&renamed, w.path("graphs/graph.snapshot")).unwrap();
        assert!(from_snapshot == from_json, "{format} differs between snapshot and JSON");
        if format == "json" {
            assert!(from_json == json, "export --format json reproduces graph.json");
        }
    }
}

#[test]
fn a_damaged_snapshot_is_replaced_not_trusted() {
    let w = Workdir::new();
    w.build_corpus();
    let expected = stdout(&w.ok(&["who", "国家癌症中心", "--json"]));
    let snap = w.path("graphs/graph.snapshot");
    let bytes = std::fs::read(&snap).unwrap();
    // Cut short (the footer that locates every section is gone), then garbage
    // of the same length: each time the answer comes from graph.json.
    for damaged in [bytes[..bytes.len() / 2].to_vec(), vec![0xA5; bytes.len()]] {
        std::fs::write(&snap, &damaged).unwrap();
        assert_eq!(stdout(&w.ok(&["who", "国家癌症中心", "--json"])), expected);
        assert_eq!(std::fs::read(&snap).unwrap(), bytes, "the damaged snapshot is rewritten whole");
    }
}
