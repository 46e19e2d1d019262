#!/bin/sh
# Arrival-order benchmark: ingests a labelled corpus in file order and in shuffled orders (one
# `ingest` call per order, files in the order of Python's random.Random(seed).shuffle of the sorted
# names), scores events and stories with cluster_score.py and prints each order, then the means and
# minimums. Online clustering should depend little on the order in which articles arrive.
# usage: scripts/bench-orders.sh [CORPUS [ORDERS [WORKDIR]]]
#   CORPUS  a folder of .txt/.html articles with labels.tsv (default ../shared/corpus/dev)
#   ORDERS  the number of orders, file order first (default 9: seeds 0-8)
#   WORKDIR scratch space, not for git (default out/orders)
set -eu
bin=${NEWSDESK:-.build/release/newsdesk}
shared=${SHARED:-../shared}
corpus=${1:-$shared/corpus/dev}
orders=${2:-9}
work=${3:-out/orders}
[ -f "$corpus/labels.tsv" ] || { echo "bench-orders: $corpus/labels.tsv not found: skipped"; exit 0; }
[ -x "$bin" ] || { echo "bench-orders: $bin not built (make build)"; exit 1; }
mkdir -p "$work"
seed=0
while [ "$seed" -lt "$orders" ]; do
    db="$work/order-$seed.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    python3 -c "
import os, random, sys
names = sorted(f for f in os.listdir(sys.argv[1]) if f.endswith(('.txt', '.html', '.htm')))
if int(sys.argv[2]): random.Random(int(sys.argv[2])).shuffle(names)
print('\n'.join(os.path.join(sys.argv[1], n) for n in names))" "$corpus" "$seed" > "$work/files"
    tr '\n' '\0' < "$work/files" | xargs -0 "$bin" ingest --db "$db" > /dev/null
    "$bin" export --db "$db" > "$work/order-$seed.jsonl"
    "$bin" stories --db "$db" --json > "$work/stories-$seed.json"
    events=$(python3 "$shared/bench/tools/cluster_score.py" "$corpus/labels.tsv" "$work/order-$seed.jsonl" --level event | grep B-cubed)
    stories=$(python3 "$shared/bench/tools/cluster_score.py" "$corpus/labels.tsv" "$work/order-$seed.jsonl" --level story | grep B-cubed)
    # Event days against the labels' event_date, and whether each story's dated events run in the labels' order.
    timeline=$(python3 - "$corpus/labels.tsv" "$work/order-$seed.jsonl" "$work/stories-$seed.json" <<'EOF'
import csv, json, os, sys
from collections import Counter
gold = {r["file"]: r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t")}
rows = [json.loads(line) for line in open(sys.argv[2])]
# A story's timeline is in order when its events, as listed, carry the labels' event days
# (each event's most common labelled day) in non-decreasing order, dated or not.
ordered = 0
stories = json.load(open(sys.argv[3]))
for story in stories:
    days = []
    for event in story["events"]:
        labelled = [gold[n]["event_date"] for n in (os.path.basename(a["source_path"]) for a in event["articles"])
                    if n in gold and gold[n].get("event_date")]
        if labelled: days.append(Counter(labelled).most_common(1)[0][0])
    ordered += days == sorted(days)
right = undated = wrong = 0
for r in rows:
    g = gold.get(os.path.basename(r["source_path"]))
    if not g or not g.get("event_date"): continue
    if not r.get("event_date"): undated += 1
    elif r["event_date"] == g["event_date"]: right += 1
    else: wrong += 1
print(f"dates right {right}, undated {undated}, wrong {wrong}; timelines in order {ordered} of {len(stories)}")
EOF
)
    echo "order $seed: events $events; stories $stories; $timeline"
    seed=$((seed + 1))
done | tee "$work/orders.txt"
awk '{ split($0, parts, "F1="); e = parts[2] + 0; t = parts[3] + 0; se += e; st += t; n++
    if (emin == "" || e < emin) emin = e; if (smin == "" || t < smin) smin = t }
    END { printf "orders: %d; events B-cubed F1 mean %.3f (min %.3f); stories mean %.3f (min %.3f)\n", n, se / n, emin, st / n, smin }' "$work/orders.txt"
