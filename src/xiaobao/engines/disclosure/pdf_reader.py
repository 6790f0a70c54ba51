"""Read a text PDF into paragraphs with what formatting pypdf can see.

pypdf's text visitor gives each text chunk with its font dictionary and the text/CTM matrices:
bold is inferred from the font name (…Bold, …Black, 黑体/SimHei …), the size from the font size
times the vertical scale of the matrices. Underlines are drawn as separate lines in PDFs and are not
detected. Lines are joined into paragraphs when a line does not end a sentence and the next one does
not start with a number or a heading.
"""

from __future__ import annotations

import math
import re
from array import array
from pathlib import Path
from typing import IO, Any

from pypdf import PdfReader

from xiaobao.engines.disclosure.docx_reader import HEAVY_FONT_PATTERN
from xiaobao.engines.disclosure.model import BOLD, Para
from xiaobao.engines.disclosure.structure import classify_heading, split_numbering

__all__ = ["read_pdf"]

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[。；;：:！!？?]\s*$")


def _mul(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


class _Line:
    __slots__ = ("flags", "sizes", "text", "y")

    def __init__(self, y: float) -> None:
        self.y = y
        self.text: list[str] = []
        self.flags = bytearray()
        self.sizes = array("f")

    def add(self, text: str, bits: int, size: float) -> None:
        self.text.append(text)
        self.flags.extend(bytes([bits]) * len(text))
        self.sizes.extend([size] * len(text))


def _page_lines(page: Any) -> list[_Line]:
    lines: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text:
            return
        m = _mul(list(tm), list(cm))
        scale = math.hypot(m[2], m[3]) or 1.0
        name = ""
        if font is not None:
            try:
                name = str(font.get("/BaseFont", ""))
            except AttributeError:
                name = ""
        bits = BOLD if (_BOLD_NAME.search(name) or HEAVY_FONT_PATTERN.search(name)) else 0
        y = round(m[5], 1)
        for chunk_index, chunk in enumerate(text.split("\n")):
            if chunk_index > 0 or not lines or abs(lines[-1].y - y) > 2.0:
                if chunk_index > 0 and not chunk:
                    continue
                lines.append(_Line(y))
            if chunk:
                lines[-1].add(chunk, bits, round(size * scale * 2) / 2)

    page.extract_text(visitor_text=visit)
    return [line for line in lines if "".join(line.text).strip()]


def _heading_like(text: str) -> bool:
    probe = Para(0, text, bytearray(len(text)), array("f", [0.0] * len(text)))
    h = classify_heading(probe)
    return h is not None and h.strong


def read_pdf(source: str | Path | IO[bytes]) -> list[Para]:
    """Paragraphs of a text PDF in reading order; a scanned PDF yields no paragraphs."""
    reader = PdfReader(source)
    paras: list[Para] = []
    open_para: Para | None = None
    for page in reader.pages:
        for line in _page_lines(page):
            text = "".join(line.text).strip()
            lead = len("".join(line.text)) - len("".join(line.text).lstrip())
            flags = line.flags[lead : lead + len(text)]
            sizes = line.sizes[lead : lead + len(text)]
            kind, _, _ = split_numbering(text)
            joinable = (
                open_para is not None
                and not _ENDS_SENTENCE.search(open_para.text)
                and kind is None
                and not _heading_like(open_para.text)
                and not _heading_like(text)
            )
            if joinable and open_para is not None:
                open_para.text += text
                open_para.flags.extend(flags)
                open_para.sizes.extend(sizes)
                continue
            open_para = Para(len(paras), text, bytearray(flags), array("f", sizes))
            paras.append(open_para)
    return paras
