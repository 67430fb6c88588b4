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

os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")  # before torch loads OpenBLAS
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


def make_batch(items, answer_weight):
    """Right-padded inputs, targets and per-token loss weights (0 on padding)."""
    width = max(len(ids) for ids, _ in items) - 1
    inputs = torch.zeros(len(items), width, dtype=torch.long)
    targets = torch.zeros(len(items), width, dtype=torch.long)
    weights = torch.zeros(len(items), width)
    for row, (ids, answer_at) in enumerate(items):
        n = len(ids) - 1
        inputs[row, :n] = torch.tensor(ids[:-1])
        targets[row, :n] = torch.tensor(ids[1:])
        weights[row, :n] = 1.0
        # Target position p predicts ids[p + 1]; the answer (and EOS) start at answer_at.
        weights[row, answer_at - 1:n] = answer_weight
    return inputs, targets, weights


def length_bucketed_batches(train, batch, rng):
    """One epoch of batches: shuffled, then sorted by length inside windows of 64 batches so a
    batch pads little, then the batches shuffled (popped from the end)."""
    order = list(range(len(train)))
    rng.shuffle(order)
    window = 64 * batch
    batches = []
    for start in range(0, len(order) - batch + 1, window):
        chunk = sorted(order[start:start + window], key=lambda i: len(train[i][0]))
        batches.extend(chunk[b:b + batch] for b in range(0, len(chunk) - batch + 1, batch))
    rng.shuffle(batches)
    return batches


def lr_at(step, steps, peak, warmup):
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


@torch.no_grad()
def greedy_answer(model, prompt_ids, max_new=12):
    ids = list(prompt_ids)
    out = []
    for _ in range(max_new):
        nxt = int(model(torch.tensor([ids]))[0, -1].argmax())
        if nxt == bpe.EOS_ID:
            break
        out.append(nxt)
        ids.append(nxt)
    return out


def export(model, tok, cfg, out_dir, log):
    os.makedirs(out_dir, exist_ok=True)
    llama.save_safetensors(os.path.join(out_dir, "model.safetensors"), llama.hf_state_dict(model),
                           {"format": "pt"})
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(cfg.hf_json(), f, indent=1)
        f.write("\n")
    with open(os.path.join(out_dir, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": bpe.BOS_ID, "eos_token_id": bpe.EOS_ID, "do_sample": False,
                   "max_new_tokens": 16}, f, indent=1)
        f.write("\n")
    tok.save(out_dir)
    with open(os.path.join(out_dir, "training_log.json"), "w") as f:
        json.dump(log, f, indent=1)
        f.write("\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True)
    p.add_argument("--steps", type=int, default=2000)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--warmup", type=int, default=100)
    p.add_argument("--answer-weight", type=float, default=4.0,
                   help="loss weight of answer tokens relative to the rest of the text")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--hidden", type=int, default=192)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--heads", type=int, default=6)
    p.add_argument("--kv-heads", type=int, default=2)
    p.add_argument("--intermediate", type=int, default=512)
    p.add_argument("--eval-count", type=int, default=200)
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
            batches = length_bucketed_batches(train, args.batch, order_rng)
        items = [train[i] for i in batches.pop()]
        inputs, targets, weights = make_batch(items, args.answer_weight)
        for group in opt.param_groups:
            group["lr"] = lr_at(step, args.steps, args.lr, args.warmup)
        logits = model(inputs)
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
    train_seconds = time.time() - train_started

    model.eval()
    correct = {}
    for r in heldout:
        got = tok.decode(greedy_answer(model, tok.encode(r["prompt"]))).strip()
        c = correct.setdefault(r["task"], [0, 0])
        c[0] += got == r["answer"]
        c[1] += 1
    total = sum(c[0] for c in correct.values()) / sum(c[1] for c in correct.values())
    print("held-out accuracy: " + " ".join(f"{t}={c[0]}/{c[1]}" for t, c in sorted(correct.items()))
          + f" total={total:.3f}", flush=True)

    log = {"arguments": vars(args), "parameters": params, "train_seconds": round(train_seconds),
           "torch": torch.__version__, "final_loss": round(sum(losses[-50:]) / len(losses[-50:]), 4),
           "heldout_accuracy_sample": {t: c for t, c in sorted(correct.items())}}
    export(model, tok, cfg, args.out, log)
    print(f"wrote {args.out} ({time.time() - started:.0f}s in all)")


if __name__ == "__main__":
    main()
