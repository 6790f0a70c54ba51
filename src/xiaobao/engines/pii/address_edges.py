"""Where an address starts and ends: the edges of every ADDRESS the rules or the CRF found, tidied on the model tier
(the fast tier, for bulk masking, keeps the rules' edges: scanner.TIDY_ADDRESSES).

The rules' grammar and the CRF find most addresses, but their edges go wrong in the same few ways, which every
author of a labelled set agrees on:
  * two addresses read as one (由A变更为B, A和B两个村, A，新地址B, A发往B, 长春中路由北向南行驶至…交叉口): split;
  * a lead-in word before the first place (写银川市…, 住所地平凉市…, 你们文化东路17号, 地址栏（银川市…）): dropped;
  * what follows the address (…5号3栋给了别人, …村等4个村, …村马铃薯种植户, …8号区司法局调解中心, …交叉口东北角,
    …路段, …号院内): cut off;
  * what still belongs to its end (…22号之三, 江宁路 500 号, …卡凤村那堪屯, …物流园12号仓库, …9 号 ３－２－５０１,
    …38号碧桂园翠湖居6座903): taken in;
  * an address a form spreads over several lines (地址：新疆…乌鲁木齐市⏎水磨沟区…⏎康城小区19号楼2单元501): joined.
Where authors disagree, the majority since 2026-12-10 decides: a corner after a crossing that ends the address
(…交叉口东北角，) is left out by 15 of the 20 such marks in the labelled sets (the 5 others are 2026-12-06/07's
and one s12 author's); 号院内 (the yard, as where something happened) is left out by 6 of the 8 marks that end there, 院 too.
Examples in tests/engines/pii/test_address_tidy.py; the effect on the labelled sets is in the commit messages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import Any

from . import lexicon as lx
from .address import ADMIN_RE, NUMBERED_RE, ROUTE_WORD_RE, STREET_RE, Span, _simplified

# ---------------------------------------------------------------- known places (lexicon, lexicon.AREAS)
_ADMIN_SUFFIX = frozenset("省市区县州盟旗")
# places that are administrative units as written (富锦市, 伊犁哈萨克自治州, 新疆), not only a city's short form
_FULL_NAMES = frozenset(lx.AREAS) | frozenset(w for w in lx.PROVINCES if len(w) >= 3 or w in ("新疆", "西藏", "广西", "宁夏"))
_PLACES: Any = None  # an Aho-Corasick automaton over every known place name (built on first use)


def _places() -> Any:
    global _PLACES
    if _PLACES is None:
        import ahocorasick_rs

        _PLACES = ahocorasick_rs.AhoCorasick(sorted({*lx.PROVINCES, *lx.CITIES, *lx.AREAS, *lx.AREA_STEMS}))
    return _PLACES


def _place_starts(text: str, s: int, e: int) -> list[int]:
    """Where a known place name starts in text[s:e]."""
    return [s + a for _, a, _ in _places().find_matches_as_indexes(text[s:e], overlapping=True)]


# a development zone named after its place starts an address as a district does (库尔勒经济技术开发区永安路…)
_ZONE_RE = re.compile(r"(?:经济技术|高新技术产业|经济|高新技术|高新|综合保税)?开发区|高新区|新区|工业园区")


def _admin_at(text: str, k: int, e: int) -> bool:
    """Does an administrative unit start at k, before e (富锦市, 伊犁州, 新疆, 库尔勒经济技术开发区: a full name, or a
    known place followed by an administrative suffix or a development zone; not a road named after a city, 北京路,
    nor 广西大学)?"""
    piece = text[k : min(e, k + 16)]
    for _, a, b in _places().find_matches_as_indexes(piece, overlapping=True):
        if a == 0 and (
            piece[:b] in _FULL_NAMES or (b < len(piece) and piece[b] in _ADMIN_SUFFIX) or _ZONE_RE.match(piece, b)
        ):
            return True
    return False


# ---------------------------------------------------------------- the start
_LEAD_GRAMMAR_RE = re.compile(r"[省市区县州盟旗镇乡村屯组社路街巷号楼栋幢室层弄院坊师团连]|单元|街道")
_LEAD_WORDS = ("你们", "我们", "他们", "咱们", "您们", "一趟", "一下", "就写", "就填", "写成", "填成", "就在", "就是", "念成了",
               "写成了", "却是", "隔壁", "小区", "单位", "改成", "改为", "了", "是", "其", "停")  # (客户单位经开区…, 车停华润…二期…)
# a known place that names a road (河北路, 天津南路, 北京东大街)
_ROAD_AFTER_PLACE_RE = re.compile(
    "(?:" + "|".join(sorted({*lx.PROVINCES, *lx.CITIES}, key=len, reverse=True)) + r")[东西南北中]?(?:路|街|大道|大街|巷)"
)
_LEAD_CHARS = frozenset("写填置址由为是在于赴到至往地叫经过")
# a closing bracket with no opening one before it in the address (…居民）称其在…)
_CLOSING_RE = re.compile(r"[^（()）]*[）)]")
# a verb of living or lying somewhere inside a clause before the address (…期间租住…, …那年住在…)
_LEAD_VERB_RE = re.compile(r"租住在?|住在|居住在|家住|位于|搬到|搬进")


def _start(text: str, s: int, e: int) -> int:
    """Where the address text[s:e] really starts: at its first known place when only a lead-in word stands
    before it, inside an opening bracket before a place, after a pronoun or a verb's last character."""
    shut = _CLOSING_RE.match(text, s, min(e, s + 24))
    if shut is not None and shut.end() < e - 3:  # (香港居民）反映其在广东省…: a remark's end, then the address)
        return _start(text, shut.end(), e)
    verb = _LEAD_VERB_RE.search(text, s + 2, min(e, s + 14))
    if verb is not None and not _LEAD_GRAMMAR_RE.search(text, s, verb.start()) and _admin_at(text, verb.end(), e):
        return _start(text, verb.end(), e)  # (西安上学期间租住雁塔区…: the city of a clause, then where one lives)
    ws = next((k for k in range(s + 1, min(e, s + 10)) if text[k].isspace()), -1)
    if ws > 0 and not _place_starts(text, s, ws):  # (a label before the address: 1号仓库 新乡市…)
        k = ws
        while k < e and text[k].isspace():
            k += 1
        if _admin_at(text, k, e):
            return _start(text, k, e)
    starts = _place_starts(text, s, min(e, s + 12))
    if starts and s not in starts:
        p = starts[0]
        # (京新高速哈密段K680: a highway before the place is no lead-in; nor 黄 in 黄河北路, a road named after a place)
        if (
            p - s <= 8
            and not (p - s == 1 and text[p + 1 : p + 2] == "镇" and text[s] not in _LEAD_CHARS)  # (永丰镇: not 丰镇)
            and not (text[p] in "镇乡" and text[p - 1] not in _LEAD_CHARS)  # (清水河镇江苏路: not 镇江)
            and not _LEAD_GRAMMAR_RE.search(text, s, p)
            and not ROUTE_WORD_RE.search(text, s, p)
            and not _ROAD_AFTER_PLACE_RE.match(text, p)
        ):
            return p
    b = max(text.rfind("（", s, min(e, s + 24)), text.rfind("(", s, min(e, s + 24)))
    if b >= s and ")" not in text[b:e] and "）" not in text[b:e] and _admin_at(text, b + 1, e):
        return b + 1
    lead = next((w for w in _LEAD_WORDS if text.startswith(w, s) and e - s > len(w) + 3), None)
    if lead is not None:  # (咱们小区昌平区…: one lead-in word after another)
        return _start(text, s + len(lead), e)
    if text[s] in _LEAD_CHARS and e - s > 4 and s + 1 in _place_starts(text, s + 1, min(e, s + 8)):
        return s + 1
    return s


