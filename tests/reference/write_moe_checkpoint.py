#!/usr/bin/python3
"""Writes a small random mixture-of-experts checkpoint in the mlx-community layout, for the
MoE reference tests: every linear module affine-quantized (codes, bf16 scales and biases drawn
directly, so no quantizer is involved), experts stacked as mlx-lm's sanitize saves them
(`<block>.switch_mlp.{gate,up,down}_proj.{weight,scales,biases}` with a leading expert
dimension), the router `<block>.gate` at its own bits (an override in the `quantization`
block, as mlx-community's 8-bit routers), norms in bf16.

gpt_oss (gpt_oss.py after sanitize): `mlp.router` (biased), `mlp.experts.{gate,up,down}_proj`
with `.bias` [E, out], biased q/k/v/o, `self_attn.sinks` [heads]; --expert-mode mxfp4 (or
mxfp8) writes the experts as mlx-community gpt-oss files do: U32 codes (E2M1 nibbles, or E4M3
bytes) and U8 E8M0 scales per 32, no biases, declared by per-module overrides
{"group_size": 32, "bits": 4, "mode": "mxfp4"} in the quantization block; nvfp4: E2M1 nibbles
and U8 E4M3 scales per 16 ({"group_size": 16, "bits": 4, "mode": "nvfp4"}).

Usage: write_moe_checkpoint.py CONFIG_JSON OUT_DIR --bits 4 --group-size 32 --router-bits 8
       [--seed 1] [--expert-mode affine|mxfp4|mxfp8|nvfp4] [--gate-spread 1.0]
       [--hostile missing|leading|no_sinks|sinks_shape|fp_scale_dtype|fp_scale_shape|fp_group_size|
                  no_k_bias|no_router_bias]
--hostile breaks the first expert layer's up_proj: `missing` leaves its .weight out, `leading`
stacks one expert fewer than the config says (weight, scales and biases alike);
`no_sinks` leaves layer 0's sinks out, `sinks_shape` gives them one head too many;
`fp_scale_dtype` stores the first fp expert's scales as BF16, `fp_scale_shape` with one group
too many; `fp_group_size` declares it with group_size 32 (nvfp4 needs 16, mx modes 32: with an
mx mode it says 16).
CONFIG_JSON is the model's config.json without a quantization block (qwen3_moe, mixtral or
gpt_oss).
"""

import argparse
import json
import os
import struct

import numpy as np


def to_bf16_bits(x):
    f = np.asarray(x, dtype=np.float32).view(np.uint32).astype(np.uint64)
    return ((f + 0x7FFF + ((f >> 16) & 1)) >> 16).astype(np.uint16)


