//! `guanxi build` on the seed corpus and on awkward inputs (issue 2).

mod support;

use support::*;

#[test]
fn three_agreements_with_parties_and_dates() {
    let w = Workdir::new();
    let g = w.build_corpus();
    let cases = [
        (["养和医疗集团", "中国医学科学院肿瘤医院深圳医院"], "2025-12-11", "战略合作备忘录"),
        (["中山大学肿瘤防治中心", "上海联影医疗科技有限公司"], "--06-11", "战略合作协议"),
        (["恒瑞医药", "北京大学肿瘤医院云南医院"], "--03-14", "战略合作协议"),
    ];
    for (parties, date, title) in cases {
        let found = agreements_between(&g, &parties);
        assert_eq!(found.len(), 1, "one agreement between {parties:?}");
        assert_eq!(found[0]["date"], date);
        assert_eq!(found[0]["title"], title);
        assert!(
            has_edge(&g, parties[0], "signed_with", parties[1]) || has_edge(&g, parties[1], "signed_with", parties[0])
        );
    }
    let agreements = g["nodes"].as_array().unwrap().iter().filter(|n| n["kind"] == "agreement").count();
    assert_eq!(agreements, 3);
}

#[test]
fn yanghe_memorandum_signers_witnesses_and_coordinator() {
    let w = Workdir::new();
    let g = w.build_corpus();
    let a = agreements_between(&g, &["养和医疗集团", "中国医学科学院肿瘤医院深圳医院"])[0]["label"]
        .as_str()
        .unwrap()
        .to_string();
    for p in ["李维达", "王绿化"] {
        assert!(has_edge(&g, p, "signed", &a), "{p} signed");
    }
    for p in ["李维文", "赫捷", "吴红艳"] {
        assert!(has_edge(&g, &a, "witnessed_by", p), "{p} witnessed");
        assert!(!has_edge(&g, p, "signed", &a), "{p} did not sign");
    }
    assert!(has_edge(&g, &a, "coordinated_by", "国家癌症中心"));
}

#[test]
fn li_weida_leads_group_and_hospital() {
    let w = Workdir::new();
    let g = w.build_corpus();
    assert!(has_edge(&g, "李维达", "leads", "养和医疗集团"));
    assert!(has_edge(&g, "李维达", "leads", "养和医院"));
    assert!(has_edge(&g, "李维文", "serves_at", "养和医疗集团"));
    assert!(has_edge(&g, "养和医院", "part_of", "养和医疗集团"));
    let li = node(&g, "李维达").unwrap();
    assert!(li["aliases"].as_array().unwrap().iter().any(|a| a == "李維達"));
}

#[test]
fn one_agreement_node_for_the_announcement_published_twice() {
    let w = Workdir::new();
    let g = w.build_corpus();
    let found = agreements_between(&g, &["养和医疗集团", "中国医学科学院肿瘤医院深圳医院"]);
    assert_eq!(found.len(), 1);
    let docs: Vec<&str> = found[0]["documents"].as_array().unwrap().iter().filter_map(|d| d.as_str()).collect();
    assert!(docs.iter().any(|d| d.starts_with("000_")) && docs.iter().any(|d| d.starts_with("001_")), "{docs:?}");
}

#[test]
fn aliases_resolve_to_full_names() {
    let w = Workdir::new();
    let g = w.build_corpus();
    let aliases = |label: &str| -> Vec<String> {
        node(&g, label).unwrap()["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a.as_str().map(String::from))
            .collect()
    };
    assert!(aliases("中国医学科学院肿瘤医院深圳医院").contains(&"深圳肿瘤医院".to_string()));
    assert!(aliases("中山大学肿瘤防治中心").contains(&"中肿".to_string()));
    assert!(aliases("上海联影医疗科技有限公司").contains(&"联影".to_string()));
    assert!(aliases("养和医院").contains(&"Hong Kong Sanatorium & Hospital".to_string()));
    assert!(aliases("中国抗癌协会").contains(&"CACA".to_string()));
    assert!(aliases("营口市卫生健康委员会").contains(&"营口市卫健委".to_string()));
}

#[test]
fn no_spam_or_furniture_nodes() {
    let w = Workdir::new();
    let g = w.build_corpus();
    for n in g["nodes"].as_array().unwrap() {
        let label = n["label"].as_str().unwrap();
        for bad in ["betway", "必威", "omniture", ".png", "健闻", "红十字", "胡大一", "盛京", "(y"] {
            assert!(!label.contains(bad), "junk node {label}");
        }
    }
}

#[test]
fn every_node_and_edge_has_evidence() {
    let w = Workdir::new();
    let g = w.build_corpus();
    for item in g["nodes"].as_array().unwrap().iter().chain(g["edges"].as_array().unwrap()) {
        let ev = item["evidence"].as_array().unwrap();
        assert!(!ev.is_empty(), "{item}");
        assert!(ev.iter().all(|e| e["doc"].is_string() && !e["text"].as_str().unwrap_or("").is_empty()));
    }
}

/// The seed text of 002 without its trailing headline list.
fn seed_002_body() -> String {
    let text = std::fs::read_to_string(corpus_file("002_")).unwrap();
    text.split("betway").next().unwrap().to_string()
}

#[test]
fn gbk_file_is_decoded() {
    let w = Workdir::new();
    let body = seed_002_body();
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&body);
    assert!(!unmappable);
    w.write("in/gbk.txt", &bytes);
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    assert_eq!(agreements_between(&g, &["中山大学肿瘤防治中心", "上海联影医疗科技有限公司"]).len(), 1);
}

