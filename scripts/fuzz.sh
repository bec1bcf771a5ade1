#!/usr/bin/env bash
# Fuzzes the dataset loader with libFuzzer (+ ASan, UBSan). Usage: scripts/fuzz.sh [SECONDS]
# (default 600). The test command runs a short pass; run a long one before a release.
# New inputs that grow coverage go to build/fuzz/corpus (not committed); crashes are
# written to build/fuzz/ as crash-* files.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc 2>/dev/null || echo 2)"
mkdir -p build/fuzz/corpus
# Seeds: the shipped datasets and every fixture, valid or not.
cp data/*.json tests/fixtures/*/*.json build/fuzz/corpus/ 2>/dev/null || true
cd build/fuzz
log=fuzz-last-run.log
if ! ./tests/fuzz/fuzz_load -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -dict=../../tests/fuzz/json.dict corpus >"$log" 2>&1; then
  tail -n 60 "$log"
  echo "fuzz: the loader failed on an input; see build/fuzz/crash-* and build/fuzz/$log" >&2
  exit 1
fi
grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb" "$log"
