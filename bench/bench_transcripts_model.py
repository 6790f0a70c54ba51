"""Leave-one-set-out cross-validation of the transcripts steps model (engines/transcripts/steps_model.py).

For each transcript set S of build_steps_model.TRAINING_SETS (the folds), a model is trained on every other set
and S is checked (a) by today's checklist, rules alone and rules + that model, and (b) by the checklist as it
was before anybody tuned rules on S: for a fresh set the checklist it was first scored with
(bench/fresh_history.toml's first_commit, read from git), for a training corpus (tests/data/train/) today's or,
once its errors were looked at, the one before that (TRAINING_TUNED_AFTER). (b) is the estimate for unseen
calls; (a) shows what the model costs where the rules already find everything.

Each fold's model learns every step and scores every turn once; the learned steps and their add thresholds are
then applied to those scores the way the engine applies them (the best turn of the step's speaker, dropped
when a near-miss guard of the checklist rejects it). Printed per C and MIN_DF, in both regimes: pooled micro
F1 per threshold, per step the additions right/wrong per threshold if it alone were learned, the per-step
thresholds the selection rule of build_steps_model.py picks ("chosen here"), and for the shipped choice
(build_steps_model.ADD_THRESHOLDS, or --add) and the chosen one per fold and per step rules -> rules + model.

Needs scikit-learn (dev extras) and git. Run:
    .venv/bin/python bench/bench_transcripts_model.py [--c C ...] [--min-df N ...]
(prints numbers, never asserts; a few minutes per C on one core).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from xiaobao.engines.marketing.scoring import Score, score_sets
from xiaobao.engines.transcripts import STEPS, check_transcript, default_checklist, parse_checklist
from xiaobao.engines.transcripts import build_steps_model as build
from xiaobao.engines.transcripts.checklist import Checklist
from xiaobao.engines.transcripts.engine import _model_vetoed, _turns
from xiaobao.engines.transcripts.steps_model import speaker_of

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
MAX_PRECISION_DROP = 0.01


# training corpora whose errors somebody looked at to tune the rules: the last commit before that
# (cb4945a tuned AGENT_IDENTITY on transcripts_s12a's misses)
TRAINING_TUNED_AFTER: dict[str, str] = {"train/transcripts_s12a.jsonl": "cd5fbbe"}


def _checklist_at(commit: str) -> Checklist:
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:src/xiaobao/engines/transcripts/checklist.toml"],
        capture_output=True, text=True, check=True,
    ).stdout
    return parse_checklist(tomllib.loads(text), f"{commit}:checklist.toml")


def before_checklists() -> dict[str, Checklist]:
    """The checklist each training set was checked with before anybody tuned rules on it, by set path
    (relative to tests/data): a fresh set's first_commit checklist, a training corpus's of
    TRAINING_TUNED_AFTER; absent means today's."""
    history = tomllib.loads((ROOT / "bench" / "fresh_history.toml").read_text(encoding="utf-8"))
    out = {p: _checklist_at(commit) for p, commit in TRAINING_TUNED_AFTER.items()}
    for s in history["sets"]:
        if s["engine"] == "transcripts" and "/fresh/" in s["set"]:
            out[s["set"].removeprefix("tests/data/")] = _checklist_at(s["first_commit"])
    return out


@dataclass
class Checked:
    """One call of a held-out set under one checklist: the rules' steps, and per step whether the guards of
    the checklist reject the turn the fold's model scores highest."""

    gold: list[str]
    rules: list[str]
    defined: set[str]
    vetoed: dict[str, bool]


def _best(items: Sequence[dict[str, Any]], model: Any) -> list[dict[str, tuple[float, int]]]:
    """Per call, per step: the highest probability over the turns of the step's speaker, and that turn."""
    texts = [t["text"] for i in items for t in i["turns"]]
    probs = model.probabilities(texts)
    out, base = [], 0
    for item in items:
        turns = item["turns"]
        best: dict[str, tuple[float, int]] = {}
        for k, step in enumerate(model.codes):
            cand = [(float(probs[base + j, k]), j) for j, t in enumerate(turns) if t["speaker"] == speaker_of(step)]
            # the engine keeps the first turn of the highest score
            best[step] = max(cand, key=lambda p: (p[0], -p[1])) if cand else (0.0, -1)
        out.append(best)
        base += len(turns)
    return out


