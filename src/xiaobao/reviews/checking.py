"""Automatic checks of a review document (自动检查): the marketing, disclosure and pii engines.

Which engines read a document follows what it is: marketing copy → marketing engine; policy terms → disclosure
engine (required sections, exclusions emphasised per 保险法第十七条) and the marketing engine on its text;
every document → pii engine (customer personal data inside material for consumers is itself a finding). A
document that cannot be read (scanned PDF, corrupt file, image, unknown type) gets a finding "not
machine-checkable" — never a silent pass.

Pure functions over a file path: `check_file()` returns what to store; the service writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

import xiaobao
from xiaobao.engines import disclosure, marketing
from xiaobao.engines.textio import SUPPORTED_SUFFIXES, TextExtractionError, extract_text
from xiaobao.privacy.masking import MaskedText, mask_many
from xiaobao.reviews.codes import CheckAs, Engine
from xiaobao.security.spreadsheets import SpreadsheetRefused, iter_rows, open_xlsx

CONTEXT = 30  # characters of context shown on each side of a finding's passage
PII_LABELS = {
    "PERSON": "姓名", "MOBILE": "手机号码", "LANDLINE": "固定电话", "ID_CARD": "身份证号码", "BANK_CARD": "银行卡号",
    "EMAIL": "电子邮箱", "ADDRESS": "住址", "LICENSE_PLATE": "车牌号", "VIN": "车架号", "PASSPORT": "护照号码",
}
PII_BASIS = "《中华人民共和国个人信息保护法》第十三条、《银行保险机构消费者权益保护管理办法》第三十二条"
# Customer data in a clause template is expected as blanks; a person's name in marketing copy is not.
PII_IN_MATERIAL = _("Personal information of a customer appears in material meant for consumers.")


@dataclass(frozen=True)
class FoundItem:
    engine: str
    engine_version: str
    code: str
    label: str
    before: str
    quote: str
    after: str
    explanation: str
    legal_basis: str


@dataclass
class CheckResult:
    text: str = ""
    readable: bool = True
    note: str = ""
    findings: list[FoundItem] = field(default_factory=list)
    engine_versions: dict[str, str] = field(default_factory=dict)


def marketing_version() -> str:
    """The engine, its rule file and (when it runs) its classifier model: a sweep re-checks what an older version
    passed."""
    return f"{xiaobao.__version__}+{marketing.engine_version()}"


def engine_version() -> str:
    return xiaobao.__version__


def read_text(path: Path, name: str) -> str:
    """Plain text of an uploaded document; raises TextExtractionError when it cannot be machine-read."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        try:
            with open_xlsx(path) as workbook:
                lines = []
                for sheet in workbook.worksheets:
                    for row in iter_rows(sheet):
                        cells = [str(v) for v in row if v not in (None, "")]
                        if cells:
                            lines.append(" ".join(cells))
        except SpreadsheetRefused as exc:
            raise TextExtractionError(str(exc)) from None
        except Exception as exc:  # a corrupt workbook: openpyxl raises many types
            raise TextExtractionError(_("The workbook cannot be read (%(error)s).") % {"error": type(exc).__name__}) \
                from None
        return "\n".join(lines)
    if suffix not in SUPPORTED_SUFFIXES:
        raise TextExtractionError(_("Images and this file type carry no machine-readable text."))
    return extract_text(path)  # stored under a name with the original suffix, which textio reads by


def marketing_codes(text: str) -> list[str]:
    """The marketing codes the rules find in `text`, without the masked passages (a sweep needs no more)."""
    return sorted({f.code for f in marketing.check_text(text)})


def marketing_findings(text: str, masked: MaskedText | None = None) -> list[FoundItem]:
    version = marketing_version()
    codes = marketing.default_rules().codes
    masked = masked or MaskedText(text)
    items = []
    for f in marketing.check_text(text):
        info = codes.get(f.code)
        before, quote, after = masked.passage(f.start, f.end, context=CONTEXT)
        items.append(FoundItem(Engine.MARKETING, version, f.code, info.name if info else f.code, before, quote,
                               after, f.explanation, f.basis))
    return items


def pii_findings(text: str, masked: MaskedText | None = None) -> list[FoundItem]:
    masked = masked or MaskedText(text)
    items = []
    for f in masked.findings:
        before, quote, after = masked.passage(f.start, f.end, context=CONTEXT)
        items.append(FoundItem(Engine.PII, engine_version(), f.type, PII_LABELS.get(f.type, f.type), before, quote,
                               after, str(PII_IN_MATERIAL), PII_BASIS))
    return items


DISCLOSURE_LABELS = {
    "EXCLUSION_NOT_EMPHASIZED": _l("Exclusion clause not emphasised"),  # 免责条款未加粗/突出
    "REDUCTION_NOT_EMPHASIZED": _l("Clause reducing the benefit not emphasised"),  # 减轻责任条款未突出
    "SECTION_MISSING": _l("Required section missing"),  # 缺少必备章节
}


def disclosure_findings(path: Path) -> list[FoundItem]:
    result = disclosure.check_document(path)
    quotes = mask_many([f.text for f in result.findings])
    return [FoundItem(Engine.DISCLOSURE, engine_version(), f.code, str(DISCLOSURE_LABELS.get(f.code, f.code)), "",
                      quote[:500], "", f.explanation, f.basis)
            for f, quote in zip(result.findings, quotes, strict=True)]


def check_file(path: Path, *, name: str, check_as: str) -> CheckResult:
    """Run the engines that apply to the document; an unreadable file is a finding, not a pass."""
    result = CheckResult()
    try:
        result.text = read_text(path, name)
        if not result.text.strip():
            raise TextExtractionError(_("The document has no text layer (a scanned page or an image?)."))
    except TextExtractionError as exc:
        result.readable = False
        result.note = str(exc).replace(str(path), name)[:300]
        result.findings.append(FoundItem(
            Engine.READER, engine_version(), "NOT_MACHINE_CHECKABLE", _("Not machine-checkable"), "", "", "",
            _("The document could not be read by the automatic checks (%(why)s). It must be reviewed by hand.")
            % {"why": result.note}, ""))
        return result
    if check_as == CheckAs.CLAUSE and Path(name).suffix.lower() in (".docx", ".pdf"):
        try:
            result.findings.extend(disclosure_findings(path))
            result.engine_versions["disclosure"] = engine_version()
        except disclosure.DocumentError as exc:
            result.findings.append(FoundItem(
                Engine.READER, engine_version(), "NOT_MACHINE_CHECKABLE", _("Not machine-checkable"), "", "", "",
                _("The clause check could not read the document (%(why)s).") % {"why": str(exc)[:200]}, ""))
    masked = MaskedText(result.text)
    if check_as in (CheckAs.MARKETING, CheckAs.CLAUSE):
        result.findings.extend(marketing_findings(result.text, masked))
        result.engine_versions["marketing"] = marketing_version()
    result.findings.extend(pii_findings(result.text, masked))
    result.engine_versions["pii"] = engine_version()
    return result
