"""Generate the labelled disclosure corpus: policy wordings (.docx) + labels.jsonl.

    .venv/bin/python tests/data/disclosure/make_corpus.py

Each document varies how (and whether) the exclusion clauses are emphasised — direct bold, heading
only, a larger paragraph style, underline, a bold character style, a 黑体 face, inheritance through
``basedOn`` — where exclusions hide (coverage, premium, claims, definitions, obligations), which
sections are missing, and the heading numbering (第X条, 一、, （一）, 第X章, 1., unnumbered, Heading
styles). The label is derived from the spec, not from the engine.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import clauses as C  # noqa: E402, N812

ORDER = ("INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS",
         "DISPUTES", "DEFINITIONS")
HEADINGS = {
    "INSURED_SCOPE": ["保险标的", "被保险人", "投保范围", "保险标的", "被保险人", "保险对象"],
    "COVERAGE": ["保险责任"] * 3 + ["保障范围", "保险责任", "保险责任范围"],
    "EXCLUSIONS": ["责任免除", "除外责任", "责任免除", "保险人不负责赔偿", "责任免除", "除外责任"],
    "SUM_INSURED": ["保险金额", "保险金额与免赔额", "保险金额", "责任限额", "保险金额", "保险金额和保险价值"],
    "PREMIUM": ["保险费", "保险费", "保险费交付", "保险费", "交费方式", "保险费"],
    "PERIOD": ["保险期间", "保险期间", "保险期限", "保险期间", "保险责任期间", "保险期间"],
    "CLAIMS": ["赔偿处理", "保险金申请与给付", "赔偿处理", "索赔程序", "保险金的申请", "赔偿处理"],
    "DISPUTES": ["争议处理", "争议处理和法律适用", "争议解决", "争议处理", "法律适用", "争议处理"],
    "DEFINITIONS": ["释义", "释义", "名词解释", "释义", "释义", "定义"],
}
CN = "一二三四五六七八九十"
EMPHASISED_MODES = {"bold", "larger_style", "underline", "char_style", "larger_direct", "heavy_font",
                    "inherited_bold"}
# formatted like the others but not emphasis by shared/datasets/README.md's definition (bold, larger, underlined):
# a heavy face (黑体) alone, as the blind authors of 2026-12-08 and 2026-12-09 read it
LABELLED_PLAIN_MODES = {"heavy_font"}

STYLE_MODES = ("larger_style", "inherited_bold", "bold_turned_off")  # emphasis set by the paragraph style


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


@dataclass
class Spec:
    name: str
    product: dict
    numbering: str  # article_title | motor | cn | paren | chapter | arabic | plain
    headings: str  # style | bold | plain_bold_centered
    mode: str  # how exclusion bodies are emphasised (see EMPHASISED_MODES) or none/heading_only/...
    hidden_emphasised: bool = True  # ⟦…⟧ text outside 责任免除 gets the same emphasis
    omit: tuple[str, ...] = ()
    variant: int = 0  # which heading wording to use
    body_pt: float = 10.5
    extra: tuple[str, ...] = ()  # extra sections (OBLIGATIONS) or features (schedule table)
    partial_index: int = 3  # for mode == "partial": which exclusion paragraph stays plain
    label: dict = field(default_factory=dict)


def _set_east_asian_font(target, name: str) -> None:
    rpr = target.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


class Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.doc = docx.Document()
        styles = self.doc.styles
        normal = styles["Normal"]
        if spec.body_pt:
            normal.font.size = Pt(spec.body_pt)
        else:  # leave Normal without a size: the body size comes from w:docDefaults
            rpr = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
            sz = rpr.find(qn("w:sz"))
            if sz is None:
                sz = OxmlElement("w:sz")
                rpr.append(sz)
            sz.set(qn("w:val"), "21")
        _set_east_asian_font(normal.element, "宋体")
        body = spec.body_pt or 10.5
        if spec.mode == "larger_style":
            st = styles.add_style("免责条款正文", WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = normal
            st.font.size = Pt(body + 1.5)
        if spec.mode == "char_style":
            st = styles.add_style("免责强调", WD_STYLE_TYPE.CHARACTER)
            st.font.bold = True
        if spec.mode == "inherited_bold":
            base = styles.add_style("提示基础", WD_STYLE_TYPE.PARAGRAPH)
            base.base_style = normal
            base.font.bold = True
            st = styles.add_style("免责条款", WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = base
        if spec.mode == "bold_turned_off":
            st = styles.add_style("免责条款", WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = normal
            st.font.bold = True
        self.article = 0

    # -- runs ---------------------------------------------------------------------------------
    def emphasise(self, run, paragraph_level: bool = False) -> None:
        mode, body = self.spec.mode, self.spec.body_pt or 10.5
        if mode in ("bold", "partial"):
            run.bold = True
        elif mode == "underline":
            run.underline = True
        elif mode == "char_style":
            run.style = self.doc.styles["免责强调"]
        elif mode in ("larger_direct", "larger_style") and not paragraph_level:
            run.font.size = Pt(body + 1.5)
        elif mode == "heavy_font":
            _set_east_asian_font(run._element, "黑体")
        elif mode == "inherited_bold" and not paragraph_level:
            run.bold = True
        elif mode == "bold_turned_off":
            run.bold = False

    def paragraph(self, text: str, *, exclusion: bool = False, emphasise: bool = False):
        p = self.doc.add_paragraph()
        by_style = exclusion and emphasise and self.spec.mode in STYLE_MODES
        if by_style:
            p.style = self.doc.styles["免责条款正文" if self.spec.mode == "larger_style" else "免责条款"]
        for i, piece in enumerate(re.split(r"[⟦⟧]", text)):
            if not piece:
                continue
            run = p.add_run(piece)
            marked = i % 2 == 1
            if (exclusion and emphasise) or (marked and self.spec.hidden_emphasised):
                self.emphasise(run, paragraph_level=by_style)
        return p

    def heading(self, title: str, index: int):
        s = self.spec
        number = {
            "article_title": f"第{cn_num(index)}条 ",
            "cn": f"{cn_num(index)}、",
            "paren": f"（{cn_num(index)}）",
            "chapter": f"第{cn_num(index)}章 ",
            "arabic": f"{index}. ",
        }.get(s.numbering, "")
        text = number + title
        if s.headings == "style":
            return self.doc.add_heading(text, level=2)
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        if s.headings == "plain_bold_centered":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt((s.body_pt or 10.5) + 1)
        return p

    def body_text(self, text: str) -> str:
        if self.spec.numbering == "motor" and not text.startswith("（") and not text.startswith("【"):
            self.article += 1
            return f"第{cn_num(self.article)}条 {text}"
        return text

    def build(self) -> docx.Document:
        s, product = self.spec, self.spec.product
        title = self.doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run(product["title"])
        run.bold = True
        run.font.size = Pt(16)
        if "schedule" in s.extra:
            table = self.doc.add_table(rows=3, cols=2)
            for row, (k, v) in zip(table.rows, [("投保人", "（见保险单）"), ("保险金额", "（见保险单）"),
                                                ("保险期间", "（见保险单）")], strict=True):
                row.cells[0].text, row.cells[1].text = k, v
        if s.numbering == "motor":
            self.heading("总则", 0)
            self.paragraph(self.body_text("本保险合同由保险条款、投保单、保险单、批单和特别约定组成。"))
        sections = [c for c in ORDER if c not in s.omit]
        if "OBLIGATIONS" in s.extra:
            sections.insert(sections.index("CLAIMS") if "CLAIMS" in sections else len(sections), "OBLIGATIONS")
        for index, code in enumerate(sections, start=1):
            name = "投保人、被保险人义务" if code == "OBLIGATIONS" else HEADINGS[code][s.variant]
            self.heading(name, index)
            paras = product[code]
            for j, text in enumerate(paras):
                is_excl = code == "EXCLUSIONS"
                emph = is_excl and s.mode in EMPHASISED_MODES | {"partial", "bold_turned_off"}
                if s.mode == "partial" and j == s.partial_index:
                    emph = False
                self.paragraph(self.body_text(text), exclusion=is_excl, emphasise=emph)
        return self.doc


def label_for(spec: Spec) -> dict:
    sections = [c for c in ORDER if c not in spec.omit]
    hidden = any("⟦" in t for code in sections for t in spec.product[code])
    hidden = hidden or ("OBLIGATIONS" in spec.extra and any("⟦" in t for t in spec.product["OBLIGATIONS"]))
    labelled = EMPHASISED_MODES - LABELLED_PLAIN_MODES
    excl_ok = "EXCLUSIONS" not in sections or spec.mode in labelled
    hidden_ok = not hidden or (spec.hidden_emphasised and spec.mode in labelled | {"partial"})
    return {
        "file": f"{spec.name}.docx",
        "exclusions_emphasized": bool(excl_ok and hidden_ok),
        "sections_present": sections,
        "sections_missing": [c for c in ORDER if c in spec.omit],
    }


SPECS = [
    Spec("01_motor_bold_bodies", C.MOTOR, "motor", "bold", "bold"),
    Spec("02_accident_heading_only_bold", C.ACCIDENT, "article_title", "bold", "heading_only", variant=1),
    Spec("03_health_larger_paragraph_style", C.HEALTH, "cn", "bold", "larger_style", variant=2),
    Spec("04_property_underline", C.PROPERTY, "chapter", "plain_bold_centered", "underline", variant=0),
    Spec("05_liability_char_style_bold", C.LIABILITY, "article_title", "bold", "char_style", variant=3),
    Spec("06_motor_hidden_in_coverage", C.MOTOR, "motor", "bold", "bold", hidden_emphasised=False),
    Spec("07_travel_hidden_in_definitions", C.TRAVEL, "cn", "style", "bold", hidden_emphasised=False, variant=5),
    Spec("08_health_missing_sections", C.HEALTH, "arabic", "style", "bold", omit=("DISPUTES", "DEFINITIONS"),
         variant=4),
    Spec("09_property_no_exclusions_section", C.PROPERTY, "paren", "bold", "bold", omit=("EXCLUSIONS",)),
    Spec("10_cargo_partial_emphasis", C.CARGO, "paren", "bold", "partial", variant=5, partial_index=3),
    Spec("11_travel_heavy_font", C.TRAVEL, "article_title", "style", "heavy_font", variant=3),
    Spec("12_liability_larger_direct", C.LIABILITY, "chapter", "bold", "larger_direct",
         omit=("PREMIUM",), body_pt=12),
    Spec("13_employer_hidden_in_obligations", C.EMPLOYER, "arabic", "bold", "bold", hidden_emphasised=False,
         extra=("OBLIGATIONS", "schedule"), variant=2),
    Spec("14_accident_no_emphasis_at_all", C.ACCIDENT, "cn", "style", "none", variant=0),
    Spec("15_employer_inherited_bold_docdefaults", C.EMPLOYER, "plain", "plain_bold_centered", "inherited_bold",
         extra=("OBLIGATIONS",), body_pt=0, variant=1),
    Spec("16_cargo_bold_turned_off_in_runs", C.CARGO, "article_title", "bold", "bold_turned_off", variant=0),
    Spec("17_health_underline_missing_claims", C.HEALTH, "chapter", "style", "underline",
         omit=("CLAIMS", "PREMIUM"), variant=1),
    Spec("18_motor_excl_heading_variant", C.MOTOR, "cn", "bold", "char_style", variant=3,
         omit=("DEFINITIONS",)),
]


def main() -> None:
    labels = []
    for spec in SPECS:
        Builder(spec).build().save(HERE / f"{spec.name}.docx")
        labels.append(label_for(spec))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} documents and labels.jsonl to {HERE}")


if __name__ == "__main__":
    main()
