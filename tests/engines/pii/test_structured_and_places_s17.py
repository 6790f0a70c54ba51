"""Address forms and plates the engine did not know before s17 (examples written for these tests)."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan


def found(text: str, typ: str, tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == typ]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        # Guizhou's other short name, as people write it on a plate
        ("前车黔A.7H261急刹，我没刹住。", "黔A.7H261"),
        ("停在路边的黔E·K3152被刮了。", "黔E·K3152"),
        # a new-energy plate with the D or F typed before the dot
        ("我开的是新能源车新BD·3K719，充电时起火。", "新BD·3K719"),
        ("对方是辽AF·62804，全责。", "辽AF·62804"),
    ],
)
def test_plates_as_people_type_them(text: str, plate: str) -> None:
    assert found(text, "LICENSE_PLATE", tier="fast") == [plate]
    assert found(text, "LICENSE_PLATE") == [plate]


def test_a_word_after_a_province_letter_and_d_is_no_plate() -> None:
    assert found("他说新AD·钙片的广告是假的。", "LICENSE_PLATE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flyover ends an address like a crossing
        ("我在兰州市七里河区西津西路与火车站立交桥下被追尾。", "兰州市七里河区西津西路与火车站立交桥"),
        ("车在成都市金牛区一环路北三段红星立交被刮。", "成都市金牛区一环路北三段红星立交"),
        # the crossing in a town as people name it, and the town's street
        ("电动车在蒲城县罕井镇十字口翻了。", "蒲城县罕井镇十字口"),
        ("俺在岐山县蔡家坡镇街上开了个面馆。", "岐山县蔡家坡镇街上"),
        # a hamlet 坡 after its village
        ("我屋企在吴川市塘缀镇西村坡 快递员找不到。", "吴川市塘缀镇西村坡"),
        # 村东 after a village is no village
        ("车翻在涉县井店镇王堡村村东的沟里。", "涉县井店镇王堡村"),
        # a numbered hall
        ("车送到了南京市江宁区双龙大道1688号江宁汽车城6号馆。", "南京市江宁区双龙大道1688号江宁汽车城6号馆"),
        # a clause after a space is no part of the address
        ("我家在榕江县栽麻镇 大利村 三组 再往里走就没路了", "榕江县栽麻镇 大利村 三组"),
        # a home typed right before its county, no 在 between
        ("上次没找到 俺家阜南县王家坝镇李郢村5组 就在大堤边上", "阜南县王家坝镇李郢村5组"),
        # a national road's stretch through a town
        ("客车在G318国道理塘县禾尼乡路段侧翻。", "G318国道理塘县禾尼乡路段"),
    ],
)
def test_address_ends_people_write(text: str, expected: str) -> None:
    assert found(text, "ADDRESS") == [expected]
