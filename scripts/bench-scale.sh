#!/bin/sh
# Scale benchmark: generate N synthetic articles, ingest them into a fresh store with the
# release build, report wall time, peak memory and cost per article.
# usage: scripts/bench-scale.sh N [WORKDIR]   (WORKDIR defaults to out/scale; not for git)
set -eu
n=${1:?usage: scripts/bench-scale.sh N [WORKDIR]}
work=${2:-out/scale}
corpus="$work/corpus-$n"
db="$work/store-$n.sqlite"
[ -d "$corpus" ] || python3 scripts/generate-corpus.py "$n" "$corpus" --source ../shared/corpus
rm -f "$db" "$db-wal" "$db-shm"
[ -x .build/release/newsdesk ] || swift build -c release
/usr/bin/time -f "%e %M" -o "$work/time-$n" .build/release/newsdesk ingest --db "$db" "$corpus" > "$work/ingest-$n.log"
read -r wall peak < "$work/time-$n"
tail -2 "$work/ingest-$n.log"
awk -v n="$n" -v w="$wall" -v p="$peak" 'BEGIN { printf "%d articles: wall %.1f s, %.0f articles/s, %.2f ms per article, peak memory %.0f MB\n", n, w, n / w, 1000 * w / n, p / 1024 }'
