#!/usr/bin/python3
"""A plain numpy forward pass of the mlxla families, written from mlx-lm's definitions
(mlx_lm/models/{llama,qwen2,qwen3,phi3,gemma2,gemma3_text,gemma3,qwen3_moe,mixtral,gpt_oss}.py,
switch_layers.py and rope_utils.py),
never from mlxla's graph. It reads an mlx-community checkpoint directory (config.json and
*.safetensors, affine- or mxfp4/nvfp4/mxfp8-quantized or float), runs greedy decoding from --prompt-ids, and prints
JSON {"ids": [...], "logits": [[...], ...]} (one logits row per generated id). For the
mixture-of-experts families it also prints "router_gaps": per logits row, the smallest gap
(over tokens and layers of that forward call) between the k-th and the (k+1)-th routing score:
where that gap is below f32 rounding, an f32 engine may route differently.

Everything is computed in float64 from the checkpoint's values (dequantized as mlx does:
q * scale + bias), so the reference is the exact mathematical model; the C++ test compares
mlxla's f32 logits against it with a tolerance derived from the accumulation lengths.

Usage: mlx_reference.py MODEL_DIR --prompt-ids 1,2,3 -n 8 [--teacher 5,6,7]
  --teacher: score these ids as the continuation instead of taking the argmax (so a near tie
  cannot make the two sides diverge); the logits rows are still one per position.
"""

import argparse
import glob
import json
import math
import os
import struct
import sys

import numpy as np


# ---- checkpoint reading ------------------------------------------------------------------

def bf16_to_f64(raw):
    return (raw.astype(np.uint32) << 16).view(np.float32).astype(np.float64)


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        raw = data[base + begin:base + end]
        shape = info["shape"]
        dtype = info["dtype"]
        if dtype == "F32":
            arr = np.frombuffer(raw, dtype="<f4").astype(np.float64)
        elif dtype == "F16":
            arr = np.frombuffer(raw, dtype="<f2").astype(np.float64)
        elif dtype == "BF16":
            arr = bf16_to_f64(np.frombuffer(raw, dtype="<u2"))
        elif dtype == "U32":
            arr = np.frombuffer(raw, dtype="<u4")
        elif dtype == "U8":
            arr = np.frombuffer(raw, dtype="u1")
        else:
            raise SystemExit(f"{path}: tensor {name}: dtype {dtype} not handled")
        out[name] = (arr.reshape(shape), dtype)
    return out


def load_tensors(model_dir):
    tensors = {}
    for path in sorted(glob.glob(os.path.join(model_dir, "*.safetensors"))):
        tensors.update(read_safetensors(path))
    return tensors


def unpack(packed, bits, k):
    """MLX affine packing: codes little-endian in a bit stream of uint32 words."""
    rows = packed.shape[0]
    words = packed.astype(np.uint64)
    stream = np.zeros((rows, k), dtype=np.uint64)
    for c in range(k):
        start = c * bits
        w, s = divmod(start, 32)
        v = words[:, w] >> np.uint64(s)
        if s + bits > 32:
            v = v | (words[:, w + 1] << np.uint64(32 - s))
        stream[:, c] = v & np.uint64((1 << bits) - 1)
    return stream.astype(np.float64)


