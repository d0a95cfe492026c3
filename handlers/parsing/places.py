"""Where a problem is inside an area: building, unit, floor and spot (community names: names.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from handlers.parsing.numbers import to_digits
from handlers.parsing.scan import compile_scan

NUM = "(?:(?<!\\d)\\d{1,5}|(?<![零〇一二三四五六七八九十百])[零〇一二三四五六七八九十百]{1,6})"
PLACE = compile_scan(
    rf"""
    (?P<top>顶楼(?!梯)|顶层)
  | (?P<letter>[A-Za-z]\d{{0,2}})\s*(?P<lkind>座|栋|幢|号楼|区)
  | (?P<row>(?<![\d第了后足有停摆共])\d{{1,3}})\s*排(?=平房|房|楼|东头|西头|前头|后头|前面|后面|后墙|门|[\s,，])
  | (?<![\d-])(?P<dbuilding>\d{{1,3}})-(?P<dunit>\d{{1,2}})(?:-\d{{3,4}}(?![\d-])|(?=楼道|楼梯|过道|走廊|门口))
  | (?<![\d-])(?P<hbuilding>\d{{1,3}})\#-(?P<hunit>\d{{1,2}})(?![\d#])
  | (?P<n>{NUM})\s*(?P<kind>
        号楼(?!道|梯)|\#楼?|幢|栋|座(?![\u4e00-\u9fff]{{0,2}}[山桥庙塔坟])|单元|U(?![A-Za-z型])|号门(?!口)|层(?![油灰泥土水皮纸膜霜雪冰垢锈层]|.一层|一层)
      | 梯(?![子队度形田级]|[两一二三四五六七八九十\d]户) | 门(?![前外内卫禁面店头岗洞]|口(?<=\d{{3}}门口))
      | 楼下(?=头|面|边)
      | 楼(?!道|梯(?!间)|房|盘|宇|下|上|[到至][\d一二三四五六七八九十])
      | 门洞
      | 号(?!前(?![面边头方门客厢窗]|弄堂|弄里|巷)|之前|以前|室|线|床|位|机|码|点位|投放点|分类点|回收点|收集点|垃圾
          |门(?!口)|[月日]|上午|下午|中午|晚上|早上|傍晚|凌晨|下班|当天|\d+\s*[点时:])
    )
    """,
    re.VERBOSE,
)
"""Compiled to scan (scan.py), as are the lists below: each is searched through whole clauses, and opens with
groups the engine cannot skip ahead to."""
PLACE_WORD = re.compile(r"[楼层座栋幢号区#单梯门U排-]")
"""A character every PLACE phrase has, in its kind (号楼, 栋, 单元, 层, 顶楼, A区 …): a text without one
is not scanned for places (most clauses)."""
BUILDING_KINDS = frozenset({"号楼", "幢", "栋", "座", "号", "#", "#楼", "排"})
"""排 numbers the rows of a compound's one-storey houses (3排平房, 2排东头): each row is a building (not 第2排
of a car park, 摆了2排 stalls)."""
GATES = frozenset({"号门", "门", "梯", "门洞"})
"""A building's numbered door or lift (5号楼2门, 3栋1梯) is its unit; an estate's 5号门 is a gate, a spot."""
SAME_SPOT = "(?:楼道|楼梯间|门口|楼下|楼前|楼后|门前|后面|前面|旁边)?"
"""A spot said after each building of a list (3幢楼道和8幢楼道): the list is still of buildings."""
FILLER = "(?:那个|这个)?"
"""Voice input's filler between a list's joiner and the next building (1栋和那个2栋). With no joiner, only a measure
word of buildings lists them (11栋13栋, not 金湖一号7号楼)."""
NAMED = rf"(?:{NUM}|(?<![A-Za-z])[A-Za-z])"
"""A building's number or its letter (3栋, A栋)."""
LISTED_BUILDINGS = compile_scan(
    rf"{NAMED}\s*(号楼|幢|栋|座|号|#){SAME_SPOT}(?:(?:\s*(?:同埋|[、,，和及与跟同\s])\s*{FILLER}|(?<=[栋幢楼座]))\s*{NAMED}\s*\1{SAME_SPOT})+(?!之间|中间|间|当中)"
)
LISTED_UNITS = compile_scan(
    rf"{NAMED}\s*(号楼|幢|栋|座|号)\s*{NUM}\s*单元(?:\s*[、,，和及与跟同]\s*{NAMED}\s*\1\s*{NUM}\s*单元)+(?!之间|中间|间|当中)"
)
"""Buildings listed each with its unit (7号楼1单元、9号楼2单元)."""
SHARED_MEASURE = compile_scan(
    rf"(?P<first>{NUM})(?P<rest>(?:\s*[、和及与]\s*{NUM})+)\s*(?:号楼|幢|栋|座)(?!之间|中间|间|当中)"
)
"""Buildings listed by their numbers, the measure word said once after the last (1、3、5号楼)."""
LISTED_PARTS = compile_scan(
    rf"{NUM}\s*(楼|层|单元|门(?![口前外内卫禁面店头岗洞]))(?P<spot>的?[\u4e00-\u9fff]{{0,4}}?)"
    rf"(?:\s*[、,，和及与跟同]?\s*{NUM}\s*\1(?!(?<=门)[口前外内卫禁面店头岗洞])(?P=spot))+(?!之间|中间|间|当中)"
)
"""Floors or units of one building joined, each with the same spot said after it (3楼和5楼楼道, 四楼的楼道灯 和三楼的
楼道灯, 一单元二单元的单元门)."""
BETWEEN = re.compile(rf"\s*[跟和与及同]\s*{NUM}\s*(?:号楼|号|栋|幢|楼)?\s*(?:之间|中间|当中|间)")
"""After a building, what makes it one end of a stretch between two (12号跟14号当中, 3号楼和5号楼之间): the
stretch is at neither (12号楼跟围墙中间 is at the building)."""
BETWEEN_FIRST = re.compile(rf"{NUM}\s*(?:号楼|号|栋|幢)\s*[跟和与及同]\s*$")
FOUND_NOTHING = re.compile("没问题|没事|正常|没有问题|还好|没发现")
"""What a building named again may be said to have: nothing wrong."""
WHOSE = re.compile(r"的?(?:车主|住户|业主|居民|阿姨|大爷|楼长|租户|人家|那户|老人|装修户|商户|那家)")
"""People after a building (8号楼的车主): after a comma, whose a problem is, not where (7号楼前面，8号楼的车主…)."""


