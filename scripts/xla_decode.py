#!/usr/bin/env python3
"""Runs an exported mlxla decode graph under XLA (OpenXLA through the JAX of this machine).

    mlxla export -m MODEL --graph decode --logits --weights --capacity C --out EXPORT
    mlxla generate -m MODEL --prompt-ids IDS -n N --capacity C --dump-logits cpu.json
    python3 scripts/xla_decode.py EXPORT --prompt-ids IDS --reference cpu.json --out xla.json

Feeds module.mlir the checkpoint's weights as mlxla binds them (weights.bin, weights.json),
zero KV caches, then the prompt one token per decode call and the reference's greedy ids
(teacher forcing, so one early disagreement does not cascade). Compares each step's logits
with the reference file's (mlxla generate --dump-logits: the CPU backend's), and times decode
steps after the first (which compiles). Writes one JSON object: {"jax": version, "device",
"compile_s", "decode_tok_s", "steps", "max_abs_logit_error", "max_abs_logit",
"greedy_agreement", "api"} or {"error": ...}. Exit code 0 even when JAX is absent (the JSON
says so), 1 on a bad argument.

The StableHLO module carries mlxla.* composites (stablehlo.composite with their decompositions);
XLA inlines the decompositions. The JAX API used to compile a module text moved between
releases: the script tries Client.compile_and_load (newest), then Client.compile, and records
which one ran in "api".
"""
import argparse
import json
import os
import re
import sys
import time


def dtype_of(name, np):
    if name == "bf16":
        import ml_dtypes  # ships with jax

        return np.dtype(ml_dtypes.bfloat16)
    table = {
        "f32": np.float32,
        "f16": np.float16,
        "i32": np.int32,
        "ui32": np.uint32,
        "ui8": np.uint8,
        "i8": np.int8,
        "i1": np.bool_,
    }
    if name not in table:
        raise ValueError("no numpy type for " + name)
    return np.dtype(table[name])


def compile_module(backend, text, xc):
    """(executable, api name) for the MLIR text, by whichever API this jaxlib has."""
    errors = []
    device = backend.local_devices()[0]
    if hasattr(backend, "compile_and_load"):
        try:
            exe = backend.compile_and_load(
                text, xc.DeviceList((device,)), xc.CompileOptions()
            )
            return exe, "compile_and_load"
        except Exception as e:  # noqa: BLE001 - try the next API
            errors.append("compile_and_load: %s" % e)
    try:
        return backend.compile(text), "compile"
    except Exception as e:  # noqa: BLE001
        errors.append("compile: %s" % e)
    try:
        # Older jaxlibs want MLIR bytecode from JAX's own context.
        from jax._src.interpreters import mlir
        from jax._src.lib.mlir import ir

        with mlir.make_ir_context():
            module = ir.Module.parse(text)
            code = mlir.module_to_bytecode(module)
        return backend.compile(code), "compile(bytecode)"
    except Exception as e:  # noqa: BLE001
        errors.append("compile(bytecode): %s" % e)
    raise RuntimeError("; ".join(errors))


def execute(exe, args):
    """The outputs (device arrays) of one call."""
    if hasattr(exe, "execute"):
        try:
            return list(exe.execute(args))
        except TypeError:
            pass
    results = exe.execute_sharded(args)
    arrays = results.disassemble_into_single_device_arrays()
    return [a[0] for a in arrays]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export_dir")
    parser.add_argument("--prompt-ids", required=True)
    parser.add_argument("--reference", required=True, help="mlxla generate --dump-logits JSON")
    parser.add_argument("--out", required=True)
    a = parser.parse_args()

    def write(obj):
        with open(a.out, "w") as f:
            json.dump(obj, f)
            f.write("\n")
        return 0

    try:
        import numpy as np
        import jax
        from jax._src import xla_bridge
        from jax._src.lib import xla_client as xc
    except Exception as e:  # noqa: BLE001 - report, do not fail the caller
        return write({"error": "JAX is not available here: %s" % e})

    try:
        return prepare_and_run(a, write, np, jax, xla_bridge, xc)
    except Exception as e:  # noqa: BLE001 - a failed step is a result, not a traceback
        return write({"error": "XLA decode failed: %s: %s" % (type(e).__name__, e),
                      "jax": jax.__version__})