def _check(items: Sequence[dict[str, Any]], checklist: Checklist | None,
           best: list[dict[str, tuple[float, int]]]) -> list[Checked]:
    cl = checklist if checklist is not None else default_checklist()
    out = []
    for item, b in zip(items, best, strict=True):
        rules = check_transcript(item, checklist=cl, second_opinion=False).steps_present
        turns = _turns(item["turns"])
        vetoed = {s: b[s][1] >= 0 and s in cl.steps and _model_vetoed(cl.steps[s], turns, b[s][1]) for s in STEPS}
        out.append(Checked(item["steps_present"], rules, set(cl.steps), vetoed))
    return out


def predicted(c: Checked, best: dict[str, tuple[float, int]], thresholds: Mapping[str, float] | None) -> list[str]:
    """The steps the engine reports with these learned steps and their add thresholds (None: rules alone)."""
    if thresholds is None:
        return c.rules
    added = [s for s, t in thresholds.items() if s not in c.rules and s in c.defined and best[s][1] >= 0
             and best[s][0] >= t and not c.vetoed[s]]
    return [*c.rules, *added]


def choose(pooled: dict[str, list[tuple[Checked, dict[str, tuple[float, int]]]]]) -> dict[str, float]:
    """Per step, the threshold of THRESHOLDS with the highest pooled F1 of the step in the 'before' regime among
    those that raise it, do not lower its F1 in the 'today' regime and lower its precision by at most
    MAX_PRECISION_DROP in both regimes (ties: the higher threshold); a step none qualifies for is not learned."""
    out: dict[str, float] = {}
    for step in STEPS:
        base = {r: score_sets((c.gold, c.rules) for c, _ in v)[0].get(step, Score(0, 0, 0)) for r, v in pooled.items()}
        best_f1, pick = base["before"].f1, None
        for t in sorted(THRESHOLDS, reverse=True):
            got = {r: score_sets((c.gold, predicted(c, b, {step: t})) for c, b in v)[0].get(step, Score(0, 0, 0))
                   for r, v in pooled.items()}
            if any(base[r].precision - got[r].precision > MAX_PRECISION_DROP for r in pooled):
                continue
            if got["today"].f1 < base["today"].f1 - 1e-9:
                continue
            if got["before"].f1 > best_f1 + 1e-9:
                best_f1, pick = got["before"].f1, t
        if pick is not None:
            out[step] = pick
    return out


def _fmt(s: Score) -> str:
    return f"{s.f1:.3f} (P {s.precision:.3f} R {s.recall:.3f})"


Folds = dict[tuple[str, str], list[tuple[Checked, dict[str, tuple[float, int]]]]]


def cross_validate(c: float, min_df: int, sets: dict[str, list[dict[str, Any]]],
                   units: dict[str, tuple[list[str], dict[str, list[tuple[int, int]]]]],
                   before: dict[str, Checklist]) -> Folds:
    """(regime, held set) -> per call of the held set: how it is checked, and the fold model's best turns."""
    folds: Folds = {}
    for held, items in sets.items():
        texts: list[str] = []
        rows: dict[str, list[tuple[int, int]]] = {s: [] for s in STEPS}
        calls = 0
        for p, (tx, rw) in units.items():
            if p == held:
                continue
            for s in STEPS:
                rows[s].extend((len(texts) + i, y) for i, y in rw[s])
            texts.extend(tx)
            calls += len(sets[p])
        model = build.model_of(build.fit(texts, rows, calls, c=c, min_df=min_df, add=0.0, learned=STEPS))
        best = _best(items, model)
        folds[("before", held)] = list(zip(_check(items, before.get(held), best), best, strict=True))
        folds[("today", held)] = list(zip(_check(items, None, best), best, strict=True))
    return folds


