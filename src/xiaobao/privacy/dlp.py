"""外发检查 (DLP) — every export passes `check_export` before it leaves the platform.

The file's text is extracted (openpyxl / csv / python-docx / pypdf / plain text), scanned with the pii engine's
rules-only tier (PII_TIER below: every blocking type is a rules type; the error says which tier ran),
and personal data in clear of a blocking type (`policy.DLP_BLOCKING_TYPES`) stops the file unless the
user may export personal data in clear (`policy.EXPORT_PLAIN_ROLES`). A stopped file is recorded
(`BlockedExport`: counts by type, never the values) with an audit event, and `ExportBlocked` (403) is
raised. Masked values (138****5678) are not found by the engine and never count.

Call it outside any transaction of your own: the record must commit although the export fails.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from typing import Literal

from django.utils.translation import gettext as _

from xiaobao.core.errors import DomainError, InvalidInput
from xiaobao.engines.pii import scan
from xiaobao.engines.pii.masking import PSEUDONYM_LABELS
from xiaobao.org.models import User
from xiaobao.privacy import policy, services

Kind = Literal["xlsx", "csv", "docx", "pdf", "txt"]
KINDS: tuple[str, ...] = ("xlsx", "csv", "docx", "pdf", "txt")
CHUNK_CHARS = 20_000  # the engine scans line-joined chunks of about this size
# The pii engine's rules-only tier: every blocking type (policy.DLP_BLOCKING_TYPES) is found by the rules
# (structured types, addresses); the statistical PERSON model only adds bare names in prose, which never block
# an export, at a small fraction of the speed. Reported with every blocked export (data.pii_tier).
PII_TIER = "fast"


class ExportBlocked(DomainError):
    """The file holds personal data in clear and the user may not export it."""

    code = "export_blocked"
    http_status = 403


def _decode(content: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("utf-8", errors="replace")


def _xlsx_lines(content: bytes) -> Iterator[str]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = [_cell_text(v) for v in row if v is not None]
                if cells:
                    yield "\t".join(cells)
    finally:
        wb.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone typed as a number
    return str(value)


def _docx_lines(content: bytes) -> Iterator[str]:
    from docx import Document

    from xiaobao.engines.pii.files import _docx_paragraphs

    doc = Document(io.BytesIO(content))
    seen: set[object] = set()  # the elements themselves: ids of freed lxml proxies are reused
    for para in _docx_paragraphs(doc):
        if para._p not in seen:  # merged table cells repeat the same paragraph
            seen.add(para._p)
            yield para.text


def _pdf_lines(content: bytes) -> Iterator[str]:
    """A text PDF's lines as pypdf reads them back, page by page, then its metadata (title, subject …). A value
    wrapped over two lines is read as two: a PDF export keeps typed text on one line (see reports.pdf)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(content))
    for page in reader.pages:
        yield from (page.extract_text() or "").splitlines()
    yield from (str(v) for v in (reader.metadata or {}).values())


def extract_lines(content: bytes, kind: str) -> Iterator[str]:
    """The text of an outbound file, a line (row, paragraph) at a time."""
    if kind == "xlsx":
        yield from _xlsx_lines(content)
    elif kind == "docx":
        yield from _docx_lines(content)
    elif kind == "pdf":
        yield from _pdf_lines(content)
    elif kind == "csv":
        for row in csv.reader(io.StringIO(_decode(content), newline="")):
            yield "\t".join(row)
    elif kind == "txt":
        yield from _decode(content).splitlines()
    else:
        raise InvalidInput(_("Unsupported export format “%(kind)s”.") % {"kind": kind}, field="kind")


def findings(content: bytes, kind: str) -> Counter[str]:
    """Counts by type of the personal data in clear in the file (every type the engine knows)."""
    counts: Counter[str] = Counter()
    chunk: list[str] = []
    size = 0

    def flush() -> None:
        counts.update(f.type for f in scan("\n".join(chunk), tier=PII_TIER))

    for line in extract_lines(content, kind):
        chunk.append(line)
        size += len(line) + 1
        if size >= CHUNK_CHARS:
            flush()
            chunk, size = [], 0
    if chunk:
        flush()
    return counts


def check_export(*, user: User, filename: str, content: bytes, kind: Kind) -> None:
    """Let the file go, or record it and raise ExportBlocked (403) when it holds personal data in clear
    of a blocking type and the user lacks the right to export personal data."""
    if kind not in KINDS:
        raise InvalidInput(_("Unsupported export format “%(kind)s”.") % {"kind": kind}, field="kind")
    if policy.can_export_plain(user):
        return
    counts = findings(content, kind)
    blocking = {t: n for t, n in counts.items() if t in policy.DLP_BLOCKING_TYPES}
    if not blocking:
        return
    entry = services.blocked_export_record(user=user, filename=filename, kind=kind, findings=dict(counts))
    summary = "、".join(f"{_type_label(t)} {n}" for t, n in sorted(blocking.items()))
    raise ExportBlocked(
        _("Export blocked: the file contains personal information in clear (%(summary)s). Export the masked "
          "version, or ask a consumer-protection officer. This attempt has been recorded.") % {"summary": summary},
        blocked_export=entry.pk, findings=dict(sorted(blocking.items())), pii_tier=PII_TIER,
    )


def _type_label(kind: str) -> str:
    return PSEUDONYM_LABELS.get(kind, kind)
