#!/usr/bin/env bash
# Figures of the Vulkan backend (and of XLA on the same graph) on a machine with a GPU, printed
# as ONE JSON line on stdout (progress on stderr). Run from the repository root. The model is
# `mlxla synth` of ../shared/configs/llama-3.2-1b-instruct-4bit when present (MLXLA_SHARED_DIR,
# GPU_CHECK_CONFIG), else of the same published Llama-3.2-1B config written here.
# A machine without a compiler: build here and carry the build folder, then
#   GPU_CHECK_SKIP_BUILD=1 GPU_CHECK_BUILD=build/release bash scripts/gpu-check.sh
#
#   bash scripts/gpu-check.sh            # build, tests, bench, XLA loop
#   GPU_CHECK_SKIP_BUILD=1 GPU_CHECK_BUILD=build/release bash scripts/gpu-check.sh
#
# Steps (each one's outcome lands in the JSON; a failing step does not stop the others):
#  1. release build with MLXLA_VULKAN=ON (build/gpu-check, ccache when installed);
#  2. the Vulkan ctests (vulkan_backend_test, vulkan_model_test, backend_invariants_test,
#     backend_sampling_test) under the validation layer when it is installed (the JSON says
#     whether it was, and how many cases skipped: a skipped case is not a pass);
#  3. `mlxla synth` of llama-3.2-1b-instruct-4bit at 4 bits (random weights, the real shapes);
#  4. `mlxla bench --backend vulkan --device $GPU_CHECK_DEVICE --json` on it, under the exact
#     policy and under --policy fast (int8 activations; its report compares the two policies on
#     the device: max logit error, greedy agreement, decode tok/s of each);
#  5. the same greedy ids on cpu and vulkan with --dump-logits: max |logit difference| (0 when
#     bitwise, the exact policy's contract) and whether the ids agree;
#  6. the OpenXLA loop: `mlxla export --graph decode --logits --weights` (packed, f32), then
#     scripts/xla_decode.py compiles module.mlir with the JAX of this machine's python3, feeds
#     the weights, decodes the same ids and compares logits with the CPU's: tolerance (XLA sums
#     in its own order), greedy agreement, decode tok/s. Without JAX the JSON says so.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
BUILD=${GPU_CHECK_BUILD:-build/gpu-check}
SHARED=${MLXLA_SHARED_DIR:-$ROOT/../shared}
CONFIG=${GPU_CHECK_CONFIG:-$SHARED/configs/llama-3.2-1b-instruct-4bit}
WORK=${GPU_CHECK_WORK:-$(mktemp -d /tmp/mlxla-gpu-check.XXXXXX)}
PROMPT=${GPU_CHECK_PROMPT:-1,450,4996,315,9822,374}
STEPS=${GPU_CHECK_STEPS:-32}
CAPACITY=${GPU_CHECK_CAPACITY:-256}
JOBS=${GPU_CHECK_JOBS:-$(nproc)}
# Extra bench flags, e.g. "--prefill-lengths 16 --decode-tokens 8 --runs 1" for a quick look.
read -r -a BENCH_ARGS <<<"${GPU_CHECK_BENCH_ARGS:-}"
MLXLA="$BUILD/bin/mlxla"
mkdir -p "$WORK"
log() { echo "gpu-check: $*" >&2; }
# Llama-3.2-1B's published config (meta-llama/Llama-3.2-1B-Instruct), when ../shared is absent.
if [ ! -f "$CONFIG/config.json" ] && [ ! -f "$CONFIG" ]; then
  CONFIG="$WORK/llama-3.2-1b-config"
  mkdir -p "$CONFIG"
  cat >"$CONFIG/config.json" <<'JSON'
{"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 2048,
 "intermediate_size": 8192, "num_hidden_layers": 16, "num_attention_heads": 32,
 "num_key_value_heads": 8, "head_dim": 64, "vocab_size": 128256, "rms_norm_eps": 1e-05,
 "rope_theta": 500000.0, "max_position_embeddings": 131072, "tie_word_embeddings": true,
 "rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0,
                  "original_max_position_embeddings": 8192, "rope_type": "llama3"},
 "hidden_act": "silu", "attention_bias": false, "mlp_bias": false, "bos_token_id": 128000,
 "eos_token_id": [128001, 128008, 128009], "torch_dtype": "bfloat16"}
