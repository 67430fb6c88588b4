#!/usr/bin/python3
"""Quality figures of the demo model: held-out task accuracy and perplexity for the f32
checkpoint and its MLX-packed variants, and the same prompts through the mlxla CLI.

PyTorch path: every checkpoint is read from its safetensors (packed weights dequantized exactly
as MLX does: float(q) * scale + bias) into llama.py's model; accuracy = greedy output equals the
answer's ids followed by EOS; perplexity = exp(mean NLL of the answer's tokens and EOS given the
prompt; the prompts are random digits and filler, which the model is not trained to predict).
CLI path: `mlxla generate -m DIR --prompt-ids ... -n len(answer)+1` per prompt, same criterion.

    tools/demo-model/evaluate.py --model f32=models/demo-f32 --model q8=/tmp/demo-q8 \\
        --model q4=models/demo-q4 --mlxla build/demo-model/bin/mlxla --cli-model q4 --cli-count 40
    tools/demo-model/evaluate.py --model f32=models/demo-f32 --write-subset 30   # test subset
"""

import argparse
import json
import math
import os
import subprocess
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bpe  # noqa: E402
import corpus  # noqa: E402
import llama  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SUBSET_PATH = os.path.join(HERE, "quality_subset.jsonl")


def dequantize(packed, scales, biases, bits, group_size):
    """MLX affine: element j of a row is bits [j*bits, (j+1)*bits) of the row's uint32 words,
    little end first; w = float(q) * scale + bias, two float32 roundings."""
    rows = packed.shape[0]
    per_word = 32 // bits
    shifts = (np.arange(per_word, dtype=np.uint32) * bits)
    q = (packed[:, :, None] >> shifts[None, None, :]) & np.uint32((1 << bits) - 1)
    q = q.reshape(rows, -1).astype(np.float32)
    cols = q.shape[1]
    s = np.repeat(scales.astype(np.float32), group_size, axis=1)[:, :cols]
    b = np.repeat(biases.astype(np.float32), group_size, axis=1)[:, :cols]
    return (q * s).astype(np.float32) + b


def load_model(directory):
    with open(os.path.join(directory, "config.json")) as f:
        config = json.load(f)
    cfg = llama.Config.from_hf_json(config)
    tensors = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".safetensors"):
            tensors.update(llama.load_safetensors(os.path.join(directory, name)))
    quant = config.get("quantization")
    weights = {}
    for name, value in tensors.items():
        if name.endswith(".scales") or name.endswith(".biases"):
            continue
        base = name[:-len(".weight")]
        if value.dtype == np.uint32:
            if base + ".scales" not in tensors:
                sys.exit(f"{directory}: {name} is uint32 without scales")
            # Both bits and group size are uniform here (no per-module overrides in the config).
            value = dequantize(value, tensors[base + ".scales"], tensors[base + ".biases"],
                               quant["bits"], quant["group_size"])
        weights[name] = torch.tensor(value.astype(np.float32))
    model = llama.Llama(cfg)
    missing, unexpected = model.load_state_dict(weights, strict=False)
    if missing or unexpected:
        sys.exit(f"{directory}: missing {missing}, unexpected {unexpected}")
    model.eval()
    return model


def items_for(tok, rows):
    out = []
    for r in rows:
        prompt_ids = tok.encode(r["prompt"])
        full = tok.encode(corpus.text(r)) + [bpe.EOS_ID]
        out.append(dict(r, prompt_ids=prompt_ids, answer_ids=full[len(prompt_ids):]))
    return out


@torch.no_grad()
def torch_figures(model, items):
    correct, nll, count = {}, 0.0, 0
    per_item = []
    for it in items:
        ids = it["prompt_ids"] + it["answer_ids"]
        logits = model(torch.tensor([ids]))[0]
        first = len(it["prompt_ids"]) - 1  # the position that predicts the answer's first token
        nll += F.cross_entropy(logits[first:-1], torch.tensor(ids[first + 1:]), reduction="sum").item()
        count += len(ids) - 1 - first
        seq, got = list(it["prompt_ids"]), []
        for _ in range(len(it["answer_ids"])):
            nxt = int(model(torch.tensor([seq]))[0, -1].argmax())
            got.append(nxt)
            seq.append(nxt)
            if nxt == bpe.EOS_ID:
                break
        ok = got == it["answer_ids"]
        per_item.append(ok)
        c = correct.setdefault(it["task"], [0, 0])
        c[0] += ok
        c[1] += 1
    return correct, math.exp(nll / count), per_item


