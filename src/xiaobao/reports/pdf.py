"""The quarterly report (and the monthly management report, with its indicators from every module) as a PDF laid
out for the regulator (reportlab, no system fonts): the same report dict as
the page and the .xlsx, so every number is the same. A4 landscape; the title names the institution and period; the
summary (direct / regulator-transferred / all), the ratios with their stored definitions, then for each source a
table per breakdown under merged group headers (the source over its figures, "received, change %" over its two
comparisons) with a total row, and the ratios by institution.

Chinese is set in STSong-Light, one of the Adobe CID fonts every PDF reader knows: nothing is embedded or
downloaded, the text stays text (searchable, and read back by the DLP check with pypdf)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from xiaobao.reports import figures

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GRID = colors.HexColor("#999999")
HEAD_FILL = colors.HexColor("#DDE6F0")
TOTAL_FILL = colors.HexColor("#F2F2F2")

PAD = 7  # reportlab's cell padding is 6 points a side; one more for the glyphs' edges
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=15, leading=20, alignment=1, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName=FONT, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=8, leading=11)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5, wordWrap="CJK")
HEAD = ParagraphStyle("head", parent=CELL, alignment=1)
INDENT = ParagraphStyle("indent", parent=CELL, leftIndent=8)


def _escaped(text: Any) -> str:
    value = "—" if text is None or text == "" else str(text)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p(text: Any, style: ParagraphStyle = HEAD) -> Paragraph:
    """Fixed text of the report (titles, headers) as a paragraph, wrapped by CJK rules."""
    return Paragraph(_escaped(text), style)


def _fit(text: Any, width: float, style: ParagraphStyle = CELL) -> Paragraph:
    """Text typed by people (institution names, definitions, sources) on ONE line, the font made smaller when it
    does not fit: never wrapped, so a phone number, ID number or address stays whole in the file's text and the DLP
    check (which reads the PDF back line by line) sees it as it is."""
    value = _escaped(text)
    room = width - 2 * PAD
    natural = pdfmetrics.stringWidth(value, style.fontName, style.fontSize)
    if natural <= room:
        return Paragraph(value, style)
    size = style.fontSize * room / natural
    return Paragraph(value, ParagraphStyle(f"{style.name}-fit", parent=style, fontSize=size, leading=size * 1.25,
                                           wordWrap=None, splitLongWords=0))


def _style(head_rows: int, *, spans: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
           total: bool = False) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, head_rows), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), HEAD_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    commands += [("SPAN", start, end) for start, end in spans or []]
    if total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    return TableStyle(commands)


def _summary(data: dict[str, Any]) -> Table:
    sources = data["sources"]
    rows: list[list[Any]] = [[_p(_("Figure")), *[_p(s["label"]) for s in sources]]]
    rows += [[_p(figure["label"], CELL), *[data["total"][s["key"]][figure["key"]] for s in sources]]
             for figure in data["figures"]]
    for name, label in (("previous", _("Received, previous period")), ("year_ago", _("Received, a year before"))):
        rows.append([_p(f"{label}（{data[name + '_period']['label']}）", CELL),
                     *[data[name][s["key"]] for s in sources]])
        rows.append([_p(_("Change, %") + f"（{label}）", CELL),
                     *[data[f"{name}_change"][s["key"]] or "—" for s in sources]])
    table = Table(rows, colWidths=[70 * mm, *[40 * mm] * len(sources)], repeatRows=1, hAlign="LEFT")
    table.setStyle(_style(1))
    return table


def _indicators(data: dict[str, Any]) -> Table:
    """The monthly report's indicators from every module, a section per module ("not available" without one)."""
    detail = 110 * mm
    rows: list[list[Any]] = [[_p(_("Indicator")), _p(_("Value")), _p(pgettext("reports", "How"))]]
    spans = []
    for section in data["indicators"]:
        spans.append(((0, len(rows)), (2, len(rows))))
        rows.append([_p(section["title"], H3), "", ""])
        if not section["rows"]:
            rows.append([_p(section["title"], CELL), _p(_("Not available"), CELL),
                         _p(_("the module is not installed or provides no indicator yet"), CELL)])
        rows += [[_p(row["label"], CELL), figures.indicator_value(row), _fit(row["detail"], detail)]
                 for row in section["rows"]]
    table = Table(rows, colWidths=[90 * mm, 45 * mm, detail], repeatRows=1, hAlign="LEFT")
    table.setStyle(_style(1, spans=spans))
    return table


def _ratios(data: dict[str, Any]) -> Table:
    r, median = data["ratios"], data.get("median") or {}
    basis = 110 * mm
    rows = [
        [_p(_("Ratio")), _p(_("Value")), _p(_("Industry median")), _p(_("Definition"))],
        [_p(_("Premium (yuan)"), CELL), r["premium"] or "—", "", _fit(r["premium_basis"] or _("not entered"), basis)],
        [_p(_("Policies"), CELL), r["policies"] or "—", "", _fit(r["policies_basis"] or _("not entered"), basis)],
        [_p(_("Regulator-transferred per 100 million yuan premium"), CELL), r["regulator_per_100m"] or "—",
         median.get("per_100m_premium") or "—",
         _p(_("regulator-transferred complaints ÷ (premium ÷ 100,000,000)"), CELL)],
        [_p(_("Regulator-transferred per 10,000 policies"), CELL), r["regulator_per_10k"] or "—",
         median.get("per_10k_policies") or "—", _p(_("regulator-transferred complaints ÷ (policies ÷ 10,000)"), CELL)],
        [_p(_("All complaints per 100 million yuan premium"), CELL), r["all_per_100m"] or "—", "",
         _p(_("all complaints ÷ (premium ÷ 100,000,000)"), CELL)],
        [_p(_("All complaints per 10,000 policies"), CELL), r["all_per_10k"] or "—", "",
         _p(_("all complaints ÷ (policies ÷ 10,000)"), CELL)],
    ]
    table = Table(rows, colWidths=[70 * mm, 35 * mm, 35 * mm, basis], hAlign="LEFT")
    table.setStyle(_style(1))
    return table


