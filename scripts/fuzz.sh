#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (clang `fuzz` preset): each fuzz/*_fuzz.cpp target runs
# for MLXLA_FUZZ_SECONDS (default 60) over its corpus (build/fuzz/corpus/NAME, kept between
# runs) and fuzz/seeds. The test suite replays the seeds and fixed mutations of them instead
# (ctest *_fuzz_replay); this script is for longer sessions of real fuzzing.
#   bash scripts/fuzz.sh [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${MLXLA_FUZZ_SECONDS:-60}
scripts/install-deps.sh --clang
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target mlxla_fuzzers
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in build/fuzz/fuzz/*_fuzz; do [[ -x $f ]] && targets+=("$(basename "$f")"); done
fi
for name in "${targets[@]}"; do
  f=build/fuzz/fuzz/$name
  [[ -x $f ]] || { echo "fuzz.sh: no target $name" >&2; exit 2; }
  corpus="build/fuzz/corpus/$name"
  mkdir -p "$corpus"
  seeds="fuzz/seeds/${name%_fuzz}"
  [[ -d $seeds ]] || seeds=""
  echo "-- $name (${seconds} s)"
  "$f" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 "$corpus" $seeds 2>&1 | tail -n 12
done
