"""Models of the complaint case (the major-complaint module's models live in `xiaobao.major.models`)."""

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
    case_hints,
)

__all__ = [
    "OPEN",
    "Attachment",
    "CalendarDay",
    "CalendarYear",
    "Complaint",
    "ComplaintEvent",
    "ContactRecord",
    "IntakeKey",
    "NumberSequence",
    "case_hints",
]
