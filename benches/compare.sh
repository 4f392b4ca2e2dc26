#!/usr/bin/env bash
# Compares guanxi with what a user would pick instead, on the same generated
# data, in one run, and prints each ratio with its two medians:
#   build            vs a Python pass of jieba.cut over the same text
#   who (depth 2)    vs NetworkX: load the node-link JSON, ego_graph(radius=2)
#   path             vs NetworkX: load the node-link JSON, shortest_path
#   export graphml   vs networkx.write_graphml on the same graph
# Whole processes are timed (wall clock), except networkx.write_graphml, which
# is timed alone (its loading is not counted against it). Peak memory (max RSS)
# of the guanxi query processes is printed too.
#
#   bash benches/compare.sh [BUILD_DOCS] [GRAPH_DOCS] [RUNS]
#
# BUILD_DOCS (default 20000) announcements for the build comparison,
# GRAPH_DOCS (default 300000) for the ~1M-node graph the queries run on,
# RUNS (default 5) runs of each guanxi command; the Python side runs RUNS/2
# times (a NetworkX load of a 1M-node graph takes minutes). ONLY=build stops
# after the build comparison (seconds instead of a quarter of an hour).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DOCS=${1:-20000}
GRAPH_DOCS=${2:-300000}
RUNS=${3:-5}
WORK=${WORK:-target/compare}
mkdir -p "$WORK"
python3 -m pip install --quiet jieba networkx >/dev/null
cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
BIN=target/release/guanxi
GEN=target/release/examples/gen_corpus
[ -d "$WORK/build-corpus" ] || $GEN --docs "$BUILD_DOCS" --seed 11 --out "$WORK/build-corpus"
[ "${ONLY:-}" = build ] || [ -d "$WORK/graph-corpus" ] || $GEN --docs "$GRAPH_DOCS" --seed 12 --out "$WORK/graph-corpus"
[ "${ONLY:-}" = build ] || [ -f "$WORK/graph/graph.json" ] || $BIN build "$WORK/graph-corpus" --out "$WORK/graph" --quiet --full

python3 - "$BIN" "$WORK" "$RUNS" "${ONLY:-}" <<'PY'
import json, os, statistics, subprocess, sys, time
bin_, work, runs, only = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
cores = os.cpu_count() or 1

TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None

def run(cmd):
    """Wall time and peak RSS (MB) of one whole process. RSS comes from GNU
    time run around the process (a fork of this Python would otherwise count
    the parent's pages); without /usr/bin/time it is not measured."""
    rss_file = os.path.join(work, "rss.txt")
    full = [TIME, "-f", "%M", "-o", rss_file, *cmd] if TIME else cmd
    t = time.perf_counter()
    p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr.decode()}")
    rss = float(open(rss_file).read().split()[-1]) / 1024 if TIME else float("nan")
    return wall, rss

def median(cmd, n=runs):
    times, rss = [], []
    for _ in range(n):
        w, r = run(cmd)
        times.append(w)
        rss.append(r)
    return statistics.median(times), max(rss)

def row(name, ours, theirs, extra=""):
    print(f"{name:28s} guanxi {ours:9.3f}s   other {theirs:9.3f}s   ratio {theirs / ours:7.1f}x  {extra}")

