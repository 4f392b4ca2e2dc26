//! Bad input, faults and determinism (issue 5): every bad file is reported by
//! name and the rest built; broken graph files are refused clearly; a killed
//! build leaves the previous graph intact; output does not depend on order.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;
use support::*;

#[test]
fn oversized_file_is_skipped_with_its_size() {
    let w = Workdir::new();
    copy_corpus(&w, "in");
    let f = std::fs::File::create(w.path("in/huge.txt")).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: cheap to make
    let out = w.ok(&["build", "in", "--out", "out"]);
    assert!(stderr(&out).contains("huge.txt: too large (100 MB"), "{}", stderr(&out));
    assert!(stdout(&out).contains("read 5 document(s), skipped 1"));
}

#[test]
fn a_single_five_megabyte_line_is_built() {
    let w = Workdir::new();
    let text = std::fs::read_to_string(corpus_file("003_")).unwrap().replace(['\n', '。'], ",");
    let line = text.repeat(5 * 1024 * 1024 / text.len() + 1);
    assert!(line.len() > 5 * 1024 * 1024 && !line.contains('\n'));
    w.write("in/line.txt", &line);
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "刘学英", "leads", "营口市中心医院"));
}

#[test]
fn deeply_nested_and_unclosed_html_is_read() {
    let w = Workdir::new();
    let html = format!("<html><body>{}<p>营口市中心医院院长刘学英出席。<div><span><b>", "<div>".repeat(100_000));
    w.write("in/deep.html", html);
    w.ok(&["build", "in", "--out", "out", "-q"]);
    assert!(has_edge(&w.graph("out/graph.json"), "刘学英", "leads", "营口市中心医院"));
}

