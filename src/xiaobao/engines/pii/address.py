"""ADDRESS detection: an address cue word (地址, 住址, 家住 ...) or a province/city name, then the address
grammar (省/市/区/县/路/街/号/小区/栋/单元/室/村/组), cut after its last component."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import lexicon as lx
from .rx import char_class, gated, with_gate

# the characters an address may run over (no punctuation, no spaces)
_RUN = r"[\u4e00-\u9fff〇A-Za-z0-9#\-－—()（）０-９Ａ-Ｚａ-ｚ＃]"  # (full-width digits and letters too: ２号院３栋)
# (gated(): the same matches as the plain alternation of the words, longest first, but far fewer positions
# tried; no word list has a shorter word before a longer one it begins)
# after the cue: separators, then a verb joining it to the address (地址为…, 地址改为…, 地址写成了…)
ADDRESS_CUE_TAIL = (
    r"[：:\s]{0,2}(?:(?:已|被|现|均)?(?:(?:改|写|填|更正|变更|更改|登记|留|登|核实|确认)?(?:为|為|是|的是|在|于)"
    r"|(?:改|写|填|更正|变更|更改|登记)(?:成了|成)|请(?:写|填写?|寄到?|发到?))[：:\s]?)?"  # (现住成都市: 成 only after a verb)
    r"(?=[\u4e00-\u9fff])"
)
CUE_RE = re.compile(gated(lx.ADDRESS_CUES) + ADDRESS_CUE_TAIL)
START_RE = re.compile(gated(lx.PROVINCES + lx.CITIES))
# (a space typed between a street and its number, between two administrative levels, before a building's or a
# room's number or after a house number does not end an address: 延安北路 198号, 沙依巴克区 友好南路, 梨园镇 云景里,
# 云景里 4号楼 1单元 602, 古墩路 616号 同人大厦, 石鼓村 3巷 8号; other spaces separate fields: …5-2-301 手机 …)
# a named building or estate after a house number and a space, then its block or the end of the field
_BUILDING_AHEAD = (
    r"[\u4e00-\u9fff]{1,10}?(?:大厦|中心|广场|花园|小区|苑|城|园|公寓|大楼|家园|新村)(?:[ \u3000]?[0-9０-９A-Za-z]|[，。,；;\s]|$)"
)
RUN_RE = re.compile(
    f"{_RUN}(?:{_RUN}|(?<=[路街巷道里弄号楼栋幢元座城苑园院])[ \u3000](?=[0-9０-９])"
    f"|(?<![小社园])(?<=[区县市镇乡])[ \u3000](?=[\u4e00-\u9fff])"
    f"|(?<=[村])[ \u3000](?=第?[0-9０-９一二三四五六七八九十]{{1,3}}[组队社巷号])"
    f"|(?<=[0-9０-９][号栋幢])[ \u3000](?={_BUILDING_AHEAD})){{1,79}}"
)
# components an address may end with
_NUM = r"(?:\d+|[一二三四五六七八九十百零〇]+)"
TERMINAL_RE = with_gate(re.compile(
    # a room of a Shanghai lane house after its number or floor (…41号亭子间, …6号3楼亭子间, …12号三楼后楼)
    rf"{_NUM}(?:号|楼|层)(?:亭子间|灶披间|前楼|后楼|阁楼)"
    rf"|{_NUM}(?:栋|幢|号楼(?![下上梯顶道])|楼(?![下上梯顶道])|单元)(?:\d+(?:室|号)?(?!\d)(?!单元|层|楼|号楼|门))?|{_NUM}(?:号院内?|号街区|号?车位|号|室|层|组|队|社|户|弄|团|连(?!续|锁))"
    # a building's entrance in northern cities (…7号楼2门301, …3栋4门楼道, …新华街18号1门: 22 of the 22 such marks)
    r"|(?<=[栋幢楼号院里元])[\d一二三四五六七八九十]{1,2}门(?![口店市诊面前外内卫岗禁窗票铃头框锁牌峡])(?:\d{3,4}(?:室|号)?(?!\d))?"
    r"|(?:[A-Za-zＡ-Ｚａ-ｚ]|\d{1,2})座(?:\d+(?:室|号)?(?!\d)(?!单元|层|楼|号楼))?|(?:-\d+)+(?:号|室|车位)?"  # (B座1908, 8座1506: the room after the tower)
    # (…八组路口停车, 撞到路边, 天池街路段, …寨放学路上, 成都铁路局, …号街区; 幸福村村民, 村委会, 三工村2组村道上, 村口, 村里)
    r"|(?<![到在了过的走上])(?<!放学)(?<!上学)(?:路|街(?![道区])|巷)(?![口边段面过况线灯旁牙基费局])|(?<=[路街巷道])(?<!街道)[东西南北中]段|(?<!部分)(?<![各每村])(?<!各行政)(?<!每个)村(?![民委道口里头边局])"
    r"|(?:大道|胡同|小区|社区|花园|公寓|大厦|家园|宿舍|农场|牧场|连队|嘎查|山庄)"  # (嘎查: a village in Inner Mongolia)
    # a numbered unit of a state farm or forest farm (…林场第三作业区, …林场第二居民组, …农场第五管理区)
    rf"|第?{_NUM}(?:作业区|居民组|管理区|作业站)"
    # a hamlet after its village or a numeral (永胜村三屯, 正兰二村东屯); the door on a floor (8层东户)
    r"|(?<=[村东西南北前后一二三四五六七八九十\d])屯(?![垦兵田])|(?<=[层楼元])[东西南北中]{1,2}户"
    # a named group or hamlet of a village (马家村后湾组, 那满村百甘屯, 肇兴村智寨组: 40 of the 42 such marks take it in)
    r"|(?<=村)(?:(?![的了在是和与及等这那个我你他她都也就里委民干部])[\u4e00-\u9fff]){1,3}?[组屯](?![织成长建合员团垦兵田])"
    # a hamlet right after its town (仙人桥镇黄家屯, 汲冢镇后李庄)
    r"|(?<=[镇乡])[\u4e00-\u9fff]{1,3}?[屯庄寨](?![稼重园严户垦兵田子])"
    # a crossing (友好路与北京路交叉口, …交叉口西南角, 色满路与世纪大道交口)
    r"|(?:交叉口|十字路?口|交汇处|(?<=[路街道])交口)(?:[东西南北]{1,2}(?:角|侧))?"
    # a flyover (…人民西路与黄土坡立交桥, 殿前立交): 6 of the 8 marks of one in the open sets label it
    r"|(?<=[\u4e00-\u9fff])立交桥?(?:匝道)?"
    # a fishing port, an island of a town (…石浦镇中心渔港, …和平镇东沙岛)
    r"|渔港|(?<=[镇乡])[\u4e00-\u9fff]{1,3}?岛"
))
# an address needs at least one of these below district level
STREET_RE = with_gate(re.compile(
    r"路|街|巷|道|村|嘎查|组|社|屯|庄|寨|号|弄|胡同|小区|社区|座|栋|幢|室|单元|大厦|公寓|花园|团|连|作业区|管理区|作业站|渔港"
    r"|(?<=[镇乡])[\u4e00-\u9fff]{1,3}?岛"  # (an island of a town: …和平镇东沙岛)
    r"|(?<![0-9０-９])[0-9０-９]{1,3}[-－][0-9０-９]{1,2}[-－][0-9０-９]{3,4}(?![0-9０-９])"  # (building-unit-room: 39-2-1302)
))
NUMBERED_RE = with_gate(re.compile(
    rf"{_NUM}(?:号|室|栋|幢|单元|组|队|社|弄|团|连|作业区|居民组|管理区|作业站)|[A-Za-zＡ-Ｚａ-ｚ]座|村|嘎查|交叉口|十字路?口|交汇处|(?<=[路街道])交口|立交"
    r"|(?<=[镇乡])[\u4e00-\u9fff]{1,3}?[屯庄寨]"
))
# a cheap necessary condition for NUMBERED_RE in a window: one of its end characters, with a numeral (or a
# letter before 座) right before it; starts with literals so the engine skips ahead in C
_NUMERAL = r"[\d一二三四五六七八九十百零〇]"
NUMBERED_HINT_RE = re.compile(
    "|".join(f"{c}(?<={_NUMERAL}.)" for c in "号室栋幢组队社弄团连號棟組隊團連")
    + f"|单元(?<={_NUMERAL}..)|單元(?<={_NUMERAL}..)|座(?<=[A-Za-zＡ-Ｚａ-ｚ].)|村|屯|庄|寨|嘎查|交叉口|十字路口|十字口|交汇处|交匯處|交口|立交"
    + f"|作业区(?<={_NUMERAL}...)|居民组(?<={_NUMERAL}...)|管理区(?<={_NUMERAL}...)|作业站(?<={_NUMERAL}...)"
)
ADMIN_RE = with_gate(re.compile(
    r"省|自治区|特别行政区|市|地区|州|盟|县|区|旗|(?<=第.)师|(?<=第..)师"  # (第七师: a Corps division)
    r"|(?<=[一二三四五六七八九十〇零0-9][一二三四五六七八九十〇零0-9])团"  # (一二一团, 六十六团: a regiment)
))

Span = tuple[int, int, str, float]


# traditional characters of the address grammar, read as their simplified forms (烏魯木齊市天山區…165號…28樓):
# one character for one, so offsets stay the same
_TRAD = str.maketrans(
    "區縣號樓棟單層組隊戶團連園廈場農鄉鎮處匯際廣東華長陽興龍豐寧蘭衛門灣舊鐵順達農業範",
    "区县号楼栋单层组队户团连园厦场农乡镇处汇际广东华长阳兴龙丰宁兰卫门湾旧铁顺达农业范",
)
_TRAD_RE = re.compile("[" + "".join(chr(c) for c in sorted(_TRAD)) + "]")


def _simplified(piece: str) -> str:
    """piece with the traditional characters above read as simplified (str.translate looks up every character
    of a Chinese string in the table, so it runs only when one of them is there)."""
    return piece.translate(_TRAD) if _TRAD_RE.search(piece) else piece


# words that end an address within a run of address characters (…33号附近的一个小区, …288号门口倒车时,
# …十五号对就是炉院街, …交叉口东侧工地作业时从六楼坠落: work done there, whose floor is no part of the address;
# 作业区 is a place): no address component after them belongs to it
_BOUND_RE = re.compile("附近|门口|门前|旁边|对面|一带|的|就是|那个|这个|作业(?!区)|施工(?![区队])|干活|时从|时被|时在")


def _cut(text: str, start: int, limit: int) -> int | None:
    """End of the address starting at `start`: after the last address component inside the run."""
    return _cut_run(text, start, RUN_RE.match(text, start), limit)


def _cut_run(text: str, start: int, m: re.Match[str] | None, limit: int) -> int | None:
    """_cut() with RUN_RE.match(text, start) given."""
    if not m:
        return None
    end = None
    stop = min(m.end(), limit)
    window = _simplified(text[start:stop])
    for t in TERMINAL_RE.finditer(window):
        end = start + t.end()
    if end is not None:
        # (looked for within the address only: most runs end in nothing, most addresses hold no such word)
        b = _BOUND_RE.search(text, start + 1, end)
        if b is not None:
            end = None
            for t in TERMINAL_RE.finditer(window, 0, b.start() - start):
                end = start + t.end()
    return end


def find_addresses(
    text: str,
    cues: list[tuple[int, int]] | None = None,
    places: list[tuple[int, int]] | None = None,
    counties: list[int] | None = None,
) -> list[Span]:
    """ADDRESS spans. cues / places / counties: CUE_RE's and START_RE's match spans and COUNTY_END_RE's match starts
    when the caller has them already (words.find_anchors)."""
    out: list[Span] = []
    if cues is None:
        cues = [m.span() for m in CUE_RE.finditer(text)]
    if places is None:
        places = [m.span() for m in START_RE.finditer(text)]
    for _, s in cues:
        again = CUE_RE.match(text, s)  # 事故地点位于…: a second cue word is not part of the address
        if again is not None:
            s = again.end()
        e = _address_end(text, s, len(text), len(text), RUN_RE.match(text, s))
        p = _pieces_end(text, s)
        if p is not None and (e is None or p > e):
            e = p
        if e is None or e - s < 5:
            continue
        body = _simplified(text[s:e])
        if STREET_RE.search(body) and (ADMIN_RE.search(body) or NUMBERED_RE.search(body)):
            out.append((s, e, "ADDRESS", 0.9))
    more = _county_starts(text, counties)
    towns: set[int] = set()
    if more:
        if places:
            # a known place name inside the stretch read back from 县/区/市 is where the address starts (客户反映库车市…,
            # 寄到你们乌鲁木齐市…: not 客户反映库车市, 你们乌鲁木齐市); not one that starts at the unit's own last
            # character (清水河镇江苏路…: 镇江 is no place there)
            starts = [s for s, _ in places]
            more = [(j, k) for j, k in more if bisect_right(starts, j) == bisect_left(starts, k - 1)]
        towns |= {j for j, k in more if text[k - 1] in "镇乡村鎮鄉"}  # (乐土驿镇上庄子村4组: the town is the unit)
        places = sorted([*places, *more])
    cue_starts = [s for s, _, _, _ in out]  # found in text order
    cue_ends = [e for _, e, _, _ in out]
    covered_to = -1
    for s, _ in places:
        i = bisect_right(cue_starts, s)
        if s < covered_to or (i and cue_ends[i - 1] > s):
            continue
        # a place name in passing (乌鲁木齐分公司): no numbered part within reach, so no address here
        # (a numbered part of the address body would also be found in this wider window, by the hint),
        # unless administrative units lead to a road (林芝市巴宜区八一镇福建路附近: a place of accident)
        if NUMBERED_HINT_RE.search(text, s, s + 60) is None:
            r = ADMIN_ROAD_RE.match(text, s) if _ROAD_AHEAD_RE.match(text, s) is not None else None
            if r is not None and r.end() - s >= 6:
                out.append((s, r.end(), "ADDRESS", 0.75))
                covered_to = r.end()
                continue
            c1 = text.find("，", s, s + 20)
            c2 = text.find(",", s, s + 20)
            if c1 < 0 and c2 < 0:
                continue
            # the cut lies in the window the hint searched, so only pieces joined over a comma can give this
            # address its numbered part: look for such a join before cutting (the hint reads 交汇处 in one script
            # only; NUMBERED_RE reads 交匯处 too)
            run = RUN_RE.match(text, s)
            if not _may_join(text, s, s + 80, c2 if c1 < 0 or 0 <= c2 < c1 else c1, run) and text.find("交", s, s + 60) < 0:
                continue
        else:
            run = RUN_RE.match(text, s)
        e = _address_end(text, s, s + 60, s + 80, run)
        if e is None or e - s < 6:
            continue
        body = _simplified(text[s:e])
        if NUMBERED_RE.search(body) and (ADMIN_RE.search(body) or s in towns):
            out.append((s, e, "ADDRESS", 0.75))
            covered_to = e
    if "号" in text:
        roads = [m.start() for m in _ROAD_NUMBER_RE.finditer(text)]
        if roads:
            out.extend(_road_addresses(text, roads, out))
    triggers = _route_triggers(text)
    if triggers:
        out.extend((s, e, "ADDRESS", 0.75) for s, e in route_points(text, triggers))
    if "期" in text:
        out.extend((s, e, "ADDRESS", 0.75) for s, e in estate_phases(text, out))
    if "服务区" in text or "收费站" in text:
        out.extend((s, e, "ADDRESS", 0.75) for s, e in service_areas(text))
    if "床" in text or "病区" in text:
        out = hospital_wards(text, out)
    return out


# a hospital's ward or bed (…人民医院外科二病区17床, …附属医院 象湖院区 心内科 三病区 26床, …医院骨科病房12楼1208床):
# labelled as an address by 11 of the 14 such marks in the labelled sets (a bare hospital, or one with only a
# department, is no address); the hospital's name read back from 医院 to a preposition, a verb or punctuation
_WARD_N = r"[\d一二三四五六七八九十]"
_WARD_PART = (
    rf"(?:(?:(?!院)[\u4e00-\u9fff]){{1,4}}院区|[东西南北]院|住院部|门诊楼|急诊楼|(?:{_WARD_N}{{1,3}}|[A-Z])(?:号楼|栋|楼|层)"
    rf"|(?:(?![科床区院])[\u4e00-\u9fff]){{1,6}}科|病房)"
)
# (no part holds the last character of another: a text can be split into parts in one way only, or the search
# would try every split of a long run of departments)
_WARD_RE = re.compile(
    rf"(?:医院|卫生院)(?:[ \u3000]?{_WARD_PART}){{0,8}}?[ \u3000]?"
    rf"(?:(?:{_WARD_N}{{1,3}}病区[ \u3000]?)?{_WARD_N}{{1,4}}号?床|{_WARD_N}{{1,3}}病区)"
)


def hospital_wards(text: str, found: list[Span]) -> list[Span]:
    """found with the hospital wards and beds of text added (_WARD_RE); an address found right before one, a space
    apart, goes on over it (…白岩路 68号 万州区人民医院 住院部 7楼 神经内科 15床)."""
    out = list(found)
    for m in _WARD_RE.finditer(text):
        s = m.start()
        while s > 0 and m.start() - s < 16 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _BEFORE_HOSPITAL:
            s -= 1
        if m.start() - s < 2:
            continue
        e = m.end()
        before = [sp for sp in out if sp[2] == "ADDRESS" and sp[0] < s <= sp[1] + 1 and text[sp[1] : s].isspace()]
        if before:
            out.remove(before[0])
            s = before[0][0]
        out.append((s, e, "ADDRESS", 0.75))
    return out


# a named estate or office park's phase with a building, a tower or the garage right after it (…在X贸三期B座上班,
# 停在X华庭三期地下车库B2-117车位, X城二期12号楼): customers often write the estate alone, no district before it
# (searched from its 期, a literal the regex engine finds fast; the one or two numerals before it are read back)
_PHASE_RE = re.compile(r"期(?=[A-Za-zＡ-Ｚ]座|[\d一二三四五六七八九十]{1,3}(?:号楼|栋|幢|座)|地下车库|地库)")
_PHASE_NUMERALS = frozenset("一二三四五六七八九十")
# what an estate's name read back from its phase does not hold (function words, verbs, pronouns, punctuation)
_NOT_IN_ESTATE = frozenset("的了在是和与及等这那条个从到往去来住于至向沿着过停我你他她们说找把给让")
# a kind of place or of work before a phase, not a named estate (项目二期3号楼, 工程一期A座, 小区二期5栋)
_GENERIC_BEFORE_PHASE = ("公司", "项目", "工程", "工地", "小区", "厂区", "园区", "本", "该", "此")


def estate_phases(text: str, found: list[Span]) -> list[tuple[int, int]]:
    """Addresses that start at a named estate with its phase (_PHASE_RE) where no address found so far covers it:
    the name read back from the phase's numeral to a preposition, a verb or punctuation (two to ten characters)."""
    out: list[tuple[int, int]] = []
    for m in _PHASE_RE.finditer(text):
        k = m.start()
        while k > m.start() - 2 and k and (text[k - 1] in _PHASE_NUMERALS or text[k - 1].isdecimal()):
            k -= 1
        if k == m.start():
            continue  # (期 without the phase's numeral: 到期, 日期)
        if any(a <= k < b for a, b, _, _ in found) or (out and out[-1][1] > k):
            continue
        j = k
        while j > 0 and k - j < 10 and "\u4e00" <= text[j - 1] <= "\u9fff" and text[j - 1] not in _NOT_IN_ESTATE and text[j - 1] not in _BEFORE_PLACE:
            j -= 1
        if k - j == 10 and "\u4e00" <= text[j - 1] <= "\u9fff" and text[j - 1] not in _NOT_IN_ESTATE and text[j - 1] not in _BEFORE_PLACE:
            continue  # (a name longer than ten characters: a clause, not an estate)
        if text[j] == "家" and j and text[j - 1] in "我你他她们俺咱":  # (我家X园二期3栋: a home, then the estate)
            j += 1
        if k - j < 2:
            continue
        if text.endswith(_GENERIC_BEFORE_PHASE, j, k):
            continue
        e = _address_end(text, j, j + 60, j + 80, RUN_RE.match(text, j))
        if e is not None and e >= m.end() + 2:  # (the cut reaches the building or the garage's space after it)
            out.append((j, e))
    return out


