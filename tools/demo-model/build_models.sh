#!/bin/sh
# Rebuilds models/demo-q4 from scratch (training writes models/demo-f32, which is not
# committed: 6.4 MB), then the quality figures of docs/QUALITY.md and the e2e test's subset.
# Usage: tools/demo-model/build_models.sh [path/to/mlxla]
# Needs: apt-get install -y python3-torch python3-numpy libopenblas0-pthread
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
mlxla=${1:-$repo/build/release/bin/mlxla}
py=/usr/bin/python3  # Debian's python, where python3-torch lives
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cd "$repo"
time "$py" -u tools/demo-model/train.py --out models/demo-f32
rm -rf models/demo-q4
"$mlxla" quantize --in models/demo-f32 --out models/demo-q4 --bits 4 --group-size 32
"$mlxla" quantize --in models/demo-f32 --out "$scratch/demo-q8" --bits 8 --group-size 32
"$py" -u tools/demo-model/evaluate.py --model f32=models/demo-f32 --model q8="$scratch/demo-q8" \
  --model q4=models/demo-q4 --count 1000 --mlxla "$mlxla" --cli-model q4 --cli-count 60 \
  --write-subset 30 --threads 1