class Weights:
    def __init__(self, model_dir, config, prefix):
        self.t = load_tensors(model_dir)
        self.prefix = prefix
        q = config.get("quantization") or config.get("quantization_config")
        self.quant = q

    def raw(self, name):
        return self.t[self.prefix + name]

    def has(self, name):
        return (self.prefix + name) in self.t

    def vector(self, name):
        return self.raw(name)[0]

    def matrix(self, module):
        """A linear module's weight [..., out, in] as float64 (dequantized: q * scale + bias);
        stacked experts keep their leading dimension."""
        w, dtype = self.raw(module + ".weight")
        if not self.has(module + ".scales"):
            return w
        scales, scale_dtype = self.raw(module + ".scales")
        if scale_dtype == "U8":  # mxfp4 / mxfp8: no biases
            lead = w.shape[:-1]
            flat_w, flat_s = w.reshape(-1, w.shape[-1]), scales.reshape(-1, scales.shape[-1])
            return self.fp_dequantize(module, flat_w, flat_s).reshape(lead + (-1,))
        biases, _ = self.raw(module + ".biases")
        if w.ndim == 3:
            lead = w.shape[:-1]
            w, scales, biases = (a.reshape(-1, a.shape[-1]) for a in (w, scales, biases))
            return self.dequantize(module, w, scales, biases).reshape(lead + (-1,))
        return self.dequantize(module, w, scales, biases)

    def dequantize(self, module, w, scales, biases):
        out_features, groups = scales.shape
        words = w.shape[1]
        bits = words * 32 // (groups * self.group_size(module, words, groups))
        k = words * 32 // bits
        group = k // groups
        codes = unpack(w, bits, k)
        s = np.repeat(scales, group, axis=1)
        b = np.repeat(biases, group, axis=1)
        return codes * s + b

    def fp_dequantize(self, module, w, scales):
        """MLX's fp modes: code value times the E8M0 scale 2^(s - 127) (mxfp4: E2M1 nibbles,
        low first; mxfp8: E4M3 bytes), or times the E4M3 scale byte's value (nvfp4: E2M1
        nibbles, one scale per 16, no global scale: MLX's nn layers and mlx-lm carry none)."""
        spec = (self.quant or {}).get(self.prefix + module)
        mode = spec.get("mode") if isinstance(spec, dict) else (self.quant or {}).get("mode")
        if mode not in ("mxfp4", "mxfp8", "nvfp4"):
            raise SystemExit(f"{module}: fp mode {mode} not handled")
        bits = 8 if mode == "mxfp8" else 4

        def e4m3(b):
            """MLX's FromFP8: no NaN (0x7F is 480)."""
            sign = np.where(b & 0x80, -1.0, 1.0)
            e, m = (b >> 3) & 15, (b & 7).astype(np.float64)
            return sign * np.where(e == 0, m / 8 * 2.0 ** -6, (1 + m / 8) * 2.0 ** (e - 7))

        rows, words = w.shape
        k = words * 32 // bits
        codes = unpack(w, bits, k).astype(np.int64)
        if bits == 4:
            e2m1 = np.array([0, 0.5, 1, 1.5, 2, 3, 4, 6], dtype=np.float64)
            values = np.where(codes >= 8, -1.0, 1.0) * e2m1[codes & 7]
        else:
            values = e4m3(codes)
        group = k // scales.shape[1]
        if mode == "nvfp4":
            s = np.repeat(e4m3(scales.astype(np.int64)), group, axis=1)
        else:
            s = np.repeat(2.0 ** (scales.astype(np.float64) - 127), group, axis=1)
        return values * s

    def group_size(self, module, words, groups):
        spec = (self.quant or {}).get(self.prefix + module)
        if isinstance(spec, dict):
            return spec["group_size"]
        return (self.quant or {}).get("group_size", 64)

    def norm(self, name, plus_one):
        """RMSNorm weight; Gemma's 1 + w is formed in the weight's dtype, as mlx does."""
        w, dtype = self.raw(name + ".weight")
        if not plus_one:
            return w
        v = 1.0 + w
        if dtype == "BF16":
            f = v.astype(np.float32).view(np.uint32)
            rounded = ((f + 0x7FFF + ((f >> 16) & 1)) >> 16).astype(np.uint16)
            return bf16_to_f64(rounded)
        if dtype == "F16":
            return v.astype(np.float16).astype(np.float64)
        return v


# ---- blocks (mlx-lm semantics) -----------------------------------------------------------

