"""Read a .docx into paragraphs with effective character formatting.

Formatting is resolved the way Word does for the properties that matter here (bold, underline, size, emphasis
mark (着重号, reported only), East Asian font): direct run formatting, then the run's character style and its
``basedOn`` chain, then the paragraph style and its chain, then — inside a table — the table style (its
conditional formats for the cell's position as the table's ``w:tblLook`` switches them on, over its whole-table
run properties, each along its ``basedOn`` chain), then the document defaults (``w:docDefaults``). In a table an
11 or 12 pt size from the default paragraph style yields to the table style's ([MS-DOCX]
overrideTableStyleFontSizeAndJustification), and a table style named "Normal Table" counts for nothing (as in
Word). Bold is a toggle property across the style levels (table, paragraph, character style; an explicit "off"
at a level sets it off, as Word shows it; see ``_style_toggle``).

What is read is what Word shows: hidden text (w:vanish, resolved through the same levels as bold, a toggle property
too) and text deleted or moved away in tracked changes are left out, blocks wrapped in
content controls or custom XML are read, and a text box (文本框) is read once, as paragraphs of its own after the
paragraph it is anchored in (not its VML fallback copy, and not glued into the anchor's text and formatting).
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
W_TXBX, W_CUSTOM_XML = qn("w:txbxContent"), qn("w:customXml")
W_REMOVED = (qn("w:del"), qn("w:moveFrom"))  # tracked changes: text deleted, or moved away from here
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_BREAKS = (qn("w:br"), qn("w:cr"))
W_NUMPR, W_NUMID = qn("w:numPr"), qn("w:numId")
W_VAL = qn("w:val")
W_TR, W_TC = qn("w:tr"), qn("w:tc")
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
    hidden: bool | None = None  # w:vanish: text Word does not show (hidden text, 隐藏文字)

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
        if self.hidden is None:
            self.hidden = other.hidden


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
    vanish = rpr.find(qn("w:vanish"))
    if vanish is not None:
        p.hidden = _on(vanish)
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
        # table styles: conditional formats (w:tblStylePr type -> run properties) and band sizes
        self._conditional: dict[str, dict[str, _Props]] = {}
        self._bands: dict[str, tuple[int | None, int | None]] = {}
        self.default_table: str | None = None
        self._numbering: dict[str, bool] = {}  # styles that set (True) or remove (False) list numbering
        self._table_names: dict[str, str] = {}
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
            if st.get(qn("w:type")) == "table":
                self._table_names[sid] = name
                if st.get(qn("w:default")) in ("1", "true"):
                    self.default_table = sid
                self._conditional[sid] = {
                    cond.get(qn("w:type"), ""): _rpr_props(cond.find(qn("w:rPr")))
                    for cond in st.findall(qn("w:tblStylePr"))
                }
                self._bands[sid] = (
                    _int_val(st.find(f"{qn('w:tblPr')}/{qn('w:tblStyleRowBandSize')}")),
                    _int_val(st.find(f"{qn('w:tblPr')}/{qn('w:tblStyleColBandSize')}")),
                )
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.defaults = _rpr_props(defaults)
        if self.defaults.size is None:
            self.defaults.size = 10.0  # Word's built-in default when nothing sets w:sz
        self._cache: dict[str, _Props] = {}
        self._levels: dict[str, int | None] = {}
        self.table_size_override = _compat_setting(document, "overrideTableStyleFontSizeAndJustification")

    def own_size(self, style_id: str | None) -> float | None:
        """The size a style sets itself (not from its basedOn chain)."""
        return self._raw[style_id][1].size if style_id in self._raw else None

    def table_style(self, style_id: str | None) -> str | None:
        """The table style that applies: Word ignores a table style named "Normal Table" (the built-in default
        table style, whatever its id), and the chain stops there."""
        return None if style_id is None or self._table_names.get(style_id) == "Normal Table" else style_id

    def chain(self, style_id: str | None) -> Iterator[str]:
        """The style and its basedOn ancestors, nearest first (a loop in the chain, or a table style named
        "Normal Table", ends it)."""
        seen: set[str] = set()
        sid = style_id
        while sid and sid in self._raw and sid not in seen and self._table_names.get(sid) != "Normal Table":
            seen.add(sid)
            yield sid
            sid = self._raw[sid][0]

    def props(self, style_id: str | None) -> _Props:
        if not style_id or style_id not in self._raw:
            return _Props()
        cached = self._cache.get(style_id)
        if cached is not None:
            return cached
        result = _Props()
        for sid in self.chain(style_id):
            result.fill(self._raw[sid][1])
        self._cache[style_id] = result
        return result

    def conditional(self, style_id: str | None, kind: str) -> _Props:
        """A table style's run properties for one conditional format (firstRow, band1Horz …), basedOn chain."""
        result = _Props()
        for sid in self.chain(style_id):
            props = self._conditional.get(sid, {}).get(kind)
            if props is not None:
                result.fill(props)
        return result

    def band_sizes(self, style_id: str | None) -> tuple[int, int]:
        """Rows and columns per band (w:tblStyleRowBandSize / ColBandSize; 1 unless set), basedOn chain."""
        rows: int | None = None
        cols: int | None = None
        for sid in self.chain(style_id):
            r, c = self._bands.get(sid, (None, None))
            rows = rows if rows is not None else r
            cols = cols if cols is not None else c
        return max(rows or 1, 1), max(cols or 1, 1)

    def numbered(self, style_id: str | None) -> bool:
        """Whether a paragraph style (or the nearest style of its basedOn chain that says) numbers it."""
        return next((self._numbering[sid] for sid in self.chain(style_id) if sid in self._numbering), False)

    def heading_level(self, style_id: str | None) -> int | None:
        if not style_id or style_id not in self._raw:
            return None
        if style_id in self._levels:
            return self._levels[style_id]
        level = None
        for sid in self.chain(style_id):
            _, _, name, outline = self._raw[sid]
            m = _HEADING_NAME.match(name.strip()) or _HEADING_NAME.match(sid)
            if m:
                level = int(m.group(2)) if m.group(2) else 1
                break
            if outline is not None and outline <= 9:
                level = outline
                break
        self._levels[style_id] = level
        return level