# ---------------------------------------------------------------- the end
# words no address holds: a verb, a time or a count after it (…2栋给第三方, …村等3个村, …室租用写字楼, …号住院17天)
_NOT_ADDRESS_RE = re.compile(
    r"给|被(?!服)|逛街|逛商场|散步|遛弯|买菜|租用|上班|办公(?!楼)|现场|查勘|充电|发生|出险|居住|经营|施工|放牧|务工|投保|签订|签署|购买|行驶|住院(?!部)|出发"
    r"|开车|停放|驶入|驶出|放学|期间|渔民|那条|这条|一户(?![\d一二三四五六七八九十])|自\d{1,2}月|起(?:[，,。]|$)|→|网点|交警大队|派出所|由[东南西北]向|一个"
    r"|[一两二三四五六七八九十\d]+(?:间|套)|一座(?![\d一二三四五六七八九十])"
    r"|等\d*个|等[一二三四五六七八九十两几]个|(?:\d+|[两几])(?:个村|亩|只|头|名)|(?:(?<!\d)\d{1,2}|[两几])户(?![村组])"
    r"|种植户|养殖户|茶农|农户|牧民|[去今前]年|整[屯村组]|全[屯村组]|共[\d一二三四五六七八九十两]|邮编"
)
# a predicate right after the address's last part (…8号院为老旧小区, …村为贫困村: 56 of the 56 such marks leave it out)
_PREDICATE_RE = re.compile(r"(?<=[号院村组室楼栋屯社])为")
# an organisation at the address (…163号区人民调解中心三楼会议室, …彰泰城 物业中心, …东门驿站; not a residents'
# committee's numbered group, …北塔路居委会三组, where people live)
_ORG_RE = re.compile(
    r"驿站|保险(?![\u4e00-\u9fff]{0,4}?(?:大厦|大楼))|银行(?![\u4e00-\u9fff]{0,4}?(?:大厦|大楼))|物业(?:服务)?中心|物业|(?:调解|理赔|服务|客服|社区服务)中心|居委会(?![\d一二三四五六七八九十]+组)|办公室|会议室|营业厅|营业部|分公司|支公司|老宅"
)
_BUILDING_RE = re.compile(r"大厦|广场|中心|花园|小区|城|苑|园|楼|座|公寓|家园|商厦|市场")
# a side, a corner or a facility at the end (…交叉口东北角, …路口西侧约50米, …号院内, …小区地下车库): near or at the
# address, not the address
_END_SIDE_RE = re.compile(
    r"(?:[东南西北]{1,2}(?:角|侧|面|边)|(?<=[口处村屯组庄寨])[东南西北]{1,2}(?=约?[\d一二三四五六七八九十百]+米)|附近|旁边?|对面|门口|门前|(?<![\d０-９]号)楼下|楼道|楼梯间?|(?<=[\d０-９]号楼)下|一带|路段|沿线|(?<![路街道巷])中段|(?<=[\d０-９]号)院(?:内|子里)|(?<=院)内|(?<=院)子里|(?<=[组村队屯])路口"
    r"|(?:地下|露天)?(?:停车场|车库|地库)|(?<![\d０-９A-Za-zＡ-Ｚ号\s])(?:地面|地下)?车位|[，,]\s*顶楼|(?<=[，,])\s*小区|(?<=\d[号弄])小区|(?<=[\d一二三四五六七八九十]号楼)单元)(?:约?[\d一二三四五六七八九十百]+米)?$"
)
# a works, a shop or a store at a road's house number (…兴发南路38号厂房, …新华北路398号商铺): left out by 12 of the 15 marks
# (a number that is the store's own, …物流园A区15号仓库, is taken in: _MORE_RE)
_ROAD_NUMBER_FACILITY_RE = re.compile(r"([路街道巷弄东西南北中段][\d０-９]{1,5}号)(?:临街)?(?:仓库|厂房|商铺|门面|铺面|库房)$")
# a landmark right after a road (or a crossing) that ends an address, and the side of it the place lies on
_LANDMARK_SIDE = (
    r"(?:(?<=[路街巷])|(?<=大道)|(?<=路口)|(?<=交叉口)|(?<=交口))(?<!街道)"
    r"(?:(?![的了在是和与及那这个到从被把给我你他她往向时号])[\u4e00-\u9fff]){2,8}?(?:斜对面|对面|旁边|隔壁|[东西南北]侧)"
)
_LANDMARK_SIDE_END_RE = re.compile(_LANDMARK_SIDE + "$")
# what an address's end may still take when it stops right before it (…51号之二, 宛平南路 600 号, …１２－３－２０２,
# 18号 4-7, 1单元 803, …大定村弄王屯, …物流园3号仓库: not a road's house number + 厂房, 创业大道2号厂房)
_MORE_RE = re.compile(
    r"[ \u3000]?之[一二三四五六七八九十\d]{1,2}(?![\u4e00-\u9fff])"
    # a room of a lane house on its floor, after a comma (…306弄12号，三楼后楼)
    r"|(?<=[号弄])[，,][ \u3000]?[\d一二三四五六七八九十]{1,2}[楼层](?:亭子间|灶披间|前楼|后楼|阁楼)"
    r"|(?<=[\d０-９])[ \u3000]?[号號层]"
    r"|(?<=[\d０-９])(?:[-－—][\d０-９]+)+"
    r"|(?<=[号號元])[ \u3000]?[\d０-９]+(?:[-－—][\d０-９]+)+"
    # building-unit-room after a comma (…铁西路8号，2-3-501)
    r"|(?<=[号號])[，,][ \u3000]?[\d０-９]{1,3}(?:[-－—][\d０-９]{1,4}){2}(?![\d０-９\-－—])"
    r"|(?<=单元)[ \u3000]?[\d０-９]{3,4}(?:室|房|户)?"
    r"|(?<=村)(?:委会)?[\u4e00-\u9fff]{1,2}[屯寨社坡](?![子村区会员])"
    # a village committee as the address's end (…镇城西村委会: 2 of the 2 such marks), not its staff or its papers
    r"|(?<=村)委会(?!主任|书记|干部|证明|出具|开具|代|转|签|盖|统一|会计|成员|领导|说|的|门口|附近|旁边|对面|大院|办公|[\u4e00-\u9fff]{0,2}[屯寨社坡村组])"
    # a flat's letter after its floor (…第5座8楼C, …15楼B室)
    r"|(?<=[\d０-９][楼层])[A-Za-zＡ-Ｚ](?:室|座)?(?![A-Za-z0-9０-９])"
    # a room right after a tower's name (…金融大厦B区1603, …国际广场1803室)
    r"|(?<=大厦|大楼|广场|中心)(?:[A-Za-zＡ-Ｚ][区座])?[\d０-９]{3,4}(?:室|房|号)?(?![\d０-９])"
    r"|(?<=[路街道巷])(?:交界处|交汇处|交叉口)"
    # the stretch of a road (…胜利大街东段, …新华路西段: 25 of the 26 such marks in the open sets take it in)
    r"|(?<=[路街道巷])(?<!街道)[东西南北中]段"
    # the street of a town as people name it (武功县普集镇街上: 2 of 2 marks), a hamlet 坡 after its village (大村坡)
    r"|(?<=[镇乡]街)上|(?<=村)坡(?![子村区会员上下顶头])"
    # a numbered hall of a market or an exhibition centre (…汽车城4号馆)
    r"|(?<=[\d０-９]号)馆(?![长员])"
    r"|(?<![路街道巷]\d)(?<![路街道巷]\d\d)(?<![路街道巷]\d\d\d)(?<=[\d一二三四五六七八九十]号)"
    r"(?:仓库|库房|车间|厂房|门面|铺面|商铺|摊位|条田|大棚|仓|库|铺)"
    # the shops on a building's ground floor (…12号楼底商: 2 of the 3 such marks; a shop after a floor, …88号一楼商铺,
    # is left out by 2 of 3)
    r"|(?:(?<=号楼)|(?<=[栋幢座]))[ \u3000]?底商"
    # a named building or mall right after the house number, before the spot in it (…385号太古汇门口, …508号东胜广场工地):
    # 66 of the 66 marks with a building after the number take it in
    r"|(?<=[号號])(?![的在了是和与及])[\u4e00-\u9fff]{1,8}?(?:广场|大厦|商厦|大楼|写字楼|购物中心|中心|汇|天地|商场|百货)"
    r"(?=门口|门前|工地|楼下|楼顶|附近|旁边|对面|里面|内|[，,。；;\s]|$)"
    # a named logistics or industrial park after the house number (…1号三峡物流园, …18号华北物流港)
    r"|(?<=[号號])(?![的在了是和与及])[\u4e00-\u9fff]{1,8}?(?:物流园|物流港|产业园|工业园|科技园)(?!区)"
    # a university's campus after the house number (…699号新疆大学新校区; a bare …74号哈尔滨理工大学 is left as it is)
    r"|(?<=[号號])(?![的在了是和与及])(?!附近)[\u4e00-\u9fff]{2,8}?大学(?:[\u4e00-\u9fff]{1,2}校区|[东西南北]?校园)(?:宿舍区)?"
    # a building with its block, floor or room after the house number (…38号碧桂园翠湖居6座903, …1号国际金融中心二号
    # 办公楼25层): every author takes it in; a bare building name (…180号齐鲁国际大厦) is left as it is
    r"|(?<=[号號])(?![的在了是和与及])[\u4e00-\u9fffA-Za-zＡ-Ｚ]{0,10}?[\dA-Za-zＡ-Ｚ一二三四五六七八九十]{1,4}"
    r"(?:号楼|座|栋|幢|层|楼)(?:[\d０-９]{1,4}(?:室|房|号)?)?"
    # a landmark and where the place lies from it, after a road without a number (…解放大道市体育馆对面, …建设路农贸市场
    # 旁边, …人民路口邮电局旁边): the landmark is the last locator, and 9 of the 11 such marks in the open sets take it in
    rf"|{_LANDMARK_SIDE}"
    # a numbered building of a campus or a works named by its use (…师院新校区2号实验楼, …厂区3号宿舍楼), not after a road's
    # house number (…人民路68号写字楼); last, so that a floor after it goes with the building of the alternative above
    r"|(?<![路街道巷]\d号)(?<![路街道巷]\d\d号)(?<![路街道巷]\d\d\d号)(?<=[\d一二三四五六七八九十]号)"
    r"(?:教学|办公|宿舍|住院|门诊|综合|实验|科研|行政|图书|医技)楼"
)
_EDGE_PUNCT = " \u3000,，、；;：:(（"


