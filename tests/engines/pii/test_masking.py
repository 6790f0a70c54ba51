import pytest

from xiaobao.engines.pii import MaskPolicy, Pseudonymizer, mask_text, mask_value


@pytest.mark.parametrize(
    ("value", "typ", "expected"),
    [
        ("6228486793814449454", "BANK_CARD", "622848*********9454"),
        ("6259 6519 4875 7491 186", "BANK_CARD", "6259 65** **** **** 186"[:0] + "6259 65** **** ***1 186"),
        ("650103195301191540", "ID_CARD", "650103********1540"),
        ("13812345678", "MOBILE", "138****5678"),
        ("+86 13812345678", "MOBILE", "+86 138****5678"),
        ("0991-7334384", "LANDLINE", "0991-***4384"),
        ("张三", "PERSON", "张*"),
        ("欧阳娜娜", "PERSON", "欧阳**"),
        ("买买提·艾力", "PERSON", "买**·**"),
        ("张先生", "PERSON", "张先生"),
        ("chao75@gmail.com", "EMAIL", "c*****@gmail.com"),
        ("新A12345", "LICENSE_PLATE", "新A***45"),
        ("LHX0XN576CXBUM5SW", "VIN", "LHX**********M5SW"),
    ],
)
def test_mask_value(value, typ, expected):
    assert mask_value(value, typ) == expected


def test_address_kept_to_district():
    v = "新疆维吾尔自治区乌鲁木齐市沙依巴克区建设路386号金桥小区12号楼5单元1204室"
    masked = mask_value(v, "ADDRESS")
    assert masked.startswith("新疆维吾尔自治区乌鲁木齐市沙依巴克区*")
    assert "建设路" not in masked
    assert mask_value("福建省邯郸县怀柔邓街G座", "ADDRESS").startswith("福建省邯郸县*")


def test_id_policy_is_configurable_within_limits():
    p = MaskPolicy(id_head=1, id_tail=1)
    assert mask_value("650103195301191540", "ID_CARD", p) == "6****************0"
    with pytest.raises(ValueError):
        MaskPolicy(id_head=7)
    with pytest.raises(ValueError):
        MaskPolicy(id_tail=0)
    with pytest.raises(ValueError):
        mask_value("x", "NOPE")


def test_mask_text_and_keep_types():
    text = "客户王芳，电话13812345678，卡号6228486793814449454"
    assert mask_text(text) == "客户王*，电话138****5678，卡号622848*********9454"
    kept = mask_text(text, policy=MaskPolicy().without("PERSON"))
    assert kept.startswith("客户王芳，")


def test_pseudonyms_are_consistent_within_a_document():
    text = "投诉人：王芳，电话138 1234 5678。王芳再次来电，电话13812345678；联系人：李强。"
    out = mask_text(text, pseudonymize=True)
    assert out == "投诉人：【姓名1】，电话【手机号1】。【姓名1】再次来电，电话【手机号1】；联系人：【姓名2】。"
    shared = Pseudonymizer()
    a = mask_text("投诉人：李强", pseudonymize=shared)
    b = mask_text("联系人：王芳，投诉人：李强", pseudonymize=shared)
    assert a == "投诉人：【姓名1】"
    assert b == "联系人：【姓名2】，投诉人：【姓名1】"


def test_hints_in_mask_text():
    assert mask_text("今天王芳来过。", hints=["王芳"]) == "今天王*来过。"
