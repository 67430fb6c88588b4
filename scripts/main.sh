#!/usr/bin/env bash
# The main job: installs dependencies, builds mlxla (release preset) and runs it offline.
# The embedded default model (models/demo-q4: 1.66M parameters, MLX 4-bit, trained by
# tools/demo-model/) answers a sum it never saw in training, working it column by column,
# greedy, offline, through the CPU runtime with the weights kept packed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target mlxla_cli -j"$(nproc)"
mlxla=build/release/bin/mlxla

echo "mlxla generate -p \"Q: 482+319= A:\" --temp 0"
"$mlxla" generate -p "Q: 482+319= A:" --temp 0
