"""Written in s18-names (before the engine was run on them): minority names read whole (和 as a Mongolian syllable,
宛 in a dotted name, a name in two parts with a space between them, a Han reading of a minority name's first
syllables, 时 before a transliterated name), and look-alikes that stay no names (回访时…, 数据时…, 是位老人, products and
shops in quotation marks, 苏木, 蒙汉, a place before 风景区 or 那边, a verb with its object); minority given names
that stand alone, name-words in a few more frames, 方 of a party before a name, a name before a people's name in
brackets, 于 starting a name in a counted list."""

import pytest

from xiaobao.engines.pii import scan

CASES = {
    # 和 after 孟, 呼, 布, 苏 is a syllable of a Mongolian name
    "报案人苏和巴雅尔说羊圈塌了。": ["苏和巴雅尔"],
    "被保险人朝鲁孟和来电询问赔款。": ["朝鲁孟和"],
    "请协调关于呼和毕力格的理赔回访。": ["呼和毕力格"],
    # ... and a conjunction elsewhere
    "客户其其格和女儿一起来到柜台。": ["其其格"],
    # a dotted name whose first part holds 宛, and no 不 at the end of a name
    "驾驶人阿依宛古丽·买买提不懂汉语。": ["阿依宛古丽·买买提"],
    # a minority name in two parts with a space between them
    "投保人努尔兰 哈力木拉提，住县城。": ["努尔兰 哈力木拉提"],
    # a Han reading of the first syllables of a minority name (包宝, 阿依先) gives way to the whole name
    "联系人：白音仓布，蒙古族。": ["白音仓布"],
    # 时 after a word that is no word for a person is "when"
    "电话回访时全程录音，客户无异议。": [],
    "经办时发现保单信息有误。": [],
    "核对理赔数据时发现金额不符。": [],
    "客户是位老人，耳朵不太好。": [],
    # a product or a shop named in quotation marks, a township of Inner Mongolia, two languages named together
    "客户买的是“福满堂”两全保险。": [],
    "他们在“巴特尔”手抓肉馆吃的饭。": [],
    "苏木干部乌云陪同客户来到柜台。": ["乌云"],
    "老人说话蒙汉夹杂，孙女在旁边翻译。": [],
    # a name said again before a scenic area's word, a county named by its first characters and the area around it
    "投诉人石林说，那天去石林风景区的路上出的事。": ["石林"],
    "客户来电只说：“我是墨江那边的，车被撞了。”": [],
    # a verb with its object after a cue word: no name
    "关于王强投诉件，已与投诉人达成和解，附协议。": ["王强"],
    # minority given names that stand alone, several in a row as one; not in a place, a flower, a greeting or a word
    "那天平措把摩托车借给了邻居。": ["平措"],
    "德吉一边说一边擦眼泪。": ["德吉"],
    "他们在罗布泊边上迷了路，格桑花开了一路，扎西德勒！": [],
    "数据分布和趋势见附表。": [],
    # a name-word after a name and 、 before a verb of going, at a clause start before 的 and a kinship word, after
    # 请 before what one is asked to do, before 老人 at a clause start
    "当天查勘员马骏、江河前往现场。": ["马骏", "江河"],
    "田野的爷爷是老党员。": ["田野"],
    "工单：请江山协助联系客户。": ["江山"],
    "回访记录：高山老人（80岁）称已收到赔款。": ["高山"],
    # 方 of a word for a party before a name
    "原因为三者方付国平一直未提供鉴定报告。": ["付国平"],
    # the name right before a people's name in brackets; not a place or a word for people
    "种植户冶金花（回族）来电称玉米倒伏。": ["冶金花"],
    "邻居尕藏（藏族）帮忙报了案。": ["尕藏"],
    "我们村（苗族）大多数人都买了这个保险。": [],
    # a name of three whose surname is a function word elsewhere, in a counted list
    "于建伟、钱明亮两名查勘员夜间到场。": ["于建伟", "钱明亮"],
}


@pytest.mark.parametrize(("text", "names"), CASES.items(), ids=range(len(CASES)))
def test_names_s18(text, names):
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


def test_han_names_split_by_spaces_stay_apart():
    found = [f.text for f in scan("签到：韩立新 邓春梅 郝建军") if f.type == "PERSON"]
    assert "韩立新 邓春梅" not in found
