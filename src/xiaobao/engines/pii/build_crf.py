"""Rebuild pii_crf.crfsuite (the pii engine's PERSON/ADDRESS CRF, crf.py) from the labelled sets in the repo.

    python -m xiaobao.engines.pii.build_crf

Training sets (TRAINING_SETS): the project's labelled cases and regression sets (tests/data/pii/*.jsonl), the
shared dev corpus (../shared/datasets/pii.jsonl, read in place, never copied), the complaint and names-in-prose
sets of the regression days of tests/data/fresh/ (FRESH_DAYS: 2026-12-05 … 2027-01-07, tuned on), and the training corpora tests/data/train/pii_s1*.jsonl of TRAIN_CORPORA.
Never ../shared/datasets/real_names_dev.jsonl: it is for measuring only (a model would carry its names).
The names-in-prose sets label PERSON only: their other characters are trained as O (they hold no postal
addresses). Only PERSON and ADDRESS spans are tags; every other type is O (the regex path keeps them).

L-BFGS with elastic-net regularisation (C1, C2 chosen by leave-one-set-out: bench/bench_pii_crf.py), a fixed
number of iterations and the training units in a fixed order: a rebuild writes the same file
(tests/engines/pii/test_crf.py checks it).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from xiaobao.engines.pii.crf import MODEL_PATH, features, tags_for, units

REPO = Path(__file__).resolve().parents[4]
DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared" / "datasets"
if not SHARED.exists():  # a worktree under /work/wt/NAME: shared/ is two levels up
    SHARED = REPO.parents[1] / "shared" / "datasets"
FRESH_DAYS = ("2026-12-05", "2026-12-05b", "2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10",
              "2026-12-11", "2026-12-12", "2026-12-13", "2026-12-15", "2026-12-16", "2026-12-18", "2026-12-19",
              # regression days tuned on in s15 and s16 (never a blind day: 2026-12-21, 2027-01-08, 2027-01-11 on)
              "2026-12-20", "2026-12-23", "2026-12-24", "2026-12-27", "2026-12-28", "2026-12-29", "2027-01-01",
              "2027-01-02", "2027-01-05", "2027-01-06", "2027-01-07")
C1 = 0.05
C2 = 0.01
MAX_ITERATIONS = 150


# the training corpora written for the CRF in sessions s12, s13 and s14 (tests/data/train/README.md), pinned with the number
# of records read from each: a corpus that lands or grows later changes the model only when it is added or
# its count raised here and the model is rebuilt (an edit to a record already read changes it: the rebuild
# test then says so)
TRAIN_CORPORA = {
    "pii_s12c.jsonl": 406, "pii_s12d.jsonl": 405, "pii_s12e.jsonl": 400, "pii_s12f.jsonl": 464,
    "pii_s13pa.jsonl": 403, "pii_s13pb.jsonl": 416, "pii_s13pc.jsonl": 429, "pii_s13pd.jsonl": 402,
    "pii_s13pe.jsonl": 420, "pii_s13pf.jsonl": 418, "pii_s13pg.jsonl": 400, "pii_s13ph.jsonl": 403,
    "pii_s14pi.jsonl": 425, "pii_s14pj.jsonl": 409, "pii_s14pk.jsonl": 403, "pii_s14pl.jsonl": 434,
    "pii_s14pm.jsonl": 405, "pii_s14pn.jsonl": 423, "pii_s14po.jsonl": 433,
}


def training_sets() -> list[Path]:
    """The labelled sets the shipped model learns from (those present), in a fixed order."""
    sets = [DATA / "pii" / name for name in ("own_cases.jsonl", "regression1.jsonl", "regression2.jsonl",
                                             "regression3.jsonl")]
    sets.append(SHARED / "pii.jsonl")
    for day in FRESH_DAYS:
        sets.extend(DATA / "fresh" / day / f"pii_{kind}.jsonl" for kind in ("complaints", "names_prose"))
    sets.extend(DATA / "train" / name for name in TRAIN_CORPORA)
    return [p for p in sets if p.exists() and p.name != "real_names_dev.jsonl"]


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled records of a set (of a pinned training corpus, the first TRAIN_CORPORA[name])."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if path.parent.name == "train" and path.name in TRAIN_CORPORA:
        rows = rows[: TRAIN_CORPORA[path.name]]
    return rows


def sequences(rows: Iterable[dict[str, Any]]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, tags) of every unit of every text; a gold span that crosses a unit's edge is cut at it."""
    out = []
    for row in rows:
        text = row["text"]
        gold = [(s["start"], s["end"], s["type"]) for s in row["spans"]]
        for a, b in units(text):
            inside = [(max(s, a) - a, min(e, b) - a, t) for s, e, t in gold if s < b and a < e]
            out.append((features(text[a:b]), tags_for(b - a, inside)))
    return out


def train(rows: list[dict[str, Any]], path: Path, c1: float = C1, c2: float = C2,
          max_iterations: int = MAX_ITERATIONS) -> None:
    """Train on the labelled rows and write the model file to path."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(rows):
        trainer.append(xseq, yseq)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(path))


def build(path: Path = MODEL_PATH, sets: list[Path] | None = None) -> int:
    """Train on the training sets and write the model file; its size in bytes."""
    rows = [r for p in (sets or training_sets()) for r in load_rows(p)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "model.crfsuite"
        train(rows, out)
        data = out.read_bytes()
    path.write_bytes(data)
    return len(data)


def main() -> None:
    import time

    t0 = time.process_time()
    size = build()
    print(f"wrote {MODEL_PATH} ({size / 1e3:.0f} kB) from {len(training_sets())} sets "
          f"in {time.process_time() - t0:.0f} s CPU")


if __name__ == "__main__":
    main()
