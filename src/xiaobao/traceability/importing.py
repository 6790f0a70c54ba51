"""Bulk intake of sales evidence (批量导入): a manifest (CSV, .xlsx or JSON Lines) plus its files, from a
directory (the CLI: the call centre's nightly export) or inside one zip (the API and the page: 10,000 items in
one request).

- Idempotent on (system, recording id): a row whose key is already stored is skipped, so a batch can be sent
  again, and an import that stopped half-way (a crash, a killed worker) is resumed by running it again.
- Each row is its own transaction (the sale, then the item, each committed when written); the unique key on
  (source_system, source_id) keeps a row that two runs race on from being stored twice.
- A row that fails is reported (row number, field, message in Chinese) and the import goes on.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from django.conf import settings
from django.db import IntegrityError
from django.utils.translation import gettext as _

from xiaobao.core.errors import DomainError, InvalidInput
from xiaobao.org.models import User
from xiaobao.security import spreadsheets
from xiaobao.traceability import selectors, services, storage
from xiaobao.traceability.models import EvidenceItem, SaleRecord

JOB_KIND = "traceability.import"
MAX_ROWS = 20_000
MANIFEST_NAMES = ("manifest.csv", "manifest.xlsx", "manifest.jsonl")

# Column → field; Chinese headers of the call centre's export are accepted too.
HEADERS: dict[str, str] = {
    "system": "system", "系统": "system", "来源系统": "system",
    "recording_id": "recording_id", "录音编号": "recording_id", "资料编号": "recording_id",
    "policy_number": "policy_number", "保单号": "policy_number",
    "kind": "kind", "类型": "kind", "file": "file", "文件": "file", "文件名": "file",
    "institution": "institution", "机构代码": "institution", "product_name": "product_name", "产品": "product_name",
    "product_line": "product_line", "险种": "product_line", "channel": "channel", "渠道": "channel",
    "sold_at": "sold_at", "销售时间": "sold_at", "agent_name": "agent_name", "销售人员": "agent_name",
    "agent_number": "agent_number", "工号": "agent_number", "partner_name": "partner_name",
    "合作机构": "partner_name", "partner_credit_code": "partner_credit_code",
    "policyholder_name": "policyholder_name", "投保人": "policyholder_name",
    "policyholder_phone": "policyholder_phone", "投保人电话": "policyholder_phone",
    "policyholder_id_number": "policyholder_id_number", "投保人证件号": "policyholder_id_number",
    "policyholder_birth_date": "policyholder_birth_date", "contract_start": "contract_start",
    "保险起期": "contract_start", "contract_end": "contract_end", "保险止期": "contract_end", "note": "note",
}
# Chinese names the call centre's export may use for the codes.
ALIASES: dict[str, dict[str, str]] = {
    "kind": {"录音": "recording", "录像": "video", "视频": "video", "页面轨迹": "page_trail",
             "互联网页面轨迹": "page_trail", "通话转写": "transcript", "转写": "transcript"},
    "channel": {"电话销售": "telephone", "电销": "telephone", "互联网": "internet", "网销": "internet",
                "面对面": "face_to_face", "银保": "bancassurance", "中介机构": "intermediary", "其他": "other"},
    "product_line": {"车险": "motor", "意外险": "accident", "健康险": "health", "农险": "agriculture",
                     "财产险": "property", "责任险": "liability", "保证险": "guarantee", "其他": "other"},
}
SALE_FIELDS = ("institution", "product_name", "product_line", "channel", "sold_at", "agent_name", "agent_number",
               "policyholder_name", "contract_start", "contract_end", "policyholder_phone", "policyholder_id_number",
               "policyholder_birth_date", "partner_name", "partner_credit_code")


@dataclass
class RowError:
    row: int
    field: str
    message: str
    key: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": self.message, "key": self.key}


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    skipped: int = 0  # already stored (idempotent re-run or resume)
    sales_created: int = 0
    errors: list[RowError] = field(default_factory=list)
    bytes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "created": self.created, "skipped": self.skipped,
                "sales_created": self.sales_created, "failed": len(self.errors), "bytes": self.bytes}


# ---- manifests ----------------------------------------------------------------------------------------------

def _normalise(header: Any) -> str:
    return HEADERS.get(str(header or "").strip().lower(), HEADERS.get(str(header or "").strip(), ""))


def _dict_rows(header: list[Any], rows: Iterator[tuple[Any, ...]], first: int) -> Iterator[tuple[int, dict]]:
    names = [_normalise(h) for h in header]
    for number, values in enumerate(rows, start=first):
        if not any(v not in (None, "") for v in values):
            continue
        yield number, {name: ("" if v is None else v) for name, v in zip(names, values, strict=False) if name}


def read_manifest(name: str, data: bytes) -> list[tuple[int, dict[str, Any]]]:
    """(row number, fields) of a manifest; InvalidInput (field "manifest") for an unreadable one."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".xlsx":
        try:
            with spreadsheets.open_xlsx(io.BytesIO(data)) as workbook:
                rows = spreadsheets.iter_rows(workbook.worksheets[0])
                header = next(rows, ())
                out = list(_dict_rows(list(header), rows, 2))
        except spreadsheets.SpreadsheetRefused as exc:  # the user's file, refused: not a crash of the import job
            raise InvalidInput(exc.message, field="manifest") from None
    elif suffix == ".csv":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(_("The manifest is not UTF-8 text."), field="manifest") from None
        reader = csv.reader(io.StringIO(text))
        header = next(reader, [])
        out = list(_dict_rows(header, (tuple(r) for r in reader), 2))
    elif suffix in (".jsonl", ".json"):
        out = []
        for number, line in enumerate(data.decode("utf-8-sig", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError:
                raise InvalidInput(_("Line %(n)d of the manifest is not valid JSON.") % {"n": number},
                                   field="manifest") from None
            if not isinstance(value, dict):
                raise InvalidInput(_("Line %(n)d of the manifest is not a JSON object.") % {"n": number},
                                   field="manifest")
            out.append((number, {_normalise(k): v for k, v in value.items() if _normalise(k)}))
    else:
        raise InvalidInput(_("The manifest must be a .csv, .xlsx or .jsonl file."), field="manifest")
    if len(out) > MAX_ROWS:
        raise InvalidInput(_("The manifest has more than %(n)s rows; split it.") % {"n": MAX_ROWS}, field="manifest")
    if out and not {"recording_id", "policy_number", "file"} <= set().union(*(row.keys() for _n, row in out[:1])):
        raise InvalidInput(_("The manifest needs the columns recording_id, policy_number and file."),
                           field="manifest")
    return out


# ---- where the files come from -----------------------------------------------------------------------------

Opener = Callable[[str], tuple[BinaryIO, int]]


def directory_opener(root: Path) -> Opener:
    base = root.resolve()

    def open_file(name: str) -> tuple[BinaryIO, int]:
        path = (base / name).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            raise InvalidInput(_("The file “%(name)s” is not in the files directory.") % {"name": name[:100]},
                               field="file")
        return path.open("rb"), path.stat().st_size
    return open_file


def zip_opener(archive: zipfile.ZipFile) -> Opener:
    members = {info.filename: info for info in archive.infolist() if not info.is_dir()}

    def open_file(name: str) -> tuple[BinaryIO, int]:
        info = members.get(name) or members.get(f"files/{name}")
        if info is None:
            raise InvalidInput(_("The file “%(name)s” is not in the zip.") % {"name": name[:100]}, field="file")
        return archive.open(info), info.file_size
    return open_file


def manifest_in_zip(archive: zipfile.ZipFile) -> tuple[str, bytes]:
    names = {PurePosixPath(n).name.lower(): n for n in archive.namelist() if n.count("/") == 0}
    for candidate in MANIFEST_NAMES:
        if candidate in names:
            info = archive.getinfo(names[candidate])
            if info.file_size > 200 * 1024 * 1024:
                raise InvalidInput(_("The manifest is too large."), field="manifest")
            return candidate, archive.read(info)
    raise InvalidInput(_("The zip holds no manifest.csv, manifest.xlsx or manifest.jsonl at its top level."),
                       field="manifest")


def open_zip(source: Any) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput(_("The upload is not a readable zip file."), field="file") from None
    if len(archive.infolist()) > 2 * MAX_ROWS + 10:
        raise InvalidInput(_("The zip holds too many files."), field="file")
    return archive


# ---- the rows -----------------------------------------------------------------------------------------------

def _text(row: dict[str, Any], name: str) -> str:
    value = row.get(name, "")
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    text = str(value if value is not None else "").strip()
    return ALIASES.get(name, {}).get(text, text)


def _sale_for(row: dict[str, Any], *, by: User, report: ImportReport) -> SaleRecord:
    number = _text(row, "policy_number")
    if not number:
        raise InvalidInput(_("The policy number is missing."), field="policy_number")
    sale = SaleRecord.objects.filter(policy_number=number).first()
    if sale is not None:
        if not selectors.sales_visible_to(by).filter(pk=sale.pk).exists():
            raise InvalidInput(_("The sale of this policy is outside your data scope."), field="policy_number")
        return sale
    if not _text(row, "institution"):
        raise InvalidInput(_("No sale record for this policy number: give the sale's columns (institution …)."),
                           field="policy_number")
    values = {name: row.get(name, "") if name in ("sold_at", "contract_start", "contract_end",
                                                    "policyholder_birth_date") else _text(row, name)
              for name in SALE_FIELDS}
    if isinstance(values["sold_at"], str):
        values["sold_at"] = values["sold_at"].strip()
    try:
        sale, created = services.register_sale(
            data=services.SaleInput(policy_number=number, source_system=_text(row, "system"), **values), by=by)
    except DomainError as exc:
        if exc.code == "conflict":  # another row (or run) registered it meanwhile
            found = SaleRecord.objects.filter(policy_number=number).first()
            if found is not None:
                return found
        raise
    report.sales_created += int(created)
    return sale


def import_rows(rows: list[tuple[int, dict[str, Any]]], opener: Opener, *, by: User, system: str = "",
                progress: Callable[[str, int, int], None] | None = None) -> ImportReport:
    """Import every row (see the module docstring); never raises for a bad row."""
    report = ImportReport(rows=len(rows))
    total = len(rows)
    for done, (number, row) in enumerate(rows, 1):
        key_system = (_text(row, "system") or system)[:40]
        key_id = _text(row, "recording_id")
        key = f"{key_system}/{key_id}"
        try:
            if not key_id:
                raise InvalidInput(_("The recording id is missing."), field="recording_id")
            if len(key_id) > 100:
                raise InvalidInput(_("The recording id is longer than 100 characters."), field="recording_id")
            if EvidenceItem.objects.filter(source_system=key_system, source_id=key_id).exists():
                report.skipped += 1
                continue
            name = _text(row, "file")
            kind = _text(row, "kind") or storage.kind_for(name) or ""
            sale = _sale_for(row, by=by, report=report)
            stream, size = opener(name)
            with stream:
                try:
                    item = services.add_item(sale=sale, kind=kind, name=PurePosixPath(name).name, stream=stream,
                                             size=size, by=by, source_system=key_system, source_id=key_id,
                                             note=_text(row, "note"))
                except IntegrityError:  # the same key stored by a concurrent run since the check above
                    report.skipped += 1
                    continue
            report.created += 1
            report.bytes += item.size
        except DomainError as exc:
            report.errors.append(RowError(number, exc.field or "", str(exc.message), key))
        finally:
            if progress is not None:
                progress("import", done, total)
    return report


def import_directory(manifest: Path, files: Path, *, by: User, system: str = "",
                     progress: Callable[[str, int, int], None] | None = None) -> ImportReport:
    """The CLI's import: a manifest file and the directory its `file` column is relative to."""
    rows = read_manifest(manifest.name, manifest.read_bytes())
    return import_rows(rows, directory_opener(files), by=by, system=system, progress=progress)


def import_zip(source: Any, *, by: User, system: str = "",
               progress: Callable[[str, int, int], None] | None = None) -> ImportReport:
    """The API's and page's import: one zip with the manifest at its top level and the files beside it."""
    with open_zip(source) as archive:
        name, data = manifest_in_zip(archive)
        rows = read_manifest(name, data)
        return import_rows(rows, zip_opener(archive), by=by, system=system, progress=progress)


def errors_csv(errors: list[dict[str, Any]]) -> bytes:
    """The per-row error report (行错误报告) as CSV (formula-safe)."""
    from xiaobao.core.safe_export import csv_bytes

    header = [_("Row"), _("Recording"), _("Field"), _("Problem")]
    return csv_bytes(header, [[e["row"], e.get("key", ""), e.get("field", ""), e["message"]] for e in errors])


def upload_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "traceability-imports"
