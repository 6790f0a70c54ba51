"""Training's Excel imports as background work (`security.imports`): the question bank and a course's attendance.

The rows are read and saved by `services.questions_import` and `services.attendance_import` (each row on its own:
a bad row is reported, the good ones kept); here they run in the job, in one transaction with its outcome, so a
worker that dies leaves nothing half-done. A question imported before (same row content) and an attendance
recorded before are counted as imported before, never saved twice.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from xiaobao.core.models import Job
from xiaobao.org.models import User
from xiaobao.security import imports
from xiaobao.training import selectors, services

QUESTIONS = "training.questions_import"
ATTENDANCE = "training.attendance_import"


def _outcome(report: services.ImportReport) -> imports.Outcome:
    return imports.Outcome(rows=len(report.rows), created=sum(1 for r in report.rows if r.ok and not r.existing),
                           existing=sum(1 for r in report.rows if r.existing),
                           errors=[{"row": r.row, "column": "", "message": r.message} for r in report.errors])


def questions_job(source: BinaryIO, *, by: User, params: dict[str, Any], progress: imports.Progress) -> imports.Outcome:
    return _outcome(services.questions_import(by=by, stream=source, progress=progress))


def attendance_job(source: BinaryIO, *, by: User, params: dict[str, Any],
                   progress: imports.Progress) -> imports.Outcome:
    return _outcome(services.attendance_import(by=by, course_id=int(params["course_id"]), stream=source,
                                               progress=progress))


def start_questions(upload: Any, *, by: User) -> Job:
    """Queue a question-bank import (trainers and officers only)."""
    services.require_manager(by)
    return imports.start(QUESTIONS, upload, by=by)


def start_attendance(upload: Any, *, by: User, course_id: int) -> Job:
    """Queue an attendance import into one course (its keepers only, in their scope)."""
    course = selectors.course_get(user=by, pk=course_id)
    services.require_manager(by, course.plan.institution)
    return imports.start(ATTENDANCE, upload, by=by, params={"course_id": course.pk})