def _last_end(pattern: re.Pattern[str], text: str, s: int, e: int) -> int | None:
    """Where the last match of pattern in text[s:e] ends (None: no match)."""
    end = None
    for m in pattern.finditer(text, s, e):
        end = m.end()
    return end


def _back_to(text: str, s: int, e: int, component: re.Pattern[str], most: int) -> int:
    """e moved back to the end of the last component in text[s:e] when at most `most` characters, no building
    name among them, follow it (…中庄村马铃薯 → …中庄村; …8号区司法局 → …8号)."""
    end = _last_end(component, text, s, e)
    if end is not None and e - end <= most and not _BUILDING_RE.search(text, end, e):
        return end
    return e


# the last part an address is made of (a number's unit, a village, a road, a crossing)
_COMPONENT_RE = re.compile(
    r"[\d０-９一二三四五六七八九十百零〇]+(?:号楼|号院|号街区|号|弄|室|栋|幢|楼|层|单元|座|组|社|队|户|连|团|门(?![口前]))"
    r"|亭子间|灶披间|前楼|后楼|阁楼|村民小组|作业区|居民组|管理区|作业站|[村屯寨庄]|嘎查|交叉口|路口|交口|交汇处|(?<!红)十字口?|立交桥?(?:匝道)?|路(?![段边面旁局])|街道|街(?![段边面旁])|巷|胡同|大道|[东西南北中]段"
)
# a tail that may still be the address: it holds a number or a unit, or it is a named estate, building or lane
_UNIT_IN_TAIL_RE = re.compile(
    r"[\d０-９A-Za-zＡ-Ｚ号栋幢座层室户组队坡]|楼(?![道梯下上顶])|门(?![口前外])|[一二三四五六七八九十百零〇]+(?:号|楼|栋|幢|座|层|室|户|单元|组|队|社|连|期|区|段|舍|中|小|个|床|病区)"
    r"|[一二三四五六七八九十百零〇]{3}|[之第][一二三四五六七八九十百]|堆场|车位|厂房|车间|仓库|库房|平房|厢房|单元|大棚"
)
_BUILDING_TAIL_RE = re.compile(
    r"[^，,。；;、\s]{0,12}?(?:广场|大厦|中心|城|花园|家园|苑|公寓|商厦|大楼|写字楼|市场|小区|新村|村委会|社区|工业区|工业园|"
    r"产业园|物流园|园区|渔港|家属院|大院|山庄|首层|底层|底商|门面|铺)|[^，,。；;、\s]{2,8}里"
)


