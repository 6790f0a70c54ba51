"""Masking of whole files: .txt, .csv, .xlsx (openpyxl), .docx (python-docx, formatting runs kept)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .masking import MaskPolicy, Pseudonymizer, mask_text, replacements

SUPPORTED = (".txt", ".csv", ".xlsx", ".docx")


class _Masker:
    """One masking configuration shared by every cell/paragraph of a file (pseudonyms stay consistent)."""

    def __init__(self, policy: MaskPolicy | None, pseudonymize: bool, hints: Sequence[str], tier: str) -> None:
        self.tier = tier
        self.policy = policy
        self.pseudo: Pseudonymizer | bool = Pseudonymizer() if pseudonymize else False
        self.hints = hints

    def text(self, value: str) -> str:
        return mask_text(value, policy=self.policy, pseudonymize=self.pseudo, hints=self.hints, tier=self.tier)

    def edits(self, value: str) -> list[tuple[int, int, str]]:
        return replacements(value, policy=self.policy, pseudonymize=self.pseudo, hints=self.hints, tier=self.tier)


def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}.masked{path.suffix}")


def mask_file(
    src: Path,
    dst: Path,
    *,
    policy: MaskPolicy | None = None,
    pseudonymize: bool = False,
    hints: Sequence[str] = (),
    tier: str = "model",
) -> None:
    """Write a masked copy of `src` to `dst`; the format is chosen by the file extension (tier: see scan())."""
    ext = src.suffix.lower()
    m = _Masker(policy, pseudonymize, hints, tier)
    handler: dict[str, Callable[[Path, Path, _Masker], None]] = {
        ".txt": _mask_txt,
        ".csv": _mask_csv,
        ".xlsx": _mask_xlsx,
        ".docx": _mask_docx,
    }
    if ext not in handler:
        raise ValueError(f"unsupported file type {ext!r} (supported: {', '.join(SUPPORTED)})")
    handler[ext](src, dst, m)


def _read_text(src: Path) -> tuple[str, str]:
    raw = src.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{src}: not UTF-8 or GB18030 text")


def _mask_txt(src: Path, dst: Path, m: _Masker) -> None:
    text, enc = _read_text(src)
    dst.write_text(m.text(text), encoding="utf-8" if enc == "utf-8-sig" else enc, newline="")


def _mask_csv(src: Path, dst: Path, m: _Masker) -> None:
    text, enc = _read_text(src)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect, lineterminator="\r\n" if "\r\n" in text else "\n")
    writer.writerows([[m.text(cell) for cell in row] for row in rows])
    dst.write_text(out.getvalue(), encoding="utf-8-sig" if text and enc == "utf-8-sig" else "utf-8", newline="")


def _mask_xlsx(src: Path, dst: Path, m: _Masker) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(src)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if isinstance(v, str):
                    new = m.text(v)
                elif isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 1_000_000:
                    new = m.text(str(v))  # phone and card numbers typed as numbers
                    if new == str(v):
                        continue
                else:
                    continue
                if new != v:
                    cell.value = new
    wb.save(dst)


def _docx_paragraphs(doc: Any) -> Iterable[Any]:
    def from_container(container: Any) -> Iterable[Any]:
        yield from container.paragraphs
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    yield from from_container(cell)

    yield from from_container(doc)
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if part is not None and not part.is_linked_to_previous:
                yield from from_container(part)


def _mask_docx(src: Path, dst: Path, m: _Masker) -> None:
    from docx import Document

    doc = Document(str(src))
    # Merged table cells repeat the same paragraph. Keep the elements themselves: an id() of a freed lxml
    # proxy is reused, which once made later table cells look "seen" and left them unmasked.
    seen: set[object] = set()
    for para in _docx_paragraphs(doc):
        if para._p in seen:
            continue
        seen.add(para._p)
        mask_runs(para.runs, m.edits)
    doc.save(str(dst))


def mask_runs(runs: Sequence[Any], edits_for: Callable[[str], list[tuple[int, int, str]]]) -> None:
    """Apply masking edits to a paragraph's runs in place.

    The paragraph text is scanned as a whole, so a value split over several runs (bold surname, plain
    given name) is still found; the replacement goes into the run where the value starts, and the rest
    of the value is removed from the following runs, so every other run keeps its formatting.
    """
    texts = [r.text for r in runs]
    full = "".join(texts)
    if not full.strip():
        return
    edits = edits_for(full)
    if not edits:
        return
    bounds = []
    pos = 0
    for t in texts:
        bounds.append(pos)
        pos += len(t)
    for s, e, rep in reversed(edits):  # right to left: earlier offsets stay valid
        first = max(i for i, b in enumerate(bounds) if b <= s and (len(texts[i]) or i == len(texts) - 1))
        for i in range(len(texts)):
            b0, b1 = bounds[i], bounds[i] + len(texts[i])
            if b1 <= s or b0 >= e or i == first:
                continue
            texts[i] = texts[i][max(0, e - b0) :] if b0 >= s else texts[i][: s - b0] + texts[i][e - b0 :]
        b0 = bounds[first]
        t = texts[first]
        texts[first] = t[: s - b0] + rep + t[min(len(t), e - b0) :]
    for r, t in zip(runs, texts, strict=True):
        if r.text != t:
            r.text = t
