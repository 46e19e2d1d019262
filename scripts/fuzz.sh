#!/usr/bin/env bash
# Fuzzes the HTML and text cleaners with libFuzzer (Swift's -sanitize=fuzzer,
# with AddressSanitizer). Seeds: the bundled examples. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-120}
swift build -c release --product FuzzCleaners -Xswiftc -sanitize=fuzzer,address
mkdir -p corpus/seeds corpus/found
find ../examples ../Tests/NewsdeskTests/Fixtures/extraction -type f \( -name '*.html' -o -name '*.txt' \) -exec cp {} corpus/seeds/ \;
.build/release/FuzzCleaners corpus/found corpus/seeds -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -20
