#!/bin/sh
# Scale benchmark: generate N synthetic articles, ingest them into a fresh store with the
# release build, report wall time, peak memory and cost per article, and the marginal
# cost per article as the store grows (from the stored count, sampled every 15 s).
# usage: scripts/bench-scale.sh N [WORKDIR]   (WORKDIR defaults to out/scale; not for git)
# NEWSDESK=path runs another binary (a copy, so that rebuilding does not disturb a long run).
set -eu
bin=${NEWSDESK:-.build/release/newsdesk}
n=${1:?usage: scripts/bench-scale.sh N [WORKDIR]}
work=${2:-out/scale}
corpus="$work/corpus-$n"
db="$work/store-$n.sqlite"
mkdir -p "$work"
[ -d "$corpus" ] || python3 scripts/generate-corpus.py "$n" "$corpus" --source ../shared/corpus
rm -f "$db" "$db-wal" "$db-shm"
[ -x "$bin" ] || swift build -c release --product newsdesk
/usr/bin/time -f "%e %M %U %S" -o "$work/time-$n" "$bin" ingest --db "$db" "$corpus" > "$work/ingest-$n.log" &
ingest=$!
start=$(date +%s)
: > "$work/growth-$n.tsv"
while kill -0 "$ingest" 2>/dev/null; do
    sleep 15
    count=$(python3 -c "import sqlite3,sys; print(sqlite3.connect('file:$db?mode=ro', uri=True).execute('select count(*) from article').fetchone()[0])" 2>/dev/null || echo "")
    [ -n "$count" ] && printf '%s\t%s\n' "$(( $(date +%s) - start ))" "$count" >> "$work/growth-$n.tsv"
done
status=0
wait "$ingest" || status=$?
# GNU time writes "Command exited with non-zero status N" first when the run failed.
read -r wall peak user system <<EOF
$(tail -n 1 "$work/time-$n")
EOF
[ "$status" -eq 0 ] || echo "ingest exited with status $status; figures below cover what it stored"
tail -2 "$work/ingest-$n.log"
awk -v n="$n" -v w="$wall" -v p="$peak" -v u="$user" -v s="$system" 'BEGIN { printf "%d articles: wall %.1f s, %.0f articles/s, %.2f ms per article, peak memory %.0f MB, CPU %.0f s user + %.0f s system\n", n, w, n / w, 1000 * w / n, p / 1024, u, s }'
# Marginal cost: articles stored per second over the samples around each size.
awk -F'\t' '{ t[NR] = $1; c[NR] = $2 } END {
    split("10000 100000 1000000", sizes, " ")
    for (s = 1; s <= 3; s++) for (i = 2; i <= NR; i++) if (c[i - 1] < sizes[s] && c[i] >= sizes[s]) {
        a = (i > 4 ? i - 4 : 1); rate = (c[i] - c[a]) / (t[i] - t[a])
        if (rate > 0) printf "  near %d stored: %.0f articles/s, %.2f ms per article\n", sizes[s], rate, 1000 / rate
    } }' "$work/growth-$n.tsv"
