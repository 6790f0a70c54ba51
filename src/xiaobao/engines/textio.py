"""Plain text from the document formats the engines read: .txt/.md, .docx, .html/.htm, text .pdf.

    from xiaobao.engines.textio import extract_text
    text = extract_text(Path("poster.docx"))

Errors are raised as `TextExtractionError` with a message that names the file; callers (CLIs) print it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".csv"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}

_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "td", "th", "dd", "dt", "title",
})
_CJK_LINE_BREAK = re.compile(r"(?<=[\u3400-\u9fff，、“”（）])[ \t]*\n[ \t]*(?=[\u3400-\u9fff，。、！？；：“”（）])")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class TextExtractionError(ValueError):
    """The file cannot be read as text; the message names the file and the reason."""


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        body = "".join(self.parts)
        title = "".join(self._title).strip()
        return (title + "\n" + body) if title and title not in body else body


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def html_to_text(html: str) -> str:
    """Visible text of an HTML document (scripts and styles dropped, blocks on their own lines)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return _tidy(parser.text())


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def _docx_text(path: Path) -> str:
    import docx  # python-docx, imported lazily: only .docx input needs it

    document = docx.Document(str(path))
    parts: list[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell.text not in cells:  # merged cells repeat their text
                    cells.append(cell.text)
            parts.append("\t".join(cells))
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader  # imported lazily: only .pdf input needs it

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as exc:  # pypdf raises several types for unsupported encryption
            raise TextExtractionError(f"{path}: encrypted PDF cannot be read ({exc})") from None
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # PDF lines break wherever the layout did: rejoin Chinese text split across lines
    return _CJK_LINE_BREAK.sub("", text)


def extract_text(path: Path) -> str:
    """Plain text of a .txt/.md, .docx, .html/.htm or text .pdf file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise TextExtractionError(f"{path}: unsupported file type {suffix or '(none)'} (supported: {supported})")
    if not path.is_file():
        raise TextExtractionError(f"{path}: file not found")
    try:
        if suffix in TEXT_SUFFIXES:
            return _decode(path.read_bytes())
        if suffix in HTML_SUFFIXES:
            return html_to_text(_decode(path.read_bytes()))
        if suffix == ".docx":
            return _docx_text(path)
        text = _pdf_text(path)
    except TextExtractionError:
        raise
    except OSError as exc:
        raise TextExtractionError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except Exception as exc:  # corrupt .docx/.pdf: the libraries raise many exception types
        raise TextExtractionError(f"{path}: not a readable {suffix} file ({type(exc).__name__}: {exc})") from None
    if not text.strip():
        raise TextExtractionError(f"{path}: no text layer found (scanned PDF? OCR is not supported)")
    return text
