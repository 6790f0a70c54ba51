"""A character n-gram linear classifier: the marketing engine's second opinion beside the rules.

Per snippet, one logistic score per violation code over hashed character 1–4-grams. The model file
(classifier.json) is built by build_classifier.py from the project's labelled corpora with scikit-learn;
reading and running it needs numpy only. Features are computed here, and the build script calls the same
function, so training and run time cannot drift apart.

Text is normalised first: full-width ASCII folded, Latin letters lower-cased, every digit read as 0 (保证年化5%
and 保证年化3.5% are the same claim).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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


_DIGITS = str.maketrans("123456789", "000000000")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def normalise(text: str) -> str:
    """The text as the classifier reads it (same length, so offsets are kept)."""
    return text.translate(_FULLWIDTH).lower().translate(_DIGITS)


def _codepoints(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts' code points, joined with a separator, and the index of the text each position belongs to."""
    joined = "\0".join(normalise(t).replace("\0", " ") for t in texts)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.cumsum(cps == _SEP, dtype=np.int64)
    return cps, owner


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


def features(texts: list[str], vocab: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sparse features of each text over a sorted uint64 vocabulary: (text index, feature index, value)
    triples, one per n-gram occurrence found in the vocabulary (duplicates are summed by the consumer).

    The value is 1/sqrt(number of n-grams in the text): a count vector scaled to about unit length, so a
    long paragraph does not score higher only because it is long.
    """
    cps, owner = _codepoints(texts)
    rows, cols = [], []
    totals = np.zeros(len(texts), dtype=np.float64)
    for h, ok in ngram_hashes(cps):
        own = owner[:len(h)][ok]
        hv = h[ok]
        totals += np.bincount(own, minlength=len(texts))
        if len(vocab) == 0:
            continue
        idx = np.searchsorted(vocab, hv)
        idx[idx == len(vocab)] = 0
        hit = vocab[idx] == hv
        rows.append(own[hit])
        cols.append(idx[hit])
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    scale = 1.0 / np.sqrt(np.maximum(totals, 1.0))
    return r, c, scale[r]


def all_ngrams(texts: list[str]) -> list[tuple[int, str]]:
    """(text index, n-gram) for every n-gram of every text (normalised): the build script's vocabulary."""
    out: list[tuple[int, str]] = []
    for i, t in enumerate(texts):
        s = normalise(t)
        for n in ORDERS:
            out.extend((i, s[k:k + n]) for k in range(len(s) - n + 1))
    return out


@dataclass(frozen=True)
class Model:
    """A loaded classifier: vocabulary hashes (sorted), weights (features × codes), intercepts, thresholds."""

    codes: tuple[str, ...]
    vocab: np.ndarray
    weights: np.ndarray
    intercept: np.ndarray
    add_threshold: float  # a code the rules missed is added at this probability or above
    veto_threshold: float  # a rule finding is dropped when its code's probability is at or below this
    source: str

    def decision(self, texts: list[str]) -> np.ndarray:
        """Linear scores (texts × codes); positive means the code is more likely than not."""
        r, c, v = features(texts, self.vocab)
        out = np.tile(self.intercept, (len(texts), 1))
        if len(r):
            contrib = self.weights[c] * v[:, None]
            np.add.at(out, r, contrib)
        return out

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """P(code | text) for each text and code (texts × codes)."""
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-self.decision(texts)))
        return probs


def model_from_data(data: dict[str, Any], source: str) -> Model:
    """A Model from a model file's parsed content (see build_classifier.py)."""
    grams: list[str] = list(data["features"])
    codes = tuple(data["codes"])
    if tuple(data.get("orders", ())) != ORDERS:
        raise ValueError(f"{source}: model built for n-gram orders {data.get('orders')}, this engine reads {ORDERS}")
    weights = np.array([data["features"][g] for g in grams], dtype=np.float64).reshape(len(grams), len(codes))
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
    )


def load_model(path: Path = DEFAULT_MODEL_PATH) -> Model:
    """Read a model file written by build_classifier.py."""
    return model_from_data(json.loads(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The built-in model, loaded once."""
    return load_model()