#[test]
fn big5_file_is_decoded() {
    let w = Workdir::new();
    let text = "養和醫療集團與中國醫學科學院腫瘤醫院深圳醫院簽訂戰略合作備忘錄。\n\
                養和醫療集團行政總裁、養和醫院院長李維達醫生及中國醫學科學院腫瘤醫院深圳醫院王綠化院長于儀式上代表簽署合作備忘錄。";
    let (bytes, _, unmappable) = encoding_rs::BIG5.encode(text);
    assert!(!unmappable);
    w.write("in/big5.txt", &bytes);
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "李维达", "leads", "养和医疗集团"));
    assert_eq!(agreements_between(&g, &["养和医疗集团", "中国医学科学院肿瘤医院深圳医院"]).len(), 1);
}

#[test]
fn utf16_and_bom_files_are_decoded() {
    let w = Workdir::new();
    let text = "中山大学肿瘤防治中心院长徐瑞华表示，合作很好。";
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    w.write("in/a.txt", &utf16);
    w.write("in/b.txt", format!("\u{feff}{}", "上海联影医疗科技有限公司董事长薛敏表示。"));
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "徐瑞华", "leads", "中山大学肿瘤防治中心"));
    assert!(has_edge(&g, "薛敏", "leads", "上海联影医疗科技有限公司"));
}

#[test]
fn bad_files_are_reported_and_the_rest_built() {
    let w = Workdir::new();
    std::fs::create_dir_all(w.path("in")).unwrap();
    std::fs::copy(corpus_file("003_"), w.path("in/good.txt")).unwrap();
    w.write("in/empty.txt", b"");
    w.write("in/binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    w.write("in/furniture.txt", "omniture\nChina-PRNewsire-300-300.png\ncollection\n相关推荐\n- 某医院义诊\n");
    w.write("in/unknown.txt", [0x81u8, 0xFF, 0x80, 0xFE, 0xFF, 0xFF, 0x41]);
    let out = w.ok(&["build", "in", "--out", "out"]);
    let err = stderr(&out);
    for (name, reason) in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("furniture.txt", "no announcement text"),
        ("unknown.txt", "not valid UTF-8"),
    ] {
        assert!(err.contains(name) && err.contains(reason), "{name}: {err}");
    }
    assert!(stdout(&out).contains("read 1 document(s), skipped 4"), "{}", stdout(&out));
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "刘学英", "leads", "营口市中心医院"));
}

#[test]
fn strict_makes_a_bad_file_fatal_and_writes_nothing() {
    let w = Workdir::new();
    std::fs::copy(corpus_file("003_"), w.path("good.txt")).unwrap();
    w.write("empty.txt", b"");
    let out = w.run(&["build", "good.txt", "empty.txt", "--out", "out", "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("empty.txt"));
    assert!(!w.path("out/graph.json").exists());
}

#[test]
fn jsonl_lines_are_announcements_and_bad_lines_reported() {
    let w = Workdir::new();
    let good =
        serde_json::json!({"id": "n1", "text": "营口市中心医院院长刘学英出席活动。", "url": "http://example.org/1"});
    let titled = serde_json::json!({"id": 2, "title": "中山大学肿瘤防治中心与上海联影医疗科技有限公司签署战略合作协议", "text": "6月11日，双方签署。", "date": "2019-06-12"});
    let no_text = serde_json::json!({"id": "n3"});
    w.write("feed.jsonl", format!("{good}\n{{not json\n{no_text}\n{titled}\n"));
    let out = w.ok(&["build", "feed.jsonl", "--out", "out"]);
    let err = stderr(&out);
    assert!(err.contains("feed.jsonl: line 2: not valid JSON"), "{err}");
    assert!(err.contains("feed.jsonl: line 3: no \"text\" field"), "{err}");
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "刘学英", "leads", "营口市中心医院"));
    let docs = g["graph"]["documents"].as_array().unwrap();
    assert!(docs.iter().any(|d| d["id"] == "n1") && docs.iter().any(|d| d["id"] == "2"));
    assert_eq!(agreements_between(&g, &["中山大学肿瘤防治中心", "上海联影医疗科技有限公司"]).len(), 1);
}