def service_areas(text: str) -> list[tuple[int, int]]:
    """Service areas and toll stations on highways (G5京昆高速秦岭服务区, 兰海高速贵州段都匀服务区, 乌奎高速昌吉收费站):
    labelled as an address by 23 of the 25 marks of a service area in the labelled sets, and 11 of the 12 of a
    named toll station."""
    out: list[tuple[int, int]] = []
    for word in ("服务区", "收费站"):
        k = text.find(word)
        while k >= 0:
            end = k + 3
            for m in SERVICE_AREA_RE.finditer(text, max(0, k - 30), end):
                if m.end() == end and not any(a < m.end() and m.start() < b for a, b in out):
                    out.append(m.span())
                    break
            k = text.find(word, end)
    return sorted(out)


def route_points(text: str, triggers: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The points on highways in text (ROUTE_POINT_RE), looked for only around a kilometre stake or count (K12,
    12公里): the pattern can start at any Chinese character, so a pass over the whole text would cost the fast tier
    half its speed. triggers: _route_triggers(text) when the caller has them already."""
    out: list[tuple[int, int]] = []
    for ts, te in _route_triggers(text) if triggers is None else triggers:
        if out and ts < out[-1][1]:
            continue
        a = max(0, ts - 40)
        if ROUTE_WORD_RE.search(text, a, ts) is None:
            continue  # (no highway's name or number before it: a distance, K歌)
        for m in ROUTE_POINT_RE.finditer(text, a, min(len(text), te + 30)):
            if m.start() <= ts < m.end() and (not out or m.start() >= out[-1][1]):
                if _inside_token(text, m.start(), m.end()):
                    break  # (…x7G0K3f…: a token, a hash, a plate's tail; no highway)
                out.append((_admin_before(text, m.start(), m.end()), m.end()))
                break
    return out


def _admin_before(text: str, s: int, e: int) -> int:
    """The start of the administrative units written right before the highway point text[s:e] (雅安市天全县G318线
    K2746+500: every one of the 29 such marks in the labelled sets takes them in), or s. The point's match may have
    started inside them (北京市大兴区京开高速…: a name of up to six characters before 高速 matched from 市)."""
    j = s
    while j > 0 and s - j < 16 and "\u4e00" <= text[j - 1] <= "\u9fff" and text[j - 1] not in _BEFORE_PLACE:
        j -= 1
    for q in range(s, min(e, s + 8)):
        if j < q and _ADMIN_ONLY_RE.fullmatch(text, j, q) is not None and ROUTE_POINT_RE.fullmatch(text, q, e) is not None:
            return j
    return s


def _inside_token(text: str, s: int, e: int) -> bool:
    """Does text[s:e] stand inside a run of ASCII letters and digits (a token, a hash, a plate's tail)?"""
    before = text[s - 1 : s]
    after = text[e : e + 1]
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())


def _route_triggers(text: str) -> list[tuple[int, int]]:
    """The spans of _ROUTE_TRIGGER_RE.finditer(text), found with str.find of K and of 里 (a pass of the regex stops
    at every 公, a common character, and str.find of 公里 reads the text slower than of one character)."""
    out: list[tuple[int, int]] = []
    find = text.find
    digit = _DIGIT_RE.match
    k = find("K")
    while k >= 0:
        if digit(text, k + 1) is not None:  # K(?=\d)
            out.append((k, k + 1))
        k = find("K", k + 1)
    k = find("里", 1)
    while k >= 0:
        # 公里(?:(?<=\d公里)|(?<=\d 公里))
        if text[k - 1] == "公" and (
            (k >= 2 and digit(text, k - 2) is not None) or (k >= 3 and text[k - 2] == " " and digit(text, k - 3) is not None)
        ):
            out.append((k - 1, k + 1))
        k = find("里", k + 1)
    out.sort()  # (a K and a 公 never share a position)
    return out


# a point on a highway or a national or provincial road: its name or number, maybe a section, then a kilometre
# stake or a kilometre count (G75兰海高速K1632+300, 京新高速哈密段K680, S11线乌鲁木齐至昌吉段K12+800米,
# G318国道4120公里处, 京藏高速G6 1782公里处): where an accident happened, labelled as its address by every
# author who wrote one since 2026-12-10
_ROUTE_NAME = r"[^\W\d_A-Za-z在于从到至沿我你他的经过是点为往上处时里了和与即位称车]{2,6}?(?:高速公路|高速|公路|快速路|绕城)"
_ROUTE_CODE = r"(?:[GS]\d{1,4}|国道\d{3}|省道\d{3}|\d{3}国道|\d{3}省道)"
# after its number a highway's name may hold any character (G3012吐和高速: 和 is no conjunction there)
_CODED_ROUTE_NAME = r"[\u4e00-\u9fff]{2,6}?(?:高速公路|高速|公路|快速路|绕城)"
# a highway's name or number (高速, 国道, 线, G30): before a kilometre stake it makes a highway point, and a span
# holding one is no ordinary address (address_edges.py leaves its edges alone)
ROUTE_WORD_RE = with_gate(re.compile(r"高速|国道|省道|公路|快速路|绕城|线|[GS]\d"))
SERVICE_AREA_RE = re.compile(
    rf"(?:{_ROUTE_CODE}\s?{_CODED_ROUTE_NAME}|{_ROUTE_NAME})(?:\s?[（(]?[GS]\d{{1,4}}[）)]?)?(?:[\u4e00-\u9fff]{{2,6}}?段)?"
    # (车 in a station's name, 库车西收费站, not after a verb: 停车, 开车)
    r"(?:[^\W\d_A-Za-z在于从到至沿我你他的经过是点为往上处时里了和与即位称车段]|(?<![开停下上倒坐乘打])车){2,5}?(?:服务区|收费站)"
)
_ROUTE_TRIGGER_RE = re.compile(r"K(?=\d)|公里(?:(?<=\d公里)|(?<=\d 公里))")  # (found by _route_triggers)
_DIGIT_RE = re.compile(r"\d")
ROUTE_POINT_RE = re.compile(
    rf"(?:{_ROUTE_CODE}\s?(?:{_CODED_ROUTE_NAME}(?:\s?[（(]?[GS]\d{{1,4}}[）)]?)?|国道|省道)?|{_ROUTE_NAME}(?:\s?[（(]?[GS]\d{{1,4}}[）)]?)?)"
    r"(?:[东西南北]?线)?(?:\s?[\u4e00-\u9fff]{2,10}?段)?(?:(?:[\u4e00-\u9fff]{2,4}?[往至到])?[\u4e00-\u9fff]{2,4}?方向)?"
    r"\s?(?:K\d+(?:\s?\+\s?\d+)?(?:\s?至\s?K\d+(?:\s?\+\s?\d+)?)?(?:\s?公里处|米)?|\d+\s?公里(?:\s?\+\s?\d+\s?米)?处?)"
)


def _road_addresses(text: str, roads: list[int], found: list[Span]) -> list[Span]:
    """Addresses starting at a road name right before a house number (钱塘江路58号…), where no address found
    so far covers the road (most roads are inside one: 乌鲁木齐市…北京南路8号). roads: where 号 stands after
    the road's number."""
    out: list[Span] = []
    spans = sorted((s, e) for s, e, _, _ in found)
    starts = [s for s, _ in spans]
    covered_to = -1
    for h in roads:
        k = h - 1
        while text[k] not in "路街巷":
            k -= 1
        i = bisect_right(starts, k)
        if k < covered_to or (i and max(e for _, e in spans[max(0, i - 3) : i]) > k):
            continue
        s = _road_start(text, k)
        if s is None:
            continue
        e = _address_end(text, s, s + 60, s + 80, RUN_RE.match(text, s))
        if e is not None and e - s >= 5 and NUMBERED_RE.search(_simplified(text[s:e])):
            out.append((s, e, "ADDRESS", 0.75))
            covered_to = e
    return out


# administrative units only (伊犁州霍城县): an address piece that goes on after a comma
_ADMIN_ONLY_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|地区|州|盟|县|区|旗|镇|乡))+")
# what may follow a comma inside one address: a town or township (…县，清水河镇江苏路88号), or after a
# housing estate its building (阳光小区，3号楼2单元502)
_AFTER_ADMIN_RE = re.compile(r"(?:(?![是在了到于往去从住])[\u4e00-\u9fff]){2,6}?(?:镇|乡|街道)(?=[\u4e00-\u9fff])")
_BUILDING_RE = re.compile(rf"{_NUM}(?:号楼|栋|幢|单元|号院)|[A-Za-zＡ-Ｚａ-ｚ]座")
# administrative units, then a road (林芝市巴宜区八一镇福建路): a place even without a number
_ROAD_CHAR = r"(?:(?![的了在是和与及等这那条个])[\u4e00-\u9fff])"
_ROAD_NAME_CHAR = r"(?:(?![的了在是与及等这那条个])[\u4e00-\u9fff])"  # (after its first character: 恩和路)
# (one unit of a short name, or several: 头屯河区中南路, 林芝市巴宜区八一镇福建路; not 部分路段, 红雁街道, 路过)
ADMIN_ROAD_RE = re.compile(
    rf"(?:(?:{_ROAD_CHAR}{{1,7}}?(?:省|自治区|市|地区|州|盟|县|区|旗|镇|乡)){{2,}}|{_ROAD_CHAR}{{1,4}}?(?:市|县|区|旗|镇|乡))"
    rf"{_ROAD_CHAR}{_ROAD_NAME_CHAR}{{0,5}}?(?:大道|路|街|巷)(?![口边段道过线面])"
    r"(?:[东西南北中]段)?"  # (…胜利大街东段: the stretch of the road)
    # a compound on the road named without a number, before punctuation (…正街电厂宿舍”, …北路棉纺厂家属院，)
    rf"(?:{_ROAD_CHAR}{{2,6}}?(?:宿舍|家属院|家属区|大院|小区|花园|新村|山庄)(?=[，。,；;”’\"'）)\s]|$))?"
)
# a cheap necessary condition for ADMIN_ROAD_RE (which backtracks through its units before it fails): a road word
# ahead in the run of Chinese characters (speed only)
_ROAD_AHEAD_RE = re.compile(r"[\u4e00-\u9fff]*?(?:大道|路|街|巷)")


