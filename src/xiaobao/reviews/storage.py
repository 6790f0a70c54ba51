"""Storing review documents: type checked by content, kept outside the web root under random names, never
overwritten (a new version is a new file)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import filetype
from django.conf import settings
from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput

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
MAX_NAME = 200
_CHUNK = 1024 * 1024


def sniff(head: bytes) -> str | None:
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            return None
        text = head[:exc.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \r\n\t").lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<body" in lowered[:2000]:
        return "text/html"
    return "text/plain"


def clean_name(name: str) -> str:
    base = "".join(ch for ch in Path(name.replace("\\", "/")).name if ch.isprintable()).strip() or "file"
    if len(base) <= MAX_NAME:
        return base
    suffix = Path(base).suffix if len(Path(base).suffix) <= 10 else ""
    return base[:MAX_NAME - len(suffix)] + suffix


def storage_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "reviews"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Stored:
    original_name: str
    stored_name: str
    content_type: str
    size: int
    sha256: str

    @property
    def path(self) -> Path:
        return storage_dir() / self.stored_name


def store(name: str, stream: BinaryIO) -> Stored:
    """Check type by content and size, write under a new random name; raise InvalidInput (422) on refusal."""
    limit = settings.ATTACHMENT_MAX_BYTES
    original = clean_name(name)
    head = stream.read(8192)
    mime = sniff(head)
    extension = Path(original).suffix.lower()
    if mime not in ALLOWED:
        raise InvalidInput(_("This type of file is not accepted (Word, PDF, Excel, images, web pages, text)."),
                           field="file")
    if extension not in ALLOWED[mime]:
        raise InvalidInput(_("The file's content does not match its extension “%(ext)s”.") % {"ext": extension},
                           field="file")
    stored_name = f"{uuid.uuid4().hex}{extension}"
    target = storage_dir() / stored_name
    digest, total = hashlib.sha256(), 0
    try:
        with target.open("xb") as out:
            chunk = head
            while chunk:
                total += len(chunk)
                if total > limit:
                    raise InvalidInput(_("The file is larger than %(mb)s MB.") % {"mb": limit // (1024 * 1024)},
                                       field="file")
                digest.update(chunk)
                out.write(chunk)
                chunk = stream.read(_CHUNK)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return Stored(original, stored_name, mime, total, digest.hexdigest())
