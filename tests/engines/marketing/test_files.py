"""Text extraction from the document formats marketing material arrives in."""

import pytest

from tests.engines.marketing.docmaker import write_docx, write_pdf
from xiaobao.engines.marketing import check_text, violation_codes
from xiaobao.engines.textio import TextExtractionError, extract_text, html_to_text

WECHAT_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>年终福利｜百万医疗</title>
<style>.rich_media_content{color:red}</style><script>var msg = "保本保息";</script></head>
<body><div id="js_content" class="rich_media_content">
<p>家人们！<strong>国家指定</strong>的好产品&nbsp;来了</p><p>保障&amp;服务都很好</p>
<section><span>最后3天</span>，赶紧上车！</section></div></body></html>"""


def test_txt_in_utf8_and_gb18030(tmp_path):
    (tmp_path / "a.txt").write_text("本产品稳赚不赔", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("本产品稳赚不赔".encode("gb18030"))
    assert extract_text(tmp_path / "a.txt") == extract_text(tmp_path / "b.txt") == "本产品稳赚不赔"


def test_html_keeps_visible_text_only(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(WECHAT_HTML, encoding="utf-8")
    text = extract_text(path)
    assert "var msg" not in text and "color:red" not in text
    assert "国家指定的好产品 来了" in text and "保障&服务" in text
    assert violation_codes(check_text(text)) == ["PANIC_SELLING", "REGULATOR_ENDORSEMENT"]


def test_html_blocks_become_lines():
    assert [line for line in html_to_text("<p>一</p><p>二<br>三</p>").split("\n") if line] == ["一", "二", "三"]


def test_docx_paragraphs_and_tables(tmp_path):
    path = write_docx(tmp_path / "poster.docx", ["年终特惠", "本产品保本保息"], [["卖点", "全网最低价"]])
    text = extract_text(path)
    assert "本产品保本保息" in text and "全网最低价" in text
    assert violation_codes(check_text(text)) == ["ABSOLUTE_TERM", "GUARANTEED_RETURN"]


def test_text_pdf(tmp_path):
    path = write_pdf(tmp_path / "leaflet.pdf", ["本产品零风险，", "稳赚不赔！", "最高保额100万元。"])
    text = extract_text(path)
    assert "零风险" in text and "最高保额100万元" in text
    assert violation_codes(check_text(text)) == ["GUARANTEED_RETURN"]


def test_pdf_lines_of_one_sentence_are_rejoined(tmp_path):
    path = write_pdf(tmp_path / "split.pdf", ["本产品保本", "保息，请放心"])
    assert "保本保息" in extract_text(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.xls", b"x", "unsupported file type .xls"),
        ("broken.docx", b"not a zip", "not a readable .docx file"),
        ("broken.pdf", b"%PDF-1.4 garbage", "broken.pdf"),
    ],
)
def test_unreadable_files_raise_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TextExtractionError, match=message):
        extract_text(path)


def test_missing_file(tmp_path):
    with pytest.raises(TextExtractionError, match="file not found"):
        extract_text(tmp_path / "nope.txt")