def _compat_setting(document: Any, name: str) -> bool:
    """A w:compat/w:compatSetting of the document's settings ([MS-DOCX] 2.6.1), False when absent."""
    try:
        settings = document.settings.element
    except (AttributeError, KeyError, ValueError):
        return False
    for el in settings.iter(qn("w:compatSetting")):
        if el.get(qn("w:name")) == name:
            return (el.get(qn("w:val")) or "").lower() in ("1", "true", "on", "yes")
    return False


def _numbered(ppr: Any) -> bool | None:
    """True / False when a w:pPr numbers its paragraph / removes numbering (w:numId 0); None when silent."""
    numpr = ppr.find(W_NUMPR) if ppr is not None else None
    if numpr is None:
        return None
    num_id = numpr.find(W_NUMID)
    return num_id is None or (num_id.get(W_VAL) or "0") != "0"


def _style_toggle(para: bool | None, char: bool | None, default: bool | None, table: bool | None = None) -> bool:
    """A toggle property (bold; hidden text, w:vanish, the same way) from the style hierarchy when the run sets
    none directly.

    w:b is a toggle property (ECMA-376 Part 1 §17.7.3): within the style hierarchy (table style, then
    paragraph style, then character style), "on" flips the state reached so far, so a bold character style on
    a paragraph whose style is already bold shows the text NOT bold. An explicit "off" (w:val="0"/"false") at a
    level sets the state off: the standard says it leaves the state unchanged, but Word writes w:b w:val="0"
    into a style when its author unticks Bold ("Not Bold" in the style's description) and shows that text
    plain, and LibreOffice reads it the same way — so a character style that switches bold off inside a bold
    paragraph style leaves the text plain. The document default (w:docDefaults) applies only where no style of
    the hierarchy says anything: Normal's w:b w:val="0" under a bold default shows its text plain, a style
    without basedOn that is silent shows it bold. Direct run formatting (handled by the caller) is absolute.
    Each style's own basedOn chain is resolved first (nearest definition wins; for a table style, the cell's
    conditional formats over its whole-table properties).
    """
    if para is None and char is None and table is None:
        return bool(default)  # (a style that sets bold off, Normal over a bold docDefaults, ends the default)
    state = False
    for level in (table, para, char):
        if level is not None:
            state = not state if level else False
    return state