def _may_join(text: str, start: int, limit: int, comma: int, m: re.Match[str] | None) -> bool:
    """False when _joined_run(text, start, …, limit) cannot go past a comma, whatever the cut (cheap: no cut).
    comma: the first comma after start (the run of address characters cannot go past it); m: RUN_RE.match(text,
    start)."""
    nxt = comma + 1
    if _AFTER_ADMIN_RE.match(text, nxt) is None and _BUILDING_RE.match(text, nxt) is None:
        return False  # (what follows the comma cannot continue an address)
    return m is not None and m.end() == comma and comma < min(limit, len(text)) - 1


def _address_end(text: str, start: int, cut_limit: int, join_limit: int, m: re.Match[str] | None) -> int | None:
    """The end of the address starting at start: its cut (up to cut_limit), joined over a comma with what follows
    (up to join_limit); m: RUN_RE.match(text, start), read once for both."""
    return _joined_run(text, start, m, _cut_run(text, start, m, cut_limit), join_limit)


def _joined_run(text: str, start: int, m: re.Match[str] | None, end: int | None, limit: int) -> int | None:
    """The end of an address whose pieces are separated by a comma only: administrative units, then a comma
    and a town with its street (伊犁州霍城县，清水河镇江苏路88号); a housing estate, a comma and its building
    (阳光小区，3号楼2单元502). m: RUN_RE.match(text, start); end: the cut of the run."""
    if m is None or m.end() >= min(limit, len(text)) - 1 or text[m.end()] not in "，,":
        return end
    run_end = m.end()
    nxt = run_end + 1
    if end is None:
        if not (_ADMIN_ONLY_RE.fullmatch(text, start, run_end) and _AFTER_ADMIN_RE.match(text, nxt)):
            return end
    elif end != run_end or _BUILDING_RE.match(text, nxt) is None:
        return end
    more = _cut(text, nxt, limit)
    if more is None:
        return end
    body = _simplified(text[nxt:more])
    return more if NUMBERED_RE.search(body) else end


