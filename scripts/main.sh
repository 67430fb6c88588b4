#!/usr/bin/env bash
# The main job: installs dependencies, builds mlxla (release preset) and runs it.
# Until the embedded default model lands, it synthesises a small 4-bit Llama-shaped
# checkpoint (examples/configs/tiny-llama-4bit) and inspects it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target mlxla_cli -j"$(nproc)"

out=build/release/examples/tiny-llama-4bit
rm -rf "$out"
build/release/bin/mlxla synth --config examples/configs/tiny-llama-4bit --out "$out" --seed 1
build/release/bin/mlxla inspect -m "$out"
