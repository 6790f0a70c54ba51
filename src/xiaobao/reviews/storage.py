"""Where review documents are stored and which types they may be (the storing itself: `core.uploads`)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.utils.translation import gettext as _

from xiaobao.core import uploads

# Detected type → the extensions a file of that type may carry. Text types are recognised by decoding.
ALLOWED: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "text/html": (".html", ".htm"),
    "text/plain": (".txt", ".md"),
}


def storage_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "reviews"


def store(name: str, stream: BinaryIO) -> uploads.Stored:
    """Check type by content and size, write under a new random name; raise InvalidInput (422) on refusal."""
    return uploads.store(storage_dir(), name, stream, allowed=ALLOWED, limit=settings.ATTACHMENT_MAX_BYTES,
                         refused=_("This type of file is not accepted (Word, PDF, Excel, images, web pages, text)."))
