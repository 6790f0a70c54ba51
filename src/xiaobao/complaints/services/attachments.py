"""资料上传: attachments checked by content, stored outside the web root under random names."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import BinaryIO

import filetype
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import selectors
from xiaobao.complaints.models import Attachment, Complaint
from xiaobao.complaints.services._common import lock, record
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.org.models import User

# Detected MIME type → extensions a file of that type may carry.
ALLOWED_TYPES: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "audio/mpeg": (".mp3",),
    "audio/x-wav": (".wav",),
    "audio/amr": (".amr",),
    "audio/mp4": (".m4a",),
    "audio/m4a": (".m4a",),
    "video/mp4": (".mp4",),
    "text/plain": (".txt",),
}
_CHUNK = 1024 * 1024


def sniff(head: bytes) -> str | None:
    """The MIME type from the content's magic numbers; plain UTF-8 text counts as text/plain."""
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a character cut at the end of the sample is fine
            return None
    return "text/plain"


def storage_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "complaints"
    path.mkdir(parents=True, exist_ok=True)
    return path


MAX_NAME = 200  # Attachment.original_name


def _clean_name(name: str) -> str:
    """The name without a path or unprintable characters, shortened to MAX_NAME at the end of the
    stem, so that the extension, which the type check compares with the content, is kept."""
    base = "".join(ch for ch in Path(name.replace("\\", "/")).name if ch.isprintable()).strip() or "file"
    if len(base) <= MAX_NAME:
        return base
    path = Path(base)
    suffix = path.suffix if len(path.suffix) <= 10 else ""
    return base[:MAX_NAME - len(suffix)] + suffix


@transaction.atomic
def attachment_add(*, complaint_id: int, by: User, name: str, stream: BinaryIO, size: int | None = None) -> Attachment:
    """Check size and type by content, store under a random name, record it on the timeline."""
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not upload files."))
    complaint: Complaint = lock(complaint_id, by=by, version=None)
    limit = settings.ATTACHMENT_MAX_BYTES
    if size is not None and size > limit:
        raise InvalidInput(_("The file is larger than %(mb)s MB.") % {"mb": limit // (1024 * 1024)}, field="file")
    original = _clean_name(name)
    head = stream.read(8192)
    mime = sniff(head)
    extension = Path(original).suffix.lower()
    if mime not in ALLOWED_TYPES:
        raise InvalidInput(_("This type of file is not accepted."), field="file", detected=mime)
    if extension not in ALLOWED_TYPES[mime]:
        raise InvalidInput(_("The file's content does not match its extension “%(ext)s”.") % {"ext": extension},
                           field="file", detected=mime)
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
    try:
        attachment = Attachment.objects.create(
            complaint=complaint, original_name=original, stored_name=stored_name, content_type=mime, size=total,
            sha256=digest.hexdigest(), uploaded_by=by,
        )
        record(complaint, action="upload", by=by, reason=original,
               data={"attachment": attachment.pk, "name": original, "size": total, "type": mime})
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return attachment


def attachment_open(*, attachment_id: int, by: User) -> tuple[Attachment, BinaryIO]:
    """The attachment and an open file, if `by` can see its case; every download is an audit event."""
    attachment = selectors.attachment_get(user=by, pk=attachment_id)
    path = storage_dir() / attachment.stored_name
    handle = path.open("rb")
    audit.record(action="complaint.download", obj=attachment.complaint, actor=by,
                 after={"attachment": attachment.pk, "name": attachment.original_name,
                        "at": timezone.now().isoformat()})
    return attachment, handle
