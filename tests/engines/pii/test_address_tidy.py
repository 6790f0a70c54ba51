"""address_edges.tidy_addresses: an address's edges tidied on the model tier (split joined addresses, drop lead-in words and
what follows an address), and ROUTE_POINT_RE: points on highways. Examples written for these tests."""

from __future__ import annotations

import pytest

from xiaobao.engines.pii import scan
from xiaobao.engines.pii.address import ROUTE_POINT_RE
from xiaobao.engines.pii.address_edges import tidy_addresses


def addresses(text: str, tier: str = "model") -> list[str]:
    return [f.text for f in scan(text, tier=tier) if f.type == "ADDRESS"]


def tidied(text: str, piece: str) -> list[str]:
    s = text.index(piece)
    return [text[a:b] for a, b, _, _ in tidy_addresses(text, [(s, s + len(piece), "ADDRESS", 0.8)])]


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # two addresses read as one: split at the join when a place starts after it
        ("申请把地址由银川市兴庆区凤凰北街66号2栋变更为石嘴山市大武口区朝阳西街9号。",
         "由银川市兴庆区凤凰北街66号2栋变更为石嘴山市大武口区朝阳西街9号",
         ["银川市兴庆区凤凰北街66号2栋", "石嘴山市大武口区朝阳西街9号"]),
        ("受灾的是固原市原州区头营镇杨郎村和固原市原州区彭堡镇姚磨村两个村。",
         "固原市原州区头营镇杨郎村和固原市原州区彭堡镇姚磨村两个村",
         ["固原市原州区头营镇杨郎村", "固原市原州区彭堡镇姚磨村"]),
        # not at a road named after a city (北京路, 苏州路: an intersection stays one address)
        ("车停在吴忠市利通区北京路与苏州路交叉口。", "吴忠市利通区北京路与苏州路交叉口", ["吴忠市利通区北京路与苏州路交叉口"]),
        # a lead-in word before the first place
        ("收件地址写成了写银川市金凤区亲水大街18号。", "写银川市金凤区亲水大街18号", ["银川市金凤区亲水大街18号"]),
        ("住所地平凉市崆峒区西大街42号。", "地平凉市崆峒区西大街42号", ["平凉市崆峒区西大街42号"]),
        ("材料我送到你们文化东路17号了。", "你们文化东路17号", ["文化东路17号"]),
        # a corps division is part of the address, not a lead-in
        ("地块在第六师五家渠市一〇一团五连。", "第六师五家渠市一〇一团五连", ["第六师五家渠市一〇一团五连"]),
        # what no address holds: a verb, a count, an organisation, a corner
        ("他把客户住址天水市秦州区民主路5号3栋给了别人。", "天水市秦州区民主路5号3栋给了别人", ["天水市秦州区民主路5号3栋"]),
        ("走访了临洮县新添镇石家楼村等4个村。", "临洮县新添镇石家楼村等4个村", ["临洮县新添镇石家楼村"]),
        ("调解地点：张掖市甘州区县府街8号区司法局调解中心二楼。", "张掖市甘州区县府街8号区司法局调解中心二楼",
         ["张掖市甘州区县府街8号"]),
        ("两车在酒泉市肃州区南大街与西大街交叉口东北角相撞。", "酒泉市肃州区南大街与西大街交叉口东北角",
         ["酒泉市肃州区南大街与西大街交叉口"]),
        # a sender's and a receiver's address on one line, a development zone after the join, a lead-in 就写
        ("面单：寄 绵阳市涪城区临园路东段66号 收 德阳市旌阳区泰山北路二段3号", "绵阳市涪城区临园路东段66号 收 德阳市旌阳区泰山北路二段3号",
         ["绵阳市涪城区临园路东段66号", "德阳市旌阳区泰山北路二段3号"]),
        ("营业场所由宜宾市翠屏区南岸东路8号迁至宜宾经济技术开发区港园路。",
         "宜宾市翠屏区南岸东路8号迁至宜宾经济技术开发区港园路", ["宜宾市翠屏区南岸东路8号", "宜宾经济技术开发区港园路"]),
        ("她说地址就写泸州市江阳区酒城大道三段17号。", "就写泸州市江阳区酒城大道三段17号", ["泸州市江阳区酒城大道三段17号"]),
        # a comma and an address cue, a correction, a move: two addresses, the second without its city
        ("变更：原联系地址长沙市岳麓区桐梓坡路15号，新联系地址望城区金星北路88号。", "长沙市岳麓区桐梓坡路15号，新联系地址望城区金星北路88号",
         ["长沙市岳麓区桐梓坡路15号", "望城区金星北路88号"]),
        ("保单上株洲市芦淞区建设南路12号误写为株洲市芦淞区建设北路12号。", "株洲市芦淞区建设南路12号误写为株洲市芦淞区建设北路12号",
         ["株洲市芦淞区建设南路12号", "株洲市芦淞区建设北路12号"]),
        ("他从湘潭市雨湖区韶山中路9号拉货去衡阳市蒸湘区解放大道3号，途中侧翻。", "湘潭市雨湖区韶山中路9号拉货去衡阳市蒸湘区解放大道3号",
         ["湘潭市雨湖区韶山中路9号", "衡阳市蒸湘区解放大道3号"]),
        # what follows a village: a count, a year, a crop word; a hamlet (社, 坡) after it belongs to it
        ("新化县游家镇车田村去年整村投保了水稻险。", "新化县游家镇车田村去年整村", ["新化县游家镇车田村"]),
        ("永定区王家坪镇石堰坪村共五户受灾。", "永定区王家坪镇石堰坪村共五户", ["永定区王家坪镇石堰坪村"]),
        # a lead-in after a verb (搬到了…, 念成了…)
        ("去年搬到了长沙县星沙街道开元东路8号。", "了长沙县星沙街道开元东路8号", ["长沙县星沙街道开元东路8号"]),
        # a plain 小区 or 单元 after the number: where it happened, not part of the address
        ("车停在南充市顺庆区滨江中路41号小区门口被刮。", "南充市顺庆区滨江中路41号小区", ["南充市顺庆区滨江中路41号"]),
        ("狗在遂宁市船山区明月路5号楼单元门口咬人。", "遂宁市船山区明月路5号楼单元", ["遂宁市船山区明月路5号楼"]),
        # a passive clause after the road, a clause after a space, a distance from a village
        ("外卖小哥在厦门市思明区莲前西路被货车刮倒。", "厦门市思明区莲前西路被货车刮倒", ["厦门市思明区莲前西路"]),
        ("车停在济南市历城区山大路华强小区3栋 我下楼一看车门凹了", "济南市历城区山大路华强小区3栋 我下楼一看车门",
         ["济南市历城区山大路华强小区3栋"]),
        ("鱼塘在湖北省荆州市洪湖市峰口镇新沟村西300米处。", "湖北省荆州市洪湖市峰口镇新沟村西300米", ["湖北省荆州市洪湖市峰口镇新沟村"]),
        # a mall named after the number goes with it, the spot in it does not
        ("顾客在长沙市芙蓉区五一大道389号华远国际中心门口摔伤。", "长沙市芙蓉区五一大道389号", ["长沙市芙蓉区五一大道389号华远国际中心"]),
        # two homes read as one
        ("我家老房子在洛阳市西工区中州中路南段，新房在洛龙区开元大道与王城大道交叉口旁的正商城12号楼。",
         "洛阳市西工区中州中路南段，新房在洛龙区开元大道与王城大道交叉口旁的正商城12号楼",
         ["洛阳市西工区中州中路南段", "洛龙区开元大道与王城大道交叉口旁的正商城12号楼"]),
        ("旧地址长沙市雨花区韶山中路419号 新地址岳麓区麓谷大道658号5栋702 以后寄这里",
         "长沙市雨花区韶山中路419号 新地址岳麓区麓谷大道658号5栋702", ["长沙市雨花区韶山中路419号", "岳麓区麓谷大道658号5栋702"]),
        # a works or a shop at a road's house number is no part of the address (a store's own number is)
        ("火灾发生在佛山市南海区桂城街道南海大道北78号厂房。", "佛山市南海区桂城街道南海大道北78号厂房", ["佛山市南海区桂城街道南海大道北78号"]),
        # a bank branch named after its street is no address
        ("收款账户开户行：XX银行宜昌市东山大道支行", "宜昌市东山大道", []),
    ],
)
def test_tidy_one_address(text: str, piece: str, expected: list[str]) -> None:
    assert tidied(text, piece) == expected


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("回信寄到佛山市禅城区季华五路22号之三。", "佛山市禅城区季华五路22号", "佛山市禅城区季华五路22号之三"),
        ("寄往上海市静安区 江宁路 500 号。", "上海市静安区 江宁路 500", "上海市静安区 江宁路 500 号"),
        ("屋主住凭祥市友谊镇卡凤村那堪屯。", "凭祥市友谊镇卡凤村", "凭祥市友谊镇卡凤村那堪屯"),
        ("货存在钦州市钦南区港东一路物流园12号仓库。", "钦州市钦南区港东一路物流园12号", "钦州市钦南区港东一路物流园12号仓库"),
        ("寄到南宁市青秀区民族大道 9 号 ３－２－５０１。", "南宁市青秀区民族大道 9 号 ３", "南宁市青秀区民族大道 9 号 ３－２－５０１"),
        ("林地在龙岩市新罗区红坊镇东山村后湖社。", "龙岩市新罗区红坊镇东山村", "龙岩市新罗区红坊镇东山村后湖社"),
        ("事发地址：邵阳市大祥区城南路与宝庆路交界处。", "邵阳市大祥区城南路与宝庆路", "邵阳市大祥区城南路与宝庆路交界处"),
        # a building with its block and room after the house number (not an office of an organisation)
        ("新地址：眉山市东坡区苏祠路19号锦江花园2座1102，请寄到这里。", "眉山市东坡区苏祠路19号", "眉山市东坡区苏祠路19号锦江花园2座1102"),
        ("请到乐山市市中区嘉定北路7号金融中心二号办公楼18层办理。", "乐山市市中区嘉定北路7号金融中心二号", "乐山市市中区嘉定北路7号金融中心二号办公楼18层"),
    ],
)
def test_an_address_end_takes_what_belongs_to_it(text: str, piece: str, expected: str) -> None:
    assert tidied(text, piece) == [expected]