FLOOR_TO = re.compile(r"[\d一二三四五六七八九十][楼层]\s*(?:到|至)\s*$")
"""The first floor of a range, right before its last (一楼到顶楼)."""
NUMBERED_DOOR = re.compile(r"[\d一二三四五六七八九十]门\s*$")
"""A unit said as a numbered door (3门, Beijing), right before a floor."""
WHOLE = re.compile(r"楼(?![道梯])")
COUNTED_AFTER = re.compile(r"楼(?![道梯])(?:起码|至少|就有|都有|隔成|住了|住着)")
"""After one floor or building said with 楼 (一层楼, 一栋楼), how much it holds: the whole of it counted, no number."""
LAYING = ("冻", "结", "铺", "积", "落", "蒙", "糊")
"""Verbs that lay a layer (冻一层冰, 积一层灰) right before it: a layer, no floor (nor 积了厚厚一层)."""
FLOOR_RANGE = re.compile(r"[\d一二三四五六七八九十]\s*(?:到|至|~|-)\s*$")
RANGE_AFTER = re.compile(r"\s*(?:(?:到|至)\s*[\d一二三四五六七八九十顶]|往上|以上|往下|以下)")
"""The rest of a range after its first floor (一层到五层, 12层往上), not 到处 (14楼到处都是)."""
SPREAD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}(?:到|至)\s*[\d一二三四五六七八九十]+\s*[层楼]")
"""After 从 and a floor, how far something spread (从一层贴到六层): the first is no floor of the problem's own."""
SPREAD_BEFORE = re.compile(r"从\s*[\d一二三四五六七八九十]+\s*[层楼][\u4e00-\u9fff]{1,2}(?:到|至)\s*$")
"""Before the last floor of such a spread (从一层贴到六层): nor is the last."""


