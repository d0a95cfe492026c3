"""Community names: configured ones, names with a residential suffix, and names known only by where they stand.

Estates are named freely (名都城, 景城印象, 仁恒河滨), so a word list cannot hold them. A name is
found by its ending (…小区, …新村, …城, …里 …) or by its position: right before a building
number (「XX 17栋」, 「XXA座」), before 居委, or as a line's header (「XX：」, 「XX 」 at a line's start).
From that anchor the name runs back over the tokens that can be part of a name, and jieba's own
dictionary (its part-of-speech tags) tells a proper name from a common word: 「满小区跑」 gives no
community 满, 「小区3号楼」 gives none, but 「伊拉莘北邨3号楼」 gives 莘北邨 (伊拉 is a stop word).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from pathlib import Path

from handlers.parsing.language import Language, alternation, canonical_label, hanzi
from handlers.parsing.numbers import to_int
from handlers.parsing.places import PLACE, ROAD_ENDS
from handlers.parsing.scan import compile_scan
from handlers.parsing.tables import table_cells
from handlers.parsing.word_tags import TagTable, word_tags

MAX_NAME = 8
"""Longest name read back from an anchor, in characters (suffix included)."""
PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg"})
"""jieba tags of proper names: a stem made of these is a name even when it is a dictionary word."""
FUNCTION_TAGS = ("v", "p", "r", "u", "d", "c", "f", "y", "e", "o", "z", "ad", "an", "l", "i", "t", "mq")
"""jieba tags of words that end a name when walking back from its anchor (verbs, pronouns, adverbs,
set phrases such as 走不过去 …)."""
NOT_A_STEM = ("r", "d", "c", "p", "u", "q", "m", "f", "e", "y", "o")
"""A stem that is one dictionary word with one of these tags is an ordinary word (满小区, 整个小区)."""
COMMON_TAGS = ("n", "v", "a", "d", "r", "m", "q", "f", "s", "p", "c", "u", "b")
"""jieba tags of common words: a name's parts are not all of these (楼道里 is no name, 福康里 is)."""
BUILDING_ANCHOR = compile_scan(
    r"\s*第?(?:(?:(?<![A-Za-z\d])[A-Za-z]\d{1,3}|(?<!\d)\d{1,4}|[A-Za-z](?![A-Za-z])|(?<![零一二三四五六七八九十])[一二三四五六七八九十]{1,3})\s*"
    r"(?:号楼|号(?![前之以])|栋|幢|座|#|楼(?![道梯下上]|[到至][\d一二三四五六七八九十])|门(?![口前]))|\d{1,3}-\d{1,2}(?=-\d{3,4}|楼道|楼梯))"
)
LISTED_ANCHOR = re.compile(
    r"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff]{2,12})[ \t]+(?:\d{1,4}[、,，][ \t]*)+\d{1,4}\s*(?:号楼|号|栋|幢|座)"
)
"""A line opened by a name alone, then a list of buildings or a list's first item (「绿地香颂 3、5、8号楼楼道里…」
「香颂 1、18号楼门口…」): the name is the estate's."""
LANE_BUILDING = re.compile(r"\s*(?:\d{1,4}|[一二三四五六七八九十]{1,3}|[A-Za-z])\s*(?:号楼|栋|幢|座)")
"""A building after a lane's house number (石板巷12号3幢): the number is a compound's; 青砖巷18号3楼 is a floor."""
AFTER_BUILDING = re.compile(r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})[ \t]*(?:号楼|栋|幢|座|号)[ \t]*$")
SPEECH_WORDS = "那个|这个|就是|嗯+|呃|啊"
"""Words of speech a speaker fills a pause with."""
HEADER_ANCHOR = re.compile(
    r"(?:^|\n)[ \t「“]*(?:(?:\d{1,2}[.、)]|[①-⑳]|[一二三四五六七八九十]、|-)[ \t]*)?"
    r"(?P<head>[^\s:,。;!?、()@\[\]【】]{2,12})(?=[ \t]*(?::|\n|[ \t]+\S))"
)
"""A line's header, a list item's included (「1. 金色黎明：北门…」)."""
HEADER_DAYS = ("今日", "今天", "今早", "本周", "本月")
"""The day a header's round was made, between the name and the header's words (雁城府今日问题：)."""
SPOKEN_HEADER = re.compile(
    rf"(?:^|\n)[ \t]*(?:(?:{SPEECH_WORDS})[ \t]+)+(?P<head>[^\s:,。;!?、()@\[\]【】]{{2,12}})(?=[ \t]+\S)"
)
"""A line's first piece after a speaker's pauses (「呃 那个 蔡厝 老人会前面…」): an estate's name only when it ends like
one (not 「嗯 那个 老李 家门口…」, 「呃 肯德基 门口…」)."""
BRACKET_HEADER = re.compile(r"(?:^|\n)[ \t]*【(?P<head>[^\s:,。;!?、()@\[\]【】\d]{2,12})】")
"""A line opening with a bracketed title that is only a name (【樱花庭】巡查发现…, 【金色年华】居委、物业：)."""
BRACKET_TITLE = re.compile(r"(?:^|\n)[ \t]*【(?P<body>[^【】\n]{3,30})】")
"""A line opening with a bracketed title in pieces set apart by blanks (【观澜湾 网格巡查 12.1】)."""
TITLE_PIECE = re.compile(r"\S+")
"""A piece of such a title: a name, a round's words or a date."""
SECTIONS = "片组班队"
"""Endings of a patrol's section or shift in a title (【巡查 12.9 东片】, 二组, 夜班): no estate."""
ROAD_ADDRESS = re.compile(
    r"(?:(?P<lane>巷|胡同|里)|[路街条]|大道)(?P<number>[甲乙丙丁]?\d{1,5}号)"
    r"(?P<yard>大院|大楼|大厦|院(?![子内里])|宿舍|家属院|家属楼|家属区)?"
    r"(?!楼(?![道梯])|室|门(?!口))"
)
"""A road and a number (延安路228号5幢, 砂山街12号北侧, 经七路88号院, 兴华路甲3号院, 厦禾路866号大楼, 溪岸路17号楼道里,
和平路47号宿舍), or a lane's courtyard (西四北二条23号院), a 里's (青竹里7号院): the address is the community, unless
the number is a building, a room or a gate of it (…路5号楼, 5号门). A lane's house number (青砖巷18号, 柳荫胡同23号)
is a building of the lane, as a 里's is (兴泰里12号)."""
DIGIT_BRAND = re.compile(
    r"(?<=[\u4e00-\u9fff])\d{2,4}"
    r"(?=(?:[ \t]*[一二三四五六七八九十\d]期)?[ \t]+\d{1,4}\s*(?:号楼|栋|幢|座)|地下|门口|那边|这边|[ \t]*[东南西北]门)"
)
"""The number of an estate named with one (滨江168 3栋, 阳光100 二期 7号楼, 滨江168地下车库, 阳光100那边)."""
NUMBERED_BRAND = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]|\d)号"
    r"(?=\s*(?:\d{1,4}\s*(?:号楼|栋|幢|座)|[东南西北]门|:|\s+\S{1,6}\s*:|小区|公寓|花园))"
)
"""Estates named with a number (滨河一号, 盛世九号), known by what follows: a building, a gate, a header's
end. Read as a building number, 一号 would make 滨河 the name and 1 the building."""
PARTY_ANCHOR = re.compile(r"(?<=[\u4e00-\u9fff])(?=居委|居民区|物业(?:反映|报|回复)|管理处|业委会|村委会|村民(?!小组))")
"""A name written right before its 居委 (凌云新村居委), its 管理处 or 业委会, its 物业 reporting (锦绣江南物业报：),
or a village's committee or villagers (大李郢村委会, 陈家洼村民反映); one set apart by a blank is a terse note's
party."""
HOUSING_AFTER_OLD = ("家属院", "家属区", "家属楼", "宿舍", "校区", "厂")
"""What 老 stands before inside a name, the older housing of a school or a works (临沂一中老家属院, 临大老校区家属院);
老 before anything else opens speech (那个老小区), no name."""
ON_SITE_OFFICES = ("村委", "村委会", "居委", "居委会", "社区", "物业", "业委会", "管理处")
"""Offices that work in the estate: a yard named for one (村委大院) is the office's, no estate's."""
OFFICE_YARDS = ("大院", "院")
HOLLOW_THINGS = frozenset(
    {
        "巷子",
        "院子",
        "屋子",
        "房子",
        "村子",
        "园子",
        "林子",
        "棚子",
        "箱子",
        "柜子",
        "池子",
        "铺子",
        "桶子",
        "坑子",
        "洞子",
    }
)
"""Common things one is inside (巷子里, 林子里): said alone before 里, a place, no estate's 里 (桔子里 is a name)."""
VILLAGES = ("村", "庄", "屯", "寨", "营", "集", "堡")
"""Endings of a village's name: before a road and an estate, the town the estate is in (李家庄 沂州路 丰泽苑)."""
RESULTS = "住满完到"
"""Endings of a verb's result (堵住, 占满, 搬完, 找到): such a verb is no stem of a name."""
POINTED_STEMS = frozenset({"那", "这", "哪", "该", "本", "此"})
"""Words that point at an estate, said right before its kind (那小区, 本小区): no name of it."""
PARTY_AFTER = re.compile(
    r"[ \t]*(?:居委|居民区|网格员|反映[:：]|来电[:：]"
    r"|(?:老)?(?:居民|街坊)(?:又)?(?:来电|来讲|打电话|搭我讲|跟我说|反映))"
    r"|[ \t]*@[ \t]*(?:物业|居委|业委会)|各(?:座|栋|幢|单元|号楼)"
    r"|的(?:业委会|业主|居民|住户|物业|居委|网格员|楼长)(?:主任|代表|经理|们)?(?:讲|说|反映|来电|打电话|[:：])"
)
POINTER_ANCHOR = compile_scan(
    r"(?:那边|这边|那块|这块|那里|这里|那儿|这儿|那头|这头)(?!个)|(?:今日|今天|本周|昨日|昨天)?(?:巡查|检查|督查)"
)
"""「理想星光那边有业主反映」「君悦今日巡查。」: at a sentence's opening, what stands before 那边 or a
round of inspection is a place named by the speaker, an estate when it is no single dictionary word."""
LATELY_ANCHOR = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=(?:这几天|这两天|这段时间|最近|近来|近期|天天|每天|一直|老是)[^,。;!?\n]{2})"
)
"""「锦绣江城这几天电梯老是坏」: a line opening with a name that ends like an estate's, then how long or how often:
the estate, when it looks proper (not 老李家最近…, 隔壁老王这几天…)."""
RESIDENT = re.compile(
    r"(?:我是|我们是|我们|俺们|咱们|我家|住在|我住)(?:这个|那个)?(?!楼)(?P<name>(?:(?!单元)[\u4e00-\u9fff]){2,6}?)(?<!片区)"
    r"(?=的(?:业主|住户|居民|一位|一名|老住户|租户|网格员|楼长|楼栋长|楼道长|志愿者|[ \t,。]|$)"
    r"|那个|这个|那边|这边|那块|这块|最近|门口|楼下|小区|里面|这里|那里)"
)
"""「我是泰和云著的业主」「我们凤尾社最近…」「我是枫林绿洲的 …」: a resident names their estate right after saying who
they are, before what they say of it; not their building (我们楼三单元那个单元门)."""
VISITED = compile_scan(
    r"(?:巡查|检查|暗访|走访|督查|测评)(?![组队员])(?:了|通报|情况|问题)?"
    r"(?:[ \t]*\((?P<bracketed>(?=[^()]*[\u4e00-\u9fff])[^()]{2,8})\)"
    r"|[ \t]*(?![时中我本全各]|发现)(?P<name>[\u4e00-\u9fff]{2,8}?)(?=[ \t]*(?:时?发现|存在|情况|问题|\n|$)))"
    r"|(?:[巡转走逛]了一圈|去了一趟)(?P<toured>[\u4e00-\u9fff]{2,8}?)(?=情况|看到|发现|[,。]|那|这)"
)
"""「12月2日巡查莫愁新寓发现问题：」「巡查通报(建华东里)：」「巡了一圈官渡花园情况如下」「检查了锦泽时光 问题比较多」:
the estate a round of inspection went to."""
REPORTED_ON = re.compile(
    r"(?:汇报|说|讲|反映|报)(?:一下)?(?:今天|今日|昨天|上午|下午)?(?P<name>[\u4e00-\u9fff]{2,8}?)的(?:情况|问题|事)"
)
"""「我汇报一下今天东风里的情况」: the estate whose state is reported."""
VISITED_AT = compile_scan(
    r"(?:在|(?<![看听找遇想收做办达])到|(?<![过回上下进出])去|路过|经过)(?P<name>[\u4e00-\u9fff]{2,6}?)"
    r"(?:(?=楼下|里面|小区|这边|那边|(?:巡查|检查)?(?:看到|发现|指出))|(?P<gate>(?=门口|大门口|东门|南门|西门|北门)))"
)
"""「有人在嘉禾星汇楼下跳广场舞」「路过汇景看到…」: an estate named after 在/到/路过, before a place at it
or what was seen there (not the 去 of 过去/上去: 「6楼过去那户人家门口」 names no estate)."""
MENTIONED = re.compile(r"@(?P<name>[\u4e00-\u9fff]{2,10}?)(?=物业|居委|管理处|业委会)")
"""「@沂州府物业 小区西门…」: the estate whose property office or committee is @-mentioned."""
SAID_AFTER = re.compile(
    r"有(?:间|个|户|家|人|一)|[两一二三四五六七八九十几\d]+(?:件事|个问题|处问题)|一宿|一夜|整宿|一晚|进$"
)
"""What is said of a place, run on after its name in a note's first field (百蓬村有间出租屋, 荔晶苑两件事, 观澜坊一宿
地下室全淹了), or the way into it (八一大院进大门右边)."""
BEING_AT = frozenset({"刚在", "正在", "还在", "都在", "就在", "也在", "又在", "刚刚在", "现在在", "一直在"})
"""An adverb and 在 before a building (刚在15幢后面): where the speaker was, no name."""
BESIDE_A_BUILDING = "下上前后旁边"
"""Where a place is from a building, right after its 楼 (楼下小花园)."""
PUT_INTO_YARD = re.compile(r"[推放停搬堆扔拖塞]院儿?里$")
MOTION = tuple("进出回到去来往")
"""Verbs of going, after which 小区 is the word for an estate, no name's ending (货车进小区, 回小区)."""
COUNTED_LIST = re.compile(
    r"(?P<list>(?:[\u4e00-\u9fff]{2,10}[、和])+[\u4e00-\u9fff]{2,8}?)[ \t]*(?:这|那)?(?P<count>[两二三四五六七八九]|\d)"
    r"个(?:小区|新村|楼盘)"
)
"""Names listed, then counted as so many estates (枫林晚、吴山里两个小区门口…, 锦绣名邸、钱塘公寓、庆丰新村这三个小区):
each is an estate's name whatever its shape, when the count is the list's."""
ALL_OVER = re.compile(r"满(?:小区|村|院子|院)(?:乱?跑|转|窜|溜达|都是|全是|乱?飞|乱?飘)")
"""满小区跑, 满院子飞: all over the estate or the yard, no estate named 满."""
ASPECT = ("了", "着", "起", "住", "蔽", "挡", "埋", "牢", "成", "一圈")
"""What follows the verb 围 (围了, 围着, 围起来, 围住, 围蔽, 围挡, 围埋一圈, 围牢), never the village ending 围."""
NEGATIONS = "冇没不无"
"""Before the verb 围 (冇遮冇围), never before the village ending."""
PREPOSITIONS = "在到从去往为"
PREPOSITION = re.compile(f"[{PREPOSITIONS}]")
NOT_PLAIN = ("v", "d", "r", "p", "c", "u", "y", "e", "o", "mq")
"""jieba tags of words that are no part of a name standing alone at a sentence's opening."""
COUNTERS = frozenset("项条处个件点组号")
"""Words that count what a number before them numbers (第3项, 2处)."""
NOT_A_FIRST_WORD = ("r", "d", "v", "a", "ad", "m", "q", "p", "c", "u")
"""jieba tags of a word no estate's name opens with (这, 对, 老, 新来 …)."""
CAPTION = re.compile(r"(?:图|照片|附图)[一二三四五六七八九十\d]{1,2}")
"""A photo's caption label (图一：…), no name."""
TERSE_HEAD = re.compile(r"[ \t]+(?:\d{1,4}\s*(?:号楼|栋|幢|座|号)|[A-Za-z]座|\d{1,3}-\d{1,2}|小区)")
"""A line's first field set apart by a blank before a building or the word 小区 (「锦绣南岸 B座 一楼大堂 …」,
「金色水岸 小区中心花园…」): the estate."""
ASIDE = compile_scan(r"(?<=[\u4e00-\u9fff])\((?![\d一二三四五六七八九十]+\))[^()]{1,8}\)\s*$")
"""A bracketed aside between a name and its building (悦澜(蜀山区)6栋, 翠苑(二期)3幢), written right after the
name; a list's number ((2)5栋) is none."""
PLACE_POINTERS = ("这块", "那块", "这边", "那边")
"""Pointing words that narrow a place (芙蓉街这块, 岳麓那边)."""
DAY_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE_BEFORE = re.compile(rf"{DAY_NUMBER}月{DAY_NUMBER}[日号]|{DAY_NUMBER}?日")
"""A day's date said right before a name (12月2日东原湾, 十二月三日桂园小区): jieba may join the 日 to the name. A
number and 号 alone name an estate (九号公馆)."""
HERE_IN_SPEECH = ("这旮沓", "那旮沓", "这嘎达", "那嘎达", "旮沓", "嘎达", "旮旯")
"""Northeastern words for here and there (咱这旮沓卫星路小区): where the speaker is, no name and no part of one after
them."""
INNER_POINTERS = (*PLACE_POINTERS, "这个", "那个")
"""Pointing words a speaker narrows a place with, glued inside a name read back (芙蓉街这块曲水亭街17号院)."""
AREA_POINTERS = (*PLACE_POINTERS, "那里", "这里")
"""What a header ends with when it names the area a speaker is in (岳麓那边 嗯 枫林新村…), not an estate."""
LIST_ITEM = re.compile(r"[^、]+")
BEFORE_A_NAME = "上里在到从往的了查现"
"""Characters that end what is said before a counted list's first name (东风路上, 区里检查, 巡查发现)."""
PLACE_WORD_IN = re.compile(r"[\d号楼栋幢座层]")
LIST_JOINER = re.compile(r"[ \t]*、[ \t]*")
HANZI_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}")
SPEECH_BETWEEN = re.compile(rf"(?:[ \t,]|{SPEECH_WORDS}|的)*")
SPOKEN_ASIDE = compile_scan(
    rf"(?<=[\u4e00-\u9fff\d])(?:[ \t,]*(?:{SPEECH_WORDS}|那边|这边))+(?:[一二三四五六七八九十\d]期)?[ \t,]*$"
)
"""Words of speech between a name and its building, voice input's, a phase after them (龙奥金座 嗯 那个五号楼,
海上嘉年华那个二期十号楼)."""
DISTRICT = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,3}省)?(?:[\u4e00-\u9fff]{2,3}市(?!场)|北京|上海|天津|重庆)?"
    r"[\u4e00-\u9fff]{2,3}(?:区|县|街道|镇)(?=[\u4e00-\u9fff]{3})"
    r"|^(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,3}市(?!场)(?=[\u4e00-\u9fff]{3})"
    r"|^[\u4e00-\u9fff]{2,4}片区(?=[\u4e00-\u9fff]{3})"
)
"""A city district, sub-district or town, with its city and province, written before an estate's name
(海沧区东方花园, 东城街道御景华府, a work order's 长春市绿园区绿园新城), or a grid's area (莲花池片区和平路136号院): no
part of it."""
YARDS = ("老院子", "院子")
"""A yard after an estate's name (紫阳坊老院子里): a place in it."""
TIMES_AFTER = (*HEADER_DAYS, "今晨", "昨天", "昨日", "昨晚", "早上", "上午", "下午", "晚上", "刚才", "刚刚")
"""When something was seen, said right after an estate's name (月亮湾今早检查发现…): no part of the name."""
SEEN_BEFORE = re.compile(rf"(?:{'|'.join(TIMES_AFTER)})(?:在|到|去|路过)")
"""When and where-to, said before an estate's name (今早在青春里巷口…): jieba cuts 今/早在, so the walk back from
the name's ending runs over them."""
ROAD_BEFORE = re.compile(
    r"^[\u4e00-\u9fff]{2,6}?(?:路|街|大道|(?<![楼通街车走过人步信管隧航知])道)(?:上的|的|口)?(?![\d号])"
)
"""A road, or its mouth, written before an estate's name (海东路北垣新村, 西北路的美居苑, 长乐路口锦绣苑, Tianjin's
椿树道丰泽里): where it is, no part of it."""
INSIDE, POINTER = -1, -2
"""Anchors that are not headers: a place inside an estate after its name (中心花园), and a pointer
(那边). Either needs a proper-looking name, except at a sentence's opening, where a pointer's name
is all there is (brand names made of common words: 理想星光)."""
NAMED_LANE_AFTER = re.compile(r"巷口|巷子|里面|里头|里厢|那|这|[,。 \t\n]")
"""What follows a 弄 named by a word (荷叶弄那一排, 荷叶弄里面): no 弄 of a verb or a longer word (弄好, 弄堂)."""
REFERENCE_MEASURES = frozenset("片个块栋幢排条间处")
"""Measure words after 那/这 (那片, 这栋): what follows is pointed at, not named."""
LANE_AFTER = re.compile(r"(?![子道尾弄陌战])")
"""After a lane named by a word: anything but what makes 巷 part of a longer word (巷子, 巷道); its mouth
(磨子巷巷口) and what is said of it (柏树巷有户人家…) alike."""
LANE_SIDES = frozenset("东西南北前后中")
"""A lane's side said after its name (金沙东巷): the lane is still named by the word before."""
DISTANCE = re.compile("[一二三四五六七八九十]+里")
"""So many 里 (li) from town: how villages are named (九里村, 五里墩)."""
NUMERAL_OPENINGS = frozenset("一二三四五六七八九十百千万两双")
COUNT_WORDS = frozenset("一二三四五六七八九十百千万两个些只辆位名户次处条件栋幢排块片间层台根张堆袋桶号天日周月年夜")
"""After a numeral, a measure word, a unit of time or another numeral: a count (三个, 一些, 二十, 三天里), no name's
stem."""
GRAND_ENDINGS = ("府", "郡")
"""Endings a name adds to another ending (芝罘湾府, 星河湾郡): never "inside" as 里 after a name is (幸福园里), nor
a word of their own as 庭 is (翠苑庭院, 花园庭前)."""
VILLAGE_OPENERS = frozenset("上下伊")
"""One character a sentence can open with before a name it belongs to (上沙东村, 下围村, 伊河湾小区), though
the walk back stops at it elsewhere (上楼, 下来); not 向 (向金桂苑住户了解到…)."""
BARE_ROAD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:路|街|大道|大街|公路)(?:交叉口|十字路口|路口|口)?")
"""A road's name alone, or its junction: where a message is, never an estate."""
PARKS = ("公园", "乐园")
"""Endings of public parks, which name an estate only before one of its buildings."""
MOUTHED = ("村", "新村", "胡同")
"""Endings whose name a 口 after it leaves whole: the village's or lane's entrance (桃花坡村口)."""
DORMITORIES = frozenset({"宿舍", "家属院", "职工院", "家属区", "家属楼", "大院"})
BRAND_ENDINGS = frozenset({"壹号", "壹品", "一品"})
SHOPS = ("店", "水果", "超市", "饭", "餐", "酒", "茶", "烧烤", "火锅", "药房", "诊所")
CITY_AFTER = tuple("贤来人县话风")
PROVINCES = ("河南", "豫北", "省")
ZONES = frozenset({"东区", "西区", "南区", "北区", "中区"})
FACILITY_ENDS = tuple("区场院厂校站馆所园")
"""A zone after a place of work or a facility (市场东区, 医院东区, 厂区东区) is the facility's, no estate's."""
INNER_ZONE = compile_scan(
    r"(?:(?:[新老东西南北中][\u4e00-\u9fff]?|[\d一二三四五六七八九十]{1,2})区|[东西南北]?[\d一二三四五六七八九十]{1,3}[巷弄坊])+$"
)
"""A zone or a numbered lane inside an estate or village, glued after its name (上蓬村新楼区, 兰化家属院二区,
月眉村新区6巷, 浮陇新乡二巷, 禾塘村东三巷, 怀德村三巷12号): the name is the estate's; a lane alone (二巷8号门口) names
none.
A road's lane (镇邦街二巷) and a named lane (白石洲村沙河五巷) are the address itself."""
SQUARE_SIDES = re.compile(r"(?:对出|对面|后面|前面|旁边|门口|负[一二三\d][层楼]|地下|楼下)")
"""Where a place is said to be beside or under an estate named …广场 (恒福广场对出, 云峰广场负一层)."""
SAID_BEFORE = re.compile(
    r"[零一二三四五六七八九十两\d]{1,3}点(?:半|多|钟|[零一二三四五六七八九十\d]{1,2}分?)?|第[一二三四五六七八九十\d]{1,2}站"
)
"""An hour or a round's stop said right before a name (夜里十一点多荻溪苑, 第一站博雅花园): when or which stop, not part
of the name."""
ROAD_AFTER = ("路", "街", "大道")
"""What follows a name that is a road's (新村路, 花园街): the estate's name ends before its own last ending."""
AREAS_NOT_DISTRICTS = (
    *("小区", "社区", "新区", "园区", "片区", "景区", "校区", "厂区", "营区", "生活区", "住宅区", "家属区", "安置区"),
    "开发区",
)
"""Words ending in 区 that name an area of or for housing, or the works whose housing it is (开发区家属院), no
district over it."""
RESETTLED = ("安置", "还建", "还房", "回迁", "动迁", "棚改")
"""The kinds of housing built for those moved off their land (安置房, 还建小区, 回迁楼)."""
OFFICE_COLUMN = "社区"
"""A table's column of 社区 (the residents' committees): the estates, when no column names them."""
SPACED_KINDS = ("小区", "居民区")
"""Kinds of place that no name is of its own, said after a name and a blank (蜀韵天府 小区大门口)."""
HOUSE_NUMBER = re.compile(r"\s*\d{1,4}号(?![楼院])")
DIGIT = re.compile(r"\d")
SENTENCE_BOUNDARY = "\n,。;:!?|"
OPENINGS = SENTENCE_BOUNDARY + "】"
"""What a sentence opens after: a boundary, or a bracketed title (【创文办交办】上沙东村21栋…)."""
"""Punctuation a sentence or clause opens after (the text is normalised to half-width)."""
NUMBERING = frozenset("号0123456789一二三四五六七八九十#")
"""Characters a building number ends in: before 楼 they make 5号楼 a building, not a name."""
NUMBERED_STEM = re.compile(r"[\d一二三四五六七八九十百A-Za-z]+号?$")
HEADER_END = re.compile(r"[ \t]*(?:\([\u4e00-\u9fff、,]{2,16}\)[ \t]*)?[:\n]")
"""A header's end, after the parties it assigns in brackets (竹韵园（物业）：)."""
HANZI = re.compile("[\u4e00-\u9fff〇]*")
"""Chinese characters, 〇 among them (七〇一厂宿舍)."""
"""Chinese characters only (one regex test per token, not a generator over its characters)."""
FIELD_BREAK = re.compile(r"[ \t]+\S")
"""Blanks, then more on the same line: the end of a terse note's field."""
CELL_NAME = re.compile("[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z()]*")
"""A table cell that can hold an estate's name (孟庄, 滨河168)."""


