//! Stage benchmarks on the seed corpus: decode+clean, extract, resolve, the
//! exports and the snapshot (bytes/s of input text), and a query on the
//! snapshot. `cargo bench --bench pipeline`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use guanxi::export::dot::to_dot;
use guanxi::export::graphml::to_graphml;
use guanxi::extract::lexicon::Lexicon;
use guanxi::extract::mentions::Matchers;
use guanxi::extract::{Document, extract_document};
use guanxi::graph::index::{GraphIndex, Lookup};
use guanxi::graph::resolve::resolve;
use guanxi::graph::store::to_json;
use guanxi::query::neighbours::neighbours;
use guanxi::text::clean::clean;
use guanxi::text::decode::decode;
use std::hint::black_box;
use std::path::Path;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/announcements");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("corpus").filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap())).collect()
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::embedded().expect("lexicon");
    let m = Matchers::new(&lex);
    let files = corpus();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let docs: Vec<Document> = files
        .iter()
        .map(|(id, b)| Document { id: id.clone(), text: clean(&decode(b).unwrap().0, &lex.furniture), date: None })
        .collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("decode+clean", |b| {
        b.iter(|| {
            files.iter().map(|(_, raw)| clean(&decode(black_box(raw)).unwrap().0, &lex.furniture).len()).sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| docs.iter().map(|d| extract_document(black_box(d), &lex, &m).roles.len()).sum::<usize>())
    });
    let facts: Vec<_> = docs.iter().map(|d| extract_document(d, &lex, &m)).collect();
    g.bench_function("resolve", |b| b.iter(|| resolve(black_box(&facts), Vec::new(), &lex)));
    let graph = resolve(&facts, Vec::new(), &lex);
    g.bench_function("export json", |b| b.iter(|| to_json(black_box(&graph)).len()));
    g.bench_function("export graphml", |b| b.iter(|| to_graphml(black_box(&graph)).len()));
    g.bench_function("export dot", |b| b.iter(|| to_dot(black_box(&graph), "g", None).len()));
    g.bench_function("snapshot", |b| b.iter(|| GraphIndex::new(black_box(&graph)).node_count()));
    g.finish();

    // Queries on the snapshot of the seed graph: name lookup, then who --depth 2.
    let index = GraphIndex::new(&graph);
    let Lookup::Found(center) = index.resolve("國家癌症中心") else {
        panic!("seed graph lacks 国家癌症中心")
    };
    assert!(neighbours(&index, center, 2, &[]).len() >= 5);
    let mut q = c.benchmark_group("queries");
    q.bench_function("resolve name + who depth 2", |b| {
        b.iter(|| match index.resolve(black_box("國家癌症中心")) {
            Lookup::Found(n) => neighbours(&index, n, 2, &[]).len(),
            _ => 0,
        })
    });
    q.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