# an address written as fields after its cue word, one level a field (新疆，阿克苏地区，库车市，…村5组18号;
# 天山区 和平南路 明园小区 5号楼 1单元 702): administrative units, roads and estates may stand alone in a field
_PIECE_RE = re.compile(f"{_RUN}{{1,30}}")
_PIECE_SEPS = "，, \u3000"
_LEVEL_PIECE_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|地区|州|盟|县|区|旗|镇|乡|街道))+"
    r"|[\u4e00-\u9fff]{1,8}?(?:大道|路|街|巷|小区|花园|家园|公寓|社区)"
    r"|[0-9０-９一二三四五六七八九十]{1,3}[巷弄]"  # (a village's numbered lane: 石鼓村 3巷 8号)
)
_DIGITS_RE = re.compile(r"[0-9０-９]{1,5}")
# characters of a clause, not of an address field (…88号，后来搬到米东区…: a second address, not a field)
_NOT_IN_FIELD = frozenset("的了在是与及等这那个搬到住寄往去从我你他她说要请把给")


def _pieces_end(text: str, start: int) -> int | None:
    """The end of an address after a cue word whose levels stand in fields split by commas or spaces, when it
    has at least two fields and ends with an address component; else None."""
    n = len(text)
    first = _PIECE_RE.match(text, start)
    if first is None or (j := first.end()) + 1 >= n or text[j] not in _PIECE_SEPS or text[j + 1] in _PIECE_SEPS:
        return None  # (no second field: most addresses after a cue are one run; the loop below would stop at one)
    i = start
    last = None
    fields = 0
    prev = ""
    while fields < 10:
        m = _PIECE_RE.match(text, i)
        if m is None:
            break
        j = m.end()
        piece = _simplified(m.group())
        if fields and (not _NOT_IN_FIELD.isdisjoint(piece) or "地址" in piece or "住址" in piece):
            break  # (…5栋 收货地址且末县…: a second address after its own cue word)
        level = _LEVEL_PIECE_RE.fullmatch(piece) is not None
        if (_cut(text, i, j) == j and (level or NUMBERED_RE.search(piece))) or (
            _DIGITS_RE.fullmatch(piece) and prev.endswith(("单元", "楼", "栋", "幢"))
        ):
            last = j  # (a field ending with an address component; not 电话021-5876…)
        elif not (level or (not fields and piece in lx.PROVINCES)):
            break
        fields += 1
        prev = piece
        if j + 1 >= n or text[j] not in _PIECE_SEPS or text[j + 1] in _PIECE_SEPS:
            break
        i = j + 1
    return last if last is not None and fields >= 2 and any(c in _PIECE_SEPS for c in text[start:last]) else None


