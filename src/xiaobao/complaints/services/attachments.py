"""资料上传: attachments checked by content, stored outside the web root under random names."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import selectors
from xiaobao.complaints.models import Attachment, Complaint
from xiaobao.complaints.services._common import lock, record
from xiaobao.core import uploads
from xiaobao.core.errors import PermissionDenied
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


def storage_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "complaints"
    path.mkdir(parents=True, exist_ok=True)
    return path


@transaction.atomic
def attachment_add(*, complaint_id: int, by: User, name: str, stream: BinaryIO, size: int | None = None) -> Attachment:
    """Check size and type by content, store under a random name, record it on the timeline."""
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not upload files."))
    complaint: Complaint = lock(complaint_id, by=by, version=None)
    stored = uploads.store(storage_dir(), name, stream, allowed=ALLOWED_TYPES, limit=settings.ATTACHMENT_MAX_BYTES,
                           size=size)
    try:
        attachment = Attachment.objects.create(
            complaint=complaint, original_name=stored.original_name, stored_name=stored.stored_name,
            content_type=stored.content_type, size=stored.size, sha256=stored.sha256, uploaded_by=by,
        )
        record(complaint, action="upload", by=by, reason=stored.original_name,
               data={"attachment": attachment.pk, "name": stored.original_name, "size": stored.size,
                     "type": stored.content_type})
    except BaseException:
        stored.path.unlink(missing_ok=True)
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