@pytest.mark.parametrize(
    ("text", "rules", "model"),
    [
        ("出险地点在克拉玛依市白碱滩区中兴路与平北路交叉口东北角，", "克拉玛依市白碱滩区中兴路与平北路交叉口东北角",
         "克拉玛依市白碱滩区中兴路与平北路交叉口"),
        ("材料寄到阿勒泰市解放路17号院内，传达室代收。", "阿勒泰市解放路17号院内", "阿勒泰市解放路17号"),
    ],
)
def test_the_model_tier_tidies_what_the_fast_tier_leaves(text: str, rules: str, model: str) -> None:
    assert addresses(text, tier="fast") == [rules]
    assert addresses(text) == [model]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form pasted as text: the address goes on over the next lines, its places on the line before
        ("联系地址：四川省成都市\n武侯区科华北路65号\n望江花园5栋2单元301\n联系电话：略", "四川省成都市\n武侯区科华北路65号\n望江花园5栋2单元301"),
        # two addresses on two lines, each from its city, stay two
        ("原地址：自贡市自流井区五星街8号\n新地址：内江市市中区玉溪路12号", ["自贡市自流井区五星街8号", "内江市市中区玉溪路12号"]),
    ],
)
def test_an_address_over_several_lines(text: str, expected: str | list[str]) -> None:
    assert addresses(text) == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address typed with spaces between its levels, before its numbers and after the house number
        ("她住在南京市鼓楼区 湖南路街道 云南里 6号楼 2单元 301，材料在她那儿。", "南京市鼓楼区 湖南路街道 云南里 6号楼 2单元 301"),
        ("新房在苏州市吴中区木渎镇 金山花城 12-3-802，墙面开裂。", "苏州市吴中区木渎镇 金山花城 12-3-802"),
        ("家在汉川市 马口镇 东风村 第五组，母亲在家。", "汉川市 马口镇 东风村 第五组"),
    ],
)
def test_an_address_typed_with_spaces(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written from the room up: every comma-separated piece that is an estate, a road or a place belongs to it
        ("请寄到：1502室，7栋，锦绣华庭小区，滨湖路，合肥市包河区——别再寄错。", "1502室，7栋，锦绣华庭小区，滨湖路，合肥市包河区"),
        ("我家是 2单元601，翠竹苑3栋，宜昌市西陵区 你们核实一下", "2单元601，翠竹苑3栋，宜昌市西陵区"),
        ("地址写的 802，9号楼，阳光小区，株洲，业务员说看不懂。", "802，9号楼，阳光小区，株洲"),
        # a piece that is no place ends it
        ("住1单元302室，6号楼，她说会转告物业。", "1单元302室，6号楼"),
    ],
)
def test_an_address_written_from_the_room_up(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after the road is no part of it
        ("她在杭州市西湖区延安路散步时摔倒。", "杭州市西湖区延安路"),
        # a road named after a province keeps the character before it
        ("快递写的是长江路8号，不是黄河北路8号。", "黄河北路8号"),
        # one lead-in word after another
        ("我们小区南京市江宁区天元西路9号的车库进水了。", "南京市江宁区天元西路9号"),
        # the yard (院内) and a bare 小区 after the number are where it happened, not the address
        ("车停在沈阳市皇姑区黄河北大街56号院内被砸。", "沈阳市皇姑区黄河北大街56号"),
        ("停在上海市闵行区七莘路1888弄小区门口被刮。", "上海市闵行区七莘路1888弄"),
        # an institution after the number is no unit of it, even with a numeral in its name (红十字)
        ("他住在绵阳市涪城区临园路2号绵阳市红十字会医院。", "绵阳市涪城区临园路2号"),
        # an office of an insurer or a bank at the number (not a building named after one)
        ("调解地点：九江市浔阳区长虹大道18号XX保险九江中心支公司。", "九江市浔阳区长虹大道18号"),
        # a remark in an open bracket, a distance from a crossing, what stands in front of the number
        ("单位地址：襄阳市樊城区春园路21号（原XX食品厂", "襄阳市樊城区春园路21号"),
        ("出险地点：柳州市城中区文昌路与潭中路交叉口北30米", "柳州市城中区文昌路与潭中路交叉口"),
        ("出险地点：宜宾市翠屏区南岸西路 8号门前", "宜宾市翠屏区南岸西路 8号"),
        # a street pointed at, a household in it
        ("他昨晚在绵阳市涪城区临园路8号那条街上被撞。", "绵阳市涪城区临园路8号"),
        ("孝感市孝南区书院街18号一户居民家中失火。", "孝感市孝南区书院街18号"),
        # a label before the address, on the same line
        ("2号仓库 常德市武陵区德山开发区桃林路6号", "常德市武陵区德山开发区桃林路6号"),
        # a town whose name ends in a city's name (丰镇)
        ("查勘员回到永丰镇南岭村继续核损。", "永丰镇南岭村"),
    ],
)
def test_what_is_not_part_of_an_address(text: str, expected: str) -> None:
    assert addresses(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line after an address is no part of it
        ("邮寄地址：\n宜昌市西陵区夷陵大道 66号\n0717-6231187", ["宜昌市西陵区夷陵大道 66号"]),
        # a room written as …702户, a university's campus after the number
        ("住日照市东港区海曲西路88号3号楼2单元702户，电话另告。", ["日照市东港区海曲西路88号3号楼2单元702户"]),
        ("在合肥市蜀山区肥西路3号安徽大学老校区参加活动时受伤。", ["合肥市蜀山区肥西路3号安徽大学老校区"]),
        # the estate at a crossing is an address of its own
        ("原住岳阳市岳阳楼区巴陵中路与青年路交叉口东南角的金鹗小区6栋301。", ["岳阳市岳阳楼区巴陵中路与青年路交叉口", "金鹗小区6栋301"]),
    ],
)
def test_where_an_address_ends(text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


def test_other_types_pass_through_untouched() -> None:
    spans = [(0, 3, "PERSON", 0.9)]
    assert tidy_addresses("王小明说", spans) is spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("货车在G85银昆高速K1288+400处追尾。", "G85银昆高速K1288+400"),
        ("车在定武高速中卫段K112附近爆胎。", "定武高速中卫段K112"),
        ("出险地点：S203线固原至西吉段K36+050。", "S203线固原至西吉段K36+050"),
        ("车从G309国道1680公里处滑下路基。", "G309国道1680公里处"),
        ("施工路段为G338线K10+000至K14+200。", "G338线K10+000至K14+200"),
        ("在沪昆高速杭州往金华方向K128+600处爆胎。", "沪昆高速杭州往金华方向K128+600"),
        ("货车在G20青银高速 山西吕梁段 K618+200 侧翻。", "G20青银高速 山西吕梁段 K618+200"),
        ("事发G3012吐和高速K905处。", "G3012吐和高速K905"),
        ("追尾发生在京哈高速G1沈阳方向K512+100。", "京哈高速G1沈阳方向K512+100"),
    ],
)
def test_points_on_highways_are_addresses(text: str, expected: str) -> None:
    assert [m.group() for m in ROUTE_POINT_RE.finditer(text)] == [expected]
    assert expected in addresses(text, tier="fast")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("车停在G4京港澳高速信阳服务区时油箱被撬。", ["G4京港澳高速信阳服务区"]),
        ("事故地点：杭瑞高速湖南段岳阳服务区（往长沙方向）", ["杭瑞高速湖南段岳阳服务区"]),
        ("出险地点：G55二广高速洛阳段伊川收费站", ["G55二广高速洛阳段伊川收费站"]),
        ("货车在G3012吐和高速库车东收费站起火。", ["G3012吐和高速库车东收费站"]),
        ("过了收费站没多远就爆胎了。", []),
        ("我们在服务区吃了饭就走了。", []),
    ],
)
def test_service_areas_and_toll_stations_on_highways_are_addresses(text: str, expected: list[str]) -> None:
    assert addresses(text, tier="fast") == expected
    assert addresses(text) == expected


