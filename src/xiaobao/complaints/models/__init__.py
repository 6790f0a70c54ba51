"""Models of the complaint module, one file per aggregate."""

from xiaobao.complaints.models.case import (
    OPEN,
    Attachment,
    CalendarDay,
    CalendarYear,
    Complaint,
    ComplaintEvent,
    ContactRecord,
    IntakeKey,
    NumberSequence,
)
from xiaobao.complaints.models.major import GradingRuleSet, Level, MajorCase, Notice, ResponseClock
from xiaobao.complaints.models.mediation import ExternalRoute, MediationSession, RouteKind, RouteOutcome
from xiaobao.complaints.models.rectification import (
    AccountabilityRecord,
    AssessmentRecord,
    Measure,
    RectificationTask,
    RootCause,
)

__all__ = [
    "OPEN",
    "AccountabilityRecord",
    "AssessmentRecord",
    "Attachment",
    "CalendarDay",
    "CalendarYear",
    "Complaint",
    "ComplaintEvent",
    "ContactRecord",
    "ExternalRoute",
    "GradingRuleSet",
    "IntakeKey",
    "Level",
    "MajorCase",
    "Measure",
    "MediationSession",
    "Notice",
    "NumberSequence",
    "RectificationTask",
    "ResponseClock",
    "RootCause",
    "RouteKind",
    "RouteOutcome",
]