def pack(codes, bits):
    """MLX affine packing: codes little-endian in a bit stream of uint32 words."""
    rows, k = codes.shape
    words = np.zeros((rows, k * bits // 32), dtype=np.uint64)
    c64 = codes.astype(np.uint64)
    for c in range(k):
        w, s = divmod(c * bits, 32)
        words[:, w] |= (c64[:, c] << np.uint64(s)) & np.uint64(0xFFFFFFFF)
        if s + bits > 32:
            words[:, w + 1] |= c64[:, c] >> np.uint64(32 - s)
    return words.astype(np.uint32)


class Writer:
    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)
        self.tensors = {}

    def quantized(self, name, shape, bits, group, spread=1.0):
        """shape = [..., N, K]: values about uniform on +-spread*sqrt(3/K)."""
        *lead, k = shape
        rows = int(np.prod(lead))
        levels = (1 << bits) - 1
        a = spread * np.sqrt(3.0 / k)
        codes = self.rng.integers(0, levels + 1, size=(rows, k))
        groups = k // group
        scales = (2 * a / levels) * self.rng.uniform(0.8, 1.2, size=(rows, groups))
        biases = -a * self.rng.uniform(0.8, 1.2, size=(rows, groups))
        self.tensors[name + ".weight"] = ("U32", lead + [k * bits // 32], pack(codes, bits))
        self.tensors[name + ".scales"] = ("BF16", lead + [groups], to_bf16_bits(scales))
        self.tensors[name + ".biases"] = ("BF16", lead + [groups], to_bf16_bits(biases))

    def fp_quantized(self, name, shape, mode, exponents=(-6, -4)):
        """MLX fp mode, drawn directly: random codes, E8M0 scales 2^e for e in `exponents`
        (nvfp4: E4M3 scales (1 + m/8) * 2^e per 16, m random)."""
        *lead, k = shape
        rows = int(np.prod(lead))
        bits = 8 if mode == "mxfp8" else 4
        if bits == 8:  # E4M3 codes of moderate magnitude (exponent field 4..9), either sign
            e = self.rng.integers(4, 10, size=(rows, k))
            codes = (self.rng.integers(0, 2, size=(rows, k)) << 7) | (e << 3) | self.rng.integers(0, 8, size=(rows, k))
        else:
            codes = self.rng.integers(0, 16, size=(rows, k))
        groups = k // (16 if mode == "nvfp4" else 32)
        e = self.rng.integers(exponents[0], exponents[1] + 1, size=(rows, groups))
        if mode == "nvfp4":  # E4M3 byte: exponent field e + 7, mantissa m
            scales = ((e + 7) << 3) | self.rng.integers(0, 8, size=(rows, groups))
        else:
            scales = 127 + e
        self.tensors[name + ".weight"] = ("U32", lead + [k * bits // 32], pack(codes, bits))
        self.tensors[name + ".scales"] = ("U8", lead + [groups], scales.astype(np.uint8))

    def vector(self, name, shape, spread):
        self.tensors[name] = ("BF16", list(shape), to_bf16_bits(spread * self.rng.standard_normal(shape)))

    def norm(self, name, n):
        self.tensors[name + ".weight"] = ("BF16", [n], to_bf16_bits(1.0 + 0.1 * self.rng.standard_normal(n)))

    def save(self, path):
        header, blobs, offset = {"__metadata__": {"format": "mlx"}}, [], 0
        for name in sorted(self.tensors):
            dtype, shape, data = self.tensors[name]
            raw = np.ascontiguousarray(data).tobytes()
            header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(raw)]}
            blobs.append(raw)
            offset += len(raw)
        text = json.dumps(header).encode()
        text += b" " * ((8 - len(text) % 8) % 8)
        with open(path, "wb") as f:
            f.write(struct.pack("<Q", len(text)))
            f.write(text)
            for b in blobs:
                f.write(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("out")
    ap.add_argument("--bits", type=int, default=4)
    ap.add_argument("--group-size", type=int, default=32)
    ap.add_argument("--router-bits", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--expert-mode", default="affine", choices=["affine", "mxfp4", "mxfp8", "nvfp4"])
    ap.add_argument("--gate-spread", type=float, default=1.0)
    ap.add_argument("--hostile", choices=["missing", "leading", "no_sinks", "sinks_shape",
                                          "no_k_bias", "no_router_bias",
                                          "fp_scale_dtype", "fp_scale_shape", "fp_group_size"])
    a = ap.parse_args()
    with open(a.config) as f:
        cfg = json.load(f)
    t = cfg["model_type"]
    hidden, layers = cfg["hidden_size"], cfg["num_hidden_layers"]
    heads = cfg["num_attention_heads"]
    kv = cfg.get("num_key_value_heads", heads)
    head_dim = cfg["head_dim"] if t == "qwen3_moe" else hidden // heads
    gpt_oss = t == "gpt_oss"
    router_name, stack_name = ("router", "experts") if gpt_oss else ("gate", "switch_mlp")
    if gpt_oss:
        head_dim = cfg.get("head_dim", 64)
        experts, inter = cfg.get("num_local_experts", 128), cfg["intermediate_size"]
        sparse = [True] * layers
        block = "mlp"
    elif t == "qwen3_moe":
        experts, inter = cfg["num_experts"], cfg["moe_intermediate_size"]
        step, only = cfg.get("decoder_sparse_step", 1), cfg.get("mlp_only_layers", [])
        sparse = [experts > 0 and i not in only and (i + 1) % step == 0 for i in range(layers)]
        block = "mlp"
    else:
        experts, inter = cfg.get("num_local_experts", 8), cfg["intermediate_size"]
        sparse = [True] * layers
        block = "block_sparse_moe"
    bits, group = a.bits, a.group_size
    w = Writer(a.seed)
    quant = {"group_size": group, "bits": bits, "mode": "affine"}
    w.quantized("model.embed_tokens", [cfg["vocab_size"], hidden], bits, group)
    for i in range(layers):
        p = f"model.layers.{i}."
        w.norm(p + "input_layernorm", hidden)
        w.norm(p + "post_attention_layernorm", hidden)
        for n, rows in (("q", heads * head_dim), ("k", kv * head_dim), ("v", kv * head_dim)):
            w.quantized(p + f"self_attn.{n}_proj", [rows, hidden], bits, group)
            if gpt_oss and not (a.hostile == "no_k_bias" and i == 0 and n == "k"):
                w.vector(p + f"self_attn.{n}_proj.bias", [rows], 0.2)
        w.quantized(p + "self_attn.o_proj", [hidden, heads * head_dim], bits, group)
        if gpt_oss:
            w.vector(p + "self_attn.o_proj.bias", [hidden], 0.2)
            sink_heads = heads + 1 if a.hostile == "sinks_shape" and i == 0 else heads
            # Sinks of a few units: comparable to the scores, so they take a visible share.
            w.vector(p + "self_attn.sinks", [sink_heads], 1.5)
            if a.hostile == "no_sinks" and i == 0:
                del w.tensors[p + "self_attn.sinks"]
        if t == "qwen3_moe":
            w.norm(p + "self_attn.q_norm", head_dim)
            w.norm(p + "self_attn.k_norm", head_dim)
        if sparse[i]:
            router = p + block + "." + router_name
            # Logits of a few units apart: ties between the k-th and (k+1)-th expert stay rare.
            w.quantized(router, [experts, hidden], a.router_bits, 64, spread=4.0)
            quant[router] = {"group_size": 64, "bits": a.router_bits}
            if gpt_oss and not (a.hostile == "no_router_bias" and i == 0):
                w.vector(router + ".bias", [experts], 1.0)
            sw = p + block + "." + stack_name + "."
            fp = a.expert_mode != "affine"

            def experts_of(name, shape, spread=1.0):
                if fp:
                    # spread 4 moves the E8M0 exponents up by 2: larger pre-activations.
                    lo = -6 + (2 if spread > 1 else 0)
                    w.fp_quantized(name, shape, a.expert_mode, (lo, lo + 2))
                    quant[name] = {"group_size": 16 if a.expert_mode == "nvfp4" else 32,
                                   "bits": 8 if a.expert_mode == "mxfp8" else 4,
                                   "mode": a.expert_mode}
                else:
                    w.quantized(name, shape, bits, group, spread=spread)
                if gpt_oss:
                    w.vector(name + ".bias", shape[:2], 0.2)

            experts_of(sw + "gate_proj", [experts, inter, hidden], a.gate_spread)
            hostile = a.hostile in ("missing", "leading", "fp_scale_dtype", "fp_scale_shape",
                                    "fp_group_size") and \
                not any(n.endswith(stack_name + ".up_proj.weight") for n in w.tensors)
            stacked = experts - 1 if hostile and a.hostile == "leading" else experts
            experts_of(sw + "up_proj", [stacked, inter, hidden], a.gate_spread)
            if hostile and a.hostile == "missing":
                del w.tensors[sw + "up_proj.weight"]
            if hostile and a.hostile == "fp_scale_dtype":
                _, shape, data = w.tensors[sw + "up_proj.scales"]
                w.tensors[sw + "up_proj.scales"] = ("BF16", shape, to_bf16_bits(2.0 ** (data.astype(np.float64) - 127)))
            if hostile and a.hostile == "fp_group_size":
                quant[sw + "up_proj"]["group_size"] = 32 if a.expert_mode == "nvfp4" else 16
            if hostile and a.hostile == "fp_scale_shape":
                _, shape, data = w.tensors[sw + "up_proj.scales"]
                wider = np.concatenate([data, data[..., :1]], axis=-1)
                w.tensors[sw + "up_proj.scales"] = ("U8", shape[:-1] + [shape[-1] + 1], wider)
            experts_of(sw + "down_proj", [experts, hidden, inter])
        else:
            dense = cfg["intermediate_size"]
            w.quantized(p + "mlp.gate_proj", [dense, hidden], bits, group)
            w.quantized(p + "mlp.up_proj", [dense, hidden], bits, group)
            w.quantized(p + "mlp.down_proj", [hidden, dense], bits, group)
    w.norm("model.norm", hidden)
    if not cfg.get("tie_word_embeddings", False):
        w.quantized("lm_head", [cfg["vocab_size"], hidden], bits, group)
    os.makedirs(a.out, exist_ok=True)
    w.save(os.path.join(a.out, "model.safetensors"))
    out_cfg = dict(cfg)
    out_cfg["quantization"] = quant
    out_cfg["quantization_config"] = quant
    with open(os.path.join(a.out, "config.json"), "w") as f:
        json.dump(out_cfg, f, indent=2)


if __name__ == "__main__":
    main()
