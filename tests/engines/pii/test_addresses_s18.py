"""Addresses tuned in s18 on the complaint sets of 2027-01-18 and 2027-01-19: how people end an address, written
for these tests (short invented sentences, no set records)."""

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
