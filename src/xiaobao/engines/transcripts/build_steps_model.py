"""Rebuild steps_model.json (the transcripts engine's n-gram second opinion on the required steps) from the
project's labelled transcripts.

    pip install scikit-learn==1.9.1 && python -m xiaobao.engines.transcripts.build_steps_model

Training units are single turns. For each step, one L2-regularised logistic regression (liblinear, balanced
class weights) over the hashed character 1–4-grams of marketing.classifier.features: positive turns are the
turns the checklist's rules cite for the step in calls labelled with it (rules alone, never the model's own
additions), negative turns every turn of the step's speaker in calls labelled without it; the other turns of
a call labelled with the step are left out (they may or may not state it). The vocabulary is the n-grams seen
in at least MIN_DF turns. Weights are stored quantised like the marketing classifier's (its model format and
reader), so a rebuild gives the same file.

C, the learned steps and their add thresholds were chosen by leave-one-set-out cross-validation over the
training sets (bench/bench_transcripts_model.py prints it): each set checked by the checklist as it was before
anybody tuned rules on it (a fresh set's first-scored checklist; today's for a training corpus of
tests/data/train/) plus a model trained on every other set, and by today's checklist plus that model. Per step,
the threshold with the highest pooled F1 of the step in the first regime among those that do not lower its F1
in the second and lower its precision by at most 0.01 in both; C by the pooled micro F1 of the first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from xiaobao.engines.marketing.build_classifier import design_matrix, dumps, load_items, model_content
from xiaobao.engines.marketing.classifier import Model, model_from_data
from xiaobao.engines.transcripts.checklist import STEPS
from xiaobao.engines.transcripts.steps_model import DEFAULT_MODEL_PATH, NEVER, speaker_of

REPO = Path(__file__).resolve().parents[4]
DATA = REPO / "tests" / "data"
# every labelled transcript set of the repository but the blind ones not yet scored
TRAINING_SETS: tuple[str, ...] = (
    "transcripts.jsonl",
    "transcripts_regression_1.jsonl",
    "transcripts_regression_2.jsonl",
    "fresh/2026-12-05/transcripts.jsonl",
    "fresh/2026-12-05b/transcripts.jsonl",
    "fresh/2026-12-06/transcripts.jsonl",
    "fresh/2026-12-07/transcripts.jsonl",
    "fresh/2026-12-08/transcripts.jsonl",
    "fresh/2026-12-09/transcripts.jsonl",
    "fresh/2026-12-10/transcripts.jsonl",
    "fresh/2026-12-13b/transcripts.jsonl",
    "train/transcripts_s12a.jsonl",
    "train/transcripts_s12b.jsonl",
)
# the steps the model may add, each with its add threshold (the probability its best turn must reach), and C,
# chosen by leave-one-set-out cross-validation over the 14 sets (bench/bench_transcripts_model.py; see the
# module's doc). A step of two facts said together is left to the rules when n-grams see one of the two and
# cannot tell that the other is missing or denied: PREMIUM_TERM (an amount and a period: "一个月不到十块"
# names no price; its additions were wrong as often as right) and AGENT_IDENTITY (a name and the employer:
# the selection rule picks it, at 0.9 (+32/-5 before tuning) or 0.95 (+24/-4), but learned at 0.9 it finds an
# identity in "我是负责续保的工作人员" and in "不是，我叫刘洋，工号0932" after the customer's guess of the
# company, which three family tests reject). PRODUCT_INSURER (a product and its insurer) is learned at 0.95
# only (+12/-0 before tuning).
ADD_THRESHOLDS: dict[str, float] = {
    "RECORDING_NOTICE": 0.95, "PRODUCT_INSURER": 0.95, "COVERAGE": 0.7, "EXCLUSIONS": 0.7,
    "COOLING_OFF_OR_CANCELLATION": 0.6, "CUSTOMER_CONSENT": 0.7,
}
LEARNED: tuple[str, ...] = tuple(s for s in STEPS if s in ADD_THRESHOLDS)
C = 16.0
MIN_DF = 2
# the model file's one add threshold (steps_model.py reads it); a step's own threshold t is folded into its
# intercept (+ logit(ADD_THRESHOLD) - logit(t)), so its best turn reaches ADD_THRESHOLD exactly when its
# unshifted probability reaches t
ADD_THRESHOLD = 0.8


def training_units(items: Sequence[dict[str, Any]]) -> tuple[list[str], dict[str, list[tuple[int, int]]]]:
    """The turns' texts, and per step the (turn row, label) pairs it learns from (see the module's doc)."""
    from xiaobao.engines.transcripts.engine import check_transcript

    texts: list[str] = []
    rows: dict[str, list[tuple[int, int]]] = {s: [] for s in STEPS}
    for item in items:
        turns = item["turns"]
        base = len(texts)
        texts.extend(t["text"] for t in turns)
        cited = {e.step: e.turn for e in check_transcript(item, second_opinion=False).evidence}
        for step in STEPS:
            if step in item["steps_present"]:
                if step in cited and turns[cited[step]]["speaker"] == speaker_of(step):
                    rows[step].append((base + cited[step], 1))
            else:
                rows[step].extend((base + j, 0) for j, t in enumerate(turns) if t["speaker"] == speaker_of(step))
    return texts, rows


def train(items: Sequence[dict[str, Any]], c: float = C, min_df: int = MIN_DF, add: float = ADD_THRESHOLD,
          learned: Sequence[str] = LEARNED, thresholds: Mapping[str, float] | None = None) -> dict[str, Any]:
    """The model file's content trained on these labelled transcripts."""
    texts, rows = training_units(items)
    return fit(texts, rows, len(items), c=c, min_df=min_df, add=add, learned=learned, thresholds=thresholds)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def fit(texts: Sequence[str], rows: dict[str, list[tuple[int, int]]], calls: int, c: float = C,
        min_df: int = MIN_DF, add: float = ADD_THRESHOLD, learned: Sequence[str] = LEARNED,
        thresholds: Mapping[str, float] | None = None) -> dict[str, Any]:
    """The model file's content trained on training_units() (of `calls` transcripts); cross-validation
    computes the units of each set once and joins them here. `thresholds`: per learned step, its own add
    threshold, folded into its intercept (None: every learned step at `add`)."""
    from sklearn.linear_model import LogisticRegression

    grams, x = design_matrix(list(texts), min_df)
    weights = np.zeros((len(grams), len(STEPS)))
    intercept = np.zeros(len(STEPS))
    for k, step in enumerate(STEPS):
        idx = np.array([i for i, _ in rows[step]], dtype=np.int64)
        y = np.array([label for _, label in rows[step]], dtype=int)
        if step not in learned or len(set(y.tolist())) < 2:  # the step is never added
            intercept[k] = NEVER
            continue
        m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000, random_state=0)
        m.fit(x[idx], y)
        weights[:, k] = m.coef_[0]
        intercept[k] = m.intercept_[0]
        if thresholds is not None:
            intercept[k] += _logit(add) - _logit(thresholds[step])
    head = {"c": c, "min_df": min_df, "training_calls": calls, "training_turns": len(texts),
            "learned": [s for s in STEPS if s in learned], "add_threshold": add, "veto_threshold": 0.0}
    if thresholds is not None:
        head["step_add_thresholds"] = {s: thresholds[s] for s in STEPS if s in learned}
    return model_content("transcripts steps n-gram model; built by build_steps_model.py, read by steps_model.py",
                         list(STEPS), head, grams, weights, intercept)


def model_of(data: dict[str, Any]) -> Model:
    """A Model straight from train()'s result (for cross-validation without writing files)."""
    return model_from_data(data, source="<trained>")


def build(paths: Sequence[Path] | None = None) -> str:
    """The text of steps_model.json trained on the training sets."""
    items = load_items(list(paths) if paths else [DATA / p for p in TRAINING_SETS])
    return dumps(train(items, thresholds=ADD_THRESHOLDS))


def main() -> None:
    text = build()
    DEFAULT_MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {DEFAULT_MODEL_PATH} ({len(text.encode('utf-8')) / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
