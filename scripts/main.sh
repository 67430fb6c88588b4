#!/usr/bin/env bash
# The main job: installs dependencies, builds mlxla (release preset) and runs it offline.
# The embedded default model (models/demo-q4, trained by tools/demo-model/) is generated from
# when it is in the checkout; until it is committed, the job synthesises a small 4-bit
# Llama-shaped checkpoint (examples/configs/tiny-llama-4bit), inspects it, and runs greedy
# generation on it through the CPU runtime with the weights kept packed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target mlxla_cli -j"$(nproc)"
mlxla=build/release/bin/mlxla

if [[ -d models/demo-q4 ]]; then
  "$mlxla" generate -p "Q: 482+39= A:" -n 8 --temp 0
  exit 0
fi

out=build/release/examples/tiny-llama-4bit
rm -rf "$out"
"$mlxla" synth --config examples/configs/tiny-llama-4bit --out "$out" --seed 1
"$mlxla" inspect -m "$out"
echo "greedy continuation of ids 1,17,42 (random weights, packed 4-bit, cpu runtime):"
"$mlxla" generate -m "$out" --prompt-ids 1,17,42 -n 16