def prepare_and_run(a, write, np, jax, xla_bridge, xc):
    abi = json.load(open(os.path.join(a.export_dir, "abi.json")))
    weights = json.load(open(os.path.join(a.export_dir, "weights.json")))
    reference = json.load(open(a.reference))
    text = open(os.path.join(a.export_dir, abi["module"])).read()
    # The caches' input/output aliasing asks for donated buffers; drop it (the updated caches
    # come back as plain outputs, which the loop feeds to the next call).
    text = re.sub(r",? ?tf\.aliasing_output = \d+ : i32", "", text)
    blob = np.fromfile(os.path.join(a.export_dir, weights["file"]), dtype=np.uint8)
    by_name = {w["name"]: w for w in weights["weights"]}
    prompt = [int(x) for x in a.prompt_ids.split(",") if x]
    if not prompt:
        print("xla_decode: --prompt-ids is empty", file=sys.stderr)
        return 1

    backend = xla_bridge.get_backend()
    device = backend.local_devices()[0]
    t0 = time.perf_counter()
    try:
        exe, api = compile_module(backend, text, xc)
    except Exception as e:  # noqa: BLE001
        return write({"error": "XLA could not compile the module: %s" % e, "jax": jax.__version__})
    compile_s = time.perf_counter() - t0

    params = abi["parameters"]
    outputs = abi["outputs"]
    args = []
    token_index = position_index = None
    state = {}  # parameter index -> output index
    for p in params:
        dt = dtype_of(p["dtype"], np)
        if p["role"] == "weight":
            w = by_name[p["name"]]
            host = blob[w["offset"] : w["offset"] + w["bytes"]].view(dt).reshape(p["shape"])
            args.append(jax.device_put(host, device))
        elif p["role"] == "kv_cache":
            args.append(jax.device_put(np.zeros(p["shape"], dtype=dt), device))
            state[p["index"]] = p["aliased_output"]
        elif p["name"] == "tokens":
            token_index = p["index"]
            args.append(None)
        elif p["name"] == "position":
            position_index = p["index"]
            args.append(None)
        else:
            return write({"error": "unexpected parameter %s (export the decode graph)" % p["name"]})
    logits_out = next((o["index"] for o in outputs if o["name"] == "logits"), None)
    if token_index is None or position_index is None or logits_out is None:
        return write({"error": "the module is not a decode graph with logits (export --logits)"})

    return write(run_steps(a, np, jax, exe, api, device, args, state, token_index,
                           position_index, logits_out, prompt, reference, compile_s))


def run_steps(a, np, jax, exe, api, device, args, state, token_index, position_index,
              logits_out, prompt, reference, compile_s):
    ref_logits = reference["logits"]
    ref_ids = reference["ids"]
    feed = prompt[:-1] + [prompt[-1]] + ref_ids[:-1]  # last prompt token, then the ids chosen
    steps = []
    max_err = max_abs = 0.0
    nonfinite = False
    agree = 0
    decode_time = 0.0
    timed = 0
    for position, token in enumerate(feed):
        args[token_index] = jax.device_put(np.array([token], dtype=np.int32), device)
        args[position_index] = jax.device_put(np.array(position, dtype=np.int32), device)
        t = time.perf_counter()
        outs = execute(exe, args)
        logits = np.asarray(outs[logits_out]).reshape(-1)  # waits for the step
        dt = time.perf_counter() - t
        for pi, oi in state.items():
            args[pi] = outs[oi]
        step = position - (len(prompt) - 1)
        if step < 0:
            continue
        if step > 0:
            decode_time += dt
            timed += 1
        if step >= len(ref_logits):
            break
        ref = np.asarray(ref_logits[step], dtype=np.float32)
        diff = np.abs(logits - ref)
        if not np.all(np.isfinite(diff)):  # max() would hide a NaN
            nonfinite = True
        else:
            max_err = max(max_err, float(np.max(diff)))
        max_abs = max(max_abs, float(np.max(np.abs(ref))))
        agree += int(int(np.argmax(logits)) == int(ref_ids[step]))
        steps.append(int(np.argmax(logits)))
    n = len(steps)
    return {
        "jax": jax.__version__,
        "device": str(device),
        "api": api,
        "compile_s": round(compile_s, 3),
        "steps": n,
        "decode_tok_s": round(timed / decode_time, 2) if decode_time > 0 else None,
        "max_abs_logit_error": None if nonfinite else max_err,
        "nonfinite": nonfinite,
        "max_abs_logit": max_abs,
        "greedy_agreement": agree / n if n else None,
    }

if __name__ == "__main__":
    sys.exit(main())