_DIVISION_RE = re.compile("第(?:十[一二三四]|[一二三四五六七八九十0-9])师")  # (the Corps' 14 divisions)
# a Corps regiment: a number of two or three digits before 团 (一二一团, 一〇三团, 六十六团, 121团)
_NUMERALS = frozenset("一二三四五六七八九十〇零0123456789")
_REGIMENT_RE = re.compile("(?:[一二三四五六七八九〇零]{3}|[一二三四五六七八九]?十[一二三四五六七八九]?|[0-9]{2,3})团")
# what stands right before a county, district or banner name in running text (在奇台县…, 走访了博湖县…,
# 我是米东区…, 住址：…, “巴里坤县…”)
_BEFORE_PLACE = frozenset("在了到至于往是为系去从住位，,、：:；;。 \t\n\u3000“‘「『《（(／/｜|")
_BEFORE_HOSPITAL = _BEFORE_PLACE | frozenset("的送入转")  # (…住院于, 送…医院, 入住…, 转至…)
# the first characters of words that end in 县, 区, 州 or 旗 without naming one (本县, 全县, 该县, 各县, 彩旗, 国旗)
_NOT_COUNTY_START = frozenset("本全该各此某我其外邻国红彩锦升举挂")
# a home's owner typed right before its county, no 在 between (我们家汶上县…, 俺家临泉县…)
_HOME_LEADS = ("我们家", "俺们家", "咱们家", "我家", "俺家", "咱家", "他家", "她家")
_HOME_LEAD_FIRST = frozenset(w[0] for w in _HOME_LEADS)
# the character before 区 in words for a part of town or of a site, not a district (小区, 社区, 园区, 景区,
# 校区, 厂区, 营区, 院区, 病区, 街区, 辖区, 城区, 片区, 郊区, 灾区, 牧区, 矿区, 林区, 展区, 专区, 禁区, 误区)
_NOT_DISTRICT = frozenset("小社园景校厂营院病街辖城片郊灾牧矿林展专禁误分服务")
# the same for 市 (超市, 城市, 门市, 菜市, 夜市, 股市, 上市, 集市, 闹市, 黑市, 早市, 花市) and what follows it in
# words (市场, 市民, 市值, 市面, 市政)
_NOT_CITY = frozenset("超城门菜夜股上集闹黑早花都")
_NOT_CITY_AFTER = frozenset("场民值面政")
# the same for 镇 and 乡 (城镇, 小镇, 古镇, 重镇, 集镇; 家乡, 老乡, 城乡, 故乡, 下乡, 的乡)
_NOT_TOWN = frozenset("城小古重集村乡市家老故下他异思水梦同的")
_NOT_IN_TOWN = frozenset("的个所这那些座")
# what follows 县 in words for the county one lives in, not a county's name (县里, 县委, 县级, 县长, 县域, 县内, 县外)
_NOT_AFTER_COUNTY = frozenset("里委级长域内外")
# the same for 村 (农村, 乡村, 山村, 渔村, 本村, 全村, 该村, 邻村)
_NOT_VILLAGE = frozenset("农乡山渔本全该邻各外我他同此某新老小")
# a village starts an address only with its group or house number right after it (大泉村5组12号)
_VILLAGE_PART_RE = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:组|队|社|号)")
_VILLAGE_NUM = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")


