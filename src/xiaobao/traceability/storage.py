"""Where evidence files are kept and which types each kind may be (the storing itself: `core.uploads`).

Files live under MEDIA_ROOT/traceability/<yyyymm>/ under a new random name, never overwritten; their SHA-256 is
taken while they stream in. A page trail must be a readable zip holding an operation log; a transcript must
parse into turns (`transcripts.parse`).
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.core import uploads
from xiaobao.core.errors import InvalidInput
from xiaobao.traceability import transcripts
from xiaobao.traceability.codes import Kind

# Kind → (detected type → the extensions a file of that type may carry). Types are detected by content
# (`filetype`): an .m4a whose container brand is mp42 is detected as video/mp4, so it is allowed there too.
ALLOWED: dict[str, dict[str, tuple[str, ...]]] = {
    Kind.RECORDING: {"audio/x-wav": (".wav",), "audio/mpeg": (".mp3",), "audio/mp4": (".m4a",),
                     "video/mp4": (".m4a",), "audio/amr": (".amr",)},
    Kind.VIDEO: {"video/mp4": (".mp4",)},
    Kind.PAGE_TRAIL: {"application/zip": (".zip",)},
    Kind.TRANSCRIPT: {"text/plain": (".jsonl", ".json", ".txt")},
}
REFUSED = {
    Kind.RECORDING: gettext_lazy("A call recording must be a WAV, MP3, M4A or AMR file."),
    Kind.VIDEO: gettext_lazy("A video must be an MP4 file."),
    Kind.PAGE_TRAIL: gettext_lazy("A page trail must be a zip file."),
    Kind.TRANSCRIPT: gettext_lazy("A transcript must be a UTF-8 text file (.jsonl or .txt)."),
}
# Names of the operation log inside a page-trail zip (操作日志).
OPERATION_LOG_NAMES = ("operation", "operations", "oplog", "actions", "操作日志", "log")
_CHUNK = 1024 * 1024


def root() -> Path:
    return Path(settings.MEDIA_ROOT) / "traceability"


def kind_for(name: str) -> str | None:
    """The kind a file name suggests (by extension), for intake without an explicit kind."""
    extension = Path(name).suffix.lower()
    for kind, types in ALLOWED.items():
        if any(extension in extensions for extensions in types.values()):
            return kind
    return None


def _check_page_trail(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput(_("The page trail is not a readable zip file."), field="file") from None
    if not any(Path(n).stem.lower().startswith(OPERATION_LOG_NAMES) for n in names):
        raise InvalidInput(_("The page trail holds no operation log (a file named operation… or 操作日志…)."),
                           field="file")


def store(kind: str, name: str, stream: BinaryIO, *, size: int | None = None) -> tuple[str, uploads.Stored]:
    """Check and store one evidence file: (its path relative to root(), what was stored). InvalidInput (422,
    field "file") on refusal, and nothing is left behind."""
    if kind not in ALLOWED:
        raise InvalidInput(_("Unknown evidence type."), field="kind")
    month = timezone.now().strftime("%Y%m")
    stored = uploads.store(root() / month, name, stream, allowed=ALLOWED[kind],
                           limit=settings.TRACEABILITY_MAX_BYTES[kind], size=size, refused=str(REFUSED[kind]))
    try:
        if kind == Kind.PAGE_TRAIL:
            _check_page_trail(stored.path)
        elif kind == Kind.TRANSCRIPT:
            transcripts.parse(stored.path.read_bytes())
    except BaseException:
        stored.path.unlink(missing_ok=True)
        raise
    return f"{month}/{stored.stored_name}", stored


def sha256_of(path: Path) -> tuple[str, int]:
    """(SHA-256 hex, bytes read) of a stored file; OSError when it cannot be read."""
    digest, total = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            total += len(chunk)
    return digest.hexdigest(), total


def remove(relative: str) -> None:
    (root() / relative).unlink(missing_ok=True)
