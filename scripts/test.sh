#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs dependencies, checks the formatting, builds the
# release and the ASan+UBSan presets and runs every ctest label on both (the fuzz targets run
# as seed-replay tests; coverage-guided fuzzing is scripts/fuzz.sh), and checks the exported
# generic StableHLO with mlir-opt-16.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

scripts/install-deps.sh

echo "== formatting"
bash scripts/check-format.sh

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
# The asan preset does not even build them (MLXLA_SLOW_TESTS=OFF).
ctest --preset asan -j"$jobs" -LE slow

echo "test.sh: all suites passed"
