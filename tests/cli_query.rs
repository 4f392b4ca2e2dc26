//! `guanxi who`, `path`, `show`, `search` on the seed graph (issue 3).

mod support;

use serde_json::Value;
use support::*;

fn seeded() -> Workdir {
    let w = Workdir::new();
    w.build_corpus();
    w
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("json output")
}

#[test]
fn who_national_cancer_center_lists_leader_branch_and_memorandum() {
    let w = seeded();
    let out = stdout(&w.ok(&["who", "国家癌症中心"]));
    assert!(out.starts_with("国家癌症中心 (organization, government)"), "{out}");
    let section = |head: &str| -> String {
        out.split("\n\n").find(|b| b.starts_with(head)).unwrap_or_else(|| panic!("no {head} in {out}")).to_string()
    };
    let led = section("led by");
    assert!(led.contains("赫捷") && led.contains("主任") && led.contains("000_"), "{led}");
    assert!(section("has part").contains("中国医学科学院肿瘤医院深圳医院"));
    let coord = section("coordinated");
    assert!(coord.contains("战略合作备忘录") && coord.contains("2025-12-11") && coord.contains(".txt: "), "{coord}");
}

#[test]
fn who_in_traditional_script_gives_the_same_answer() {
    let w = seeded();
    assert_eq!(stdout(&w.ok(&["who", "國家癌症中心"])), stdout(&w.ok(&["who", "国家癌症中心"])));
    assert_eq!(stdout(&w.ok(&["who", "國家癌癥中心"])), stdout(&w.ok(&["who", "国家癌症中心"])));
}

#[test]
fn who_json_has_relations_directions_and_evidence() {
    let w = seeded();
    let v = json(&w.ok(&["who", "国家癌症中心", "--json"]));
    assert_eq!(v["entity"]["label"], "国家癌症中心");
    let conns = v["connections"].as_array().unwrap();
    let he = conns.iter().find(|c| c["label"] == "赫捷").unwrap();
    assert_eq!(he["hop"]["relation"], "leads");
    assert_eq!(he["hop"]["direction"], "in");
    assert_eq!(he["hop"]["title"], "主任");
    assert!(!he["hop"]["evidence"].as_array().unwrap().is_empty());
    assert!(conns.iter().any(|c| c["kind"] == "agreement" && c["hop"]["relation"] == "coordinated_by"));
}

#[test]
fn who_depth_two_says_through_whom() {
    let w = seeded();
    let v = json(&w.ok(&["who", "国家癌症中心", "--depth", "2", "--json"]));
    let far = v["connections"].as_array().unwrap().iter().find(|c| c["label"] == "中国医学科学院肿瘤医院").unwrap();
    assert_eq!(far["depth"], 2);
    assert_eq!(far["via"]["label"], "赫捷");
    let text = stdout(&w.ok(&["who", "国家癌症中心", "--depth", "2"]));
    assert!(text.contains("2 hops away") && text.contains("led by 赫捷"), "{text}");
}

