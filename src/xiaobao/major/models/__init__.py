"""Models of the major-complaint module, one file per aggregate: grading and response (`major.py`), external
routes (`mediation.py`), root cause, rectification and accountability (`rectification.py`)."""

from xiaobao.major.models.major import GradingRuleSet, Level, MajorCase, Notice, ResponseClock
from xiaobao.major.models.mediation import ExternalRoute, MediationSession, RouteKind, RouteOutcome
from xiaobao.major.models.rectification import (
    AccountabilityRecord,
    AssessmentRecord,
    Measure,
    RectificationTask,
    RootCause,
)

__all__ = [
    "AccountabilityRecord",
    "AssessmentRecord",
    "ExternalRoute",
    "GradingRuleSet",
    "Level",
    "MajorCase",
    "Measure",
    "MediationSession",
    "Notice",
    "RectificationTask",
    "ResponseClock",
    "RootCause",
    "RouteKind",
    "RouteOutcome",
]
