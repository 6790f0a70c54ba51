"""Starting a bulk intake from an upload (page or API): the zip is written to disk while it streams in (size
limited), then imported as a background job (`tasks.import_zip_job`) with progress."""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from xiaobao.core import progress
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.org.models import User
from xiaobao.traceability import importing, policy


def start(upload: Any, *, by: User, system: str = "") -> Any:
    """Store the uploaded zip and queue its import; the Job (poll it with core.progress)."""
    if not policy.can_write(by):
        raise PermissionDenied(_("You may not import sales evidence."))
    limit = settings.TRACEABILITY_IMPORT_MAX_BYTES
    if getattr(upload, "size", 0) and upload.size > limit:
        raise InvalidInput(_("The zip is larger than %(mb)s MB.") % {"mb": limit // (1024 * 1024)}, field="file")
    directory = importing.upload_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}.zip"
    total = 0
    with path.open("xb") as out:
        for chunk in upload.chunks():
            total += len(chunk)
            if total > limit:
                out.close()
                path.unlink(missing_ok=True)
                raise InvalidInput(_("The zip is larger than %(mb)s MB.") % {"mb": limit // (1024 * 1024)},
                                   field="file")
            out.write(chunk)
    try:
        with importing.open_zip(path) as archive:
            importing.manifest_in_zip(archive)
    except InvalidInput:
        path.unlink(missing_ok=True)
        raise
    from xiaobao.traceability import tasks

    payload = json.dumps({"path": str(path), "system": system[:40]}).encode("utf-8")
    job = progress.create(kind=importing.JOB_KIND, title=_("Import of sales evidence %(name)s")
                          % {"name": getattr(upload, "name", "")[:100]}, by=by, payload=payload)
    progress.enqueue(job, tasks.import_zip_job)
    return job