#[test]
fn who_filters_by_relation_and_kind() {
    let w = seeded();
    let v = json(&w.ok(&["who", "养和医疗集团", "--relation", "part_of", "--json"]));
    let labels: Vec<&str> = v["connections"].as_array().unwrap().iter().filter_map(|c| c["label"].as_str()).collect();
    assert_eq!(labels.len(), 4, "{labels:?}");
    assert!(labels.contains(&"养和医院"));
    let v = json(&w.ok(&["who", "养和医疗集团", "--depth", "2", "--kind", "person", "--json"]));
    assert!(v["connections"].as_array().unwrap().iter().all(|c| c["kind"] == "person"));
    let bad = w.run(&["who", "养和医疗集团", "--relation", "leadz"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown relation"));
}

#[test]
fn path_from_wu_xiaoming_goes_through_the_hospital_and_he_jie() {
    let w = seeded();
    let out = stdout(&w.ok(&["path", "吴晓明", "国家癌症中心"]));
    assert!(out.starts_with("吴晓明 → 国家癌症中心 (3 hops)"), "{out}");
    let a = out.find("中国医学科学院肿瘤医院").unwrap();
    let b = out.find("赫捷").unwrap();
    assert!(a < b, "{out}");
    let v = json(&w.ok(&["path", "吴晓明", "国家癌症中心", "--json"]));
    let hops = v["paths"][0]["hops"].as_array().unwrap();
    assert_eq!(hops[0]["edge"]["relation"], "affiliated_with");
    assert_eq!(hops[2]["to"]["label"], "国家癌症中心");
}

#[test]
fn path_that_does_not_exist_says_so_and_exits_zero() {
    let w = seeded();
    let out = w.ok(&["path", "恒瑞医药", "国家癌症中心"]);
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("no path between 恒瑞医药 and 国家癌症中心"));
}

#[test]
fn path_all_lists_paths_shortest_first() {
    let w = seeded();
    let v = json(&w.ok(&["path", "李维达", "养和医疗集团", "--all", "--max-len", "3", "--json"]));
    let lens: Vec<u64> = v["paths"].as_array().unwrap().iter().map(|p| p["length"].as_u64().unwrap()).collect();
    assert!(lens.len() >= 2 && lens[0] == 1, "{lens:?}");
    assert!(lens.windows(2).all(|w| w[0] <= w[1]) && lens.iter().all(|&l| l <= 3));
}

#[test]
fn show_resolves_an_alias_to_the_full_name() {
    let w = seeded();
    let out = stdout(&w.ok(&["show", "深圳肿瘤医院"]));
    assert!(out.starts_with("中国医学科学院肿瘤医院深圳医院\n"), "{out}");
    assert!(out.contains("aliases") && out.contains("深圳腫瘤醫院") && out.contains("王绿化"));
    let v = json(&w.ok(&["show", "HKSH Medical Group Limited", "--json"]));
    assert_eq!(v["entity"]["label"], "养和医疗集团");
    assert!(v["documents"].as_array().unwrap().len() >= 2);
}

#[test]
fn unknown_name_gets_suggestions_and_exit_two() {
    let w = seeded();
    let out = w.run(&["show", "养生医院"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no entity named 养生医院; closest: 养和医院"), "{}", stderr(&out));
}

#[test]
fn ambiguous_name_lists_candidates_and_exits_two() {
    let w = seeded();
    let out = w.run(&["who", "养和医"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("ambiguous") && err.contains("养和医院") && err.contains("养和医疗集团"), "{err}");
}

#[test]
fn search_finds_names_and_aliases() {
    let w = seeded();
    let out = stdout(&w.ok(&["search", "養和"]));
    assert!(out.lines().count() >= 5 && out.contains("养和东区医疗中心"), "{out}");
    let v = json(&w.ok(&["search", "CACA", "--json"]));
    assert_eq!(v["results"][0]["label"], "中国抗癌协会");
    assert_eq!(v["results"][0]["matched_alias"], "CACA");
}

#[test]
fn missing_or_broken_graph_says_how_to_build() {
    let w = Workdir::new();
    let out = w.run(&["who", "国家癌症中心"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("graphs/graph.json") && stderr(&out).contains("guanxi build"), "{}", stderr(&out));
    w.write("bad.json", "{\"nodes\": [");
    for cmd in ["who", "show", "search"] {
        let out = w.run(&[cmd, "x", "--graph", "bad.json"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("bad.json"), "{}", stderr(&out));
    }
}

#[test]
fn who_lists_every_body_signed_with_in_one_section_whichever_way_the_edge_runs() {
    let w = Workdir::new();
    w.write("in/a.txt", "2024年1月2日，广东省人民医院与珠海市人民政府签署合作框架协议。");
    // 中山… sorts before 广东…: this edge runs the other way.
    w.write("in/b.txt", "2024年3月4日，中山市人民政府与广东省人民医院签订合作协议。");
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let out = stdout(&w.ok(&["who", "广东省人民医院", "--graph", "out/graph.json"]));
    let sections: Vec<&str> = out.split("\n\n").filter(|b| b.starts_with("signed with")).collect();
    assert_eq!(sections.len(), 1, "{out}");
    assert!(sections[0].contains("珠海市人民政府") && sections[0].contains("中山市人民政府"), "{out}");
    // The directory given to build --out names its graph.json too.
    assert_eq!(stdout(&w.ok(&["who", "广东省人民医院", "--graph", "out"])), out);
}

#[test]
fn bodies_named_with_no_place_are_each_announcements_own() {
    let w = Workdir::new();
    w.write("in/a.txt", "县人民医院与甲药业有限公司签约。县人民医院院长张三出席。\n");
    w.write("in/b.txt", "县人民医院与乙科技有限公司签约。县人民医院院长李四出席。\n");
    w.ok(&["build", "in", "--out", "out", "-q"]);
    let g = w.graph("out/graph.json");
    let hospitals: Vec<&Value> =
        g["nodes"].as_array().expect("nodes").iter().filter(|n| n["label"] == "县人民医院").collect();
    // Two counties' hospitals, each named as its announcement names it.
    assert_eq!(hospitals.len(), 2, "{hospitals:?}");
    assert!(hospitals.iter().all(|n| n["aliases"].as_array().is_some_and(|a| a.is_empty())));
    // No path joins the two companies through a hospital they do not share.
    let out = w.ok(&["path", "甲药业有限公司", "乙科技有限公司", "--graph", "out/graph.json"]);
    assert!(stderr(&out).contains("no path between"), "{}", stdout(&out));
    // The name alone is ambiguous; the message tells them apart, and an id picks one.
    let o = w.run(&["who", "县人民医院", "--graph", "out/graph.json"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("in a.txt") && err.contains("in b.txt"), "{err}");
    let id = hospitals.iter().map(|n| n["id"].as_str().expect("id")).find(|id| err.contains(&format!("{id} in a.txt")));
    let out = stdout(&w.ok(&["who", id.expect("a.txt's hospital"), "--graph", "out/graph.json"]));
    assert!(out.contains("张三") && !out.contains("李四"), "{out}");
}