corpus = os.path.join(work, "build-corpus")
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
# guanxi build (full, all cores) vs a jieba.cut pass over the same files.
build_t, _ = median([bin_, "build", corpus, "--out", os.path.join(work, "build-out"), "--quiet", "--full"], max(3, runs // 2))
jieba_src = f"""
import os, jieba
jieba.initialize()
for d, _, fs in os.walk({corpus!r}):
    for f in fs:
        for _ in jieba.cut(open(os.path.join(d, f), encoding='utf-8').read()):
            pass
"""
other_runs = max(1, runs // 2)
jieba_t, _ = median([sys.executable, "-c", jieba_src], other_runs)
mb = size / 1e6
print(f"corpus: {mb:.1f} MB in {sum(len(fs) for _, _, fs in os.walk(corpus))} files; {cores} cores")
row("build vs jieba.cut", build_t, jieba_t, f"build {mb / build_t:.1f} MB/s = {mb / build_t / cores:.1f} MB/s per core")
if only == "build":
    sys.exit(0)

graph = os.path.join(work, "graph", "graph.json")
meta = json.loads(subprocess.run([bin_, "search", "市", "--json", "--graph", graph], capture_output=True, text=True).stdout or "{}")
start = next((r["label"] for r in meta.get("results", []) if r["kind"] == "organization"), None)
far = json.loads(subprocess.run([bin_, "who", start, "--depth", "4", "--json", "--graph", graph], capture_output=True, text=True).stdout)
people = [c["label"] for c in far["connections"] if c["kind"] == "person"]
target = people[-1]
def node_id(label):
    out = subprocess.run([bin_, "show", label, "--json", "--graph", graph], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["entity"]["id"]
ids = {start: node_id(start), target: node_id(target)}
# graph.json holds one node or edge per line.
counts = {"nodes": 0, "edges": 0}
section = None
with open(graph, encoding="utf-8") as fh:
    for line in fh:
        if line.startswith('"nodes"'):
            section = "nodes"
        elif line.startswith('"edges"'):
            section = "edges"
        elif section and line.startswith("{"):
            counts[section] += 1
print(f"graph: {counts['nodes']} nodes, {counts['edges']} edges; who {start!r}, path {start!r} -> {target!r}")
nx_common = f"""
import json, networkx as nx
g = nx.node_link_graph(json.load(open({graph!r}, encoding='utf-8')), edges='edges')
"""
who_t, who_rss = median([bin_, "who", start, "--depth", "2", "--graph", graph])
nx_who = nx_common + f"e = nx.ego_graph(g, {ids[start]!r}, radius=2, undirected=True)\nprint(len(e))"
nx_who_t, nx_rss = median([sys.executable, "-c", nx_who], other_runs)
row("who --depth 2 vs ego_graph", who_t, nx_who_t, f"peak RSS guanxi {who_rss:.0f} MB, networkx {nx_rss:.0f} MB")
path_t, path_rss = median([bin_, "path", start, target, "--graph", graph])
nx_path = nx_common + f"print(nx.shortest_path(g.to_undirected(as_view=True), {ids[start]!r}, {ids[target]!r}))"
nx_path_t, _ = median([sys.executable, "-c", nx_path], other_runs)
row("path vs shortest_path", path_t, nx_path_t, f"peak RSS guanxi {path_rss:.0f} MB")
out = os.path.join(work, "export.graphml")
exp_t, _ = median([bin_, "export", "--format", "graphml", "-o", out, "--graph", graph], max(3, runs // 2))
nx_exp = nx_common + f"""
import time
# GraphML has no list type: join lists as guanxi does, outside the timing.
for _, d in g.nodes(data=True):
    for k, v in list(d.items()):
        if isinstance(v, list): d[k] = ' | '.join(map(str, v))
        elif v is None: del d[k]
for *_, d in g.edges(data=True, keys=True):
    for k, v in list(d.items()):
        if isinstance(v, list): d[k] = ' | '.join(e['doc'] + ': ' + e['text'] if isinstance(e, dict) else str(e) for e in v)
        elif v is None: del d[k]
for k, v in list(g.graph.items()):
    if not isinstance(v, (str, int, float, bool)): del g.graph[k]
t = time.perf_counter()
nx.write_graphml(g, {out + '.nx'!r})
print(time.perf_counter() - t)
"""
nx_times = [float(subprocess.run([sys.executable, "-c", nx_exp], capture_output=True, text=True, check=True).stdout.split()[-1]) for _ in range(other_runs)]
row("export graphml vs write_graphml", exp_t, statistics.median(nx_times))
PY
