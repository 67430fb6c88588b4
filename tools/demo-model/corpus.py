#!/usr/bin/python3
"""The demo model's synthetic language: short templated stories with questions about them,
three-digit addition worked column by column, and copying / reversing / sorting a digit
string. Every example has one checkable answer. Deterministic from a seed; standard library
only.

An example is a (prompt, answer) pair, e.g. ("Q: copy 40718 A:", "40718"); its text is
`prompt + " " + answer`. The model sees BOS + text + EOS; at evaluation time it gets BOS + prompt
and must produce " " + answer, then EOS.

    python3 tools/demo-model/corpus.py --seed 1 --count 5           # print five examples
    python3 tools/demo-model/corpus.py --split heldout --count 2000 --out heldout.jsonl
"""

import argparse
import json
import random
import sys

# A deliberately small vocabulary: the language has a few dozen words.
NAMES = ["Tom", "Ann", "Sam", "Lily", "Ben", "Mia", "Max", "Zoe", "Leo", "Eva"]
COLORS = ["red", "blue", "green", "yellow", "black", "white", "pink", "brown"]
THINGS = ["ball", "cup", "hat", "box", "kite", "book", "car", "bag"]
PLACES = ["park", "shop", "garden", "school", "kitchen", "forest", "lake", "house"]
ANIMALS = ["cat", "dog", "bird", "fish", "frog", "duck"]

TASKS = ["add", "copy", "reverse", "sort", "story"]
# Default split seeds: the held-out set uses a different seed and drops any prompt that the
# training stream of the same size would contain.
TRAIN_SEED = 1
HELDOUT_SEED = 2
TRAIN_COUNT = 200000  # size of the training set train.py uses


def addition(rng):
    """Two three-digit numbers; the answer works the sum column by column from the right, each
    column as digit+digit+carry=two-digit result, then states the sum:
    `Q: 482+319= A: 2+9+0=11 8+1+1=10 4+3+1=08 so 801`. Every column's work sits at the same
    place in every answer, and the carry comes before the digit it changes: a small model learns
    this quickly, where the plain answer (most significant digit first, which needs every carry
    at once) stayed at 0% in the same budget (docs/DEMO_MODEL.md)."""
    a, b = rng.randrange(100, 1000), rng.randrange(100, 1000)
    da, db = str(a), str(b)
    columns, carry = [], 0
    for i in (2, 1, 0):
        x, y = int(da[i]), int(db[i])
        r = x + y + carry
        columns.append(f"{x}+{y}+{carry}={r:02d}")
        carry = r // 10
    return f"Q: {a}+{b}= A:", " ".join(columns) + f" so {a + b}"


def digit_string(rng):
    return "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 7)))


def copy_task(rng):
    s = digit_string(rng)
    return f"Q: copy {s} A:", s


def reverse_task(rng):
    s = digit_string(rng)
    return f"Q: reverse {s} A:", s[::-1]


def sort_task(rng):
    s = digit_string(rng)
    return f"Q: sort {s} A:", "".join(sorted(s))


def story(rng):
    """Two to four people, each with a colored thing and a place; a question about one of them.
    Things may repeat with different colors, so the answer needs the name-thing-color binding."""
    people = rng.sample(NAMES, rng.randint(2, 4))
    facts = []
    for name in people:
        facts.append({"name": name, "color": rng.choice(COLORS), "thing": rng.choice(THINGS),
                      "place": rng.choice(PLACES), "animal": rng.choice(ANIMALS)})
    sentences = []
    for f in facts:
        sentences.append(f"{f['name']} has a {f['color']} {f['thing']}.")
        form = rng.randrange(3)
        if form == 0:
            sentences.append(f"{f['name']} is in the {f['place']}.")
        elif form == 1:
            sentences.append(f"{f['name']} goes to the {f['place']}.")
        else:
            sentences.append(f"{f['name']} sees a {f['animal']} in the {f['place']}.")
    target = rng.choice(facts)
    kind = rng.randrange(3)
    if kind == 0:
        question, answer = f"What color is {target['name']}'s {target['thing']}?", target["color"]
    elif kind == 1:
        question, answer = f"Where is {target['name']}?", target["place"]
    else:
        # Only ask "who" when the colored thing is unique in the story.
        owners = [f for f in facts if f["color"] == target["color"] and f["thing"] == target["thing"]]
        if len(owners) != 1:
            question, answer = f"Where is {target['name']}?", target["place"]
        else:
            question, answer = f"Who has the {target['color']} {target['thing']}?", target["name"]
    return " ".join(sentences) + f" Q: {question} A:", answer


GENERATORS = {"add": addition, "copy": copy_task, "reverse": reverse_task, "sort": sort_task,
              "story": story}
# Addition gets the most data (carries need many examples); stories are long, so a small share
# of examples is already a large share of the tokens.
WEIGHTS = {"add": 3, "copy": 1, "reverse": 1, "sort": 1, "story": 2}


def examples(seed, count):
    """`count` examples as dicts {task, prompt, answer}, deterministic from `seed`."""
    rng = random.Random(seed)
    names = list(WEIGHTS)
    weights = [WEIGHTS[n] for n in names]
    out = []
    for _ in range(count):
        task = rng.choices(names, weights)[0]
        prompt, answer = GENERATORS[task](rng)
        out.append({"task": task, "prompt": prompt, "answer": answer})
    return out


def heldout(count, train_count, seed=HELDOUT_SEED, train_seed=TRAIN_SEED):
    """`count` examples from `seed` whose prompts never occur among the first `train_count`
    training examples (exact text match), and that are unique among themselves."""
    seen = {e["prompt"] for e in examples(train_seed, train_count)}
    out = []
    rng_seed = seed
    while len(out) < count:
        for e in examples(rng_seed, 4 * count):
            if e["prompt"] not in seen:
                seen.add(e["prompt"])
                out.append(e)
                if len(out) == count:
                    break
        rng_seed += 1000003  # only reached when the first batch ran short
    return out


def text(example):
    return example["prompt"] + " " + example["answer"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["train", "heldout"], default="train")
    parser.add_argument("--seed", type=int, default=None, help="overrides the split's default seed")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--train-count", type=int, default=TRAIN_COUNT,
                        help="held-out split: size of the training stream to exclude")
    parser.add_argument("--out", default="-", help="jsonl output (default stdout)")
    args = parser.parse_args()
    if args.split == "train":
        rows = examples(TRAIN_SEED if args.seed is None else args.seed, args.count)
    else:
        rows = heldout(args.count, args.train_count, HELDOUT_SEED if args.seed is None else args.seed)
    stream = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for row in rows:
        stream.write(json.dumps(row) + "\n")
    if stream is not sys.stdout:
        stream.close()


if __name__ == "__main__":
    main()
