#!/bin/sh
# Cross-lingual benchmark: every other dev article of each event rewritten into an invented
# language (scripts/pseudo-translate.py: Latin letters, then Cyrillic with transliterated, declined
# names), ingested in file order and in four shuffled orders, scored with cluster_score.py.
# usage: scripts/bench-crosslingual.sh [WORKDIR]   (WORKDIR defaults to out/crosslingual; not for git)
set -eu
bin=${NEWSDESK:-.build/release/newsdesk}
shared=${SHARED:-../shared}
work=${1:-out/crosslingual}
[ -d "$shared/corpus/dev" ] || { echo "bench-crosslingual: $shared/corpus/dev not found: skipped"; exit 0; }
# The run empties folders under WORKDIR: never let that be the shared corpora.
case "$(realpath -m "$work")/" in "$(realpath -m "$shared")"/*) echo "bench-crosslingual: WORKDIR must lie outside $shared"; exit 1;; esac
mkdir -p "$work"
for script in latin cyrillic; do
    corpus="$work/$script"
    rm -rf "$corpus"
    python3 scripts/pseudo-translate.py --script "$script" "$shared/corpus/dev" "$shared/corpus/dev/labels.tsv" "$corpus"
    for seed in 0 1 2 3 4; do
        db="$work/$script-$seed.sqlite"
        rm -f "$db" "$db-wal" "$db-shm"
        # File order, then random.Random(seed).shuffle of the sorted names.
        python3 -c "
import os, random, sys
names = sorted(f for f in os.listdir(sys.argv[1]) if f.endswith('.txt'))
if int(sys.argv[2]): random.Random(int(sys.argv[2])).shuffle(names)
print('\n'.join(os.path.join(sys.argv[1], n) for n in names))" "$corpus" "$seed" > "$work/files"
        tr '\n' '\0' < "$work/files" | xargs -0 "$bin" ingest --db "$db" > /dev/null
        "$bin" export --db "$db" > "$work/$script-$seed.jsonl"
        events=$(python3 "$shared/bench/tools/cluster_score.py" "$corpus/labels.tsv" "$work/$script-$seed.jsonl" --level event | grep B-cubed)
        stories=$(python3 "$shared/bench/tools/cluster_score.py" "$corpus/labels.tsv" "$work/$script-$seed.jsonl" --level story | grep B-cubed)
        echo "$script order $seed: events $events; stories $stories"
    done | tee "$work/$script.txt"
    # Means over the five orders (the F1 that ends each B-cubed line).
    awk -v s="$script" '{ split($0, parts, "F1="); e = parts[2] + 0; t = parts[3] + 0; se += e; st += t; n++
        if (min == "" || e < min) min = e } END { printf "%s: events B-cubed F1 mean %.3f (min %.3f), stories mean %.3f\n", s, se / n, min, st / n }' "$work/$script.txt"
done