class NameReader:
    """Finds community names in a segmented message (see the module's docstring)."""

    def __init__(
        self, lang: Language, known: Sequence[str], common: Iterable[str] = (), cache_dir: Path | None = None
    ) -> None:
        self.lang = lang
        self.known = known
        self.tags = word_tags(cache_dir)
        self.stops = lang.name_stops | {*lang.party_aliases, *lang.spots, *lang.estate_places, *HERE_IN_SPEECH}
        self._localisers_all = tuple(lang.localisers)
        self.parties = tuple(sorted(lang.party_aliases, key=len, reverse=True))
        """Every party's name, longest first, as `str.startswith` takes them (the parser's too: 恒泰新城物业)."""
        districts = alternation([*lang.district_names, *lang.city_names])
        self._cities = frozenset(lang.city_names)
        self._district_name = re.compile(rf"(?:{districts})(?=[\u4e00-\u9fff]{{3}})" if districts else "(?!)")
        """A district said without 区 before a name of three characters or more (宝山通河七村)."""
        self.common = frozenset(common)
        works = sorted((a for a in lang.actions if len(a) >= 2), key=len, reverse=True)
        self._work_opening = re.compile("|".join(map(re.escape, works)) or "(?!)")
        """A work asked for, said right before the estate it is to be done in (清理长青苑8幢…)."""
        self._breaking = re.compile("|".join(lang.name_breaking))
        self._suffix = re.compile("|".join(map(re.escape, lang.community_suffixes)))
        self._loose = frozenset(lang.loose_suffixes)
        loose = "".join(re.escape(e) for e in lang.loose_suffixes if len(e) == 1)
        self._loose_pointer = re.compile(rf"(?<=[{loose}])(?:那个|这个)")
        """「塘边社那个卖海蛎的…」: a reference right after a loose ending, at the opening, points from the estate."""
        self._endings = tuple(lang.community_suffixes)
        self._ending_rank = {e: i for i, e in reversed(list(enumerate(self._endings)))}
        self._ending_lengths = sorted({len(e) for e in self._endings})
        self._long_suffixes = tuple(
            s
            for s in lang.community_suffixes
            if len(s) >= 2 and s not in lang.lane_suffixes and s not in lang.anchored_suffixes
        )
        self._estate_place = re.compile("|".join(map(re.escape, lang.estate_places)))
        self._estate_places = tuple(lang.estate_places)
        self._phase_anchor = re.compile(
            r"(?<=[\u4e00-\u9fff])(?<![第十一二三四五六七八九\d])第?[一二三四五六七八九十\d]{1,2}期"
            r"(?=的|[ \t,，。:：;；]|$|" + "|".join(map(re.escape, lang.estate_places)) + ")"
        )
        """「枫林绿洲二期的楼道灯…」「鑫苑名家三期南门外…」: a phase said after a run of characters, then 的, a stop
        or a place in the estate, ends an estate's name there (the phase no part of it), when the run looks proper."""
        places = sorted({*lang.estate_places, *lang.spots}, key=len, reverse=True)
        self.phase = compile_scan("|".join(lang.phases))
        """A phase of an estate (二期), not part of its name; the parser's list headers strip it too."""
        self._phase_before = re.compile(r"[\u4e00-\u9fff](?:第?[一二三四五六七八九十\d]{1,2}期)[ \t]*$")
        """A phase right before a building (正弘山一期十号楼, 梦清湾第二期5栋): the name ends before it."""
        parties = alternation(lang.party_aliases)
        self._parties_header = compile_scan(rf"(?:[ \t]+(?:{parties}))+[ \t]*:")
        """The parties a header names after its estate, blanks between (「万象汇 物业 保洁：」)."""
        self._bracket_parties = compile_scan(rf"[ \t]*(?:{parties})(?:[ \t、,]*(?:{parties}))*[ \t]*:")
        """The parties a bracketed title's line goes on to address (「【鸿泰海语】物业、保洁：」)."""
        self._localisers = tuple(w for w in lang.localisers if w.endswith("里") and len(w) > 1)
        self._positions = tuple({*lang.localisers, *lang.relative_places, "边上", "边", "旁", "附近", "主路", "主干道"})
        self._office = compile_scan(rf"(?:居委会?)?[ \t]*[、,和与及跟同][ \t]*(?:{parties})")
        """After a name ending in 社区, another party joined to it: the 社区 is the party (濂溪社区、物业)."""
        self._place_after = compile_scan(r"[ \t]*(?:" + "|".join(map(re.escape, places)) + ")")
        self._opening_stop = compile_scan(
            "(?:" + "|".join(sorted((re.escape(s) for s in self.stops if len(s) >= 2), key=len, reverse=True)) + ")+"
        )
        """Words of speech a name never opens with (兀那, 一圈, 报告领导): dropped when glued before one."""
        self._inside = compile_scan(
            "(?:"
            + "|".join([*map(re.escape, [*lang.estate_places, *lang.localisers]), *lang.phases])
            + ")+[外内边旁]?$"
            "|(?:" + "|".join(lang.phases) + ")(?:小区|社区|居民区)$"
        )
        labels = alternation(lang.name_labels)
        self._labelled = compile_scan(
            rf"(?:^|(?<=[\s【\[]))(?:{labels})(?:[】\]]|:)[ \t]*"
            r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:物业|居委会?)?(?=[ \t]*(?:\n|$|\|))"
        )
        """A form's field naming the estate, its value alone on its line (小区：翠湖印象, 【小区】南明花园)."""
        place_labels = alternation(lang.place_labels)
        endings = "|".join(map(re.escape, lang.community_suffixes))
        generic = "|".join(map(re.escape, sorted({*lang.estate_places, *lang.spots}, key=len, reverse=True)))
        self._placed = compile_scan(
            rf"(?:^|(?<=[\s【\[】\]]))(?:{place_labels})(?:[】\]]|:)[ \t]*"
            rf"(?!小区|社区|{generic})(?P<name>[\u4e00-\u9fff]{{1,10}}(?:{endings}))(?=[ \t]*(?:\n|$|\|))"
        )
        """A form's place field whose value, alone on its line, ends like an estate (点位：大井弄, 地点：柳浪苑);
        not a place inside one (点位：小区花园, 东门广场)."""
        words = alternation(lang.header_words)
        self._headed = compile_scan(rf"(?:{'|'.join(HEADER_DAYS)})?(?:{words})[ \t]*[:\n]")
        """A header's words after the name, a day before them (雁城府今日问题：)."""
        tails = {*lang.spots, *lang.estate_places, *lang.party_aliases, *lang.place_endings, *lang.header_words}
        tails |= set(HEADER_DAYS)  # 万溪悦今日问题：, 万溪悦今日行了一圈：
        self._tails = tuple(sorted(tails, key=len, reverse=True))
        self._round_words = tuple(lang.header_words)
        """What a round's title piece ends with (网格巡查, 问题清单): the title tells of a round, so its other piece is
        the estate."""
        self._spot_words = tuple({*lang.spots, *lang.estate_places})
        brands = "|".join(map(re.escape, lang.developer_brands))
        self._latin_brand = re.compile(rf"(?:{brands})[A-Za-z][A-Za-z0-9]{{1,11}}(?![A-Za-z0-9])")
        self._brand_place = re.compile(rf"(?:{brands})(?P<own>[\u4e00-\u9fff]{{2}})(?={generic})")
        """A developer's brand and two characters of the estate's own, before a place in it (金地檀悦垃圾房那块)."""

    def find(self, text: str, tokens: Sequence[str], starts: Sequence[int]) -> list[tuple[int, str]]:
        """(position, name) of every community named in `text`, the longest of overlapping readings kept.
        A known name counts only as whole words (the segmenter knows it as one): 「今天一早」 does not name
        天一."""
        found: list[tuple[int, int, str]] = []
        edges = {*starts, len(text)}
        for name in self.known:
            at = text.find(name)
            while at >= 0:
                if at in edges and at + len(name) in edges:
                    found.append((at, at + len(name), name))
                at = text.find(name, at + 1)
        for match in self._suffix.finditer(text):
            self._suffixed(text, tokens, starts, match, found)
        for match in ROAD_ADDRESS.finditer(text):
            building_after = LANE_BUILDING.match(text, match.end()) is not None  # 石板巷12号3幢: a compound's
            compound = text.startswith("大杂院", match.end())  # 铃铛胡同17号大杂院: the number is a courtyard's
            yard_after = text.startswith("院", match.end()) or compound
            if match["lane"] and not match["yard"] and not yard_after and not building_after:
                continue  # 青砖巷18号: the lane, its house 18 (帽儿胡同12号院里 is the courtyard)
            start = self._road_start(text, tokens, starts, match.start("number"))
            road_end = match.start("number")
            # 经七路88号院, 胡家牌坊街23号院: a name up to the road's ending is the road's (岑边村新村路: the village's)
            glued = [f for f in found if start <= f[0] and match.start() <= f[1] <= road_end]
            found[:] = [f for f in found if f not in glued]
            inside = match["lane"] and not match["yard"] and text.startswith("院", match.end())
            end = match.end() + 1 if inside else match.end()
            if match.start("number") - start >= 3 and not any(s <= start < e for s, e, _ in found):
                found.append((start, end, text[start:end]))  # 铃铛胡同17号院里: the lane's courtyard, 院 and all
        for match in DIGIT_BRAND.finditer(text) if DIGIT.search(text) else ():
            start = self._walk_back(text, tokens, starts, match.start(), digits=False)
            stem = text[start : match.start()]
            proper = len(stem) >= 2 and self._proper(stem, tokens, starts, start, match.start(), strict=True)
            if proper and not any(s <= start < e for s, e, _ in found):
                found.append((start, match.end(), text[start : match.end()]))
        anchors: list[tuple[int, int | None]] = [
            (_before_aside(text, _name_end(text, m.start())), None)
            for m in BUILDING_ANCHOR.finditer(text)
            if _same_line(m) and not _after_building(text, m.start())
        ]
        anchors += [(m.end("name"), None) for m in LISTED_ANCHOR.finditer(text)]
        anchors += [(m.start(), None) for m in self._phase_anchor.finditer(text)] if "期" in text else []
        anchors += [(m.start(), INSIDE) for m in PARTY_ANCHOR.finditer(text)]
        anchors += [
            (m.start(), INSIDE)
            for m in self._estate_place.finditer(text)
            if m.start() in edges and not _estate_next(text, m.end(), found)
        ]
        anchors += [
            (m.start(), POINTER)
            for pattern in (POINTER_ANCHOR, self._loose_pointer)
            for m in pattern.finditer(text)
            if not _estate_next(text, m.end(), found)
        ]
        anchors += [
            (m.start(), INSIDE)
            for m in LATELY_ANCHOR.finditer(text)
            if _opens_line(text, m.start()) and text[: m.start()].endswith(self._endings)
        ]
        anchors += [
            (self._header_end(m), m.start("head"))
            for m in HEADER_ANCHOR.finditer(text)
            if not (m["head"].endswith(AREA_POINTERS) and _estate_next(text, m.end("head"), found))
        ]
        anchors += [
            (self._header_end(m), m.start("head"))
            for m in SPOKEN_HEADER.finditer(text)
            if m["head"].endswith(self._endings)
        ]
        found += self._table_names(text) if text.count("|") >= 4 else []
        for pattern in (RESIDENT, VISITED, VISITED_AT, REPORTED_ON, MENTIONED, self._labelled, self._placed):
            for match in pattern.finditer(text):
                groups = match.groupdict()
                group = next(g for g in ("bracketed", "toured", "name") if groups.get(g))
                if groups.get("gate") is not None and not groups[group].endswith(self._endings):
                    continue  # 在肯德基门口: a shop's door, not an estate's
                if pattern is RESIDENT and self._opens_oddly(tokens, starts, match.start(group)):
                    continue  # 我是新来的…, 我们这栋楼…, 我住那个老小区: no name
                self._framed(text, tokens, starts, match.start(group), match.end(group), found)
        for match in COUNTED_LIST.finditer(text) if "个" in text else ():
            self._counted_list(text, tokens, starts, match, found)
        for match in BRACKET_HEADER.finditer(text) if "【" in text else ():
            if self._titled(text, match):
                self._framed(text, tokens, starts, match.start("head"), match.end("head"), found)
        for match in BRACKET_TITLE.finditer(text) if "【" in text else ():
            if (named := self._title_name(match)) is not None:
                self._framed(text, tokens, starts, *named, found)
        for match in self._brand_place.finditer(text):
            own = match.start("own")
            if self._proper(match["own"], tokens, starts, own, match.end(), strict=True):
                found.append((match.start(), match.end(), match.group()))
        for match in NUMBERED_BRAND.finditer(text) if "号" in text else ():
            start = self._walk_back(text, tokens, starts, match.start(), digits=False)
            if match.start() - start >= 2:
                found.append((start, match.end(), text[start : match.end()]))
        for end, head in anchors:
            if any(s < end <= e for s, e, _ in found):
                continue
            said = text[:end].rstrip()
            if text[len(said) : len(said) + 1] in (" ", "\t") and _numeral(said[-1:]):
                continue  # 巡查情况一 三号楼门口乱停电动车二 六号楼…: the list's numbers, said before a blank
            end = len(said)
            phased = self._phase_before.search(text, 0, end) if head is None else None
            end = phased.start() + 1 if phased else end  # 正弘山一期十号楼: 正弘山, its phase no part of it
            terse = self._terse(text, head, end) and self._plain(tokens, starts, head, end)
            walked = self._walk_back(text, tokens, starts, end, digits=False)
            start = head if terse else _with_opening_conjunction(text, walked)
            if head is None and start > 0 and not terse:
                start = self._opening_run(text, tokens, starts, start, end)
            opening = _opens_sentence(text, start)
            if (head is not None and head >= 0 and start != head) or (head == POINTER and not opening):
                continue
            if head is not None and text[start:end] in self.lang.form_labels:
                continue  # 派单意见：请物业清理: a form's field, whatever its words
            strict = head is not None and not (head < 0 and opening) and not terse
            if any(ch in "没不冇" for ch in text[start : start + 3]):
                continue  # 鸽子棚还是没拆居委房办…, 物业讲管勿牢居委会…: what is not done, said before the parties
            if PLACE.fullmatch(text, start, end):
                continue  # 9号楼三门洞二楼: a unit (门洞) before the floor, no name
            if COUNTED_RESULT.search(text, 0, start):
                continue  # 垃圾桶破了个大窟窿 6号楼…: what a verb made, counted, no name before the building
            named_di = head is None and text[start:end].endswith(WORDS_IN_DI)  # 书香门第: a phrase jieba knows
            if named_di or self._proper(text[start:end], tokens, starts, start, end, strict=strict):
                found.append((start, end, text[start:end]))
        trimmed = [
            t for item in found if (t := self._trimmed(text, item, edges)) is not None and not CAPTION.fullmatch(t[2])
        ]
        trimmed = [t for t in trimmed if not _grid_area(text, t, trimmed)]
        estates = [t for t in trimmed if not self._office_named(text, t)]
        trimmed = estates or trimmed  # 濂溪新村…濂溪社区、物业: the estate and its office (alone, the office names it)
        named = _outermost([*trimmed, *_again(text, edges, trimmed)])
        branded = self._branded(text, _dotted(text, _most_specific(named), self._no_brand))
        areas = _inner_of_areas(text, _last_of_blank_runs(text, branded, self._endings, self.place_name))
        return _courtyards_within(text, areas)

    def _branded(self, text: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A developer's brand right before a name is part of it (绿地新都会, not 新都会); a brand with Latin
        letters after it names an estate (蓝光COCO)."""
        named = []
        for at, name in names:
            brand = ""
            if text.endswith(self.lang.developer_brands, 0, at):  # one test for all of them first: most have none
                brand = next(b for b in self.lang.developer_brands if text.endswith(b, 0, at))
            named.append((at - len(brand), brand + name))
        for match in self._latin_brand.finditer(text):
            if not any(at <= match.start() < at + len(name) for at, name in named):
                named.append((match.start(), match.group()))
        return sorted(named)

    def place_name(self, word: str) -> bool:
        """A city's or district's name as jieba's dictionary knows it (上海, 长宁, 新乡, 涪城)."""
        return (self.tags.get(word) or "").startswith("ns")

    def _titled(self, text: str, title: re.Match[str]) -> bool:
        """A bracketed title names an estate when it ends like one (【樱花庭】) or is one proper name jieba knows
        (【金色年华】), or when parties follow it (【鸿泰海语】物业、保洁：); an office's title (【联合夜查】,
        【温馨提示】) is none of these."""
        head = title["head"]
        if head.endswith(self.lang.community_suffixes) or (self.tags.get(head) or "") in PROPER_TAGS:
            return True
        return self._bracket_parties.match(text, title.end()) is not None

    def _title_name(self, title: re.Match[str]) -> tuple[int, int] | None:
        """Where the estate stands in a bracketed title of pieces (【观澜湾 网格巡查 12.1】, 【网格巡查 12.11 海尚】):
        the one piece of Chinese characters beside a round's words (and perhaps its date); 【联合夜查 12.3】 names
        none."""
        pieces = list(TITLE_PIECE.finditer(title["body"]))
        rounds = [p for p in pieces if p.group().endswith(self._round_words)]
        told = [*rounds, *(p for p in pieces if any(ch.isdigit() for ch in p.group()))]
        names = [p for p in pieces if p not in told and self._title_piece(p.group())]
        if len(names) != 1 or not rounds or len(names) + len(told) != len(pieces):
            return None
        offset = title.start("body")
        return offset + names[0].start(), offset + names[0].end()

    @staticmethod
    def _title_piece(piece: str) -> bool:
        """A title's piece that can be an estate's name: characters only, not a section or shift (东片, 二组)."""
        return HANZI.fullmatch(piece) is not None and 2 <= len(piece) <= 8 and piece[-1] not in SECTIONS

    def _terse(self, text: str, head: int | None, end: int) -> bool:
        """The header at `head` is a terse note's first field: before a building, 小区, or the parties it names."""
        if _terse_head(text, head, end):
            return True
        return head is not None and head >= 0 and self._parties_header.match(text, end) is not None

    def _field_start(self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int, end: int) -> int | None:
        """Where the line starts, when the name ending at `end` is its terse note's first field and what opens the
        line could open a name."""
        field = _first_field(text, at, end)
        return field if field is not None and self._plain_opening(text, tokens, starts, field, at) else None

    def _plain_opening(self, text: str, tokens: Sequence[str], starts: Sequence[int], line: int, at: int) -> bool:
        """What opens the line at `line`, up to `at`, could open a name: no grammar, no pronoun, preposition or
        conjunction first, no one-character verb (我去前进村, 在城里 name nothing)."""
        first = tokens[_token_at(starts, line)] if tokens else ""
        tag = self.tags.get(first) or "x"
        odd = tag.startswith(("r", "p", "c", "u", "d")) or (len(first) == 1 and tag.startswith(NOT_A_FIRST_WORD))
        return GRAMMAR.isdisjoint(text[line:at]) and not odd

    def _opens_oddly(self, tokens: Sequence[str], starts: Sequence[int], start: int) -> bool:
        """The first word after 我是/我们 is no name's (这, 对, 老, 新 …): the speaker goes on about something else."""
        first = tokens[_token_at(starts, start)] if tokens else ""
        return (self.tags.get(first) or "x").startswith(NOT_A_FIRST_WORD)

    def _table_names(self, text: str) -> list[tuple[int, int, str]]:
        """The cells under a pasted table's name column (序号|小区|位置|问题, then 1|辛庄|5号|…)."""
        found: list[tuple[int, int, str]] = []
        columns: list[int] | None = None
        at = 0
        for line in text.split("\n"):
            if line.count("|") >= (2 if columns is None else 1):
                cells = table_cells(line, at)
                if columns is None:  # 社区|小区|…: the estate's column, not its office's
                    named = [(i, cell) for i, (_, _, cell) in enumerate(cells) if cell in self.lang.name_labels]
                    columns = [i for i, cell in named if cell != OFFICE_COLUMN] or [i for i, _ in named]
                else:
                    found += [cells[i] for i in columns if i < len(cells) and self._cell_name(cells[i][2])]
            at += len(line) + 1
        return found

    def _cell_name(self, cell: str) -> bool:
        return 2 <= len(cell) <= MAX_NAME + 4 and cell not in self.stops and CELL_NAME.fullmatch(cell) is not None

    def _framed(
        self, text: str, tokens: Sequence[str], starts: Sequence[int], start: int, end: int, found: list
    ) -> None:
        """A name framed by the words around it (我是…的业主, 巡查…发现): proper-looking, or ending like a name."""
        name = text[start:end]
        if ALL_OVER.match(text, end - 1 if name.endswith("满") else end - 3):
            return  # 一天到黑…满小区跑: all over the estate, framed by 到 only by chance
        strict = not name.endswith(self.lang.community_suffixes)
        if name.endswith("里") and name[:-1] in self.stops:
            return  # 说一下院子里的情况: inside the yard, no estate
        if name not in self.stops and (
            self._proper(name, tokens, starts, start, end, strict=strict) or self._known_place(name)
        ):
            found.append((start, end, name))

    def _counted_list(
        self, text: str, tokens: Sequence[str], starts: Sequence[int], match: re.Match[str], found: list
    ) -> None:
        """Each name of a counted list (see COUNTED_LIST); the first starts where a name ending before its 、 would."""
        items = [(m.start(), m.end()) for m in LIST_ITEM.finditer(text, match.start("list"), match.end("list"))]
        start, end = items[-1]
        joiner = next((at for at in range(start + 2, end - 1) if _whole_word(text, tokens, starts, at, "和")), None)
        if joiner is not None:  # 枫林晚和吴山里两个小区; not 和平里 nor 阳光和园
            items[-1:] = [(start, joiner), (joiner + 1, end)]
        count = to_int(match["count"])
        if count is None or len(items) < count:
            return
        items = items[-count:]
        first_start, first_end = items[0]
        walked = self._walk_back(text, tokens, starts, first_end, digits=False)
        first_start = walked if first_start < walked < first_end - 1 else first_start
        cut = max((text.rfind(ch, first_start, first_end - 1) for ch in BEFORE_A_NAME), default=-1)
        items[0] = (max(first_start, cut + 1), first_end)  # 东风路上天一、阳光苑两个小区: 天一
        for start, end in items:
            named = any(s <= start < e or e == end for s, e, _ in found)
            if not named and self._listed_name(text[start:end]):
                found.append((start, end, text[start:end]))

    def _proper_block(self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int) -> bool:
        """The words before a …楼 whose people or blocks follow name it (聚龙楼, 福华楼), no kind of building (高层楼,
        宿舍楼, 办公楼, 门面楼)."""
        start = self._walk_back(text, tokens, starts, at, digits=False)
        stem = text[start:at]
        return (
            len(stem) >= 2
            and text[start : at + 1] not in self.common
            and self.tags.get(text[start : at + 1]) is None
            and self._proper(stem, tokens, starts, start, at, strict=True)
        )

    def _listed_name(self, name: str) -> bool:
        """An item of a counted list that can be an estate's name: no number, place or common word (楼道、电梯厅
        两个小区, 号楼楼道 are none)."""
        if len(name) < 2 or PLACE_WORD_IN.search(name) or name in self.stops or self._ordinary(name):
            return False
        return not name.endswith(self._spot_words) and not name.startswith(self._tails)

    def _known_place(self, name: str) -> bool:
        """A place jieba knows by name (its tag s) that ends like an estate (东风里): framed as an estate, one."""
        stem = self._stem(name)
        return self.tags.get(name) == "s" and len(stem) >= 2 and stem not in self.stops

    def _stem(self, name: str) -> str:
        """What comes before the estate's ending a name closes with (东风 of 东风里); "" if it closes with none.
        The ending is the first of the list's that fits, found by looking up each length of ending there is."""
        rank_of, best, cut = self._ending_rank.get, len(self._endings), 0
        for k in self._ending_lengths:  # shortest first: the lengths past the name's are no ending of it
            if k > len(name):
                break
            rank = rank_of(name[-k:])
            if rank is not None and rank < best:
                best, cut = rank, k
        return name[:-cut] if cut else ""

    def _suffixed(
        self, text: str, tokens: Sequence[str], starts: Sequence[int], match: re.Match[str], found: list
    ) -> None:
        suffix, at, end = match.group(), match.start(), match.end()
        numbered_suffix = suffix in self.lang.numbered_suffixes
        if numbered_suffix:
            placed = BUILDING_ANCHOR.match(text, end) or HEADER_END.match(text, end)
            if not (placed or (PARTY_AFTER.match(text, end) and self._proper_block(text, tokens, starts, at))):
                return  # the test first: 楼 ends most 号楼 and 楼道, no name (华侨楼 @物业, 永兴楼各座 are names)
            if text[at - 1 : at] in NUMBERING:
                return  # 二十六号楼: a number and its building, no name
            if text[at - 1 : at] in "上下":
                return  # 带电瓶车上楼: going up, no building's name
        own_part = (  # 幸福南区, 桃园西区; not 天一小区南区 (a part of 天一小区), not 铁东区 (a district jieba knows)
            suffix in self.lang.estate_places and not text[:at].endswith(self._long_suffixes) and at in starts
        )
        if suffix.startswith(RESETTLED) and _extend_office(text, at, end, found):
            return
        if suffix == "城" and text.startswith(self.lang.campaign_offices, at - 1):
            return  # 竞秀区创城办, 城关镇创城指挥部: the campaign's office
        if any(s <= at < e for s, e, _ in found) or (text.startswith(self._estate_places, at) and not own_part):
            return
        if text[at - 1 : at] == suffix:
            return  # 谈南村村南头: the name ended at the first 村
        if suffix == "居" and text[at - 1 : at] in "邻家":
            return  # 飞满邻居阳台, 家居: neighbours and furnishings, no estate named …居
        jiefang = suffix == "坊" and text[at - 1 : at] == "街"
        if jiefang and self._neighbours(text, tokens, starts, at - 1) and not self._anchored(text, end):
            return  # 啲街坊, 欢迎街坊: the neighbours (长桥7街坊, 百万庄街坊 are blocks)
        if jiefang and PARTY_AFTER.match(text, at - 1):
            return  # 金城楼街坊反映: the estate's neighbours telling
        if (
            suffix in self._loose
            and text.startswith((*self._long_suffixes, "村"), end)
            and not text.startswith("村口", end)
        ):
            return  # 荔园新城, 窑湾村: the name ends at 新城, at 村 (李家寨村口 is 李家寨's 村口)
        if suffix in self._loose and text.startswith("街", end) and not text.startswith("街坊", end):
            return  # 洪山区杨柳湾街粮机厂家属院: a street named for the place, the estate after it
        lane_mouth = suffix in self.lang.lane_suffixes and text.startswith("口", end)
        if lane_mouth and text[:at].endswith(self._endings):
            return  # 梧桐里弄口: the mouth of 梧桐里's lane, not a lane named 梧桐里弄
        # 桃花坡村口, 油坊胡同口: the way into the name; 东二庄村口 is 东二庄's 村口
        village_mouth = suffix != "胡同" and text[:at].endswith(self._endings)
        gate = suffix in MOUTHED and text.startswith("口", end) and not village_mouth
        if gate and tokens:  # 刚进村口: the verb before it names nothing
            before = tokens[_token_at(starts, at - 1)]
            if before in self.lang.actions:
                return  # 清理村口暴露垃圾: the work to do at a village's mouth (前进村口 is 前进村's)
            gate = not (self.tags.get(before) or "x").startswith(("v", "d", "p", "r"))
        party_after = len(suffix) >= 2 and text.startswith(self.parties, end)  # 晨光花园管家: the estate's steward
        broken = text.startswith(self.lang.suffix_breakers, end) and not (lane_mouth or gate or party_after)
        if broken and not text.startswith("市场", end):
            return  # 城管, 村民, 新乡市; but 蓬洲新乡市场口 is the market of 蓬洲新乡
        if suffix == "新乡" and (text.startswith(CITY_AFTER, end) or text[:at].endswith(PROVINCES)):
            return  # 新乡贤, 河南新乡来的, 文明新乡风: the city or the word, no village
        if suffix in BRAND_ENDINGS and text.startswith(SHOPS, end):
            return  # 鲜果壹号水果店: a shop's name
        if suffix == "村" and text.startswith("道", end) and not text.startswith(VILLAGE_ROAD_PLACES, end):
            return  # 水南村那条村道: a village road, not a village named 那条村
        inside_lane = text.startswith(("里头", "里面", "里边"), end)  # 新华路45巷里头: inside the lane it names
        if suffix in self.lang.lane_suffixes and text.startswith("里", end) and not inside_lane:
            return  # 中山路88号院里: inside the courtyard of 中山路88号
        if suffix == "号院" and text.startswith("坝", end):
            return  # 铜锣坊12号院坝: the yard (院坝) of building 12, no courtyard named 12号院
        if suffix in self.lang.lane_suffixes and text[at - 1 : at] == "条":
            return  # 成条巷都系, 市场后面条巷: a lane counted by its measure word, no name
        numbered_house = suffix in ("巷", "弄") and HOUSE_NUMBER.match(text, end) is not None  # 荷叶弄6号前面
        lane_goes_on = (LANE_AFTER if suffix == "巷" else NAMED_LANE_AFTER).match(text, end) is not None
        named_lane = suffix in ("巷", "弄") and not _numeral(text[at - 1 : at]) and (lane_goes_on or numbered_house)
        if suffix in self.lang.lane_suffixes and not _numeral(text[at - 1 : at]) and not lane_mouth and not named_lane:
            return  # 泾阳路129弄, 丁公路北三巷, 马市弄口, 磨子巷巷口; never 弄好 or 弄堂
        if named_lane and not self._lane_name(text, tokens, starts, at):
            return
        numbered = not lane_mouth and not named_lane and not text[at - 1 : at].isdigit()
        if suffix in self.lang.lane_suffixes and numbered and not _after_road(text, at):
            return  # 丁公路北三巷, 瑶溪村三巷; 纸箱弄一弄 is a chore
        # Read this late, past the cheaper tests that rule out most endings: where the name stands.
        field = None if numbered_suffix else self._field_start(text, tokens, starts, at, end)
        """Where the line starts, when the name is a terse note's first field (前进村 …)."""
        anchored = numbered_suffix or field is not None or self._anchored(text, end)
        placed = suffix in self.lang.placed_suffixes and SQUARE_SIDES.match(text, end) is not None
        if suffix in self.lang.anchored_suffixes and not (anchored or placed):
            return  # 恒福广场对出骑楼底下, 云峰广场负一层: a square's sides and levels place an estate named so
        # A one-character ending needs a proper-looking stem, unless the name stands where names stand:
        # before a building, 居委 or a header's colon (同兴里 15号楼, 松竹园：).
        loose = suffix in self._loose and not anchored
        if text[at - 1 : at] in (" ", "\t") and suffix in SPACED_KINDS:
            self._spaced_from_kind(text, tokens, starts, at, found)
            return
        if text[at - 1 : at] in (" ", "\t") or (loose and self._inside_word(tokens, starts, at)):
            return
        if suffix == "围" and (text.startswith((*ASPECT, "墙", "上"), end) or text[at - 1 : at] in NEGATIONS):
            return  # 砌了道墙围了一块地, 围蔽处理, 冇遮冇围: the verb 围, no village's ending
        if suffix in self._loose and self._inside_word(tokens, starts, at, tags=("r",) if anchored else ("r", "v")):
            return  # 那里, 这里: a pronoun; 露营: a verb, unless a building follows (富安居3座)
        if suffix in self._loose and not anchored and self._place_opening(text, tokens, starts, at, end, found):
            return  # 桃源居有户人家…: a place name jieba knows, opening the sentence
        word = tokens[_token_at(starts, at)] if tokens else ""
        if suffix in self._loose and len(word) >= 3 and word in self.common:
            return  # 跨门经营, 占道经营: one of the parser's own terms
        if suffix == "里" and text[: at + 1].endswith(self._localisers):
            return  # 堆楼道里, 放院里: a place inside something, no estate's 里
        if suffix == "里" and PUT_INTO_YARD.search(text, 0, at + 1):
            return  # 电动车全推院儿里: put into the yard (东四六条院儿里: the yard of 东四六条)
        if suffix == "里" and text[at - 1 : at] == "子" and text[: at - 2].endswith(self._endings):
            return  # 丰乐村三社巷子里: inside the lanes of the name before (西关巷子里 is all there is)
        common_thing = suffix == "里" and text[at - 2 : at] in HOLLOW_THINGS
        if common_thing and (at < 3 or not hanzi(text[at - 3])):
            return  # ，巷子里2号楼: inside a common thing said alone, no estate's 里
        numbered_village = suffix in ("村", "街坊") and text[at - 1 : at].isdigit()  # 上南11村, 长桥7村
        digits = (
            suffix in self.lang.lane_suffixes or numbered_village or (len(suffix) >= 2 and text[at - 1 : at].isdigit())
        )
        start = self._walk_back(text, tokens, starts, at, digits, suffixed=True)
        start = self._opening_run(text, tokens, starts, start, at)  # 北岸澜庭: 北岸 stops the walk back
        start = start if field is None else field  # 前进村 …: the whole first word
        if digits and _numeral(text[at - 1 : at]):
            start = min(start, self._lane_road_start(text, tokens, starts, at))
        if len(suffix) >= 2 and _opens_short_stem(text, start, at):
            start -= 1
        stem = text[start:at]
        if text[start - 1 : start] == "楼" and stem[:1] in BESIDE_A_BUILDING:
            return  # 2号楼下小花园: a garden below the building, no estate
        named_for = self._staff_housing(text, stem, at) or _gate_named(text, stem, at)  # 公安新村, 南门坊
        if (stem in self.stops and not named_for) or (suffix == "楼" and NUMBERED_STEM.search(stem)):
            return  # 楼上人家, 二十六号楼: a place word or a number and an ending are no name
        before = tokens[_token_at(starts, at - 1)] if tokens and suffix == "院子" else ""
        own_yard = before in self._endings and len(stem) - len(before) >= 2 and stem[: -len(before)] not in self.stops
        if before and (self.tags.get(before) or "x")[:1] in "fs" and not own_yard:
            return  # 前面院子, 小区东边院子: a yard told by where it is (福寿里院子 is the yard of 福寿里)
        if stem[-1:] in RESULTS and (self.tags.get(stem) or "x").startswith("v"):
            return  # 货车乱停 堵住小区出入口: a verb and its result, then the estate, no name
        if suffix in OFFICE_YARDS and stem.endswith(ON_SITE_OFFICES):
            return  # 村委大院后面: the office's yard, no estate (公安大院, 环卫宿舍 house a service's staff)
        if self._after_adverb(tokens, starts, start):
            return  # 进一步规范小区公益广告设置: what an adverb leads is a verb's doing, no name
        moving = stem.endswith(MOTION) and bool(tokens) and tokens[_token_at(starts, at - 1)] in MOTION  # not 前进
        if ALL_OVER.match(text, at - 1) or (suffix == "小区" and moving):
            return  # 有货车进小区: going into the estate, whichever it is; 满小区跑, 满村跑: all over it
        inner = stem.endswith(self.lang.community_suffixes) and stem not in self.lang.community_suffixes
        if suffix in self._loose and not anchored and inner and suffix not in (*YARDS, *GRAND_ENDINGS):
            return  # 幸福园里有人…: inside 幸福园; 望园里8号楼 is a name; 福寿里院子: 福寿里's yard
        ordinary = self._ordinary(stem) and not (self._numbered(stem, anchored) or named_for or field is not None)
        branded = bool(stem) and text[start - 1 : start] in BRAND_DOT  # 滨海·璟园: a brand's estate of one character
        if len(stem) < (1 if len(suffix) >= 2 or branded else 2) or ordinary:
            return
        placed_only = placed and not anchored
        if (loose or placed_only) and not self._proper(stem, tokens, starts, start, at, strict=True):
            return  # 文化广场门口: a public square; 恒福广场对出: an estate
        if text[start:end] in self.common:
            return  # 电瓶车进楼: a problem's words, not an estate's
        start = _with_opening_conjunction(text, start)  # 和昌明珠小区
        opens = _opens_sentence(text, start - 1) or text[start - 2 : start - 1] in "了在到去从是"
        if suffix in DORMITORIES and text[start - 1 : start] == "老" and opens:
            start -= 1  # 老粮站宿舍: an old work unit's dormitory is named with its 老
        found.append((start, end, text[start:end]))

    def _district_word(self, piece: str) -> bool:
        """A district or county jieba knows as one word (小店区, 杏花岭区, 赛罕区, 东海县), not an area of an
        estate (桃源新区, 家属区)."""
        return (
            len(piece) >= 3
            and piece[-1] in "区县"
            and not piece.endswith(AREAS_NOT_DISTRICTS)
            and self.tags.get(piece) is not None
        )

    def _after_adverb(self, tokens: Sequence[str], starts: Sequence[int], start: int) -> bool:
        """The word before `start` is an adverb of official writing that leads a verb (进一步, 切实, 全面)."""
        return bool(tokens) and start > 0 and tokens[_token_at(starts, start - 1)] in self.lang.official_adverbs

    def _place_opening(
        self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int, end: int, found: list
    ) -> bool:
        """A word jieba knows as a place's name (ns), ending like an estate and opening a sentence (桃源居, 九龙湾),
        names the estate, though its stem alone is a common word (桃源): kept in `found` when so."""
        index = _token_at(starts, at) if tokens else 0
        if not tokens or starts[index] + len(tokens[index]) != end or len(tokens[index]) < 3:
            return False
        if self.tags.get(tokens[index]) != "ns" or not _opens_sentence(text, starts[index]):
            return False
        found.append((starts[index], end, tokens[index]))
        return True

    def _spaced_from_kind(self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int, found: list) -> None:
        """A proper name set apart by a blank from the kind of place it is (蜀韵天府 小区大门口): the name, as
        written before the blank."""
        end = len(text[:at].rstrip(" \t"))
        start = self._walk_back(text, tokens, starts, end, digits=False)
        stem = text[start:end]
        if len(stem) >= 3 and stem not in self.stops and self._proper(stem, tokens, starts, start, end, strict=True):
            found.append((start, end, stem))

    def _lane_name(self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int) -> bool:
        """A lane named by two or three characters of its own (磨子巷, 司前巷, 槐花坡巷), perhaps with its side
        (金沙东巷, 槐花坡北巷), not a common word or a place before a lane (祠堂后巷, 这条巷)."""
        start = self._walk_back(text, tokens, starts, at, digits=False, suffixed=True)
        stem = text[start:at]
        if len(stem) >= 3 and stem[-1] in LANE_SIDES:
            stem = stem[:-1]
        if not 2 <= len(stem) <= 3 or stem in self.stops or stem.endswith(self._endings):
            return False
        if "街" in stem or stem[-1] in "小串":
            return False  # 大街小巷, 走街串巷: all the streets, no lane named
        return not self._ordinary(stem) and not (self.tags.get(stem) or "").startswith(("v", "f", "s"))

    def _anchored(self, text: str, end: int) -> bool:
        """A name ending at `end` is followed by a building number, a header's end, its 居委, its grid worker,
        residents or committee telling or a report's 反映： (冬青里网格员, 冬青里居民又来讲了, 梧桐府的业委会主任讲,
        兰苑里反映：), a place in it (松竹园中心花园, 富民里门口), a phase (钱湾城一期) or the word 小区 (五象广场小区);
        a building, a place in it or 小区 perhaps after words of speech (胜利里啊那个七号楼, 长安世纪城那个消防通道)."""
        spoken = SPEECH_BETWEEN.match(text, end).end()
        return bool(
            text.startswith(self._long_suffixes, spoken)
            or self.phase.match(text, end)
            or _building_after(text, end)
            or HEADER_END.match(text, end)
            or PARTY_AFTER.match(text, end)
            or self._place_after.match(text, spoken)
            or self._headed.match(text, end)
            or self._listed_before(text, end)
        )

    def _listed_before(self, text: str, end: int, depth: int = 3) -> bool:
        """A name in a 、-list of names whose next one is surely a name (银河湾、东城名邸门口都有小广告): the list
        stands where names stand, though a one-character ending alone (河湾 is a word) would not say so."""
        joined = LIST_JOINER.match(text, end)
        if joined is None or depth == 0:
            return False
        run = HANZI_RUN.match(text, joined.end())
        return run is not None and any(
            len(m.group()) >= 2 or self._anchored_listed(text, joined.end() + m.end(), depth - 1)
            for m in self._suffix.finditer(run.group(), 1)
        )

    def _anchored_listed(self, text: str, end: int, depth: int) -> bool:
        """As `_anchored`, the list's own joiner counted at most `depth` names further on."""
        return self._listed_before(text, end, depth) or bool(
            _building_after(text, end) or self._place_after.match(text, SPEECH_BETWEEN.match(text, end).end())
        )

    @staticmethod
    def _numbered(stem: str, anchored: bool) -> bool:
        """A stem of numerals is a name where a name stands (七一里12号楼, 三八大院：); one of so many 里 from
        town is a village's anywhere (九里村, 十里铺, 五里墩)."""
        if DISTANCE.fullmatch(stem):
            return True
        if anchored and len(stem) == 2 and stem[0] in NUMERAL_OPENINGS and stem[1] not in COUNT_WORDS:
            return True  # 四方里17号楼, 四季里3号楼: a name opening with a numeral jieba reads as a number word
        return anchored and len(stem) >= 2 and all(ch in "一二三四五六七八九十" for ch in stem)

    def _inside_word(
        self, tokens: Sequence[str], starts: Sequence[int], at: int, tags: tuple[str, ...] = (*COMMON_TAGS, "t")
    ) -> bool:
        """A one-character ending inside a common word jieba knows (夜里, 城里) ends that word, not a name."""
        index = _token_at(starts, at)
        if starts[index] >= at:
            return False
        tag = self.tags.get(tokens[index])
        return tag is not None and tag not in PROPER_TAGS and tag.startswith(tags)

    def _header_end(self, match: re.Match[str]) -> int:
        """A header's name ends before the in-estate places or parties written after it (御景庭东门：)."""
        head, end = match["head"], match.end("head")
        while head.endswith(self._tails):  # one test for all of them first: most headers end in none
            tail = next((w for w in self._tails if head.endswith(w) and len(head) > len(w)), None)
            if tail is None:
                return end
            head, end = head[: -len(tail)], end - len(tail)
        return end

    def _works_before(self, tokens: Sequence[str], i: int) -> bool:
        """A school's or works' name before the 老 at token `i` (临沂一中老家属院), not a speaker's word (我们老宿舍:
        where we lived, no name)."""
        return i > 0 and tokens[i - 1] not in self.lang.speakers and tokens[i - 1] not in self.stops

    def _walk_back(
        self, text: str, tokens: Sequence[str], starts: Sequence[int], end: int, digits: bool, suffixed: bool = False
    ) -> int:
        """Where a name ending at `end` starts: back over tokens that can be part of a name. A token cut by
        `end` (都城 before 城) and a stop character among single ones (嘉和名邸: jieba splits an unknown
        name into characters) still belong to it."""
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end <= 0:
            return end
        index = _token_at(starts, end - 1)
        start = end
        for i in range(index, -1, -1):
            piece = text[starts[i] : min(starts[i] + len(tokens[i]), end)]
            adjacent = i == index and suffixed
            if end - starts[i] > MAX_NAME or _counted(tokens, i, piece):
                break
            if piece.endswith("里") and DISTANCE.fullmatch(piece) and piece == tokens[i]:
                start = starts[i]
                continue  # 五里墩新村: a village named for its distance from town
            if i < index and piece == tokens[i] and self._district_word(piece):
                break  # 小店区龙城锦苑, 城北区祁连苑: the district written before the name, no part of it
            if not self._name_part(piece, digits, adjacent):
                if self._opening_word(text, piece, starts[i]) or self._opening_direction(text, piece, starts[i]):
                    start = starts[i]  # 富强西里, 胜利东园: a name's first word may be a verb, at a line's opening
                break
            clipped = len(piece) < len(tokens[i])
            if i == index and self._zone_of_name(text, tokens, starts, i, piece):
                start = starts[i - 1]
                break  # 南岸东区14栋: the zone ends a name that has no other ending
            if adjacent and piece == "门" and i > 0 and self._gate_name(tokens[i - 1]):
                start = starts[i]
                continue  # 合江门小区, 玉带门小区: a place named after a city gate
            if piece in ("和", "与", "及", "跟", "同") and text[: starts[i]].endswith(self._endings):
                break  # 华丰城和富安居: two names joined, not one
            if piece in ("说", "讲") or (len(piece) <= 2 and piece.endswith("着") and not clipped):
                break  # 测评组说赭山里…: what someone said; 堵着小区北门: what something does; no name holds these
            if piece in CLAUSE_ENDS or (piece == "多" and i > 0 and tokens[i - 1].endswith("点")):
                break  # 八点多了紫蓬山庄, 港啊汇景公馆, 巡到淞瑞苑, 七点多泰和新村: no name holds these
            if not clipped and len(piece) >= 2 and (self.tags.get(piece) or "").startswith("c"):
                break  # 摊摊然后小区里面: a conjunction joins what is said, no name holds it
            if not adjacent and not clipped and _deictic_time(piece, self.tags.get(piece)):
                break  # 今晚韩江公寓: the time something happened, said before the name (春天阳光 is a name)
            if (
                piece in self.stops
                and not clipped
                and not (adjacent and piece in self._loose)  # 幸福里小区: 里 is part of the name before 小区
                and not (
                    adjacent and piece == "楼" and i > 0 and HANZI.fullmatch(tokens[i - 1]) and len(tokens[i - 1]) == 2
                )
                and not _among_single(tokens, i, self.stops, self.tags, before_suffix=adjacent)
                and not self._opening_direction(text, piece, starts[i])
                and not self._leading_localiser(tokens, i)
                and not (adjacent and self._staff_housing(text, piece, end))
                and not (
                    piece == "老"
                    and self._works_before(tokens, i)
                    and text.startswith(HOUSING_AFTER_OLD, starts[i] + 1)
                )
                and not (adjacent and _gate_named(text, piece, end))
                and not (piece in CITY_GATES and _opens_sentence(text, starts[i]))  # 北门桥小区: named for the gate
            ):
                break
            inside_name = adjacent and piece.endswith("里") and piece not in self.lang.inside_words  # 观山里小区
            if not clipped and not inside_name and self._breaking.fullmatch(piece):
                break
            if not clipped and self._verb_phrase(tokens, i, adjacent):
                break
            if adjacent and piece in DUMPING:
                break  # 全扔小区主道边上: a problem's verb before 小区, no name's last word (桂花苑 keeps its 花)
            if adjacent and _motion_to(piece, self.tags.get(piece)):
                break  # 把狗领到小区花园里: where the dog was taken, no name
            start = starts[i]
        return start

    def _common_after_ending(self, name: str) -> int:
        """Where a name ends when an everyday noun follows its ending (后坑村老房子: 后坑村), or an adjective of
        the place after it (沙溪新村旧祠堂: 沙溪新村), else 0; a second ending (锦绣村花园) or a word jieba does not
        know (大岙村叶家) keeps the whole."""
        for at in range(len(name) - 1, 1, -1):
            rest = name[at:]
            if name[:at].endswith(self._endings) and not rest.endswith(self._endings):
                tag = self.tags.get(rest) or ""
                common = tag == "a" if len(rest) == 1 else tag.startswith("n") and tag not in PROPER_TAGS
                if common and self._named(name[:at]):
                    return at
        return 0

    def _no_brand(self, word: str) -> bool:
        """A title or common word before a dot (今日问题, 督办, 创全巡查), not a developer's brand (碧桂园, 保利)."""
        return any(w in word for w in (*self.lang.header_words, *TITLE_WORDS)) or word in self.stops

    def _zone_of_name(self, text: str, tokens: Sequence[str], starts: Sequence[int], i: int, piece: str) -> bool:
        """A zone word (东区) right before the anchor, after a word that opens its sentence and is no name
        with an ending of its own (南岸东区, not 清泉坝小区北区)."""
        if piece not in ZONES or i == 0:
            return False
        before = tokens[i - 1]
        return (
            len(before) >= 2
            and HANZI.fullmatch(before) is not None
            and before not in self.stops
            and not before.endswith(self._endings)
            and not before.endswith(FACILITY_ENDS)
            and _opens_sentence(text, starts[i - 1])
        )

    def _before_position(self, item: tuple[int, int, str]) -> tuple[int, int, str]:
        """A name read with a spot at it glued on (钱桥村村口小河, 新安村小桥边上): the name up to its ending,
        when what follows starts or ends with a word of position. 南村花园 is a name: 花园 places nothing."""
        start, _, name = item
        for at in range(2, len(name) - 1):
            if not name[:at].endswith(self._endings) or name[:at].endswith(self.lang.lane_suffixes):
                continue
            rest = name[at:]
            if rest.startswith(self._positions) or rest.endswith(self._positions):
                return start, start + at, name[:at]
        return item

    def _staff_housing(self, text: str, piece: str, end: int) -> bool:
        """A party's name before an ending of staff housing names the housing (公安新村, 环卫宿舍), no party."""
        return piece in self.lang.party_aliases and text.startswith(self.lang.staff_housing_suffixes, end)

    def _leading_localiser(self, tokens: Sequence[str], i: int) -> bool:
        """A one-character localiser (上, 下, 前 …) after a pronoun, a verb or a stop word, before single
        characters: it has no noun to place, so it opens a name jieba does not know (阿拉上塘苑)."""
        if len(tokens[i]) != 1 or not (self.tags.get(tokens[i]) or "").startswith("f") or i == 0:
            return False
        if i + 1 >= len(tokens) or len(tokens[i + 1]) != 1 or not hanzi(tokens[i + 1]):
            return False
        before = tokens[i - 1]
        return before in self.stops or (self.tags.get(before) or "x").startswith(("r", "v", "p"))

    def _named(self, rest: str) -> bool:
        """What is left once a word before it is dropped is a name: two characters or more besides an ending
        (开发区家属院 keeps its 开发区: 家属院 alone names nothing)."""
        ending = min((s for s in self.lang.community_suffixes if rest.endswith(s)), key=len, default="")
        return len(rest) - len(ending) >= 2

    def _opening_run(self, text: str, tokens: Sequence[str], starts: Sequence[int], start: int, end: int) -> int:
        """Where a name before a building starts when all that stands before it in its sentence is plain
        words (锦绣南岸C座: 南岸 is a word of direction the walk back stops at): the sentence's opening, after the
        parties it opens by @-mentioning (@物业 @居委会 青年路宿舍院内…)."""
        if start == 0 or text[start - 1] in OPENINGS:
            return start  # the name already opens its sentence (most names)
        opening = max(text.rfind(mark, 0, start) for mark in OPENINGS) + 1
        mentions = OPENING_MENTIONS.match(text, opening)
        if mentions and mentions.end() <= start:  # not past a place word (@城管 县医院后面新寨那边…: 新寨)
            opening = opening if any(p in text[mentions.end() : start] for p in self._positions) else mentions.end()
        if opening == start - 1 and text[opening] in VILLAGE_OPENERS:
            return opening  # 上沙东村, 伊河湾小区 opening the sentence: the walk back stopped at its first
        if end - opening <= MAX_NAME and self._plain(tokens, starts, opening, end):
            return opening
        return start

    def _plain(self, tokens: Sequence[str], starts: Sequence[int], start: int, end: int) -> bool:
        """Words that can all stand in a name: none a stop word or a verb of acting (今天在清水家园转了一圈 is a
        sentence, 锦江南岸 a name)."""
        if end - start > MAX_NAME:
            return False
        index = _token_at(starts, start)
        while index < len(tokens) and starts[index] < end:
            word = tokens[index]
            if word in self.stops or word in self.lang.actions or not word or HANZI.fullmatch(word) is None:
                return False
            if self._district_word(word):
                return False  # 小店区龙城锦苑: the district before a name is no word of it
            tag = self.tags.get(word)
            if (tag or "x").startswith(NOT_PLAIN) or CLOCK.fullmatch(word) or _deictic_time(word, tag):
                return False  # 昨晚, 刚刚, 举报, 七点…: words of time, manner or speech, no name's
            if word in self.common and word not in self.tags:
                return False  # 挂在, 搭在: a problem's words jieba does not know, no name's
            index += 1
        return True

    def _opening_word(self, text: str, piece: str, at: int) -> bool:
        """A word of two characters opening a line or sentence, a verb or an adjective of the kind estates
        are named with (富强, 胜利, 幸福), never one of acting or speech (清理, 发现)."""
        if at and text[at - 1] not in SENTENCE_BOUNDARY and text[at - 1] not in " \t)】":
            return False
        tag = self.tags.get(piece)
        return (
            len(piece) == 2
            and tag in ("v", "vn", "a", "an")
            and piece not in self.stops
            and piece not in self.lang.actions
            and piece[-1] not in PREPOSITIONS  # 走到, 搬去: a way there, no name's first word
            and HANZI.fullmatch(piece) is not None
        )

    def _opening_direction(self, text: str, piece: str, at: int) -> bool:
        """A direction word opening a sentence or list item is a name's first character (后坑里3号楼,
        前进村): names start with 前/后/上/下 where no sentence would."""
        opening = at == 0 or text[at - 1] in SENTENCE_BOUNDARY or text[at - 1] in " \t)"
        if len(piece) == 2 and piece[-1] in SIDES:
            return False  # 前面, 东边, 里头: where something is, no name's opening (南岸雅筑, 河西新苑 are names)
        return opening and len(piece) <= 2 and self.tags.get(piece) == "f"

    def _lane_road_start(self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int) -> int:
        """Where the road of a numbered lane begins (四平路1188弄, 丁公路北三巷): the road's name is read as a
        road's, whatever kind of word jieba takes it for (四平路 is a numeral to it)."""
        number = _lane_number_start(text, at, ROAD_ENDS)
        return at if number is None else self._road_start(text, tokens, starts, number)

    def _road_start(self, text: str, tokens: Sequence[str], starts: Sequence[int], end: int) -> int:
        """Where a road's name begins: back over Chinese words, whatever their kind (光复中路), to a stop
        word, a blank or punctuation."""
        start = end
        for i in range(_token_at(starts, end - 1), -1, -1):
            piece = text[starts[i] : min(starts[i] + len(tokens[i]), end)]
            if end - starts[i] > MAX_NAME or HANZI.fullmatch(piece) is None:
                break
            if piece in PARTICLES or (piece[-1] in PREPOSITIONS and (self.tags.get(piece) or "x").startswith("v")):
                break  # 请到四平路1188弄, 走到丁公路北三巷: 到 is no road's
            opening = starts[i] == 0 or text[starts[i] - 1] in SENTENCE_BOUNDARY or text[starts[i] - 1] in " \t"
            opens_road = opening and len(piece) == 1 and self.tags.get(piece) not in ("p", "c", "v", "r")
            its_ending = starts[i] + len(piece) == end and piece in ADDRESS_ENDS  # 胡家牌坊街: jieba cuts 街 alone
            named_for = start < end and text[start:end] in ROAD_ENDS and (self.tags.get(piece) or "x")[0] == "n"
            if named_for and piece in self.stops:
                start = starts[i]
                continue  # 胡家牌坊街: a road named for a thing, a word the walk stops at elsewhere
            if piece in self.stops and not (opens_road or its_ending or _gate_road(text, starts[i] + len(piece))):
                break  # a single character opening a sentence is the road's (上塘路, 经七路), unless 在/和…
            start = starts[i]
        return start

    def _verb_phrase(self, tokens: Sequence[str], i: int, adjacent: bool = False) -> bool:
        """Part of a problem's wording, not of a name: a word of the taxonomy that jieba does not know
        (搭在, 挂在, 乱停), or an amount right after a verb (说一下) — not a numeral right before the
        ending (水围二坊)."""
        word, tag = tokens[i], self.tags.get(tokens[i])
        if tag is None:
            return word in self.common and len(word) > 1
        before = self.tags.get(tokens[i - 1]) if i > 0 else None
        amount = tag.startswith("m") and len(word) > 1  # 说一下; a numeral alone opens a name (讲九莲新村)
        return not adjacent and amount and before is not None and before.startswith("v")

    def _gate_name(self, word: str) -> bool:
        """A gate's own name (合江, 玉带, 清凉): a proper name, or a two-character noun or adjective that is no
        place word."""
        tag = self.tags.get(word) or ""
        return tag in PROPER_TAGS or (tag in ("n", "a") and len(word) == 2 and word not in self.stops)

    def _name_part(self, token: str, digits: bool, adjacent: bool) -> bool:
        """Can be part of a name; the word right before a suffix may be any word (延长新村, 光复苑)."""
        if digits:
            if not all(hanzi(ch) or ch.isdecimal() for ch in token):
                return False
        elif HANZI.fullmatch(token) is None:
            return False
        tag = self.tags.get(token)
        simple = len(token) == 1 or token in self.stops or tag is None
        poetic = tag == "t" and not _timed(token)  # 钱塘明月: jieba tags 明月 a time, 春晓 too
        return adjacent or simple or poetic or not tag.startswith(FUNCTION_TAGS)

    def _ordinary(self, stem: str) -> bool:
        """One dictionary word of an ordinary kind (满, 整个, 附近) is not a name's stem."""
        tag = self.tags.get(stem)
        if len(stem) == 1:
            return tag is not None and tag.startswith(("a", "v", *NOT_A_STEM))
        return tag is not None and tag.startswith(NOT_A_STEM)

    def _proper(
        self, name: str, tokens: Sequence[str], starts: Sequence[int], start: int, end: int, strict: bool
    ) -> bool:
        """Looks like a proper name: not one common word; with `strict`, some part of it jieba does not
        know as a common word (a run of single characters, a proper-name tag, an unknown word)."""
        if len(name) < 2 or self._ordinary(name) or (strict and not GRAMMAR.isdisjoint(name)):
            return False
        if name[-1] == name[-2] and not name.endswith(self._endings):
            return False  # 一排排沿街挂着, 乱糟糟门口: how things are (a doubled word), not where
        if name in self.tags or name in self.common:
            return self._unknown(name)
        if name[-1] in NOUN_SUFFIXES and self._spoken_thing(tokens, starts, end):
            return False  # 塑料袋子饭盒子 5栋: things, said with their spoken ending, before a building
        if self._told_of(name, tokens, starts, end):
            return False
        if not strict:
            return True
        index = _token_at(starts, start)
        parts = []
        while index < len(tokens) and starts[index] < end:
            parts.append(text_piece(tokens[index], starts[index], start, end))
            index += 1
        singles = sum(1 for p in parts if len(p) == 1)
        return singles >= 2 or any(self._unknown(p) for p in parts if len(p) > 1)

    def _told_of(self, name: str, tokens: Sequence[str], starts: Sequence[int], end: int) -> bool:
        """A list line's problem, a thing and what it does, where a terse note puts a name (4 灭火器过期 2幢, 3、沿河
        栏杆松动): it ends in a verb or an adjective of more than one character, as no estate's name does, or names one
        of the parser's things and then what jieba tags as time (过期; 江南春晓's 春晓 is tagged so too)."""
        if not tokens or name.endswith(self._endings):
            return False
        last = tokens[_token_at(starts, end - 1)]
        first = tokens[_token_at(starts, end - len(name))]
        thing = len(first) >= 3 and name.startswith(first) and first in self.common  # 灭火器过期: jieba's 过期 is time
        said = (self.tags.get(last) or "x")[:1] in ("v", "a") or (thing and self.tags.get(last) == "t")
        return len(last) >= 2 and name.endswith(last) and said

    def _said_of_a_thing(self, name: str) -> bool:
        """What a thing is like, what was put or kept where or where it went, in characters jieba does not know as
        one word: 忒响居委会 and 味儿贼大居委会 (very loud, a strong smell, then the office told), 放猫粮居委会 (cat
        food put out), 压草里 and 扔进桶里 (pressed into the grass, thrown into the bin)."""
        if name.endswith("群里"):
            return True  # 拍照发群里: the chat group, no estate
        if name[-1] in PUT_THERE and not name.endswith(self._endings):
            return True  # 冬储大白菜搁楼道里: what was put there, then where
        if len(name) >= 2 and name[-2] in DEGREE:
            return name[-2:] not in self.tags  # 忒响, 味儿贼大
        if len(name) == 3 and name[0] in PUT_OR_KEPT and not name.endswith(self._endings):
            return name not in self.tags  # 天天放猫粮居委会去…, 养鸽子就是五栋: what was put there or kept
        return len(name) == 3 and name[-1] == "里" and name[0] in INTO and name[:2] not in self.tags

    def _spoken_thing(self, tokens: Sequence[str], starts: Sequence[int], end: int) -> bool:
        """The name ends in a common noun and its spoken ending 子 or 儿 (饭盒子, 板凳儿), each a word of its own."""
        last = _token_at(starts, end - 1)
        return (
            last > 0
            and tokens[last] in NOUN_SUFFIXES
            and len(tokens[last - 1]) >= 2
            and self.tags.get(tokens[last - 1]) == "n"
        )

    def _unknown(self, part: str) -> bool:
        """A part of a name jieba does not know as a common word."""
        if len(part) == 1:
            return True
        if part in self.common:
            return False
        tag = self.tags.get(part)
        return tag is None or tag in PROPER_TAGS or not tag.startswith(COMMON_TAGS)

    def _trimmed(self, text: str, item: tuple[int, int, str], edges: set[int]) -> tuple[int, int, str] | None:
        """Drops an in-estate place or a phase glued after a name (平吉雅居中心花园 → 平吉雅居, 月亮湾二期小区
        → 月亮湾, 东二庄村口 → 东二庄), the ending said twice (谈南村村南头 → 谈南村), and a district or a word
        of speech glued before it (海沧区东方花园, 兀那煤机厂宿舍, 一圈柏林庄); a place inside an estate alone
        (中心花园) and a place that is no estate (合作社, 幼儿园) name none. A word of speech dropped before a
        name ends at one of the message's words (白天鹅花园 and 在水一方 keep their 白天 and 在)."""
        start, end, name = item
        if name in BEING_AT:
            return None  # 刚在15幢后面巡了一圈: just now at building 15, no estate
        dot = max(name.rfind(d) for d in BRAND_DOT)
        if dot > 0 and name[:dot].endswith(ADMINISTRATIVE):
            start, name = start + dot + 1, name[dot + 1 :]  # 梁溪区崇宁街道·清名坊: the estate, where it is before
        if name in self._cities:
            return None  # 蚌埠 淮畔春晓三期: the city, then the estate
        if self._stem(name) in POINTED_STEMS:
            return None  # 晾辣海小区门口 (晾在那小区门口): that estate, pointed at, no name
        yard = _after_ending(name, YARDS, self._endings)
        if yard and len(name) - len(yard) >= 2:
            end, name = end - len(yard), name[: -len(yard)]  # 紫阳坊老院子: the estate's yard (农机站老院子 is one)
        timed = _after_ending(name, TIMES_AFTER, self._endings)
        if timed and len(name) - len(timed) >= 2:
            end, name = end - len(timed), name[: -len(timed)]  # 月亮湾今早检查: the estate, then when
        seen = SEEN_BEFORE.match(name)
        if seen and len(name) - seen.end() >= 2:
            start, name = start + seen.end(), name[seen.end() :]  # 今早在青春里: when, where to, then the estate
        if len(name) > 3 and name.endswith("的"):
            end, name = end - 1, name[:-1]  # 桃李苑的七栋: the estate's building, 的 no part of the name
        if name.endswith("的小区") and name[:-3].endswith(self._endings) and len(name) > 5:
            end, name = end - 3, name[:-3]  # 紫荆苑的小区宣传栏: the estate, then 小区 said of it again
        building = TRAILING_BUILDING.search(name)
        if building is not None and name[: building.start()].endswith(self._endings):
            end, name = start + building.start(), name[: building.start()]  # 丝雨花园六号楼那块儿: the estate
        spoken = next((len(w) for w in ("那个小区", "这个小区", "那个", "这个") if name.endswith(w)), 0)
        if len(name) - spoken >= 2 and spoken:
            end, name = end - spoken, name[:-spoken]  # 云水湾那个小区: the estate, then a word of speech before 小区
        dated = DATE_BEFORE.match(name)
        if dated and (dated.end() > 1 or _numeral(text[start - 1 : start])) and len(name) - dated.end() >= 2:
            start, name = start + dated.end(), name[dated.end() :]  # 12月2日东原湾: the day, then the estate
        here = next((len(h) for h in HERE_IN_SPEECH if name.startswith(h) and len(name) - len(h) >= 3), 0)
        start, name = start + here, name[here:]  # 咱这旮沓卫星路小区: here, then the estate
        work = self._work_opening.match(name)
        if work and start + work.end() in edges and self._named(name[work.end() :]):
            start, name = start + work.end(), name[work.end() :]  # 请物业清理长青苑8幢…: the work, then the estate
        pointer = max((name.rfind(p) + len(p) for p in INNER_POINTERS if p in name[1:]), default=0)
        if 0 < pointer <= len(name) - 3:
            start, name = start + pointer, name[pointer:]  # 芙蓉街这块曲水亭街17号院: where, then the estate
        of = name.rfind("的", 1, -3)
        if of > 0 and name.endswith(self._endings) and self._named(name[of + 1 :]):
            start, name = start + of + 1, name[of + 1 :]  # 李家沱的马王坪新村: where it is, then the estate
        if name.endswith(self.lang.not_estates) or name in self.stops or text.startswith(self.lang.subdistricts, end):
            return None  # 塔山街道 八字桥社区: the sub-district, not an estate
        stem = self._stem(name)
        if len(stem) >= 3 and stem in self.common:
            return None  # 宣传画社区统一印好了: one of the parser's own terms, then the office (石板村 is a village)
        if name.endswith(self._localisers_all) and not name.endswith(self._endings):
            return None  # 河浜边上: a place beside something, no estate
        if name.removesuffix("小区") in self._localisers_all:
            return None  # 15号楼边上小区主干道: 小区 is the estate already named, 边上 no name
        if BARE_ROAD.fullmatch(name):
            return None  # 和平路沿街, 九华山路交叉口: a road or a junction, no estate (泾阳路129弄 is one)
        if name.endswith(PARKS) and not _building_after(text, end):
            return None  # 点位：幸福公园: a public park; 万科翡翠公园12号楼 is an estate named so
        if name.endswith("社区") and name[:-2].endswith(self.lang.recipients):
            return None  # 处理并回复社区: the office told, no estate
        if name.startswith("原") and text[start - 1 : start] == "(":
            return None  # 星光里（原罐头厂宿舍）: the estate's former name, in brackets
        opened = BRACKET_OPENED.search(text, max(start - 2, 0), start)
        named_before = opened is not None and text[: opened.start()].endswith(self._endings)
        if named_before and not OUR_PLACE.search(text, 0, opened.start()):
            return None  # 新风坊（老粮站宿舍）: the other name of the estate before (俺们小区（华山新苑） names it)
        if name[-1] in TELLING_VERBS and text.startswith(self.parties, end):
            return None  # 吓得哇哇哭让居委会去…: a verb of telling, then the office told
        hum = len(name) - len(name.lstrip("嗯呃"))
        if hum and len(name) - hum >= 3:
            start, name = start + hum, name[hum:]  # 嗯长港路38号院: a hum said before the name
        hummed = name.find("嗯", 2)
        if hummed > 0 and name[:hummed].endswith(self._endings):
            end, name = start + hummed, name[:hummed]  # 东湖村嗯村口: the estate, a hum, then a place of it
        if len(name) > 2 and name[-1] == name[-2] and name.endswith(self.lang.community_suffixes):
            end, name = end - 1, name[:-1]
        if len(name) > 3 and name[-1] == name[-3] and name[-2] in "进出回入" and name.endswith(self._endings):
            end, name = end - 2, name[:-2]  # 锦埔社进社的主干道: the way into 锦埔社
        said_with_er = ER_PLACE.search(name, 2)
        if said_with_er is not None:
            end, name = start + said_with_er.start(), name[: said_with_er.start()]  # 槐树岭南口儿: the mouth of 槐树岭
            if self.tags.get(name) == "n" and not name.endswith(self._endings):
                return None  # 楼门口儿: the mouth of a common thing, the building's door
        side_lane = SIDE_LANE.search(name)
        if side_lane is not None:
            end, name = start + side_lane.start(), name[: side_lane.start()]  # 221弄南弄口: the south mouth
        if name.endswith("口") and name[:-1].endswith((*MOUTHED, *self.lang.lane_suffixes)):
            end, name = end - 1, name[:-1]  # 板凳胡同口那儿: the mouth of 板凳胡同
        if COUNTED.search(text, max(start - 2, 0), start) and not name.endswith(self._endings):
            return None  # 只剩一个灰桶 3号楼: a thing counted, then a building
        if self._said_of_a_thing(name):
            return None
        if name.endswith("里") and PUT_INTO.search(text, max(start - 6, 0), start) and not _building_after(text, end):
            return None  # 油水倒在路边阴沟里: where it was put, no estate (堆在东风里3号楼门口 keeps 东风里)
        if len(name) > 3 and name[0] == "儿" and name[1] not in "童女子" and HANZI.fullmatch(text[start - 1 : start]):
            start, name = start + 1, name[1:]  # 说一声儿和平东里: the 儿 of the word before, said with its ending
        if len(name) > 3 and name.startswith(("半", "刻", "多")) and text[start - 1 : start] == "点":
            start, name = start + 1, name[1:]  # 七点半福屿小区: the half hour said before the name
        said_before = SAID_BEFORE.match(name)
        if said_before is not None and len(name) - said_before.end() >= 3:
            start, name = start + said_before.end(), name[said_before.end() :]  # 十一点多荻溪苑, 第一站博雅花园
        if len(name) > 3 and name.startswith("上") and text[start - 1 : start] in ("早", "晚"):
            start, name = start + 1, name[1:]  # 今朝早上翠堤新村: the morning said before the name
        road = ROAD_BEFORE.match(name)
        if road is not None and (not name.endswith(self._endings) or name.endswith(self.lang.lane_suffixes)):
            road = None  # 青年路北院, 丁公路北三巷: the road is the name's; 海东路北垣新村: the estate after the road
        city = self._district_name.match(name)
        if city is not None and WORK_UNIT_HOUSING.fullmatch(name, city.end()):
            city = None  # 无锡电缆厂宿舍: the city is the work unit's name
        if city is not None and ROAD_OF_PLACE.match(name, city.end()):
            city = None  # 朝阳北大街102号院: a road named after the district, its name whole
        district = DISTRICT.match(name) or road or city
        stop = self._opening_stop.match(name)
        stop = None if stop is not None and _gate_road(name, stop.end()) else stop
        opening = district or stop or _preposition(name, self.lang)
        at_edge = opening is not None and (district is not None or start + opening.end() in edges)
        if text[start - 1 : start] in "那这" and name[:1] in REFERENCE_MEASURES:
            return None  # 那片老楼 6号楼: the old blocks pointed at, no name
        titles = self.lang.person_titles
        title = next((t for t in titles if name.startswith(t)), "") if name.startswith(titles) else ""
        if title:  # 网格员小应：a person; 楼长 and an estate's name after it, the estate
            return None if not name.endswith(self._endings) else (start + len(title), end, name[len(title) :])
        if at_edge and self._named(name[opening.end() :]) and name[opening.end() :] not in self._endings:
            start, name = start + opening.end(), name[opening.end() :]
            road_after = ROAD_BEFORE.match(name) if district is not None else None  # 河东区椿树道丰泽里
            if road_after is not None and name.endswith(self._endings) and self._named(name[road_after.end() :]):
                start, name = start + road_after.end(), name[road_after.end() :]
        said = SAID_AFTER.search(name)
        if said is not None and name[: said.start()].endswith(self._endings) and self._named(name[: said.start()]):
            end, name = start + said.start(), name[: said.start()]  # 百蓬村有间出租屋, 荔晶苑两件事：
        cut = self._common_after_ending(name)
        if cut:
            end, name = start + cut, name[:cut]  # 后坑村老房子那片：the old houses of 后坑村
        zone = INNER_ZONE.search(name)
        if INNER_ZONE.fullmatch(name) and not name.endswith("区"):
            return None  # 长岗村：1、二巷8号门口: a lane of the village named before
        road_end = self._road_named(text, item=(start, end, name))
        if road_end is not None:
            end, name = road_end, name[: road_end - start]
        if zone is not None and name[: zone.start()].endswith(self._endings) and self._named(name[: zone.start()]):
            end, name = start + zone.start(), name[: zone.start()]
        if name.endswith("里") and name[:-1] in self._estate_places:
            return None  # 20号楼南边儿小花园里: inside a place of the estate, no name
        item = start, end, name
        inside = self._inside.search(name)
        if (
            inside is not None
            and name[inside.start() :] in ZONES
            and not name[: inside.start()].endswith(self._long_suffixes)
        ):
            return item  # 南岸东区, 桃园西区: the zone is the name's ending (天一小区南区 is a part of 天一小区)
        if inside is None:
            return self._before_position(item)
        if inside.start() == 0:
            return None
        if inside.start() >= 2:
            return start, start + inside.start(), name[: inside.start()]
        return item

    def _neighbours(self, text: str, tokens: Sequence[str], starts: Sequence[int], at: int) -> bool:
        """街坊 at `at` is the word for neighbours: nothing, or a word of grammar (a verb, pronoun, measure
        word …), stands before it, not a number or a name."""
        if at == 0 or not tokens:
            return True
        before = tokens[_token_at(starts, at - 1)]
        if before.isdigit():
            return False
        tag = self.tags.get(before)
        return (tag is None and len(before) == 1) or (tag or "").startswith(("v", "r", "u", "d", "p", "q", "m", "c"))

    def _office_named(self, text: str, item: tuple[int, int, str]) -> bool:
        """A name ending in 社区 that stands as a party: another party joined after it (请盐渎社区、物业), or alone in
        a pasted table's cell under a column of parties (…|湓浦社区|11月6日)."""
        start, end, name = item
        if not name.endswith("社区"):
            return False
        cell = text[start - 1 : start] == "|" and text[end : end + 1] == "|"
        return self._office.match(text, end) is not None or (cell and self._party_column(text))

    def _party_column(self, text: str) -> bool:
        """A pasted table heads a column of parties (…|责任单位|…, …|整改责任单位|…): a 社区 alone in a cell is one."""
        labels = self.lang.party_labels
        rows = (line for line in text.split("\n") if "|" in line)
        return any(canonical_label(cell, labels) in labels for row in rows for _, _, cell in table_cells(row, 0)[1:])

    def _road_named(self, text: str, item: tuple[int, int, str]) -> int | None:
        """Where a name ends whose last ending begins a road's name after it (岑边村新村路15号: 新村路 is the
        road, 岑边村 the village), else None."""
        start, end, name = item
        if not text.startswith(ROAD_AFTER, end):
            return None
        cut = next((k for k in range(len(name) - 1, 1, -1) if name[:k].endswith(self._endings)), None)
        return None if cut is None else start + cut


def _with_opening_conjunction(text: str, start: int) -> int:
    """A sentence never opens with 和/与/同, nor does one follow 是/在/住: one standing there is a name's first
    character (和瑞上品北门, 我是和美家园15号楼的)."""
    joined = start >= 1 and text[start - 1] in "和与同"
    if joined and (_opens_sentence(text, start - 1) or text[start - 2 : start - 1] in ("是", "在", "住")):
        return start - 1
    return start


DEICTIC_START = (*"今昨明前后刚近", "最近")
TIME_UNITS = frozenset("天日晚早晨夜年周午儿才朝宵晌期季节次段旬代世来后")
"""What follows the first character of a word jieba tags as time when it is one (明天, 上周, 今晚, 近来, 今后),
not a word of names (明月, 春晓)."""
DAY_PARTS = frozenset({"早上", "晚上", "上午", "下午", "中午", "傍晚", "凌晨", "夜里", "清早", "一早"})


def _timed(word: str) -> bool:
    """A unit of time follows the word's first character (明天, 上周; not 明月)."""
    return not TIME_UNITS.isdisjoint(word[1:])


def _deictic_time(word: str, tag: str | None) -> bool:
    """A time said from today (今晚, 昨天, 刚才, 早上), not a word of time that names things (春天, 现代, 未来)."""
    if len(word) < 2 or not (tag or "").startswith("t"):
        return False
    said_from_today = word.startswith(DEICTIC_START) and (word in DEICTIC_START or _timed(word))
    return said_from_today or word in DAY_PARTS


def _opens_sentence(text: str, start: int) -> bool:
    """`start` opens the text, a sentence or a clause (a blank only at the very start: 「 理想星光那边」)."""
    return start == 0 or text[start - 1] in SENTENCE_BOUNDARY or (text[start - 1] in " \t" and start < 2)


def _among_single(
    tokens: Sequence[str], i: int, stops: frozenset[str] | set[str], tags: TagTable, before_suffix: bool = False
) -> bool:
    """A single character after a single character that is no stop word, and before another one or
    right before the name's ending: inside a name jieba does not know (嘉/和/名/邸, 天/和/大厦); never a
    preposition (测评组在罗秀新村, 跑在小区)."""
    if len(tokens[i]) != 1 or i == 0 or tags.get(tokens[i]) == "p":
        return False
    before = tokens[i - 1]
    if len(before) != 1 or before in stops or not hanzi(before):
        return False
    return before_suffix or (i + 1 < len(tokens) and len(tokens[i + 1]) == 1 and hanzi(tokens[i + 1]))


VILLAGE_ROAD_PLACES = ("道路", "道口", "道边", "道上", "道旁", "道闸", "道牙")
"""After a village's name, 道 of these is the road by it (新华村道路两边), not a 村道."""
DUMPING = frozenset("扔倒堆摆停晒挂泼撒甩搁")
"""Verbs of leaving things somewhere, which no estate's name ends its stem with."""
INTO = frozenset("压进放塞丢掉扔落泡埋装倒搁发")
"""Verbs of putting something into a thing (压草里, 扔进桶里, 发群里): before a thing and its 里, where it went, no
estate of two characters opens with one."""
PUT_INTO = re.compile(r"[扔倒堆摆放丢搁泼塞]在(?:路边|旁边|边上|门口|墙角)$")
"""A verb of putting then 在 and a place beside, right before a name in 里 (倒在路边阴沟里): where it went (堆在翠竹里
may name an estate)."""
ER_PLACE = re.compile(r"(?:[东南西北]?门?口儿|院儿里?|(?:那|这)块?儿)$")
"""A place of the estate said with the northern 儿 (南口儿, 院儿里, 那块儿), glued after its name."""
SIDE_LANE = re.compile(r"(?<=\d弄)[东南西北]弄口?$")
"""A side of a numbered lane said after it (221弄南弄口): where in the lane, no part of its name."""
ROAD_OF_PLACE = re.compile(r"[东南西北中]?大?[街路道]")
"""A road named after a district or a city, said right after its name (朝阳北大街, 长安南路)."""
BRACKET_OPENED = re.compile(r"[(（][\u4e00-\u9fff]?$")
"""A bracket opened right before a name, perhaps one character between (（老粮站宿舍）)."""
OUR_PLACE = re.compile(r"(?:我们|俺们|咱们|我|俺|咱)(?:小区|院|宿舍院|家属院|宿舍|村)$")
"""The speaker's own place said in common words (俺们小区, 俺们家属院), its name in brackets after it."""
TELLING_VERBS = frozenset("让叫喊请找")
"""Verbs of telling someone to act, which end no name before a party (哭让居委会去…)."""
KEEPING = frozenset("养喂")
"""Verbs of keeping animals (养鸽子, 喂野猫): what someone keeps, no name's opening."""
BRAND_VERBS = frozenset("发进")
"""Of those verbs, the ones an estate's brand may end with (华发, 先进)."""
PUT_THERE = (INTO | DUMPING) - BRAND_VERBS
"""Verbs of putting or leaving something that no estate's name ends with."""
PUT_OR_KEPT = INTO | DUMPING | KEEPING
"""Verbs of putting, leaving or keeping something, which open what someone put or kept somewhere (放猫粮)."""
DEGREE = frozenset("忒太贼挺很真特超蛮老")
"""Words of degree before a one-character word (忒响, 贼脏): what something is like, no name's opening."""
COUNTED = re.compile("[一两二三四五六七八九十几][个只辆台块袋]$")
"""A count right before a word (只剩一个灰桶): a thing counted, no estate."""
CLOCK = re.compile(r"[\d一二三四五六七八九十两]+点")
"""An hour (七点多泰和新村): no part of a name."""
PARTICLES = frozenset("了啊呢吧吗呀哦嘛到去哈嘞噻么")
"""Particles of speech, and 到/去 (巡到淞瑞苑, 头晌去泺源苑): no name holds one."""
SIDES = frozenset("面边头方里内外上下中间部侧")
"""Second characters of two-character words of where something is (前面, 东边, 里头): no name opens with one."""
CLAUSE_ENDS = PARTICLES | frozenset("很咧哩")
"""What closes what was said (味道大得很, 泡烂咧): in voice input the next word may follow with no break, a name
never holds one."""
GRAMMAR = PARTICLES | frozenset("的着过")
"""Characters of grammar: a name framed only by the words around it holds none (周六检查要看的)."""


def _motion_to(word: str, tag: str | None) -> bool:
    """A verb of going or taking somewhere (领到, 搬进, 走回): what follows it is the destination (前进, 跃进,
    going on, go nowhere: 前进小区, 跃进里 are names)."""
    moving = len(word) > 1 and word[-1] in "到进回" and word[0] in CARRYING
    return moving and tag is not None and tag.startswith("v")


CARRYING = frozenset("搬领走拿带送推拉扛开骑跑扔塞拖牵抱赶挪运挑抬捡丢倒停放跟回摆堆晾晒挂铺")
"""Verbs of going, taking or setting out (摆到小区门口), which 到/进/回 after them turn to a destination."""


LANE_HOLDERS = ROAD_ENDS | frozenset("村里坊")
"""What a lane numbered in words follows: a road, a village or an estate's ending (丁公路北三巷, 瑶溪村三巷)."""
ADDRESS_ENDS = ROAD_ENDS | frozenset("里")
"""Endings of what numbers its courtyards (经七路88号院, 青竹里7号院)."""


def _after_road(text: str, at: int) -> bool:
    """The numerals before `at` follow a road, a village or an estate's ending: a lane's number, not a chore's
    一 (纸箱弄一弄)."""
    return _lane_number_start(text, at, LANE_HOLDERS) is not None


def _lane_number_start(text: str, at: int, ends: frozenset[str]) -> int | None:
    """Where a lane's number before `at` begins, with a direction said before it (丁公路北三巷: the north lanes
    of 丁公路), when what stands before it is one of `ends`; None otherwise."""
    number = at
    while number > 0 and _numeral(text[number - 1]):
        number -= 1
    if number > 1 and text[number - 1] in "东南西北" and text[number - 2] in ends:
        number -= 1
    return number if number > 0 and text[number - 1] in ends else None


COUNTED_RESULT = re.compile(r"(?:了|出|成)一?个$")
"""A verb's result counted right before (破了个, 砸出一个): what follows is the thing made, not a name."""
OPENING_MENTIONS = re.compile(r"[ \t]*(?:@[^\s@]{1,12}[ \t]+)+")
"""The @-mentions a sentence opens with, each closed by a blank."""


def _first_field(text: str, at: int, end: int) -> int | None:
    """Where its line starts, when a name ending at `end` (its ending at `at`) is a terse note's first field:
    the first word of its line, blanks after it, then more (「工农里 那个小卖店门口 下水道堵了」)."""
    line = text.rfind("\n", 0, at) + 1
    first_word = 2 <= at - line <= 6 and HANZI.fullmatch(text[line:at]) is not None
    return line if first_word and FIELD_BREAK.match(text, end) is not None else None


def _extend_office(text: str, at: int, end: int, found: list) -> bool:
    """A 社区's resettlement housing (洪塘社区安置房, 湖滨社区还建房) is the estate: the name found up to 社区 goes on
    to the housing's kind."""
    index = next((i for i, (_, e, name) in enumerate(found) if e == at and name.endswith(OFFICE_COLUMN)), None)
    if index is None:
        return False
    start = found[index][0]
    found[index] = (start, end, text[start:end])
    return True


def _gate_named(text: str, piece: str, end: int) -> bool:
    """A city gate before an ending of its own names the place there (南门坊, 西门村), no estate's gate (小区南门)."""
    return piece in CITY_GATES and not text.startswith(("小区", "社区", "居民区"), end)


CITY_GATES = frozenset({"东门", "南门", "西门", "北门"})
WORK_UNIT_HOUSING = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:厂|局|公司|站|所|校|中|小|中学|小学|医院)(?:老校区|老|新)?"
    r"(?:教工宿舍|教师宿舍|职工宿舍|宿舍|家属院|家属区|家属楼|职工院|生活区|新村|大院)"
)
"""A work unit's staff housing (电缆厂宿舍, 一中教工宿舍): a city before it is the unit's name, kept (无锡电缆厂宿舍,
湖州一中教工宿舍)."""


