"""Logging pieces wired in settings.LOGGING."""

from __future__ import annotations

import logging


class RefusalsWithoutTraceback(logging.Filter):
    """Drop the traceback from records of refused requests (status below 500: 400, 403, 404 …).

    Django logs a PermissionDenied or a SuspiciousOperation with the exception attached; a refusal is an
    expected outcome, not a fault, so its log line keeps the message (path, status, reason) and loses the stack.
    Server errors (500) keep theirs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
