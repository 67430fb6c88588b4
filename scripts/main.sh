#!/usr/bin/env bash
# The main job: installs dependencies, builds mlxla (release preset) and runs it offline.
# The embedded default model (models/demo-q4: 1.66M parameters, MLX 4-bit, trained by
# tools/demo-model/) answers a sum it never saw in training, working it column by column,
# greedy, offline, through the CPU runtime with the weights kept packed. A checkout without the
# model (e.g. a trimmed copy) falls back to a synthesised 4-bit checkpoint with random weights.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target mlxla_cli -j"$(nproc)"
mlxla=build/release/bin/mlxla

if [[ -d models/demo-q4 ]]; then
  echo "mlxla generate -p \"Q: 482+319= A:\" --temp 0"
  "$mlxla" generate -p "Q: 482+319= A:" --temp 0
  exit 0
fi

out=build/release/examples/tiny-llama-4bit
rm -rf "$out"
"$mlxla" synth --config examples/configs/tiny-llama-4bit --out "$out" --seed 1
"$mlxla" inspect -m "$out"
echo "greedy continuation of ids 1,17,42 (random weights, packed 4-bit, cpu runtime):"
"$mlxla" generate -m "$out" --prompt-ids 1,17,42 -n 16