def rms_norm(x, w, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w


def silu(x):
    return x / (1.0 + np.exp(-x))


def gelu_approx(x):  # mlx.nn.gelu_approx
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


class Rope:
    """mlx.core.fast.rope over the first `dims` features, as rope_utils.initialize_rope
    (and phi3.py's SuScaledRoPE) configure it."""

    def __init__(self, dims, base, traditional=False, scaling=None, max_pos=None, phi3_orig=None):
        self.dims, self.traditional = dims, traditional
        self.position_scale, self.input_scale = 1.0, 1.0
        self.dynamic = None
        idx = np.arange(0, dims, 2, dtype=np.float64) / dims
        freqs = base ** idx  # "wavelength" form, inv_freq = 1 / freqs
        kind = "default"
        if scaling is not None:
            kind = scaling.get("type") or scaling.get("rope_type", "default")
        if kind == "linear":
            self.position_scale = 1.0 / scaling["factor"]
        elif kind == "dynamic":
            self.dynamic = (base, scaling["factor"], max_pos)
        elif kind == "llama3":
            factor = scaling["factor"]
            low, high = scaling.get("low_freq_factor", 1.0), scaling.get("high_freq_factor", 4.0)
            old = scaling.get("original_max_position_embeddings", 8192)
            wavelens = 2 * math.pi * freqs
            f2 = np.where(wavelens > old / low, freqs * factor, freqs)
            medium = (wavelens > old / high) & (wavelens < old / low)
            smooth = (old / wavelens - low) / (high - low)
            freqs = np.where(medium, f2 / ((1 - smooth) / factor + smooth), f2)
        elif kind in ("yarn",):
            factor = scaling["factor"]
            old = scaling.get("original_max_position_embeddings", 4096)
            beta_fast, beta_slow = scaling.get("beta_fast", 32), scaling.get("beta_slow", 1)
            mscale, mscale_all = scaling.get("mscale", 1), scaling.get("mscale_all_dim", 0)

            def corr(rot):
                return dims * math.log(old / (rot * 2 * math.pi)) / (2 * math.log(base))

            lo = max(math.floor(corr(beta_fast)), 0)
            hi = min(math.ceil(corr(beta_slow)), dims - 1)
            if lo == hi:
                hi += 0.001
            ramp = np.clip((np.arange(dims // 2, dtype=np.float64) - lo) / (hi - lo), 0, 1)
            mask = 1.0 - ramp
            inter = factor * freqs
            freqs = (inter * freqs) / (inter * mask + freqs * (1 - mask))

            def get_mscale(m):
                return 1.0 if factor <= 1 else 0.1 * m * math.log(factor) + 1.0

            self.input_scale = get_mscale(mscale) / get_mscale(mscale_all)
        elif kind in ("longrope", "su"):
            orig = phi3_orig if phi3_orig is not None else scaling["original_max_position_embeddings"]
            freqs = np.array(scaling["long_factor"], dtype=np.float64) * freqs
            factor = max_pos / orig
            long_mscale = scaling.get("long_mscale") if phi3_orig is None else None
            self.input_scale = long_mscale or (1.0 if factor <= 1.0 else math.sqrt(1 + math.log(factor) / math.log(orig)))
            self.traditional = False
        elif kind != "default":
            raise SystemExit(f"rope type {kind} not handled")
        self.inv_freq = 1.0 / freqs

    def __call__(self, x, positions):  # x [T, H, D]
        d = self.dims
        rot = x[..., :d] * self.input_scale
        if self.dynamic is not None:
            base, factor, max_pos = self.dynamic
            seq = np.maximum(positions + 1.0, max_pos)
            b = base * ((factor * seq / max_pos) - (factor - 1)) ** (d / (d - 2))
            inv = b[:, None] ** (-np.arange(0, d, 2, dtype=np.float64)[None, :] / d)
            angle = (positions * self.position_scale)[:, None] * inv
        else:
            angle = (positions * self.position_scale)[:, None] * self.inv_freq[None, :]
        c, s = np.cos(angle)[:, None, :], np.sin(angle)[:, None, :]
        if self.traditional:
            x0, x1 = rot[..., 0::2], rot[..., 1::2]
            out = np.empty_like(rot)
            out[..., 0::2] = x0 * c - x1 * s
            out[..., 1::2] = x0 * s + x1 * c
        else:
            h = d // 2
            x1, x2 = rot[..., :h], rot[..., h:]
            out = np.concatenate([x1 * c - x2 * s, x2 * c + x1 * s], axis=-1)
        return np.concatenate([out, x[..., d:]], axis=-1)


# ---- the model ---------------------------------------------------------------------------

class Model:
    def __init__(self, model_dir):
        with open(os.path.join(model_dir, "config.json")) as f:
            top = json.load(f)
        prefix = ""
        cfg = top
        if top["model_type"] == "gemma3":  # gemma3.py: text model under language_model.
            cfg = dict(top["text_config"])
            cfg["vocab_size"] = top.get("vocab_size", 262208)
            cfg.setdefault("num_attention_heads", 8)
            cfg.setdefault("num_key_value_heads", 4)
            cfg["model_type"] = "gemma3_text"
            cfg["quantization"] = top.get("quantization")
            prefix = "language_model."
        self.cfg = cfg
        t = cfg["model_type"]
        self.family = t
        self.W = Weights(model_dir, top, prefix)
        g3 = t == "gemma3_text"
        if g3:  # gemma3_text.ModelArgs defaults
            for k, v in dict(hidden_size=1152, num_hidden_layers=26, intermediate_size=6912, num_attention_heads=4,
                             head_dim=256, rms_norm_eps=1e-6, vocab_size=262144, num_key_value_heads=1,
                             rope_theta=1e6, rope_local_base_freq=1e4, query_pre_attn_scalar=256,
                             sliding_window=512, sliding_window_pattern=6, max_position_embeddings=32768).items():
                if cfg.get(k) is None:
                    cfg[k] = v
        self.hidden = cfg["hidden_size"]
        self.layers = cfg["num_hidden_layers"]
        self.heads = cfg["num_attention_heads"]
        self.kv = cfg.get("num_key_value_heads") or (8 if t == "gpt_oss" else self.heads)
        if t in ("phi3", "mixtral"):  # both derive head_dim whatever the config says
            self.head_dim = self.hidden // self.heads
        elif t == "gpt_oss":  # gpt_oss.ModelArgs: head_dim 64
            self.head_dim = cfg.get("head_dim", 64)
        else:
            self.head_dim = cfg.get("head_dim") or self.hidden // self.heads
        self.eps = cfg.get("rms_norm_eps", 1e-5 if t in ("phi3", "gpt_oss") else 1e-6)
        self.sinks = t == "gpt_oss"  # gpt_oss.AttentionBlock.sinks: one logit per head
        self.gemma = t in ("gemma2", "gemma3_text")
        self.qk_norm = t in ("qwen3", "gemma3_text", "qwen3_moe")
        self.scale = (cfg.get("query_pre_attn_scalar", 144.0 if t == "gemma2" else 256.0) ** -0.5
                      if self.gemma else self.head_dim ** -0.5)
        self.attn_cap = cfg.get("attn_logit_softcapping") or 50.0 if t == "gemma2" else None
        self.final_cap = cfg.get("final_logit_softcapping") or 30.0 if t == "gemma2" else None
        max_pos = cfg.get("max_position_embeddings")
        theta = cfg.get("rope_theta", 1e6 if g3 or t == "mixtral" else 150000.0 if t == "gpt_oss" else 10000.0)
        self.moe = None
        if t == "qwen3_moe":
            e = cfg["num_experts"]
            step, only = cfg.get("decoder_sparse_step", 1), cfg.get("mlp_only_layers", [])
            self.moe = dict(experts=e, k=cfg["num_experts_per_tok"], block="mlp",
                            norm=cfg.get("norm_topk_prob", False), softmax_first=True,
                            sparse=[e > 0 and i not in only and (i + 1) % step == 0
                                    for i in range(self.layers)])
        elif t == "mixtral":
            self.moe = dict(experts=cfg.get("num_local_experts", 8), k=cfg.get("num_experts_per_tok", 2),
                            block="block_sparse_moe", norm=False, softmax_first=False,
                            sparse=[True] * self.layers)
        elif t == "gpt_oss":  # gpt_oss.MLPBlock: biased router, top k logits, softmax over k
            self.moe = dict(experts=cfg.get("num_local_experts", 128), k=cfg.get("num_experts_per_tok", 4),
                            block="mlp", router="router", stack="experts", norm=False,
                            softmax_first=False, sparse=[True] * self.layers, swiglu_oai=True)
        self.gaps = []
        traditional = cfg.get("rope_traditional", False)
        scaling = cfg.get("rope_scaling")
        if t == "phi3":
            dims = int(self.head_dim * cfg.get("partial_rotary_factor", 1.0))
            if scaling and scaling.get("type") in ("longrope", "su"):
                glob_rope = Rope(dims, theta, False, scaling, max_pos or 131072,
                                 phi3_orig=cfg.get("original_max_position_embeddings", 4096))
            else:
                glob_rope = Rope(dims, theta, traditional, scaling if scaling and scaling.get("type") == "linear" else None)
        elif t in ("qwen3_moe", "mixtral"):
            # qwen3_moe.py / mixtral.py: nn.RoPE(head_dim, base=rope_theta), rope_scaling
            # ignored; only mixtral passes rope_traditional.
            glob_rope = Rope(self.head_dim, theta, traditional and t == "mixtral")
        elif t == "gpt_oss":  # initialize_rope(head_dim, rope_theta, traditional=False, rope_scaling)
            glob_rope = Rope(self.head_dim, theta, False, scaling)
        else:
            glob_rope = Rope(self.head_dim, theta, traditional, scaling, max_pos)
        self.ropes, self.windows = [], []
        layer_types = cfg.get("layer_types") if t in ("llama", "mistral", "gpt_oss") else None
        if t == "gpt_oss":
            # GptOssMoeModel: layer_types default ["sliding_attention", "full_attention"] * (L // 2),
            # sliding_window default 128.
            layer_types = layer_types or ["sliding_attention", "full_attention"] * (self.layers // 2)
            cfg.setdefault("sliding_window", 128)
        for i in range(self.layers):
            window = None
            rope = glob_rope
            if g3 and (i + 1) % cfg["sliding_window_pattern"] != 0:
                window = cfg["sliding_window"]
                rope = Rope(self.head_dim, cfg["rope_local_base_freq"], False)
            if layer_types and layer_types[i] == "sliding_attention":
                window = cfg["sliding_window"]
            self.ropes.append(rope)
            self.windows.append(window)
        if g3:
            self.embed_scale = float(np.float32(self.hidden ** 0.5).astype(np.float32))
            # mx.array(hidden**0.5, mx.bfloat16): round to bf16
            f = np.array([self.hidden ** 0.5], dtype=np.float32).view(np.uint32)
            self.embed_scale = float(bf16_to_f64(((f + 0x7FFF + ((f >> 16) & 1)) >> 16).astype(np.uint16))[0])
        elif t == "gemma2":
            self.embed_scale = self.hidden ** 0.5
        else:
            self.embed_scale = None
        self.cache_k = [[] for _ in range(self.layers)]
        self.cache_v = [[] for _ in range(self.layers)]
        self.load()

    def load(self):
        W, p1 = self.W, self.gemma
        self.embed = W.matrix("model.embed_tokens")
        self.final_norm = W.norm("model.norm", p1)
        tied = self.gemma or self.cfg.get("tie_word_embeddings", False)
        if self.family == "gemma3_text":
            tied = not W.has("lm_head.weight")
        if self.family == "gpt_oss":  # gpt_oss.py always builds its own lm_head
            tied = False
        self.head = self.embed if tied else W.matrix("lm_head")
        self.L = []
        for i in range(self.layers):
            p = f"model.layers.{i}."
            d = {}
            if self.family == "phi3":
                qkv = W.matrix(p + "self_attn.qkv_proj")
                nq, nk = self.heads * self.head_dim, self.kv * self.head_dim
                d["q"], d["k"], d["v"] = qkv[:nq], qkv[nq:nq + nk], qkv[nq + nk:]
                gu = W.matrix(p + "mlp.gate_up_proj")
                half = gu.shape[0] // 2
                d["gate"], d["up"] = gu[:half], gu[half:]
            if self.moe and self.moe["sparse"][i]:
                b = p + self.moe["block"] + "."
                router = self.moe.get("router", "gate")
                stack = self.moe.get("stack", "switch_mlp")
                d["router"] = W.matrix(b + router)
                if W.has(b + router + ".bias"):
                    d["router_bias"] = W.vector(b + router + ".bias")
                for n in ("gate", "up", "down"):
                    d["experts_" + n] = W.matrix(b + f"{stack}.{n}_proj")  # [E, out, in]
                    if W.has(b + f"{stack}.{n}_proj.bias"):  # SwitchLinear bias [E, out]
                        d["experts_" + n + "_bias"] = W.vector(b + f"{stack}.{n}_proj.bias")
            if self.family == "phi3":
                pass
            else:
                for n in ("q", "k", "v"):
                    d[n] = W.matrix(p + f"self_attn.{n}_proj")
                    if W.has(p + f"self_attn.{n}_proj.bias"):
                        d[n + "_bias"] = W.vector(p + f"self_attn.{n}_proj.bias")
                if "router" not in d:
                    d["gate"], d["up"] = W.matrix(p + "mlp.gate_proj"), W.matrix(p + "mlp.up_proj")
            d["o"] = W.matrix(p + "self_attn.o_proj")
            if W.has(p + "self_attn.o_proj.bias"):
                d["o_bias"] = W.vector(p + "self_attn.o_proj.bias")
            if self.sinks:
                d["sinks"] = W.vector(p + "self_attn.sinks")
            if "router" not in d:
                d["down"] = W.matrix(p + "mlp.down_proj")
            d["in_norm"] = W.norm(p + "input_layernorm", p1)
            d["post_attn_norm"] = W.norm(p + "post_attention_layernorm", p1)
            if self.gemma:
                d["pre_ff_norm"] = W.norm(p + "pre_feedforward_layernorm", p1)
                d["post_ff_norm"] = W.norm(p + "post_feedforward_layernorm", p1)
            if self.qk_norm:
                d["q_norm"] = W.norm(p + "self_attn.q_norm", p1)
                d["k_norm"] = W.norm(p + "self_attn.k_norm", p1)
            self.L.append(d)

    def attention(self, i, x, positions):
        d, T, hd = self.L[i], x.shape[0], self.head_dim
        q = x @ d["q"].T + d.get("q_bias", 0)
        k = x @ d["k"].T + d.get("k_bias", 0)
        v = x @ d["v"].T + d.get("v_bias", 0)
        q, k, v = q.reshape(T, self.heads, hd), k.reshape(T, self.kv, hd), v.reshape(T, self.kv, hd)
        if self.qk_norm:
            q, k = rms_norm(q, d["q_norm"], self.eps), rms_norm(k, d["k_norm"], self.eps)
        q, k = self.ropes[i](q, positions), self.ropes[i](k, positions)
        self.cache_k[i].extend(list(k))
        self.cache_v[i].extend(list(v))
        K, V = np.stack(self.cache_k[i]), np.stack(self.cache_v[i])  # [S, KV, hd]
        S, group = K.shape[0], self.heads // self.kv
        out = np.zeros((T, self.heads, hd))
        key_pos = np.arange(S)
        for t in range(T):
            qp = positions[t]
            visible = key_pos <= qp
            if self.windows[i] is not None:
                visible &= key_pos > qp - self.windows[i]
            for h in range(self.heads):
                s = (K[:, h // group, :] @ q[t, h]) * self.scale
                if self.attn_cap:
                    s = np.tanh(s / self.attn_cap) * self.attn_cap
                s = np.where(visible, s, -np.inf)
                if "sinks" in d:
                    # mx.fast.scaled_dot_product_attention(sinks=...): the head's sink is one
                    # more logit in the softmax, with no value.
                    sink = d["sinks"][h]
                    m = max(s.max(), sink)
                    e = np.exp(s - m)
                    out[t, h] = (e / (e.sum() + np.exp(sink - m))) @ V[:, h // group, :]
                    continue
                e = np.exp(s - s.max())
                out[t, h] = (e / e.sum()) @ V[:, h // group, :]
        return out.reshape(T, self.heads * hd) @ d["o"].T + d.get("o_bias", 0)

    def experts(self, d, x):
        """qwen3_moe.Qwen3MoeSparseMoeBlock / mixtral.MixtralSparseMoeBlock over SwitchGLU."""
        m, out = self.moe, np.zeros_like(x)
        k = m["k"]
        for t in range(x.shape[0]):
            logits = d["router"] @ x[t] + d.get("router_bias", 0)
            if m["softmax_first"]:  # softmax over all experts, top k, optionally renormalised
                e = np.exp(logits - logits.max())
                scores_all = e / e.sum()
            else:  # top k of the raw logits, softmax over those k
                scores_all = logits
            order = np.argsort(-scores_all, kind="stable")
            top = order[:k]
            if k < len(order):
                self.gaps.append(scores_all[order[k - 1]] - scores_all[order[k]])
            w = scores_all[top]
            if m["softmax_first"]:
                if m["norm"]:
                    w = w / w.sum()
            else:
                e = np.exp(w - w.max())
                w = e / e.sum()
            for j, expert in enumerate(top):
                g = d["experts_gate"][expert] @ x[t]
                u = d["experts_up"][expert] @ x[t]
                if "experts_gate_bias" in d:  # SwitchLinear: + bias[indices]
                    g = g + d["experts_gate_bias"][expert]
                    u = u + d["experts_up_bias"][expert]
                if m.get("swiglu_oai"):
                    # gpt_oss.swiglu(x_linear=up, x_glu=gate, alpha=1.702, limit=7.0)
                    gc = np.minimum(g, 7.0)
                    uc = np.clip(u, -7.0, 7.0)
                    h = gc * (1.0 / (1.0 + np.exp(-1.702 * gc))) * (uc + 1.0)
                else:
                    h = silu(g) * u
                y = d["experts_down"][expert] @ h
                if "experts_down_bias" in d:
                    y = y + d["experts_down_bias"][expert]
                out[t] += w[j] * y
        return out

    def mlp(self, i, x):
        d = self.L[i]
        if "router" in d:
            return self.experts(d, x)
        g = x @ d["gate"].T
        act = gelu_approx(g) if self.gemma else silu(g)
        return (act * (x @ d["up"].T)) @ d["down"].T

    def forward(self, ids, start):
        x = self.embed[np.array(ids)]
        if self.embed_scale is not None:
            x = x * self.embed_scale
        positions = np.arange(start, start + len(ids), dtype=np.float64)
        for i in range(self.layers):
            d = self.L[i]
            r = self.attention(i, rms_norm(x, d["in_norm"], self.eps), positions)
            if self.gemma:
                x = x + rms_norm(r, d["post_attn_norm"], self.eps)
                r = self.mlp(i, rms_norm(x, d["pre_ff_norm"], self.eps))
                x = x + rms_norm(r, d["post_ff_norm"], self.eps)
            else:
                x = x + r
                x = x + self.mlp(i, rms_norm(x, d["post_attn_norm"], self.eps))
        logits = rms_norm(x[-1], self.final_norm, self.eps) @ self.head.T
        if self.final_cap:
            logits = np.tanh(logits / self.final_cap) * self.final_cap
        return logits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--prompt-ids", required=True)
    ap.add_argument("-n", type=int, default=8)
    ap.add_argument("--teacher", default="")
    a = ap.parse_args()
    model = Model(a.model_dir)
    prompt = [int(v) for v in a.prompt_ids.split(",")]
    teacher = [int(v) for v in a.teacher.split(",")] if a.teacher else []
    logits = model.forward(prompt, 0)
    pos = len(prompt)
    ids, rows, gaps = [], [], []
    for step in range(a.n):
        rows.append([float(v) for v in logits])
        gaps.append(float(min(model.gaps)) if model.gaps else None)
        model.gaps = []
        nxt = teacher[step] if step < len(teacher) else int(np.argmax(logits))
        ids.append(int(np.argmax(logits)))
        if step + 1 < a.n:
            logits = model.forward([nxt], pos)
            pos += 1
    result = {"ids": ids, "logits": rows}
    if model.moe:
        result["router_gaps"] = gaps
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
