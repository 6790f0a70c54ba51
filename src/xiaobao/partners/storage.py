"""Where partner documents (agreements, evidence) are stored and which types they may be (`core.uploads`)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.utils.translation import gettext as _

from xiaobao.core import uploads

ALLOWED: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
}


def storage_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "partners"


def store(name: str, stream: BinaryIO) -> uploads.Stored:
    return uploads.store(storage_dir(), name, stream, allowed=ALLOWED, limit=settings.ATTACHMENT_MAX_BYTES,
                         refused=_("This type of file is not accepted (Word, PDF, images)."))


def path_of(stored_name: str) -> Path:
    return storage_dir() / stored_name
