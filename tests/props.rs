//! Property tests: arbitrary bytes and arbitrary Chinese-looking text through
//! decoding, cleaning and extraction never panic, and what the stages promise
//! (same char count in the working form, bounded sentences) holds (issue 5);
//! the binary snapshot round-trips any graph and survives any damage, and the
//! hand-written graph.json records are the bytes serde_json writes (issue 6).

use guanxi::extract::facts::{Evidence, OrgType, Relation};
use guanxi::extract::lexicon::Lexicon;
use guanxi::extract::mentions::Matchers;
use guanxi::extract::{Document, extract_document};
use guanxi::graph::index::{GraphIndex, Lookup, normalise};
use guanxi::graph::json;
use guanxi::graph::model::{Edge, Graph, Node, NodeKind};
use guanxi::graph::snapshot::Snapshot;
use guanxi::query::neighbours::neighbours;
use guanxi::text::clean::{clean, html_to_text};
use guanxi::text::decode::decode;
use guanxi::text::script::{to_simplified, to_working};
use guanxi::text::sentences::{MAX_SENTENCE_CHARS, split};
use proptest::prelude::*;
use std::sync::LazyLock;

static LEX: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::embedded().expect("lexicon"));
static MATCHERS: LazyLock<Matchers> = LazyLock::new(|| Matchers::new(&LEX));

/// Pieces announcements are made of: names, titles, cue words, punctuation,
/// traditional forms, pinyin residue, mojibake and markup.
const PIECES: &[&str] = &[
    "养和医疗集团",
    "養和醫療集團",
    "中国医学科学院肿瘤医院",
    "深圳医院",
    "医院",
    "中心",
    "协会",
    "委员会",
    "卫健委",
    "有限公司",
    "集团",
    "大学",
    "院长",
    "副院长",
    "主任",
    "党委书记",
    "行政总裁",
    "教授",
    "先生",
    "李",
    "王",
    "张",
    "欧阳",
    "维达",
    "绿化",
    "捷",
    "与",
    "和",
    "及",
    "、",
    "，",
    ",",
    "。",
    "(",
    ")",
    "（下称「",
    "」）",
    "签署",
    "签订",
    "战略合作协议",
    "备忘录",
    "见证",
    "主持",
    "由",
    "在",
    "统筹下",
    "旗下成员有",
    "是",
    "之重要成员",
    "成为",
    "会员单位",
    "2025年",
    "12月11日",
    "6月",
    "11日",
    "醫(yī)",
    "??",
    "\u{FFFD}",
    "</span>",
    "<p>",
    "&amp;",
    "\n",
    " ",
    "CACA",
    "Hong Kong",
    "相关推荐",
    "来源:",
    "(以下称为",
    "会见来访的",
    "一行",
    "双方",
    "海关",
    "总工会",
    "年度",
    "处长",
    "去年",
    "共建",
    "人民政府",
    "主持工作",
    "《",
    "》",
    "“",
    "”",
];

/// Characters fast2s folds by their neighbours, those neighbours in its
/// exception words (乾隆, 答覆, 看著 ...), traditional and simplified forms,
/// and other scripts.
const SCRIPT_CHARS: &[char] = &[
    '兒', '寬', '覆', '答', '批', '回', '夥', '甚', '藉', '慰', '狼', '口', '憑', '瞭', '望', '麽', '幺', '於', '樊',
    '乾', '阪', '隆', '坤', '卦', '著', '看', '苧', '麻', '闔', '家', '鍾', '書', '讎', '校', '定', '仇', '畫', '計',
    '企', '醫', '医', '院', '養', '和', '0', 'a', ' ', '，', '（', '😀',
];

fn chinese_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

/// What fast2s gives, char for char, but the chars guanxi keeps as written
/// (谢乾程: a name's char, not 干; 大阪, not 大坂).
fn fast2s_but_qian(text: &str) -> String {
    text.chars()
        .zip(fast2s::convert(text).chars())
        .map(|(c, f)| if guanxi::text::script::KEPT.contains(&c) { c } else { f })
        .collect()
}