#[cfg(unix)]
#[test]
fn symlink_loop_and_unreadable_files_are_reported_and_the_rest_built() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let w = Workdir::new();
    copy_corpus(&w, "in/sub");
    symlink(w.path("in"), w.path("in/sub/loop")).unwrap();
    symlink(w.path("in/missing.txt"), w.path("in/dangling.txt")).unwrap();
    let locked = w.write("in/locked.txt", "营口市中心医院院长刘学英出席。");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_can_read = std::fs::read(&locked).is_ok();
    let out = w.ok(&["build", "in", "--out", "out"]);
    let err = stderr(&out);
    assert!(err.contains("loop: directory symlink loop"), "{err}");
    assert!(err.contains("dangling.txt: cannot read"), "{err}");
    if !root_can_read {
        assert!(err.contains("locked.txt: cannot read"), "{err}");
    }
    assert!(stdout(&out).contains("read 5 document(s)") || stdout(&out).contains("read 6 document(s)"));
    assert!(has_edge(&w.graph("out/graph.json"), "李维达", "leads", "养和医疗集团"));
    let strict = w.run(&["build", "in", "--out", "strict-out", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(!w.path("strict-out/graph.json").exists());
}

#[test]
fn broken_graph_files_are_refused_by_every_command() {
    let w = Workdir::new();
    let g = w.build_corpus();
    let good = std::fs::read(w.path("graphs/graph.json")).unwrap();
    w.write("truncated.json", &good[..good.len() / 2]);
    w.write("foreign.json", r#"{"directed": true, "nodes": [], "links": []}"#);
    let mut newer = g.clone();
    newer["graph"]["format_version"] = serde_json::json!(999);
    w.write("newer.json", serde_json::to_vec(&newer).unwrap());
    w.write("binary.json", [0u8, 159, 146, 150, 255]);
    let commands: [&[&str]; 5] = [
        &["who", "赫捷"],
        &["path", "赫捷", "李维达"],
        &["show", "赫捷"],
        &["search", "赫"],
        &["export", "--format", "dot"],
    ];
    for file in ["truncated.json", "foreign.json", "newer.json", "binary.json", "absent.json"] {
        for cmd in commands {
            let mut args: Vec<&str> = cmd.to_vec();
            args.extend(["--graph", file]);
            let out = w.run(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
            assert!(err.contains(file), "{args:?}: {err}");
            assert!(!err.contains("panicked"), "{err}");
            if file == "newer.json" {
                assert!(err.contains("newer than this guanxi"), "{err}");
            }
        }
    }
}

#[test]
fn killed_build_leaves_the_previous_graph_intact() {
    let w = Workdir::new();
    w.build_corpus();
    let before = std::fs::read(w.path("graphs/graph.json")).unwrap();
    // A corpus big enough that the build is still running when killed.
    let base = std::fs::read_to_string(corpus_file("001_")).unwrap();
    for i in 0..200 {
        w.write(
            &format!("big/{i:04}.txt"),
            base.replace("李维达", &format!("李维{}", char::from_u32(0x4e00 + i).unwrap())),
        );
    }
    // Time one full build (to schedule the kills, not to assert on), then kill
    // builds at points spread over its whole run, the final writes included.
    let t0 = std::time::Instant::now();
    w.ok(&["build", "big", "--out", "scratch", "-q"]);
    let full = t0.elapsed().as_millis() as u64;
    let delays: Vec<u64> = (1..=10).map(|k| full * (30 + 7 * k) / 100).collect();
    for delay_ms in delays {
        let mut child = Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .args(["build", "big", "--out", "graphs", "-q"])
            .current_dir(w.path(""))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        // Whatever moment it died, graph.json is a whole graph: the old one or a new one.
        let now = std::fs::read(w.path("graphs/graph.json")).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&now).expect("graph.json is whole after SIGKILL");
        assert!(parsed["nodes"].is_array());
        if now != before {
            assert!(parsed["graph"]["documents"].as_array().unwrap().len() >= 200);
        }
        w.ok(&["who", "养和医疗集团"]);
        for f in ["graph.graphml", "graph.dot"] {
            let text = std::fs::read_to_string(w.path("graphs").join(f)).unwrap();
            assert!(text.trim_end().ends_with("</graphml>") || text.trim_end().ends_with('}'), "{f} is whole");
        }
    }
}

#[test]
fn output_is_identical_whatever_the_order_and_duplicates() {
    // The facts cache too: it is kept in document id order.
    const OUTPUTS: [&str; 4] = ["graph.json", "graph.graphml", "graph.dot", ".guanxi-facts.bin"];
    let w = Workdir::new();
    copy_corpus(&w, "in");
    let mut files: Vec<String> = std::fs::read_dir(w.path("in"))
        .unwrap()
        .map(|e| format!("in/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    files.sort();
    let run = |out: &str, order: &[String]| -> Vec<Vec<u8>> {
        let mut args: Vec<&str> = vec!["build", "--out", out, "-q"];
        args.extend(order.iter().map(String::as_str));
        w.ok(&args);
        OUTPUTS.iter().map(|f| std::fs::read(w.path(out).join(f)).unwrap()).collect()
    };
    let first = run("a", &files);
    let mut reversed = files.clone();
    reversed.reverse();
    let mut shuffled = files.clone();
    shuffled.swap(0, 3);
    shuffled.swap(1, 4);
    let mut duplicated = shuffled.clone();
    duplicated.extend(files.iter().take(3).cloned());
    for (name, order) in [("b", reversed), ("c", shuffled), ("d", duplicated)] {
        let got = run(name, &order);
        for (i, f) in OUTPUTS.iter().enumerate() {
            assert!(first[i] == got[i], "{f} differs for order {name}");
        }
    }
    // The directory form gives the same bytes as the file list.
    w.ok(&["build", "in", "--out", "e", "-q"]);
    assert_eq!(std::fs::read(w.path("e/graph.json")).unwrap(), first[0]);
}

#[test]
fn two_different_documents_with_one_name_are_reported() {
    let w = Workdir::new();
    w.write("a/x.txt", "营口市中心医院院长刘学英出席。");
    w.write("b/x.txt", "中山大学肿瘤防治中心院长徐瑞华表示。");
    let out = w.ok(&["build", "a/x.txt", "b/x.txt", "--out", "out"]);
    assert!(stderr(&out).contains("document id x.txt is already taken by a/x.txt"), "{}", stderr(&out));
}

#[test]
fn bad_lexicon_leaves_previous_outputs_untouched() {
    let w = Workdir::new();
    w.build_corpus();
    let before = std::fs::read(w.path("graphs/graph.json")).unwrap();
    w.write("lex/org_suffixes.tsv", "suffix\ttype\n医院\thospitel\n");
    let out = w.run(&["build", corpus_dir().to_str().unwrap(), "--lexicon", "lex", "--out", "graphs"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("org_suffixes.tsv:2: unknown organisation type \"hospitel\""), "{}", stderr(&out));
    assert_eq!(std::fs::read(w.path("graphs/graph.json")).unwrap(), before);
}