@dataclass
class Place:
    building: str | None = None
    unit: str | None = None
    floor: str | None = None

    def empty(self) -> bool:
        return self.building is None and self.unit is None and self.floor is None

    def apply(self, marks: list[tuple[str, str]]) -> Place:
        """Reads building/unit/floor phrases in order: 'N楼' is a building until a building is known;
        a door or lift (N号门, N门, N梯) is a unit only of a building (an estate's 5号门 is a gate, a spot)."""
        for kind, value in marks:
            if kind == "顶":
                self.floor = self.floor or "顶"
            elif kind == "letter":
                self.building = self.building or value
            elif kind in BUILDING_KINDS:
                if self.building is None and (kind != "号" or len(value) <= 3):
                    self.building = value
            elif kind in ("单元", "U") or (kind in GATES and self.building is not None):
                self.unit = self.unit or value
            elif kind in GATES:
                continue
            elif kind == "层":
                self.floor = self.floor or value
            elif kind == "楼下":
                if self.building is None and self.unit is None:
                    self.building = value  # 14楼下头: below block 14 (3号楼5楼下面 is below a floor: none)
            elif self.building is None and self.unit is None:
                self.building = value
            else:
                self.floor = self.floor or value
        return self

    def fill(self, other: Place) -> None:
        """Takes from `other` what this place does not say (旁边…, 同幢2单元 after 17幢1单元, 4层 after
        1号楼2单元)."""
        if self.building not in (None, other.building):
            return  # 「旁边18幢…」 is at 18幢, nothing of 17幢's
        self.building = other.building
        if self.unit is None:
            self.unit, self.floor = other.unit, self.floor or other.floor

    def inherit(self, other: Place) -> None:
        """Takes a header's building (and its unit) when this place names none: 「点位：启明星公寓B座」 then
        「1层大堂…」 is B座 1层, 「楼栋：15幢」 then 「单元：3单元」 is 15幢3单元; and the header's unit and floor
        when it names the header's building alone."""
        if self.building is None and other.building is not None:
            self.building, self.unit = other.building, self.unit or other.unit
            self.floor = self.floor or other.floor
        elif self.empty():
            self.building, self.unit, self.floor = other.building, other.unit, other.floor
        elif self.building == other.building and self.unit is None and self.floor is None:
            self.unit, self.floor = other.unit, other.floor  # 「问题地点：九龙新村 15幢 1单元 6楼」 read again as 15幢


def own_places(text: str, names: Sequence[str]) -> list[Place] | None:
    """「欣园小区3号楼和新光苑7号楼」「锦绣府2幢1单元1502、东关新村7号楼301」: each community named with the
    building, unit and floor said after it (none when it has none; names only joined share it), in the order of
    `names`; None unless one of them has a building of its own."""
    at = sorted((text.find(name), name) for name in names)
    if at[0][0] < 0:
        return None
    owned: dict[str, Place] = {}
    shared = Place()
    for (start, name), (following, _) in reversed(list(zip(at, [*at[1:], (len(text), "")], strict=True))):
        between = text[start + len(name) : following]
        joined = following < len(text) and JOINED.fullmatch(between) is not None
        shared = shared if joined else Place().apply(place_marks(between))
        owned[name] = shared  # 兰山家园和蒙山花园的5号楼: joined, the two share what the last is said to have
    if all(place.building is None for place in owned.values()):
        return None
    return [owned[name] for name in names]


