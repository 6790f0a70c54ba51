"""Address and name edges the engine read wrongly before s18 (examples written for these tests)."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan


def found(text: str, typ: str, tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == typ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named park or store right after the house number belongs to the address
        ("货送到襄阳市樊城区牛首镇迎宾大道6号鄂北物流园后被退回。", "襄阳市樊城区牛首镇迎宾大道6号鄂北物流园"),
        ("厂房在芜湖市鸠江区万春东路99号江北产业园，暴雨进水。", "芜湖市鸠江区万春东路99号江北产业园"),
        ("在嘉兴市南湖区凌公塘路18号长三角一号仓卸货时受伤。", "嘉兴市南湖区凌公塘路18号长三角一号仓"),
        # a residents' committee's numbered group is where people live
        ("我是岳阳市华容县章华镇城东路居委会五组的住户，房子被淹。", "岳阳市华容县章华镇城东路居委会五组"),
        # work done at a crossing, and the floor someone fell from, are no part of it
        ("他在株洲市芦淞区建设南路与新华路交叉口工地作业时从五楼摔下。", "株洲市芦淞区建设南路与新华路交叉口"),
    ],
)
def test_address_edges(text: str, expected: str) -> None:
    assert found(text, "ADDRESS") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "理赔组分头跑遍了信阳市平桥区明港镇各行政村，受灾面积已登记。",
        "协保员说龙口市石良镇每个村都报了冰雹灾情。",
    ],
)
def test_every_village_of_a_town_is_no_address(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("投保人为洛阳市西工区王城大道88号的一家建材店。", "洛阳市西工区王城大道88号"),
        ("联系人为湖南省株洲市天元区珠江北路7号的物业。", "湖南省株洲市天元区珠江北路7号"),
    ],
)
def test_a_city_after_a_cue_and_its_verb_is_no_name(text: str, address: str) -> None:
    assert found(text, "PERSON") == []
    assert found(text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("已约好查勘员欧斌明日上午到现场复勘。", "欧斌"),
        ("修理厂说车主吕航今日下午来取车。", "吕航"),
    ],
)
def test_a_day_word_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the places on the line before, after the word that leads to them
        ("我叫周桂香，家住广东省韶关市\n乐昌市坪石镇新岭村二组，腿摔断了。", "广东省韶关市\n乐昌市坪石镇新岭村二组"),
        # the group, the room or the house number opening the next line
        ("我家住四川省宜宾市\n屏山县锦屏镇龙桥村\n３组，老伴住院了。", "四川省宜宾市\n屏山县锦屏镇龙桥村\n３组"),
        ("现住昆明市盘龙区\n北京路1088号3单元\n601室，因中风住院。", "昆明市盘龙区\n北京路1088号3单元\n601室"),
    ],
)
def test_an_address_over_the_lines_of_a_letter(text: str, expected: str) -> None:
    assert found(text, "ADDRESS") == [expected]


def test_the_place_named_after_a_name_is_the_place() -> None:
    text = "由孙女代写：高州的李阿婆在茂名市高州市石鼓镇新联村委会上垌村家中摔倒。"
    assert found(text, "ADDRESS") == ["茂名市高州市石鼓镇新联村委会上垌村"]
    assert found(text, "PERSON").count("高州") <= 1  # (高州 before 的 may be read as a name; 高州市 never)


def test_the_way_home_from_school_is_no_road() -> None:
    text = "孩子在勐海县勐遮镇曼令村委会曼燕寨放学路上被摩托车撞了。"
    assert found(text, "ADDRESS") == ["勐海县勐遮镇曼令村委会曼燕寨"]


@pytest.mark.parametrize(
    ("text", "typ", "number"),
    [
        # full-width digits grouped with the ideographic space a Chinese input method types
        ("开户人签名旁写着卡号６２１７　９９５８　００１２　３４５６　７８６。", "BANK_CARD", "６２１７　９９５８　００１２　３４５６　７８６"),
        ("联系手机１３８　１２３４　５６７８。", "MOBILE", "１３８　１２３４　５６７８"),
    ],
)
def test_numbers_grouped_with_ideographic_spaces(text: str, typ: str, number: str) -> None:
    assert found(text, typ, tier="fast") == [number]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("桂林蒙先生来电称其母亲在景区摔伤。", "蒙先生"),  # a city, then the surname and the title
        ("争议中对方律师一直没有出示证据。", None),
        ("学校和老师都不得强制学生参保。", None),
    ],
)
def test_surname_and_title_after_a_place_or_a_word(text: str, person: str | None) -> None:
    assert found(text, "PERSON") == ([person] if person else [])
