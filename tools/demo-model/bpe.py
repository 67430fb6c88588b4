#!/usr/bin/env python3
"""The demo model's tokenizer: a sentencepiece-style BPE (Llama-2 layout: "▁" for spaces,
byte fallback, <unk>/<s>/</s>) trained here and saved as a Hugging Face tokenizer.json.

Digits never take part in a merge, so every digit is its own token (addition generalises
across positions); punctuation never does either. Merges are learned inside words ("▁" + word), so a merged token holds "▁"
only at its start; that is why encoding word by word below equals Hugging Face's BPE over the
whole normalized string, which is what tokenizer.json (pre_tokenizer null) specifies.
Standard library only.
"""

import json
import os
from collections import Counter

SPACE = "\u2581"  # "▁"
SPECIALS = ["<unk>", "<s>", "</s>"]
UNK_ID, BOS_ID, EOS_ID = 0, 1, 2
BYTE_TOKENS = [f"<0x{b:02X}>" for b in range(256)]


# The language is question/answer, not conversation: a chat turns the last user message into
# one prompt, "Q: <message> A:" (a message that already holds "Q:", e.g. a story followed by its
# question, is kept as it is). Earlier turns are not shown to the model.
CHAT_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}{% if loop.last and m['role'] == 'user' %}"
    "{% if 'Q:' in m['content'] %}{{ m['content'] }}{% else %}Q: {{ m['content'] }}{% endif %} A:"
    "{% endif %}{% endfor %}")


def _mergeable(a, b):
    # Letters, "▁" and ":" only: digits stay single, and punctuation stays apart from words so
    # "park." and the answer "park" share the token "▁park".
    return all(c.isalpha() or c in SPACE + ":" for c in a + b)


def _words(text):
    """Normalization as tokenizer.json defines it (Prepend "▁", Replace " " -> "▁"), cut before
    each "▁" into words. Like Hugging Face's Prepend, an empty text stays empty."""
    if not text:
        return []
    normalized = SPACE + text.replace(" ", SPACE)
    words, start = [], 0
    for i in range(1, len(normalized)):
        if normalized[i] == SPACE:
            words.append(normalized[start:i])
            start = i
    words.append(normalized[start:])
    return words


class Bpe:
    def __init__(self, vocab, merges):
        self.vocab = vocab                     # token -> id
        self.merges = merges                   # [(a, b)] in rank order
        self.ranks = {m: r for r, m in enumerate(merges)}
        self.id_to_token = {i: t for t, i in vocab.items()}
        self._cache = {}

    @staticmethod
    def train(texts, vocab_size):
        """Learns merges on `texts` until the vocabulary holds `vocab_size` tokens. Pair counts
        tie-break on the pair's text, so training is deterministic."""
        word_counts = Counter(w for t in texts for w in _words(t))
        alphabet = sorted({c for w in word_counts for c in w})
        tokens = SPECIALS + BYTE_TOKENS + alphabet
        words = {w: list(w) for w in word_counts}
        merges = []
        while len(tokens) < vocab_size:
            pairs = Counter()
            for w, symbols in words.items():
                for a, b in zip(symbols, symbols[1:]):
                    if _mergeable(a, b):
                        pairs[(a, b)] += word_counts[w]
            if not pairs:
                break
            best = min(pairs, key=lambda p: (-pairs[p], p))
            if pairs[best] < 2:
                break
            merges.append(best)
            tokens.append(best[0] + best[1])
            for w, symbols in words.items():
                i, out = 0, []
                while i < len(symbols):
                    if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                        out.append(symbols[i] + symbols[i + 1])
                        i += 2
                    else:
                        out.append(symbols[i])
                        i += 1
                words[w] = out
        return Bpe({t: i for i, t in enumerate(tokens)}, merges)

    def _word_ids(self, word):
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        symbols = list(word)
        # Hugging Face order: the lowest-ranked adjacent pair first, the leftmost among equals.
        while True:
            best = None
            for i in range(len(symbols) - 1):
                r = self.ranks.get((symbols[i], symbols[i + 1]))
                if r is not None and (best is None or r < best[0]):
                    best = (r, i)
            if best is None:
                break
            i = best[1]
            symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
        ids = []
        for s in symbols:
            if s in self.vocab:
                ids.append(self.vocab[s])
            else:  # byte fallback
                ids.extend(self.vocab[BYTE_TOKENS[b]] for b in s.encode("utf-8"))
        self._cache[word] = ids
        return ids

    def encode(self, text, bos=True):
        ids = [BOS_ID] if bos else []
        for w in _words(text):
            ids.extend(self._word_ids(w))
        return ids

    def decode(self, ids):
        """Replace "▁" -> " ", ByteFallback, Fuse, Strip one leading space; specials skipped."""
        out, pending = [], bytearray()
        for i in ids:
            t = self.id_to_token.get(i)
            if t is None or t in SPECIALS:
                continue
            if t in BYTE_TOKENS:
                pending.append(int(t[3:5], 16))
                continue
            if pending:
                out.append(pending.decode("utf-8", errors="replace"))
                pending = bytearray()
            out.append(t.replace(SPACE, " "))
        if pending:
            out.append(pending.decode("utf-8", errors="replace"))
        text = "".join(out)
        return text[1:] if text.startswith(" ") else text

    def tokenizer_json(self):
        added = [{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                  "normalized": False, "special": True} for i, t in enumerate(SPECIALS)]
        return {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": added,
            "normalizer": {"type": "Sequence", "normalizers": [
                {"type": "Prepend", "prepend": SPACE},
                {"type": "Replace", "pattern": {"String": " "}, "content": SPACE}]},
            "pre_tokenizer": None,
            "post_processor": {
                "type": "TemplateProcessing",
                "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                         {"SpecialToken": {"id": "<s>", "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
                "special_tokens": {"<s>": {"id": "<s>", "ids": [BOS_ID], "tokens": ["<s>"]}}},
            "decoder": {"type": "Sequence", "decoders": [
                {"type": "Replace", "pattern": {"String": SPACE}, "content": " "},
                {"type": "ByteFallback"},
                {"type": "Fuse"},
                {"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
            "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>",
                      "continuing_subword_prefix": None, "end_of_word_suffix": None,
                      "fuse_unk": True, "byte_fallback": True, "ignore_merges": False,
                      "vocab": self.vocab, "merges": [f"{a} {b}" for a, b in self.merges]},
        }

    def save(self, directory):
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, "tokenizer.json"), "w", encoding="utf-8") as f:
            json.dump(self.tokenizer_json(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        config = {"add_bos_token": True, "add_eos_token": False, "bos_token": "<s>",
                  "eos_token": "</s>", "unk_token": "<unk>", "pad_token": None,
                  "clean_up_tokenization_spaces": False, "model_max_length": 512,
                  "tokenizer_class": "PreTrainedTokenizerFast", "chat_template": CHAT_TEMPLATE}
        with open(os.path.join(directory, "tokenizer_config.json"), "w", encoding="utf-8") as f:
            json.dump(config, f, indent=1)
            f.write("\n")

    @staticmethod
    def load(directory):
        with open(os.path.join(directory, "tokenizer.json"), encoding="utf-8") as f:
            model = json.load(f)["model"]
        merges = [tuple(m.split(" ")) for m in model["merges"]]
        return Bpe(model["vocab"], merges)
