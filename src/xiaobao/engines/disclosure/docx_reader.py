"""Read a .docx into paragraphs with effective character formatting.

Formatting is resolved the way Word does for the properties that matter here (bold, underline,
size, emphasis mark (着重号, reported only), East Asian font): direct run formatting, then the run's character style and its
``basedOn`` chain, then the paragraph style and its chain, then the document defaults
(``w:docDefaults``). Toggle properties are treated as "nearest level wins", which is what Word shows
for the usual single-level use.
"""

from __future__ import annotations

import contextlib
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import docx
from docx.oxml.ns import qn

from xiaobao.engines.disclosure.model import BOLD, EMPHASIS_MARK, HEAVY_FONT, UNDERLINE, Para

__all__ = ["HEAVY_FONT_PATTERN", "read_docx"]

W_P, W_TBL, W_R, W_T, W_TAB, W_SDT = qn("w:p"), qn("w:tbl"), qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:sdt")
W_BREAKS = (qn("w:br"), qn("w:cr"))
W_NUMPR, W_NUMID = qn("w:numPr"), qn("w:numId")
W_VAL = qn("w:val")
_FALSE = {"0", "false", "off", "none"}

# Heavy Chinese faces that typesetters use for bold emphasis (黑体 against a 宋体 body).
HEAVY_FONT_PATTERN = re.compile(
    r"黑体|SimHei|Heiti|STHeiti|Hei\b|-Bold|Bold|Black|Heavy|粗|方正大黑|方正粗|微软雅黑 Bold", re.IGNORECASE
)
_HEADING_NAME = re.compile(r"^(heading|标题)\s*(\d)$|^title$|^标题$", re.IGNORECASE)


@dataclass(slots=True)
class _Props:
    bold: bool | None = None
    underline: bool | None = None
    size: float | None = None  # points
    em: bool | None = None
    font: str | None = None

    def fill(self, other: _Props) -> None:
        """Take from ``other`` every property still unset here."""
        if self.bold is None:
            self.bold = other.bold
        if self.underline is None:
            self.underline = other.underline
        if self.size is None:
            self.size = other.size
        if self.em is None:
            self.em = other.em
        if self.font is None:
            self.font = other.font


def _on(el: Any) -> bool:
    return el.get(W_VAL, "true").lower() not in _FALSE


def _rpr_props(rpr: Any) -> _Props:
    p = _Props()
    if rpr is None:
        return p
    b = rpr.find(qn("w:b"))
    if b is not None:
        p.bold = _on(b)
    u = rpr.find(qn("w:u"))
    if u is not None:
        p.underline = u.get(W_VAL, "single").lower() not in _FALSE
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        with contextlib.suppress(TypeError, ValueError):
            p.size = int(sz.get(W_VAL)) / 2
    em = rpr.find(qn("w:em"))
    if em is not None:
        p.em = em.get(W_VAL, "dot").lower() not in _FALSE
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        p.font = fonts.get(qn("w:eastAsia")) or fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
    return p


class _Styles:
    """Style table with resolved (inherited) run properties and heading levels."""

    def __init__(self, document: Any) -> None:
        root = document.styles.element
        self._raw: dict[str, tuple[str | None, _Props, str, int | None]] = {}
        self._numbering: dict[str, bool] = {}  # styles that set (True) or remove (False) list numbering
        self.default_paragraph: str | None = None
        for st in root.iter(qn("w:style")):
            sid = st.get(qn("w:styleId"))
            if not sid:
                continue
            based = st.find(qn("w:basedOn"))
            name_el = st.find(qn("w:name"))
            name = name_el.get(W_VAL, "") if name_el is not None else ""
            outline = st.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            level = None
            if outline is not None and (outline.get(W_VAL) or "").isdigit():
                level = int(outline.get(W_VAL)) + 1
            self._raw[sid] = (
                based.get(W_VAL) if based is not None else None,
                _rpr_props(st.find(qn("w:rPr"))),
                name,
                level,
            )
            numbered = _numbered(st.find(qn("w:pPr")))
            if numbered is not None:
                self._numbering[sid] = numbered
            if st.get(qn("w:type")) == "paragraph" and st.get(qn("w:default")) in ("1", "true"):
                self.default_paragraph = sid
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.defaults = _rpr_props(defaults)
        if self.defaults.size is None:
            self.defaults.size = 10.0  # Word's built-in default when nothing sets w:sz
        self._cache: dict[str, _Props] = {}
        self._levels: dict[str, int | None] = {}

    def props(self, style_id: str | None) -> _Props:
        if not style_id or style_id not in self._raw:
            return _Props()
        cached = self._cache.get(style_id)
        if cached is not None:
            return cached
        result, seen, sid = _Props(), set(), style_id
        while sid and sid in self._raw and sid not in seen:
            seen.add(sid)
            based, props, _, _ = self._raw[sid]
            result.fill(props)
            sid = based
        self._cache[style_id] = result
        return result

    def numbered(self, style_id: str | None) -> bool:
        """Whether a paragraph style (or the nearest style of its basedOn chain that says) numbers it."""
        seen, sid = set(), style_id
        while sid and sid in self._raw and sid not in seen:
            seen.add(sid)
            if sid in self._numbering:
                return self._numbering[sid]
            sid = self._raw[sid][0]
        return False

    def heading_level(self, style_id: str | None) -> int | None:
        if not style_id or style_id not in self._raw:
            return None
        if style_id in self._levels:
            return self._levels[style_id]
        level, seen, sid = None, set(), style_id
        while sid and sid in self._raw and sid not in seen:
            seen.add(sid)
            based, _, name, outline = self._raw[sid]
            m = _HEADING_NAME.match(name.strip()) or _HEADING_NAME.match(sid)
            if m:
                level = int(m.group(2)) if m.group(2) else 1
                break
            if outline is not None and outline <= 9:
                level = outline
                break
            sid = based
        self._levels[style_id] = level
        return level


