"""Addresses (and a resident ID typed full-width) tuned in s18 on the complaint sets of 2027-01-18 and 2027-01-19: how
people end an address, written for these tests (short invented sentences, no set records)."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan


def addresses(text: str, tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a landmark after a road without a number, and the side of it: the last locator of the address
        ("寄件地址：柳州市城中区解放北路市体育馆对面，收件人写我。", "柳州市城中区解放北路市体育馆对面"),
        ("我在雁塔区长安南路联华超市对面被电动车撞了", "雁塔区长安南路联华超市对面"),
        ("材料请寄绵阳市涪城区临园路口邮电局旁边 到了打电话", "绵阳市涪城区临园路口邮电局旁边"),
    ],
)
def test_landmark_side_after_a_road(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no landmark of its own (的, a police station) or a corner after a crossing: outside
        ("客户说住新城区胜利路的银行对面，门牌不清楚。", "新城区胜利路"),
        ("客户说住新城区胜利路派出所对面，门牌不清楚。", "新城区胜利路"),
        ("两车在酒泉市肃州区南大街与西大街交叉口东北角相撞。", "酒泉市肃州区南大街与西大街交叉口"),
    ],
)
def test_no_landmark_no_side(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stretch of a road (东段, 西段, 中段) after it, with or without a number
        ("车停在包头市青山区幸福大街西段被树枝砸了。", "包头市青山区幸福大街西段"),
        ("出险地点：嘉峪关市雄关区新华路中段", "嘉峪关市雄关区新华路中段"),
        ("住址：嘉峪关市雄关区新华路东段12号", "嘉峪关市雄关区新华路东段12号"),
        # a numbered building of a campus named by its use; not a road's house number + 写字楼
        ("他在宝鸡市渭滨区高新大道文理学院新校区2号实验楼工地摔伤。", "宝鸡市渭滨区高新大道文理学院新校区2号实验楼"),
        ("他在大连市沙河口区西南路68号写字楼上班。", "大连市沙河口区西南路68号"),
    ],
)
def test_road_stretch_and_numbered_building(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


def test_road_stretch_on_the_fast_tier() -> None:
    assert addresses("车停在包头市青山区幸福大街西段被树枝砸了。", tier="fast") == ["包头市青山区幸福大街西段"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note in brackets after the address is no part of it
        ("两家店：兰州市城关区张掖路112号（一店）和兰州市城关区永昌路47号（二店），店长不同。",
         ["兰州市城关区张掖路112号", "兰州市城关区永昌路47号"]),
        # a national road's number alone is no address
        ("他于青海省海北州祁连县境内G227国道与羊群相撞。", []),
        # 路南区 and 路北区 are districts, not a road after the city
        ("事故地在唐山市路南区，具体位置为唐山市路南区新华道18号。", ["唐山市路南区新华道18号"]),
        # a numbered unit of a forest farm or a state farm ends the address
        ("保险标的坐落：黑龙江省伊春市伊美区翠峦林场第四作业区，标的为林木。", ["黑龙江省伊春市伊美区翠峦林场第四作业区"]),
        ("房屋位于吉林省延边州安图县白河林场第二居民组，投保家财险。", ["吉林省延边州安图县白河林场第二居民组"]),
    ],
)
def test_notes_routes_districts_and_farm_units(text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


def test_farm_unit_on_the_fast_tier() -> None:
    assert addresses("他在黑河市嫩江市嫩北农场第三管理区种地。", tier="fast") == ["黑河市嫩江市嫩北农场第三管理区"]


@pytest.mark.parametrize(
    "number", ["１１０１０５１９８００１０１０１８Ｘ", "１１０１０５１９８００１０１０１８ｘ"]
)
def test_resident_id_typed_full_width_with_its_check_letter(number: str) -> None:
    found = [(f.text, f.type) for f in scan(f"身份证号（全角）{number}，请核对。", tier="fast")]
    assert found == [(number, "ID_CARD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate after the last part (…号院为…) ends the address; a kind of place (城中村) is no address
        ("客户所住银川市兴庆区文化街东巷6号院为老旧小区，正在改造。", ["银川市兴庆区文化街东巷6号院"]),
        ("我住在城中村，东莞市南城区 石鼓村 3巷 8号，二楼。", ["东莞市南城区 石鼓村 3巷 8号"]),
    ],
)
def test_predicate_and_kind_of_place(text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named group or hamlet after its village, on the fast tier too
        ("住六安市裕安区苏埠镇马家村后湾组，养了六头牛。", "六安市裕安区苏埠镇马家村后湾组"),
        ("住百色市田阳区那坡镇那怀村弄良屯，投诉定损。", "百色市田阳区那坡镇那怀村弄良屯"),
        # a village's numbered lane after a space
        ("地址：东莞市南城区 石鼓村 3巷 8号，二楼。", "东莞市南城区 石鼓村 3巷 8号"),
    ],
)
@pytest.mark.parametrize("tier", ["fast", "model"])
def test_village_group_and_lane(text: str, expected: str, tier: str) -> None:
    assert addresses(text, tier=tier) == [expected]


def test_village_cadres_are_no_group() -> None:
    assert addresses("我们村干部组织了一次走访。", tier="fast") == []
