"""A character n-gram linear classifier: the marketing engine's second opinion beside the rules.

Per snippet, one logistic score per violation code over hashed character 1–4-grams, and (when the model file
has one) a code-independent score: does the snippet violate at all. The model file
(classifier.json) is built by build_classifier.py from the project's labelled corpora with scikit-learn;
reading and running it needs numpy only. Features are computed here, and the build script calls the same
function, so training and run time cannot drift apart.

Text is normalised first: full-width ASCII folded, Latin letters lower-cased, every digit read as 0 (保证年化5%
and 保证年化3.5% are the same claim).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_MODEL_PATH = Path(__file__).with_name("classifier.json")
ORDERS = (1, 2, 3, 4)

# a snippet boundary inside a batch: no n-gram containing it is a feature
_SEP = 0
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constants of a multiplicative hash (splitmix64)
_MIX2 = np.uint64(0xBF58476D1CE4E5B9)
_SHIFT = np.uint64(31)


# full-width ASCII and the ideographic space folded, ASCII letters lower-cased, digits read as 0: as a str
# translation (the build script's vocabulary) and as the same operations on code points (run time)
_NORMALISE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_NORMALISE[0x3000] = 0x20
_NORMALISE.update({c: _NORMALISE[c] + 32 for c in range(0xFF21, 0xFF3B)})
_NORMALISE.update({c: c + 32 for c in range(0x41, 0x5B)})
_NORMALISE.update(dict.fromkeys(list(range(49, 58)) + list(range(65297, 65306)), 48))


def normalise(text: str) -> str:
    """The text as the classifier reads it (same length, so offsets are kept)."""
    return text.translate(_NORMALISE)


def _normalise_codepoints(cps: np.ndarray) -> np.ndarray:
    """normalise() on an array of code points (uint32), in place."""
    wide = (cps >= 0xFF01) & (cps <= 0xFF5E)
    if wide.any():
        cps[wide] -= 0xFEE0
        cps[cps == 0x3000] = 0x20
    cps[(cps >= 0x41) & (cps <= 0x5A)] += 32
    cps[(cps >= 0x31) & (cps <= 0x39)] = 0x30
    return cps


def _codepoints(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts' code points, normalised and joined with a separator, and the index of the text each
    position belongs to."""
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:
        joined = "\0".join(t.replace("\0", " ") for t in texts)
    cps = _normalise_codepoints(np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).copy())
    owner = np.cumsum(cps == _SEP, dtype=np.int32)
    return cps.astype(np.uint64), owner


def _mix(h: np.ndarray) -> np.ndarray:
    h = h * _MIX
    mixed: np.ndarray = h ^ (h >> _SHIFT)
    return mixed


