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
]