def report(c: float, min_df: int, folds: Folds, shipped: Mapping[str, float]) -> None:
    print(f"== C={c} MIN_DF={min_df} (shipped: {' '.join(f'{s}@{t}' for s, t in shipped.items())}) ==")
    pooled = {r: [x for (q, _), v in folds.items() if q == r for x in v] for r in ("before", "today")}
    chosen = choose(pooled)
    print(f"  chosen here: {' '.join(f'{s}@{t}' for s, t in chosen.items())}")
    for regime, calls in pooled.items():
        print(f" -- {regime}: {'checklist before tuning on the held set' if regime == 'before' else 'todays checklist'}")
        _, rules = score_sets((c.gold, c.rules) for c, _ in calls)
        line = f"  pooled micro, rules {rules.f1:.3f} P {rules.precision:.3f} R {rules.recall:.3f}"
        for t in THRESHOLDS:
            _, m = score_sets((c.gold, predicted(c, b, dict.fromkeys(shipped, t))) for c, b in calls)
            line += f" | {t}: {m.f1:.3f} P{m.precision:.3f}"
        print(line + "  (shipped steps, one threshold)")
        print("  per step if learned alone: additions right/wrong per threshold")
        for step in STEPS:
            line = f"   {step:<28}"
            for t in THRESHOLDS:
                added = [step in c.gold for c, b in calls if step in predicted(c, b, {step: t}) and step not in c.rules]
                line += f" {t}:+{sum(added)}/-{len(added) - sum(added)}"
            print(line)
        for name, th in (("shipped", shipped), ("chosen here", chosen)):
            print(f"  per fold, {name}: rules -> rules + model (steps micro F1; changed steps)")
            for (r, held), v in folds.items():
                if r != regime:
                    continue
                s0, m0 = score_sets((c.gold, c.rules) for c, _ in v)
                s1, m1 = score_sets((c.gold, predicted(c, b, th)) for c, b in v)
                changed = " ".join(f"{s[:12]} {s0[s].f1:.3f}->{s1[s].f1:.3f}" for s in STEPS
                                   if s in s0 and s in s1 and s0[s] != s1[s])
                print(f"   {held:<38} {_fmt(m0)} -> {_fmt(m1)}  {changed}")
            s0, _ = score_sets((c.gold, c.rules) for c, _ in calls)
            s1, m1 = score_sets((c.gold, predicted(c, b, th)) for c, b in calls)
            print(f"  pooled, {name}: {_fmt(rules)} -> {_fmt(m1)}")
            for step in STEPS:
                print(f"   {step:<28} {_fmt(s0[step])} -> {_fmt(s1[step])}")


def save_folds(folds: Folds, path: str) -> None:
    """Fold scores as JSON (to report other choices later without training again: --load)."""
    data = {f"{r}|{held}": [[{**asdict(c), "defined": sorted(c.defined)}, b] for c, b in v]
            for (r, held), v in folds.items()}
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def load_folds(path: str) -> Folds:
    """Fold scores written by save_folds()."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {
        (key.split("|")[0], key.split("|")[1]): [
            (Checked(c["gold"], c["rules"], set(c["defined"]), c["vetoed"]),
             {s: (p, int(t)) for s, (p, t) in b.items()}) for c, b in v
        ]
        for key, v in data.items()
    }


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c", type=float, nargs="*", default=[build.C])
    ap.add_argument("--min-df", type=int, nargs="*", default=[build.MIN_DF])
    ap.add_argument("--add", nargs="*", default=[f"{s}={t}" for s, t in build.ADD_THRESHOLDS.items()],
                    help="the learned steps to report as shipped, STEP=threshold (default: the built model's)")
    ap.add_argument("--save", help="write each C's fold scores (JSON) to this path, {c} and {min_df} filled in")
    ap.add_argument("--load", nargs="*", help="report fold scores written by --save instead of training")
    args = ap.parse_args(argv)
    shipped = {a.split("=")[0]: float(a.split("=")[1]) for a in args.add}
    for path in args.load or ():
        report(float("nan"), 0, load_folds(path), shipped)
    if args.load:
        return
    sets = {p: build.load_items([build.DATA / p]) for p in build.TRAINING_SETS}
    units = {p: build.training_units(items) for p, items in sets.items()}
    before = before_checklists()
    for c in args.c:
        for min_df in args.min_df:
            folds = cross_validate(c, min_df, sets, units, before)
            if args.save:
                save_folds(folds, args.save.format(c=c, min_df=min_df))
            report(c, min_df, folds, shipped)


if __name__ == "__main__":
    main()
