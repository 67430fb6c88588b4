#!/usr/bin/python3
"""Writes a small random mixture-of-experts checkpoint in the mlx-community layout, for the
MoE reference tests: every linear module affine-quantized (codes, bf16 scales and biases drawn
directly, so no quantizer is involved), experts stacked as mlx-lm's sanitize saves them
(`<block>.switch_mlp.{gate,up,down}_proj.{weight,scales,biases}` with a leading expert
dimension), the router `<block>.gate` at its own bits (an override in the `quantization`
block, as mlx-community's 8-bit routers), norms in bf16.

Usage: write_moe_checkpoint.py CONFIG_JSON OUT_DIR --bits 4 --group-size 32 --router-bits 8
       [--seed 1] [--hostile missing|leading]
--hostile breaks the first expert layer's up_proj: `missing` leaves its .weight out, `leading`
stacks one expert fewer than the config says (weight, scales and biases alike).
CONFIG_JSON is the model's config.json without a quantization block (qwen3_moe or mixtral).
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
    ap.add_argument("--hostile", choices=["missing", "leading"])
    a = ap.parse_args()
    with open(a.config) as f:
        cfg = json.load(f)
    t = cfg["model_type"]
    hidden, layers = cfg["hidden_size"], cfg["num_hidden_layers"]
    heads = cfg["num_attention_heads"]
    kv = cfg.get("num_key_value_heads", heads)
    head_dim = cfg["head_dim"] if t == "qwen3_moe" else hidden // heads
    if t == "qwen3_moe":
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
        w.quantized(p + "self_attn.o_proj", [hidden, heads * head_dim], bits, group)
        if t == "qwen3_moe":
            w.norm(p + "self_attn.q_norm", head_dim)
            w.norm(p + "self_attn.k_norm", head_dim)
        if sparse[i]:
            router = p + block + ".gate"
            # Logits of a few units apart: ties between the k-th and (k+1)-th expert stay rare.
            w.quantized(router, [experts, hidden], a.router_bits, 64, spread=4.0)
            quant[router] = {"group_size": 64, "bits": a.router_bits}
            sw = p + block + ".switch_mlp."
            w.quantized(sw + "gate_proj", [experts, inter, hidden], bits, group)
            hostile = a.hostile and not any(n.endswith("switch_mlp.up_proj.weight") for n in w.tensors)
            stacked = experts - 1 if hostile and a.hostile == "leading" else experts
            w.quantized(sw + "up_proj", [stacked, inter, hidden], bits, group)
            if hostile and a.hostile == "missing":
                del w.tensors[sw + "up_proj.weight"]
            w.quantized(sw + "down_proj", [experts, hidden, inter], bits, group)
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