def cli_correct(mlxla, directory, it, backend):
    n = len(it["answer_ids"])
    cmd = [mlxla, "generate", "-m", directory, "--backend", backend, "--prompt-ids",
           ",".join(map(str, it["prompt_ids"])), "-n", str(n)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    return answer_matches([int(x) for x in out.split(",") if x], it["answer_ids"])


def answer_matches(generated, answer_ids):
    """The ids before the first EOS equal the answer. With a budget of len(answer) + 1 tokens
    this holds whether the CLI prints EOS, stops silently at it, or goes on past it."""
    if bpe.EOS_ID in generated:
        generated = generated[:generated.index(bpe.EOS_ID)]
    return generated == answer_ids[:-1]


def summary(correct):
    total = sum(c[0] for c in correct.values()) / sum(c[1] for c in correct.values())
    return total, " ".join(f"{t} {c[0]}/{c[1]}" for t, c in sorted(correct.items()))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", action="append", default=[], help="NAME=DIR (repeatable)")
    p.add_argument("--count", type=int, default=1000, help="held-out examples for the PyTorch figures")
    p.add_argument("--mlxla", help="the mlxla binary, for the CLI path")
    p.add_argument("--cli-model", action="append", default=[], help="NAME of a --model to run through the CLI")
    p.add_argument("--cli-count", type=int, default=30)
    p.add_argument("--backend", default="cpu")
    p.add_argument("--write-subset", type=int, default=0,
                   help="write quality_subset.jsonl: this many held-out items (equal share per task) "
                        "with the first --model's per-item result")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args()
    torch.set_num_threads(args.threads)

    models = dict(m.split("=", 1) for m in args.model)
    if not models:
        sys.exit("give at least one --model NAME=DIR")
    tok = bpe.Bpe.load(next(iter(models.values())))
    items = items_for(tok, corpus.heldout(args.count, corpus.TRAIN_COUNT))
    print(f"held-out: {len(items)} examples (seed {corpus.HELDOUT_SEED}, none in the training set)")

    results = {}
    for name, directory in models.items():
        start = time.time()
        correct, ppl, per_item = torch_figures(load_model(directory), items)
        total, detail = summary(correct)
        results[name] = per_item
        print(f"{name:4} pytorch  accuracy {100 * total:5.1f}%  perplexity {ppl:.4f}  ({detail})  "
              f"{time.time() - start:.0f}s", flush=True)

    if args.write_subset:
        first = next(iter(models))
        share = args.write_subset // len(corpus.TASKS)
        chosen = []
        for task in corpus.TASKS:
            chosen += [i for i, it in enumerate(items) if it["task"] == task][:share]
        with open(SUBSET_PATH, "w") as f:
            for i in sorted(chosen):
                it = items[i]
                f.write(json.dumps({"task": it["task"], "prompt": it["prompt"], "answer": it["answer"],
                                    "prompt_ids": it["prompt_ids"], "answer_ids": it["answer_ids"],
                                    f"{first}_correct": results[first][i]}) + "\n")
        hits = sum(results[first][i] for i in chosen)
        print(f"wrote {SUBSET_PATH}: {len(chosen)} items, {first} correct on {hits}")

    for name in args.cli_model:
        if not args.mlxla:
            sys.exit("--cli-model needs --mlxla")
        start = time.time()
        subset = items[:args.cli_count]
        correct, agree = {}, 0
        for i, it in enumerate(subset):
            ok = cli_correct(args.mlxla, models[name], it, args.backend)
            agree += ok == results[name][i]
            c = correct.setdefault(it["task"], [0, 0])
            c[0] += ok
            c[1] += 1
        total, detail = summary(correct)
        print(f"{name:4} mlxla    accuracy {100 * total:5.1f}% on the first {len(subset)} ({detail}); "
              f"agrees with PyTorch on {agree}/{len(subset)}  {time.time() - start:.0f}s", flush=True)


if __name__ == "__main__":
    main()