def _gate_road(text: str, end: int) -> bool:
    """What ends at `end` is a city gate a road is named after (南门大街28弄, 东门路15弄, 北门桥路56弄), no place
    of an estate."""
    return text[end - 1 : end] == "门" and GATE_ROAD.match(text, end) is not None


GATE_ROAD = re.compile(r"[\u4e00-\u9fff]?(?:路|街|大道|大街|大马路)")
"""What follows a city gate in a road named after it: the road's ending, a character of its name before it."""


def _after_ending(name: str, words: tuple[str, ...], endings: tuple[str, ...]) -> str:
    """The first of `words` that `name` ends with right after one of `endings` (老院子 of 紫阳坊老院子), or "".
    One test for all the words first: most names end with none."""
    if not name.endswith(words):
        return ""
    return next((w for w in words if name.endswith(w) and name[: -len(w)].endswith(endings)), "")


def _numeral(ch: str) -> bool:
    """A digit or a Chinese numeral: a lane's number is written either way (56巷, 三巷)."""
    return ch != "" and (ch.isdecimal() or ch in "一二三四五六七八九十")


def _whole_word(text: str, tokens: Sequence[str], starts: Sequence[int], at: int, word: str) -> bool:
    """`word` stands at `at` as a token of its own."""
    index = _token_at(starts, at)
    return starts[index] == at and tokens[index] == word and text.startswith(word, at)