def test_a_token_is_no_highway_point() -> None:
    # (a CSRF token or an asset hash in a page: G0K3 inside a run of letters and digits)
    assert addresses("csrfmiddlewaretoken=Zq7G0K3xT9", tier="fast") == []
    assert addresses('<input value="aG12K300b">') == []


def test_a_distance_alone_is_no_highway_point() -> None:
    assert ROUTE_POINT_RE.search("他每天骑车跑3公里上班，K歌到很晚。") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("货车在甘孜州康定市G318线K2855+300处被落石砸中。", "甘孜州康定市G318线K2855+300"),
        ("出险地点：上海市嘉定区沪嘉高速K12+600。", "上海市嘉定区沪嘉高速K12+600"),
        ("车在沪嘉高速K12+600抛锚。", "沪嘉高速K12+600"),
    ],
)
def test_the_places_written_before_a_highway_point_are_part_of_it(text: str, expected: str) -> None:
    assert addresses(text, tier="fast") == [expected]
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "公司开展“金融知识进乡村”宣传活动30场。",
        "请在申请表上写明所在乡镇和村名。",
        "下周县里组织惠民保进村宣传。",
        "理赔部会同县农业农村局一起复勘。",
    ],
)
def test_words_for_the_countryside_and_the_county_are_no_addresses(text: str) -> None:
    assert addresses(text, tier="fast") == []
    assert addresses(text) == []