JOINED = re.compile(r"[ \t]*[和与及跟、,][ \t]*")
"""Only a joiner between two names: what is said after the second holds for both."""


NEIGHBOUR_AFTER = re.compile(r"(?:那个|那家|的)?邻居|人家的?(?:窗|门|阳台)")
"""After a floor, a neighbour living there, told of by the way."""


def _not_a_place(before: str, kind: str, after: str = "", said: str = "") -> bool:
    """12月5号 is a day; 负一楼, 地下二层 and B2层 are a basement (a spot, no floor); 一层盖一层 is no floor; 贴了一层
    and 人行道上一层 are a layer (地上一层 is the ground floor)."""
    if kind == "号":
        return before.endswith("月")
    one = said.lstrip().startswith("一")
    if kind in ("栋", "幢") and one and before.endswith(("有", "是", "整", "哪", "每")):
        return True  # 还有一栋民房, 整一栋楼: one building counted, not building 1; 哪一栋, 每一栋: none numbered
    if one and ((before.endswith(("将", "把")) and WHOLE.match(after)) or COUNTED_AFTER.match(after)):
        return True  # 将一层楼隔成8间, 一栋楼起码十几架: a whole floor or building, counted (not 将一层楼道的杂物)
    ranged = before.rstrip().endswith(("楼到", "楼至", "层到", "层至")) or RANGE_AFTER.match(after) is not None
    spread = (before.endswith("从") and SPREAD_AFTER.match(after) is not None) or SPREAD_BEFORE.search(before)
    ranged = ranged or bool(spread)
    if kind in ("楼", "层") and (FLOOR_RANGE.search(before) or ranged):
        return True  # 1到6楼, 一层到五层: a range of floors, none of them the problem's
    laid = before.endswith(("了", "着", "厚", "薄", "糊的", "乎的", "乎乎的", "有", *LAYING))
    laid = laid or (before.endswith("上") and not before.endswith(("地上", "楼上")))
    if kind == "层" and laid and said.lstrip().startswith(("一", "几", "好几")):
        return True  # 贴了一层牛皮癣, 落着一层灰, 人行道上一层黄泥, 冻一层: a layer (爬到了6层 is a floor)
    if kind == "层" and (before[-3:-1] == "一层" or before.endswith("一层")):
        return True  # 一层盖一层, 一层摞一层, 一层一层: layers of posters
    if kind in ("楼", "层") and before.rstrip("一").endswith(("那", "这", "哪", "每")):
        return True  # 那一层, 哪一层, 每一楼: a floor pointed at, not numbered
    if kind in ("楼", "层") and NEIGHBOUR_AFTER.match(after):
        return True  # 一楼那个邻居闻着有味儿, 挂在一楼人家窗子上: a neighbour's floor, not the problem's
    return kind in ("楼", "层") and before.endswith(("负", "地下", "B", "b"))


def _floor_of_unit(text: str, match: re.Match[str]) -> str:
    """N楼 right after 单元, or after a numbered 门 (Beijing's unit: 4门二楼), is a floor of that unit
    (我们这个单元四楼), whatever came before."""
    kind = match["kind"]
    unit = text.endswith("单元", 0, match.start()) or NUMBERED_DOOR.search(text, 0, match.start()) is not None
    return "层" if kind == "楼" and unit else kind


def listed_buildings(text: str) -> list[str]:
    """「3号楼、5号楼门口均有…」「1、3、5号楼楼道内均有…」 name one problem at each of several buildings (but
    「3号楼和5号楼之间」 one place)."""
    shared = _shared_measure(text)
    found = shared or LISTED_BUILDINGS.search(text)
    if found is None or text[found.start() - 1 : found.start()] in ROAD_ENDS:
        return []  # 福德路66号 6号楼: the road's number and one building
    values = _shared_values(found) if shared else [v for kind, v in place_marks(found.group()) if kind in LISTED_KINDS]
    if not values or _named_again_apart(text[found.end() :], values):
        return []  # 「10号楼，11号楼巡查发现：11号楼楼道堆物」: the buildings visited, then the problem's
    if re.search("[,，]", found.group()) and WHOSE.match(text, found.end()):
        return []
    again = [value for value in values if values.count(value) > 1]
    return again[:1] or values  # 「巡查了3栋 5栋 8栋，8栋楼道有堆物」: the one said again is the problem's


