"""Leave-one-set-out cross-validation of the transcripts steps model (engines/transcripts/steps_model.py).

For each transcript set S of build_steps_model.TRAINING_SETS, a model is trained on every other set and S is
checked (a) by today's checklist, rules alone and rules + that model, and (b) for a fresh set, by the
checklist as it was when S was first scored (bench/fresh_history.toml's first_commit: rules that had not seen
S, read from git), rules alone and rules + model. (b) is the estimate for unseen calls; (a) shows what the
model costs where the rules already find everything. Pooled micro F1 per add threshold and C.

Needs scikit-learn (dev extras) and git. Run: .venv/bin/python bench/bench_transcripts_model.py [C ...]
(prints numbers, never asserts; about a minute per C on one core). Every step is learned here, so the
per-step counts show what each would add; the shipped model learns build_steps_model.LEARNED only (the
numbers in brackets: the additions of the other steps left out).
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

from xiaobao.engines.marketing.scoring import score_sets
from xiaobao.engines.transcripts import STEPS, check_transcript, parse_checklist
from xiaobao.engines.transcripts import build_steps_model as build

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.7, 0.8, 0.9, 0.95)


def first_checklists() -> dict[str, object]:
    """The checklist each fresh transcript set was first scored with, by set path."""
    history = tomllib.loads((ROOT / "bench" / "fresh_history.toml").read_text(encoding="utf-8"))
    out = {}
    for s in history["sets"]:
        if s["engine"] != "transcripts" or "/fresh/" not in s["set"]:
            continue
        text = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{s['first_commit']}:src/xiaobao/engines/transcripts/checklist.toml"],
            capture_output=True, text=True, check=True,
        ).stdout
        out[s["set"]] = parse_checklist(tomllib.loads(text), f"{s['first_commit']}:checklist.toml")
    return out


def _learned_only(pairs: list[tuple[list[str], list[str]]],
                  rules: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """(gold, predicted) with the model's additions kept for the steps the shipped model learns only."""
    return [
        (gold, [*found, *(s for s in got if s not in found and s in build.LEARNED)])
        for (gold, got), (_, found) in zip(pairs, rules, strict=True)
    ]


def main(cs: list[float]) -> None:
    sets = {p: build.load_items([build.DATA / p]) for p in build.TRAINING_SETS}
    old = first_checklists()
    for c in cs:
        print(f"== C={c} ==")
        pooled: dict[tuple[str, float | None], list[tuple[list[str], list[str]]]] = {}
        for held, items in sets.items():
            train = [i for p, its in sets.items() if p != held for i in its]
            model = build.model_of(build.train(train, c=c, add=0.0, learned=STEPS))
            regimes = [("today", None)]
            path = f"tests/data/{held}"
            if path in old:
                regimes.append(("first", old[path]))
            for name, checklist in regimes:
                line = f"  {held:<38} {name:<5}"
                rules: list[tuple[list[str], list[str]]] = []
                for t in (None, *THRESHOLDS):
                    if t is not None:
                        object.__setattr__(model, "add_threshold", t)
                    pairs = [
                        (i["steps_present"], check_transcript(
                            i, checklist=checklist, second_opinion=t is not None, model=model).steps_present)
                        for i in items
                    ]
                    rules = rules or pairs
                    pooled.setdefault((name, t), []).extend(pairs)
                    _, m = score_sets(pairs)
                    _, ms = score_sets(_learned_only(pairs, rules))
                    line += f" | {t or 'rules'}: {m.f1:.3f} P{m.precision:.3f} ({ms.f1:.3f} P{ms.precision:.3f})"
                print(line)
        for name in ("first", "today"):
            base = pooled[(name, None)]
            for t in (None, *THRESHOLDS):
                _, m = score_sets(pooled[(name, t)])
                added: Counter[tuple[str, bool]] = Counter()
                for (gold, got), (_, rules) in zip(pooled[(name, t)], base, strict=True):
                    for s in set(got) - set(rules):
                        added[(s, s in gold)] += 1
                adds = " ".join(f"{s[:8]}+{added[(s, True)]}/-{added[(s, False)]}" for s in STEPS
                                if added[(s, True)] or added[(s, False)])
                _, ms = score_sets(_learned_only(pooled[(name, t)], base))
                print(f"  pooled {name:<5} {t or 'rules':>5}: F1 {m.f1:.3f} P {m.precision:.3f} R {m.recall:.3f}"
                      f" (learning LEARNED only: F1 {ms.f1:.3f} P {ms.precision:.3f} R {ms.recall:.3f})"
                      f"   added right/wrong: {adds}")


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [build.C])
