#!/usr/bin/python3
"""Trains the demo model (a small Llama) on the synthetic language of corpus.py and exports it
in the Hugging Face Llama layout (config.json, model.safetensors, generation_config.json,
tokenizer.json, tokenizer_config.json). CPU, deterministic: the same arguments on the same
thread count give the same weights.

    python3 tools/demo-model/train.py --out models/demo-f32            # the committed model
    python3 tools/demo-model/train.py --out /tmp/demo --steps 50       # a pipeline check
"""

import argparse
import json
import math
import os
import random
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before torch loads OpenBLAS
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bpe  # noqa: E402
import corpus  # noqa: E402
import llama  # noqa: E402

VOCAB_SIZE = 448          # 3 specials + 256 byte-fallback tokens + characters + merges
TOKENIZER_SAMPLE = 20000  # training examples the tokenizer learns from


def encode_examples(tok, rows):
    """Each row -> (ids, first answer position): BOS + prompt + " " + answer + EOS."""
    out = []
    for r in rows:
        prompt_ids = tok.encode(r["prompt"])
        ids = tok.encode(corpus.text(r)) + [bpe.EOS_ID]
        # The prompt's tokens are a prefix of the whole text's (the answer is a separate word).
        assert ids[:len(prompt_ids)] == prompt_ids, r
        out.append((ids, len(prompt_ids)))
    return out


def packed_batch(rows, width, answer_weight, prompt_weight):
    """Rows of `width` tokens, each holding several whole examples back to back. Every example
    keeps its own positions (0, 1, ...) and attends only to itself (a block-diagonal causal
    mask), so packing changes nothing but how much padding is computed. Returns inputs,
    targets, per-token loss weights (0 on padding), positions and the additive mask."""
    inputs = torch.zeros(len(rows), width, dtype=torch.long)
    targets = torch.zeros(len(rows), width, dtype=torch.long)
    weights = torch.zeros(len(rows), width)
    positions = torch.zeros(len(rows), width, dtype=torch.long)
    segment = torch.full((len(rows), width), -1, dtype=torch.long)
    for row, items in enumerate(rows):
        at = 0
        for k, (ids, answer_at) in enumerate(items):
            n = len(ids) - 1
            inputs[row, at:at + n] = torch.tensor(ids[:-1])
            targets[row, at:at + n] = torch.tensor(ids[1:])
            weights[row, at:at + n] = prompt_weight
            # Target position p predicts ids[p + 1]; the answer (and EOS) start at answer_at.
            weights[row, at + answer_at - 1:at + n] = answer_weight
            positions[row, at:at + n] = torch.arange(n)
            segment[row, at:at + n] = k
            at += n
    same = segment[:, :, None] == segment[:, None, :]
    causal = torch.ones(width, width, dtype=torch.bool).tril()
    allowed = (same & causal) | torch.eye(width, dtype=torch.bool)  # padding sees itself only
    mask = torch.zeros(len(rows), 1, width, width)
    mask.masked_fill_(~allowed[:, None], float("-inf"))
    return inputs, targets, weights, positions, mask


def packed_epoch(train, rows, width, rng):
    """One epoch as batches of `rows` packed rows: the examples in a random order (so every
    batch mixes the tasks), each row filled greedily up to `width` input tokens."""
    order = list(range(len(train)))
    rng.shuffle(order)
    packed, row, used = [], [], 0
    for i in order:
        n = len(train[i][0]) - 1
        if n > width:
            sys.exit(f"an example has {n} tokens, more than --width {width}")
        if used + n > width:
            packed.append(row)
            row, used = [], 0
        row.append(i)
        used += n
    batches = [packed[b:b + rows] for b in range(0, len(packed) - rows + 1, rows)]
    batches.reverse()  # popped from the end: first batch first
    return batches


def lr_at(step, steps, peak, warmup):
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


@torch.no_grad()
def greedy_answer(model, prompt_ids, max_new=48):
    ids = list(prompt_ids)
    out = []
    for _ in range(max_new):
        nxt = int(model(torch.tensor([ids]))[0, -1].argmax())
        if nxt == bpe.EOS_ID:
            break
        out.append(nxt)
        ids.append(nxt)
    return out


def accuracy(model, tok, rows):
    """Greedy held-out accuracy per task; prints it and returns {task: [correct, total]}."""
    model.eval()
    correct = {}
    for r in rows:
        got = tok.decode(greedy_answer(model, tok.encode(r["prompt"]))).strip()
        c = correct.setdefault(r["task"], [0, 0])
        c[0] += got == r["answer"]
        c[1] += 1
    total = sum(c[0] for c in correct.values()) / sum(c[1] for c in correct.values())
    print("held-out accuracy: " + " ".join(f"{t}={c[0]}/{c[1]}" for t, c in sorted(correct.items()))
          + f" total={total:.3f}", flush=True)
    return correct


