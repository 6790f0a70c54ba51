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

C and the add threshold were chosen by leave-one-set-out cross-validation over the transcript sets
(bench/bench_transcripts_model.py prints it): each fresh set checked by the checklist as it was when the set
was first scored (rules that had not seen it) plus a model trained on every other set, and by today's
checklist plus that model; the choice is the highest pooled micro F1 of the first whose precision drops by at
most 0.005 in both.
"""

from __future__ import annotations

from collections.abc import Sequence
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
)
# the steps the model may add: one fact each. A step of two facts said together (AGENT_IDENTITY: a name and
# the employer; PRODUCT_INSURER: a product and its insurer; PREMIUM_TERM: an amount and a period) is left to the
# rules: n-grams see one of the two and cannot tell that the other is missing ("我是X财险的客服" names nobody,
# "给您说一款意外险" no insurer, "一个月不到十块" no price), which cross-validation and the family tests show.
LEARNED: tuple[str, ...] = (
    "RECORDING_NOTICE", "COVERAGE", "EXCLUSIONS", "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT",
)
C = 64.0
MIN_DF = 2
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


def train(items: Sequence[dict[str, Any]], c: float = C, min_df: int = MIN_DF,
          add: float = ADD_THRESHOLD, learned: Sequence[str] = LEARNED) -> dict[str, Any]:
    """The model file's content trained on these labelled transcripts."""
    from sklearn.linear_model import LogisticRegression

    texts, rows = training_units(items)
    grams, x = design_matrix(texts, min_df)
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
    head = {"c": c, "min_df": min_df, "training_calls": len(items), "training_turns": len(texts),
            "learned": [s for s in STEPS if s in learned], "add_threshold": add, "veto_threshold": 0.0}
    return model_content("transcripts steps n-gram model; built by build_steps_model.py, read by steps_model.py",
                         list(STEPS), head, grams, weights, intercept)


def model_of(data: dict[str, Any]) -> Model:
    """A Model straight from train()'s result (for cross-validation without writing files)."""
    return model_from_data(data, source="<trained>")


def build(paths: Sequence[Path] | None = None) -> str:
    """The text of steps_model.json trained on the training sets."""
    return dumps(train(load_items(list(paths) if paths else [DATA / p for p in TRAINING_SETS])))


def main() -> None:
    text = build()
    DEFAULT_MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {DEFAULT_MODEL_PATH} ({len(text.encode('utf-8')) / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
