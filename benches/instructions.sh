#!/usr/bin/env bash
# Counts the instructions (valgrind's callgrind) of a full build of generated
# announcements, for each guanxi binary given: a measure of small changes that
# does not drift with the machine's load the way wall-clock time does.
#
#   bash benches/instructions.sh [DOCS] [BINARY...]
#
# DOCS (default 3000) announcements generated with seed 11; BINARY defaults to
# target/release/guanxi. Keep DOCS at a size whose graph is over 10,000 nodes,
# as a large build's is (no whole-graph DOT is written). Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-3000}
shift || true
[ $# -gt 0 ] || set -- target/release/guanxi
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
WORK=${WORK:-target/instructions}
[ -d "$WORK/corpus-$DOCS" ] || target/release/examples/gen_corpus --docs "$DOCS" --seed 11 --out "$WORK/corpus-$DOCS"
for bin in "$@"; do
  rm -rf "$WORK/out"
  count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" build "$WORK/corpus-$DOCS" \
    --out "$WORK/out" --full --quiet 2>&1 | sed -n 's/.*Collected : //p')
  printf '%-40s %15s instructions\n' "$bin" "$count"
done