def _int_val(el: Any) -> int | None:
    if el is None:
        return None
    try:
        return int(el.get(W_VAL))
    except (TypeError, ValueError):
        return None


# Conditional formats of a table style, lowest precedence first (ECMA-376 Part 1 §17.7.6): the whole table
# (a tblStylePr of type wholeTable), banded columns, banded rows, last/first column, last/first row, then the
# corner cells; all over the style's own run properties.
_CONDITIONAL_ORDER = (
    "wholeTable", "band1Vert", "band2Vert", "band1Horz", "band2Horz", "lastCol", "firstCol", "lastRow", "firstRow",
    "neCell", "nwCell", "seCell", "swCell",
)
# w:tblLook switches (attribute name, bit of the older hexadecimal w:val); without w:tblLook, banding applies
# and the first/last row and column formats do not.
_LOOK = {
    "firstRow": 0x0020, "lastRow": 0x0040, "firstColumn": 0x0080, "lastColumn": 0x0100,
    "noHBand": 0x0200, "noVBand": 0x0400,
}


def _table_look(tblpr: Any) -> dict[str, bool]:
    look = tblpr.find(qn("w:tblLook")) if tblpr is not None else None
    if look is None:
        return dict.fromkeys(_LOOK, False)
    try:
        bits = int(look.get(W_VAL) or "0", 16)
    except ValueError:
        bits = 0
    result = {}
    for name, bit in _LOOK.items():
        attr = look.get(qn(f"w:{name}"))
        result[name] = attr.lower() not in _FALSE if attr is not None else bool(bits & bit)
    return result


def _cell_formats(row: int, col: int, rows: int, cols: int, grid_col: int, look: dict[str, bool],
                  bands: tuple[int, int]) -> list[str]:
    """The conditional formats that apply to one cell, lowest precedence first."""
    first_row = look["firstRow"] and row == 0
    last_row = look["lastRow"] and row == rows - 1 and rows > 1
    first_col = look["firstColumn"] and col == 0
    last_col = look["lastColumn"] and col == cols - 1 and cols > 1
    kinds = {"wholeTable"}
    if not look["noVBand"] and not first_col and not last_col:
        band = (grid_col - (1 if look["firstColumn"] else 0)) // bands[1]
        kinds.add("band1Vert" if band % 2 == 0 else "band2Vert")
    if not look["noHBand"] and not first_row and not last_row:
        band = (row - (1 if look["firstRow"] else 0)) // bands[0]
        kinds.add("band1Horz" if band % 2 == 0 else "band2Horz")
    switches = (
        (first_row, "firstRow"), (last_row, "lastRow"), (first_col, "firstCol"), (last_col, "lastCol"),
        (first_row and first_col, "nwCell"), (first_row and last_col, "neCell"),
        (last_row and first_col, "swCell"), (last_row and last_col, "seCell"),
    )
    kinds.update(kind for on, kind in switches if on)
    return [k for k in _CONDITIONAL_ORDER if k in kinds]


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Child elements with ``tag``, looking through content controls (w:sdt) wrapped around them."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content, tag)


def _table_cells(tbl: Any, styles: _Styles) -> Iterator[tuple[Any, _Props, bool]]:
    """The cells of a table with the run properties its table style gives each of them, and whether the cell
    labels its row (the first of two or more cells)."""
    tblpr = tbl.find(qn("w:tblPr"))
    ts = tblpr.find(qn("w:tblStyle")) if tblpr is not None else None
    style_id = styles.table_style(ts.get(W_VAL) if ts is not None else styles.default_table)
    look = _table_look(tblpr)
    bands = styles.band_sizes(style_id)
    whole = styles.props(style_id)
    rows = list(_children(tbl, W_TR))
    for r, tr in enumerate(rows):
        cells = list(_children(tr, W_TC))
        grid_col = 0
        for c, tc in enumerate(cells):
            props = _Props()
            for kind in reversed(_cell_formats(r, c, len(rows), len(cells), grid_col, look, bands)):
                props.fill(styles.conditional(style_id, kind))
            props.fill(whole)
            yield tc, props, c == 0 and len(cells) > 1
            span = _int_val(tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}"))
            grid_col += max(span or 1, 1)


