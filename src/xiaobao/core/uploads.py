"""Storing an uploaded file, for every module: type checked by its content (magic numbers, or UTF-8 text), size
limited while it streams, kept outside the web root under a new random name (never overwritten), SHA-256 recorded.

    stored = uploads.store(directory, name, stream, allowed=ALLOWED_TYPES, limit=settings.ATTACHMENT_MAX_BYTES)

`allowed` maps a detected type to the extensions a file of that type may carry. Refusals are `InvalidInput`
(422, field "file") with a Chinese message.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import filetype
from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput

MAX_NAME = 200
_CHUNK = 1024 * 1024


def sniff(head: bytes) -> str | None:
    """The MIME type from the content's magic numbers; UTF-8 text is text/html when it looks like a page, else
    text/plain; None for anything else."""
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a character cut at the end of the sample is fine
            return None
        text = head[:exc.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \r\n\t").lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<body" in lowered[:2000]:
        return "text/html"
    return "text/plain"


def clean_name(name: str) -> str:
    """The name without a path or unprintable characters, shortened to MAX_NAME at the end of the stem, so that
    the extension, which the type check compares with the content, is kept."""
    base = "".join(ch for ch in Path(name.replace("\\", "/")).name if ch.isprintable()).strip() or "file"
    if len(base) <= MAX_NAME:
        return base
    suffix = Path(base).suffix if len(Path(base).suffix) <= 10 else ""
    return base[:MAX_NAME - len(suffix)] + suffix


@dataclass(frozen=True)
class Stored:
    original_name: str
    stored_name: str
    content_type: str
    size: int
    sha256: str
    path: Path


def _too_big(limit: int) -> InvalidInput:
    return InvalidInput(_("The file is larger than %(mb)s MB.") % {"mb": limit // (1024 * 1024)}, field="file")


def store(directory: Path, name: str, stream: BinaryIO, *, allowed: Mapping[str, tuple[str, ...]], limit: int,
          size: int | None = None, refused: str | None = None) -> Stored:
    """Check type and size, write under a new random name in `directory`; nothing is left behind on refusal."""
    if size is not None and size > limit:
        raise _too_big(limit)
    original = clean_name(name)
    head = stream.read(8192)
    if not head:  # nothing to keep as evidence; the API document states a file part's minLength 1
        raise InvalidInput(_("The file is empty."), field="file")
    mime = sniff(head)
    extension = Path(original).suffix.lower()
    if mime not in allowed:
        raise InvalidInput(refused or _("This type of file is not accepted."), field="file", detected=mime)
    if extension not in allowed[mime]:
        raise InvalidInput(_("The file's content does not match its extension “%(ext)s”.") % {"ext": extension},
                           field="file", detected=mime)
    directory.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{extension}"
    target = directory / stored_name
    digest, total = hashlib.sha256(), 0
    try:
        with target.open("xb") as out:
            chunk = head
            while chunk:
                total += len(chunk)
                if total > limit:
                    raise _too_big(limit)
                digest.update(chunk)
                out.write(chunk)
                chunk = stream.read(_CHUNK)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return Stored(original, stored_name, mime, total, digest.hexdigest(), target)