# a house number right after a road, street or lane (钱塘江路58号, 米泉南路21号): found from 号 (far rarer than
# the digits), the road character looked back at; the match starts at the road character
_D = "[0-9０-９]"
_ROAD_NUMBER_RE = re.compile(
    rf"号(?<={_D}号)(?:(?<=[路街巷]{_D}号)|(?<=[路街巷]{_D}{{2}}号)|(?<=[路街巷]{_D}{{3}}号)|(?<=[路街巷]{_D}{{4}}号))"
)
# what a road's name does not hold (the read back stops there): function words, measure words, verbs of motion
_NOT_IN_ROAD = frozenset("的了在是和与及等这那条个从到往去来住于至向沿着过送")  # (…伤者送人民路352号…)


def _road_start(text: str, k: int) -> int | None:
    """Start of the road name ending at k, right before a house number, with no administrative unit before it
    (从钱塘江路58号那个小区出来; 小区物业报案：米泉南路21号…): the name read back from 路/街/巷 to punctuation, a
    preposition or a verb, two to eight characters."""
    j = k
    while j > 0 and k - j < 8 and "\u4e00" <= text[j - 1] <= "\u9fff" and text[j - 1] not in _NOT_IN_ROAD:
        j -= 1
    if k - j >= 2 and (j == 0 or text[j - 1] in _BEFORE_PLACE or text[j - 1] in _NOT_IN_ROAD):
        if k - j >= 4:
            for t in _TIME_BEFORE_ROAD_RE.finditer(text, j, k - 1):  # (大雨当天长寿路8号院: the time, then the road)
                if k - t.end() >= 2:
                    j = t.end()
        return j
    return None