def _text_boxes(p: Any) -> list[Any]:
    """The text boxes (w:txbxContent) anchored in a paragraph, outermost only, each once: Word writes a text box
    twice, as a DrawingML shape (mc:Choice) and a VML copy for older readers (mc:Fallback); the copy is skipped."""
    boxes = []
    for box in p.iter(W_TXBX):
        node = box.getparent()
        while node is not None and node is not p and node.tag != W_TXBX and node.tag != MC_FALLBACK:
            node = node.getparent()
        if node is p:
            boxes.append(box)
    return boxes


_Block = tuple[Any, "_Props | None", bool]


def _iter_blocks(parent: Any, styles: _Styles, table: _Props | None = None, label: bool = False) -> Iterator[_Block]:
    """Paragraphs in reading order, each with its table-style run properties (None outside tables) and whether it
    sits in a cell that labels its table row; a text box's paragraphs follow the paragraph it is anchored in, with
    their own properties (no table's)."""
    for child in parent.iterchildren():
        if child.tag == W_P:
            yield child, table, label
            for box in _text_boxes(child):
                yield from _iter_blocks(box, styles)
        elif child.tag == W_TBL:
            for tc, props, row_label in _table_cells(child, styles):
                yield from _iter_blocks(tc, styles, props, row_label)
        elif child.tag == W_SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _iter_blocks(content, styles, table, label)
        elif child.tag == W_CUSTOM_XML:
            yield from _iter_blocks(child, styles, table, label)


def _own_runs(p: Any) -> Iterator[Any]:
    """The runs of a paragraph whose text Word shows in it: not deleted or moved away (tracked changes), not the
    fallback copy of alternate content (mc:Fallback: Word shows mc:Choice), and not inside a text box anchored in
    it (its paragraphs are read on their own)."""
    for r in p.iter(W_R):
        parent = r.getparent()
        if parent is not None and parent.tag in W_REMOVED:
            continue
        node = parent
        while node is not None and node is not p and node.tag != W_TXBX and node.tag != MC_FALLBACK:
            node = node.getparent()
        if node is p:
            yield r


def _paragraph(p: Any, index: int, styles: _Styles, table: _Props | None, row_label: bool = False) -> Para:
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
    table_props = table if table is not None else _Props()
    if (
        table_props.size is not None
        and para_props.size in (11.0, 12.0)
        and not styles.table_size_override
        and (style_id == styles.default_paragraph or styles.own_size(style_id) is None)
    ):
        # [MS-DOCX] 2.6.1 (overrideTableStyleFontSizeAndJustification, false unless the document sets it): in a
        # table, an 11 or 12 pt size the paragraph takes from the default paragraph style does not override the
        # table style's size (Word 2010 was observed to do this for 12 pt only, by docx4j's authors; the
        # documented rule is followed here)
        para_props = _Props(para_props.bold, para_props.underline, None, para_props.em, para_props.font,
                            para_props.hidden)
    parts: list[str] = []
    flags = bytearray()
    sizes = array("f")
    for r in _own_runs(p):
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
            props.bold = _style_toggle(para_props.bold, char_props.bold, styles.defaults.bold, table_props.bold)
        if props.hidden is None:  # (w:vanish is a toggle property like w:b)
            props.hidden = _style_toggle(para_props.hidden, char_props.hidden, styles.defaults.hidden, table_props.hidden)
        if props.hidden:
            continue
        props.fill(char_props)
        props.fill(para_props)
        props.fill(table_props)
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
        in_table=table is not None,
        row_label=row_label,
        numbered=numbered,
    )


def read_docx(source: str | Path | IO[bytes]) -> list[Para]:
    """Paragraphs of a .docx in reading order (tables flattened cell by cell)."""
    document = docx.Document(source)
    styles = _Styles(document)
    body = document.element.body
    return [
        _paragraph(p, index, styles, table, label) for index, (p, table, label) in enumerate(_iter_blocks(body, styles))
    ]