fn extract(text: &str) {
    let cleaned = clean(text, &LEX.furniture);
    let doc = Document { id: "p".into(), text: cleaned, date: None };
    let _ = extract_document(&doc, &LEX, &MATCHERS);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = decode(&bytes);
    }

    #[test]
    fn decoding_utf8_text_gives_it_back(text in "\\PC{0,200}") {
        if !text.contains('\0')
            && !text.starts_with('\u{feff}')
            && let Ok((back, _)) = decode(text.as_bytes())
        {
            prop_assert_eq!(back, text);
        }
    }

    #[test]
    fn html_and_clean_never_panic(text in "\\PC{0,400}") {
        let t = html_to_text(&text);
        let _ = clean(&t, &LEX.furniture);
    }

    #[test]
    fn simplified_form_is_fast2s_with_exception_words(v in prop::collection::vec(prop::sample::select(SCRIPT_CHARS), 0..40)) {
        let text: String = v.into_iter().collect();
        prop_assert_eq!(to_simplified(&text), fast2s_but_qian(&text));
    }

    #[test]
    fn simplified_form_is_fast2s_on_any_text(text in "\\PC{0,200}") {
        prop_assert_eq!(to_simplified(&text), fast2s_but_qian(&text));
    }

    #[test]
    fn working_form_keeps_char_count(text in "\\PC{0,300}") {
        prop_assert_eq!(to_working(&text).chars().count(), text.chars().count());
    }

    #[test]
    fn sentences_are_bounded_and_lose_no_text(text in chinese_text()) {
        for s in split(&text) {
            prop_assert!(s.original.chars().count() <= MAX_SENTENCE_CHARS);
            prop_assert_eq!(s.original.chars().count(), s.working.chars().count());
        }
    }

    #[test]
    fn extraction_never_panics_on_arbitrary_text(text in "\\PC{0,400}") {
        extract(&text);
    }

    #[test]
    fn extraction_never_panics_on_announcement_like_text(text in chinese_text()) {
        extract(&text);
    }

    #[test]
    fn extracted_names_are_clean(text in chinese_text()) {
        let cleaned = clean(&text, &LEX.furniture);
        let doc = Document { id: "p".into(), text: cleaned, date: None };
        let facts = extract_document(&doc, &LEX, &MATCHERS);
        for o in &facts.orgs {
            prop_assert!(!o.name.contains(['?', '\u{FFFD}', '<', '>', '(']), "{}", o.name);
        }
        for p in &facts.persons {
            prop_assert!((2..=4).contains(&p.name.chars().count()), "{}", p.name);
        }
    }
}