_DORM_TAIL_RE = re.compile(r"[^，,。；;、\s]{1,8}?(?:宿舍|家属区)")


def _tail_cut(text: str, s: int, e: int) -> int:
    """e moved back to the end of the address's last part, or of a named building right after it, when what
    follows holds no number or unit (…西沟村后山山路 → …西沟村, …华盛家园接 → …华盛家园; …小区8座702房 stays)."""
    if ROUTE_WORD_RE.search(text, s, e):
        return e
    end = _last_end(_COMPONENT_RE, text, s, e)
    if end is None or end >= e:
        return e
    tail = text[end:e].lstrip(" \u3000")
    if _UNIT_IN_TAIL_RE.search(tail):
        return e
    for k in range(len(tail), 1, -1):  # the longest named building the tail starts with (…华盛家园接 → …华盛家园)
        if _BUILDING_TAIL_RE.fullmatch(tail, 0, k) or (
            text[end - 1] in "路街巷道" and _DORM_TAIL_RE.fullmatch(tail, 0, k)
        ):  # (a works' dormitory after a road without a number is the address's last part: …正街电厂宿舍)
            return e - len(tail) + k
    return end


# what starts a clause after a space, never a part of the address (…停车场 东西没丢, …3栋 我家门口); whatever
# else follows a space may go on with it (天山区 和平南路 明园小区 5号楼, 88 号 之 3 号, 东四 六条 41号)
_CLAUSE_AFTER_SPACE_RE = re.compile(
    r"到了|到时|从|我|你|他|她|没|就|那边|这边|东西|还|也|都|又|被|把|给|要|想|说|是|的|在|以后|现在|再"
)
_SPACE_RE = re.compile(r"[ \u3000\t]+")