def _counted(tokens: Sequence[str], i: int, piece: str) -> bool:
    """A counter after a number (第3项, 2处) ends a name walking back; 项家村 keeps its 项."""
    return len(piece) == 1 and piece in COUNTERS and i > 0 and tokens[i - 1].isdigit()


def _opens_short_stem(text: str, start: int, at: int) -> bool:
    """A function word opening a sentence before a one-character stem and a full suffix is the name's
    first character (和园小区, 与园新村): a name's stem is rarely a single character."""
    if at - start != 1 or start < 1 or not hanzi(text[start - 1]):
        return False
    return start == 1 or text[start - 2] in " \t" or text[start - 2] in SENTENCE_BOUNDARY


def text_piece(token: str, at: int, start: int, end: int) -> str:
    """The part of a token that lies within [start, end)."""
    return token[max(start - at, 0) : max(end - at, 0)]


def _outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """金沙花园小区 is one name, not 金沙花园 and 金沙花园小区: keep the longest of overlapping matches."""
    kept: list[tuple[int, int, str]] = []
    for start, end, name in sorted(found, key=lambda f: (f[0], -f[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, name))
    return [(start, name) for start, _, name in kept]


def _again(text: str, edges: set[int], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name found once names the estate wherever else the message writes it as whole words
    (「泉景园、佛慧苑巡查情况：…二、泉景园垃圾分类亭…」), where nothing else marks it."""
    again = []
    for name in {name for _, _, name in found if text.count(name) > 1}:
        at = text.find(name)
        while at >= 0:
            if at in edges and at + len(name) in edges:
                again.append((at, at + len(name), name))
            at = text.find(name, at + 1)
    return again


NOUN_SUFFIXES = frozenset("子儿")
"""Spoken endings of a common noun (塑料袋子, 板凳儿): no name's own character."""


def _preposition(name: str, lang: Language) -> re.Match[str] | None:
    """在/到/从/为 glued before a suffixed name (在电机厂宿舍这边, 均为秀水北里): no part of it (a name that is one
    word, 在水一方, keeps it: the trim stops only at a word's edge)."""
    return PREPOSITION.match(name) if name.endswith(lang.community_suffixes) else None


def _terse_head(text: str, head: int | None, end: int) -> bool:
    """The header at `head` is a terse note's first field, followed by a blank and a building."""
    return head is not None and head >= 0 and TERSE_HEAD.match(text, end) is not None


def _most_specific(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A road named alone and then with its number (青云路这边青云路52号门口): the number's address."""
    return [
        (at, name)
        for at, name in names
        if not (
            name[-1:] in ROAD_ENDS
            and any(o.startswith(name) and o[len(name) : len(name) + 1].isdigit() for _, o in names)
        )
    ]


AREA_LINK = re.compile(
    r"[ \t]*(?:(?:这块儿?|那块儿?|这边|那边|一带|附近|旁边|[东西南北](?:边|头|面|侧))(?:[ \t]*(?:的|那个|这个))?"
    r"|那个|这个)[ \t]*"
)
"""What joins an area to the estate in it (经十路燕山立交那块儿那个兴隆苑, 经二纬三那块儿的同和里,
二七广场东边那个天元家属院, spaced in a terse note: 锦江之星 旁边 那个 丽都花园)."""


BARE_COURTYARD = re.compile(r"[甲乙丙丁]?\d{1,4}号大?院")
"""A courtyard named by its number alone (7号院)."""


def _courtyards_within(text: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A courtyard named by its number right after an estate, or inside it (阳光小区7号院, 阳光小区里7号院), is a
    part of that estate, not one of its own."""
    kept: list[tuple[int, str]] = []
    for at, name in names:
        before = kept[-1] if kept else None
        inside = before is not None and text[before[0] + len(before[1]) : at] in ("", "里", "内")
        if not (inside and BARE_COURTYARD.fullmatch(name)):
            kept.append((at, name))
    return kept


def _inner_of_areas(text: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Of two names joined by where one lies in the other (X那块儿那个Y, X东边那个Y, X这块的Y), the second: the first is
    the area it is in, no estate reported."""
    dropped = set()
    for (at, name), (then, _) in pairwise(names):
        between = text[at + len(name) : then]
        if between.strip() and AREA_LINK.fullmatch(between):
            dropped.add(at)
    return [(at, name) for at, name in names if at not in dropped]


def _last_of_blank_runs(
    text: str, names: list[tuple[int, str]], endings: tuple[str, ...], place_name: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """Of names set apart only by blanks (「台江区 茶亭公寓」「海沧 兴港花园」「上海 长宁 天山五村」), the last: the
    estate, after the city or district it is in (two estates, 「丰华里 翠竹坊」, are both kept); of two joined by
    的 (南茶坊的青城花园), the second: the first says where it is."""
    if not names:
        return names
    kept = []
    for (at, name), (following, _) in zip(names, [*names[1:], (-1, "")], strict=True):
        gap = text[at + len(name) : following]
        district = name.endswith(("区", "市", "县", "镇")) or not name.endswith(endings) or place_name(name)
        # 张庄/李家庄 解放路…: a town's name, however it ends; 丰泽苑 滨河路 嘉禾苑: an estate's, and two estates
        estate = len(name) >= 3 and name.endswith(endings) and not name.endswith(VILLAGES)
        road = not estate and any(ROAD_WORD.fullmatch(w) for w in gap.split())
        district = district or road or any(w.endswith(("街道", "片区")) for w in gap.split())
        located = following >= 0 and gap in LOCATING
        between = _districts_between(gap, place_name, roads=not estate)
        blanks = (bool(gap) and not gap.strip(" \t")) or between or gap.strip(" \t") in AROUND_HERE
        if not located and (following < 0 or not blanks or not district):
            kept.append((at, name))
    return kept


LOCATING = frozenset({"的", "下辖的", "下属的", "辖区的", "辖区内的", "管辖的"})
"""Between two names, what makes the first where the second is (南茶坊的青城花园, 新华路社区下辖的和顺小区)."""
TITLE_WORDS = ("督办", "创全", "创文", "创卫", "通报", "今日", "今天", "测评", "整改", "提醒", "通知")
BRAND_DOT = "·•・"
BRAND_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}[·•・]$")
"""Between a developer's brand and the estate's own name (碧桂园·江岸华府): one name."""


def _dotted(text: str, names: list[tuple[int, str]], plain: Callable[[str], bool]) -> list[tuple[int, str]]:
    """A brand and the estate it built, joined by a dot (碧桂园·江岸华府), name one estate; a title before a dot
    (今日问题·, 督办·) is no brand (`plain` tells words of speech and common words)."""
    merged: list[tuple[int, str]] = []
    for at, name in names:
        brand = BRAND_BEFORE.search(text, 0, at) if text[at - 1 : at] in BRAND_DOT else None
        if brand is not None and plain(brand.group()[:-1]):
            brand = None
        if merged and brand is not None and merged[-1][0] + len(merged[-1][1]) == at - 1:
            merged[-1] = (merged[-1][0], text[merged[-1][0] : at + len(name)])
        elif brand is not None:
            merged.append((brand.start(), text[brand.start() : at + len(name)]))
        else:
            merged.append((at, name))
    return merged


ADMINISTRATIVE = ("街道", "区", "镇", "县", "市", "乡")
"""Endings of an administrative area's name: before a dot, where an estate is, not who built it."""
AROUND_HERE = frozenset({"这边", "那边", "这边的", "那边的", "这块", "那块", "这边儿", "那边儿"})
"""Between a town and an estate (「唐山这边凤凰家园小区」): the town says where the estate is."""


def _districts_between(gap: str, place_name: Callable[[str], bool], roads: bool) -> bool:
    """Only blanks and districts, streets or roads between two names (「新乡 牧野区 和平里小区」「上海 长宁 天山五村」
    「罗庄 盛庄街道 册山路22号院」「罗庄 沂州路与湖北路 那个 钢厂宿舍」): the first is a city or district, no estate.
    A 街道 or 片区 between says so whatever the first ends with: an estate holds no street. A road counts only when
    `roads`: between two names with an estate's ending (丰泽苑 滨河路 嘉禾苑) it says where the second is, both
    estates."""
    words = [w for w in gap.split() if w not in SPOKEN_FILLERS]
    districts = all(w.endswith(ABOVE_ESTATES) or place_name(w) or (roads and ROAD_WORD.fullmatch(w)) for w in words)
    return bool(words) and gap[:1] in " \t" and districts


ABOVE_ESTATES = ("区", "县", "市", "镇", "乡", "街道")
SPOKEN_FILLERS = frozenset({"那个", "这个", "就是"})
ROAD_WORD = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:路|大街|大道)(?:与[\u4e00-\u9fff]{1,6}(?:路|街|大街|大道))?(?:口|交汇处|交叉口)?"
)
"""A road or a junction of two, written between a district and the estate (沂州路与湖北路)."""


FIRST_RUN = re.compile(r"[^\s,。;!?:、()【】]*$")
"""The run of characters before a point, back to a blank or punctuation."""


def _opens_line(text: str, at: int) -> bool:
    """Between the start of the line or sentence and `at`, one run of two to eight characters, no blank nor
    punctuation: what stands before is all that was said first."""
    before = text[max(at - 9, 0) : at]
    run = FIRST_RUN.search(before)
    whole = run is not None and (run.start() > 0 or at <= 8)
    return whole and 2 <= len(run.group()) <= 8


def _same_line(anchor: re.Match[str]) -> bool:
    """A building number on the line of the words before it: one opening the next line (「…全是垃圾袋子\n6号楼后」)
    names nothing before it."""
    said = anchor.group()
    return "\n" not in said[: len(said) - len(said.lstrip())]


def _after_building(text: str, at: int) -> bool:
    """A floor or a second building right after a building (聚龙新村三栋6楼, 金沙坊十七号三楼): the name, if
    any, stands before the first one; read back from the second, the first would be taken into it."""
    return AFTER_BUILDING.search(text, max(at - 8, 0), at) is not None


def _grid_area(text: str, item: tuple[int, int, str], found: list[tuple[int, int, str]]) -> bool:
    """A grid's area (片区) said before the estate in it (莲花池片区和平路136号院) or as a grid worker's
    (我是蓉北新城片区的网格员): where, no estate; 老城片区，有人在巷子口摆摊 names the area as the place."""
    _, end, name = item
    return name.endswith("片区") and (text.startswith("的网格", end) or any(s == end for s, _, _ in found))


def _building_after(text: str, end: int) -> bool:
    """A building right after `end`, or after words of speech (万科翡翠公园12号楼, 华润中央公园这个三十号楼); a gate
    (人民公园那个 3号门) is none."""
    spoken = SPEECH_BETWEEN.match(text, end).end()
    return BUILDING_ANCHOR.match(text, end) is not None or LANE_BUILDING.match(text, spoken) is not None


def _estate_next(text: str, at: int, found: list[tuple[int, int, str]]) -> bool:
    """An estate's name found by its ending follows `at`, only words of speech between (岳麓那边 嗯 枫林新村六栋): what
    stood before 那边 is the area it is in, no estate."""
    return any(start >= at and SPEECH_BETWEEN.fullmatch(text, at, start) for start, _, _ in found)


def _before_aside(text: str, end: int) -> int:
    """Where a name before `end` ends, a bracketed aside or words of speech before `end` skipped (悦澜(蜀山区)6栋,
    历山里那个三号楼, 燕山新居 呃 十号楼)."""
    aside = ASIDE.search(text, 0, end) or SPOKEN_ASIDE.search(text, max(end - 12, 0), end)
    return aside.start() if aside is not None else end


TRAILING_BUILDING = re.compile(r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})(?:号楼|栋|幢|座)$")
"""A building said at the end of what was read as a name (丝雨花园六号楼那块儿): the building of the estate before
it."""
WORDS_IN_DI = ("门第", "府第", "宅第", "及第")
"""Words ending in 第 that close an estate's name (书香门第12号楼): the 第 is the name's, no ordinal of the building."""


def _name_end(text: str, anchor: int) -> int:
    """Where a name before a building anchor at `anchor` ends: after a 第 that closes one of WORDS_IN_DI."""
    return anchor + 1 if text.startswith(WORDS_IN_DI, anchor - 1) else anchor


def _token_at(starts: Sequence[int], position: int) -> int:
    """The token that holds `position`: the last one starting at or before it."""
    return max(bisect_right(starts, position) - 1, 0)
