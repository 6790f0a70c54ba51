"""Address forms the engine read wrong before s19 (examples written for these tests, not taken from any set)."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan
from xiaobao.engines.pii.address_edges import tidy_addresses


def found(text: str, typ: str = "ADDRESS", tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == typ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room of a Shanghai lane house after its number or floor
        ("租客住虹口区四川北路1520弄41号亭子间，漏水已两周。", "虹口区四川北路1520弄41号亭子间"),
        ("她家普陀区曹杨路306弄6号3楼灶披间被淹了。", "普陀区曹杨路306弄6号3楼灶披间"),
        # a building's entrance in northern cities, before its room or alone
        ("投保人住和平区南京路9号楼2门301，要求退保。", "和平区南京路9号楼2门301"),
        ("联系地址沈阳市铁西区兴华街22号3门，已核实。", "沈阳市铁西区兴华街22号3门"),
    ],
)
def test_rooms_and_entrances_end_the_address_on_both_tiers(text: str, expected: str) -> None:
    assert found(text) == [expected]
    assert found(text, tier="fast") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stairwell where it happened is no part of the address
        ("老人在长春市南关区东岭街幸福小区3栋4门楼道滑倒。", "长春市南关区东岭街幸福小区3栋4门"),
        # a room of a lane house after a comma goes with the address
        ("你记一下，黄浦区建国西路306弄12号，三楼后楼，对，就这里。", "黄浦区建国西路306弄12号，三楼后楼"),
        # a time before the road is no part of its name
        ("大雨当天长寿路8号院西区3号楼车库进水。", "长寿路8号院西区3号楼"),
        # the city of a clause before the address, a remark's closing bracket before it
        ("他在西安上学期间租住雁塔区长安南路66号7栋，房东不配合。", "雁塔区长安南路66号7栋"),
        ("来信人（香港居民）称其在广东省东莞市虎门镇连升路18号的仓库失火。", "广东省东莞市虎门镇连升路18号"),
    ],
)
def test_address_edges_s19(text: str, expected: str) -> None:
    assert found(text) == [expected]


def tidied(text: str, piece: str) -> list[str]:
    s = text.index(piece)
    return [text[a:b] for a, b, _, _ in tidy_addresses(text, [(s, s + len(piece), "ADDRESS", 0.8)])]


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # a time or the people of a place after the address are no part of it
        ("车停在杭州市西湖区文三路99号B区56车位期间被划。", "杭州市西湖区文三路99号B区56车位期间", ["杭州市西湖区文三路99号B区56车位"]),
        ("舟山市普陀区桃花镇虾峙村渔民反映网箱被毁。", "舟山市普陀区桃花镇虾峙村渔民", ["舟山市普陀区桃花镇虾峙村"]),
    ],
)
def test_what_follows_the_address_is_cut_off(text: str, piece: str, expected: list[str]) -> None:
    assert tidied(text, piece) == expected


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # a filler between the pieces of a dictated address breaks it; a bare district before it is dropped
        ("我家在大连甘井子区 嗯 红旗西路88号 你们来看看", "大连甘井子区 嗯 红旗西路88号", ["红旗西路88号"]),
        # a confirmation and a spot between commas break it too; each stretch that reaches a road or below stands
        ("就是西城区德胜门外大街，对，德胜门外大街12号，楼下那边，3号楼2单元401",
         "西城区德胜门外大街，对，德胜门外大街12号，楼下那边，3号楼2单元401",
         ["西城区德胜门外大街", "德胜门外大街12号", "3号楼2单元401"]),
        ("住南岸区南坪东路，对，南坪东路5号，院子里头，2栋3单元5楼1号，快来人",
         "南岸区南坪东路，对，南坪东路5号，院子里头，2栋3单元5楼1号",
         ["南岸区南坪东路", "南坪东路5号", "2栋3单元5楼1号"]),
        # a kind of place as the field after the address is no part of it
        ("租住宝安区西乡街道固戍村二巷3栋201，城中村里停车难", "宝安区西乡街道固戍村二巷3栋201，城中村",
         ["宝安区西乡街道固戍村二巷3栋201"]),
        # fields without a filler stay one address
        ("地址：天山区 和平南路 明园小区 5号楼 1单元 702", "天山区 和平南路 明园小区 5号楼 1单元 702",
         ["天山区 和平南路 明园小区 5号楼 1单元 702"]),
    ],
)
def test_an_address_dictated_in_pieces(text: str, piece: str, expected: list[str]) -> None:
    assert tidied(text, piece) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fishing port, an island of a town, a ramp of a flyover, a village committee end an address
        ("渔船停在浙江省宁波市象山县石浦镇中心渔港时起火。", ["浙江省宁波市象山县石浦镇中心渔港"]),
        ("养殖户住广东省汕头市南澳县云澳镇东沙岛，网箱被冲走。", ["广东省汕头市南澳县云澳镇东沙岛"]),
        ("车在成都市金牛区二环路与蜀汉路立交匝道处追尾。", ["成都市金牛区二环路与蜀汉路立交匝道"]),
        ("保单寄到海南省儋州市那大镇城西村委会，客户没收到。", ["海南省儋州市那大镇城西村委会"]),
        # a road named after a person: LAC's guess of a name inside it does not block the address
        ("她现在住澳门氹仔罗理基博士大马路金海花园第5座8楼C。", ["澳门氹仔罗理基博士大马路金海花园第5座8楼C"]),
        # the road driven along and the crossing reached are two addresses
        ("标的车沿佛山市禅城区汾江中路由南往北行驶至汾江中路与季华路交叉口时被追尾。",
         ["佛山市禅城区汾江中路", "汾江中路与季华路交叉口"]),
        # a tower named after an insurer, and the room after the tower's name
        ("新地址为武汉市江汉区建设大道568号平安保险金融大厦B区1603，请更新。",
         ["武汉市江汉区建设大道568号平安保险金融大厦B区1603"]),
    ],
)
def test_places_that_end_an_address_s19(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a villa estate after the house number belongs to the address
        ("业主住长安区建设北大街120号碧水山庄的一栋别墅。", ["长安区建设北大街120号碧水山庄"]),
        # a works' dormitory on a road given without a number is the address's last part
        ("老人只记得住“江北区五里店正街电厂宿舍”，几栋不记得了。", ["江北区五里店正街电厂宿舍"]),
    ],
)
def test_estates_and_dormitories_s19(text: str, expected: list[str]) -> None:
    assert found(text) == expected
    assert found(text, tier="fast") == expected


def test_a_works_dormitory_after_a_house_number_stays_out() -> None:
    text = "工人在嘉兴市南湖区东栅街道纺工路77号员工宿舍楼梯间摔伤。"
    assert found(text) == ["嘉兴市南湖区东栅街道纺工路77号"]


def test_a_card_after_a_call_that_checked_it() -> None:
    # 电话确认 says how the number was checked; it labels no phone number, so the card after it stays a card
    text = "收款卡号已于昨日与客户电话确认：６２２８　２６６９　８５７２　２９６９　７３２，户名同投保人。"
    assert found(text, "BANK_CARD", tier="fast") == ["６２２８　２６６９　８５７２　２９６９　７３２"]
    assert found("请电话联系13912345678处理。", "MOBILE", tier="fast") == ["13912345678"]


def test_building_unit_room_after_a_comma() -> None:
    text = "甲方：王秀英，住辽宁省沈阳市铁西区，北二中路18号，2-3-501\n乙方：XX财险沈阳分公司"
    assert found(text) == ["辽宁省沈阳市铁西区，北二中路18号，2-3-501"]
