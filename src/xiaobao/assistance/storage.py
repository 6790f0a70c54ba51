"""Where the photos of facilities checks are stored and which types they may be (images only)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.utils.translation import gettext as _

from xiaobao.core import uploads

ALLOWED: dict[str, tuple[str, ...]] = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/webp": (".webp",),
}


def storage_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "assistance"


def store(name: str, stream: BinaryIO) -> uploads.Stored:
    """Check type by content and size, write under a new random name; raise InvalidInput (422) on refusal."""
    return uploads.store(storage_dir(), name, stream, allowed=ALLOWED, limit=settings.ATTACHMENT_MAX_BYTES,
                         refused=_("Only photos are accepted (JPEG, PNG, WebP)."))
