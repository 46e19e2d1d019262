#!/usr/bin/env bash
# Extraction benchmark: quality on the two shared benchmarks, and speed on one
# core side by side with trafilatura in the same run (pages held in memory,
# only extraction timed). Results go to out/bench/; copy the numbers into
# BENCHMARKS.md with the date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BIN=.build/release/newsdesk
OUT=out/bench
mkdir -p "$OUT"
[ -d "$SHARED/bench" ] || { echo "bench: $SHARED/bench not found, nothing to measure"; exit 0; }
one_core() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
echo "== Zyte article-extraction benchmark (181 pages)"
one_core "$BIN" benchmark --key stem --repeats 5 --output "$OUT/zyte.json" "$SHARED/bench/extraction/html"
python3 "$SHARED/bench/tools/extraction_score.py" "$OUT/zyte.json" --quiet || true

echo "== multilingual snippet benchmark (990 pages)"
one_core "$BIN" benchmark --key file --repeats 1 --output "$OUT/multilingual.json" "$SHARED/bench/extraction-multilingual/html"
# exit 2 = a page missing: the one empty (0-byte) page has no article to write
python3 "$SHARED/bench/tools/snippet_score.py" "$OUT/multilingual.json" --quiet || true

echo "== trafilatura on the same 181 pages, same core, same run"
if [ ! -x "$OUT/venv/bin/python" ]; then
  python3 -m venv "$OUT/venv" && "$OUT/venv/bin/pip" install -q trafilatura lxml_html_clean
fi
one_core "$OUT/venv/bin/python" "$SHARED/bench/tools/extraction_baselines.py" "$SHARED/bench/extraction" "$OUT/peers" trafilatura