def _numbered(ppr: Any) -> bool | None:
    """True / False when a w:pPr numbers its paragraph / removes numbering (w:numId 0); None when silent."""
    numpr = ppr.find(W_NUMPR) if ppr is not None else None
    if numpr is None:
        return None
    num_id = numpr.find(W_NUMID)
    return num_id is None or (num_id.get(W_VAL) or "0") != "0"


def _style_bold(para: bool | None, char: bool | None, default: bool | None) -> bool:
    """Bold from the style hierarchy when the run sets none directly.

    w:b is a toggle property (ECMA-376 Part 1 §17.7.3): within the style hierarchy, "on" flips the
    state reached so far and "off" leaves it unchanged, so a bold character style on a paragraph whose
    style is already bold shows the text NOT bold. Direct run formatting (handled by the caller) is
    absolute. Each style's own basedOn chain is resolved first (nearest definition wins).
    """
    if not para and not char:
        return bool(default)
    return bool(para) != bool(char)


def _iter_blocks(parent: Any, in_table: bool = False) -> Iterator[tuple[Any, bool]]:
    for child in parent.iterchildren():
        if child.tag == W_P:
            yield child, in_table
        elif child.tag == W_TBL:
            for tc in child.iter(qn("w:tc")):
                for sub in tc.iterchildren():
                    if sub.tag == W_P:
                        yield sub, True
                    elif sub.tag in (W_TBL, W_SDT):
                        yield from _iter_blocks(sub, True)
        elif child.tag == W_SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _iter_blocks(content, in_table)


def _paragraph(p: Any, index: int, styles: _Styles, in_table: bool) -> Para:
    ppr = p.find(qn("w:pPr"))
    style_id = None
    centered = False
    level = None
    if ppr is not None:
        ps = ppr.find(qn("w:pStyle"))
        style_id = ps.get(W_VAL) if ps is not None else None
        jc = ppr.find(qn("w:jc"))
        centered = jc is not None and jc.get(W_VAL) in ("center", "centre")
        outline = ppr.find(qn("w:outlineLvl"))
        if outline is not None and (outline.get(W_VAL) or "").isdigit() and int(outline.get(W_VAL)) < 9:
            level = int(outline.get(W_VAL)) + 1
    style_id = style_id or styles.default_paragraph
    numbered = _numbered(ppr)
    if numbered is None:
        numbered = styles.numbered(style_id)
    if level is None:
        level = styles.heading_level(style_id)
    para_props = styles.props(style_id)
    parts: list[str] = []
    flags = bytearray()
    sizes = array("f")
    for r in p.iter(W_R):
        # skip deleted text (tracked changes) and runs of nested paragraphs (text boxes)
        parent = r.getparent()
        if parent is not None and parent.tag == qn("w:del"):
            continue
        texts = []
        for node in r.iterchildren():
            if node.tag == W_T:
                texts.append(node.text or "")
            elif node.tag == W_TAB:
                texts.append("\t")
            elif node.tag in W_BREAKS:
                texts.append("\n")
        text = "".join(texts)
        if not text:
            continue
        rpr = r.find(qn("w:rPr"))
        props = _rpr_props(rpr)
        char_props = _Props()
        if rpr is not None:
            rs = rpr.find(qn("w:rStyle"))
            if rs is not None:
                char_props = styles.props(rs.get(W_VAL))
        if props.bold is None:
            props.bold = _style_bold(para_props.bold, char_props.bold, styles.defaults.bold)
        props.fill(char_props)
        props.fill(para_props)
        props.fill(styles.defaults)
        bits = 0
        if props.bold:
            bits |= BOLD
        if props.underline:
            bits |= UNDERLINE
        if props.em:
            bits |= EMPHASIS_MARK
        if props.font and HEAVY_FONT_PATTERN.search(props.font):
            bits |= HEAVY_FONT
        parts.append(text)
        flags.extend(bytes([bits]) * len(text))
        sizes.extend([props.size or 0.0] * len(text))
    return Para(
        index=index,
        text="".join(parts),
        flags=flags,
        sizes=sizes,
        heading_level=level,
        centered=centered,
        in_table=in_table,
        numbered=numbered,
    )


def read_docx(source: str | Path | IO[bytes]) -> list[Para]:
    """Paragraphs of a .docx in reading order (tables flattened cell by cell)."""
    document = docx.Document(source)
    styles = _Styles(document)
    body = document.element.body
    return [
        _paragraph(p, index, styles, in_table)
        for index, (p, in_table) in enumerate(_iter_blocks(body))
    ]
