"""Sales-call transcript quality check (可回溯质检): pure Python, checklist in checklist.toml.

    from xiaobao.engines.transcripts import check_transcript
    result = check_transcript({"id": "t1", "product_line": "motor", "turns": [...]})
    result.steps_present, result.steps_missing, result.violations, result.findings
"""

from xiaobao.engines.transcripts.checklist import (
    STEPS,
    Checklist,
    ChecklistError,
    load_checklist,
    parse_checklist,
)
from xiaobao.engines.transcripts.engine import (
    StepEvidence,
    TranscriptError,
    TranscriptResult,
    Turn,
    TurnFinding,
    check_transcript,
    default_checklist,
)

__all__ = [
    "STEPS",
    "Checklist",
    "ChecklistError",
    "StepEvidence",
    "TranscriptError",
    "TranscriptResult",
    "Turn",
    "TurnFinding",
    "check_transcript",
    "default_checklist",
    "load_checklist",
    "parse_checklist",
]
