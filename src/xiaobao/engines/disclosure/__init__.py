"""Disclosure engine: required sections of a policy wording and the emphasis of exclusion clauses.

Pure Python (no Django). ``check_document(path)`` reads a .docx (python-docx) or a text PDF (pypdf),
finds the required sections (codes in shared/datasets/README.md) from their headings (numbered, styled, in
【】 brackets or run in at the start of an article, combined such as 保险金额和保险费) or from an article that
states the rule without a heading (articles.py: 保险期间为……, 可作为本合同的被保险人; a mention in passing such
as 在保险期间内 states nothing), collects every exclusion clause — the body of the 责任免除 section and
exclusions hidden in other sections
("……，但因酒后驾驶导致的损失，保险人不负责赔偿", "下列损失保险人不负赔偿责任：" + items) — and reports
those not emphasised (bold, underlined, or larger than the body text; a heavy face such as 黑体 alone is not) as
《保险法》第十七条 requires.
"""

from xiaobao.engines.disclosure.checker import DocumentError, analyse, check_document, read_paragraphs
from xiaobao.engines.disclosure.model import SECTION_CODES, SECTION_NAMES, DisclosureResult, Finding

__all__ = [
    "SECTION_CODES",
    "SECTION_NAMES",
    "DisclosureResult",
    "DocumentError",
    "Finding",
    "analyse",
    "check_document",
    "read_paragraphs",
]