def _space_cut(text: str, s: int, e: int) -> int:
    """e moved back to the first space inside text[s:e] after which a clause starts (_CLAUSE_AFTER_SPACE_RE)."""
    for m in _SPACE_RE.finditer(text, s + 1, e):
        if m.end() < e and _CLAUSE_AFTER_SPACE_RE.match(text, m.end(), e) is not None:
            return m.start()
    return e


def _end(text: str, s: int, e: int) -> int:
    """Where the address text[s:e] really ends: before a word no address holds and an organisation at it, and
    over what still belongs to it."""
    p = _PREDICATE_RE.search(text, s + 2, e)
    if p is not None:
        e = p.start()
    m = _NOT_ADDRESS_RE.search(text, s, e)
    if m is not None and STREET_RE.search(text, s, m.start()):
        e = _back_to(text, s, m.start(), STREET_RE, 3)
    o = _ORG_RE.search(text, s, e)
    if o is not None and STREET_RE.search(text, s, o.start()):
        e = _back_to(text, s, o.start(), NUMBERED_RE, 4)
    if " " in text[s:e] or "\u3000" in text[s:e]:
        e = _space_cut(text, s, e)
    e = _tail_cut(text, s, e)
    while e < len(text) and (more := _MORE_RE.match(text, e)) is not None and more.end() > e:
        if _NOT_ADDRESS_RE.search(text, e, more.end()) or _ORG_RE.search(text, e, more.end()):
            break
        e = more.end()
    b = _LANDMARK_BUILDING_RE.search(text, s, e)
    if b is not None and _LANDMARK_AFTER_RE.match(text, e) is not None:
        e = b.start() + 1  # (…81号南洋大厦前停车, …218号浦发大厦那个营业厅: the number is the address)
    return e


# a named building right after the house number, ending the address, and what makes it a landmark pointed at: a
# spot in front of it or a demonstrative (every such mark in the open sets leaves the building out)
_LANDMARK_BUILDING_RE = re.compile(
    r"[号號](?![的在了是和与及])[\u4e00-\u9fffA-Za-z]{1,10}?(?:广场|大厦|商厦|大楼|写字楼|购物中心|中心|商场|百货)$"
)
_LANDMARK_AFTER_RE = re.compile(r"前(?![台厅])|那个|这个|那家|这家")


_BEFORE_NOTE = frozenset("号室栋幢楼层组社村屯元座院弄户队0123456789０１２３４５６７８９")


# a closing bracket with no opening one before it in the address
_STRAY_CLOSING_RE = re.compile(r"[^（()）]*[）)]")


def _trimmed_end(text: str, a: int, b: int) -> int:
    """b moved back over punctuation and a side, corner or facility at the end (_END_SIDE_RE)."""
    shut = _STRAY_CLOSING_RE.match(text, a, b)
    if shut is not None and shut.end() - 1 - a >= 3:  # (（原东河村）——客户说…: the bracket the address stood in shuts)
        b = shut.end() - 1
    for bracket, closing in (("（", "）"), ("(", ")")):  # (…南12号（XX乳业二号厂: an open bracket is a remark)
        k = text.rfind(bracket, a, b)
        if k > a and closing not in text[k:b]:
            b = k
        elif k > a and text[b - 1] == closing and text[k - 1] in _BEFORE_NOTE:
            b = k  # (…街112号（二店）, …村3组（放村委会）: a note in brackets after the address, 21 of the 21 such marks)
    while b > a and (text[b - 1] in _EDGE_PUNCT or text[b - 1].isspace()):
        b -= 1
    if text.startswith("号院内", b - 2):  # (…368号院内停放: the yard is where it happened, the address is the number)
        b -= 1
    if text.startswith("村道", b - 1) and text[b - 2 : b - 1] in ("组", "号", "队"):  # (…三工村2组村道上)
        b -= 1
    f = _ROAD_NUMBER_FACILITY_RE.search(text, a, b)
    if f is not None:  # (…兴发南路38号厂房: the number is the address, the works at it is not)
        b = f.end(1)
    side = _END_SIDE_RE.search(text, a, b)
    if side is not None and _LANDMARK_SIDE_END_RE.search(text, a, b) is not None:
        side = None  # (…解放大道市体育馆对面: the side of a landmark after a road is the address's last locator)
    if (
        side is not None
        and text.startswith("路段", side.start())
        and text[side.start() - 1] in "镇乡"
        and ROUTE_WORD_RE.search(text, a, side.start()) is not None
    ):
        side = None  # (G107国道阜平县城南庄镇路段: a highway's stretch through a town, 4 of 4 marks)
    if side is not None and side.start() > a and STREET_RE.search(text, a, side.start()):
        b = side.start()
        while b > a and (text[b - 1] in " \u3000,，、的" or text[b - 1].isspace()):
            b -= 1
    return b