# a time read back over before a road's name (大雨当天长寿路…, 昨天下午建设路…)
_TIME_BEFORE_ROAD_RE = re.compile(r"当晚|当天|当时|昨晚|昨天|今天|前天|那天|晚上|早上|上午|下午|中午|凌晨|夜里|期间")


# the last character of a county, district, … name (县旗师区州团市镇乡村) where _county_starts() may find one: the
# tests of the character before (and after) that need no reading back, made in the regex engine (in the shared pass
# of words.py: COUNTY_TAIL after one of COUNTY_CHARS) instead of a Python loop over every 区, 市, 团 and 师 of the
# text; _county_starts() makes them again
COUNTY_CHARS = "县旗师区州团市镇乡村縣區鎮鄉"
COUNTY_TAIL = (
    f"(?<=[\u4e00-\u9fff〇].)(?<!{char_class(_BEFORE_PLACE)}.)"
    "(?:(?<=[县旗州縣])"
    "|(?<=第师)|(?<=第[\\s\\S]师)|(?<=第[\\s\\S]{2}师)"  # (第八师, 第十二师)
    f"|(?<=[{''.join(sorted(_NUMERALS))}]团)"  # (一二一团)
    f"|(?<=[区區])(?<!{char_class(_NOT_DISTRICT)}.)"
    f"|(?<=市)(?<!{char_class(_NOT_CITY)}.)(?!{char_class(_NOT_CITY_AFTER)})"
    f"|(?<=[镇乡鎮鄉])(?<!{char_class(_NOT_TOWN)}.)"
    f"|(?<=村)(?<!{char_class(_NOT_VILLAGE)}.)(?={char_class(_VILLAGE_NUM)}))"
)
COUNTY_END_RE = re.compile(f"[{COUNTY_CHARS}]" + COUNTY_TAIL)