JSON
fi
# The NVIDIA driver's ICD where the machine keeps it outside the loader's default paths, so the
# GPU (not a CPU implementation such as llvmpipe) is what the loader offers.
if [ -z "${VK_DRIVER_FILES:-}${VK_ICD_FILENAMES:-}" ] &&
  [ -f /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ]; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
fi
# The Khronos validation layer, when installed: without it the tests would skip, not pass.
VALIDATION=0
for d in ${VK_LAYER_PATH:+${VK_LAYER_PATH//:/ }} /usr/share/vulkan/explicit_layer.d /etc/vulkan/explicit_layer.d \
  /usr/local/share/vulkan/explicit_layer.d; do
  if [ -f "$d/VkLayer_khronos_validation.json" ]; then VALIDATION=1; fi
done
export MLXLA_VULKAN_VALIDATION=${MLXLA_VULKAN_VALIDATION:-$VALIDATION}
echo "$MLXLA_VULKAN_VALIDATION" >"$WORK/validation.txt"
# status NAME RC: records a step's exit code for the JSON.
STATUS_FILE="$WORK/status.txt"
: >"$STATUS_FILE"
status() { echo "$1 $2" >>"$STATUS_FILE"; }

# 1. Build.
if [ "${GPU_CHECK_SKIP_BUILD:-0}" != 1 ]; then
  log "building $BUILD (release, MLXLA_VULKAN=ON)"
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  generator=()
  if command -v ninja >/dev/null; then generator=(-G Ninja); fi
  cmake -S . -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DMLXLA_VULKAN=ON \
    -DMLXLA_SHARED_DIR="$SHARED" "${launcher[@]}" >"$WORK/configure.log" 2>&1 &&
    cmake --build "$BUILD" -j"$JOBS" >"$WORK/build.log" 2>&1
  status build $?
fi
if [ ! -x "$MLXLA" ]; then
  log "no $MLXLA: the build failed (see $WORK/build.log)"
fi

# 2. Vulkan tests (GPU_CHECK_SKIP_TESTS=1 skips them).
if [ "${GPU_CHECK_SKIP_TESTS:-0}" != 1 ]; then
  log "Vulkan ctests"
  ctest --test-dir "$BUILD" -R 'vulkan|backend_invariants|backend_sampling' -V \
    >"$WORK/ctest.log" 2>&1
  status ctest $?
fi

# Devices as mlxla sees them.
"$MLXLA" inspect --devices --json >"$WORK/devices.json" 2>"$WORK/devices.err"
status devices $?
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader \
  >"$WORK/nvidia-smi.txt" 2>/dev/null
status nvidia_smi $?
ldd --version 2>/dev/null | head -1 >"$WORK/libc.txt"
# The device: GPU_CHECK_DEVICE, else the first discrete GPU mlxla lists, else 0.
DEVICE=${GPU_CHECK_DEVICE:-$(python3 -c '
import json, sys
try:
    devices = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    devices = []
print(next((d["index"] for d in devices if d.get("type") == "discrete"), 0))' "$WORK/devices.json")}
echo "$DEVICE" >"$WORK/device.txt"

# 3. Synthetic 1B checkpoint, 4 bits.
MODEL="$WORK/llama-1b-q4"
log "synth $CONFIG -> $MODEL"
"$MLXLA" synth --config "$CONFIG" --out "$MODEL" --bits 4 >"$WORK/synth.log" 2>&1
status synth $?

# 4. Bench on the device, exact then fast.
# (The CLI's default policy is fast: the exact run names its policy.)
log "bench --backend vulkan --device $DEVICE --policy exact"
"$MLXLA" bench -m "$MODEL" --backend vulkan --device "$DEVICE" --policy exact --json \
  "${BENCH_ARGS[@]}" >"$WORK/bench_vulkan.json" 2>"$WORK/bench_vulkan.err"
status bench_vulkan $?
log "bench --backend vulkan --device $DEVICE --policy fast"
"$MLXLA" bench -m "$MODEL" --backend vulkan --device "$DEVICE" --policy fast --json \
  "${BENCH_ARGS[@]}" >"$WORK/bench_vulkan_fast.json" 2>"$WORK/bench_vulkan_fast.err"
status bench_vulkan_fast $?

# 5. cpu vs vulkan logits over the same greedy steps, under exact (bitwise is its contract; the
# fast policies of the two backends round differently).
for backend in cpu vulkan; do
  log "generate --backend $backend --policy exact --temp 0 --dump-logits"
  "$MLXLA" generate -m "$MODEL" --prompt-ids "$PROMPT" -n "$STEPS" --capacity "$CAPACITY" \
    --backend "$backend" --device "$DEVICE" --policy exact --temp 0 \
    --dump-logits "$WORK/logits_$backend.json" \
    >"$WORK/generate_$backend.txt" 2>"$WORK/generate_$backend.err"
  status "generate_$backend" $?
done

# 6. OpenXLA: export the decode graph with its weights, run it with JAX.
log "export decode (packed, f32) with weights"
"$MLXLA" export -m "$MODEL" --graph decode --residency packed --precision f32 \
  --capacity "$CAPACITY" --logits --weights --out "$WORK/export" >"$WORK/export.log" 2>&1
status export $?
log "XLA decode (python3 scripts/xla_decode.py)"
python3 scripts/xla_decode.py "$WORK/export" --prompt-ids "$PROMPT" \
  --reference "$WORK/logits_cpu.json" --out "$WORK/xla.json" >"$WORK/xla.log" 2>&1
status xla $?

# One JSON line from the pieces (python3's standard library only).
python3 - "$WORK" <<'EOF'
import json, math, os, re, sys
work = sys.argv[1]
def read(name):
    try:
        with open(os.path.join(work, name)) as f:
            return f.read()
    except OSError:
        return None
def load(name):
    text = read(name)
    try:
        return json.loads(text) if text else None
    except ValueError:
        return {"unparsed": text[-400:]}
out = {"work_dir": work, "steps": {}}
for line in (read("status.txt") or "").splitlines():
    name, rc = line.split()
    out["steps"][name] = int(rc)
gpu = (read("nvidia-smi.txt") or "").strip()
out["gpu"] = gpu or None
out["devices"] = load("devices.json")
ctest = read("ctest.log")
m = re.search(r"(\d+)% tests passed, (\d+) tests failed out of (\d+)", ctest or "")
out["ctest"] = ({"failed": int(m.group(2)), "total": int(m.group(3)),
                 "skipped_cases": len(re.findall(r"\[  SKIPPED \] \S+ \(\d+ ms\)", ctest or "")),
                 "passed_cases": sum(int(n) for n in re.findall(r"\[  PASSED  \] (\d+) test",
                                                                ctest or ""))} if m else
                {"error": (ctest or "skipped")[-400:]})
out["validation_layer"] = (read("validation.txt") or "").strip() == "1"
out["device_index"] = (read("device.txt") or "").strip() or None
out["libc"] = (read("libc.txt") or "").strip() or None
for key in ("bench_vulkan", "bench_vulkan_fast"):
    bench = load(key + ".json")
    if isinstance(bench, dict) and "decode_tok_s" in bench:
        keep = ("backend", "policy", "decode_tok_s", "prefill_tok_s", "load_s",
                "open_to_first_token_s", "weight_bytes", "weight_bytes_per_token",
                "kv_cache_bytes", "peak_rss_bytes", "fast_vs_exact")
        out[key] = {k: bench[k] for k in keep if k in bench}
    else:
        out[key] = {"error": (read(key + ".err") or "")[-400:]}
cpu, vk = load("logits_cpu.json"), load("logits_vulkan.json")
if isinstance(cpu, dict) and isinstance(vk, dict) and "logits" in cpu and "logits" in vk:
    # A NaN or inf difference is reported as such, never hidden by max().
    diffs = [abs(a - b) for ra, rb in zip(cpu["logits"], vk["logits"]) for a, b in zip(ra, rb)]
    finite = all(math.isfinite(d) for d in diffs)
    err = max(diffs, default=0.0) if finite else float("inf")
    out["vulkan_vs_cpu"] = {"steps": len(cpu["ids"]), "max_abs_logit_error": err if finite else None,
                            "nonfinite": not finite, "bitwise": finite and err == 0.0,
                            "same_ids": cpu["ids"] == vk["ids"]}
else:
    out["vulkan_vs_cpu"] = {"error": ((read("generate_vulkan.err") or "") +
                                      (read("generate_cpu.err") or ""))[-400:]}
out["xla"] = load("xla.json") or {"error": (read("xla.log") or "")[-400:]}
print(json.dumps(out, sort_keys=False))
EOF
