#!/usr/bin/env bash
# Fuzz ingest, extraction and front-matter parsing with libFuzzer for a given number of seconds.
#   fuzz/run.sh [SECONDS] [JOBS]      (default 600 seconds, 1 job)
# New interesting inputs are added to fuzz/corpus/; crashes are written to fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
jobs="${2:-1}"
swift build -c debug --product FuzzIngest --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library >/dev/null
mkdir -p fuzz/crashes fuzz/work-corpus
cp -n fuzz/corpus/* fuzz/work-corpus/ 2>/dev/null || true
exec .build-fuzz/debug/FuzzIngest fuzz/work-corpus \
  -max_total_time="$seconds" -max_len=65536 -timeout=60 -rss_limit_mb=4096 \
  -jobs="$jobs" -workers="$jobs" -artifact_prefix=fuzz/crashes/ -print_final_stats=1