/// A small graph of arbitrary names (any Unicode) with edges between them.
fn any_graph() -> impl Strategy<Value = Graph> {
    let names = prop::collection::btree_set("\\PC{1,12}", 1..12);
    (names, prop::collection::vec((0usize..12, 0usize..12, 0usize..11, "\\PC{0,40}"), 0..30)).prop_map(
        |(names, edges)| {
            let mut g = Graph::empty();
            let names: Vec<String> = names.into_iter().collect();
            for (i, name) in names.iter().enumerate() {
                g.nodes.push(Node {
                    id: format!("org:{name}"),
                    label: name.clone(),
                    kind: [NodeKind::Organization, NodeKind::Person, NodeKind::Agreement][i % 3],
                    org_type: None,
                    aliases: vec![format!("{name}{i}")],
                    titles: vec![],
                    title: None,
                    date: None,
                    documents: vec!["d.txt".into()],
                    evidence: vec![],
                });
            }
            for (s, t, r, text) in edges {
                g.edges.push(Edge {
                    source: g.nodes[s % names.len()].id.clone(),
                    target: g.nodes[t % names.len()].id.clone(),
                    key: 0,
                    relation: Relation::ALL[r],
                    title: None,
                    date: None,
                    weight: 1.0,
                    evidence: vec![Evidence { doc: "d.txt".into(), text: text.into() }],
                });
            }
            g.normalise();
            g
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The snapshot gives back the graph it was made from, and every name of
    /// every node finds that node.
    #[test]
    fn snapshot_round_trips_any_graph(g in any_graph()) {
        let bytes = Snapshot::encode_graph(&g).unwrap();
        let snap = Snapshot::from_bytes(bytes).unwrap();
        prop_assert_eq!(&snap.to_graph(), &g);
        let index = GraphIndex::new(&g);
        for (i, n) in g.nodes.iter().enumerate() {
            match index.resolve(&n.label) {
                Lookup::Found(f) => prop_assert_eq!(f, i),
                Lookup::Ambiguous(v) => prop_assert!(v.contains(&i)),
                Lookup::Unknown(_) => prop_assert!(normalise(&n.label).is_empty()),
            }
        }
    }

    /// Arbitrary damage to a snapshot's bytes is refused or read without a
    /// panic, whatever a query then asks of it.
    #[test]
    fn damaged_snapshots_never_panic(g in any_graph(), hits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..40)) {
        let mut bytes = Snapshot::encode_graph(&g).unwrap();
        let len = bytes.len();
        for (at, value) in hits {
            bytes[at.index(len)] = value;
        }
        if let Some(snap) = Snapshot::from_bytes(bytes) {
            let _ = snap.to_graph();
            let index = GraphIndex::from_snapshot(snap);
            for i in 0..index.node_count() {
                let _ = neighbours(&index, i, 3, &[]);
                let _ = index.resolve(index.label(i));
            }
        }
    }
}

/// Any string at all: quotes, backslashes, control characters, any script.
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec![
                '"', '\\', '\n', '\r', '\t', '\u{8}', '\u{c}', '\u{1}', '\u{1f}', '\u{7f}', '医'
            ])
        ],
        0..24,
    )
    .prop_map(String::from_iter)
}

fn any_evidence() -> impl Strategy<Value = Vec<Evidence>> {
    prop::collection::vec((any_text(), any_text()), 0..3)
        .prop_map(|v| v.into_iter().map(|(d, t)| Evidence { doc: d.into(), text: t.into() }).collect())
}

/// A node with every optional field present or absent.
fn any_node() -> impl Strategy<Value = Node> {
    (
        (any_text(), any_text(), 0usize..3, prop::option::of(0usize..OrgType::ALL.len())),
        (prop::collection::vec(any_text(), 0..3), prop::collection::vec(any_text(), 0..3)),
        (prop::option::of(any_text()), prop::option::of(any_text())),
        (prop::collection::vec(any_text(), 0..3), any_evidence()),
    )
        .prop_map(|((id, label, kind, org_type), (aliases, titles), (title, date), (documents, evidence))| Node {
            id,
            label,
            kind: [NodeKind::Organization, NodeKind::Person, NodeKind::Agreement][kind],
            org_type: org_type.map(|t| OrgType::ALL[t]),
            aliases,
            titles,
            title,
            date,
            documents,
            evidence,
        })
}

/// An edge with every optional field present or absent, any finite weight.
fn any_edge() -> impl Strategy<Value = Edge> {
    (
        (any_text(), any_text(), any::<u32>(), 0usize..Relation::ALL.len()),
        (prop::option::of(any_text()), prop::option::of(any_text())),
        (prop::num::f64::NORMAL | prop::num::f64::ZERO | prop::num::f64::SUBNORMAL, any_evidence()),
    )
        .prop_map(|((source, target, key, r), (title, date), (weight, evidence))| Edge {
            source,
            target,
            key,
            relation: Relation::ALL[r],
            title,
            date,
            weight,
            evidence,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn node_records_are_what_serde_json_writes(n in any_node()) {
        let mut mine = Vec::new();
        json::node(&mut mine, &n);
        prop_assert_eq!(String::from_utf8(mine).unwrap(), serde_json::to_string(&n).unwrap());
    }

    #[test]
    fn edge_records_are_what_serde_json_writes(e in any_edge()) {
        let mut mine = Vec::new();
        json::edge(&mut mine, &e).unwrap();
        prop_assert_eq!(String::from_utf8(mine).unwrap(), serde_json::to_string(&e).unwrap());
    }
}