def _name_chars_class() -> str:
    """A class of the characters a county name's run is read back over: the CJK ideographs and 〇, less those of
    _BEFORE_PLACE."""
    cut = sorted(c for c in _BEFORE_PLACE if "\u4e00" <= c <= "\u9fff")
    ranges, lo = [], 0x4E00
    for c in cut:
        if ord(c) > lo:
            ranges.append(f"{chr(lo)}-{chr(ord(c) - 1)}")
        lo = ord(c) + 1
    ranges.append(f"{chr(lo)}-\u9fff")
    return "[〇" + "".join(ranges) + "]"


# (searched in text[lo:k]: the first place from which name characters run on to k, the run found in C)
_NAME_RUN_END_RE = re.compile(_name_chars_class() + "*+\\Z")


def _county_starts(text: str, ends: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of county, district, prefecture and banner names (奇台县, 和布克赛尔县, 察布查尔锡伯自治县,
    米东区, 博州, 阿鲁科尔沁旗) and of the Corps' divisions and regiments (第八师, 一二一团) that stand after a
    preposition, a verb, punctuation or a quotation mark: an address may start there like at a province or city
    name. ends: COUNTY_END_RE's match starts when the caller has them already (words.find_anchors)."""
    out: list[tuple[int, int]] = []
    before = _BEFORE_PLACE
    name_run = _NAME_RUN_END_RE.search
    for k in [m.start() for m in COUNTY_END_RE.finditer(text)] if ends is None else ends:
        if not k or text[k - 1] in before or not ("\u4e00" <= text[k - 1] <= "\u9fff" or text[k - 1] == "〇"):
            continue  # (no name before: 在县城, 、区, 2区)
        ch = text[k]
        shortest = 2
        if ch == "师":  # (律师, 老师: only 第八师, 第十二师)
            if "第" not in text[max(0, k - 3) : k]:
                continue
            d = _DIVISION_RE.search(text, max(0, k - 3), k + 1)
            if d is None or d.end() != k + 1:
                continue
        elif ch == "团":  # (集团, 旅行团: only numbered regiments)
            if text[k - 1] not in _NUMERALS:
                continue
            r = _REGIMENT_RE.search(text, max(0, k - 3), k + 1)
            if r is None or r.end() != k + 1:
                continue
        elif ch == "区" or ch == "區":
            if k and text[k - 1] in _NOT_DISTRICT:
                continue
        elif ch == "市":  # (乌苏市, 阜康市: a county-level city; not 超市, 城市, 门市, 市场, 市民)
            if (k and text[k - 1] in _NOT_CITY) or text[k + 1 : k + 2] in _NOT_CITY_AFTER:
                continue
        elif ch == "州":
            shortest = 1  # (博州, 巴州, 克州: a prefecture's short name)
        elif ch in "镇乡鎮鄉" and (text[k - 1] in _NOT_TOWN or (ch in "乡鄉" and text[k + 1 : k + 2] in ("镇", "村"))):
            continue  # (乐土驿镇, 夏孜盖乡 start an address; 小镇, 家乡, 城乡, 乡镇, 乡村 do not)
        elif ch in "县縣" and (text[k + 1 : k + 2] in _NOT_AFTER_COUNTY or (text.startswith("城", k + 1) and not text.startswith("城关", k + 1))):
            continue  # (县里, 县委, 县级, 县城 name no county; 略阳县城关镇 does)
        elif ch == "村" and (
            text[k + 1 : k + 2] not in _VILLAGE_NUM or text[k - 1] in _NOT_VILLAGE or _VILLAGE_PART_RE.match(text, k + 1) is None
        ):
            continue  # (大泉村5组 starts an address; 农村, 乡村, 本村, 中关村图书大厦 do not)
        longest = 10 if text[max(0, k - 2) : k] == "自治" else 5 if ch == "市" else 4 if ch == "村" else 6  # (察布查尔锡伯自治县)
        # the run of name characters that ends at k, at most longest + 3 of them
        j = name_run(text, k - longest - 3 if k > longest + 3 else 0, k).start()  # type: ignore[union-attr]
        lead = None
        if text[j] in _HOME_LEAD_FIRST:
            lead = next((w for w in _HOME_LEADS if text.startswith(w, j) and k - j - len(w) >= shortest), None)
        if lead is not None:  # (我们家汶上县…: a home typed without 在 before its county)
            j += len(lead)
        elif k - j > longest:
            j = k - longest
            if text[j - 1] not in _BEFORE_PLACE:
                continue
        if k - j >= shortest and (j == 0 or text[j - 1] in _BEFORE_PLACE or lead is not None) and (text[j] not in _NOT_COUNTY_START or ch == "村"):
            if ch in "镇乡村鎮鄉" and not _NOT_IN_TOWN.isdisjoint(text[j:k]):
                continue  # (到和田的一所乡村: no town's name)
            out.append((j, k + 1))
    return out
