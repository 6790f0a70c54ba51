"""Generate disclosure/*.docx and disclosure/labels.jsonl (18 clause documents). Deterministic.

Run with python-docx installed:  python make_disclosure.py
Each document varies how the exclusion clauses (责任免除) are emphasised and how the body font size is set.
"Emphasised" follows the datasets README: the body of EVERY exclusion clause is bold, larger than the body
text, or underlined (highlight alone does not count; a bold heading alone does not count).
"""
import io
import json
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("disclosure")

HEAD = {
    "INSURED_SCOPE": ["被保险人", "保险标的", "投保范围"],
    "COVERAGE": ["保险责任"],
    "EXCLUSIONS": ["责任免除"],
    "SUM_INSURED": ["保险金额", "保险金额和免赔额"],
    "PREMIUM": ["保险费"],
    "PERIOD": ["保险期间"],
    "CLAIMS": ["保险金申请与给付", "赔偿处理"],
    "DISPUTES": ["争议处理", "争议处理和法律适用"],
    "DEFINITIONS": ["释义"],
}
BODY = {
    "INSURED_SCOPE": ["凡投保时年满18周岁（含）至65周岁（含），身体健康、能正常工作或生活的自然人，可作为本保险合同的被保险人。",
                      "本保险合同的保险标的为被保险人所有的、位于保险单载明地址内的房屋及其室内附属设备、室内装潢和室内财产。"],
    "COVERAGE": ["在保险期间内，被保险人因遭受意外伤害事故，并自事故发生之日起180日内因该事故身故或伤残的，保险人按照本合同约定给付保险金。",
                 "在保险期间内，被保险人或其允许的合法驾驶人在使用被保险机动车过程中发生意外事故，致使被保险机动车直接损毁，保险人依照本合同的约定负责赔偿。",
                 "被保险人经医院确诊患有本合同约定的疾病并住院治疗的，保险人对其实际支出的合理且必要的住院医疗费用，在扣除免赔额后按约定比例给付。"],
    "SUM_INSURED": ["保险金额由投保人与保险人协商确定，并在保险单中载明。本合同的每次事故免赔额为人民币500元。"],
    "PREMIUM": ["保险费按保险单载明的保险金额及费率计算；投保人应在合同成立时一次性交清保险费，或按约定分期交付。"],
    "PERIOD": ["除另有约定外，本合同保险期间为一年，以保险单载明的起讫时间为准。"],
    "CLAIMS": ["保险事故发生后，投保人、被保险人或受益人应及时通知保险人，并提供索赔申请书、身份证明、医疗诊断证明及费用原始凭证等材料。保险人收到材料后，对属于保险责任的，在与被保险人达成协议后十日内履行赔付义务。"],
    "DISPUTES": ["因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁；未约定仲裁机构或约定不明的，依法向人民法院起诉。"],
    "DEFINITIONS": ["意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。", "医院：指经国家卫生行政部门评定的二级以上（含二级）公立医院。"],
}
EXCL = [
    ["（一）投保人、被保险人的故意行为；", "（二）被保险人酒后驾驶、无合法有效驾驶证驾驶，或驾驶无有效行驶证的机动车；",
     "（三）战争、军事冲突、恐怖活动、暴乱；", "（四）核爆炸、核辐射或核污染。"],
    ["1. 被保险人在投保前已患有的疾病及其并发症（既往症）；", "2. 等待期内发生的疾病；", "3. 美容、整形、牙齿矫正、视力矫正及其并发症；",
     "4. 被保险人从事潜水、跳伞、攀岩、赛车等高风险运动。"],
    ["一、地震及其次生灾害；", "二、被保险房屋及其附属设备的自然磨损、锈蚀；", "三、现金、金银、珠宝、有价证券等贵重物品的损失；"],
]
ORDER = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES", "DEFINITIONS"]
NUM = "一二三四五六七八九十"