# ---------------------------------------------------------------- two addresses as one
# the joining words, then maybe a cue (新地址, 户籍); the second address must start at an administrative unit, unless
# an address cue or a correction joins them (，新联系地址…, （原地址…, 误写为…)
_JOIN_RE = re.compile(
    # (an address cue after a comma or a bracket first: the second address then needs no administrative unit)
    r"(?:(?P<cue>[，,；;（(]\s*(?:[\u4e00-\u9fff]{0,5}?(?:地址|住址)|原)[：:为是]?|误写为|错写为|误填为|写成了?|写为"
    # (the other home, or a field typed after a space: …北段，新房在郑东新区…, …688号 新地址武昌区…)
    r"|[，,；;\s]\s*(?:新|老|旧|原|现)(?:房子?|家)(?:在|是)|\s+(?:新|老|旧|原|现)?(?:地址|住址)[：:为是]?"
    # (a crossing or its corner, then the estate at it: …交汇处的荣光小区16号楼, …交叉口东北角的丽景花园3号楼)
    r"|(?:(?<=交汇处)|(?<=交叉口)|(?<=路口)|(?<=[东南西北]角))的"
    r"(?=[\u4e00-\u9fff]{2,10}?[\dA-Za-z一二三四五六七八九十]{1,4}(?:号楼|栋|幢|座|单元)))"
    r"|变更为|更改为|修改为|更正为|改为|改成|变为|迁至|迁往|搬至|搬到|发往|寄往|运往|送往|和|及|与|或|、|至|到|[，,；;]\s*"
    r"|\s+(?:收件?人?|寄件?人?|发件人?)[：:]?)"
    r"(?:(?:新|原|现|旧)?(?:地址|住址|址)|户籍(?:地|地址)?|车主户籍|老家)?[：:为是在]?\s*"
)
# a road the driver went along and the one he reached (长春中路由北向南行驶至…交叉口)
_MOTION_RE = re.compile(
    r"(?:由|从|自)?(?:[东南西北]{1,2}[向往][东南西北]{1,2})?(?:行驶|驶|行|开|走)(?:至|到|往|向)|前往|开往|驶往"
    r"|(?:一直|开车)开?到|(?:拉|运|送|拖|搬)[\u4e00-\u9fff]{0,2}?(?:到|去|往|至)了?"
)


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """text[s:e] split where two addresses were read as one."""
    out: list[tuple[int, int]] = []
    a = s
    for j in _JOIN_RE.finditer(text, s + 2, e):
        if j.start() <= a or j.end() >= e or not STREET_RE.search(text, a, j.start()):
            continue
        # (the second address starts at an administrative unit, or a conjunction joins it and it names the first's
        # estate or road again: …东三区12号楼及…东三区13号楼; not a road said twice, 喀什西路，喀什西路459号)
        if (
            j.group("cue") is None
            and not _admin_at(text, j.end(), e)
            and not (text[j.start()] in "及和与或、" and text.startswith(text[a : a + 3], j.end()))
        ):
            continue
        body = _simplified(text[a : j.start()])
        if ADMIN_RE.search(body) or NUMBERED_RE.search(body):  # (城中村，南宁市…: no address before the join)
            out.append((a, j.start()))
        a = j.end()
    for mv in _MOTION_RE.finditer(text, a + 2, e):
        if STREET_RE.search(text, a, mv.start()) and STREET_RE.search(text, mv.end(), e):
            out.append((a, mv.start()))
            a = mv.end()
            break
    out.append((a, e))
    return out


# a branch named after its street (XX银行库尔勒市人民东路支行): the street is the branch's name, not an address
_BRANCH_AFTER_RE = re.compile(r"支行|分行|分理处|营业部|营业所|储蓄所|支公司|分公司")


# a document's number (新金消转〔2027〕0113号, 桂金消转〔2027〕9号): no address, whatever its 号
_DOC_NUMBER_RE = re.compile(r"[〔［\[][\d０-９]{4}[〕］\]]")
# a room of an organisation (19层接待室, 3楼会议室): the 室 of its name is no address's room
_ORG_ROOM_RE = re.compile(r"(?:接待|会议|办公|值班|监控|档案|候诊|化验|阅览|休息|等候|活动|调解|培训)室")


_EVERY_VILLAGE_RE = re.compile(r"(?:各|每个?)(?:行政)?[村组屯]")
# words for a kind of place, no place (我住在城中村: 10 of the 10 marks leave it out)
_GENERIC_PLACES = frozenset(("城中村", "农村", "乡村", "山村", "渔村", "村里", "老家"))
# a national, provincial or county road's number alone (…县境内G315国道, S232省道): no address without a point on it
_BARE_ROUTE_RE = re.compile(r"[GSXY]\d{1,4}(?:国道|省道|县道|线)$")