def _breakdown(data: dict[str, Any], source: dict[str, str], label: str, items: list[dict[str, Any]]) -> Table:
    """One breakdown for one source: the source's label spans its figures (merged header), a total row."""
    figs = data["figures"]
    n = len(figs)
    first = 46 * mm
    rest = (WIDTH - first) / (n + 2)
    rows: list[list[Any]] = [
        [_p(label), _p(source["label"]), *[""] * (n - 1), _p(_("Received, change %")), ""],
        ["", *[_p(f["label"]) for f in figs], _p(_("on the previous period")), _p(_("on a year before"))],
    ]
    totals = [0] * n

    def line(item: dict[str, Any], *, sub: bool) -> None:
        values = [item[source["key"]][f["key"]] for f in figs]
        rows.append([_fit(("└ " if sub else "") + item["label"], first, INDENT if sub else CELL), *values,
                     item["previous_change"][source["key"]] or "—", item["year_ago_change"][source["key"]] or "—"])
        if not sub:  # a second-level cause is inside its cause's row already
            for k, v in enumerate(values):
                totals[k] += v

    for item in items:
        line(item, sub=False)
        for child in item.get("children", []):
            line(child, sub=True)
    rows.append([_p(_("Total"), CELL), *totals, "", ""])
    table = Table(rows, colWidths=[first, *[rest] * (n + 2)], repeatRows=2, hAlign="LEFT")
    table.setStyle(_style(2, total=True, spans=[((0, 0), (0, 1)), ((1, 0), (n, 0)), ((n + 1, 0), (n + 2, 0))]))
    return table


def _institution_ratios(data: dict[str, Any]) -> Table:
    heads = [("premium", _("Premium (yuan)")), ("policies", _("Policies")),
             ("regulator_per_100m", _("Regulator-transferred per 100 million yuan premium")),
             ("regulator_per_10k", _("Regulator-transferred per 10,000 policies")),
             ("all_per_100m", _("All complaints per 100 million yuan premium")),
             ("all_per_10k", _("All complaints per 10,000 policies"))]
    first, last = 46 * mm, 60 * mm
    rest = (WIDTH - first - last) / len(heads)
    rows: list[list[Any]] = [[_p(_("Institution")), _p(_("Ratios")), *[""] * (len(heads) - 1), _p(_("Definition"))],
                             ["", *[_p(h) for _k, h in heads], ""]]
    for item in data["institutions"]:
        if item.get("own"):
            continue  # 本级 has no volumes of its own: the branch's ratios are in the table above
        bases = "；".join(b for b in (item.get("premium_basis"), item.get("policies_basis")) if b)
        rows.append([_fit(item["label"], first), *[item.get(k) if item.get(k) is not None else "—" for k, _h in heads],
                     _fit(bases, last)])
    table = Table(rows, colWidths=[first, *[rest] * len(heads), last], repeatRows=2, hAlign="LEFT")
    table.setStyle(_style(2, spans=[((0, 0), (0, 1)), ((1, 0), (len(heads), 0)),
                                    ((len(heads) + 1, 0), (len(heads) + 1, 1))]))
    return table


def _footer(title: str) -> Any:
    def draw(canvas: Any, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(MARGIN, 6 * mm, title)
        canvas.drawRightString(PAGE[0] - MARGIN, 6 * mm, _("Page %(n)s") % {"n": doc.page})
        canvas.restoreState()
    return draw


def document(data: dict[str, Any], *, frozen: str = "") -> bytes:
    """The report as PDF bytes. `frozen`: the line saying who froze it and when (empty for live figures)."""
    story: list[Flowable] = [_fit(data["title"], WIDTH, TITLE)]
    # The line under the title, a part a line (it names the institution, typed by people: never wrapped).
    story += [_fit(part.strip(), WIDTH, TEXT) for part in figures.subtitle(data).split("·")]
    if frozen:
        story.append(_fit(frozen, WIDTH, TEXT))
    story += [_p(pgettext("reports", "Summary"), H2), _summary(data)]
    if data.get("ratios"):
        story += [_p(_("Ratios"), H2), _ratios(data)]
        if (data.get("median") or {}).get("source"):
            story.append(_fit(_("Industry medians") + "：" + data["median"]["source"], WIDTH, TEXT))
    tables = [*[(data["breakdown_labels"][dim], rows) for dim, rows in data["breakdowns"].items()],
              (_("Institution"), data["institutions"])]
    for source in data["sources"]:
        story += [PageBreak(), _p(source["label"], H2)]
        for label, rows in tables:
            story += [CondPageBreak(40 * mm), _p(_("By %(label)s") % {"label": label}, H3),
                      _breakdown(data, source, label, rows), Spacer(1, 3 * mm)]
    if data.get("ratios"):
        story += [PageBreak(), _p(_("Ratios by institution"), H2), _institution_ratios(data)]
    if data.get("indicators"):
        story += [PageBreak(), _p(_("Indicators from every module"), H2), _indicators(data)]
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 3 * mm, title=data["title"], author="xiaobao")
    footer = _footer(data["title"])
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