def ngram_hashes(cps: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each n in ORDERS: the 64-bit hash of the n-gram starting at each position (positions 0..len-n),
    and whether it is a real n-gram (no separator inside)."""
    out = []
    n_pos = len(cps)
    h = np.zeros(n_pos, dtype=np.uint64)
    sep = cps == _SEP
    bad = np.zeros(n_pos, dtype=bool)
    for n in range(1, max(ORDERS) + 1):
        m = n_pos - n + 1
        if m <= 0:
            break
        h = _mix(h[:m] * _MIX2 + cps[n - 1:n - 1 + m] + np.uint64(n))
        bad = bad[:m] | sep[n - 1:n - 1 + m]
        if n in ORDERS:
            out.append((h, ~bad))
    return out


def gram_hashes(grams: list[str]) -> np.ndarray:
    """The hashes ngram_hashes gives these n-grams (already normalised), vectorised per length."""
    out = np.zeros(len(grams), dtype=np.uint64)
    by_len: dict[int, list[int]] = {}
    for i, g in enumerate(grams):
        by_len.setdefault(len(g), []).append(i)
    for n, idx in by_len.items():
        raw = np.frombuffer("".join(grams[i] for i in idx).encode("utf-32-le"), dtype=np.uint32)
        cps = raw.astype(np.uint64).reshape(len(idx), n)
        h = np.zeros(len(idx), dtype=np.uint64)
        for k in range(n):
            h = _mix(h * _MIX2 + cps[:, k] + np.uint64(k + 1))
        out[np.array(idx)] = h
    return out


def _searchsorted_lookup(vocab: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """Row in a sorted vocabulary of each hash, -1 where absent (the build script's lookup)."""

    def lookup(h: np.ndarray) -> np.ndarray:
        if len(vocab) == 0:
            return np.full(len(h), -1, dtype=np.int64)
        idx = np.searchsorted(vocab, h)
        idx[idx == len(vocab)] = 0
        found: np.ndarray = np.where(vocab[idx] == h, idx, -1)
        return found

    return lookup


def _occurrences(
    texts: list[str], lookup: Callable[[np.ndarray], np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text index, vocabulary row) of every n-gram occurrence found in the vocabulary, and each text's
    scale 1/sqrt(number of its n-grams)."""
    cps, owner = _codepoints(texts)
    rows, cols = [], []
    for h, ok in ngram_hashes(cps):
        idx = lookup(h)
        hit = (idx >= 0) & ok
        rows.append(owner[:len(h)][hit])
        cols.append(idx[hit])
    lengths = np.fromiter(map(len, texts), dtype=np.float64, count=len(texts))
    totals = sum(np.maximum(lengths - (n - 1), 0.0) for n in ORDERS)
    scale = 1.0 / np.sqrt(np.maximum(totals, 1.0))
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    return r, c, scale


def features(texts: list[str], vocab: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sparse features of each text over a sorted uint64 vocabulary: (text index, feature index, value)
    triples, one per n-gram occurrence found in the vocabulary (duplicates are summed by the consumer).

    The value is 1/sqrt(number of n-grams in the text): a count vector scaled to about unit length, so a
    long paragraph does not score higher only because it is long.
    """
    r, c, scale = _occurrences(texts, _searchsorted_lookup(vocab))
    return r, c, scale[r]


def all_ngrams(texts: list[str]) -> list[tuple[int, str]]:
    """(text index, n-gram) for every n-gram of every text (normalised): the build script's vocabulary."""
    out: list[tuple[int, str]] = []
    for i, t in enumerate(texts):
        s = normalise(t)
        for n in ORDERS:
            out.extend((i, s[k:k + n]) for k in range(len(s) - n + 1))
    return out


_PIECE = 1 << 16  # characters per piece of a long batch (the walk's arrays stay in the cache)
_SMALL = 2000  # batches shorter than this (in characters) are scored in plain Python
_SLOT_BITS = 20  # the child look-up's table: 2**20 slots (4 MB), ~12 per trie node (a few percent of look-ups probe on)
_KEY32_LIMIT = 2**31 - 1  # child keys fit 32-bit integers up to here (nodes × characters); 64-bit beyond


@dataclass(frozen=True)
class _Trie:
    """The vocabulary as a trie of characters, for scoring whole batches with a few numpy passes.

    Nodes are the vocabulary's n-grams and all their prefixes, numbered by length (0 is "no n-gram": a
    character or an extension the vocabulary does not hold). Each node carries the summed weights of itself
    and its prefixes (`cumulative`), so the weights of all n-grams starting at a position are one row: the
    row of the longest n-gram there that is a node. A node's children are found by its key
    (parent × `width` + the child's character id) in a hash table of `_SLOT_BITS` bits with linear probing:
    a key lies in its slot or in one of the occupied slots right after it, so a look-up goes on to the next
    slot only where the slot holds another key (a few percent of places, a few steps at most).
    """

    char_ids: np.ndarray  # raw code point (capped at len - 1, which is 0) -> character id, normalise() included
    n_first: int  # characters 1..n_first are also the nodes of the 1-grams (same numbers)
    width: int  # character ids are below this
    keys: np.ndarray  # per node: parent * width + character id (-1 for the root and the 1-grams)
    slots: np.ndarray  # hash slot -> node, 0 for none (linear probing: a key's node is at its slot or after it)
    slot_bits: int  # the table has 2**slot_bits slots
    cumulative: np.ndarray  # per code, per node: the weights of its n-gram and of its prefixes
    node_of: dict[str, int]  # node of each n-gram (the plain-Python walk of a short text)

    def child(self, parent: np.ndarray, chars: np.ndarray) -> np.ndarray:
        """The node of each parent extended by a character (0 where the vocabulary has no such n-gram)."""
        key = parent * self.keys.dtype.type(self.width) + chars
        slot = _slot(key, self.slot_bits)
        # (`take`, not indexing: the same gathers, faster on 1-D arrays)
        node = self.slots.take(slot)
        out: np.ndarray = np.where(self.keys.take(node) == key, node, 0)
        # the places whose slot holds another key (node != out: a node, not this key's): the next slot, and so on
        # until the key or an empty slot is found (keys are never negative, so an empty slot's node 0, whose
        # key is -1, never matches)
        todo = np.flatnonzero(node != out)
        if len(todo):
            mask = slot.dtype.type(len(self.slots) - 1)
            slot = slot.take(todo)
            want = key.take(todo)
            while len(todo):
                slot = (slot + 1) & mask
                node = self.slots.take(slot)
                hit = self.keys.take(node) == want
                out[todo[hit]] = node[hit]
                go_on = (node != 0) & ~hit
                todo, slot, want = todo[go_on], slot[go_on], want[go_on]
        return out


_MIX32 = np.uint32(0x9E3779B1)  # odd 32-bit constant of a multiplicative hash (Fibonacci hashing)


def _slot(key: np.ndarray, bits: int) -> np.ndarray:
    """The slot of each child key in a table of 2**bits slots: its top `bits` bits after a multiplicative hash,
    in 32-bit arithmetic for 32-bit keys (every model so far; fewer and narrower passes), in 64-bit otherwise."""
    if key.dtype == np.int32:
        return (key.view(np.uint32) * _MIX32) >> np.uint32(32 - bits)
    return (key.astype(np.uint64) * _MIX) >> np.uint64(64 - bits)


def _build_trie(grams: tuple[str, ...], weights: np.ndarray) -> _Trie:
    weight_of = dict(zip(grams, weights, strict=True))
    nodes = sorted({g[:i] for g in grams for i in range(1, len(g) + 1)}, key=lambda s: (len(s), s))
    first = [s for s in nodes if len(s) == 1]
    chars = first + sorted({c for s in nodes for c in s} - set(first))
    char_id = {c: i + 1 for i, c in enumerate(chars)}
    node_id = {s: i + 1 for i, s in enumerate(nodes)}  # the 1-grams come first: node number = character id
    width = len(chars) + 1
    key_type = np.int32 if (len(nodes) + 1) * width <= _KEY32_LIMIT else np.int64
    keys: np.ndarray = np.full(len(nodes) + 1, -1, dtype=key_type)
    cumulative = np.zeros((len(nodes) + 1, weights.shape[1]))
    for s in nodes:  # shortest first: a prefix's row is complete before its extensions read it
        i = node_id[s]
        if s in weight_of:
            cumulative[i] = weight_of[s]
        if len(s) > 1:
            keys[i] = node_id[s[:-1]] * width + char_id[s[-1]]
            cumulative[i] += cumulative[node_id[s[:-1]]]
    # code points as normalise() reads them, for every code point up to the largest that matters
    limit = max([0xFF5F, *(ord(c) + 1 for c in chars)])
    by_code_point = np.zeros(limit + 1, dtype=np.int32)
    for c, i in char_id.items():
        by_code_point[ord(c)] = i
    char_ids = by_code_point[_normalise_codepoints(np.arange(limit + 1, dtype=np.uint32))]
    char_ids[_SEP] = 0
    deep = np.flatnonzero(keys >= 0)
    return _Trie(char_ids=char_ids, n_first=len(first), width=width, keys=keys,
                 slots=_probe_table(keys, deep, _SLOT_BITS), slot_bits=_SLOT_BITS,
                 cumulative=np.ascontiguousarray(cumulative.T), node_of=node_id)


def _probe_table(keys: np.ndarray, deep: np.ndarray, bits: int) -> np.ndarray:
    """The child look-up table of 2**bits slots: slot -> node, each node of `deep` at its key's slot (_slot) or,
    when that is taken, at the first free slot after it (linear probing, wrapping round), 0 for an empty slot.
    Placed in rounds: every node still waiting tries its slot, the first of those trying a free slot takes it,
    the others move one slot on; a node passes only taken slots, which stay taken, as the look-up expects."""
    size = 1 << bits
    if len(deep) >= size:
        raise ValueError(f"{len(deep)} trie nodes do not fit a table of {size} slots")
    slots = np.zeros(size, dtype=np.int32)
    slot = _slot(keys[deep], bits).astype(np.intp)
    waiting = deep.astype(np.intp)
    while len(waiting):
        free = np.flatnonzero(slots[slot] == 0)
        taken, first = np.unique(slot[free], return_index=True)
        slots[taken] = waiting[free[first]]
        placed = np.zeros(len(waiting), dtype=bool)
        placed[free[first]] = True
        waiting, slot = waiting[~placed], (slot[~placed] + 1) & (size - 1)
    return slots


@dataclass(frozen=True)
class Violating:
    """How the code-independent "violates at all" score joins the per-code decisions (second_opinion.py)."""

    gate: float  # a code the rules missed is added only where this score is at or above it
    rescue: float  # a paragraph left with no finding gets its most likely code where the score is at or above it,
    rescue_min: float  # provided that code's own probability is at or above this
    veto: float  # every rule finding of a paragraph is dropped where the score is at or below it


@dataclass(frozen=True)
class Model:
    """A loaded classifier: vocabulary hashes (sorted), weights (features × columns: the codes, then the
    "violates at all" score when `violating` is set), intercepts, thresholds."""

    codes: tuple[str, ...]
    vocab: np.ndarray
    weights: np.ndarray
    intercept: np.ndarray
    add_threshold: float  # a code the rules missed is added at this probability or above
    veto_threshold: float  # a rule finding is dropped when its code's probability is at or below this
    source: str
    grams: tuple[str, ...] = ()  # the n-grams of the vocabulary rows
    violating: Violating | None = None  # the last weight column is the "violates at all" score
    trie: _Trie = field(init=False, repr=False)  # the vocabulary as the run-time scoring reads it

    def __post_init__(self) -> None:
        object.__setattr__(self, "trie", _build_trie(self.grams, self.weights))

    def decision(self, texts: list[str]) -> np.ndarray:
        """Linear scores (texts × columns: the codes, then the "violates at all" score if the model has one);
        positive means more likely than not.

        The n-grams starting at each position are found by walking the trie one order at a time over all
        positions at once; the row of the longest one holds the weights of all of them, and the rows of each
        text's positions are summed in one pass. Long batches are cut into pieces to bound memory.
        """
        out = np.empty((len(texts), self.weights.shape[1]))
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        if lengths.sum() < _SMALL:
            for i, text in enumerate(texts):
                out[i] = self._decision_small(text)
            return out
        # a piece ends at the first text that brings it to _PIECE characters (a separator after each), or at
        # the end: with `reach` the characters up to each text's end, the first reaching the piece's start + _PIECE
        reach = np.cumsum(lengths + 1)
        start = 0
        while start < len(texts):
            before = int(reach[start - 1]) if start else 0
            end = max(int(np.searchsorted(reach, before + _PIECE)) + 1, start + 1)
            end = min(end, len(texts))
            out[start:end] = self._decision(texts[start:end], lengths[start:end])
            start = end
        return out

    def _decision_small(self, text: str) -> np.ndarray:
        """decision() of one short text, the trie walked in plain Python: a dict look-up per n-gram costs far
        less than the fixed cost of some forty numpy calls (a call per short text: transcripts, web forms)."""
        s = normalise(text.replace("\0", " "))
        get = self.trie.node_of.get
        length = len(s)
        longest: list[int] = []
        for p in range(length):
            node = 0
            for n in ORDERS:
                if p + n > length:
                    break
                found = get(s[p:p + n])
                if found is None:
                    break
                node = found
            if node:
                longest.append(node)
        total = sum(max(length - (n - 1), 0) for n in ORDERS)
        sums = self.trie.cumulative[:, longest].sum(axis=1)
        scores: np.ndarray = sums * (1.0 / math.sqrt(max(total, 1))) + self.intercept
        return scores

    def _decision(self, texts: list[str], lengths: np.ndarray | None = None) -> np.ndarray:
        """decision() of one piece (`lengths`: the texts' lengths, when the caller has them)."""
        trie = self.trie
        joined = "\0".join(texts)
        if joined.count("\0") != len(texts) - 1:
            joined = "\0".join(t.replace("\0", " ") for t in texts)
        cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        chars = trie.char_ids.take(np.minimum(cps, len(trie.char_ids) - 1)).astype(trie.keys.dtype, copy=False)
        node = np.where(chars <= trie.n_first, chars, 0)
        longest = node.copy()
        for n in range(2, max(ORDERS) + 1):
            m = len(chars) - n + 1
            if m <= 0:
                break
            node = trie.child(node[:m], chars[n - 1:])
            # numbered by length: an n-gram's node is above its prefixes' nodes
            np.maximum(longest[:m], node, out=longest[:m])
        if lengths is None:
            lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        starts = np.concatenate(([0], np.cumsum(lengths[:-1] + 1)))
        sums = np.zeros((self.weights.shape[1], len(texts)))
        if len(longest):
            for k, column in enumerate(trie.cumulative):  # one code at a time: 1-D gathers and sums, 3x faster
                np.add.reduceat(column.take(longest), starts, out=sums[k])
        sums[:, lengths == 0] = 0.0
        totals = sum(np.maximum(lengths - (n - 1), 0) for n in ORDERS)
        scale = 1.0 / np.sqrt(np.maximum(totals, 1))
        scores: np.ndarray = sums.T * scale[:, None] + self.intercept[None, :]
        return scores

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """P(code | text) for each text and code (texts × codes)."""
        return self.opinion(texts)[0]

    def opinion(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        """P(code | text) (texts × codes) and P(the text violates at all) per text (None without that score)."""
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-self.decision(texts)))
        n = len(self.codes)
        return probs[:, :n], (probs[:, n] if self.violating is not None else None)


def model_from_data(data: dict[str, Any], source: str) -> Model:
    """A Model from a model file's parsed content (see build_classifier.py)."""
    grams: list[str] = list(data["features"])
    codes = tuple(data["codes"])
    if tuple(data.get("orders", ())) != ORDERS:
        raise ValueError(f"{source}: model built for n-gram orders {data.get('orders')}, this engine reads {ORDERS}")
    violating = Violating(**data["violating"]) if "violating" in data else None
    columns = len(codes) + (violating is not None)
    weights = np.array([data["features"][g] for g in grams], dtype=np.float64).reshape(len(grams), columns)
    weights *= np.array(data["scale"], dtype=np.float64)[None, :]
    hashes = gram_hashes(grams)
    order = np.argsort(hashes, kind="stable")
    return Model(
        codes=codes,
        vocab=hashes[order],
        weights=weights[order],
        intercept=np.array(data["intercept"], dtype=np.float64),
        add_threshold=float(data["add_threshold"]),
        veto_threshold=float(data["veto_threshold"]),
        source=source,
        grams=tuple(grams[i] for i in order),
        violating=violating,
    )


def load_model(path: Path = DEFAULT_MODEL_PATH) -> Model:
    """Read a model file written by build_classifier.py."""
    return model_from_data(json.loads(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The built-in model, loaded once."""
    return load_model()