# (emphasis mode, body size mechanism, body pt, sections dropped, expected emphasised)
CASES = [
    ("direct_bold", "defaults", 10.5, [], True),
    ("char_style_bold", "normal", 12, ["DEFINITIONS"], True),
    ("para_style_bold", "defaults", 12, [], True),
    ("para_style_based_on_bold", "normal", 10.5, ["PREMIUM"], True),
    ("underline", "defaults", 10.5, [], True),
    ("larger_direct", "defaults", 10.5, ["DISPUTES"], True),
    ("larger_para_style", "normal", 10, [], True),
    ("table_bold", "normal", 10.5, ["SUM_INSURED", "DEFINITIONS"], True),
    ("bold_underline_mix", "defaults", 11, [], True),
    ("highlight_only", "defaults", 10.5, [], False),
    ("none", "normal", 12, ["DEFINITIONS"], False),
    ("heading_only_bold", "defaults", 10.5, [], False),
    ("partial_bold", "normal", 10.5, ["PERIOD"], False),
    ("style_bold_run_override_off", "defaults", 12, [], False),
    ("same_size_as_body", "normal", 12, ["CLAIMS"], False),
    ("heading_underline_only", "defaults", 10.5, ["DISPUTES", "DEFINITIONS"], False),
    ("italic_colour_only", "normal", 10.5, [], False),
    ("direct_bold_all_clauses_long", "normal", 9, ["PREMIUM", "PERIOD"], True),
]


def set_default_size(doc, pt: float) -> None:
    styles = doc.styles.element
    dd = styles.find(qn("w:docDefaults"))
    rpr_default = dd.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    for old in rpr.findall(qn("w:sz")):
        rpr.remove(old)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(pt * 2)))
    szcs = rpr.find(qn("w:szCs"))
    if szcs is not None:
        szcs.addprevious(sz)  # schema order: sz before szCs
    else:
        rpr.append(sz)
    normal = doc.styles["Normal"]
    normal.font.size = None