def listed_units(text: str) -> list[tuple[str, str]]:
    """「七号楼一单元、九号楼二单元的楼道墙上…」: one problem at each (building, unit) listed."""
    if text.count("单元") < 2:
        return []  # the test first: most texts name one unit or none
    found = LISTED_UNITS.search(text)
    if found is None or WHOSE.match(text, found.end()):
        return []  # 7号楼1单元、9号楼2单元的住户: people, not places
    marks = place_marks(found.group())
    pairs = [(b, u) for (bk, b), (uk, u) in pairwise(marks) if bk in LISTED_KINDS and uk == "单元"]
    return pairs if len(set(pairs)) == len(pairs) >= 2 else []


def _shared_measure(text: str) -> re.Match[str] | None:
    """「1、3、5号楼」, when the first number opens no list item: not at a line's start or right after a header
    (where 「1、3号楼…」「【…】一、5号楼…」 is item 1 at building 3 or 5), unless three or more are listed."""
    found = SHARED_MEASURE.search(text)
    if found is None:
        return None
    before = text[: found.start()].rstrip(" \t")
    opening = before.endswith(("\n", "】", "]", ":", "：")) or not before.strip()  # a header's end opens a line too
    return None if opening and len(_shared_values(found)) < 3 else found


def _shared_values(found: re.Match[str]) -> list[str]:
    """The buildings a 「1、3、5号楼」 lists, each once (none when one is said twice)."""
    values = [to_digits(n) for n in [found["first"], *re.findall(NUM, found["rest"])]]
    listed = [v for v in values if v is not None]
    return listed if len(set(listed)) == len(listed) else []


def _second_end(text: str, match: re.Match[str]) -> bool:
    """The building at `match` closes a stretch between two buildings (the 14号 of 12号跟14号当中)."""
    return (
        text.startswith(("之间", "中间", "当中"), match.end())
        and BETWEEN_FIRST.search(text, 0, match.start()) is not None
    )


def listed_parts(text: str, place: Place) -> list[Place]:
    """「16号楼3楼和5楼楼道都停着电瓶车」「28栋 一单元二单元的单元门」 name one problem on each floor or unit
    listed: the places of a list whose first is the floor or unit read after the building (after a community,
    N楼 are buildings)."""
    found = LISTED_PARTS.search(text) if place.building else None
    if found is None or WHOSE.match(found["spot"]) or WHOSE.match(text, found.end()):
        return []  # 5楼和6楼的住户吵架, 3楼住户和5楼住户都反映: people, not places
    unit = found[1] in ("单元", "门")
    values = [value for kind, value in place_marks(found.group()) if kind in (UNIT_KINDS if unit else ("楼", "层"))]
    if values[:1] != [place.unit if unit else place.floor] or len(set(values)) < len(values):
        return []
    if unit:
        return [Place(place.building, value, place.floor) for value in values]
    return [Place(place.building, place.unit, value) for value in values]


def _named_again_apart(rest: str, listed: list[str]) -> bool:
    """Buildings named after a list pick out the problem's own, unless each listed one is named again with
    its detail (「3栋和9栋楼道里都堆得有杂物 3栋是旧自行车 9栋是纸箱子」: both still have it)."""
    again = [value for kind, value in place_marks(rest) if kind in BUILDING_KINDS] if building_starts(rest) else []
    each = len(set(again)) >= 2 and set(again) == set(listed) and FOUND_NOTHING.search(rest) is None
    return bool(again) and not each  # 「3栋 5栋查了一下，3栋没问题，5栋…」: the problem's own