def test_some_villages_of_a_town_are_no_village_address_for_the_rules() -> None:
    # (the CRF still reads 和静县巴润哈尔莫敦镇部分村组 as one place on the model tier)
    assert addresses("这次冰雹涉及和静县巴润哈尔莫敦镇部分村组。", tier="fast") == []


def test_a_county_town_named_after_its_county_seat_is_an_address() -> None:
    assert addresses("住在略阳县城关镇北街8号。") == ["略阳县城关镇北街8号"]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("父亲住进了哈密市中心医院呼吸科三病区12床，医生说要观察。", ["哈密市中心医院呼吸科三病区12床"]),
        ("手术后转到兰州大学第二医院 东院区 骨科 五病区 23床。", ["兰州大学第二医院 东院区 骨科 五病区 23床"]),
        ("母亲在石河子市人民医院住院部8楼内分泌科十五床躺了一周。", ["石河子市人民医院住院部8楼内分泌科十五床"]),
        # a hospital with a department only is no address
        ("孩子在阜阳市人民医院儿科看的病，发票都在。", []),
    ],
)
def test_a_hospital_ward_or_bed_is_an_address(text: str, expected: list[str]) -> None:
    assert addresses(text, tier="fast") == expected
    assert addresses(text) == expected


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # a document's number: its 号 makes no address
        ("甘金消转〔2027〕45号 关于投诉件的转办函", "甘金消转〔2027〕45号"),
        ("请按青金消转[2026]301号文件要求回复。", "青金消转[2026]301号"),
        # a room of an organisation on a floor: no home's room
        ("请来访客户到12层接待室等候。", "12层接待室"),
        ("会议在3楼调解室召开。", "3楼调解室"),
    ],
)
def test_a_document_number_or_an_office_room_is_no_address(text: str, piece: str) -> None:
    assert tidied(text, piece) == []


def test_two_addresses_each_after_its_own_cue_word_stay_two() -> None:
    text = "寄件地址昌吉市延安北路8号3栋 收件地址奇台县西北湾镇头屯村 快递丢了"
    assert addresses(text, tier="fast") == ["昌吉市延安北路8号3栋", "奇台县西北湾镇头屯村"]
    assert addresses(text) == ["昌吉市延安北路8号3栋", "奇台县西北湾镇头屯村"]