# an address dictated in pieces (…沈河区 嗯 北站路51号, …北路，对，北路2号，院子里头，4栋…): a field that is a filler, a
# correction or a spot breaks it, and each stretch left stands alone only when it reaches a road, a lane, a
# village, a building or a room (the datasets' labelling rule for addresses in pieces)
_FIELD_SEP_RE = re.compile(r"[，, \u3000]+")
_FILLER_FIELD_RE = re.compile(
    r"(?:嗯+|呃+|啊+|哦+|那个|这个|就是说|就是|不对不对|不对|对对对|对对|对|是的?|好像是|应该是"
    r"|(?:院子|屋子?|家|楼|门)?(?:里头|里面|里边|外头|外面|下面|上面|那边|这边|对面|旁边|门口|楼下)+)"
)


def _spoken_pieces(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """text[s:e] split at its filler fields (_FILLER_FIELD_RE) and a kind of place as a field (城中村); None when it
    has none. Stretches of administrative units or area names only are dropped."""
    fields = []
    a = s
    for m in _FIELD_SEP_RE.finditer(text, s, e):
        fields.append((a, m.start(), m.end()))
        a = m.end()
    fields.append((a, e, e))
    out: list[tuple[int, int]] = []
    start = None
    last = s
    broken = False
    for a, b, _ in fields:
        if a < b and (_FILLER_FIELD_RE.fullmatch(text, a, b) is not None or text[a:b] in _GENERIC_PLACES):
            broken = True
            if start is not None:
                out.append((start, last))
            start = None
            continue
        if start is None:
            start = a
        last = b
    if not broken:
        return None
    if start is not None:
        out.append((start, last))
    return [(a, b) for a, b in out if _COMPONENT_RE.search(_simplified(text[a:b])) is not None or text[b - 1] in "里院"]


def tidy_address(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The address text[s:e] with its edges tidied: one or more (start, end), none when nothing of it is left."""
    if _BARE_ROUTE_RE.search(text, s, e) is not None:
        return []  # (…G315国道与牦牛相撞)
    if _BRANCH_AFTER_RE.match(text, e) is not None and NUMBERED_RE.search(_simplified(text[s:e])) is None:
        return []
    if _DOC_NUMBER_RE.search(text, s, e) is not None:
        return []
    if _EVERY_VILLAGE_RE.search(text, s, e) is not None:
        return []  # (…芒山镇各行政村, 每个村: every village of a town, no one's address)
    if "室" in text[s:e] and STREET_RE.search(_ORG_ROOM_RE.sub("", text[s:e])) is None:
        return []
    if _FIELD_SEP_RE.search(text, s, e) is not None:
        spoken = _spoken_pieces(text, s, e)
        if spoken is not None:
            return [piece for a, b in spoken for piece in _tidied(text, a, b)]
    return _tidied(text, s, e)


def _tidied(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """tidy_address() once the address is one stretch: its start and end found, then split where two addresses
    were read as one."""
    mv = _MOTION_RE.search(text, s + 2, e)
    if (
        mv is not None
        and _NOT_ADDRESS_RE.search(text, mv.start(), mv.end()) is not None
        and STREET_RE.search(text, s, mv.start()) is not None
        and STREET_RE.search(text, mv.end(), e) is not None
        and text[mv.end()] not in "与和同跟及"  # (…行驶至与Y路交汇处: the crossing of the same road, no second address)
    ):  # (…X路由北往南行驶至X路与Y路交叉口: where the driver went along, and the crossing reached; 行驶 would end it)
        return _tidied(text, s, mv.start()) + _tidied(text, mv.end(), e)
    s = _start(text, s, e)
    e = _end(text, s, e)
    out = []
    for a, b in _pieces(text, s, e):
        while a < b and text[a].isspace():
            a += 1
        b = _trimmed_end(text, a, b)
        if b - a >= 3 and not (text[b - 1] == "路" and text.startswith(("北区", "南区"), b)) and text[a:b] not in _GENERIC_PLACES:
            # (唐山市路北区: a district; 我住在城中村，…: a kind of place)
            out.append((a, b))
    return out


# ---------------------------------------------------------------- an address over several lines
# (a form pasted as text: 地址：新疆维吾尔自治区乌鲁木齐市⏎水磨沟区七道湾路东一巷⏎康城小区19号楼2单元501)
_LINE_BREAK_RE = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
# a line's last words that are places only (新疆维吾尔自治区乌鲁木齐市), after a cue or at the line's start
_PLACES_LINE_RE = re.compile(
    r"(?:^|(?<=[：:，,。；;\s]))([^：:，,。；;\s]{2,20}[省市区县州盟旗镇乡](?:[（(][^（()）]{1,8}[）)])?)$"
)


def _over_lines(text: str, spans: list[Span], others: list[Span]) -> list[Span]:
    """Addresses (in order) joined across a line break where the next line goes on with the same address (it starts
    at no administrative unit), and taken back over a line before them that holds its places only."""
    out: list[Span] = []
    for s, e, t, score in spans:
        if out and _LINE_BREAK_RE.fullmatch(text, out[-1][1], s) is not None and not _admin_at(text, s, e):
            out[-1] = (out[-1][0], e, t, max(score, out[-1][3]))
            continue
        while (brk := text.rfind("\n", 0, s)) >= 0 and _LINE_BREAK_RE.fullmatch(text, brk, s):
            line_start = text.rfind("\n", 0, brk) + 1
            m = _PLACES_LINE_RE.search(text[line_start:brk].rstrip(" \t\u3000"))
            # (…住在福建省泉州市⏎晋江市…: the places after a word that leads to them)
            start = _start(text, line_start + m.start(1), brk) if m is not None else -1
            if (
                m is None
                or STREET_RE.search(m.group(1))
                or not _admin_at(text, start, brk)
                or (out and out[-1][1] > start)
                or any(o[0] < s and o[1] > start for o in others)
            ):
                break
            s = start
        # (…龙潭镇新华村⏎５组, …47号2单元⏎502室: the line after it opens with the group, the room or the house number)
        nxt = _LINE_BREAK_RE.match(text, e)
        unit = _UNIT_LINE_START_RE.match(text, nxt.end()) if nxt is not None and "\n" in nxt.group() else None
        if unit is not None and not any(o[0] < unit.end() and o[1] > e for o in (*others, *spans)):
            e = unit.end()
        out.append((s, e, t, score))
    return out


_UNIT_LINE_START_RE = re.compile(
    r"[\d０-９一二三四五六七八九十]{1,4}(?:组|队|社|号楼|号|室|房|栋|幢|单元|层|楼)(?:[\d０-９]{1,4}(?:室|房|号)?)?(?![\d０-９])"
)


# ---------------------------------------------------------------- an address written from the room up
# (1803房，B座，华景新城翠景苑，天河区 / 302，3号楼，世纪花园，库尔勒): it starts at a room, a unit or a building, and goes
# on over comma-separated pieces that are each an estate, a road or a place; 13 of the 15 such marks in the labelled
# sets take every piece in
_REVERSED_START_RE = re.compile(
    r"[\dA-Za-z一二三四五六七八九十]{1,5}(?:室|房|户|单元|号楼|楼|栋|幢|座)(?:[\dA-Za-z]{1,5}(?:室|房)?)?|\d{3,4}(?=[，,])"
)
_REVERSED_PIECE_RE = re.compile(
    r"[，,]\s*([^，,。；;、：:\s（()）—\-~～!！?？“”\"'「」『』]{2,14})(?=[，,。；;、\s（(—\-~～!！?？“”\"'「」『』]|$)"
)
# a piece that is a place: an estate, a road, an administrative unit (not A区), or a building with its number
_REVERSED_PLACE_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{2}[区市县镇乡]|街道|[路街巷]|大道|小区|花园|家园|苑|城|大厦|广场|新村|公寓)$"
)
_REVERSED_BUILDING_RE = re.compile(r"[\dA-Za-z一二三四五六七八九十]+(?:号楼|栋|幢|座|单元)$")


class _Cover:
    """Spans sorted by start with the largest end so far: whether any of them overlaps a stretch, in one bisect
    (not one test per span for each of the text's room or building numbers: quadratic on a long text)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [sp[0] for sp in ordered]
        self.max_ends = list(accumulate((sp[1] for sp in ordered), max))

    def overlaps(self, a: int, b: int) -> bool:
        """any(o[0] < b and a < o[1] for o in spans)"""
        i = bisect_left(self.starts, b)
        return i > 0 and self.max_ends[i - 1] > a


def _reversed_end(text: str, e: int, others: _Cover) -> tuple[int, int]:
    """Where an address written from the room up and ending at e goes on to, and how many of the pieces it takes
    are places (not a building's number). others: the spans of other types, none of which it may take in."""
    places = 0
    while (m := _REVERSED_PIECE_RE.match(text, e)) is not None:
        piece = m.group(1)
        is_place = bool(_REVERSED_PLACE_RE.search(piece)) or piece in _FULL_NAMES or piece in lx.CITIES or piece in lx.AREA_STEMS
        if not (is_place or _REVERSED_BUILDING_RE.search(piece)) or others.overlaps(m.start(1), m.end()):
            break
        places += is_place
        e = m.end()
    return e, places


def _reversed_tails(text: str, spans: list[Span], others: list[Span]) -> list[Span]:
    """Addresses (in order) written from the room up taken on over the pieces that follow them (…，天河区), and such
    an address found where nothing was (…寄到：1502室，7栋，锦绣华庭小区，滨湖路，合肥市包河区: two places at least)."""
    found: list[Span] = []
    taken = _Cover([*spans, *others])
    other_spans = _Cover(others)
    for m in _REVERSED_START_RE.finditer(text):
        s = m.start()
        if (s and text[s - 1].isascii() and text[s - 1].isalnum()) or taken.overlaps(s, s + 1):  # (a span holds s)
            continue
        e, places = _reversed_end(text, m.end(), other_spans)
        if places >= 2:
            found.append((s, e, "ADDRESS", 0.8))
    out: list[Span] = []
    skip_to = -1
    for s, e, t, score in sorted([*spans, *found]):
        if s < skip_to:
            continue
        if _REVERSED_START_RE.match(text, s):
            e = _reversed_end(text, e, other_spans)[0]
            skip_to = e
        out.append((s, e, t, score))
    return out


def tidy_addresses(text: str, spans: list[Span]) -> list[Span]:
    """spans (no two overlapping) with every ADDRESS tidied (tidy_address), in order; the other types as they are
    (spans itself when it holds no address and no address written from the room up is found)."""
    addresses = [sp for sp in spans if sp[2] == "ADDRESS"]
    if not addresses and _REVERSED_START_RE.search(text) is None:
        return spans
    out = [sp for sp in spans if sp[2] != "ADDRESS"]
    tidied = [(a, b, t, score) for s, e, t, score in addresses for a, b in tidy_address(text, s, e)]
    tidied = _reversed_tails(text, sorted(tidied), out)
    if not tidied and not addresses:
        return spans
    if "\n" in text:
        tidied = _over_lines(text, tidied, out)
    out.extend(tidied)
    out.sort()
    return out