def export(model, tok, cfg, out_dir, log):
    os.makedirs(out_dir, exist_ok=True)
    llama.save_safetensors(os.path.join(out_dir, "model.safetensors"), llama.hf_state_dict(model),
                           {"format": "pt"})
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(cfg.hf_json(), f, indent=1)
        f.write("\n")
    with open(os.path.join(out_dir, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": bpe.BOS_ID, "eos_token_id": bpe.EOS_ID, "do_sample": False,
                   "max_new_tokens": 48}, f, indent=1)
        f.write("\n")
    tok.save(out_dir)
    with open(os.path.join(out_dir, "training_log.json"), "w") as f:
        json.dump(log, f, indent=1)
        f.write("\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True)
    p.add_argument("--steps", type=int, default=2000)
    p.add_argument("--rows", type=int, default=32, help="packed rows per batch")
    p.add_argument("--width", type=int, default=128, help="tokens per packed row")
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--warmup", type=int, default=100)
    p.add_argument("--answer-weight", type=float, default=4.0,
                   help="loss weight of answer tokens relative to the rest of the text")
    p.add_argument("--prompt-weight", type=float, default=0.0,
                   help="loss weight of prompt tokens (their digits are random: mostly noise)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=1,
                   help="torch threads (1 is faster than 2 at this size on the 2-core machine)")
    p.add_argument("--hidden", type=int, default=192)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--heads", type=int, default=6)
    p.add_argument("--kv-heads", type=int, default=2)
    p.add_argument("--intermediate", type=int, default=512)
    p.add_argument("--eval-count", type=int, default=200)
    p.add_argument("--eval-every", type=int, default=500,
                   help="also print held-out accuracy on 100 prompts every N steps (0: only at the end)")
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    started = time.time()

    train_rows = corpus.examples(corpus.TRAIN_SEED, corpus.TRAIN_COUNT)
    tok = bpe.Bpe.train([corpus.text(r) for r in train_rows[:TOKENIZER_SAMPLE]], VOCAB_SIZE)
    if len(tok.vocab) != VOCAB_SIZE:
        sys.exit(f"tokenizer: only {len(tok.vocab)} tokens learnable, wanted {VOCAB_SIZE}")
    train = encode_examples(tok, train_rows)
    heldout = corpus.heldout(args.eval_count, corpus.TRAIN_COUNT)
    print(f"data: {len(train)} examples, {sum(len(i) for i, _ in train)} tokens, "
          f"{time.time() - started:.0f}s", flush=True)

    cfg = llama.Config(VOCAB_SIZE, args.hidden, args.layers, args.heads, args.kv_heads, args.intermediate)
    model = llama.Llama(cfg)
    params = sum(t.numel() for t in model.parameters())
    print(f"model: {params} parameters", flush=True)
    decay = [t for n, t in model.named_parameters() if t.dim() >= 2]
    no_decay = [t for n, t in model.named_parameters() if t.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.95))

    order_rng = random.Random(args.seed)
    batches = []
    losses = []
    train_started = time.time()
    for step in range(args.steps):
        if not batches:
            batches = packed_epoch(train, args.rows, args.width, order_rng)
        rows = [[train[i] for i in row] for row in batches.pop()]
        inputs, targets, weights, positions, mask = packed_batch(rows, args.width, args.answer_weight,
                                                                 args.prompt_weight)
        for group in opt.param_groups:
            group["lr"] = lr_at(step, args.steps, args.lr, args.warmup)
        logits = model(inputs, positions, mask)
        per_token = F.cross_entropy(logits.reshape(-1, cfg.vocab_size), targets.reshape(-1), reduction="none")
        loss = (per_token * weights.reshape(-1)).sum() / weights.sum()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(loss.item())
        if step % 50 == 0 or step == args.steps - 1:
            recent = sum(losses[-50:]) / len(losses[-50:])
            print(f"step {step} loss {recent:.4f} lr {opt.param_groups[0]['lr']:.2e} "
                  f"{time.time() - train_started:.0f}s", flush=True)
        if args.eval_every and step % args.eval_every == args.eval_every - 1 and step < args.steps - 1:
            accuracy(model, tok, heldout[:100])
            model.train()
    train_seconds = time.time() - train_started

    correct = accuracy(model, tok, heldout)

    log = {"arguments": vars(args), "parameters": params, "train_seconds": round(train_seconds),
           "torch": torch.__version__, "final_loss": round(sum(losses[-50:]) / len(losses[-50:]), 4),
           "heldout_accuracy_sample": {t: c for t, c in sorted(correct.items())}}
    export(model, tok, cfg, args.out, log)
    print(f"wrote {args.out} ({time.time() - started:.0f}s in all)")


if __name__ == "__main__":
    main()
