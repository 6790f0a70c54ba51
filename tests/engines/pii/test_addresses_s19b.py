"""Address edges as customers write them, read wrong before s19 (examples written for these tests, not taken from any set)."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan


def found(text: str, typ: str = "ADDRESS", tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == typ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a railway bureau after the house number is no road
        ("我在青羊区人民西路四段9号西南铁路局门口被追尾了。", "青羊区人民西路四段9号"),
        # a numbered block of a new town (街区) is one word, not a street
        ("家住白银区平川园区7号街区，电话一直打不通。", "白银区平川园区7号街区"),
    ],
)
def test_words_that_hold_a_road_character(text: str, expected: str) -> None:
    assert found(text) == [expected]
    assert found(text, tier="fast") == [expected]


def test_a_road_after_a_verb_of_taking_someone_there() -> None:
    text = "伤者被送解放路27号骨科医院抢救。"
    assert found(text) == ["解放路27号"]
    assert found(text, tier="fast") == ["解放路27号"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun or a verb glued before the address is a lead-in
        ("我们约在投保人单位高新区科园路8号创业大厦5层见面。", ["高新区科园路8号创业大厦5层"]),
        # the shops on a building's ground floor or on a floor
        ("我在鼓楼区湖东路金色家园7号楼底商开了家面馆。", ["鼓楼区湖东路金色家园7号楼底商"]),
        # two addresses joined by 及 or 和 where the second names the first's estate again
        ("阳光小区5号楼及阳光小区6号楼的车都被砸了。", ["阳光小区5号楼", "阳光小区6号楼"]),
    ],
)
def test_address_edges_on_the_model_tier(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building after the house number pointed at as a landmark stays outside the address
        ("车停在江岸区中山大道55号金融大厦前被树砸了。", "江岸区中山大道55号"),
        ("就是洪山区珞喻路66号光谷广场那个网点收的钱。", "洪山区珞喻路66号"),
        # where the building is the place itself it is kept
        ("我在江岸区中山大道55号金融大厦门口摔倒了。", "江岸区中山大道55号金融大厦"),
    ],
)
def test_a_landmark_building_after_the_number(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named estate or office park with its phase and building, no district before it
        ("我老婆在银泰城二期C座上班，下班路上摔了。", ["银泰城二期C座"]),
        ("车停在翡翠湾三期地下车库B1-206车位，被水淹了。", ["翡翠湾三期地下车库B1-206车位"]),
        ("我家绿洲花园一期7栋漏水三天了没人管。", ["绿洲花园一期7栋"]),
        # a phase of a project, of a payment or of a course is no address
        ("项目二期3号楼的工人摔伤了。", []),
        ("保费分三期交，第二期已经扣了。", []),
    ],
)
def test_an_estate_with_its_phase_and_building(text: str, expected: list[str]) -> None:
    assert found(text) == expected
    assert found(text, tier="fast") == expected


def test_an_address_in_brackets_ends_where_they_shut() -> None:
    text = "住址：临夏市城南街道新华路社区（原南关村）——业主说村改社区以后门牌没换。"
    assert found(text) == ["临夏市城南街道新华路社区", "南关村"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town whose last character starts a city's name (镇江, 乡宁) keeps its own name
        ("他说是在清水河镇江苏路12号，我记错了。", ["清水河镇江苏路12号"]),
        ("不对，是芦花镇江宁路9号，你们改一下", ["芦花镇江宁路9号"]),
        # a verb of correcting before the address is a lead-in
        ("改成芦花镇江宁路9号3栋", ["芦花镇江宁路9号3栋"]),
    ],
)
def test_a_town_before_a_city_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_numbered_tower_and_its_room_end_the_address() -> None:
    text = "保单地址改成赤坎区海滨大道北18号碧海湾花园三期6座1203，下个月搬。"
    assert found(text) == ["赤坎区海滨大道北18号碧海湾花园三期6座1203"]
    assert found(text, tier="fast") == ["赤坎区海滨大道北18号碧海湾花园三期6座1203"]
