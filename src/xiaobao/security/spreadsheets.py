"""The import guard for every uploaded Excel workbook (.xlsx): refuse spreadsheet bombs before reading them.

An .xlsx is a zip of XML files. Two kinds of bomb hurt a server that opens one naively: a sheet that declares
(or places one cell at) XFD1048576, which makes openpyxl pad 16,384 × 1,048,576 empty cells; and a deflate bomb,
a few hundred KB that inflate to hundreds of MB (one huge string). Every importer opens workbooks through
`open_xlsx` and reads rows through `iter_rows`, which:

1. inspect the zip before any XML is parsed: member count, each member's declared inflated size, the total,
   and the compression ratio (zipfile itself stops a member at its declared size, so a lying header cannot
   inflate past it);
2. stream-inflate every XML member once to read each worksheet's declared <dimension> (or, without one, its
   row and cell references) and the longest run of text between two tags, refusing a cell longer than the
   limit unread;
3. open the workbook read-only (streaming, constant memory) and iterate rows bounded by the row and column
   limits, whatever the file declares, checking each text cell's length.

Each refusal is a `SpreadsheetRefused` (a ValueError) whose message says, in the user's language, which limit
the file broke and what to do. The limits are stated in README.md ("Importing Excel files").
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string

_CHUNK = 1024 * 1024
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')
_WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# Without a <dimension>, the sheet's extent is measured from its row and cell references while inflating.
_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"')
_CELL_COLUMN = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="\$?([A-Z]{1,3})\$?\d')
# XML escapes make a text longer than its value (& → &amp;), UTF-8 makes a Chinese character three bytes.
_BYTES_PER_CHAR = 6

Source = str | Path | IO[bytes] | Any  # a path, a binary file, or a Django UploadedFile


@dataclass(frozen=True)
class XlsxLimits:
    """Upper bounds for one uploaded workbook; importers may tighten them (`dataclasses.replace`)."""

    max_unpacked_bytes: int = 64 * 1024 * 1024  # all members inflated; a 20,000-row ledger is about 18 MB
    max_ratio: int = 100  # inflated / compressed size of one member above 1 MB; real sheets compress about 10×
    max_members: int = 1_000
    max_rows: int = 25_000  # rows of a sheet, blank ones included
    max_columns: int = 200
    max_cell_chars: int = 32_767  # Excel's own limit for one cell


LIMITS = XlsxLimits()
_RATIO_FLOOR = 1024 * 1024  # small members (styles, themes) may compress well without being bombs


class SpreadsheetRefused(ValueError):
    """The workbook breaks an import limit, or is no .xlsx at all; the message is for the user."""

    def __init__(self, message: str, *, limit: str) -> None:
        super().__init__(message)
        self.message = message
        self.limit = limit  # machine name of the broken limit ("not_xlsx", "unpacked_bytes", "rows" ...)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def _not_xlsx() -> SpreadsheetRefused:
    return SpreadsheetRefused(_("The file is not an Excel workbook (.xlsx)."), limit="not_xlsx")


def _rewind(source: Source) -> None:
    if hasattr(source, "seek"):
        source.seek(0)


def inspect_xlsx(source: Source, limits: XlsxLimits = LIMITS) -> None:
    """Refuse the workbook if it breaks a limit; reads the zip directory and inflates each member once."""
    _rewind(source)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_xlsx() from exc
    try:
        members = archive.infolist()
        if len(members) > limits.max_members:
            raise SpreadsheetRefused(
                _("The workbook holds %(count)s parts, more than the %(max)s allowed.")
                % {"count": len(members), "max": limits.max_members}, limit="members")
        total = sum(m.file_size for m in members)
        if total > limits.max_unpacked_bytes:
            raise SpreadsheetRefused(
                _("The workbook unpacks to %(size)s MB, more than the %(max)s MB allowed; split it into "
                  "several files.") % {"size": _mb(total), "max": _mb(limits.max_unpacked_bytes)},
                limit="unpacked_bytes")
        for member in members:
            if member.file_size > _RATIO_FLOOR and member.file_size > limits.max_ratio * max(1, member.compress_size):
                raise SpreadsheetRefused(
                    _("The workbook is compressed %(ratio)s to 1, which only a crafted file (a zip bomb) does; "
                      "it was not opened.") % {"ratio": member.file_size // max(1, member.compress_size)},
                    limit="ratio")
        names = {m.filename for m in members}
        if "xl/workbook.xml" not in names:
            raise _not_xlsx()
        for member in members:
            _scan_member(archive, member, limits)
    # A member that inflates past its declared size fails its CRC; others are corrupt, encrypted or exotic.
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise _not_xlsx() from exc
    finally:
        archive.close()
        _rewind(source)


def _scan_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limits: XlsxLimits) -> None:
    """Inflate one XML member in chunks: a worksheet's declared size, and no text longer than a cell may be.

    Text cannot hold a raw "<", so a run without one bounds every cell, attribute and string: every run of twice
    the bound is refused here, and `iter_rows` checks each cell exactly."""
    if not member.filename.endswith((".xml", ".rels", ".vml")):
        return  # images and binary parts: bounded by the size and ratio checks only
    is_sheet = bool(_WORKSHEET.match(member.filename))
    longest = limits.max_cell_chars * _BYTES_PER_CHAR
    run = 0  # bytes since the last "<", across chunks
    head = b""
    measure = False  # a sheet without <dimension>: measure rows and columns from the references
    tail = b""  # the end of the previous chunk, so that a reference cut in two is still seen
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            if is_sheet and not measure and len(head) < 8192:
                head += chunk[:8192]
                declared = _check_dimension(head, limits)
                measure = not declared and (b"<sheetData" in head or len(head) >= 8192)
            if measure:
                _check_extent(tail + chunk, limits)
                tail = chunk[-256:]
            first = chunk.find(b"<")
            if first < 0:
                run += len(chunk)
            else:
                last = chunk.rfind(b"<")
                # A window of `longest` bytes without "<" is a run at least that long: a few find() calls per MB.
                if run + first > longest or any(chunk.find(b"<", at + 1, at + 1 + longest) < 0
                                                for at in range(first, last - longest, longest)):
                    break
                run = len(chunk) - last - 1
            if run > longest:
                break
        else:
            return
    raise _cell_too_long(limits)


def _cell_too_long(limits: XlsxLimits) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        _("A cell of the workbook is longer than %(max)s characters; it was not opened.")
        % {"max": f"{limits.max_cell_chars:,}"}, limit="cell_chars")


def _check_dimension(head: bytes, limits: XlsxLimits) -> bool:
    """Refuse a sheet whose declared <dimension> exceeds the limits; False when it declares none (yet)."""
    match = _DIMENSION.search(head)
    if not match:
        return False
    first_col, first_row, last_col, last_row = match.groups()
    _refuse_extent(int(last_row or first_row), column_index_from_string((last_col or first_col).decode()), limits)
    return True


def _check_extent(xml: bytes, limits: XlsxLimits) -> None:
    rows = [int(r) for r in _ROW_REF.findall(xml)]
    columns = _CELL_COLUMN.findall(xml)
    widest = max(columns, key=lambda letters: (len(letters), letters)) if columns else b"A"
    _refuse_extent(max(rows, default=1), column_index_from_string(widest.decode()), limits)


def _refuse_extent(rows: int, columns: int, limits: XlsxLimits) -> None:
    if rows > limits.max_rows or columns > limits.max_columns:
        raise SpreadsheetRefused(
            _("The sheet declares %(rows)s rows × %(columns)s columns; at most %(max_rows)s rows and "
              "%(max_columns)s columns are imported. Delete the empty rows and columns, or split the file.")
            % {"rows": f"{rows:,}", "columns": f"{columns:,}", "max_rows": f"{limits.max_rows:,}",
               "max_columns": limits.max_columns}, limit="dimension")


@contextmanager
def open_xlsx(source: Source, limits: XlsxLimits = LIMITS) -> Iterator[Any]:
    """The workbook, inspected and then opened read-only with cached values (formulas are not evaluated)."""
    inspect_xlsx(source, limits)
    try:
        workbook = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, InvalidFileException ... on bad files
        raise _not_xlsx() from exc
    try:
        yield workbook
    finally:
        workbook.close()


def iter_rows(sheet: Any, limits: XlsxLimits = LIMITS) -> Iterator[tuple[Any, ...]]:
    """Values of each row (blank rows included), never more than the limits, whatever the sheet declares."""
    declared = sheet.max_column if isinstance(sheet.max_column, int) else None
    max_col = min(declared or limits.max_columns, limits.max_columns)
    for number, values in enumerate(sheet.iter_rows(max_row=limits.max_rows + 1, max_col=max_col,
                                                    values_only=True), start=1):
        if number > limits.max_rows:
            raise SpreadsheetRefused(
                _("The sheet has more than %(max)s rows; split it into several files.")
                % {"max": f"{limits.max_rows:,}"}, limit="rows")
        for value in values:
            if type(value) is str and len(value) > limits.max_cell_chars:
                raise _cell_too_long(limits)
        yield values
