"""A trained second opinion on the required steps (issue 17): a step the checklist's rules did not find is
added when the n-gram classifier is very sure that one turn states it.

One logistic score per step over the character 1–4-grams of a single turn (the agent's turns; the customer's
for CUSTOMER_CONSENT), with the marketing classifier's features and model format (marketing/classifier.py:
numpy only at run time). The model file (steps_model.json) is built by build_steps_model.py from the
project's labelled transcripts: a step's positive turns are the turns the rules cite for it in calls labelled
with the step, its negative turns every turn of the same speaker in calls labelled without it. A call gets the
step when its highest-scoring turn reaches the model's add threshold; the model never takes a step away.

On by default; XIAOBAO_TRANSCRIPTS_MODEL=0 (or check_transcript(..., second_opinion=False), or the CLI's
--no-steps-model) runs the rules alone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from xiaobao.engines.marketing.classifier import Model, model_from_data

DEFAULT_MODEL_PATH = Path(__file__).with_name("steps_model.json")
ENV = "XIAOBAO_TRANSCRIPTS_MODEL"
# the intercept of a step the model does not learn (build_steps_model.LEARNED): it is never added
NEVER = -50.0


class _Turn(Protocol):
    @property
    def speaker(self) -> str: ...
    @property
    def text(self) -> str: ...


def model_enabled() -> bool:
    """Whether check_transcript runs the steps model by default (XIAOBAO_TRANSCRIPTS_MODEL=0 turns it off)."""
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def speaker_of(step: str) -> str:
    """Whose turns state the step."""
    return "customer" if step == "CUSTOMER_CONSENT" else "agent"


def load_model(path: Path = DEFAULT_MODEL_PATH) -> Model:
    """Read a model file written by build_steps_model.py."""
    import json

    return model_from_data(json.loads(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The built-in steps model, loaded once."""
    return load_model()


def turn_scores(turns: Sequence[_Turn], model: Model) -> dict[str, tuple[float, int]]:
    """Per step of the model: the highest probability over the turns of the step's speaker, and that turn
    (-1 when the call has no such turn)."""
    probs = model.probabilities([t.text for t in turns]) if turns else None
    out: dict[str, tuple[float, int]] = {}
    for k, step in enumerate(model.codes):
        best, where = 0.0, -1
        for i, turn in enumerate(turns):
            if turn.speaker == speaker_of(step) and probs is not None and probs[i, k] > best:
                best, where = float(probs[i, k]), i
        out[step] = (best, where)
    return out


def added_steps(turns: Sequence[_Turn], present: Sequence[str], steps: Sequence[str],
                model: Model) -> list[tuple[str, int]]:
    """(step, turn) for each of `steps` the rules did not find (`present`) that the model adds."""
    learned = {c for c, b in zip(model.codes, model.intercept, strict=True) if b > NEVER}
    missing = [s for s in steps if s not in present and s in learned]
    if not missing:
        return []
    scores = turn_scores(turns, model)
    return [(s, scores[s][1]) for s in missing if scores[s][1] >= 0 and scores[s][0] >= model.add_threshold]
