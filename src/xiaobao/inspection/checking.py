"""The automatic check of one sales-call transcript (自动质检): the transcripts engine with the steps the
inspection rules require for the call's channel and product line, and the marketing engine on the agent's turns.

Pure over its inputs (turns, channel, product line, rules): `check_turns()` returns what to store; the service
writes it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import xiaobao
from xiaobao.engines.marketing.classifier import DEFAULT_MODEL_PATH as DEFAULT_CLASSIFIER_PATH
from xiaobao.engines.marketing.engine import classifier_enabled
from xiaobao.engines.marketing.rules import DEFAULT_RULES_PATH
from xiaobao.engines.transcripts import Checklist, TranscriptError, check_transcript, default_checklist, steps_model
from xiaobao.engines.transcripts.checklist import DEFAULT_CHECKLIST_PATH
from xiaobao.inspection.codes import FindingKind
from xiaobao.inspection.rules import Rules

_LINE = "inspection"  # the one product line of the per-call checklist built below


@dataclass(frozen=True)
class Found:
    kind: str  # FindingKind
    code: str  # step code or marketing code
    turn: int | None  # index in the transcript's turns (None: a missing step)
    quote: str = ""  # a violation's turn (free text: stored encrypted, shown masked)
    start: int = 0  # the flagged passage inside the turn
    end: int = 0
    explanation: str = ""
    basis: str = ""


@dataclass
class Outcome:
    readable: bool
    required: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    findings: list[Found] = field(default_factory=list)
    note: str = ""


@lru_cache(maxsize=1)
def engine_version() -> str:
    """xiaobao's version + digests of the checklist and marketing rules the engines ran with, and of the steps
    model and the marketing classifier when they run (XIAOBAO_TRANSCRIPTS_MODEL, XIAOBAO_MARKETING_CLASSIFIER)."""
    digest = hashlib.sha256()
    paths = [DEFAULT_CHECKLIST_PATH, DEFAULT_RULES_PATH]
    if steps_model.model_enabled():
        paths.append(steps_model.DEFAULT_MODEL_PATH)
    if classifier_enabled():  # it adds some codes to the agent's turns
        paths.append(DEFAULT_CLASSIFIER_PATH)
    for path in paths:
        digest.update(Path(path).read_bytes())
    return f"{xiaobao.__version__}+{digest.hexdigest()[:10]}"


@lru_cache(maxsize=64)
def _checklist(required: tuple[str, ...]) -> Checklist:
    base = default_checklist()
    return dataclasses.replace(base, lines={_LINE: required}, line_names={_LINE: _LINE})


def check_turns(turns: Sequence[Any], *, channel: str, product_line: str, rules: Rules) -> Outcome:
    """Check a call's turns ({"speaker", "text"} mappings or engine `Turn`s) against the rules in force."""
    required = rules.required_for(channel, product_line)
    if not turns:
        return Outcome(readable=False, required=list(required), note="empty transcript")
    try:
        result = check_transcript(list(turns), _LINE, checklist=_checklist(required))
    except TranscriptError as exc:
        return Outcome(readable=False, required=list(required), note=str(exc)[:300])
    texts = [t.text if hasattr(t, "text") else str(t.get("text", "")) for t in turns]
    names = default_checklist().step_names
    # A present step names its turn (the page marks it in the transcript); only violations quote the turn.
    findings = [Found(FindingKind.STEP_PRESENT, e.step, e.turn, explanation=names.get(e.step, e.step))
                for e in result.evidence]
    findings += [Found(FindingKind.STEP_MISSING, code, None, explanation=names.get(code, code))
                 for code in result.steps_missing]
    findings += [Found(FindingKind.VIOLATION, f.code, f.turn, texts[f.turn], f.start, f.end,
                       explanation=f.explanation, basis=f.basis) for f in result.findings]
    return Outcome(readable=True, required=list(required), present=list(result.steps_present),
                   missing=list(result.steps_missing), violations=list(result.violations), findings=findings)

