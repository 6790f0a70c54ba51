"""Data shapes of the disclosure engine: extracted paragraphs, findings and the per-file result."""

from __future__ import annotations

from array import array
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "BOLD",
    "EMPHASIS_MARK",
    "HEAVY_FONT",
    "SECTION_CODES",
    "SECTION_NAMES",
    "UNDERLINE",
    "DisclosureResult",
    "Finding",
    "Para",
]

# Per-character formatting bits (Para.flags).
BOLD = 1
UNDERLINE = 2
EMPHASIS_MARK = 4  # 着重号 (w:em): reported, but not emphasis by itself (exclusions.py)
HEAVY_FONT = 8  # a heavy East Asian face (黑体 and the like) used in place of bold

SECTION_CODES: tuple[str, ...] = (
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "CLAIMS",
    "DISPUTES",
    "DEFINITIONS",
)

SECTION_NAMES: dict[str, str] = {
    "INSURED_SCOPE": "被保险人/保险标的",
    "COVERAGE": "保险责任",
    "EXCLUSIONS": "责任免除",
    "SUM_INSURED": "保险金额",
    "PREMIUM": "保险费",
    "PERIOD": "保险期间",
    "CLAIMS": "保险金申请与给付/赔偿处理",
    "DISPUTES": "争议处理",
    "DEFINITIONS": "释义",
}


@dataclass(slots=True)
class Para:
    """One paragraph of text with per-character formatting.

    ``index`` is the paragraph's position in reading order (body paragraphs, table-cell paragraphs, and
    text-box paragraphs after their anchor; 0-based) and is what findings report as ``paragraph``. ``sizes``
    holds the effective font size in points per character (0 when unknown).
    """

    index: int
    text: str
    flags: bytearray
    sizes: array
    heading_level: int | None = None  # from a heading style / outline level, when there is one
    centered: bool = False
    in_table: bool = False
    numbered: bool = False  # a Word list item (w:numPr, direct or from its style): numbered without typed text
    row_label: bool = False  # in the first cell of a table row with more cells (标签栏: 除外责任 | 下列损失……)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a document."""

    code: str
    text: str
    paragraph: int | None
    explanation: str
    basis: str
    section: str | None = None
    severity: str = "error"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class DisclosureResult:
    """What check_document found in one file."""

    file: str
    exclusions_emphasized: bool
    sections_present: list[str]
    sections_missing: list[str]
    findings: list[Finding] = field(default_factory=list)
    exclusion_clauses: int = 0
    body_size: float | None = None
    format: str = "docx"

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "exclusions_emphasized": self.exclusions_emphasized,
            "sections_present": list(self.sections_present),
            "sections_missing": list(self.sections_missing),
            "findings": [f.to_dict() for f in self.findings],
            "exclusion_clauses": self.exclusion_clauses,
            "body_size": self.body_size,
            "format": self.format,
        }