def build(idx: int, mode: str, size_by: str, body_pt: float, dropped: list) -> dict:
    doc = Document()
    if size_by == "defaults":
        set_default_size(doc, body_pt)
    else:
        doc.styles["Normal"].font.size = Pt(body_pt)
    doc.styles["Normal"].font.name = "宋体"
    # styles used by some modes
    if mode == "char_style_bold":
        cs = doc.styles.add_style("免责强调", WD_STYLE_TYPE.CHARACTER)
        cs.font.bold = True
    if mode in ("para_style_bold", "style_bold_run_override_off"):
        ps = doc.styles.add_style("免责条款正文", WD_STYLE_TYPE.PARAGRAPH)
        ps.base_style = doc.styles["Normal"]
        ps.font.bold = True
    if mode == "para_style_based_on_bold":
        base = doc.styles.add_style("重要提示", WD_STYLE_TYPE.PARAGRAPH)
        base.base_style = doc.styles["Normal"]
        base.font.bold = True
        derived = doc.styles.add_style("免责条目", WD_STYLE_TYPE.PARAGRAPH)
        derived.base_style = base
        derived.paragraph_format.left_indent = Pt(21)
    if mode == "larger_para_style":
        ps = doc.styles.add_style("醒目条款", WD_STYLE_TYPE.PARAGRAPH)
        ps.base_style = doc.styles["Normal"]
        ps.font.size = Pt(body_pt + 4)

    line = idx % 3
    title = ["意外伤害保险条款", "机动车商业保险条款（示范）", "住院医疗保险条款", "家庭财产保险条款"][idx % 4]
    t = doc.add_paragraph()
    tr = t.add_run(f"丝路财产保险股份有限公司 {title}")
    tr.bold = True
    tr.font.size = Pt(16)
    doc.add_paragraph("阅读指引：本条款中以特别方式标示的内容为免除或减轻保险人责任的条款，请您仔细阅读。"
                      if mode not in ("none", "italic_colour_only") else "阅读指引：请您仔细阅读本保险条款。")
    present = []
    n = 0
    for sec in ORDER:
        if sec in dropped:
            continue
        present.append(sec)
        heading = HEAD[sec][idx % len(HEAD[sec])]
        if idx % 2:
            h = doc.add_paragraph()
            hr = h.add_run(f"第{NUM[n]}部分　{heading}" if n < 10 else heading)
            hr.bold = True
        else:
            doc.add_heading(heading, level=2)
        if sec == "EXCLUSIONS" and mode in ("heading_only_bold", "heading_underline_only"):
            h_run = doc.paragraphs[-1].runs[0]
            h_run.bold = mode == "heading_only_bold" or h_run.bold
            h_run.underline = mode == "heading_underline_only"
        n += 1
        if sec != "EXCLUSIONS":
            for text in BODY[sec][idx % len(BODY[sec]):][:1] + (BODY[sec][:1] if sec == "DEFINITIONS" and idx % 2 else []):
                doc.add_paragraph(text)
            continue
        clauses = EXCL[line] + (["（五）被保险人醉酒、吸食或注射毒品，或被保险人未遵医嘱擅自服用、涂用、注射药物。",
                                 "（六）被保险人患有艾滋病或感染艾滋病病毒期间发生的保险事故。"]
                                if mode == "direct_bold_all_clauses_long" else [])
        lead = "下列原因造成的损失、费用和责任，保险人不负责赔偿："
        if mode == "table_bold":
            doc.add_paragraph().add_run(lead).bold = True
            table = doc.add_table(rows=len(clauses), cols=1)
            for row, c in zip(table.rows, clauses, strict=False):
                row.cells[0].paragraphs[0].add_run(c).bold = True
            continue
        clauses = [lead, *clauses]
        for k, c in enumerate(clauses):
            if mode in ("para_style_bold", "style_bold_run_override_off"):
                p = doc.add_paragraph(style="免责条款正文")
                run = p.add_run(c)
                if mode == "style_bold_run_override_off" and k == len(clauses) - 1:
                    run.bold = False
                continue
            if mode == "para_style_based_on_bold":
                doc.add_paragraph(c, style="免责条目")
                continue
            if mode == "larger_para_style":
                doc.add_paragraph(c, style="醒目条款")
                continue
            p = doc.add_paragraph()
            if mode == "char_style_bold":
                p.add_run(c, style="免责强调")
            elif mode in ("direct_bold", "direct_bold_all_clauses_long"):
                # Word often splits a clause into several runs
                half = len(c) // 2
                p.add_run(c[:half]).bold = True
                p.add_run(c[half:]).bold = True
            elif mode == "underline":
                p.add_run(c).underline = True
            elif mode == "larger_direct":
                p.add_run(c).font.size = Pt(body_pt + 2)
            elif mode == "bold_underline_mix":
                r = p.add_run(c)
                if k % 2:
                    r.underline = True
                else:
                    r.bold = True
            elif mode == "highlight_only":
                p.add_run(c).font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif mode == "partial_bold":
                p.add_run(c).bold = k < 2
            elif mode == "same_size_as_body":
                p.add_run(c).font.size = Pt(body_pt)
            elif mode == "italic_colour_only":
                r = p.add_run(c)
                r.italic = True
                from docx.shared import RGBColor
                r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            else:
                p.add_run(c)
    name = f"fresh_clause_{idx + 1:02d}.docx"
    buf = io.BytesIO()
    doc.core_properties.author = "fresh"
    import datetime
    fixed = datetime.datetime(2026, 12, 5, 0, 0, 0, tzinfo=datetime.UTC)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_printed = fixed
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 5, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return {"file": name, "sections_present": present, "sections_missing": [s for s in ORDER if s not in present]}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.docx"):
        old.unlink()
    labels = []
    for idx, (mode, size_by, pt, dropped, emph) in enumerate(CASES):
        rec = build(idx, mode, size_by, pt, dropped)
        labels.append({"file": rec["file"], "exclusions_emphasized": emph, "sections_present": rec["sections_present"],
                       "sections_missing": rec["sections_missing"]})
    (OUT / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels), encoding="utf-8")
    print(len(labels), "documents,", sum(x["exclusions_emphasized"] for x in labels), "emphasised")


if __name__ == "__main__":
    main()