#[test]
fn html_pages_are_read_as_text() {
    let w = Workdir::new();
    w.write(
        "page.html",
        "<html><head><script>var x='<p>';</script><style>p{}</style></head><body>\
         <p>营口市中心医院院长<b>刘学英</b>出席活动&amp;致辞。</p><div>相关推荐</div><p>某某医院院长张三</p></body></html>",
    );
    w.ok(&["build", "page.html", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "刘学英", "leads", "营口市中心医院"));
    assert!(node(&g, "张三").is_none(), "text after 相关推荐 is furniture");
}

#[test]
fn malformed_lexicon_line_stops_the_build_with_file_and_line() {
    let w = Workdir::new();
    w.write("lex/titles.tsv", "title\trelation\n院长\tleads\n主任\tleadz\n");
    std::fs::copy(corpus_file("003_"), w.path("a.txt")).unwrap();
    let out = w.run(&["build", "a.txt", "--lexicon", "lex", "--out", "out"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("titles.tsv:3: unknown relation \"leadz\""), "{}", stderr(&out));
    assert!(!w.path("out/graph.json").exists());
}

#[test]
fn lexicon_edits_apply_at_the_next_build() {
    let w = Workdir::new();
    std::fs::copy(corpus_file("003_"), w.path("a.txt")).unwrap();
    // Demote 院长 to serves_at and merge an alias by hand.
    let titles =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon/titles.tsv"))
            .unwrap();
    w.write("lex/titles.tsv", titles.replace("院长\tleads", "院长\tserves_at"));
    w.write("lex/aliases.tsv", "alias\tcanonical\n中国抗癌协会\t中国抗癌协会总会\n");
    w.ok(&["build", "a.txt", "--lexicon", "lex", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    assert!(has_edge(&g, "刘学英", "serves_at", "营口市中心医院"));
}

/// Announcements of `n` signings between distinct, made-up hospitals and
/// companies, each with two signatories: five nodes apiece.
fn signings(w: &Workdir, dir: &str, n: usize) {
    let syllables = ["康", "华", "仁", "德", "安", "泰", "和", "瑞", "博", "宁", "嘉", "恒"];
    let name = |i: usize| format!("{}{}{}", syllables[i % 12], syllables[(i / 12) % 12], syllables[(i / 144) % 12]);
    let given = ["建国", "志强", "秀英", "丽华", "国平", "海涛", "文军", "晓明", "玉兰", "春生", "立新", "红梅"];
    let person = |i: usize, surname: &str| format!("{surname}{}", given[i % 12]) + ["", "宇"][(i / 12) % 2];
    for i in 0..n {
        let (a, b) = (format!("北京{}医院", name(i)), format!("上海{}科技有限公司", name(i + 7)));
        let text = format!(
            "3月{}日，{a}与{b}签署战略合作协议。{a}院长{}与{b}董事长{}代表双方签约。\n",
            i % 28 + 1,
            person(i, "王"),
            person(i + 5, "李")
        );
        w.write(&format!("{dir}/{i:04}.txt"), text);
    }
}

#[test]
fn a_graph_too_big_to_draw_leaves_no_stale_picture() {
    let w = Workdir::new();
    w.build_corpus();
    assert!(w.path("graphs/graph.svg").exists() || !guanxi::export::render::graphviz_available());
    copy_corpus(&w, "in");
    signings(&w, "in/made", 120);
    let out = w.ok(&["build", "in", "--out", "graphs"]);
    let g = w.graph("graphs/graph.json");
    let nodes = g["nodes"].as_array().unwrap().len();
    assert!(nodes > guanxi::cli::build::MAX_DRAWN_NODES, "only {nodes} nodes");
    assert!(!w.path("graphs/graph.svg").exists(), "graph.svg of the smaller graph left behind");
    assert!(w.path("graphs/graph.dot").exists(), "graph.dot is written up to MAX_DOT_NODES");
    assert!(stdout(&out).contains("no graph.svg"), "{}", stdout(&out));
}
