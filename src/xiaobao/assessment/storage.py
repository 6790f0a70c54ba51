"""Where assessment evidence (佐证材料) is stored and which types it may be (the storing itself: `core.uploads`)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.utils.translation import gettext as _

from xiaobao.core import uploads

ALLOWED: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "text/plain": (".txt",),
}


def storage_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "assessment"


def store(name: str, stream: BinaryIO) -> uploads.Stored:
    return uploads.store(storage_dir(), name, stream, allowed=ALLOWED, limit=settings.ATTACHMENT_MAX_BYTES,
                         refused=_("This type of file is not accepted (PDF, Word, Excel, images, text)."))