def building_starts(text: str) -> list[int]:
    """Where each building phrase (5号楼, 7幢, A座) of a text begins."""
    if PLACE_WORD.search(text) is None:
        return []
    return [
        m.start()
        for m in PLACE.finditer(text)
        if (m["letter"] and m["lkind"] != "区")
        or m["dbuilding"]
        or m["row"]
        or (m["kind"] in BUILDING_KINDS and not _road_number(text, m))
    ]


def place_marks(text: str) -> list[tuple[str, str]]:
    """Building, unit and floor phrases of a text as (kind, value) in reading order. N号 is a building
    (18号3单元, 33号201室) unless it is a day of the month (12月5号, 20号下午3点前)."""
    if PLACE_WORD.search(text) is None:
        return []
    marks = []
    for match in PLACE.finditer(text):
        if match["top"]:
            if not FLOOR_TO.search(text, 0, match.start()):  # 一楼到顶楼: a range, no floor (爬到顶楼 is one)
                marks.append(("顶", "顶"))
        elif match["row"]:
            marks.append(("排", match["row"]))
        elif match["dbuilding"]:
            marks += [("号楼", match["dbuilding"]), ("单元", match["dunit"])]  # 3-2-501: building, unit, room
        elif match["hbuilding"]:
            marks += [("号楼", match["hbuilding"]), ("单元", match["hunit"])]  # 12#-2: building 12, its unit 2
        elif match["letter"]:
            if match["lkind"] != "区":
                marks.append(("letter", match["letter"].upper()))
        elif _road_number(text, match):
            continue
        elif match["kind"] in BUILDING_KINDS and (BETWEEN.match(text, match.end()) or _second_end(text, match)):
            continue  # 12号跟14号当中那条路: between the buildings, at neither
        elif not _not_a_place(text[: match.start()], match["kind"], text[match.end() :], match.group()):
            value = to_digits(match["n"])
            if value is not None and value != "0":
                marks.append((_door_of_building(text, match, marks) or _floor_of_unit(text, match), value))
    return marks


def _door_of_building(text: str, match: re.Match[str], marks: list[tuple[str, str]]) -> str | None:
    """N号门口 right after a building (6号楼2号门口) is the door of its unit N, a gate (号门) read as the unit;
    with no building before it, N号 stays a building (5号门口)."""
    after_building = bool(marks) and marks[-1][0] in BUILDING_KINDS | {"letter"}
    door = match["kind"] == "号" and len(match["n"]) <= 2 and text.startswith("门口", match.end())
    listed = JOINED_TO_BUILDING.search(text, 0, match.start()) is not None  # 3号同4号门口: both buildings' doors
    return "号门" if door and after_building and not listed else None  # 102号门口 after a building is a flat's door


JOINED_TO_BUILDING = re.compile(r"(?:号|号楼|栋|幢|座)\s*(?:同埋|[、和及与跟同])\s*$")
"""A building and a joiner just before a number: the number is the next building listed."""
LISTED_KINDS = BUILDING_KINDS | {"letter"}
UNIT_KINDS = ("单元", "门")
ROAD_ENDS = frozenset("路街道巷")
ROAD_NUMBER = re.compile(r"[路街道]\s*$")
NEXT_BUILDING = re.compile(r"\s*(?:\d{1,4}|[A-Za-z])\s*(?:号楼|幢|栋|座)")


def _road_number(text: str, match: re.Match[str]) -> bool:
    """延安路228号5幢: the number of a road is the address (the community), the building follows."""
    return (
        match["kind"] == "号"
        and ROAD_NUMBER.search(text, 0, match.start()) is not None
        and NEXT_BUILDING.match(text, match.end()) is not None
    )


def spot_in(text: str, spots: re.Pattern[str]) -> str | None:
    match = spots.search(text)
    return match.group() if match else None
