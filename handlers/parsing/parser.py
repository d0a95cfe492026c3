"""Inspection messages → reports: clauses, categories by jieba keyword matching, places, parties, deadlines.

A message is cut into clauses at punctuation and list markers. Each clause is read on its own
(categories, community, building, parties asked to act, deadline phrases); clauses are then
grouped into problems ("items"), and what is said once for the whole message (a header such as
「风荷苑巡查情况：」 or a closing 「请物业明天中午前整改。」) fills in what an item does not say itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import accumulate, pairwise, takewhile
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from handlers.parsing import deadlines
from handlers.parsing.decision import SPOKEN_ORDINAL, STILL_THERE, Decider, Evidence, came_back, clauses_from
from handlers.parsing.language import (
    Language,
    Reader,
    alternation,
    blanked,
    canonical_label,
    hanzi,
    language,
    unspaced,
)
from handlers.parsing.names import PARTICLES, NameReader
from handlers.parsing.numbers import to_digits
from handlers.parsing.places import (
    BUILDING_KINDS,
    PLACE,
    Place,
    building_starts,
    listed_buildings,
    listed_parts,
    listed_units,
    own_places,
    place_marks,
    spot_in,
)
from handlers.parsing.report import ParseContext, Parsed, Report
from handlers.parsing.scan import compile_any, compile_in_runs, compile_scan
from handlers.parsing.segmenter import Segmenter
from handlers.parsing.tables import TableReader, column_cells, numbered_rows
from handlers.parsing.taxonomy import OTHER, SUFFIX_MARK, Category, Taxonomy

MAX_CHARS = 5000
NO_CONTEXT = ParseContext()
CHINA = ZoneInfo("Asia/Shanghai")

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x2005: 0x20, 0x00A0: 0x20})
NOISE = compile_scan(
    rf"\[(?:{'|'.join(map(re.escape, language().chat_codes))})\]"
    r"|(?![☑✅✔✓✗✘❌])[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200D\u203C\u2049]"
)
LIST_MARKER = (
    r"(?:(?:^|(?<=[\s,。;:!?]))\s*(?:\d{1,2}\s*[、.)](?!\d)|[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))"
    r"|\(\d{1,2}\)|[①-⑳]|[一二三四五六七八九十]是(?![否不]))"
)
PUNCT = (
    r"(?P<punct>(?:(?<=\s)/(?=\s)|[,。;!?\n\r\t …~•—]|(?<!\d):|:(?!\d))+)"
    r"|(?<=】)(?=[^\s,。;!?:】【])|(?=【)(?<=[^\s,。;!?:】【])"
    r"|(?=然后[^\s,。;!?:、]{16})(?<=[^\s,。;!?:、]{16})"
)
"""Punctuation and blanks between clauses; and either side of a bracketed header run on with text
(「【光明里 房办 派出所】光明里7号楼…」「…纸箱【3栋】门口…」), where nothing is written but a clause ends. Of two
conditions on one position, the rarer is tested first (【, 然后): the lookbehind is then read at few places."""
PUNCT_START = r"(?=[,。;!?\n\r\t …~•—/:【然])|(?<=】)"
LIST_START = r"(?=[\s\d一二三四五六七八九十(①-⑳])"
"""Where a separator can start (PUNCT's characters, 【, 然后, after 】; a list marker's blank, number or bracket):
tested first, it spares most characters of a message the separator's alternatives, which open with lookarounds
the engine cannot skip ahead to."""
SEPARATOR = re.compile(rf"(?:{LIST_START}|{PUNCT_START})(?:(?P<list>{LIST_MARKER})|{PUNCT})")
SEQUENCE_MARKER = LIST_MARKER.replace(r"(?!\d)", "")
SEQUENCE_SEPARATOR = re.compile(rf"(?:{LIST_START}|{PUNCT_START})(?:(?P<list>{SEQUENCE_MARKER})|{PUNCT})")
"""As SEPARATOR, where the items are numbered 1、2、3… in order: 「1、3幢…；2、5幢…」 opens items, though 1、3幢
alone is buildings 1 and 3."""
NUMBERED_OPENING = re.compile(r"(?:^|(?<=[\s,。;:!?]))\s*(\d{1,2})\s*[、.)]")
PUNCT_ONLY = re.compile(rf"(?:{PUNCT_START})(?:(?P<list>(?!))|{PUNCT})")
LIST_HINT = compile_scan(r"[①-⑳]|[一二三四五六七八九十](?:是|、)|\d\s*[、.)]|\(\d|\([一二三四五六七八九十]")
STRONG = frozenset("。;!?\n\r")
SENTENCE_END = re.compile(r"[。!?\n]")
BRACKETED = re.compile(r"\((?:[一-龥]{1,6}:)?(?:[一-龥]{1,8}、)*[一-龥]{1,8}\)")
"""Words in brackets, one or a 、-list, a label before them or not (「（物业、居委会）」「（责任：物业）」): an item's
assignment when they are parties; the label's colon opens no header."""
LEADING_QUOTE = re.compile(
    r"\s*(?:「[^」]*[^」:]」|“[^”]*[^”:]”|>[^\n]*\n|引用[^\n:]{0,16}:[^\n]*\n(?:[-—－─]{2,}\s*\n)?)"
)
"""A quote of another message at the start of one (WeChat writes 「…」, “…”, a line opening with > or
引用 name: …, a rule of dashes under it);
a header in brackets (「盛世九号 物业：」) ends with its colon and is no quote."""
RUN_ON = 12
"""Shortest clause worth reading as a run-on of several places (「3号楼门口…5号楼楼道里…」)."""
RECHECKS = (["复查"], ["复核"], ["检查"], ["督查"], ["验收"], ["回访"])
"""What an office says it will do after the work is done (街道将复查): its own check, not work asked of it."""
BLOCKING = frozenset(("把", "将", "给"))
"""Before a fire lane, what the clause's thing does to it: blocks it (水果筐把消防通道都堵了)."""
LANE_USERS = frozenset(("消防车", "救护车", "救火车", "消防车辆"))
"""What a fire lane is kept clear for: named when it is blocked (消防车都进不来了), not a thing in it."""
MEASURES = frozenset("堵把架套排片层封道批束串扇挂捆带会滴")
"""Verbs jieba knows that also count things (一堵墙, 一排车, 一挂鞭炮): after 一, a count, not the verb."""
MISSING_KINDS = frozenset({"公益广告缺失", "消防设施缺失", "设施损坏"})
"""Problems of something missing or broken, which a removal (被拆掉了) causes rather than fixes."""
QUESTION_OPENERS = frozenset({"请问", "想问", "问一下", "问下"})
"""Open a clause that asks a question: a request marker inside it (要求, 请) asks no one to act, unless a party is
named (请问能不能请物业今天清一下)."""
MAX_ADDRESSED_ESTATE = 10
"""The longest estate name read as addressing its office (「翠苑物业，…」): longer runs are sentences."""
FOUND_ON_ROUND = frozenset({"发现", "巡查发现", "检查发现"})
"""Opening what follows a party (「居委会 今天巡查发现…」): what the party's round found, not an order to it."""
TIME_WORD = compile_scan(r"[前内天日月周期拜午晚早班儿朝晌]|\d{4}-\d{1,2}-\d|\d\.\d")
"""A character every deadline phrase has: clauses without one skip the deadline reader. Each of
deadlines.DEADLINE's forms needs one: 内 (三天内), a day word (今天, 明日, 今晚, 明早), a week day
(周三, 下星期五, 下礼拜一), a date (12月5号, 5日), 前 (5号前, 3点前, 下班前), a part of the day
(下午, 晚上, 早上), Beijing's 明儿, or a form's date written 2026-11-09 or 12.9. 号, 点 and 时 are not enough
alone (a building is 5号楼, 3点 needs 前)."""


@dataclass(slots=True)
class Clause:
    text: str
    segment: int
    start: int = 0
    tokens: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    listed: bool = False
    header: bool = False
    categories: list[str] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)
    place: Place = field(default_factory=Place)
    marks: list[tuple[str, str]] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    request: bool = False
    fresh_request: bool = False
    deadline: datetime | None = None
    firm: bool = False
    """The deadline ends in 前/内 (整改时限：3月5日前): it wins over a bare day said elsewhere."""
    problem_signal: bool = False
    dealt_with: bool = False
    """Says its problem is fixed or being fixed (14号楼已处理, 正在清理)."""
    in_hand: bool = False
    """Dealt with only as under way, nothing said done (彩钢棚已经下了限拆通知, 正在清理): a request after it asks
    again."""
    quoted: bool = False
    """Part of a quoted message the text replies to: context, never an item's scene."""
    dated: bool = False
    """A form's date field (检查时间：3月3日上午), a date line or a list's title line: when the round was, no
    deadline."""
    limit: bool = False
    """A form's time-limit field (处置时限：24小时): a bare span is the time allowed."""
    assigning: bool = False
    """A form's field of parties or of the time allowed (责任单位：…, 整改时限：…)."""
    limit_cell: tuple[int, int] | None = None
    """Where in the text a table row's time-limit cell is (|…|今天|): the only deadline the row gives."""
    item_field: bool = False
    """A list item's own place field (「1. 点位：…36幢；问题：…」): that item's scene, no place for the others."""
    opening: bool = False
    """Before the message's first line break, colon or full stop, when it has one (泉山区 金山街道：…): where a
    street office signs what it writes."""
    signature: bool = False
    """Names the street office that signs the message: no party, unless the message asks no other."""
    calling: bool = False
    """Opens the message calling a party and says nothing else (「物业的」「城管中队的同志」「白云花园物管注意哈」,
    voice input's blank after it): what follows is said to the party, as after an @-mention."""
    titled: bool = False
    """Part of the title line over a list or table (东关街道 点位问题清单（11.25）): who wrote it and when."""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Hints:
    categories: list[str] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)
    buildings: list[str] = field(default_factory=list)


@dataclass
class Item:
    clauses: list[Clause]
    segment: int
    follows: bool = False
    """Another problem at the place of the item before it (「…，另外垃圾桶盖子都没了」)."""
    copies: Item | None = None
    """The item whose problem this one says is at its place too (「…，8号楼一样的问题」): its parties, if none."""


def normalise(text: str) -> str:
    return NOISE.sub(" ", text.translate(_FULLWIDTH))


def truncate(text: str) -> tuple[str, bool]:
    """Cuts an over-long message at the last sentence end before the limit."""
    if len(text) <= MAX_CHARS:
        return text, False
    head = text[:MAX_CHARS]
    ends = [m.end() for m in SENTENCE_END.finditer(head)]
    return (head[: ends[-1]] if ends else head), True


class Parser:
    def __init__(
        self,
        taxonomy: Taxonomy,
        communities: Sequence[str] = (),
        cache_dir: Path | None = None,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.lang: Language = language()
        self._read = Reader(self.lang)
        self.aliases = dict(aliases or {})
        """Other ways a street writes a community (天一 → 天一小区): found like names, reported as the name."""
        self.known = sorted({*communities, *self.aliases, *self.aliases.values()}, key=len, reverse=True)
        self.categories = list(taxonomy.categories)
        self._by_name: dict[str, Category] = {}
        """Categories by name, the first of a name as Taxonomy.get (a dict look-up, not a scan, per report)."""
        for category in self.categories:
            self._by_name.setdefault(category.name, category)
        generic = self.lang.name_stops | set(self.lang.spots)
        self._words_of = {c.name: frozenset(c.words() - generic) for c in self.categories}
        """Each category's own words (not 问题, 门口 …), to tell which problem a request is aimed at."""
        self._works_of = {c.name: c.works for c in self.categories}
        """Each category's verbs of work, to tell which problem a request naming no thing is aimed at."""
        self._beatable = frozenset(name for category in self.categories for name in category.beats)
        """Categories some other one wins over: only these can be sharpened by reading more of a note."""
        self._index: dict[str, list[tuple[int, int, int]]] = {}
        self._suffixes: dict[str, list[tuple[int, int, int]]] = {}
        spoken = self.lang.spoken
        for ci, category in enumerate(self.categories):
            for word in category.keywords:
                for form in spoken(word):
                    self._index.setdefault(form, []).append((ci, -1, -1))
            for bi, combo in enumerate(category.combos):
                for gi, group in enumerate(combo):
                    for word in group:
                        index = self._suffixes if word.startswith(SUFFIX_MARK) else self._index
                        for form in spoken(word.removeprefix(SUFFIX_MARK)):
                            index.setdefault(form, []).append((ci, bi, gi))
        self._vetoes = {
            ci: compile_scan("|".join(u if u.startswith("(?") else re.escape(u) for u in c.unless))
            for ci, c in enumerate(self.categories)
            if c.unless
        }
        """Each category's `unless` phrases as one pattern, by category index."""
        self._patterns = [(ci, compile_scan(p)) for ci, c in enumerate(self.categories) for p in c.patterns]
        self._any_pattern = compile_any([p for c in self.categories for p in c.patterns])
        """One search for all the patterns first: most clauses match none, and one scan costs less than fourteen."""
        read_known = self._read_known()
        words: set[str] = set(self.lang.words()) | set(read_known)
        for category in self.categories:
            words |= {form for word in category.words() for form in spoken(word)}
        # Latin words (wy, pls) are never cut out of longer ones (lawyer, @jwang): jieba keeps Latin runs whole.
        self.segmenter = Segmenter(
            {w for w in words if not w.isascii()}, cache_dir, self._glued_joiners() | self.lang.not_words
        )
        words -= set(read_known)
        self.names = NameReader(self.lang, read_known, words, cache_dir)
        self.decider = Decider(self.lang)
        self._things = self._things_named({*self.lang.spots, *self.lang.party_aliases})
        self._inspecting = frozenset(
            {*self.lang.dated_records, "抽查", "创文", "创卫", "创城", "检查组", "督查组", "巡查组"}
        )
        """Words of an inspection right after a party: the party inspected (街道督查通报), no one asked it."""
        self._positions = frozenset({*self.lang.spots, *self.lang.localisers, *self.lang.relative_places})
        """Words of where (楼上, 门口, 旁边): they tell no kind of problem."""
        lang = self.lang
        self._grammar = lang.request_markers | lang.joiners | lang.speakers | lang.urging | lang.actions
        """Words of a request's grammar: none is the end of a name before 社区 (请社区, 和社区)."""
        labels = {
            *lang.place_labels,
            *lang.name_labels,
            *lang.description_labels,
            *lang.status_labels,
            *lang.sender_labels,
            *lang.limit_labels,
            *lang.party_labels,
            *lang.time_labels,
            *lang.title_labels,
        }
        self._where = frozenset({*lang.spots, *lang.outdoor_places, *lang.localisers, *lang.estate_places})
        """Words of where (过道, 人行道, 楼下): no thing's doing when read across two clauses."""
        self._tables = TableReader(labels, lang.index_labels)
        self._spaced_field = compile_scan(r"[ \t]+(?=(?:" + alternation(labels) + r")[ \t]*:)")
        """The blanks before a form's next labelled field on one line (点位：大井弄 问题：… 时限：明日下午)."""
        self._labelled_party = re.compile(
            rf"(?:{alternation(lang.party_labels)})(?:均|都|统一|一律)?(?:为|是)[^,。;:!?]{{0,8}}$"
        )
        """A party label said in a sentence, the parties after it (责任单位均为所在小区物业): they are assigned."""
        self._dealt_with = compile_in_runs((*self.lang.done_patterns, *self.lang.pending_patterns))
        """Where a clause says its problem is done or under way (its end tells what follows): the same match as one
        alternation of the phrases, found in less than half the time (compile_in_runs)."""
        self._settled = compile_any(
            (*self.lang.done_patterns, *self.lang.pending_patterns, *self.lang.handover_patterns)
        )
        """Done, under way or handed on anywhere in a message, whether the decision weighs it."""
        self._ditto = compile_scan("(?:" + "|".join(self.lang.ditto_patterns) + ")[了的啊呢哈哦吧]*[。!,~～]*$")
        signals = sorted({form for signal in self.lang.problem_signals for form in spoken(signal)})
        self._signal = re.compile("|".join(map(re.escape, signals)))
        """Any problem word in a clause: one scan of the text instead of one substring test per word."""
        turns = "|".join(map(re.escape, (*self.lang.also_markers, "再一个", "然后")))
        turns += r"|第[一二三四五六七八九十\d]{1,2}个?|最后(?:一个)?"
        self._elsewhere_in_estate = re.compile(rf"(?:{turns})(?:就是|是)?(?={'|'.join(ESTATE_WIDE)})")
        """A word that adds another item, then the estate or a gate (还有小区北门…, 第四个是小区里头…)."""
        verbs = alternation(self.lang.actions)
        self._timed_order = compile_scan(
            r"\s*(?:(?:\d{1,2}月)?\d{1,2}\s*(?:号|日|点)|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[号日]|[今明后]天|今日|明日|今朝|明朝|[今明后]儿个?|[本这下]?个?(?:周|礼拜|星期)."
            r"|上午|中午|下午|晚上|今晚|上半天|下半天|头晌|过晌|下班"
            r"|(?:\d{1,3}|[一二三四五六七八九十两半]{1,3})个?(?:小时|天|日|工作日)[之以]?内)"
            rf"(?:(?!说|讲)[^,。;!?]){{0,6}}?(?:前|之前|内)?\s*(?:{verbs})"
        )
        """A time and an action right after a party: the party is told to act by then."""
        indoor = self._by_name.get(INDOOR_PILE)
        self._stairwell = frozenset(indoor.combos[0][0]) if indoor is not None and indoor.combos else frozenset()
        """The stairwell words of the taxonomy (楼道, 楼梯间, 楼梯转角 …): a pile in one is 楼道堆物."""
        self._doorstep = compile_scan("|".join(self.lang.doorsteps))
        self._inspectors_coming = compile_scan(
            rf"\s*(?:{alternation(self.lang.dated_records)})[组队]?(?:还|也|就)?(?:要|会)(?:过来|来|下来)"
        )
        """A time followed by an inspection that is to come (下午暗访组还要过来): when it comes, no deadline."""
        self._refusal_phrases = frozenset(r for r in self.lang.refusals if len(r) > 1)
        self._asking = frozenset({*self.lang.request_markers, *self.lang.party_aliases})
        """Tokens that make a clause worth reading for a request: a request marker or a party."""
        self._assigning_words = frozenset({*self.lang.party_aliases, *self.lang.joiners, *ASSIGNING_WORDS})
        """Words a header of parties alone holds (物业负责：, 城管、街道牵头：)."""
        self._tellings = tuple(sorted(self.lang.tellings, key=len, reverse=True))
        """The ways of telling a party to have a word, longest first (讲一声 before 讲)."""
        rounds = alternation(self.lang.round_words)
        self._round_named = re.compile(rf"[^\s,，。:：()（）请把将要]{{0,6}}?(?:{rounds})")
        """A header's day with no 前 or 内, then who went round and the round's word (今日文明办暗访问题（请即知即改）
        ：): the day of the round, not a time to act by (明天前整改问题： sets one)."""
        self._action_start = tuple(sorted({*self.lang.actions, *self.lang.completions}, key=len, reverse=True))
        work = {a for a in self.lang.actions if len(a) == 2 and a[0] != a[1]} | {"检修", "巡查", "摘除"}
        self._work_verbs = tuple(sorted(work))
        """Verbs of dealing with a problem (清理, 劝离, 修复, 巡查 …) that open a work log's line."""
        verbs = "|".join(self._work_verbs)
        count = r"(?:\d|[一二两三四五六七八九十]|若干)"
        self._work_after_thing = compile_scan(rf"^[\u4e00-\u9fff]{{2,6}}(?:{verbs})\W*{count}")
        """The verb right after the thing, then the count (路灯检修3盏, 楼道清理✅2处)."""
        self._grounds = (*self.lang.estate_places, *GROUNDS, "绿化带", "门口")
        """Where an item opened by 另外 may be: in the grounds, at no building."""
        self._spots = compile_scan("(?:东侧|西侧|南侧|北侧)?(?:" + "|".join(map(re.escape, self.lang.spots)) + ")")
        self._spot_words = frozenset(self.lang.spots)
        parties = alternation(self.lang.party_aliases)
        self._spaced_parties = compile_scan(
            rf"(?:请|麻烦|烦请)(?:{parties})(?:[、和及与]?[ \t]?(?:{parties}))+"
            r"(?![^\s,，。]{0,3}?(?:主任|书记|经理|说|讲|不|没|已|都))"
        )
        """Parties asked together, set apart by a blank (「请派出所 房办联合检查」): read as a list (、); not a
        party then someone of another's saying or refusing (「请物业 居委会主任说已经通知了」,
        「请派出所 城管执法队不用来」)."""
        self._terse_request = re.compile(rf"[ \t](?:{parties})(?:[、 \t]+(?:{parties}))*(?:[ \t]+[^\s]+)?[ \t]*$")
        """A terse note's closing request, set apart by blanks: the parties, then at most one word of when or what
        (「…楼道灯 坏了 物业 礼拜六前弄好」)."""

    def _glued_joiners(self) -> set[str]:
        """A joiner glued to the start of a party (同城 of 居委同城管, 和城 …): parties joined are told
        apart whatever the dictionary knows."""
        joiners = [j for j in self.lang.joiners if len(j) == 1 and not j.isspace()]
        aliases = [a for a in self.lang.party_aliases if not a.isascii()]
        return {j + alias[:k] for j in joiners for alias in aliases for k in range(1, len(alias))}

    def add_community(self, name: str) -> None:
        if name and name not in self.known:
            self.known = sorted([*self.known, name], key=len, reverse=True)
            self.names.known = self._read_known()
            self.segmenter.add(self._read(name))

    def _read_known(self) -> list[str]:
        """Known names as the parser reads text (regional characters read as Mandarin: 搿 → 这), so
        they are found in it; what is reported is what was written."""
        return [self._read(name) for name in self.known]

    # -- the whole message -------------------------------------------------------------------

    def parse(self, text: str, sent_at: datetime, context: ParseContext | None = None) -> list[Report]:
        return self.analyse(text, sent_at, context).reports

    def analyse(self, text: str, sent_at: datetime, context: ParseContext | None = None) -> Parsed:
        context = context or NO_CONTEXT
        text, truncated = truncate(text)
        shown = normalise(text)
        text = _fields_as_lines(numbered_rows(self._tables.bars(self._read(shown))), self._spaced_field)
        text = SLASHED_FIELD.sub(" ", text) if "/" in text else text
        text = self._spaced_parties.sub(_listed, text) if " " in text else text
        sent = sent_at.astimezone(CHINA)
        said = unspaced(text)
        settled = self._settled.search(said) is not None
        words = Words(text, self.segmenter.reading(text), settled)
        clauses = [
            c for run in _blank_runs(text, _after_quote(text, _split(text))) for c in self._run(text, run, words, sent)
        ]
        self._read_across(clauses)
        self._parties_then_orders(text, clauses)
        _quote_as_context(text, clauses)
        _read_fields(text, clauses, self.lang)  # before the evidence: 派单：物业 asks, 现状：… names no new problem
        offices = column_cells(text, OFFICE_LABELS)
        _office_column(offices, clauses, self.lang)
        _signed_only(clauses)
        _area_headers(clauses, self.lang.area_labels)
        for clause in clauses:
            if "|" in clause.text and self._tables.is_heading(clause.text):
                clause.parties, clause.request, clause.fresh_request = [], False, False  # |所属社区|…: a label
        _datelines(clauses)
        self._mentions_ordered(clauses)
        evidence = self.decider.weigh(text, clauses, words.tokens, words.dealt_with)
        clauses = clauses_from(clauses, evidence.turn) if evidence.turn else clauses
        if not clauses or not evidence.readable:
            return _parsed([], truncated, text, shown, clauses, evidence)
        names = self._names(text, shown, words.tokens, words.starts)
        names = _outside(names, column_cells(text, self.lang.party_labels))
        names = _beside_estates(names, offices)
        addressed = [n for n in names if _office_mentioned(text, n)]
        names = [n for n in names if not _taken_back(text, n, names) and (n not in addressed or addressed == names)]
        over_districts = set(_estates_over_districts(text, names))
        names = [n for n in names if n[2] in over_districts]  # 丁兰社区第三网格 蓝桥苑…, across clauses too
        signer = next((name for at, _, name in names if at < evidence.turn), None) if evidence.turn else None
        if signer is not None and context.default_community is None:
            context = replace(context, default_community=signer)  # 「云台山庄物业收到。另外…小区北门外…」: theirs
        estates = any(not self._district(name) for _, _, name in names)
        # 十四幢 不对不对 是十六幢: the number taken back is no place
        slipped = TAKEN_BACK.sub(blanked, text) if TAKEN_BACK_HINT.search(text) else text
        for clause in clauses:
            inside = [name for name in names if clause.start <= name[0] < clause.end]
            clause.communities = [name for _, _, name in inside]
            if clause.titled or (clause.opening and estates):  # 「东海县 石榴街道 点位整改清单」「海州区 新东街道：…」
                clause.communities = [n for n in clause.communities if not self._district(n)]  # where it is from
            self._locate(clause, sent, _masked(slipped[clause.start : clause.end], clause.start, inside))
        placed = any(c.communities or not c.place.empty() for c in clauses)
        evidence = evidence.placed(placed, not placed and any(self._spots.search(c.text) for c in clauses))
        if not (evidence.grounded or context.default_community):
            return _parsed([], truncated, text, shown, clauses, evidence)
        _drop_summary_headers(clauses)
        _spread_header_category(clauses)
        items = _group(clauses, self.lang, self._ditto, self._spots, self._another_kind_too)
        if not items:
            settled_doubts = {"fixed", "in progress", "tally"} & set(evidence.doubts)
            items = self._other_item(clauses, weak_allowed=not (settled_doubts or evidence.against))
        reports = self._reports(items, clauses, context, shown)
        return _parsed(reports, truncated, text, shown, clauses, evidence)

    def _district(self, name: str) -> bool:
        """A county's, city's or district's name as jieba's dictionary knows it (东海县, 清江浦区, 海州区), not an
        estate's (阳光小区, 桃源新区, 钢厂宿舍区)."""
        if name[-1] not in "县市区" or name.endswith(self.lang.community_suffixes):
            return False
        return self.names.place_name(name) or self.names.place_name(name[:-1])

    def _names(self, text: str, shown: str, tokens: Sequence[str], starts: Sequence[int]) -> list[tuple[int, int, str]]:
        """(start, end, name) of each community named: found in the text as read, reported as written
        in `shown` (same positions), an alias as the name it stands for."""
        found: list[tuple[int, int, str]] = []
        for at, name in self.names.find(text, tokens, starts):
            written = self.aliases.get(shown[at : at + len(name)], shown[at : at + len(name)])
            owner = shown.startswith(self.names.parties, at + len(name))  # 恒泰新城物业: the estate of a party
            said = next((n for s, _, n in found if s < at and _said_short(n, written, owner)), written)
            found.append((at, at + len(name), said))  # 「纪翟新苑 居委 城管：新苑东门口…」: 新苑 is 纪翟新苑 said short
        return found

    def hints(self, parsed: Parsed) -> Hints:
        """Categories, communities and buildings named anywhere in an analysed message, for matching a
        fix to an open ticket (read from its clauses, without segmenting the text again)."""
        hints = Hints()
        for clause in parsed.clauses:
            for c in clause.categories:  # one at a time: a category named twice in the clause is kept once
                if c not in hints.categories:
                    hints.categories.append(c)
            shown = parsed.written[clause.start : clause.end]
            found = self._names(clause.text, shown, clause.tokens, clause.offsets)
            for _, _, n in found:
                if n not in hints.communities:
                    hints.communities.append(n)
            place = Place().apply(place_marks(_masked(clause.text, 0, found)))
            if place.building and place.building not in hints.buildings:
                hints.buildings.append(place.building)
        return hints

    def looks_fixed(self, parsed: Parsed) -> bool:
        """Says a problem has been dealt with (已清理, 清掉了 …)."""
        return self.decider.done.search(parsed.text) is not None

    # -- one clause -----------------------------------------------------------------------------

    def _run(self, message: str, run: list[Span], words: Words, sent: datetime) -> list[Clause]:
        """Pieces set apart only by blanks (「罗阳新村 7楼 楼道 纸箱 物业 今天」, voice input without
        punctuation) are read as one clause when no piece names a problem on its own. A piece opening with
        还有/另外 starts another problem: the pieces before it are read apart from it (「楼道 堆纸箱 还有电动车
        停在楼梯下面」 is a pile and an e-bike, not one e-bike problem)."""
        also_markers = self.lang.also_markers
        also = next((i for i, span in enumerate(run) if i and message.startswith(also_markers, span.start)), 0)
        if also:
            return self._run(message, run[:also], words, sent) + self._run(message, run[also:], words, sent)
        read = [self._clauses(message, span, words, sent) for span in run]
        pieces = [clause for clauses in read for clause in clauses]
        if len(run) < 2:
            return pieces
        found = {name for p in pieces for name in p.categories}
        if found and self._beatable.isdisjoint(found):
            return self._head_read_whole(message, run, read, words, sent)  # nothing the whole could sharpen
        whole = self._clauses(message, _joined(run), words, sent)
        if not found:  # read whole, the note may name a problem, or ask a party about what it names
            return whole if any(c.categories or (c.fresh_request and c.parties) for c in whole) else pieces
        return whole if self._sharper(whole, found) else pieces

    def _head_read_whole(
        self, message: str, run: list[Span], read: list[list[Clause]], words: Words, sent: datetime
    ) -> list[Clause]:
        """The pieces as read, but two or more that open the run naming no problem alone are read together when
        so they name one (「…底商那家超市 货都摆到门口 占了半拉人行道 后边的消防通道上还堆着箱子」: goods set out on the
        pavement, then a blocked fire lane)."""
        head = next(i for i, clauses in enumerate(read) if any(c.categories for c in clauses))
        pieces = [clause for clauses in read for clause in clauses]
        if head < 2:
            return pieces
        whole = self._clauses(message, _joined(run[:head]), words, sent)
        if not any(c.categories for c in whole):
            return pieces
        return [*whole, *(clause for clauses in read[head:] for clause in clauses)]

    def _read_across(self, clauses: list[Clause]) -> None:
        """A situation told over two clauses of one sentence, the thing in the first and what it does in the
        next (「…养的金毛，主人上班了就在屋里叫唤一整天」「阳台上摆了一排花盆，伸出护栏外头」): the two are read
        together when the first names no problem alone, or only one the reading together makes more specific.
        Not into 其他, the name of no problem, nor over a check that found nothing (均未发现…), nor after a
        problem the sentence has named already (「楼道堆满纸箱，居民没有把垃圾交给保洁，直接扔在楼道口」: more
        of it)."""
        not_found = self.lang.not_found
        named: set[int] = set()
        for before, first, second in zip([None, *clauses], clauses, clauses[1:], strict=False):
            if first.dealt_with and first.segment == second.segment and self._came_back(second):
                first.dealt_with = first.in_hand = False  # 「纸箱上周清掉了，这两天又堆满了」: it is back
            if (before is not None and before.text in SPOKEN_BREAKS) or first.text.startswith(SPOKEN_BREAK_WORDS):
                named.discard(first.segment)  # 「…狗叫唤 再就是 七号楼后边那个垃圾箱 满了都溢出来了」: another problem
            if first.segment in named or first.segment != second.segment or second.categories:
                continue
            if first.categories:
                named.add(first.segment)
            if first.dealt_with or second.dealt_with or second.parties:
                continue  # 「那棵大树，绿化队上午修剪了枝条」: a party's doing, not the thing's
            if not (self._may_match(first.tokens, first.text) and self._may_match(second.tokens, second.text)):
                continue  # most pairs: one side has no word of any category, nothing to complete
            if any(_said_without(c.text, not_found, UNKNOWN_DOER) for c in (first, second)):
                continue
            together = [name for name in self._combos_across(first, second) if name != OTHER]
            if together and (not first.categories or self._sharper_than(together, set(first.categories))):
                first.categories = together

    def _came_back(self, clause: Clause) -> bool:
        """The clause opens by saying the problem fixed in the one before came back (今天又推回楼道里) or is
        still there (到现在还在), and says nothing fixed itself."""
        return not clause.dealt_with and came_back(unspaced(clause.text), self.lang.returns)

    def _parties_then_orders(self, text: str, clauses: list[Clause]) -> None:
        """A terse note's field of bare parties, then one that orders work (「… 物业 赶紧打下来 中午之前」,
        「… 派出所 查一下」, 「… 保洁 周三前给清了」), or a header's parties, then the order after its colon
        (「芙蓉里 居委 物业：今天下午3点前整改完毕」): the parties are asked, as if 请 stood before them."""
        lang = self.lang
        for first, second in pairwise(clauses):
            if first.fresh_request or second.parties:
                continue
            headed = second.segment == first.segment + 1 and text[first.end : second.start].strip(" \t") == ":"
            if first.segment != second.segment and not (headed and self._timed_order.match(second.text)):
                continue
            if not first.tokens or first.tokens[-1] not in lang.party_aliases:
                continue
            called = first.tokens[1:] if first.tokens[0] in CALLING_ON else first.tokens  # 「喊物业 明天…修好」
            if not all(t in lang.party_aliases or t in lang.joiners or t.isspace() for t in called):
                estate = self._estate_before_parties(first)  # 「翠苑物业，明天前把…清掉」: the estate's office
                called = first.tokens[estate:] if estate else []
            elif not first.parties:
                continue
            if not called or not all(t in lang.party_aliases or t in lang.joiners or t.isspace() for t in called):
                continue
            opening = [t for t in second.tokens[:3] if not t.isspace()]
            ordered = any(
                t in lang.actions or t in lang.urging or t in lang.delegations or t in lang.request_markers
                for t in opening
            )
            ordered = ordered or (second.deadline is not None and not lang.actions.isdisjoint(second.tokens))
            ordered = ordered or (
                first.segment == second.segment and self._timed_order.match(text, first.end) is not None
            )
            found = not FOUND_ON_ROUND.isdisjoint(opening)  # 「居委会 今天巡查发现…」: what its round found
            if ordered and not found and not second.dealt_with:
                first.fresh_request = second.fresh_request = True
                named = (lang.party_aliases[t] for t in called if t in lang.party_aliases)
                first.parties.extend(p for p in dict.fromkeys(named) if p not in first.parties)

    def _estate_before_parties(self, clause: Clause) -> int:
        """How many of the clause's words are an estate's name standing before the parties that end it (翠苑 of
        「翠苑物业」, 梁溪小区 of 「梁溪小区居委」): the estate's office addressed. 0 when the clause is not so."""
        tokens, aliases = clause.tokens, self.lang.party_aliases
        if len(tokens) < 2 or tokens[0] in aliases or tokens[-1] not in aliases:
            return 0
        k = next(i for i, t in enumerate(tokens) if t in aliases)
        if not 2 <= clause.offsets[k] <= MAX_ADDRESSED_ESTATE:
            return 0
        found = self.names.find(clause.text, tokens, clause.offsets)
        return k if any(at == 0 and len(name) == clause.offsets[k] for at, name in found) else 0

    def _sharper(self, clauses: list[Clause], found: set[str]) -> bool:
        """Read whole, the pieces name a more specific problem than any piece alone (「2号楼 2楼 走廊 堆放杂物」
        is 楼道堆物, not the 公共区域堆物 of 「堆放杂物」 alone)."""
        return self._sharper_than([name for c in clauses for name in c.categories], found) and all(
            c.categories for c in clauses
        )

    def _sharper_than(self, names: Iterable[str], found: set[str]) -> bool:
        """A category among `names` not in `found` beats one that is."""
        beaten = {loser for name in set(names) - found for loser in self._category(name).beats}
        return bool(found & beaten)

    def _clauses(self, message: str, span: Span, words: Words, sent: datetime) -> list[Clause]:
        """A 、-run of problems (2号楼楼道堆物、4号楼飞线充电) is several clauses; a 、-list of names is not.
        So is a run-on without punctuation that moves to a new building with a problem of its own."""
        whole = self._clause(message, span, words, sent)
        if not whole.categories:
            return [whole]
        if "、" in whole.text:
            pieces = whole.text.split("、")
            cuts = list(accumulate(len(piece) + 1 for piece in pieces[:-1]))
            skip, shared = 1, False
        else:
            cuts = (
                [*building_starts(whole.text)[1:], *self._estate_starts(whole.text), *_also_starts(whole.text)]
                if len(whole.text) >= RUN_ON
                else []
            )
            asked = self._request_starts(whole)
            shared = _asks_twice(whole, asked)
            if not cuts and not shared:
                return [whole]
            cuts += asked
            skip = 0
        parts, start = [], span.start
        for i, end in enumerate([*sorted(set(cuts)), len(whole.text) + skip]):
            part = Span(start, span.start + end - skip, span.segment, span.listed and i == 0, span.header)
            parts.append(self._clause(message, part, words, sent))
            start = span.start + end
        return parts if shared or sum(1 for p in parts if p.categories) >= 2 else [whole]

    def _estate_starts(self, text: str) -> list[int]:
        """Where a run-on turns to another part of the estate (…就停人行道上了还有小区北门那个消防通道…, …第四个是小区
        里头那个垃圾分类的桶…)."""
        return [m.start() for m in self._elsewhere_in_estate.finditer(text) if m.start() > 0]

    def _request_starts(self, clause: Clause) -> list[int]:
        """Where the parties addressed at the end of a run-on begin (…5号楼楼道里堆了纸箱物业你们管管, …推家里头充电
        居委会物业今天中午前上门: both parties)."""
        lang, tokens = self.lang, clause.tokens
        starts = []
        for i, token in enumerate(tokens[:-1]):
            if i == 0 or token not in lang.party_aliases:
                continue
            if not any(tokens[i + 1] in words for words in (lang.urging, lang.request_markers, lang.actions)):
                continue
            while i > 1 and (tokens[i - 1] in lang.party_aliases or tokens[i - 1] in lang.joiners):
                i -= 1
            marked = i > 1 and tokens[i] in lang.party_aliases
            marked = marked and (tokens[i - 1] in lang.request_markers or tokens[i - 1] in CALLING_ON)
            if marked:
                i -= 1  # 叫物业换个新的: the request opens with its marker
            starts.append(clause.offsets[i] if marked or tokens[i] in lang.party_aliases else clause.offsets[i + 1])
        return starts

    def _clause(self, message: str, span: Span, words: Words, sent: datetime) -> Clause:
        text = message[span.start : span.end]
        tokens, offsets = words.between(span.start, span.end)
        listed, header = span.listed, span.header
        clause = Clause(text, span.segment, span.start, tokens, offsets, listed=listed, header=header)
        clause.titled = _on_list_title_line(message, span.start)
        clause.opening = words.opening_end is not None and span.start < words.opening_end
        clause.dated = clause.titled or self._record_date(message, text, span.start)
        found_nothing = _said_without(text, self.lang.not_found, UNKNOWN_DOER)  # 均未发现, not 没发现是谁拉的
        found_nothing = found_nothing or text.rstrip(LINE_MARKS).endswith(self.lang.checked_fine)
        clause.categories = [] if found_nothing else self._categories(*_without_slogans(tokens, offsets, text))
        said = unspaced(text)
        done = self._dealt_with.search(said) if words.dealt_with else None
        said_done = done is not None and not came_back(said[done.end() :], self.lang.returns)
        said_done = said_done and not _taken_away(clause.categories, said, done.start())
        logged = self._work_counted(text) and ASKING.search(message) is None
        marked = _status_marked(message, text) and (_done_list(message, text) or ASKING.search(message) is None)
        clause.dealt_with = said_done or (words.checklist and _ticked(message, span.start)) or marked or logged
        clause.in_hand = said_done and self.decider.done.search(said) is None
        if not (text in self.lang.name_labels and message.startswith(":", span.end)):
            self._read_request(clause, tokens, header)  # 「社区：洲心村」: a form's field naming the estate, no party
        if clause.parties and not (clause.fresh_request or header) and _threatened(message, span.start, text):
            clause.parties = []  # 「今天下班前再不清，街道直接组织清运」: what follows if the work is not done
        clause.problem_signal = self._signal.search(text) is not None
        return clause

    def _record_date(self, message: str, text: str, start: int) -> bool:
        """The clause is a date alone, with no 前 or 内, right after a record's title that opens the message
        (城管巡查记录 11月11日 …); not a date closing a note (…请物业整改 检查 12月15日)."""
        if start > RECORD_TITLE_LONGEST or text[-1:] in "前内":
            return False
        title = message[:start].rstrip()
        return title.endswith(self.lang.record_titles) and deadlines.DEADLINE.fullmatch(text) is not None

    def _work_counted(self, text: str) -> bool:
        """A work log's line: a verb of dealing with the problem, before or right after the thing, then how many
        were dealt with (✅清理楼道堆物3处, 劝离楼道电瓶车5辆, 清理小广告若干, 路灯检修3盏, 楼道清理✅2处) — work done,
        no problem found (a list of problems names the problem and its count alone: 楼道堆物3处). Only in a message
        that asks for nothing (「今日任务：1.清理5号楼楼道堆物3处 … 请物业今天完成」 is work to do)."""
        if WORK_COUNT.search(text) is None:
            return False  # the test first: most clauses end with no count (the line below ends as the text does)
        line = LOG_OPENING.sub("", text[text.rfind(":") + 1 :])
        if WORK_NOT_DONE.search(line):
            return False
        line = WORKERS_OPENING.sub("", line)  # 槐柏树西里社区志愿者今天上午清理…: who and when, then the work
        return line.startswith(self._work_verbs) or self._work_after_thing.search(line) is not None

    def _locate(self, clause: Clause, sent: datetime, unnamed: str) -> None:
        """The costlier reading (places, deadline), done only for messages that may report a problem.
        Places are read from `unnamed`, the text with its community names blanked (北塔路32号院 has no
        building 32, 滨河一号 no building 1) and a number the speaker took back (六号楼不对不对是九号楼); a document's
        number (督办单（第12号）) is blanked here."""
        text = clause.text
        numbered = DOCUMENT_NUMBER.sub(blanked, unnamed) if "第" in unnamed else unnamed  # each form's number has 第
        clause.marks = place_marks(numbered)
        clause.place.apply(clause.marks)
        if clause.limit_cell is not None:
            self._read_limit_cell(clause, sent)
            return
        if clause.limit and BARE_SPAN.fullmatch(text):
            text += "内"  # 处置时限：24小时 is 24小时内
        found = deadlines.find(text, sent) if TIME_WORD.search(text) and not clause.dated else []
        found = [p for p in found if not self._said_of_the_problem(clause, p)]
        acting = {p for p in found if self._for_action(clause, p)}
        if clause.request and _run_on(clause.tokens, text):
            asked = self._asked_at(clause)  # 「额早上下楼遛弯看见…物业…赶紧弄一下」: when the speaker went out
            found = [p for p in found if p.explicit or p.start >= asked or p in acting or _day_to_act(text, p, asked)]
        accepted = [p for p in found if p.explicit or clause.request or clause.limit or p in acting]
        # 「今日巡查问题（请周三前整改）」: the 前 is the deadline; 「明天领导要来…今天收掉」: the time of the work
        accepted.sort(key=lambda p: (not p.explicit, p not in acting))
        clause.deadline = accepted[0].moment if accepted else None
        clause.firm = bool(accepted) and accepted[0].explicit

    def _asked_at(self, clause: Clause) -> int:
        """Where a run-on clause first asks or names a party: a time said before it, with no 前 or 内, tells
        of the problem or the speaker's day in voice input, not when the work is due."""
        asking = self._asking
        found = (at for token, at in zip(clause.tokens, clause.offsets, strict=True) if token in asking)
        return next(found, len(clause.text))

    def _read_limit_cell(self, clause: Clause, sent: datetime) -> None:
        """A table row's deadline, from its time-limit cell alone (a bare span, 24小时, is a span within)."""
        start, end = clause.limit_cell or (0, 0)
        cell = clause.text[start:end]
        found = deadlines.find(cell + "内" if BARE_SPAN.fullmatch(cell) else cell, sent)
        clause.deadline = found[0].moment if found else None
        clause.firm = bool(found) and found[0].explicit

    def _said_of_the_problem(self, clause: Clause, phrase: deadlines.DeadlinePhrase) -> bool:
        """A habit (每天下午都有…), the speaker's own doing (我今天去…转了一圈), a greeting (各位早上好), the
        date of a round or a list (3月27日问题清单) or a time followed by what happened (今天又敲到十点, 下班前
        发现…) sets no deadline."""
        text = clause.text
        before = text[: phrase.start].rstrip("都也还 ")
        said = text[phrase.start : phrase.end]
        greeting = (
            said in self.lang.greeted and text.startswith("好", phrase.end) and not text.startswith("好好", phrase.end)
        )
        dated = not clause.fresh_request and text[phrase.end :].lstrip().startswith(self.lang.dated_records)
        headed = clause.header and not phrase.explicit and self._round_named.match(text, phrase.end) is not None
        dated = dated or headed
        doer = DOER_BEFORE_TIME.search(before)  # 天天有人早上在那边放狗: the habit's doer between habit and time
        told_before = before[: doer.start()] if doer else before
        habit = told_before.endswith(self.lang.habitual) or before.endswith(tuple(self.lang.speakers))
        spoken = before[max(before.rfind(" "), before.rfind("，"), before.rfind(",")) + 1 :]
        promised = before.endswith(PROMISING) and TELLING.search(spoken) is None  # 上礼拜物业讲下礼拜一前修好
        toured = not clause.request and TOUR.match(text, phrase.end) is not None  # 下午去…转了一圈: when one went
        toured = toured or SEEN_AT.match(text, phrase.end) is not None  # 今天跟物业一起走了一遍: the round's day
        after = text[phrase.end :].lstrip()
        # 周六了啊, 都周三了: what day it is now; 今天都还没来收: what has not happened by then; no time to act by
        unbounded = not phrase.explicit and after.startswith(NOT_YET)
        happened = after.startswith(self.lang.happened_after) or unbounded
        done_to = after.startswith("把") and not clause.request and "了" in after
        done_to = done_to and not (phrase.explicit and self._work_follows(clause, phrase.end))  # 下班前把垃圾清了
        happened = happened or done_to  # 早上把小孩儿吓哭了: what was done to someone then, not a time to act by
        coming = self._inspectors_coming.match(text, phrase.end) is not None
        allowed = before.endswith(ONLY_ALLOWED) and after.startswith(WORKING)  # 说好了只能上午干: the hours allowed
        told = greeting or dated or habit or toured or happened or coming or promised or allowed
        return told or _when_it_happens(text, before, phrase) or _day_then_where(clause, phrase)

    def _work_follows(self, clause: Clause, at: int) -> bool:
        """A work is said after position `at` of the clause (今天下班前把垃圾清了), not a deed (7点前把车停在…)."""
        actions = self.lang.actions
        return any(t in actions for t, start in zip(clause.tokens, clause.offsets, strict=True) if start >= at)

    def _for_action(self, clause: Clause, phrase: deadlines.DeadlinePhrase) -> bool:
        """A time that sets when something is to be done: followed by an action (「今天清理掉」, 「今天上午
        完成」), or standing alone as a closing note (「物业 明日」). A time describing the problem
        (「今日巡查」, 「停了一上午」) is neither."""
        after = clause.text[phrase.end :].lstrip()
        # 今天就挪, 今朝就要拆, 今天就得处理: the act, whatever 就 stands before it (not 明天要清理, a plan told)
        after = next((after.removeprefix(must) for must in MUST_BEFORE_ACT if after.startswith(must)), after)
        after = after.removeprefix("给")  # 明天给修好: northern speech puts 给 before the act
        if after.startswith("都") and after.startswith(ALL_DONE_BY, 1):
            after = after[1:]  # 明天都弄好: all of it done by then (下午都来摆摊 is a habit)
        after = after.removeprefix("先")  # 今天先设置警示: the first of the work, by today
        after = after.removeprefix("能")  # 今天上午能来抽不: asked whether it can be done by then
        until = clause.text[: phrase.start].rstrip().endswith(("到", "都", "也", "从"))
        # 「…请物业修一修 明朝下半天好伐」: the time, then a polite tag that asks (not 敲到下半天五点好伐)
        if after.rstrip("?？!！~。 ") in self.lang.request_markers and not until:
            return True
        if not after.rstrip(TIME_TAGS):  # alone or with a tag (今儿下午呗): a closing note sets a time, a message's
            # opening one (「礼拜天下午 …」) tells when
            return clause.start > 0 and not clause.text[: phrase.start].strip() and not clause.categories
        if len(after) <= 4 and after.endswith("了"):
            return False  # 今天去看了: what the speaker did
        if SEEN_AT.match(after):
            return False  # 「紫荆里今天下午看的情况」: when the speaker looked, no time for work
        return after.startswith(self._action_start) or after.startswith(REPORTING_BACK)

    def _categories(self, tokens: Sequence[str], text: str) -> list[str]:
        """Keywords match alone; a combo matches when each of its word groups has a token in the clause.
        A terse note's words are also read as if unspaced: its long terms (安全出口 指示灯 is 安全出口指示灯),
        not short words made across a break (垃圾桶 边 is no 桶边)."""
        matched: list[int] = []
        run_on = _run_on(tokens, text)
        joined = unspaced(text)
        if joined != text:
            text, tokens = joined, [*tokens, *(t for t in self.segmenter.tokens(joined) if len(t) >= 4)]
        if self._may_match(tokens, text):  # one set test first: most clauses have no keyword
            if run_on:
                self._match_near(tokens, matched)
            else:
                self._match_words(tokens, matched)
        if self._any_pattern.search(text):
            for ci, pattern in self._patterns:  # one at a time: a category's second pattern is not tried
                if ci not in matched and pattern.search(text):
                    matched.append(ci)
        if not matched:
            return []
        return [self.categories[ci].name for ci in matched if not self._vetoed(ci, text)]

    def _vetoed(self, ci: int, text: str) -> bool:
        """A phrase of the category's `unless` rules it out of `text`."""
        veto = self._vetoes.get(ci)
        return veto is not None and veto.search(text) is not None

    def _match_words(self, tokens: Sequence[str], matched: list[int]) -> None:
        """Adds to `matched` the categories whose keyword, or every word group of a combo, is among `tokens`."""
        groups: dict[tuple[int, int], set[int]] = {}
        for ci, bi, gi in self._hits(tokens):
            if bi < 0:
                if ci not in matched:
                    matched.append(ci)
            else:
                found = groups.setdefault((ci, bi), set())
                found.add(gi)
                if len(found) == len(self.categories[ci].combos[bi]) and ci not in matched:
                    matched.append(ci)

    def _match_near(self, tokens: Sequence[str], matched: list[int]) -> None:
        """`_match_words` for a long clause with no blank in it (voice input run on): each combo's word groups
        within COMBO_REACH tokens of its first, with no word that opens another sentence of speech (然后, 还有)
        between them: 「路灯杆子歪咧…然后那个路面也塌了一个坑电动车过去都颠得很」 tells of no e-bike fallen over.
        Nearness only keeps a second problem out: a long sentence of one problem (「小轿车从上个礼拜一开始…一直在
        人行道上停着」) keeps the combo whose words stand far apart."""
        places: dict[tuple[int, int], dict[int, list[int]]] = {}
        far: list[int] = []
        spoken = list(accumulate(token in SPOKEN_BREAKS for token in tokens))
        for at, token in enumerate(tokens):
            for ci, bi, gi in self._hits((token,)):
                if bi < 0:
                    if ci not in matched:
                        matched.append(ci)
                else:
                    places.setdefault((ci, bi), {}).setdefault(gi, []).append(at)
        for (ci, bi), found in places.items():
            if ci in matched or len(found) < len(self.categories[ci].combos[bi]):
                continue
            if any(all(any(_near(spoken, p, q) for q in found[g]) for g in found) for p in found[0]):
                matched.append(ci)
            elif ci not in far:
                far.append(ci)
        if not matched:
            matched.extend(far)

    def _hits(self, tokens: Sequence[str]) -> Iterable[tuple[int, int, int]]:
        """(category, combo, word group) of each keyword or combo word among `tokens` (combo -1: a keyword)."""
        index, suffixes = self._index, self._suffixes
        for token in tokens:
            hits = index.get(token)
            if hits is None and len(token) >= 3:
                hits = suffixes.get(token[-1])
            elif hits is None and len(token) == 2 and token[0] == "一" and self._said_once(token[1]):
                hits = index.get(token[1])  # 大货车一停就是一下午: 停, said once and for long
            if hits is None and len(token) >= 3 and token[-1] == "儿":
                hits = index.get(token[:-1])  # 摆摊儿: the northern 儿 after a word
            if len(token) >= 3 and token[0] in GLUED_ADVERBS and (bare := index.get(token[1:])) is not None:
                hits = bare if hits is None else [*hits, *bare]  # 盖子都没了: jieba glues 都 to the state
            if hits is not None:  # most tokens: no keyword, no combo word
                yield from hits

    def _said_once(self, word: str) -> bool:
        """`word` after 一 is a verb done once (一停), not a measure word counting things (一堵墙, 一排车)."""
        return word not in MEASURES and (self.names.tags.get(word) or "").startswith("v")

    def _combos_across(self, first: Clause, second: Clause) -> list[str]:
        """Categories of a combo whose first word group (the thing) is in `first` and whose other groups
        it lacks (what the thing does) are in `second`: 「…养的金毛，…在屋里叫唤」, not 「踩上去哐当响，夜里…」.
        A place in `second` is no doing (「电瓶车停了3排，过道都堵了」), and a `second` naming a thing of its own
        that `first` completes is a sentence of its own (「3号楼楼道，放着好几辆电瓶车」)."""
        told = self._combo_groups(first.tokens)
        doing = self._combo_groups([t for t in second.tokens if t not in self._where])
        if self._completed(doing, told):
            return []
        text = f"{first.text}，{second.text}"
        return [self.categories[ci].name for ci in self._completed(told, doing) if not self._vetoed(ci, text)]

    def _completed(self, said: dict[tuple[int, int], set[int]], then: dict[tuple[int, int], set[int]]) -> list[int]:
        """Categories of a combo whose first word group `said` has and whose groups it lacks `then` has (each the
        word groups of a clause's tokens)."""
        matched: list[int] = []
        for (ci, bi), groups in said.items():
            size = len(self.categories[ci].combos[bi])
            completed = 0 in groups and len(groups) < size and len(groups | then.get((ci, bi), set())) == size
            if completed and ci not in matched:
                matched.append(ci)
        return matched

    def _may_match(self, tokens: Sequence[str], text: str) -> bool:
        """Some token is a keyword or combo word, or the text has a word class's ending: two set tests that
        rule out most clauses before any word is looked up."""
        return not self._index.keys().isdisjoint(tokens) or not self._suffixes.keys().isdisjoint(text)

    def _combo_groups(self, tokens: Sequence[str]) -> dict[tuple[int, int], set[int]]:
        """The word groups of each (category, combo) that `tokens` have a word of."""
        groups: dict[tuple[int, int], set[int]] = {}
        for ci, bi, gi in self._hits(tokens):
            if bi >= 0:
                groups.setdefault((ci, bi), set()).add(gi)
        return groups

    def _read_request(self, clause: Clause, tokens: Sequence[str], header: bool) -> None:
        """A party counts when it is asked to act: after 请/要求…, @-mentioned (@物业, @凌云新村居委), in a
        header, or followed by a verb; one a party asked is to direct is asked too (「请街道督促物业整改」)."""
        if self._asking.isdisjoint(tokens):
            return  # most clauses: no request marker, no party, nothing to read
        if tokens[0] in QUESTION_OPENERS and self.lang.party_aliases.keys().isdisjoint(tokens):
            return  # 「请问创全测评表上的公益广告要求每个小区几块？」: a question of no party, its 要求 no request
        lang = self.lang
        request_markers, party_aliases = lang.request_markers, lang.party_aliases
        asked = False
        mentioning = False
        for i, token in enumerate(tokens):
            if token == "@":
                mentioning = True
                continue
            if not token.isalnum():
                mentioning = False  # an @-mention runs to the first blank or punctuation
            if token in request_markers:
                next_token = tokens[i + 1] if i + 1 < len(tokens) else ""
                done = not DONE_BEFORE.isdisjoint(tokens[max(i - 2, 0) : i])  # 已现场督促…清理完毕: done
                hired = token == "请" and next_token in HIRED  # 就会请人拖走, 请师傅来修: hiring someone, nobody asked
                reviewing = _review_asked(tokens[i + 1 : i + 4], lang)  # 请网格员复核: check a fix
                since = token == "由" and TIME_TOKEN.fullmatch(next_token) is not None  # 由早上七点钻到而家: from then
                issued = "".join(tokens[max(i - 2, 0) : i]).endswith(ISSUING)  # 下了限拆通知: the notice's name
                if not reviewing and not done and not hired and not since and not issued:
                    asked = True
                    clause.fresh_request = True
                continue
            party = party_aliases.get(token)
            if party is None or _glued_street_office(tokens, i, lang):
                continue
            if token in STEWARDS and i > 0 and tokens[i - 1] in NOT_THE_ESTATES:
                continue  # 住家管家, 智慧管家APP: a household's helper or an app, not the property's steward
            if _in_title(clause, i) or (clause.titled and not asked):
                continue  # 【街道城市管理通报】, 玄武门街道巡查问题清单: the office that writes, not one asked
            signing = not asked and request_markers.isdisjoint(tokens[i + 1 : i + 2])  # not 金山街道请关注
            signing = signing and not self._inspected(tokens, i)  # 越城区街道检查问题清单: the round's
            if clause.opening and signing and _named_street_office(tokens, i, lang):
                clause.signature = True
                continue  # 「泉山区 金山街道：…请物业…」: the office that writes, named at the opening
            named = token in lang.community_suffixes and self._ends_a_name(tokens, i)
            if named and not (asked or mentioning or _joined_party(tokens, i, lang) or _party_cell(clause, i, lang)):
                continue  # 「枫香里社区居民反映」: a name's end, no party (请盐渎社区、物业…, @杨园社区 ask its office)
            if not asked and self._demands_of_another(tokens, i):
                continue  # 「街道要求物业明天中午之前恢复」: the office that asks another, not one asked
            if not asked and i > 0 and tokens[i - 1] in lang.speakers:
                continue  # 「我们社区工作人员检查时发现」: the speaker's own side, not a party asked
            if i > 1 and tokens[i - 1] == "是" and tokens[i - 2] in SELF:
                continue  # 「俺是业委会的 反映个事…请街道 城管…」: who speaks, not a party asked
            if not asked and self._inspected(tokens, i):
                continue  # 「渭城街道督查通报」「街道联合检查组」: the office that inspected, not one asked
            if not asked and tokens[i + 1 : i + 2] in (["将"], ["会"]) and tokens[i + 2 : i + 3] in RECHECKS:
                continue  # 「…请物业12月14日前整改，街道将复查」: the office that will check the work
            if not asked and COMING_TO_CHECK.fullmatch("".join(tokens[i + 1 :]).rstrip(CLOSING_MARKS)):
                continue  # 「…@物业 今天中午前必须清完，街道下午来查」: the office coming to see the work done
            if not asked and RELAYING.match("".join(tokens[i + 1 : i + 5])):
                continue  # 「青荷派出所转12345工单」「街道网格长转：」: the office that passes the order on
            if i > 0 and tokens[i - 1] in lang.recipients:
                continue  # 「请物业处理并回复社区」: told of the work, not asked to do it
            if not asked and i > 0 and tokens[i - 1] in PASSED_ON_FROM:
                continue  # 「转城管中队反馈 今日暗访问题：」: whose word is passed on, not a party asked
            together = i > 0 and tokens[i - 1] in ACCOMPANYING and tokens[i + 1 : i + 2] == ["一起"]
            if not asked and together and (i < 2 or tokens[i - 2] not in party_aliases):
                continue  # 「今天跟街道一起检查了」: whom one went round with (派出所和居委一起去查: both asked)
            if _contacted(tokens, i, lang):
                continue  # 「请物业跟环卫联系一下」: whom the party asked is to get in touch with
            if i > 0 and tokens[i - 1] in NONE_THERE:
                continue  # 「这个老宿舍没物业的 @房管办…」: there is none to ask
            if not asked and next((t for t in tokens[i + 1 :] if not t.isspace()), "") in PARTY_PLACES:
                continue  # 「居委会门口的宣传栏…」「村委会旁边」: the office's place, not the office asked
            if not asked and _not_its_work(tokens, i):
                continue  # 「不归居委管吧？」: whose work it is not, nobody asked
            if not asked and _owned(tokens, i, lang):
                continue  # 「把社区的通知都遮完了」: what the office owns, nobody asked
            helped_by_a_party = i > 1 and tokens[i - 2] in party_aliases
            if not asked and i > 0 and tokens[i - 1] in ASSISTED and not helped_by_a_party:
                continue  # 「上午：配合社区入户宣传」: whom the speaker helped (not 派出所配合居委会去核实: both asked)
            brought_in = clause.dealt_with and not DONE_BEFORE.isdisjoint(tokens[max(i - 2, 0) : i])
            if not asked and brought_in and tokens[i - 1] not in HANDED_TO:
                continue  # 「✅3栋垃圾箱房满溢已协调保洁清运」: a party the speaker already brought in (not 已转给城管)
            acted_on = i > 0 and tokens[i - 1] in lang.actions and tokens[i - 1] not in lang.delegations
            work = token in lang.works and not _acts_next(tokens, i, lang.actions)  # 恢复绿化, not 提醒保洁清一下
            if acted_on and (clause.parties or work):
                continue  # 「请物业恢复绿化」「请今天恢复绿化」: the work acted on; 「请街道督促物业」 asks both
            last_joined = self._last_joined(tokens, i)
            following, last = _after_parties(tokens, last_joined)
            called = _called_at_the_end(tokens, i, following)
            said_next = "".join(tokens[last_joined + 1 : last_joined + 5])
            challenge = CHALLENGE.match(said_next)
            challenge = challenge if challenge and challenge[1] in lang.actions else None
            challenge = challenge or REPROACH.match(said_next)
            clause.calling = clause.calling or self._calling(clause, i, last_joined)
            if self._spoken_to(clause, i, following) or called or challenge or clause.calling:
                if party not in clause.parties:
                    clause.parties.append(party)  # 「物业你咋不管呢」「物业到底管不管」: spoken to
                challenged_at = clause.offsets[last_joined + 1] + challenge.end() if challenge else -1
                if challenge and self._timed_order.search(clause.text, challenged_at):
                    clause.fresh_request = True  # 「物业到底修不修 今天下班前必须修好」: challenged, then told by when
                elif called and any(t in lang.actions or _reduplicated(t) for t in tokens[:i]):
                    clause.fresh_request = True  # 「这个事儿得管管啊物业」: what is asked, then whom
                elif not called and _acts_next(tokens, i, lang.actions) and self._bidden(clause, following[1:]):
                    clause.fresh_request = True  # 「物业你们赶紧来看看吧」: spoken to, then told what to do
                elif not called and self._urged_later(tokens, last_joined):
                    clause.fresh_request = True  # 「物业你们嫑光收钱不干活这两个事赶紧弄一下」: spoken to, then urged
                elif not called and _closing_bidding(tokens, lang.actions):
                    clause.fresh_request = True  # 「业委会你们不是说要管吗管管啊」: spoken to, then bidden at the end
                elif not called and self._timed_order.search(clause.text, clause.offsets[last_joined]):
                    clause.fresh_request = True  # 「向荣里的物业啊…明天十点以前给挪走啊」: spoken to, then told by when
                continue
            if not lang.refusals.isdisjoint(_without_question_tag(following, last, lang.question_tags)):
                continue
            if any("".join(following[:k]) in self._refusal_phrases for k in (2, 3)):
                continue  # 「保洁来了也不分」: what the party did, nothing asked (not 来了解)
            ordered = self._ordered(clause, i, last_joined)
            if not ordered and (_spoken(following, lang.reported_speech) or _greeted(clause, i, lang.salutations)):
                continue
            addressed = (
                asked
                or (_informed(tokens, i) and not NARRATED_AFTER.search(clause.text, clause.offsets[i]))
                or header
                or mentioning
                or _bare(clause, i)
                or (bool(following) and following[0] in lang.urging)
                or not lang.request_markers.isdisjoint(following[:1])
                or all(t in party_aliases or t in lang.joiners or t in BRACKETS for t in tokens)  # 「物业、城管中队】」
                or _party_cell(clause, i, lang)
                or (i == 1 and tokens[0] in CALLING_ON)
                or self._labelled_party.search(clause.text, 0, clause.offsets[i]) is not None
                or (_handed_on(tokens, i) and not following)  # 「…摆到门口——交城管」「找房管站」
            )
            acting = _acts_next(tokens, last_joined, lang.actions) or _handed(tokens, i)  # near the parties
            acting = acting or _making_act(following)
            said_after = [t for t in tokens[last_joined + 1 :] if not t.isspace()]
            closing = bool(said_after) and _only_when(said_after, lang.urging)  # 「…物业 明天」「派出所下礼拜二前」
            if party not in clause.parties and (addressed or acting or ordered or closing):
                clause.parties.append(party)
            bidden = (acting and (self._bidden(clause, following) or _handed(tokens, i))) or ordered or closing
            if bidden and (i == 0 or tokens[i - 1] not in lang.speakers):
                clause.fresh_request = True  # 「物业给修修吧」「城管中队5号前拆除」「居委会说一下」: asked, without 请
        clause.request = asked or bool(clause.parties)

    def _demands_of_another(self, tokens: Sequence[str], i: int) -> bool:
        """The party at `i`, with any joined to it, requires another party or a person to act (街道要求物业…,
        街道、居委会要求物业…, 派出所要求房东三日内整改), or is the one whose requirement is followed (按照街道要求，
        请…); not the inspector's demand of it (物业要求于周五前完成…, 城管执法中队要求周五前…)."""
        after = self._last_joined(tokens, i) + 1
        if after >= len(tokens) or tokens[after] not in DEMANDING:
            return False
        if i > 0 and tokens[i - 1] in FOLLOWING:
            return True
        demanded = tokens[after + 1] if after + 1 < len(tokens) else ""
        return demanded in self.lang.party_aliases or demanded in self.lang.persons

    def _inspected(self, tokens: Sequence[str], i: int) -> bool:
        """The party at `i` made the round: an inspecting word follows it, perhaps after the day and 联合/交叉
        (渭城街道督查通报, 街道联合检查组, 拱宸桥街道12月3日交叉检查问题清单)."""
        after = i + 1
        while after < len(tokens) and (DATE_PIECE.fullmatch(tokens[after]) or tokens[after] in JOINTLY):
            after += 1
        return after < len(tokens) and tokens[after] in self._inspecting

    def _ends_a_name(self, tokens: Sequence[str], i: int) -> bool:
        """The word at `i` (社区) closes a name written right before it (枫香里社区, which jieba splits 枫香/里),
        not a word of the sentence (请社区, 物业和社区, 相关社区)."""
        back = 2 if i > 1 and len(tokens[i - 1]) == 1 else 1
        pieces = tokens[max(i - back, 0) : i]
        plain = all(HANZI_RUN.fullmatch(p) is not None and p not in self._grammar for p in pieces)
        return bool(pieces) and plain and pieces[0] not in self.names.stops

    def _last_joined(self, tokens: Sequence[str], i: int) -> int:
        """Where the parties joined to the party at `i` end (「街道和城管」「居委、物业搭派出所」「物业居委会」), a
        的 after them included (「城管跟街道的来瞅瞅吧」: the parties' people)."""
        joiners, parties = self.lang.joiners, self.lang.party_aliases
        while True:
            gap = next((k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k] not in joiners), None)
            if gap is not None and gap > i + 1 and tokens[gap] in parties:
                i = gap  # 「居委、物业」「喊居委 跟 派出所」: joined by a word, blanks around it or not
            elif i + 1 < len(tokens) and tokens[i + 1] in parties:
                i += 1  # 「物业居委会今天清理」: two parties side by side
            elif i + 1 < len(tokens) and tokens[i + 1] in PARTY_TITLES:
                i += 1  # 「保洁师傅跟居委会说一下」: the party's people, by their title
            elif tokens[i + 1 : i + 2] == ["的"] and _joined_by(tokens[i + 2 : i + 4], joiners, parties):
                i += 3  # 「物管的和房办的2号之前处理」: each party's people
            elif i + 1 < len(tokens) and tokens[i + 1] == "的" and i + 2 < len(tokens) and tokens[i + 2] not in parties:
                return i + 1  # 「城管跟街道的来瞅瞅吧」: the parties' people
            else:
                return i

    def _mentions_ordered(self, clauses: list[Clause]) -> None:
        """「@保洁 …烂菜叶子堆起，都臭了，今天下班前弄干净」: an @-mentioned party is asked by a later clause that
        says what to do by when (not one that asks whether it will be: 「下午能清完吗？」), or by the first later
        request that names no party of its own (「@保洁 …狗屎好几坨，麻烦清一下，另外@物业 查一下」)."""
        for at, clause in enumerate(clauses):
            if not ((clause.text.startswith("@") or clause.calling) and clause.parties and not clause.fresh_request):
                continue
            later = clauses[at + 1 :]
            ordering = (c for c in later if not c.dealt_with and not NARRATED.search(c.text))
            if any(self._timed_order.match(c.text) and not self._asks_when(c.text) for c in ordering):
                clause.fresh_request = True
            asking = next((c for c in later if (c.fresh_request or c.parties) and not c.text.startswith("@")), None)
            if asking is not None and asking.fresh_request and not self._asks_when(asking.text):
                clause.fresh_request = True
        for clause, following in pairwise(clauses):
            if clause.parties and not clause.fresh_request and self._orders(clause, following):
                clause.fresh_request = True  # 「物业恁咋不管呢，今天就给处理掉」: the party named, then told when
        passed_on = False
        """Whether what was said before has passed the matter on (已经跟城管说了, 回复：…): a demand after it is
        the answer's promise (「马上来拆」), no order."""
        for clause in clauses:
            plain = not (clause.fresh_request or clause.parties or clause.dealt_with or passed_on)
            if plain and self._demanded(clause.text):
                clause.fresh_request = True  # 「…谁管？赶紧来个人」「…今天就得处理」: a demand, whoever does it
            passed_on = passed_on or clause.dealt_with or PASSED_ON.search(clause.text) is not None

    def _orders(self, clause: Clause, following: Clause) -> bool:
        """`following`, in the same sentence and naming no party, says what is to be done, by when or at once
        (「…，今天就给处理掉」「@物业 赶紧处理一下」)."""
        if following.segment != clause.segment or following.parties or following.dealt_with or clause.dealt_with:
            return False
        if NARRATED.search(following.text) or self._asks_when(following.text):
            return False
        return self._timed_order.match(following.text) is not None or self._urged(following.tokens)

    def _urged(self, tokens: Sequence[str]) -> bool:
        """An urging word and an act right after it (赶紧处理一下, 抓紧清掉)."""
        return len(tokens) > 1 and tokens[0] in self.lang.urging and tokens[1] in self.lang.actions

    def _demanded(self, text: str) -> bool:
        """A clause that is a demand naming no party: urged at its opening (赶紧来个人, 马上处理掉), or told by
        when it must be done (今天就得处理, 明天必须修好) — not asked whether it will be."""
        urged = DEMAND_OPENING.match(text)
        if urged is not None and (urged["who"] or text.startswith(self._action_start, urged.end())):
            return not self._asks_when(text)
        return MUST.search(text) is not None and self._timed_order.match(text) is not None and not self._asks_when(text)

    def _asks_when(self, text: str) -> bool:
        return text.endswith(("吗", "?")) or any(marker in text for marker in self.lang.question_markers)

    def _ordered(self, clause: Clause, i: int, last: int) -> bool:
        """The party at token `i` is told what to do by when, or to have a word (「城管中队5号前拆除」「保洁今天
        清运」「居委会说一下」「居委跟物业讲一声叫他们明天拉走」): the rest of the clause is a time and an action,
        or a telling, alone or passing an order on. `last` is where the parties joined to it end (`_last_joined`):
        「街道和城管1月10日前拆掉」 tells both."""
        rest = clause.text[clause.offsets[last] + len(clause.tokens[last]) :] if last < len(clause.offsets) else ""
        told = i > 0 and clause.tokens[i - 1] in TOLD_BY and not self.lang.speakers.isdisjoint(clause.tokens[:i])
        narrated = NARRATED.search(rest) is not None and DUE_BY.search(rest) is None  # not 48小时内处理完毕
        if clause.dealt_with or narrated or told:
            return False  # 「物业今天已清理」「保安晚上巡逻看到的」「我跟居委会说一下」: nobody asks the party
        told_to = TOLD_TO.match(rest)  # 「物业跟装修户讲一讲好伐」: told to tell someone else
        if told_to is not None and told_to["whom"] not in self.lang.speakers:
            said = rest[told_to.end() :].lstrip(" ，,").rstrip(CLOSING_TAGS + "伐好")
            return not said or said.startswith(self._tellings)  # 讲讲清爽: told, and how
        telling = None
        if rest.startswith(self._tellings):  # one test for all of them first: most parties are told no telling
            telling = next(t for t in self._tellings if rest.startswith(t))
        passed_on = telling is not None and rest[len(telling) :].lstrip(" ，,").startswith(("叫", "让"))
        told_them = rest.rstrip(CLOSING_TAGS).removesuffix("他们").removesuffix("她们")  # 居委讲讲伊拉: tell them
        return self._timed_order.match(rest) is not None or told_them in self.lang.tellings or passed_on

    def _spoken_to(self, clause: Clause, i: int, following: Sequence[str]) -> bool:
        """The party at token `i` is spoken to: 你/你们 after it, a calling particle between (保洁啊你们…), or the
        particle alone or 我跟你说 when the message opens with the party (向荣里的物业啊…, 那个物业我跟你说啊…)."""
        if not following:
            return False
        if following[0] in VOCATIVE:
            return True
        after = [t for t in clause.tokens[i + 1 : i + 7] if not t.isspace()]
        titled = _title_length(after)
        called = after[titled:] if titled else []
        called = called[1:] if called[:1] and called[0] in ADDRESS_PARTICLES else called
        if called and called[0] in VOCATIVE:
            return True  # 物业的同志啊你们…, 物业的刘经理你好
        opening = clause.start == 0 and clause.offsets[i] <= OPENING_REACH
        if opening and clause.text.startswith(TELLING_YOU, clause.offsets[i] + len(clause.tokens[i])):
            return True  # 「翠屏里那个物业我跟你说啊…」
        if following[0] not in ADDRESS_PARTICLES:
            return False
        return opening or (len(following) > 1 and following[1] in VOCATIVE)

    def _calling(self, clause: Clause, i: int, last_joined: int) -> bool:
        """The message opens calling the party at `i` (and those joined to it, up to `last_joined`): its people,
        注意 or a particle may follow, then a blank or the clause's end (「物业的 碧梧苑…」「白云花园物管注意哈」);
        before it only a filler or where it works (那个锦华苑的物业), no word of a problem."""
        if clause.start != 0 or clause.offsets[i] > OPENING_REACH:
            return False
        if any(t in self._index for t in clause.tokens[:i]):
            return False
        rest = clause.tokens[last_joined + 1 :]
        blank = next((k for k, t in enumerate(rest) if t.isspace()), len(rest))
        if blank == 0 and i > 0 and clause.tokens[i - 1] != "的":
            return False  # 「锦华苑居委会 今天巡查发现…」: an estate's office signing, not 锦华苑的物业 called
        return all(t in CALL_ENDINGS for t in rest[:blank])

    def _urged_later(self, tokens: Sequence[str], i: int) -> bool:
        """After the party spoken to at `i`, an urging word and an act right after it, however much is said
        between (a complaint first, then 「赶紧弄一下」)."""
        urging, actions, speech = self.lang.urging, self.lang.actions, self.lang.reported_speech
        for k, t in enumerate(tokens[i + 1 :], start=i + 1):
            if t in speech or t == "吗":
                return False  # 「物业你们上次不是说马上处理吗」: a promise quoted, no order
            if t in urging and any(a in actions or _doubled_act(a, actions) for a in tokens[k + 1 : k + 3]):
                return "吗" not in tokens[k:]
        return False

    def _bidden(self, clause: Clause, following: Sequence[str]) -> bool:
        """Told to act without 请: an urging word after the party (物业给修修, 居委会去说说), or the verb
        itself in a clause ending like a bidding (居委会贴个告示管管吧). Never in a clause that says it
        is done (物业来清理了)."""
        if clause.dealt_with or clause.text.endswith(("了", "过")) or following[1:2] in (["了"], ["过"]):
            return False  # 「物业去了 人家不给开门」: what the party did
        if ASKED_IF_DONE.search(clause.text):
            return False  # 「物业去劝了伐」: asked whether it was done
        if following and following[0] in self.lang.urging:
            return True
        following = following[1:] if following[:1] == ["给"] else following  # 房办给查查: northern speech's 给
        if not following or not (following[0] in self.lang.actions or _doubled_act(following[0], self.lang.actions)):
            return False
        briefly = following[1:] == ["下"]  # 「物业 居委 处理下」: 处理一下, said short
        briefly = briefly or (
            following[1:2] == ["一"] and following[2:3] != [] and following[2].startswith(following[0])
        )
        briefly = briefly or (following[-1].endswith("下") and following[-1] in self.lang.actions)  # 居委上门看下
        return (
            clause.text.endswith(self.lang.biddings) or briefly or (len(following) <= 2 and _reduplicated(following[0]))
        )

    # -- from clauses to reports ---------------------------------------------------------------

    def _other_item(self, clauses: list[Clause], weak_allowed: bool) -> list[Item]:
        """No category matched, but a place, a problem and a party asked to act: a real problem. Problem words
        (有人, 隐患, 漏水) say it is of kind 其他 (「有人在空地上烧旧衣裳…麻烦物业去劝一下」); with none, the
        things named are the problem, of their kind when they name one (「共享单车十几辆 堆在单元门口 请物业拉走」) —
        a weak reading, `weak_allowed` only when the message tells of no fix or work under way (「…已整改」) and is
        no tally of problems counted place by place (「其中康乐新村2处、东风新村2处，请…整改」)."""
        has_place = any(c.communities or not c.place.empty() for c in clauses)
        if not (has_place and any(c.parties and (c.fresh_request or _parties_only(c, self.lang)) for c in clauses)):
            return []
        first = next((c for c in clauses if c.problem_signal), None)
        kind, scene = OTHER, list(clauses)
        private = any(_said_without(c.text, self.lang.own_home, NEAR_HOME) for c in clauses)  # 家里空调外机要移位
        if first is None and weak_allowed and not private:  # things dealt with (「纸箱已清 请核实」) are no problem
            scene = [c for c in clauses if not c.dealt_with]
            told = [self._before_asking(c.tokens) for c in scene]
            things = [  # not of a kind the clause rules out (熏腊肉: no meat hung out to dry)
                [ci for t in words for ci in self._things.get(t, ()) if not self._vetoed(ci, c.text)]
                for c, words in zip(scene, told, strict=True)
            ]
            first = next((c for c, named in zip(scene, things, strict=True) if named), None)
            kind = self._kind_named([ci for named in things for ci in named], [t for words in told for t in words])
            if first is None:
                first, kind = next(((c, k) for c in scene if (k := self._work_on_thing(c)) is not None), (None, kind))
        if first is None:
            return []
        first.categories = [kind]
        return [Item(clauses=scene, segment=first.segment)]

    def _mentioned_first(self, clauses: list[Clause]) -> list[str]:
        """The parties the message opens by @-mentioning (「@物业小刘 @居委 官陡安置小区 7栋 …」): it is addressed
        to them, every problem in it, whether or not a request follows."""
        if not clauses or not clauses[0].text.startswith("@") or clauses[0].start:
            return []
        parties, mentioning = [], False
        for token in clauses[0].tokens:
            if token == "@":
                mentioning = True
            elif token.isspace():
                mentioning = False
            elif not mentioning:
                break
            elif (party := self.lang.party_aliases.get(token)) is not None:
                parties.append(party)
        return _unique(parties)

    def _before_asking(self, tokens: Sequence[str]) -> Sequence[str]:
        """The words before a request marker: what is asked for (请物业张贴告示, 把树枝锯掉) names no problem."""
        markers = self.lang.request_markers
        return next((tokens[:i] for i, t in enumerate(tokens) if t in markers), tokens)

    def _work_on_thing(self, clause: Clause) -> str | None:
        """The one category whose work a request asks done to a thing of its own (请玉函苑物业今天之内把门禁修好: the
        entry system is broken, though no word says so), or None."""
        if not clause.fresh_request:
            return None
        works = {_bare_work(t) for t in clause.tokens}
        kinds = [c.name for c in self.categories if not c.works.isdisjoint(works) and c.things_in(clause.text)]
        return kinds[0] if len(kinds) == 1 else None

    def _kind_named(self, named: list[int], tokens: list[str]) -> str:
        """Of the categories the things named belong to, one that a word telling the problem also belongs to
        (堆了好几袋子土豆 白菜: a pile, not the 毁绿种菜 of vegetables), then the one most things belong to, most
        such words (搭了个杂物间用木板封住: 违法搭建, not the 堆物 of 木板), then the one its place belongs to
        (空地 旧沙发: 公共区域堆物, not 楼道堆物). No lead: 其他 (宣传栏被大树挡了 names a facility and a tree)."""
        things = Counter(named)
        told = [t for t in tokens if t not in self._things]
        said = [(t in self._positions, {ci for ci, _, _ in self._index.get(t, ())}) for t in told]
        words = Counter(ci for where, cis in said if not where for ci in cis)
        places = Counter(ci for where, cis in said if where for ci in cis)

        def weight(ci: int) -> tuple[bool, int, int, int]:
            return words[ci] > 0, things[ci], words[ci], places[ci]

        ranked = sorted(things, key=weight, reverse=True)
        if not ranked or (len(ranked) > 1 and weight(ranked[0]) == weight(ranked[1])):
            return OTHER
        return self.categories[ranked[0]].name

    def _things_named(self, generic: set[str]) -> dict[str, tuple[int, ...]]:
        """The categories' words that name things (nouns by jieba's tags: 单车, 根线, 杂物间, 宣传栏), each with
        the categories that name it; not places, parties or verbs. A taxonomy's own compound (共享单车,
        垃圾房) is tagged by its head, the last word of it jieba knows."""
        tags = self.names.tags
        things: dict[str, set[int]] = {}
        for word, hits in self._index.items():
            if word in generic or len(word) < 2:
                continue
            tag = tags.get(word) or tags.get(word[-2:]) or tags.get(word[-1]) or ""
            if tag == "nr" and not (tags.get(word[-1]) or "").startswith("n"):
                continue  # jieba tags some verbs as names (塞满); a thing's last character is a noun (宣传栏)
            if tag in NOUN_TAGS:
                things.setdefault(word, set()).update(ci for ci, _, _ in hits)
        return {word: tuple(sorted(cis)) for word, cis in things.items()}

    def _reports(self, items: list[Item], clauses: list[Clause], context: ParseContext, shown: str) -> list[Report]:
        """`shown` is the text as written (before regional characters are read as Mandarin), for descriptions."""
        items = [item for i, item in enumerate(items) if not (i and self._asks_for_earlier(item, items[:i]))]
        named = {name for item in items for c in item.clauses for name in c.categories}
        self._detach_aimed_requests(items, named)
        _fields_of_items(items, clauses)
        in_items = {id(c) for item in items for c in item.clauses}
        line_mentions, by_mention = _line_mentions(items, clauses, shown)
        general = [c for c in clauses if id(c) not in in_items and id(c) not in line_mentions and not _done_by(c)]
        unlisted = next((n for c in clauses if not c.listed for n in c.communities), None)
        message_community = unlisted or next((n for c in clauses for n in c.communities), None)
        message_community = message_community or context.default_community
        # Every item that names an estate names the same one: a list's item after it that names none is there
        # too (「1.松鹤新村3号楼… 3.小区北门门禁坏了」), not one before it (「1.人民路农贸市场南侧… 2.电力宿舍…」).
        one_estate = len({n for c in clauses for n in c.communities}) == 1
        first_named = next((c.start for c in clauses if c.communities), len(shown))
        header_place = Place()
        header_inside = False
        """A header names a stairwell (「…10号楼1单元楼道：…堆了几袋子杂物」): what is piled under it is in it."""
        headed: dict[int, list[str]] = {}
        """For each clause, the communities of the last header before it that names any: a list item's
        own header (「1. 金色黎明：…」) holds for that item, the message's for the rest. Under a 社区's header, the
        last estate named holds for what names none after it (「亲贤社区巡查：亲贤北小区东门外…，4号楼…」)."""
        latest: list[str] = []
        line_parties: dict[int, list[str]] = {}
        """For each clause, the parties of the last community header before it (「宝湖湾（物业）：③…④…」)."""
        assigned: list[str] = []
        problem_free = {c.segment for c in clauses} - {c.segment for c in clauses if c.categories}
        alone = {segment for segment, n in Counter(c.segment for c in clauses).items() if n == 1}
        heads = [
            c
            for c in clauses
            if c.segment in alone & problem_free and not c.item_field and _opens_a_place(c, self._spots)
        ]
        several = len(heads) >= 2
        head_ids = {id(c) for c in heads}
        head_of: dict[int, Place | None] = {}
        """For each clause, the place of the last heading before it that names an estate or a building, when the
        message has several (「一、5栋 1. … 2. … 二、9栋 1. …」「点位一：金牛新村14号楼 … 点位二：金牛新村南门 …」):
        each holds for the items under it."""
        head = None
        for index, clause in enumerate(clauses):
            heading = (clause.header or ANNOUNCES_LIST.search(clause.text) is not None) and not clause.categories
            placing = clause.segment in problem_free and not clause.item_field and _place_only(clause, shown)
            following = clauses[index + 1] if index + 1 < len(clauses) else None
            placing = placing or _heads_list(clause, following, self.names.phase)
            placing = placing or (ADDRESS_GIVEN.match(clause.text) is not None and not clause.categories)
            opening = several and id(clause) in head_ids
            if heading or placing or opening:
                if opening:
                    head = Place().apply(clause.marks)
                elif several and head is not None:
                    head.apply(clause.marks)
                else:
                    header_place.apply(clause.marks)
                header_inside = header_inside or (heading and not self._stairwell.isdisjoint(clause.tokens))
                latest = _unique(clause.communities) or latest
                assigned = clause.parties if heading and self._assigning(clause, alone) else assigned
            headed[id(clause)] = latest
            if latest and all(n.endswith(DISTRICT_SUFFIXES) for n in latest) and not (heading or placing or opening):
                latest = [n for n in clause.communities if not n.endswith(DISTRICT_SUFFIXES)] or latest
            head_of[id(clause)] = None if head is None else Place(head.building, head.unit, head.floor)
            line_parties[id(clause)] = assigned
        by_number = {id(c): _numbered_aims(c, items, shown) for c in general}
        """The categories of the list items each general request names by number (1、2项请城管…)."""
        sharing_out = len({tuple(c.parties) for c in general if c.parties}) >= 2
        # an item named by its number is aimed at whatever work the request names (第2项请城管协调…清运)
        guessed = _sharpest_aims({id(c): self._aims(c, named, sharing_out) for c in general if not by_number[id(c)]})
        aims_of = {id(c): by_number[id(c)] or guessed[id(c)] for c in general}
        directed, shared_parties = _directed(general, aims_of)
        assigning = [c for c in general if c.header and c.parties and self._assigning(c, alone)]
        by_line = _parties_by_line(assigning, general)
        unmentioned = [c for c in clauses if id(c) not in line_mentions]
        opening_parties = _unique([*_opening_mentions(unmentioned), *self._mentioned_first(unmentioned)])
        aimed_deadlines = _aimed_deadlines(general, aims_of)
        shared_deadline = _deadline_of([c for c in general if not aims_of[id(c)] or _said_of_all(c)])
        own = [_own(item, by_mention.get(id(item), [])) for item in items]
        closing = items[-1].clauses[-1].text if items else ""
        closes_all = RUN_ON_REQUEST.search(closing) is not None or self._terse_request.search(closing) is not None
        closes_all = closes_all or _spoken_run(shown, items)
        promoted = _promote_trailing_request(items, own, shared_parties, closes_all)
        if closes_all and items and self._addressed_first(items[0]):
            _spread_addressee(own)
        _copy_requests(items, own)
        reports: list[Report] = []
        first: dict[tuple, int] = {}
        """Where in `reports` each (sentence, problem, place) first reported stands: one said again there is the
        same one, its words added to it, unless both name different spots (「大堂墙面黑乎乎，还有门口地面积水」)."""
        previous, previous_segment = Place(), -1
        in_stairwell = False
        """Whether the item before was in a stairwell: a pile told next to it (「…楼道里放了两台电动车，还有一堆
        旧纸板」) is there too."""
        for index, (item, (parties, deadline)) in enumerate(zip(items, own, strict=True)):
            if _progress_asked(item, shown):
                continue  # 「3. 春江公寓消火栓进度？」: a list's line asking how a known problem stands
            told = next((c for c in item.clauses if c.categories), item.clauses[0])  # not a scene named before
            header = _beneath(head_of[id(told)], header_place)
            place = _under_header(item, header)
            for clause in item.clauses:
                place.apply(clause.marks)
            own_communities = _communities_of(item)
            said_first, also = item.clauses[0].text, self.lang.also_markers
            added = said_first.startswith(also) and place.empty() and not _opens_estate_wide(said_first, also)
            relative = item.follows or added or said_first.startswith(self.lang.relative_places)  # 还有楼道灯也不亮
            relative = relative and not self._elsewhere(said_first)
            floor_only = place.building is None and place.unit is None and place.floor is not None
            floor_of_last = floor_only and item.segment == previous_segment and previous.building is not None
            if not own_communities and (relative or floor_of_last):
                # 「1号楼2单元一楼灭火器箱是空的，4层的应急灯也不亮」: 4层 of 1号楼2单元; a unit said with no building
                # (its building a header's) is its own item's (「17号：2单元门禁坏了，…还有楼道灯」)
                place.fill(previous if previous.building else Place(floor=previous.floor))
            elif (
                not own_communities
                and item.segment == previous_segment
                and previous.building
                and _bare_floor(item, previous.floor is not None or (previous.unit is not None and self._inside(item)))
            ):
                # 「6幢楼梯口…线从一楼窗户拉出来」; read under a header's building, the N楼 is its floor already; a
                # unit stays with its own item in a run of items (「17号：2单元门禁坏了、一楼墙面乱涂乱画」)
                unit = None if shown[item.clauses[0].start - 1 : item.clauses[0].start] in RUN_BREAKS else previous.unit
                place = Place(previous.building, unit, place.floor or place.building)
            elif not own_communities and previous.building and self._inside_the_last_building(item, place):
                place = Place(previous.building, place.unit or previous.unit, place.floor)
            previous, previous_segment = place, item.segment
            place.inherit(header)
            in_list = any(c.listed for c in item.clauses)
            carried = one_estate and item.clauses[0].start > first_named
            elsewhere = message_community if unlisted or not in_list or carried else context.default_community
            communities = own_communities or headed[id(item.clauses[0])] or [elsewhere]  # 「4.解放街夜市摊点」: none
            description = "，".join(c.text for c in item.clauses)
            written = "，".join(shown[c.start : c.end] for c in item.clauses)
            opened = told.start if told.listed else item.clauses[0].start  # a list's item, not the scene before it
            stretch = shown[opened : item.clauses[-1].end]
            spot = spot_in(description, self._spots)
            beside = relative and in_stairwell and spot_in(item.clauses[0].text, self._spots) is None
            kinds = self._resolve(item, self._indoors(description, place) or beside or header_inside)
            in_stairwell = beside or self._stairwell_told(item)
            shared_out = self._shared_out(item, kinds)
            # 「消防通道上堆了木板，还停着三轮车…请物业立即清理，城管督促三轮车主挪走」: the lane's one report takes the
            # requests aimed at the pile and the trikes it took in
            taken_in = [n for c in item.clauses for n in c.categories if n not in kinds] if len(kinds) == 1 else []
            for category in kinds:
                asked, due = shared_out.get(category, (parties, deadline))
                if index in promoted and category in directed:
                    asked, due = [], None  # 「…请保洁今天清掉垃圾；门坏了请物业修」: the litter is the cleaners'
                for community, at in self._places(description, stretch, communities, place):
                    said = (item.segment, category, community, at.building, at.unit, at.floor)
                    earlier = reports[first[said]] if said in first else None
                    if earlier is not None and self._same_problem(earlier, category, spot, description):
                        reports[first[said]] = _told_again(earlier, written, asked, due)
                        continue
                    first.setdefault(said, len(reports))
                    reports.append(
                        Report(
                            category=category,
                            community=community,
                            building=at.building,
                            unit=at.unit,
                            floor=at.floor,
                            spot=spot,
                            responsible=tuple(
                                _unique([*opening_parties, *shared_parties, *asked])
                                if asked
                                else _unique(
                                    [
                                        *opening_parties,
                                        *by_line(shared_parties, line_parties[id(item.clauses[0])]),
                                        *directed.get(category, []),
                                        *(p for name in taken_in for p in directed.get(name, [])),
                                    ]
                                )
                            ),
                            deadline=due or aimed_deadlines.get(category) or shared_deadline,
                            description=written,
                        )
                    )
        return [r for r in reports if not any(_refined(r, other) for other in reports)]

    def _addressed_first(self, item: Item) -> bool:
        """The item's first clause names a party before any word of a problem: the party is spoken to, the
        whole message told to it (not 「3栋楼道有杂物请物业清理 5栋…」, a party asked of its own item)."""
        tokens = item.clauses[0].tokens
        party = next((k for k, t in enumerate(tokens) if t in self.lang.party_aliases), None)
        problem = next((k for k, t in enumerate(tokens) if t in self._index), len(tokens))
        return party is not None and party < problem

    def _assigning(self, clause: Clause, alone: set[int]) -> bool:
        """A header that gives the items under it their parties: an estate's with its parties (「宝湖湾（物业）：」), or
        a line of parties alone (「物业负责：」「城管、街道牵头：」, not the end of 「槐岭小区 居委 物业：」)."""
        if clause.communities:
            return True
        if clause.segment not in alone or not clause.parties:
            return False
        words = self._assigning_words
        return not clause.categories and all(t in words or not t.strip() for t in clause.tokens)

    def _stairwell_told(self, item: Item) -> bool:
        """A clause of the item has a stairwell word of the taxonomy (楼道, 楼梯间 …) as a token."""
        return any(not self._stairwell.isdisjoint(c.tokens) for c in item.clauses)

    def _inside(self, item: Item) -> bool:
        """The item names a stairwell or its light (「…还有 4楼 楼道灯 坏了」), or a fixture kept on a building's
        floors (「…灭火器过期了，另外3楼的应急灯也不亮」): it is inside a building."""
        return self._stairwell_told(item) or any(
            word in c.text for c in item.clauses for word in ("楼道", *INDOOR_FIXTURES)
        )

    def _elsewhere(self, said_first: str) -> bool:
        """An item opened by 另外 or 此外 in the estate's grounds (「…5号楼前路灯坏了，另外儿童游乐区滑梯断了一块」), or
        opened by a place of them: another matter at another place, not the building before it (还有楼道灯也不亮 is
        that building's)."""
        marker = next((m for m in ANOTHER_MATTER if said_first.startswith(m)), None)
        if marker is None:
            return said_first.startswith(GROUNDS)  # 「…、地下车库入口堆着废弃家具」
        return said_first[len(marker) :].lstrip("，, ").startswith(self._grounds)

    def _inside_the_last_building(self, item: Item, place: Place) -> bool:
        """A sentence that goes on inside the building just named: a unit of no building (「4号楼2单元门口台阶冻上
        了。1单元门口的门禁也坏了」) or a stairwell with no place at all (「…2号楼三单元楼道灯坏了。楼道里还堆着
        土豆」). Not a list's item, which says its own place."""
        if any(c.listed for c in item.clauses) or place.building is not None:
            return False
        return place.unit is not None or (place.empty() and not self._stairwell.isdisjoint(item.clauses[0].tokens))

    def _asks_for_earlier(self, item: Item, earlier: list[Item]) -> bool:
        """An item whose problems earlier items named, each said again only as the thing a party is asked to deal
        with (「…倒了好多装修的砖头瓦块。请保洁今天上午清掉垃圾；装修垃圾由物业负责清运，明天前清完」): a request for
        those problems, said for the message, not a problem again (「西门也有人摆摊请城管处理」 is one)."""
        told = [c for c in item.clauses if c.categories]
        if not told or not all(c.fresh_request and c.parties and not c.marks and not c.communities for c in told):
            return False
        said = {name for other in earlier for c in other.clauses for name in c.categories}
        return all(set(c.categories) <= said and self._only_the_thing(c) for c in told)

    def _only_the_thing(self, clause: Clause) -> bool:
        """Before its party or request marker the clause says only words of its categories (装修垃圾由物业…)."""
        lang = self.lang
        asking = next(
            (i for i, t in enumerate(clause.tokens) if t in lang.party_aliases or t in lang.request_markers), 0
        )
        words = {w for name in clause.categories for w in self._words_of[name]}
        return asking > 0 and all(t in words for t in clause.tokens[:asking])

    def _detach_aimed_requests(self, items: list[Item], named: set[str]) -> None:
        """「…搭了个阳光房，还有人把旧家具甩在楼顶，请房管办核实违建，物业清理堆物」: requests that close the last
        item but each name a different problem's thing are said for the message, each party to its own
        problem, not all for the last item. So is a request closing an item that only adds another problem at
        the scene before it (…也…), when nothing before it asked anyone."""
        if len(items) < 2:
            return
        last = items[-1]
        tail = len(last.clauses)
        while tail > 1 and not last.clauses[tail - 1].categories:
            tail -= 1
        requests = [c for c in last.clauses[tail:] if c.parties]
        aims = [self._aims(c, named, by_work=True) for c in requests]
        if len(requests) >= 2 and all(aims) and len({name for aim in aims for name in aim}) >= 2:
            del last.clauses[tail:]
        elif requests and last.follows and not any(c.fresh_request for item in items[:-1] for c in item.clauses):
            del last.clauses[tail:]  # 「餐馆又把桌子摆到人行道上了，门口地上也还是油乎乎的，请物业和市场监管所周四前…」

    def _same_problem(self, earlier: Report, category: str, spot: str | None, description: str) -> bool:
        """A problem of a category said again at the place it was reported at is the same one (「消火栓箱门坏了，
        里面水带也没了」), unless each names a spot of its own or a thing of its own (「路灯不亮，井盖也松了」: two
        things to fix, two reports)."""
        if not _same_spot(earlier.spot, spot):
            return False
        kind = self._category(category)
        before, now = kind.things_in(earlier.description), kind.things_in(description)
        return not (before and now) or not before.isdisjoint(now)

    def _shared_out(self, item: Item, kinds: list[str]) -> dict[str, tuple[list[str], datetime | None]]:
        """The parties and time of each of an item's problems that its requests share out: requests to different
        parties or by different times, each aimed at a problem by the thing or the work it names (「…垃圾桶让人踹坏了
        垃圾掉得满地都是 请物业明天换个新的 保洁马上把地上收拾了」, 「…瓷砖碎片，请物业今天之内清走，垃圾桶也被砸烂了，
        请物业换一个」). One request aimed at none takes the problems the others leave (「…摆摊卖菜…烂菜皮撒了一地
        城管马上来处理 保洁把烂菜皮扫脱」: the stall is the 城管's). A time said after all of them, to no party, holds
        for each that names none (「请城管拆违，物业处理飞线，本周六前完成」). Empty when they do not."""
        requests = [c for i, c in enumerate(item.clauses) if c.parties and _names_only_told(c, item.clauses[:i])]
        if len(kinds) < 2 or len({(tuple(c.parties), c.deadline) for c in requests}) < 2:
            return {}
        if any(_parties_only(c, self.lang) for c in requests[:-1]):
            return {}  # 「…物业 派出所请核实」: parties named before one request, each asked for all of it
        aims = [self._aims(c, set(kinds), by_work=True) for c in requests]
        unaimed = [i for i, aim in enumerate(aims) if not aim]
        left = [kind for kind in kinds if not any(kind in aim for aim in aims)]
        if len(unaimed) == 1 and left:
            aims[unaimed[0]] = left
        if not all(aims) or len({name for aim in aims for name in aim}) < 2:
            return {}
        after = item.clauses[item.clauses.index(requests[-1]) + 1 :]
        closing = next((c.deadline for c in after if c.deadline and not c.parties and not c.categories), None)
        shared: dict[str, tuple[list[str], datetime | None]] = {}
        for clause, aim in zip(requests, aims, strict=True):
            for name in aim:
                parties, deadline = shared.get(name, ([], None))
                shared[name] = (_unique([*parties, *clause.parties]), deadline or clause.deadline or closing)
        return shared

    def _aims(self, clause: Clause, named: set[str], by_work: bool = False) -> list[str]:
        """The reported categories a request names a thing of (「垃圾请保洁清理」 aims at 暴露垃圾); a party's
        own name is none (「责任单位：物业 绿化」 aims at nothing, though 绿化 is a word of 毁绿种菜). The work it
        names outweighs the thing (「物业负责换桶」: the broken bin, not its litter), and with `by_work`, when
        requests to different parties share the problems out, aims where it names no thing (「保洁负责清扫」)."""
        if not clause.parties:
            return []
        things = [_bare_work(t) for t in clause.tokens if t not in self.lang.party_aliases]
        aimed = [name for name in named if not self._words_of[name].isdisjoint(things)]
        worked = [name for name in named if not self._works_of[name].isdisjoint(things)]
        if aimed and worked and set(aimed).isdisjoint(worked):
            return worked
        if set(aimed) < set(worked) and len(self._works_named(things, named)) >= 2:
            return worked  # 「请物业两日内清理并更换灭火器」: two works, the pile's and the extinguisher's
        return [name for name in aimed if name in worked] or aimed or (worked if by_work else [])

    def _works_named(self, things: list[str], named: set[str]) -> set[str]:
        """The words of work a request says that are the work of one of the problems named."""
        return {t for t in things if any(t in self._works_of[name] for name in named)}

    @staticmethod
    def _places(
        description: str, stretch: str, communities: list[str | None], place: Place
    ) -> list[tuple[str | None, Place]]:
        """The communities and places an item is reported at: one per community named (each with its own
        building where each has one), one per building listed in the stretch of the message the item spans
        (「3栋 5栋 8栋」; a comma between, 「7号楼前面，8号楼的车主…」, lists nothing) or per building and unit
        (「七号楼一单元、九号楼二单元」), or one per floor or unit listed of its building (「16号楼3楼和5楼楼道」)."""
        if len(communities) > 1:
            named = [c for c in communities if c is not None]
            owned = own_places(description, named) if len(named) == len(communities) else None
            if owned is None:
                return [(c, place) for c in communities]
            return [
                (c, replace(place, building=o.building, unit=o.unit, floor=o.floor))
                for c, o in zip(communities, owned, strict=True)
            ]
        units = listed_units(stretch)
        if units:
            return [(communities[0], replace(place, building=b, unit=u)) for b, u in units]
        buildings = listed_buildings(stretch)
        if buildings:
            return [(communities[0], replace(place, building=building)) for building in buildings]
        return [(communities[0], part) for part in listed_parts(stretch, place) or [place]]

    def _indoors(self, description: str, place: Place) -> bool:
        """In a building: upstairs (3号楼5楼) or at a flat's door (601室门口), naming no place outside its
        common parts (楼顶平台, 楼下空地, 1楼商铺门口)."""
        if place.building is None:
            return False  # 张家门口, 同德里125号门口: a house's door in a lane or village
        upstairs = place.floor not in (None, "1")  # 顶楼 is the top floor, indoors; a roof is an outdoor place
        if not (upstairs or self._doorstep.search(description)):
            return False
        return not any(word in description for word in self.lang.outdoor_places)

    def _resolve(self, item: Item, indoors: bool) -> list[str]:
        """The more specific category wins: over others in its own clause (beats), over the item (absorbs).
        A pile in a stairwell the item's scene names (「四楼楼梯转角，住户放了两个酸菜缸」), or `indoors`,
        is a stairwell's."""
        kept: list[str] = []
        for clause in item.clauses:
            kept.extend(self._unbeaten(clause.categories))
        kept = _unique(kept)
        scene = [c for c in item.clauses if not c.categories or OUTDOOR_PILE in c.categories]
        underground = any(w in c.text for c in scene for w in UNDERGROUND)  # 地下室过道: the basement's, outdoors
        stairwell = indoors or (not underground and any(not self._stairwell.isdisjoint(c.tokens) for c in scene))
        if stairwell and OUTDOOR_PILE in kept and INDOOR_PILE not in kept:
            kept[kept.index(OUTDOOR_PILE)] = INDOOR_PILE
        description = "".join(c.text for c in item.clauses)
        if len(item.clauses) > 1 or stairwell:
            kept = self._sharpened(item, kept, [STAIRWELL] if stairwell else [])
        if stairwell:
            kept += [name for name in self._also_there(item) if name not in kept]
        basement = INDOOR_PILE in kept and OUTDOOR_PILE not in kept and any(w in description for w in UNDERGROUND)
        if basement and "楼道" not in description and "楼梯" not in description:
            kept[kept.index(INDOOR_PILE)] = OUTDOOR_PILE  # 「地下室 过道里让人堆的全是旧家具」: the basement's
        absorbed: set[str] = set()
        for name in kept:
            absorbed |= self._category(name).absorbs
        if SORTING in kept and not any(OVERFLOW.search(c.text) for c in item.clauses):
            absorbed.add(EXPOSED)  # 「扔了好几袋没分的垃圾，厨余其他混一块儿」: the unsorted garbage, no litter besides
        # 「楼道堆物2处、飞线充电1处」, 「…搭了个竹棚」: an absorbed one said apart stays (its things looked at last)
        return [n for n in kept if n not in absorbed or n in description or self._own_things(item, n, kept)]

    def _sharpened(self, item: Item, kept: list[str], placed: list[str]) -> list[str]:
        """Each clause naming a problem, read with the item's clauses that only say where (its scene) and the words
        of where its header puts it (`placed`), may name a problem no clause names alone, more specific than one it
        does (「7幢1单元楼道，停放电动自行车3辆」: an e-bike kept in a stairwell): it takes the place of the one it
        beats, unless another kept beats it. Another problem's clause lends it nothing (「楼前空地堆满旧家具，走廊灯
        也不亮了」: the pile is outdoors)."""
        said = {name for c in item.clauses for name in c.categories}
        scene = [t for c in item.clauses if not c.categories and c.marks and not c.problem_signal for t in c.tokens]
        scene += placed
        for clause in item.clauses:
            if not clause.categories or not scene:
                continue
            for name in self._categories([*clause.tokens, *scene], clause.text + "".join(scene)):
                beaten = [k for k in kept if k in self._category(name).beats and k in clause.categories]
                unbeaten = not any(name in self._category(k).beats for k in kept)
                if name not in said and beaten and unbeaten:
                    kept = _unique(name if k in beaten else k for k in kept)
        return kept

    def _also_there(self, item: Item) -> list[str]:
        """A clause adding a bare thing with 还有 to a stairwell's item (「楼道堆满了杂物，还有一辆电瓶车」) puts it
        in the stairwell: read there, it may name a problem of its own (an e-bike kept indoors)."""
        also_markers = self.lang.also_markers
        found: list[str] = []
        for clause in item.clauses:
            if not clause.categories and not clause.parties and clause.text.startswith(also_markers):
                found += self._categories([*clause.tokens, STAIRWELL], clause.text + STAIRWELL)
        return [name for name in found if name != INDOOR_PILE]

    def _own_things(self, item: Item, name: str, kept: list[str]) -> bool:
        """The item names a thing of `name` that no clause of a category absorbing it names: a problem of its own
        (「…过道里堆了快递纸箱…还在过道里充电瓶车电池」), not what the absorbing one tells (「楼道堆满杂物，…杂物还把
        消防通道堵了」: the pile is the lane's)."""
        kind = self._category(name)
        absorbers = {k for k in kept if name in self._category(k).absorbs}
        if FIRE_LANE in absorbers:  # the rules' tie-break: what blocks a fire lane is the lane's, whatever it is,
            return self._lane_blocked_apart(item, name)  # unless the lane is blocked by other things
        told, theirs = frozenset[int](), frozenset[int]()
        for clause in item.clauses:
            found = kind.things_in(clause.text)
            if absorbers.isdisjoint(clause.categories):
                told |= found
            else:
                theirs |= found
        return bool(told - theirs)

    def _lane_blocked_apart(self, item: Item, name: str) -> bool:
        """A clause of the fire lane's own names things that `name`'s clauses, which name a place of their own, do not:
        two problems (「…超市 货都摆到门口 占了半拉人行道 后边的消防通道上还堆着箱子」), not one thing in the lane's way
        (「电动车停在楼道里，把消防通道都堵了」, 「楼道堆满杂物，杂物还把消防通道堵了」)."""
        lanes = [c for c in item.clauses if FIRE_LANE in c.categories and name not in c.categories]
        if any(not BLOCKING.isdisjoint(c.tokens) for c in lanes):
            return False  # 「水果摊占了人行道，水果筐把消防通道都堵了」: the stall's goods block it
        lane = self._things_said(lanes)
        first = next(at for at, c in enumerate(item.clauses) if name in c.categories)
        own = [c for c in item.clauses[first:] if name in c.categories or not c.categories]  # 早点摊 占了人行道
        placed = any(not self._spot_words.isdisjoint(c.tokens) for c in own)  # 占了半拉人行道: a place of its own
        return placed and bool(lane - self._things_said(own))

    def _things_said(self, clauses: Iterable[Clause]) -> set[str]:
        """The nouns of the clauses that are no place and no vehicle a lane is kept for (箱子; not 消防通道, 消防车)."""
        tags, spots = self.names.tags, self._spot_words
        return {
            t
            for c in clauses
            for t in c.tokens
            if (tags.get(t) or "x")[0] == "n" and t not in spots and t not in LANE_USERS
        }

    def _unbeaten(self, names: list[str]) -> list[str]:
        """The categories of one clause none beats, counting only what wins itself: 「27号楼 楼道 纸箱堆放 楼道灯不亮」
        is 楼道堆物 and 设施损坏 (the 公共区域堆物 that would beat the light is itself beaten by the stairwell's)."""
        beaten = {loser for name in names for loser in self._category(name).beats}
        winning = {loser for name in names if name not in beaten for loser in self._category(name).beats}
        return [name for name in names if name not in winning]

    def _category(self, name: str) -> Category:
        return self._by_name.get(name) or Category(name)

    def _another_kind_too(self, item: Item, clause: Clause) -> bool:
        """「堆满了纸板箱旧家具，电瓶车也停在里面充电」「…旧沙发摆辣海了 楼道里厢还有交关纸板箱」: another thing that
        也 is there, or that a place 还有, of a kind the item has not named — a problem of its own. Not what the
        problem did (「把消防通道也堵死了」「消防通道也被堵死了」), nor a part of what it named (「铁架子都锈了，螺丝也
        松了」: the item's 高空抛物 takes in the broken screws)."""
        said = {name for c in item.clauses for name in c.categories}
        new = set(clause.categories) - said
        if not new:
            return self._another_thing(item, clause)
        opening = (ALSO_THERE, ALSO_HAS, ONE_OF_THEM)
        if all(pattern.match(clause.text) is None for pattern in opening):
            return False
        taken_in = {name for kind in said for name in self._category(kind).absorbs}
        return not new <= taken_in

    def _another_thing(self, item: Item, clause: Clause) -> bool:
        """「路灯坏了一个多月了…还有那个井盖也松了」「灭火器过期了…应急灯也不亮」: the same kind of problem with a thing
        of its own, another thing to fix — a problem of its own (but 「消火栓箱门坏了，里面水带也没了」 is one box's,
        and 「路灯坏了，路灯杆也歪了」 one lamp's)."""
        told = "".join(c.text for c in item.clauses)
        for name in clause.categories:
            kind = self._category(name)
            things, before = kind.things_in(clause.text), kind.things_in(told)
            if things and before and things.isdisjoint(before):
                return True
        return False


class Span(NamedTuple):
    """Where a clause sits in the message, the sentence it belongs to, and how it was introduced.
    A named tuple: immutable like a frozen dataclass, and several times cheaper to make (a message
    makes several)."""

    start: int
    end: int
    segment: int
    listed: bool
    header: bool

    def as_header(self) -> Span:
        """The same span, part of a header."""
        return Span(self.start, self.end, self.segment, self.listed, True)


class Words:
    """The message's tokens, segmented once, handed out per clause by character position; and what each clause
    asks of the whole message, found once."""

    def __init__(self, text: str, tokens: list[str], dealt_with: bool = False) -> None:
        self.tokens = tokens
        self.starts = _offsets(tokens)
        self.dealt_with = dealt_with
        """The message says somewhere that a problem is dealt with: only then is each clause asked."""
        opening_end = OPENING_END.search(text)
        self.opening_end = None if opening_end is None else opening_end.start()
        """Where the message's first line break, colon or full stop is, if it has one."""
        self.checklist = CHECKLIST.search(text) is not None
        """The message crosses items off or says what passed: a tick in it is a checklist's (see `_ticked`)."""

    def between(self, start: int, end: int) -> tuple[list[str], list[int]]:
        """The tokens of [start, end) (cut at the edges) and their offsets relative to `start`."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = bisect_right(self.starts, end - 1)
        tokens, offsets = self.tokens[first:last], [s - start for s in self.starts[first:last]]
        if offsets and offsets[0] < 0:
            offsets[0] = 0  # only the first token can begin before `start`: the span cuts it
        if tokens and (self.starts[first] < start or self.starts[last - 1] + len(tokens[-1]) > end):
            head_cut = start - self.starts[first]
            tokens[0] = tokens[0][max(head_cut, 0) :]
            tail_over = self.starts[last - 1] + len(self.tokens[last - 1]) - end
            if tail_over > 0:
                tokens[-1] = tokens[-1][: len(tokens[-1]) - tail_over]
        return tokens, offsets


def _after_quote(text: str, spans: list[Span]) -> list[Span]:
    """A reply written straight after the quote it answers (「居民反映：…堆满了纸箱」请居委会跟进处理) is a sentence
    of its own, as it is when a line or a stop sets it apart: what it asks is not the quote's."""
    quote = LEADING_QUOTE.match(text) if text.lstrip()[:1] in "「“" else None
    if quote is None:
        return spans
    end = quote.end()
    for index, span in enumerate(spans):
        if span.start < end < span.end:
            reply = Span(end, span.end, span.segment + 1, False, span.header)
            later = [s._replace(segment=s.segment + 1) for s in spans[index + 1 :]]
            return [*spans[:index], span._replace(end=end), reply, *later]
    return spans


def _split(text: str) -> list[Span]:
    """Clause spans, stripped of surrounding blanks, numbered by sentence ("segment"). Words set apart
    only by spaces before a colon all belong to its header (「芳华小区 居委 物业：」). Inside a list item
    a colon starts no new sentence: 「① …2辆——责任单位：物业，今天下班前；」 is all that item's."""
    parts: list[Span] = []
    segment, listed, position, in_item = 0, False, 0, False
    blank_run: list[int] = []
    separator_re = SEPARATOR if LIST_HINT.search(text) else PUNCT_ONLY
    if separator_re is SEPARATOR and _numbered_in_order(text):
        separator_re = SEQUENCE_SEPARATOR
    times = _spaced_times(text) if " " in text else ()
    brackets = [m.span() for m in BRACKETED.finditer(text)] if "(" in text else ()
    for match in separator_re.finditer(text):
        separator = match.group()
        if times and separator.isspace() and any(s < match.start() < e for s, e in times):
            continue  # 今日 上午, 周一 之前: one deadline, not two clauses
        if brackets and any(s < match.start() < e for s, e in brackets):
            continue  # …杂物（责任：物业、居委会）: the item's assignment, inside it
        if separator.strip(" \t") == "" and "|" in (
            text[match.start() - 1 : match.start()],
            text[match.end() : match.end() + 1],
        ):
            continue  # 「桂香苑3号楼 | 楼道堆放纸箱 | 物业」: blanks around a table's bar, one row as written without
        header = ":" in separator
        span = _stripped(text, position, match.start(), segment, listed, header)
        if span is not None:
            parts.append(span)
            listed = False
        if header:
            for index in blank_run:
                parts[index] = parts[index].as_header()
        spaced = separator.isspace() and " " in separator and "\n" not in separator  # a line's end ends a header
        blank_run = [*blank_run, len(parts) - 1] if span is not None and spaced else []
        if match["list"] is not None:
            segment += 1
            listed = in_item = True
        elif not STRONG.isdisjoint(separator) or (not separator and text.startswith("【", match.end())):
            segment += 1  # 「…纸箱【3栋】门口…」: a bracketed header opens a sentence of its own
            in_item = False
        elif header and not in_item:
            segment += 1
        position = match.end()
    tail = _stripped(text, position, len(text), segment, listed, False)
    if tail is not None:
        parts.append(tail)
    return parts


def _said_without(text: str, words: Sequence[str], after: tuple[str, ...]) -> bool:
    """One of `words` is said in `text` and not followed by any of `after`: a check that found nothing
    (均未发现…, not 没发现是谁拉的), the speaker's own home (家里空调外机, not 我家楼下)."""
    return any(not text.startswith(after, at + len(word)) for word in words if (at := text.find(word)) >= 0)


def _review_asked(after: Sequence[str], lang: Language) -> bool:
    """The words after a 请 ask someone to check a fix: 请查看, or a checker named first (请网格员复核);
    not 请明天上门查看, a party's visit."""
    if after[:1] and after[0] in lang.review_requests:
        return True
    named = 0
    while named < len(after) and after[named] in CHECKERS:
        named += 1
    return 0 < named < len(after) and after[named] in lang.review_requests


CHECKERS = frozenset({"网格员", "网格", "员", "巡查员", "领导", "各位领导", "督查组", "测评组", "楼长"})
"""Who is asked to check a fix (请网格员复核, 请领导审阅): no party asked to work."""


def _after_parties(tokens: Sequence[str], last_joined: int) -> tuple[list[str], bool]:
    """The three tokens after a party and any parties joined to it, ending at `last_joined`
    (「房管办和派出所能管不」), and whether they end the clause."""
    following = [t for t in tokens[last_joined + 1 :] if not t.isspace()]  # a terse note's blanks say nothing
    return following[:3], len(following) <= 3


def _numbered_in_order(text: str) -> bool:
    """Items opened 1、2、3… in order, at least two of them."""
    numbers = [int(n) for n in NUMBERED_OPENING.findall(text)]
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


NOUN_TAGS = frozenset({"n", "nz", "nr", "ng", "vn"})
"""jieba's tags of words that name things (vn: 监控, 广告 are named as things too)."""
HANDED_RESULTS = (
    "一下",
    "掉",
    "走",
    "干净",
    "修好",
    "弄好",
    "装好",
    "关好",
    "换好",
    "补好",
    "盖好",
    "摆好",
    "放好",
    "归位",
    "复位",
)
"""What a verb after 把 is to achieve (冲一下, 扫掉, 挪走, 清干净, 把门修好, 把桶归位): said to a party, an order."""


def _contacted(tokens: Sequence[str], i: int, lang: Language) -> bool:
    """The party at `i` follows another and 跟/和/同/与, and 联系 or 对接 closes the request after it: the one to
    be got in touch with, not asked to act (请物业同街道联系排水公司 asks both to call the drainage company)."""
    joined = i > 1 and tokens[i - 1] in ACCOMPANYING and tokens[i - 2] in lang.party_aliases
    if not (joined and tokens[i + 1 : i + 2] in (["联系"], ["对接"])):
        return False
    after = next((t for t in tokens[i + 2 :] if not t.isspace()), "")
    return after in ("", "一下", "下", "一哈") or not after.isalnum()


def _acts_next(tokens: Sequence[str], i: int, actions: frozenset[str]) -> bool:
    """A verb of acting within six words after the party at `i` and the time it is given (「物业下周一上午十点前跟狗
    主人沟通处理」), not told as done (「社区工作人员已上门」, 「城管上午过来了」)."""
    timed = next((k for k, t in enumerate(tokens[i + 1 :]) if not TIME_TOKEN.fullmatch(t)), 0)
    by = tokens[i + 1 : i + 1 + timed]
    near = tokens[i + 1 + timed : i + 7 + timed]
    act = next((k for k, t in enumerate(near) if t in actions or _doubled_act(t, actions) or _told(near, k)), None)
    if act is None or not DONE_BEFORE.isdisjoint(near[:act]):
        return False
    if ASKED_IF_DONE.match("".join(near[act + 1 : act + 3])):
        return False  # 城管今天拆了没有: asked whether it was done
    came = near[act] in COMING and near[act + 1 : act + 2] == ["了"]  # 城管上午过来了: came (物业拆了 orders)
    return not came or not BY_THEN.isdisjoint([*by, *near[:act]])


SLOGAN = re.compile(
    r"[“\"「『‘']([^”\"」』’']{1,12})[”\"」』’'](?=的?(?:公益)?(?:宣传|标语|海报|广告|展板|横幅|提示牌|告示牌|牌子))"
)
"""A poster's slogan in quotes (“文明养犬”的公益宣传牌, 「垃圾分类」宣传画): what the poster says, no problem seen."""
QUOTES = frozenset("“\"「『‘'")


def _without_slogans(tokens: list[str], offsets: list[int], text: str) -> tuple[list[str], str]:
    """The clause's tokens and text with its posters' slogans left out, for reading which problems it names."""
    if QUOTES.isdisjoint(text):
        return tokens, text
    spans = [m.span(1) for m in SLOGAN.finditer(text)]
    if not spans:
        return tokens, text
    kept = [t for t, at in zip(tokens, offsets, strict=True) if not any(s <= at < e for s, e in spans)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return kept, text


def _taken_away(categories: list[str], said: str, at: int) -> bool:
    """What the clause says removed at `at` was taken away (公益广告牌子被拆掉了, 灭火器被拉走了): for a problem of
    something missing, its removal is the problem, not a fix of the clause's (违建被拆掉了 is one). Done by someone
    unnamed (有人把草皮铲掉了, 被人拔掉了), it is the problem whatever was removed: a fix is done by those asked to.
    The message as a whole still reads it as a fix, so only a request makes it a report."""
    if not categories:
        return False
    by_someone = said.rfind("有人把", 0, at) >= 0 or said.rfind("被人", 0, at) >= 0
    return by_someone or (MISSING_KINDS.issuperset(categories) and said[at - 1 : at] == "被")


def _names_only_told(clause: Clause, before: list[Clause]) -> bool:
    """The clause names no problem, or only problems told before it (「…污水流得满地都是 …地上脏的请保洁冲一下」): a
    request, aimed at what it names."""
    told = {name for c in before for name in c.categories}
    return not clause.categories or (clause.fresh_request and told.issuperset(clause.categories))


GLUED_ADVERBS = frozenset("都也全")
"""Adverbs jieba glues to the state after them (都没了, 也坏了, 全碎了)."""


def _joined(run: list[Span]) -> Span:
    """Pieces set apart only by blanks, as one span."""
    first, last = run[0], run[-1]
    return Span(first.start, last.end, first.segment, first.listed, all(s.header for s in run))


def _bare_work(token: str) -> str:
    """A work said with 一下 or its result as the work alone (清一下, 清干净 are 清), to find the problem it is for."""
    return next((token.removesuffix(s) for s in WORK_ENDINGS if len(token) > len(s) and token.endswith(s)), token)


def _closing_bidding(tokens: Sequence[str], actions: frozenset[str]) -> bool:
    """The clause ends on an act said twice, a particle or none after it (管管啊, 查查): a bidding."""
    said = [t for t in tokens if t not in CLOSING_TAGS and not t.isspace()]
    return bool(said) and _doubled_act(said[-1], actions)


def _told(tokens: Sequence[str], k: int) -> bool:
    """说一下, 讲一声 at `k`: a telling to do (保洁师傅跟居委会说一下嘛让大家分类扔), an act like any other."""
    return tokens[k] in ("说", "讲") and tokens[k + 1 : k + 2] != [] and tokens[k + 1] in TELLING_ONCE


def _doubled_act(token: str, actions: frozenset[str]) -> bool:
    """A verb of acting said twice (换换, 扫扫, 修一修): still that act, said as a bidding."""
    return _reduplicated(token) and token[0] in actions


def _glued_street_office(tokens: Sequence[str], i: int, lang: Language) -> bool:
    """A named 街道 glued before another party names where that party is (洪家楼街道城管科, 甸柳街道综合执法中队):
    only the other is asked; a 街道 named by no place (请街道社区物业一起处理) is one of the parties."""
    aliases = lang.party_aliases
    if not _named_street_office(tokens, i, lang):
        return False
    after = i + 2 if tokens[i + 1 : i + 2] and tokens[i + 1] in UNIT_MODIFIERS else i + 1
    return aliases.get(tokens[after]) not in (None, STREET_OFFICE) if after < len(tokens) else False


STREET_OFFICE = "街道"
OPENING_END = re.compile(r"[\n:。]")
"""Where a message's opening ends: a street office named before it signs the message (泉山区 金山街道：…)."""


def _signed_only(clauses: list[Clause]) -> None:
    """A street office named at the opening (金山街道：…) signs the message when it asks another party; asking
    none (金山街道：和顺小区东门有人占道经营，麻烦明天上午前处理), its opening addresses the office."""
    if any(c.parties for c in clauses):
        return
    for clause in clauses:
        if clause.signature:
            clause.parties, clause.request = [STREET_OFFICE], True


def _named_street_office(tokens: Sequence[str], i: int, lang: Language) -> bool:
    """The 街道 at `i` is named by its place (金山街道), not the office in general (请街道协调)."""
    if lang.party_aliases.get(tokens[i]) != STREET_OFFICE or i == 0 or not hanzi(tokens[i - 1][-1]):
        return False
    before = tokens[i - 1]
    if COUNTED_BEFORE.fullmatch(before):
        return False  # 「冬青挖了好几棵街道绿化…恢复」: an amount ends what was said, then the parties
    return not (before in lang.party_aliases or before in lang.request_markers or before in lang.joiners)


COUNTED_BEFORE = re.compile(r"(?:好|几|[一二两三四五六七八九十百\d])+[个棵辆堆处条块家间只件袋次趟]")
"""An amount counted (好几棵, 三个): no place's name."""
UNIT_MODIFIERS = frozenset({"综合", "行政", "综合行政"})
"""Words between a 街道 and its unit (甸柳街道综合执法中队)."""
ISSUING = ("下了", "发了", "下达", "下发", "开了", "开具", "出具")
"""Verbs of issuing a paper: a request marker after one names the paper (下了限拆通知, 发了要求整改通知书) and
asks no one."""
DONE_BEFORE = frozenset({"已", "已经", "早已", "都已"})
"""Words before a verb that tell it as done (已上门, 已经清理)."""
BY_THEN = frozenset({"前", "之前", "以前", "内", "之内"})
"""Words closing a time to act by."""
ASSIGNING_WORDS = frozenset({"负责", "牵头", "整改", "处理", "落实", "由", "问题", "的", ":", "：", "(", ")"})
"""Words of a header that gives parties their items (物业负责：, 由城管牵头：)."""
DEMANDING = frozenset({"要求", "责令", "责成"})
"""Words a party says another party must act by (街道要求物业…): the one before them asks, it is not asked."""
FOLLOWING = frozenset({"按照", "根据", "依据", "遵照", "按"})
"""What comes before the office whose requirement is being followed (按照街道要求)."""
PARTY_TITLES = frozenset(
    {"师傅", "师傅们", "同志", "同志们", "大姐", "大哥", "阿姨", "们"}
    | {"管家", "经理", "负责人", "工作人员", "管理员", "小哥"}
)
"""How a party's people are called after its name (保洁师傅, 物业的同志, 物业管家今天就去看一下)."""
TIME_TOKEN = re.compile(
    r"(?:今|明|后|当)(?:天|日|早|晚|朝)|(?:本|这|下)?(?:周|星期|礼拜)[一二三四五六日天]?|[上中下]午|晚上|夜里|早上|傍晚|"
    r"[\d一二三四五六七八九十两]{1,3}(?:点|时|号|日|月)|点|半|前|之前|以前|内|之内|下班|[本这下]|[一二三四五六日天]|\d{1,3}|"
    r"小时|个小时|分钟"
)
"""A word of a time given right after a party (物业 下周一 上午 十点 前 …, 物业 下 礼拜 三 前, 物业 2 小时 内): the act
it is told to do follows."""
NOT_ITS_WORK = frozenset({"不归", "不属于"})
"""Words before a party that say the work is not its (不归居委管吧): nobody asked (归物业负责 assigns it)."""
HIRED = frozenset({"人", "师傅", "工人", "装修队"})
"""Whom one hires after 请 (请人拖走, 讲下礼拜请师傅来修): no party asked."""
COMING = frozenset({"来", "过来", "去", "过去", "上门", "到场", "来一趟", "过来一趟", "来看"})
"""Acts of coming (来看 too): with 了 after them, the party came."""
ASSISTED = frozenset({"配合", "协助", "陪同"})
"""Verbs of helping the party after them: without a request before, the speaker's own work."""


ALL_DONE_BY = ("弄好", "修好", "处理好", "搞好", "整好", "搞定", "弄完", "弄干净", "清干净", "清理干净", "清走", "拆掉")
"""What is to be done, all of it, after 都 and a time (明天都弄好)."""
TIME_TAGS = "?？!！~。 吧呗嘛噻撒哈啊呀哦"
"""A time said last, then only these (今儿下午呗, 明天上午吧): the closing note's tag, no act after it."""
URGING_PARTICLES = "的啊吧呀哈"
"""Particles a closing urge ends with (派出所赶紧的, 物业快点啊)."""


def _only_when(following: Sequence[str], urging: frozenset[str]) -> bool:
    """Words that only urge or say by when (明天, 尽快, 周五前, 下午3点前): a closing note to the party before them."""
    said = "".join(t for t in following if t not in urging).rstrip(URGING_PARTICLES)
    return (not said and any(t in urging for t in following)) or deadlines.DEADLINE.fullmatch(said) is not None


def _day_to_act(text: str, phrase: deadlines.DeadlinePhrase, asked: int) -> bool:
    """A day named before a run-on's ask may be when the work is due (今天物业赶紧弄一下), unless what happened on it
    is told (了) before the ask (…今天还扔下来个啤酒瓶子差点砸着人了你们物业管不管): then it is the problem's."""
    return DAY.search(text, phrase.start, phrase.end) is not None and "了" not in text[phrase.end : asked]


def _run_on(tokens: Sequence[str], text: str) -> bool:
    """A clause of voice input run on without a break: long, and no blank in it (a terse note's break)."""
    return len(tokens) > LONG_CLAUSE and not BLANKS.search(text)


def _near(spoken: Sequence[int], p: int, q: int) -> bool:
    """Tokens `p` and `q` of a run-on stand close, in one sentence of speech (`spoken`: each token's sentence)."""
    return abs(q - p) <= COMBO_REACH and spoken[p] == spoken[q]


def _called_at_the_end(tokens: Sequence[str], i: int, following: Sequence[str]) -> bool:
    """「这个事儿得管管啊物业」: a party called after what is asked, the last word of the clause."""
    return not following and i > 0 and tokens[i - 1] in CALLING


CALLING = PARTICLES - frozenset("了吗到去")
"""Particles a speaker ends a request with before calling whom it is for (管管啊物业)."""


def _handed(tokens: Sequence[str], i: int) -> bool:
    """「保洁顺便把油污冲一下」「保洁把垃圾扫掉」: the party at `i`, 把 what, a verb and its result — told to act,
    whatever the verb (not 「物业把它围了一下」「物业把车挪走了」, what it did)."""
    if "把" not in tokens[i + 1 : i + 3]:
        return False
    for j in range(i + 3, min(i + 9, len(tokens))):
        if tokens[j].endswith("了"):
            return False
        if tokens[j].endswith(HANDED_RESULTS):
            return tokens[j + 1 : j + 2] not in (["了"], ["以后"], ["之后"], ["后"])  # not 扫掉以后…: what came next
    return False


def _day_then_where(clause: Clause, phrase: deadlines.DeadlinePhrase) -> bool:
    """A day said right before the estate (「今天梅苑小区那个2栋后面…请物业联系车主挪车」): the day it was seen, no
    time to act by (not 今天前, which sets one)."""
    names = tuple(clause.communities)
    return not phrase.explicit and bool(names) and clause.text[phrase.end :].lstrip().startswith(names)


def _when_it_happens(text: str, before: str, phrase: deadlines.DeadlinePhrase) -> bool:
    """When something happened or goes on, not when it is to be done: a past day (昨天晚上九点多, 已于11月15日), a start
    (从早上七点), a while (下午放学那会儿), the speaker's own (今天早上俺又看见) or how long (放到晚上十点多); the
    last two only without 前 (明天上午前我要看到…, 最迟到明天中午 are deadlines)."""
    if before.endswith(PAST_DAYS) or before.endswith(("从", "已于", "已经于")) or text.startswith(WHILE, phrase.end):
        return True  # 已于11月15日核查: the day it was done
    if not phrase.explicit and text.startswith(("多", "就开始", "开始"), phrase.end):
        return True  # 晚上7点多了, 早上六点就开始蹦: when the problem was going on
    if text[phrase.start : phrase.end].endswith("下班") and text.startswith(("回来", "回家"), phrase.end):
        return True  # 晚上下班回来吓死人了: when one comes home, no time to act by
    if not phrase.explicit and SPAN_TO.match(text, phrase.end):
        return True  # 中午12点到2点不准整: the hours of a rule, no time to act by
    return not phrase.explicit and (text.startswith(SPEAKING, phrase.end) or before.endswith(GOING_ON))


def _reduplicated(verb: str) -> bool:
    """A verb said twice (管管, 看一看), which bids: 「物业管管」 ends a terse note with a request."""
    return (len(verb) == 2 and verb[0] == verb[1]) or (len(verb) == 3 and verb[1] == "一" and verb[0] == verb[2])


def _making_act(following: Sequence[str]) -> bool:
    """「物业让施工队清走」: the party told to make someone else act (not 「物业让我们等」, what it told us)."""
    return len(following) > 1 and following[0] in ("让", "叫") and following[1] not in FIRST_PERSON


FIRST_PERSON = frozenset({"我", "我们", "咱", "咱们", "俺", "俺们", "阿拉", "大家", "业主", "居民"})


def _spaced_times(text: str) -> list[tuple[int, int]]:
    """Where a terse note writes a deadline in pieces set apart by blanks (物业 今日 18:30 前)."""
    spaced = (m for m in deadlines.DEADLINE.finditer(text) if " " in m.group() or "\t" in m.group())
    return [m.span() for m in spaced if not deadlines.spaced_apart(m)]


def _blank_runs(text: str, spans: list[Span]) -> list[list[Span]]:
    """Consecutive spans of one line set apart only by blanks."""
    runs: list[list[Span]] = []
    for span in spans:
        if runs and not span.listed and _blank(text[runs[-1][-1].end : span.start]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _blank(between: str) -> bool:
    return bool(between) and between.strip(" \t") == ""


def _stripped(text: str, start: int, end: int, segment: int, listed: bool, header: bool) -> Span | None:
    body = text[start:end]
    left = body.lstrip()
    start += len(body) - len(left)
    end = start + len(left.rstrip())
    return Span(start, end, segment, listed, header) if end > start else None


def _without_question_tag(following: list[str], last: bool, tags: frozenset[str]) -> list[str]:
    """The words after a party, less a 不/没 that ends the clause: 「派出所能管不」 asks, it does not refuse."""
    if last and len(following) > 1 and following[-1] in tags:
        return following[:-1]
    return following


WORK_COUNT = compile_scan(
    r"(?:\d+|[一二两三四五六七八九十]{1,3})\s*[余多]?(?:处|户|辆|盏|次|车|个|棵|起|家|袋|吨|块|条|根|台|桶|间|张|份)\W*$|若干\W*$"
)
"""How many a work log's line dealt with, ending it (3处, 5辆, 若干)."""
ASKING = re.compile("请|要求|务必|麻烦")
"""Words that ask for work to be done: a message with one is no log of work done."""
LINE_MARKS = " \t✅✔️☑✓。.!！~"
"""Ticks and stops that close a checklist's line."""
WORK_NOT_DONE = re.compile("发现|存在|问题|需|待|未|没|请|要")
"""Words of a line that tells problems found or work still to do (巡查发现楼道堆物3处, 小广告未清理若干)."""
LOG_OPENING = re.compile(r"^[^\u4e00-\u9fff]+")
WORKERS_OPENING = re.compile(
    r"^[^,，。]{0,10}?(?:(?:志愿者|网格员|保洁员?|物业|居委会?|社区|城管|我们|党员)们?)+"
    r"(?:今天|今日|上午|下午|昨天|本周|今天上午|今天下午|共|一共|累计)*"
)
"""Who did a logged work and when, before its verb (志愿者今天上午清理楼道小广告300余处)."""
"""What opens a work log's line before its verb: bullets, ticks, emoji, numbering."""
TICKS = ("☑", "✅", "✔", "✓")
STATUS_MARKS = (*TICKS, "⏳", "⌛", "🔄")
TICKED_ITEM = re.compile(r"[\u4e00-\u9fff](?:☑|✅|✔|✓)")
MARKED_ITEM = re.compile(r"[\u4e00-\u9fff](?:☑|✅|✔|✓|⏳|⌛|🔄)")
"""An item followed by its status mark."""
"""A checklist's marks of an item found in order."""
CHECKLIST = re.compile("[✗✘❌×]|合格|完好|无问题")
"""What makes ticks a checklist's and not bullets: crossed items, or words of passing."""
INDOOR_PILE, OUTDOOR_PILE = "楼道堆物", "公共区域堆物"
STAIRWELL = "楼道"
"""The word that puts a scene in a stairwell, added to an item's words when its header does."""
FIRE_LANE = "消防通道占用"
SORTING, EXPOSED = "垃圾分类不规范", "暴露垃圾"
OVERFLOW = re.compile("满|溢|冒尖|成堆|堆积|没人收|没人清|没人拉|臭|暴露垃圾|散落|一地|遍地|周边")
"""Garbage overflowing or left to rot: exposed garbage, whatever its sorting."""
TOUR = re.compile(
    r"\s*(?:去[^,。;!?]{1,16}?(?:转了|转转|走了一圈|巡了|逛了|看了)|去了(?!解)(?:一?趟)?|来到|走到|巡到|看了一圈|转了一圈|就开始|开始"
    r"|(?:过来|过去|来|去)看\s*$)"
)
"""A round the speaker made (去嘉和名邸转了一圈, 今天来到…, 今天去了趟棉五宿舍, 这边今天看了一圈, 今天去看 …) or
when a nuisance starts (早上7点就开始电钻): the time before it is when, not a deadline."""
BARE_SPAN = re.compile(r"\s*(?:\d{1,3}|[一二三四五六七八九十两半]{1,3})\s*个?(?:小时|天|日|个?工作日)\s*")
"""A span of time with nothing around it, as a form's time-limit field gives it."""
ASKED_IF_DONE = re.compile(r"了(?:没有|没得|莫得|没|吗|伐)(?=$|[\s,。?!])")
"""Asked whether something was done (拆了没有, 清了吗): no order."""
DEMAND_OPENING = re.compile(r"\s*(?:赶紧|赶快|马上|立即|立刻|尽快|抓紧)(?:给)?(?P<who>派个?人|来个人)?")
"""An urging word opening a clause, and someone sent (赶紧来个人) or what to do after it."""
MUST = re.compile("就得|必须|务必|一定要|得赶紧")
"""Words making a time an order (今天就得处理)."""
MUST_BEFORE_ACT = ("就要", "就得", "必须", "务必", "一定要", "都要", "就")
"""Words between a time and the act it is given for (今天就挪, 今朝就要拆, 今天就得处理, 明天必须修好)."""
PASSED_ON = re.compile(r"已经?(?:跟|和|给|向)?[^,。;]{0,6}?(?:说|讲|反馈|反映|联系|报|通知)|回复")
"""The matter passed on, or an answer quoted: what follows is theirs to do, as promised."""
DAY = re.compile("[天日号周期拜]|今儿|明儿|后儿")
"""A phrase naming a day (明天, 周三, 5号), not only a part of one (早上, 中午)."""
TAKEN_BACK = compile_scan(
    r"(?P<said>(?:\d{1,4}|[一二三四五六七八九十]{1,3}|(?<![A-Za-z])[A-Za-z])"
    r"(?:号楼|栋|幢|号院?|楼|单元|层)(?:那块儿?|那儿|那边)?)"
    r"(?:[,，\s]*(?P=said))?"
    r"(?:[,，\s]*[哦嗯哎]?\s*"
    r"(?:不对|说错了|讲错了|不是不是|(?<=[哦嗯])\s*不是?(?![说对])|还是(?=[\d一二三四五六七八九十]))(?!劲))+"
)
"""A building, unit or floor the speaker takes back at once, perhaps said twice first (六号楼不对不对是九号楼,
3号楼 不是不是 4号楼, 七号楼 七号楼 哦不对 是九号楼, 三楼 哦不 四楼) or is unsure of before saying another
(十一楼还是十二楼来着): voice input keeps the slip."""
TAKEN_BACK_HINT = re.compile("[不错还]")
"""A character each of TAKEN_BACK's ways of taking back has (不对, 说错了, 还是): a text with none is searched no
further."""
TAKING_BACK = re.compile("不对|不是|说错了|讲错了|哦|哎")
"""Words by which a speaker takes back what was just said."""
NAME_TAKEN_BACK = re.compile(
    rf"(?:那边|这边|那个)?(?:小区)?(?:[,\s]*(?:{TAKING_BACK.pattern}|嗯))+[,\s]*(?:(?:应该)?是)?[,\s]*(?:那个)?[,\s]*"
)
"""What follows a name the speaker takes back at once, before the name said instead (鸿湖春语 不对 是鸿湖春樾, 长江社区
那边 哦 是长江新村, 常青花园那个不对常青苑)."""
DOCUMENT_NUMBER = re.compile(r"\(第\s*\d{1,4}\s*[号期]\)|(?<=[单报函令])第\s*\d{1,4}\s*号")
"""A form's own number (督办单（第12号）, 交办单第3号): no building."""
LONG_CLAUSE = 24
"""Tokens beyond which a clause is a run-on of several sentences (voice input), not one."""
COMBO_REACH = 8
"""How many tokens from its thing a combo's other words may stand in such a run-on."""
BLANKS = re.compile(r"[ \t]")
"""A blank inside a clause: a terse note's break, which voice input never types."""
SPOKEN_BREAKS = frozenset({"然后", "还有", "另外", "而且", "再就是", "再有就是", "还有就是", "完了"})
"""Words by which a speaker runs on to another sentence."""
SPOKEN_BREAK_WORDS = tuple(SPOKEN_BREAKS)
"""The same, to test what a clause opens with."""
DISTRICT_SUFFIXES = ("社区", "片区")
DISTRICT_TO_ESTATE = re.compile(
    r"[\s【】\[\]]*(?:的|辖区内?)?(?:第?[一二三四五六七八九十\d]*网格(?:员|[一二三四五六七八九十\d]+)?)?(?:今日|今天|昨天)?"
    r"在?(?:巡查|检查|走访|督查|暗访|反映|上报)?了?[\s【】\[\],:]*"
)
"""What joins a 社区 to an estate in it: nothing, a bracket, 的, 辖区, a grid of it or a round
(红星社区网格员巡查松涛小区, 丁兰社区第三网格 蓝桥苑, 塔山里社区网格二反映，府山里…)."""
BESIDE = re.compile(r"(?:旁边|边上|隔壁|对面|附近|后面|后头|斜对面)的")
"""What joins a landmark estate to the one it locates (华丰城旁边的富安居)."""
COUNTED = re.compile(r"[一两二三四五六七八九十几\d]+(?:辆|个|台|堆|家|张)")
"""Things counted (一辆SUV, 两个摊子): a culprit of the clause's own."""
LIKENED = re.compile(r"(?:跟|和|像|同)[^,。;!?]{1,8}一样")
"""「跟8号楼一样，都是外卖小哥停的」: a likeness drawn, not the problem reported there."""
HEARD_OR_GONE = re.compile("说|听|上个月|上月|去年|以前|上次|前阵子|前些天|后来")
"""In a clause saying a problem is elsewhere too: only heard of, or in the past."""
INDOOR_FIXTURES = ("应急灯", "灭火器", "疏散指示", "消火栓", "消防栓", "声控灯", "电表箱")
"""Fixtures kept on a building's floors: a bare N楼 with one is a floor."""
SPOKEN_FLOOR = re.compile("(?<![一二三四五六七八九十])[一二三四五六七八九]楼")
ANNOUNCES_LIST = re.compile(
    r"(?:以下|如下)(?:问题|几处|几个问题|情况)?$|有[一二两三四五六七八九十几\d]+(?:个|处|样|件)(?:问题|事儿?|嘢)[^,。\d]{0,3}$"
)
"""A sentence announcing the list below it (「5号楼发现以下问题」「9栋有三个问题要跟」): its place is every item's, as a
header's."""
GOING_ON = ("放到", "吵到", "闹到", "开到", "打到", "唱到", "响到", "干到", "弄到", "喝到")
SPEAKING = ("俺", "我")
SPAN_TO = re.compile(r"\s*(?:到|至|~|-)\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:点|时|:)")
"""A time that opens a span of hours (12点到2点), not a time to go somewhere (明早8点到3号楼门口)."""
WHILE = ("那会", "的时候", "时候", "放学", "上学", "高峰")
PAST_DAYS = ("昨天", "昨晚", "昨儿", "昨儿个", "前天", "昨日")
HANZI_RUN = re.compile("[\u4e00-\u9fff]+")
"""Chinese characters only."""
UNDERGROUND = ("地下室", "地下车库", "地库")
"""A pile in a basement's corridor is in the basement, a public area (公共区域堆物), not a stairwell."""
ESTATE_WIDE = (
    *("小区", "整个小区", "全小区", "院内"),
    *("大门", "正门", "东门", "西门", "南门", "北门", "主入口"),
    *("弄堂", "弄口"),
)
"""A clause opening with the estate itself (小区主干道, 小区门口), one of its gates (大门口那里…, 北门…) or a lane's
(弄堂口墙上…) has a place of its own: no building of the item before it (a 后门 or 侧门 may be the building's own)."""
UNKNOWN_DOER = ("是谁", "谁", "是哪", "哪")
"""After 没发现: who did it is what was not found (没发现是谁拉的), not the problem."""
WORK_ENDINGS = ("一下", "干净")
"""What a work is said with that is no part of it (清一下, 清干净)."""
RELAYING = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:办|科|中队|中心|分中心|网格长|网格员|所))?(?:转办?|交办)(?::|\d|工单|来|发|派|居民|市民|群众|业主|$)"
)
"""What follows an office that relays an order (城管办转：, 派出所转12345工单, 网格长转来, 社区转居民投诉,
街道城管科转办：): the relay, not the work."""
STEWARDS = frozenset({"管家"})
"""The party alias that names a person by role, which other words before it make someone else's."""
NOT_THE_ESTATES = frozenset({"住家", "智慧", "家政", "私人", "云", "电子"})
"""What makes a 管家 someone's or something else than the property's steward (住家管家, 智慧管家)."""
ONLY_ALLOWED = ("只能", "只许", "只准")
WORKING = ("干", "施工", "装修", "开工", "营业", "作业")
"""A time between 只能 and a verb of working (只能上午干) is the hours the work is allowed, no deadline (只能周五前拆除
is one)."""
NOT_YET = ("了", "都还没", "还没", "都还不")
"""After a time with no 前 or 内, what day it is now (都周三了) or what has not happened by then (今天都还没来收):
the problem told, no time to act by."""
CLOSING_MARKS = " \t.。!！~"
COMING_TO_CHECK = re.compile(
    r"(?:(?:今天|明天|后天|下午|上午|晚上|明早|周[一二三四五六日]|这两天|随后|过几天)+(?:来|过来|会来|要来)|会来|要来)"
    r"(?:查|检查|复查|验收)"
)
"""An office saying, to end its clause, when it comes to see the work (…@物业 今天中午前必须清完，街道下午来查): its
own check, not work asked of it (派出所下午来查下, 物业今天来检查维修 ask)."""
PASSED_ON_FROM = frozenset({"转", "据", "转自"})
"""Words before the party whose word a message passes on (转城管中队反馈, 据城管反馈)."""
RUN_BREAKS = ("、", "；", ";")
"""What sets apart the items of a run (「楼道灯不亮、2单元门禁坏了、一楼墙面…」)."""
ANOTHER_MATTER = ("另外", "此外")
"""Words that open another matter, not more of the one before."""
GROUNDS = (
    *("儿童游乐区", "游乐区", "地下车库", "地面停车场", "停车场"),
    *("中心花园", "小区门口", "小区里", "大门口", "会所", "广场"),
)
"""Places of an estate's grounds, away from its buildings."""
NEAR_HOME = ("楼下", "楼上", "门口", "对面", "附近", "旁边", "隔壁", "外面", "后面", "前面")
"""After 我家/家里: a public place by the home (我家楼下, 我家门口), no part of it."""
BRACKETS = frozenset("【】")
"""A header's brackets, around the parties it addresses."""
PARTY_PLACES = frozenset({"门口", "旁边", "对面", "后面", "边上", "隔壁", "楼下", "院里", "大门口"})
"""Right after a party's name: a place by its office (居委会门口), the office not asked."""
NONE_THERE = frozenset({"没", "没有", "无", "冇"})
"""Right before a party: there is no such party (没物业的老宿舍)."""
VOCATIVE = frozenset({"你", "你们", "您", "看到", "看见", "你好", "你们好", "您好"})
"""Right after a party: the party is spoken to (物业你…, 居委物业看到回复一下: when you see this, 物业你们好)."""
STAFF_TITLES = frozenset({"经理", "主任", "队长", "站长", "所长", "书记", "科长", "老师"})
"""A party's staff called by their title (物业的刘经理), after a surname or none."""
TELLING_YOU = ("我跟你说", "我跟你们说", "我和你说", "我给你说")
"""How a speaker turns to the party just named to tell it something."""
ADDRESS_PARTICLES = frozenset({"啊", "呀", "哈", "哎", "呢"})
"""Particles by which a speaker calls a party (物业啊, 保洁呀)."""
ACCOMPANYING = frozenset({"跟", "和", "同", "与"})
"""Before a party and 一起: together with it; between two parties and 联系: the one to be got in touch with."""
SEEN_AT = re.compile(
    r"(?:过来|过去|来|去)?(?:看|查|巡|走|转|检查|巡查|看到)(?:的|了)|(?:排查|巡查|检查|走访)(?:情况|结果|发现)"
    r"|(?:过来|过去|来|去)?看\s*(?:还|仍|依然|依旧)(?:在|有|是)"
    r"|跟[^,。;!?]{1,6}一起(?:走|检查|巡|看|转|查)"
)
"""A time then what the speaker did in it (今天下午看的情况, 早上过来看了…, 今天排查情况, 今天跟物业一起走了一遍, 今天看
还在): a round's time, no deadline."""
HURRY = frozenset({"快点", "赶紧", "赶快", "马上", "搞快点", "麻溜"})
"""Words of hurry after a party's people's act (物管的搞快点来清一下): the act is theirs to do."""
SELF = frozenset({"我", "俺", "额", "咱", "我们", "俺们", "咱们", "额们"})
"""The speaker, before 是 and the office they belong to (我是物业的, 俺是业委会的)."""
CALL_ENDINGS = frozenset({*ADDRESS_PARTICLES, *PARTY_TITLES, "的", "注意", "注意一下"})
"""What may close a clause calling a party (物业的, 城管的同志, 物管注意哈)."""
OPENING_REACH = 10
"""How far into a message a party called with a particle is spoken to (向荣里的物业啊: the estate's name first)."""
REPROACH = re.compile(r"(?:你们)?(?:咋回事|怎么回事|咋搞的|怎么搞的|干啥呢|干嘛呢|干什么吃的)儿?")
"""Right after a party, a reproach (保洁和物业咋回事儿啊): the party is spoken to; a time for the work may follow."""
CHALLENGE = re.compile(r"(?:这个|那个)?(?:你们)?(?:到底|究竟|还)?([\u4e00-\u9fff]{1,2})不\1")
"""Right after a party, a verb of acting asked yes-or-no (物业到底管不管, 修不修, 物业葛个到底管不管): the party is
challenged, spoken to (not 物业是不是…, a guess)."""
NARRATED = re.compile("已|完成|完毕|了|过|的$")
"""Words of what was done, not of what is to be done."""
CLOSING_TAGS = "吧嘛啊呀哈唦撒噻咧嘞"
"""Particles that close a telling (说一下吧, Wuhan 说一声唦): the telling is the same without them."""
TOLD_TO = re.compile(r"(?:跟|和|同|给)(?P<whom>[^,。;!?\s]{1,5}?)(?=说|讲)")
"""A party told to speak to someone (物业跟装修户讲一讲): `whom`, then the telling."""
OFFICE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:社区|社区居委会|居委会?)")
"""A community's office named by its place (濂溪社区, 翠湖社区居委会): the 居委会 of a table's party cell."""
DUE_BY = re.compile(r"(?:内|前)[^,。;!?已了过]{0,6}(?:完成|完毕)")
"""A limit, then the work finished by it (48小时内处理完毕, 下班前整改完成): what is to be done, not what was."""
TOLD_BY = frozenset("跟和给向同")
"""Before a party, the speaker tells it (我跟居委会说一下): nobody asks the party."""
CALLING_ON = frozenset({"叫", "喊", "让"})
"""Words opening a clause to call a party in (喊物业, 叫城管来): the party is asked."""
INFORMED = frozenset({"告知", "交给", "转给", "转交"})
"""After 已, what hands a party the problem (已告知物业，请于周一前清理, 已转给城管): it is the one asked."""
HANDED_TO = (INFORMED - {"告知"}) | {"报给", "移交", "派给", "转", "交"}
"""Verbs that hand a problem on to the party after them (已转给城管): it is the party's to deal with now."""
HANDING_ON = frozenset({"报", "找", "找下"})
"""Verbs that, right before the party ending a terse note's clause, hand it the problem (…路灯不亮 找房管站,
也一块报房管站)."""
HANDING_OPENS = HANDED_TO | HANDING_ON
"""Verbs that, opening a clause of the party alone (交城管, 找房管站), hand it the problem."""
NO_HANDING = frozenset({"不然", "否则", "就", "再", "的", "要不", "没", "没有", "不", "未"})
"""Before a handing verb, what makes it a threat or no handing (不然报街道, 屡教不改的报派出所, 没找物业)."""


def _handed_on(tokens: Sequence[str], i: int) -> bool:
    """The party at `i` is handed the problem by the verb right before it: one opening the clause (交城管), or
    报/找 after other words, unless a threat or a negation is said before it."""
    if i == 1 and tokens[0] in HANDING_OPENS:
        return True
    return i > 1 and tokens[i - 1] in HANDING_ON and NO_HANDING.isdisjoint(tokens[max(i - 3, 0) : i - 1])


NARRATED_AFTER = re.compile(r"[^,。;!?]*(?:但|没|不|却)")
"""After a party told of the problem, that it did nothing (已告知物业但没人管): the complaint, not a request."""


THREAT = re.compile(r"(?:再不|(?P<otherwise>否则|不然(?![, ]?这样)|实在不行(?:的话)?|逾期))[^。!?]{0,12}$")
"""A condition of the work not done (再不…, 否则, 要不然, 实在不行), before a clause; not 不然这样 (how about…)."""
CONSEQUENCE = re.compile(r"直接|将|就|(?<!委)会|依法")
"""What a party will do if the work is not done (街道直接组织清运, 城管将依法拆除); not 会 of 居委会."""


def _threatened(message: str, start: int, text: str) -> bool:
    """The clause `text` at `start` follows a threat's condition in its sentence (再不清，街道直接组织清运) or opens
    with one (否则城管将依法拆除), and says what its party will then do: that party is nobody asked. An address
    (@物业) or a party simply told to act after another's condition (车主再不挪车，物业联系交警) is asked; after
    否则 or 不然 the party is always what follows (否则城管上门处理)."""
    if "@" in text:
        return False
    threat = THREAT.search(message, max(start - 12, 0), start + 4)
    return threat is not None and (threat.group("otherwise") is not None or CONSEQUENCE.search(text) is not None)


def _status_marked(message: str, text: str) -> bool:
    """A status list's item with its mark after it (锦绣花园楼道堆物✅、松岭山庄天台违建⏳): done or under way, in a
    message that marks two items or more so (one mark after a line may be decoration); the caller asks that the
    message asks nothing when the mark is ⏳, or ticks other items done (…⏳ 请物业今天处理完毕 lists work to do;
    ✅ is done whatever is asked, and beside it ⏳ is under way)."""
    if not text.rstrip().endswith(STATUS_MARKS):
        return False
    return len(MARKED_ITEM.findall(message)) >= 2


def _done_list(message: str, text: str) -> bool:
    """The clause ends with a tick, or the message ticks an item (锦绣花园楼道堆物✅): a list of what is done. Asked
    only of a status-marked clause, so the message is searched for few clauses."""
    return text.rstrip().endswith(TICKS) or TICKED_ITEM.search(message) is not None


def _ticked(message: str, start: int) -> bool:
    """The clause at `start` is on a checklist line ticked as in order (☑ 消防通道畅通). Asked only in a checklist
    (`Words.checklist`): one that crosses items off too, or says what passed (✅ alone is often a bullet for a
    problem)."""
    line = message[message.rfind("\n", 0, start) + 1 : start].lstrip()
    return line.startswith(TICKS) or message[start:].startswith(TICKS)


def _joined_party(tokens: Sequence[str], i: int, lang: Language) -> bool:
    """Another party is joined right after token `i` (盐渎社区、物业), perhaps named for its estate (槐安家园社区、
    华盛城物业：)."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in lang.joiners:
        return False
    for k in range(i + 2, min(i + 6, len(tokens))):
        if tokens[k] in lang.party_aliases:  # right after the joiner, or in a header addressing both (not …物业反映：)
            return k == i + 2 or tokens[k + 1 : k + 2] in ([], [":"])
        if HANZI_RUN.fullmatch(tokens[k]) is None:
            return False
    return False


def _party_cell(clause: Clause, i: int, lang: Language) -> bool:
    """The party at token `i` stands in a table cell of parties only (…|物业、城管|12月10日)."""
    if "|" not in clause.text or i >= len(clause.offsets):
        return False
    at = clause.offsets[i]
    left, right = clause.text.rfind("|", 0, at), clause.text.find("|", at)
    cell = clause.text[left + 1 : right if right >= 0 else len(clause.text)]
    parts = [part.strip() for part in re.split("[、,/和及 ]+", cell.strip()) if part.strip()]
    return all(part in lang.party_aliases or OFFICE.fullmatch(part) or _named_party(part, lang) for part in parts)


def _named_party(part: str, lang: Language) -> bool:
    """A party named by the estate it serves (茉莉园物业, 春晖里物业服务中心): the party, in a cell of parties."""
    return any(part.endswith(alias) and HANZI_RUN.fullmatch(part[: -len(alias)]) for alias in lang.party_aliases)


def _outside(names: list[tuple[int, int, str]], cells: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The names not in a table's cells of parties: 柳岸社区居委会 there is whose office acts, not where."""
    return [name for name in names if not any(start <= name[0] < end for start, end in cells)] if cells else names


def _in_title(clause: Clause, i: int) -> bool:
    """The token at `i` stands inside a title in 【】 (【街道城市管理通报】), not alone in it (【物业】 addresses)."""
    at = clause.offsets[i] if i < len(clause.offsets) else 0
    opened = clause.text.rfind("【", 0, at)
    closed = clause.text.find("】", opened)
    return opened >= 0 and closed > at and closed - opened - 1 > len(clause.tokens[i])


def _on_list_title_line(message: str, start: int) -> bool:
    """The text at `start` is on a message's first line, and that line titles the lines below it (…街道
    11月23日巡查问题清单, 督查发现问题（12.7）) without asking anything (not 「…物业：下周一前整改以下问题」)."""
    first_end = message.find("\n")
    if first_end < 0 or start > first_end:
        return False
    line = message[:first_end]
    return TITLE_END.search(line) is not None and not any(marker in line for marker in TITLE_ASKS)


TITLE_END = re.compile(
    r"(?:清单|汇总|通报|交办单|督办单|(?:发现|存在|督查|交办|反馈|巡查|检查)问题)\s*(?:[(（][^()（）]{0,12}[)）])?\s*$"
)
"""How a list's or table's title ends: what the lines are (问题清单, 督查发现问题, not 处理一下这个问题), then perhaps
the date in brackets."""
TITLE_ASKS = ("请", "要求", "务必", "以下", ":")


def _spoken(following: list[str], reported_speech: frozenset[str]) -> bool:
    """The words after a party report what it said (物业说…, 物业一直说在等配件, 业委会主任讲：…), not that it is
    to tell someone (保洁师傅跟居委会说一下嘛让大家分类扔)."""
    if following[:1] and following[0] in OFFICERS:
        following = following[1:]
    if following[1:2] and following[1] in TELLING_ONCE:
        return False
    return bool(following) and (following[0] in reported_speech or "".join(following[:2]) in reported_speech)


TELLING_ONCE = frozenset({"一下", "一声", "下"})
"""After 说/讲, a telling to do (说一下, 讲一声), no report of what was said."""
OFFICERS = frozenset({"主任", "书记", "经理", "队长", "负责人", "师傅", "领导"})
"""A party's officer between the party and what was said (业委会主任讲, 物业经理说)."""


def _title_length(following: Sequence[str]) -> int:
    """How many tokens after a party call its people (的同志, 的刘经理; 0 when none): the party spoken to through
    them, no thing it owns."""
    if following[:1] != ["的"]:
        return 0
    if following[1:2] and following[1] in PARTY_TITLES | STAFF_TITLES:
        return 2
    return 3 if following[2:3] and following[2] in STAFF_TITLES else 0  # 的 刘 经理


def _greeted(clause: Clause, i: int, salutations: frozenset[str]) -> bool:
    """The party at token `i` is greeted in a letter's salutation (尊敬的街道领导), not asked to act."""
    before = clause.text[: clause.offsets[i]] if i < len(clause.offsets) else ""
    return any(before.endswith(word) for word in salutations)


def _not_its_work(tokens: Sequence[str], i: int) -> bool:
    """The party at `i` is said not to be the one whose work it is (不归居委管, 不属于物业)."""
    before = "".join(tokens[max(i - 2, 0) : i])
    return before.endswith(tuple(NOT_ITS_WORK))


def _joined_by(pair: Sequence[str], joiners: frozenset[str], parties: Mapping[str, str]) -> bool:
    """A joiner, then a party (和房办 of 物管的和房办的)."""
    return len(pair) == 2 and pair[0] in joiners and pair[1] in parties


def _owned(tokens: Sequence[str], i: int, lang: Language) -> bool:
    """The party at `i` owns the thing after its 的 (社区的通知, 物业的车), no act of its people following
    (not 物业的人去看看, 街道的来瞅瞅, 物业的联系一下车主): a possession, no party asked."""
    if tokens[i + 1 : i + 2] != ["的"] or _title_length(tokens[i + 1 : i + 4]):
        return False  # 物业的刘经理: the party's people
    owned = tokens[i + 2] if i + 2 < len(tokens) else ""
    if not owned.strip() or owned in PARTY_TITLES or owned in lang.joiners or owned in lang.request_markers:
        return False  # 「物业的 碧梧苑…」「城管的同志」「物管的和房办的」「房办的麻烦…」: the party's people called
    then = tokens[i + 3] if i + 3 < len(tokens) else ""
    helping = owned in lang.actions and (then in lang.actions or then in HURRY or then in BRIEFLY)
    if owned in COMING or helping:
        return False  # 城管跟街道的来瞅瞅吧, 城管中队的帮忙清理下, 物管的搞快点来清一下: the parties' people act
    return owned in lang.actions or not _acts_next(tokens, i + 2, lang.actions)  # 社区的通知: an act's word as a thing


def _informed(tokens: Sequence[str], i: int) -> bool:
    """The party at `i` has been handed the problem (已告知物业, 已经交给城管), not merely named as one a
    thing is given to (居民没有把垃圾交给保洁)."""
    if i == 0:
        return False
    handed = tokens[i - 1]
    if handed.startswith("已"):
        return handed[1:] in INFORMED
    return handed in INFORMED and i > 1 and tokens[i - 2] in DONE_BEFORE


def _parties_only(clause: Clause, lang: Language) -> bool:
    """A terse note's field of parties alone (「… 有流浪人员住着 派出所 居委」): the parties it assigns."""
    return all(token in lang.party_aliases or token.isspace() for token in clause.tokens)


def _bare(clause: Clause, i: int) -> bool:
    """A party standing alone between blanks in a terse note (「… 楼道 纸箱 物业 今天」), after a dash
    (「…纸箱——物业」), in brackets after an item (「…小广告较多（物业）」, 「（物业、居委会）」, 「（华盛城物业）」) or
    last in a bracketed header (「【溪岸府 物业 保洁】」), is addressed."""
    start = clause.offsets[i] if i < len(clause.offsets) else 0
    end = start + len(clause.tokens[i])
    before, after = clause.text[start - 1 : start], clause.text[end : end + 1]
    if before in ("", " ", "\t", "@", "-") and after in ("", " ", "\t", "】"):
        return True
    bracket = next((m for m in BRACKETED.finditer(clause.text) if m.start() < start < m.end()), None)
    if bracket is None:
        return False
    if before in ("(", "、", ":"):
        return True
    opened = max(clause.text.rfind(mark, bracket.start(), start) for mark in "(、:") + 1
    owner = clause.text[opened:start]  # （责任单位：华盛城物业）: the estate whose company it is, named before it
    return after in (")", "、") and len(owner) >= 2 and not any(ch in NOT_AN_OWNER for ch in owner)


NOT_AN_OWNER = frozenset("非无没不诉报找叫让给向对和跟与及是")
"""Characters that make what stands before a party in brackets something said of it (非物业, 居民投诉物业), not the
name of the estate it serves."""


def _masked(text: str, offset: int, names: list[tuple[int, int, str]]) -> str:
    """`text` (starting at `offset` in the message) with each community name in it blanked out."""
    for start, end, _ in names:
        start, end = start - offset, end - offset
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _quote_as_context(text: str, clauses: list[Clause]) -> None:
    """「「@沈塘桥小区 物业：2幢楼道堆物请整改」 回复：2幢已经清好了。不过4幢又发现飞线充电…」: a message
    opening with a quote of another is about what it says after it. When that names a problem, the
    quote is context only: it names the community, nothing else (its problems, buildings and requests
    are the other message's), and so when the message asks for nothing (「不好意思 是南湖苑的」, a correction);
    when it asks for work and names no problem, the quote says what the follow-up is about."""
    quote = LEADING_QUOTE.match(text)
    if quote is None:
        return
    quoted = [c for c in clauses if c.start < quote.end()]
    own = clauses[len(quoted) :]
    if any(c.categories for c in own) or not any(c.fresh_request for c in own):
        for clause in quoted:
            clause.quoted = True
            clause.categories, clause.parties = [], []
            clause.request = clause.fresh_request = clause.problem_signal = False


def _read_fields(text: str, clauses: list[Clause], lang: Language) -> None:
    """A form's fields: the place 「地点：碧海半岛5幢」 gives holds for every item, as a header's does;
    the date 「检查时间：3月3日上午」 gives is when the round was, no deadline; every party 「责任单位：
    云栖府物业服务中心」 names is assigned; a field restating the problem (现状, 整改要求) names none."""
    restating, described = -1, False
    assigning: list[Clause] = []
    """A party field's clauses (派单意见：请物业清理，规范非机动车停放): the described problem is their work."""
    naming: dict[int, str] = {}
    """The clauses of a title or a place field (事件标题：…, 事件地址：瓯海区 南塘花园 15幢…), by id, with the
    field's label: the labelled clause and those set apart from it only by blanks."""
    continued = ""
    for previous, clause in pairwise([None, *clauses]):
        label = _label_of(previous, clause, lang)
        if not label and continued and previous is not None and previous.segment == clause.segment:
            label = (
                continued  # 责任单位：孔浦物业（1-4项），孔浦新村居委会（1、2、4项）: the field goes on after a comma
            )
        continued = label if label in lang.party_labels else ""
        if continued:
            assigning.append(clause)
        if label in lang.status_labels:
            restating = clause.segment  # 现状：…, 整改要求：… restate the problem in every clause of their line
        described = described or label in lang.title_labels or label in lang.description_labels
        if label in lang.title_labels or label in lang.place_labels:
            naming[id(clause)] = label
        elif previous is not None and id(previous) in naming and _blank(text[previous.end : clause.start]):
            naming[id(clause)] = naming[id(previous)]
        if clause.segment == restating:
            clause.categories = []
        elif label and label not in lang.title_labels:
            own = previous is not None and previous.listed
            _read_field(label, clause, lang, own=own)
            clause.item_field = own and label in lang.place_labels
    if described:
        _name_no_problem(clauses, naming, lang)
        described_kinds = {name for c in clauses if c not in assigning for name in c.categories}
        for clause in assigning:  # the problem the description told is the work the field asks, no second one
            clause.categories = [name for name in clause.categories if name not in described_kinds]
    _table_limits(text, clauses, lang)


def _table_limits(text: str, clauses: list[Clause], lang: Language) -> None:
    """A pasted table with a column of time limits (|社区|小区|问题|时限|): the cell of that column in each row
    below the heading is its problem's time allowed (|…|今天|, |…|24小时|), whether or not the row names a
    party; no other date in the row is (a 发现时间 column)."""
    for start, end in column_cells(text, lang.limit_labels):
        clause = next((c for c in clauses if c.start <= start < c.end), None)
        if clause is not None:
            clause.limit_cell = (start - clause.start, min(end, clause.end) - clause.start)


def _office_column(cells: list[tuple[int, int]], clauses: list[Clause], lang: Language) -> None:
    """A pasted table's column of the community offices its points belong to (|所属社区|点位名称|…, then
    |西苑社区|西苑小区|…), its `cells`: where the point is, no party asked; the parties are the 责任单位 column's."""
    for start, end in cells:
        clause = next((c for c in clauses if c.start <= start < c.end), None)
        if clause is None or not clause.parties:
            continue
        outside = {
            lang.party_aliases[t]
            for t, at in zip(clause.tokens, clause.offsets, strict=False)
            if t in lang.party_aliases and not start <= clause.start + at < end
        }
        clause.parties = [p for p in clause.parties if p in outside]
        if not clause.parties and lang.request_markers.isdisjoint(clause.tokens):
            clause.request = clause.fresh_request = False


OFFICE_LABELS = frozenset({"所属社区", "社区", "所在社区"})


def _beside_estates(names: list[tuple[int, int, str]], cells: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The names in a table's column of community offices (西苑社区) only where the row names no estate of its
    own (|西苑社区|16号楼|…); beside one (|西苑社区|西苑小区|…) the estate is where."""
    kept = []
    for name in names:
        cell = next(((start, end) for start, end in cells if start <= name[0] < end), None)
        if cell is None:
            kept.append(name)
            continue
        next_row = min((start for start, _ in cells if start > cell[1]), default=None)
        in_row = [o for o in names if o[0] >= cell[1] and (next_row is None or o[0] < next_row)]
        if not in_row:
            kept.append(name)
    return kept


def _name_no_problem(clauses: list[Clause], naming: dict[int, str], lang: Language) -> None:
    """A form's title and place fields name the problem its description tells (事件标题：消防通道被占用,
    事件地址：…15幢北侧消防通道): where another field names a problem, theirs is no other one, and a place
    field is a place for every item, unless it is one list item's own."""
    fields = [c for c in clauses if id(c) in naming]
    if not any(c.categories for c in clauses if id(c) not in naming):
        return
    for clause in fields:
        clause.categories = []
        clause.header = clause.header or (naming[id(clause)] in lang.place_labels and not clause.item_field)


def _label_of(previous: Clause | None, clause: Clause, lang: Language) -> str:
    """The form label `clause` is the value of: its own in brackets (【责任单位】物业), or a header right
    before it (责任单位：物业)."""
    bracketed = BRACKETED_LABEL.match(clause.text)
    if bracketed is not None:
        label = bracketed["label"]
    else:
        label = previous.text.strip("【】[] ") if previous is not None and previous.header else ""
    return canonical_label(label, lang.form_labels)


def _read_field(name: str, clause: Clause, lang: Language, own: bool) -> None:
    """The field labelled `name` holds `clause`; `own`: the field is a list item's (「1. 位置：3栋，…」), its
    place that item's alone."""
    if clause.categories:
        return
    if name in lang.sender_labels:
        clause.parties, clause.request, clause.fresh_request = [], False, False  # 发出单位：…街道城管办: who sends
    elif name in lang.place_labels:
        clause.header = not own
    elif name in lang.time_labels:
        clause.dated = True
    elif name in lang.limit_labels:
        clause.limit = clause.assigning = True
    elif name in lang.party_labels:
        clause.assigning = True
        aliases = lang.party_aliases
        tokens = clause.tokens
        clause.parties = _unique(
            aliases[t] for i, t in enumerate(tokens) if t in aliases and not _glued_street_office(tokens, i, lang)
        )
        clause.request = clause.request or bool(clause.parties)
        clause.fresh_request = clause.fresh_request or bool(clause.parties)  # assigned to act


BRACKETED_LABEL = re.compile(r"[【\[](?P<label>[^】\]]{1,8})[】\]]")
"""A form's label in brackets, its value after it on the same line (【责任单位】物业、居委会)."""


def _area_headers(clauses: list[Clause], areas: frozenset[str]) -> None:
    """Headers sorting a list's problems by kind of work (楼道：… 绿化：… 卫生：…): with two or more that name no
    party, they are labels, a party's name among them (绿化) no party asked."""
    headers = [c for c in clauses if c.header and c.text.strip() in areas]
    if sum(not c.parties for c in headers) >= 2:  # 「绿化：… 保洁：…」 alone address those parties
        for clause in headers:
            clause.parties, clause.request = [], False


def _datelines(clauses: list[Clause]) -> None:
    """A date standing alone before anything is reported (【网格巡查】4月17日 天晴): the day of the log, no deadline;
    not a field's value (整改时限：\n11月25日)."""
    for previous, clause in pairwise([None, *clauses]):
        if clause.categories or (clause.parties and not clause.header and not clause.signature):
            return  # 「滨江壹号物业服务中心：」 addresses, 「八一路街道 11.23 巡查」 signs: still the round's date
        if DATELINE.fullmatch(clause.text) and not (previous is not None and previous.header and not previous.parties):
            clause.dated = True


DATELINE = re.compile(
    r"(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2})\s*(?:[(（]?(?:周|星期|礼拜)[一二三四五六日天][)）]?)?"
    r"(?:上午|下午|早上|晚上|中午)?"
)


def _said_short(name: str, written: str, owner: bool) -> bool:
    """`written` names `name` said short: its last words (新苑 for 纪翟新苑), or, as the estate a party is of, all but
    its courtyard's number (（责任单位：恒泰新城物业） after 恒泰新城3号院; 恒泰新城北门 is the whole estate's)."""
    if name == written:
        return False
    yard = owner and name.startswith(written) and NUMBERED_YARD.fullmatch(name, len(written)) is not None
    return name.endswith(written) or yard


NUMBERED_YARD = re.compile(r"[\d一二三四五六七八九十]{1,3}号院")
"""A courtyard's number ending an estate's name (恒泰新城3号院)."""


def _listed(parties: re.Match[str]) -> str:
    """The blanks between parties asked together as the list mark they stand for (positions stay)."""
    return parties.group().replace(" ", "、").replace("\t", "、")


SLASHED_FIELD = re.compile(r"(?<=[\u4e00-\u9fff])/(?=\S)|(?<=\S)/(?=[\u4e00-\u9fff])")
"""A slash between a terse note's fields (金桥花园/21号楼/…/居委会/12月18日前, 保洁/明早8点前): read as the blank
that sets fields apart (a blank for it, so positions stay); not one between numbers (3/5栋, 12/15), nor one set
apart by blanks already (… 泡沫箱 / 7号 …: a break of its own)."""


def _fields_as_lines(text: str, spaced_field: re.Pattern[str]) -> str:
    """「交办单 | 小区：翠湖印象 | 楼栋：15幢 | 问题：…」: a form whose fields a bar divides is read as one
    field a line (the bar becomes a line break: positions stay), not as a table's row; so is one whose
    labelled fields only blanks divide (点位：大井弄 问题：…小广告 时限：明日下午)."""
    if ":" in text and len(spaced := spaced_field.findall(text)) >= 2 and len(spaced) >= text.count(":") - 1:
        return spaced_field.sub(lambda blank: "\n" * len(blank.group()), text)
    if ("|" not in text and "｜" not in text) or len(FIELD_CELL.findall(text)) < 2:
        return text  # no bars (most messages), or no labelled fields between them
    if sum("|" in line or "｜" in line for line in text.splitlines()) > 1:
        return text  # several lines with bars: a table, its rows read as rows
    return BAR.sub(lambda bar: "\n" * len(bar.group()), text)


FIELD_CELL = re.compile(r"[|｜][ \t]*[\u4e00-\u9fff]{1,6}[：:]")
"""A bar before a labelled field."""
BAR = re.compile(r"[ \t]*[|｜][ \t]*")


def _drop_summary_headers(clauses: list[Clause]) -> None:
    """「宝兴小区违建问题两处：①…②…」: a header that announces the items is not an item itself."""
    for i, clause in enumerate(clauses):
        if clause.header and clause.categories and any(c.categories for c in clauses[i + 1 :]):
            clause.categories = []


def _spread_header_category(clauses: list[Clause]) -> None:
    """「以下楼道堆物：(1)3号楼 (2)5号楼」: a header that names the problem and no place, followed by a list
    of places with no problem of their own, is that problem at each listed place. The problem may be named in
    an earlier clause of the header's sentence (「以下点位暴露垃圾至今未整改，请保洁今天清运完毕：1.…」)."""
    for i, clause in enumerate(clauses):
        if not clause.header:
            continue
        heading = [c for c in clauses[: i + 1] if c.segment == clause.segment]
        named = [c for c in heading if c.categories]
        if len(named) != 1 or any(c.communities or not c.place.empty() for c in heading):
            continue
        listed = []
        for following in clauses[i + 1 :]:
            if following.categories or following.header:
                break
            if following.listed:
                listed.append(following)
        next_clause = clauses[i + 1] if i + 1 < len(clauses) else None
        if not listed and next_clause is not None and not next_clause.categories and listed_buildings(next_clause.text):
            listed = [next_clause]  # 「以下楼栋楼道堆物：3号楼、5号楼、9号楼」: the buildings listed in one line
        placed = [c for c in listed if c.communities or not c.place.empty()]
        if placed and len(placed) == len(listed) and (len(placed) >= 2 or listed_buildings(placed[0].text)):
            for item in placed:
                item.categories = list(named[0].categories)
            named[0].categories = []


def _group(
    clauses: list[Clause],
    lang: Language,
    ditto: re.Pattern[str],
    spots: re.Pattern[str],
    another_kind: Callable[[Item, Clause], bool],
) -> list[Item]:
    """Categorised clauses become items; a following clause with no category and no own place continues it.

    Clauses before an item that name no problem set its scene (「宜川一村18号楼，楼道里堆满了纸板」),
    except one saying something was dealt with (「14号楼已处理，但15号楼还有堆物」).

    A categorised clause joins the current item when it is in the same sentence and names no place of
    its own (「门口共享单车乱停，门口垃圾桶也破损了」 is one place with two problems), unless it opens
    with 另外/还有…: then it is another problem at the same scene, an item of its own.

    A problem said to be dealt with, then back (「12幢楼道堆物已经清过一次，今天复查又堆满了」), is an
    item again. So is one said to be at another place too (「5号楼楼道堆物，7号楼也是」).
    """
    also = lang.also_markers
    items: list[Item] = []
    pending: list[Clause] = []
    fixed: Clause | None = None
    numbered = False
    """A spoken list's numeral said alone came last (「… 二 5号楼门口的垃圾箱房 垃圾都满出来了」): what follows opens
    the next item, though voice input runs it on in the same sentence."""
    for last, clause, after in zip([None, *clauses[:-1]], clauses, [*clauses[1:], None], strict=True):
        current = items[-1] if items else None
        same_sentence = current is not None and current.segment == clause.segment and not numbered
        if clause.quoted:
            continue
        if SPOKEN_NUMERAL.fullmatch(clause.text):
            numbered = True
            continue
        if clause.categories and clause.dealt_with and not clause.fresh_request:
            pending, fixed = [], clause
            continue
        if fixed is not None and fixed.in_hand and clause.fresh_request and not clause.categories:
            fixed.parties = []  # 「摊贩城管正在处理，请居委会配合」: who has it in hand is not asked again
            items.append(Item(clauses=[fixed, clause], segment=clause.segment))  # 已下通知，请城管周五前拆除
            fixed = None
            continue
        if clause.categories and _directs(clause, items):
            clause.categories = []  # 「占道问题请城管配合」: a request aimed at a problem listed before
        if clause.categories:
            fixed = None  # another problem named: the one dealt with is not what comes back
        elif fixed is not None and not same_sentence and not lang.returns.isdisjoint(clause.tokens):
            clause.categories = list(fixed.categories)
            items.append(Item(clauses=[fixed, clause], segment=clause.segment))
            fixed = None
            continue
        elif current is not None and _elsewhere_too(clause, current, ditto, last):
            clause.categories = _unique(name for c in current.clauses for name in c.categories)
            items.append(Item(clauses=[clause], segment=clause.segment, copies=current))
            continue
        if clause.categories:
            ordinal = SPOKEN_ORDINAL.match(clause.text)
            own_place = bool(clause.communities) or not clause.place.empty() or _opens_estate_wide(clause.text, also)
            # 「8栋旁边绿化带里扔满了垃圾、地下车库入口堆着废弃家具」: after a building, the grounds are a place of
            # their own
            grounds = clause.text.startswith(GROUNDS) and current is not None and _at_a_building(current)
            own_place = own_place or grounds
            # 「还有一个是小区后门」「第二垃圾房门口…」: an item said in order is at a place of its own
            ordered = ordinal is not None and (ordinal.group().endswith("是") or "第" in ordinal.group())
            own_place = own_place or ordered
            joins = current is not None and same_sentence and not own_place
            if joins and THEN_ELSEWHERE.match(clause.text) and _another(current, clause, ("然后",)):
                items.append(Item(clauses=[clause], segment=clause.segment))  # 「…然后东门那边…」: a place of its own
            elif joins and (
                _another(current, clause, (*also, *lang.relative_places))
                or _another(current, clause, also, spots)
                or _also_at(current, clause, spots)
                or another_kind(current, clause)
            ):
                moved = _placed_tail(current)  # 「3栋，楼道灯坏了，5栋，门禁坏了」: at 5栋
                items.append(Item(clauses=[*moved, clause], segment=clause.segment, follows=not moved))
            elif joins and (moved := _placed_tail(current)):
                items.append(Item(clauses=[*moved, clause], segment=clause.segment))
            elif joins:
                current.clauses.append(clause)
            else:
                # 「…灭火器都不见了；楼道灯也坏了不亮」: something else there too, in a sentence of its own
                too = current is not None and not own_place and ALSO_THERE.match(clause.text) is not None
                items.append(Item(clauses=[*_scene(pending, clause), clause], segment=clause.segment, follows=too))
            pending, numbered = [], False
        elif same_sentence and current is not None and len(items) > 1 and _said_of_all(clause):
            continue  # 「…三是…城管负责 以上问题请在27号前整改完毕」: said of every item, though in the last's sentence
        elif same_sentence and current is not None and not _names_the_next(clause, after):
            current.clauses.append(clause)
        elif same_sentence and current is not None:
            pending = [clause]
        elif clause.listed and clause.problem_signal and items:
            clause.categories = [OTHER]
            items.append(Item(clauses=[clause], segment=clause.segment))
        elif clause.header and clause.communities:
            pending = []  # 「…整改以下问题\n茶山苑：6幢…」: what came before a line's own header is no scene of it
        elif clause.header and BARE_BUILDING.fullmatch(clause.text):
            pending = [clause]  # 「1号楼：灭火器没了\n4号楼：应急灯不亮」: each line's building heads its problems
        elif clause.assigning and not clause.request:
            pending = []  # 「整改时限：12月5日前\n问题描述：1.…2.…」: the form's time allowed, every item's
        elif not clause.header and not clause.request and not clause.dealt_with:
            pending = [*pending, clause] if pending and pending[-1].segment == clause.segment else [clause]
    return [item for item in items if not _marked_done(item, lang.returns)]


ALSO_AFTER_DONE = re.compile(
    r"(?<=了)(?=[^,。;!?也了]{1,8}也(?!是|就|不|没|很|太|被|给|得))|(?<=[\u4e00-\u9fff])(?=还有人)"
)
"""In a run-on, where something else begins after what was said of the first (…指示牌都不亮了楼门口儿的门禁也坏了,
…遛狗不拴绳儿还有人抄近道儿…)."""


def _asks_twice(clause: Clause, asked: list[int]) -> bool:
    """A run-on told with no break, closing on two requests one after the other (…盖子都冇得了请保洁今天上午清掉桶叫物业
    换个新的): each request is a clause of its own, to be shared out among the problems by its work. A terse note's
    blanks already set its pieces apart."""
    if len(asked) < 2 or not clause.categories or len(clause.text) < RUN_ON:
        return False  # the tests first: most clauses ask once, and the scan below reads every character
    return not any(ch.isspace() for ch in clause.text.strip())


def _also_starts(text: str) -> list[int]:
    """Where a run-on turns to something else there too (…都不亮了楼门口儿的门禁也坏了)."""
    if "也" not in text and "还有人" not in text:
        return []  # the test first: most run-ons say neither, and the scan tests a lookbehind at every character
    return [m.start() for m in ALSO_AFTER_DONE.finditer(text)]


def _opens_estate_wide(text: str, also: Sequence[str]) -> bool:
    """The clause opens with the estate or one of its gates, perhaps after a word that adds another item (小区门口…,
    还有小区北门那个消防通道…, 还有就是小区北门…, 最后就是东门外…) and someone putting something there (还有人把
    衣服挂在小区门口的栏杆上): a place of its own, not the last item's building."""
    ordinal = SPOKEN_ORDINAL.match(text)
    opened = ordinal.end() if ordinal is not None else next((len(w) for w in also if text.startswith(w)), 0)
    opened += 2 if text.startswith("就是", opened) else 0  # 还有就是小区北门那块儿…
    putting = PUTTING_THERE.match(text, opened) if opened else None
    return text.startswith(ESTATE_WIDE, putting.end() if putting else opened)


PUTTING_THERE = re.compile(r"有?人(?:把[^,，。]{1,8}?)?[挂放堆摆停晒扔丢倒]?[在到]")
"""Someone, perhaps what they put and how, then where (人把衣服挂在, 人停在): after 还有, the place follows."""


THEN_ELSEWHERE = re.compile(
    r"然后(?:呢)?[ ,]*(?:在)?[\u4e00-\u9fff]{1,6}?(?:那边|这边|那里|这里|那儿|这儿|那块|这块|那头|旁边|边上)"
)
"""然后 and a place pointed at (…消防通道被私家车堵起了 然后东门那边绿化带里头乱停了一堆电瓶车): another problem at a
place of its own, not what the first did next there (然后把消防通道堵死了, 然后垃圾桶也坏了)."""
EVERY_ONE = re.compile(r"全部|统统|一并|都(?=给?(?:整改|处理|清理|弄|搞定|落实))")
"""Said inside a closing request of all that was listed (请物业明天12点之前全部整改, 城管物业明天下班前都整改完)."""
ALL_ITEMS = re.compile(
    r"(?:以上|上述|上面)(?:这些|这几个|几个|几处|[\d一二两三四五六七八九十]+个|[\d一二两三四五六七八九十]+处)?(?:问题|点位)?"
    r"|都在|都是(?=[^,。]{0,8}?(?:前|之前|以前|内))|全部都?在|这些问题|这几个问题|几个问题都"
)
"""A request said of every item before it (以上问题请…, 都在周三之前搞定, 都是本周五前)."""


def _taken_back(text: str, name: tuple[int, int, str], names: list[tuple[int, int, str]]) -> bool:
    """The speaker takes the name back and says another at once (领秀城 不是 是中建锦绣首府, 水木青华 嗯 不对
    水木清华苑), or starts it and says it whole (尚品 嗯 那个尚品苑): not 不对外开放, nor 哎 是真的没人管, nor
    不对 是3栋 (the building corrected, the estate kept)."""
    back = NAME_TAKEN_BACK.match(text, name[1])
    if back is None:
        return False
    hummed_only = TAKING_BACK.search(back.group()) is None  # 尚品 嗯 尚品苑: only a name said again, whole
    return any(
        start == back.end() and said != name[2] and (not hummed_only or said.startswith(name[2][:2]))
        for start, _, said in names
    )


def _said_of_all(clause: Clause) -> bool:
    """A request or a deadline said of every item before it (以上问题请…, 都在周三之前搞定, 请物业…全部整改, a terse
    note's last piece: 请城管 以上今天…), not a place they share (都在二单元)."""
    if clause.request and EVERY_ONE.search(clause.text) is not None:
        return True
    opening = ALL_ITEMS.match(clause.text) or ALL_ITEMS.match(clause.text, _last_piece(clause.text))
    return opening is not None and (clause.request or clause.deadline is not None)


def _last_piece(text: str) -> int:
    """Where the last piece set apart by a blank starts (「③请城管 以上今天下班前整改完反馈」: 以上…), 0 if none."""
    return max(text.rfind(" "), text.rfind("\t")) + 1


BRIEFLY = frozenset({"一下", "下", "一哈"})
"""After a verb, saying it is to be done (联系一下): a bidding, not the name of a thing."""
DATE_PIECE = re.compile(r"\d{1,4}|[月日号]")
"""A token of a date written in digits (12, 月, 3, 日)."""
JOINTLY = frozenset({"联合", "交叉"})
"""How a round is made with others (联合检查, 交叉检查)."""
REPORTING_BACK = ("反馈", "回复", "回报")
"""After a time closing a request, the report back it is due by (…居委会去跟狗主人说一下，明日反馈): the work's time."""
ADDRESS_GIVEN = re.compile(r"(?:具体)?(?:地址|地点|位置)(?:是|在|为|:)|位于")
"""A relayed complaint's address said apart from the problem (…请物业抓紧修。地址是五一路57号院4号楼东边): where every
item is."""
ALSO_THERE = re.compile(
    r"(?:(?![把被给将连])[^,。;!?也]){1,8}也(?!是|就|不(?!见)|没(?!了|有了)|都是|都不|都没|很|太|被|给)"
)
"""A subject, then 也 (电瓶车也停在…, 门禁也坏了, 灭火器也都过期了, 灭火器也不见了, 水带也没了): something else
there too (not 也是/也不…, which say more of it, nor 把…也/…也被, which say what the problem did)."""
ONE_OF_THEM = re.compile(r"(?:有|其中)(?:一|两|几)?(?:部|辆|台)")
"""One of the things just told of (有一部还停在消防车道上, 其中一辆…): what it does is a problem of its own."""
ALSO_HAS = re.compile(r"[\u4e00-\u9fff]{1,6}还有")
"""A place, then 还有 (楼道里厢还有交关纸板箱): it holds something else too."""


def _marked_done(item: Item, returns: frozenset[str]) -> bool:
    """A list line with its status after it (「1）3幢2单元楼道纸箱清理 已处理」, a daily report's marks): dealt
    with, unless a request follows it, the problem comes back or is said to be still there after the mark, or it
    is said to be back before a mark of the last clearing (「又被电动车堵上了，上礼拜刚清过」)."""
    first = next(i for i, c in enumerate(item.clauses) if c.categories)
    after = item.clauses[first + 1 :]
    marks = [i for i, c in enumerate(after) if c.dealt_with and not c.categories]
    if not marks or any(c.fresh_request for c in item.clauses):
        return False
    if any(STILL_THERE.search(c.text) for c in after[marks[0] :]):
        return False  # 「…楼道堆放大量杂物，上周已通知，至今未清理」: told of, still there
    if any(not returns.isdisjoint(c.tokens) for c in item.clauses[: first + 1 + marks[0]]):
        return False
    return not any(c.categories for c in after[marks[0] :])


SPOKEN_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,2}个?|\d{1,2}")
"""A list's number said alone in speech or set apart by blanks (一 3号楼… 二 5号楼…, 一个 … 二个 …, 1 三栋… 2 五栋…)."""
BARE_BUILDING = re.compile(
    r"\s*(?:\d{1,4}|[一二三四五六七八九十]{1,3}|[A-Za-z])\s*(?:号楼|栋|幢|座|号)"
    r"(?:楼道|门口|楼下|楼前|楼后|前面|后面|旁边|那边|这边)?\s*"
)
"""A clause that is a building and at most a spot (「2幢」「5栋楼下」), setting the scene of what follows."""


def _placed_tail(item: Item) -> list[Clause]:
    """「酒厂宿舍 3幢 一楼 电瓶车推进屋头充电，2幢 楼道 有人飞线」: the clauses that followed the item's last
    problem from one naming another building on; they set the scene of the next problem, and leave the item.
    A building said after a problem that had none (「狗屎交关多 特别是2号楼门口」) only says where it is, and one
    said with more than a spot is whose it is (「5号楼阿姨说」「10栋住户的车」)."""
    last = max(i for i, c in enumerate(item.clauses) if c.categories)
    buildings = {c.place.building for c in item.clauses[: last + 1]} - {None}
    for k in range(last + 1, len(item.clauses) if buildings else 0):
        building = item.clauses[k].place.building
        if building is not None and building not in buildings and BARE_BUILDING.fullmatch(item.clauses[k].text):
            moved = item.clauses[k:]
            del item.clauses[k:]
            return moved
    return []


def _names_the_next(clause: Clause, after: Clause | None) -> bool:
    """An estate named alone between two problems, the next at a building of no estate named (「…3栋北侧墙上乱涂乱画，
    迎泽里 9号楼前机动车停人行道上」): the estate of the next, not a last word on the one before."""
    alone = bool(clause.communities) and not (clause.categories or clause.parties or clause.request)
    placed_next = after is not None and bool(after.categories) and not after.communities
    return alone and placed_next and after.segment == clause.segment and after.place.building is not None


def _scene(pending: list[Clause], clause: Clause) -> list[Clause]:
    """The clauses before `clause` that set its scene: not another list item's (「二是12号楼西侧…；三是东门
    岗亭旁分类桶没有归位」: item 三 is not at 12号楼)."""
    ordered = clause.listed and any(p.fresh_request for p in pending)
    if pending and pending[-1].segment != clause.segment and (pending[0].listed or ordered):
        return []  # 「芙蓉里 居委 物业：今天下午3点前整改完毕\n1. …\n2. …」: the header's order is every item's
    return pending


def _elsewhere_too(clause: Clause, item: Item, ditto: re.Pattern[str], last: Clause | None) -> bool:
    """「7号楼也是」「对面9栋也存在同样问题」: right after the item, a clause naming a place of its own, other than
    the item's, and saying the item's problem is there too — not one heard of or gone (物业说5号楼也是,
    上个月10号楼也是), nor one after a fix (7号楼的已经清理了，3号楼也是)."""
    if last is None or not any(c is last for c in item.clauses) or last.dealt_with:
        return False
    if clause.dealt_with or not (clause.communities or clause.place.building) or not ditto.search(clause.text):
        return False
    if HEARD_OR_GONE.search(clause.text) or LIKENED.search(clause.text):
        return False
    here = {(c.place.building, *c.communities) for c in item.clauses}
    return (clause.place.building, *clause.communities) not in here


def _same_spot(reported: str | None, spot: str | None) -> bool:
    """A problem said again at its place is at the spot it was reported at, or one of the two names none."""
    return reported is None or spot is None or reported == spot


NUMBER = r"[一二三四五六七八九十\d]{1,2}(?:\s*[-~至到]\s*[一二三四五六七八九十\d]{1,2})?"
NUMBERS = rf"{NUMBER}(?:\s*[、,和]\s*{NUMBER})*"
"""Item numbers, one by one or as ranges (1、2、4; 1-4)."""
RANGE = re.compile(r"\s*[-~至到]\s*")
MOST_ITEMS = 30
"""More items than any list holds: a range ending past it (1-300) is no range of items."""
ITEM_REFERENCE = re.compile(
    rf"第\s*(?P<ordinal>{NUMBERS})\s*(?:条|项|点|个问题)"
    rf"|(?:^|(?<=[理改责实办(]))\s*(?P<items>{NUMBERS})\s*(?:[两三四五六七八九十]\s*)?项"
)
"""A request's reference to list items by their numbers (第3条请城管配合, 1、2项请城管处置, 处理3、4两项,
物业（1-4项）); not a count (整改3个问题) or a time (3点前)."""
ITEM_NUMBER = re.compile(r"\s*(?:[(（]?([一二三四五六七八九十\d]{1,2})[.、．)）]|([①-⑳]))")
"""The number a list item's line opens with (3. …, 3、…, （3）…, ③…)."""


CIRCLED_BEFORE = re.compile(r"(?:[,;。 \t]\s*([①-⑳]+)|(?:^|\n)\s*([①-⑳]{2,}))\s*$")
"""The circled numbers of the list items a request after them is for (「请物业立即整改，③请城管配合」, a line of
its own after the list: 「②③请物业周一前处理」, after a blank: 「①②请物业处理 ③请城管」; one number opening a line is
an item of the list)."""


def _done_by(clause: Clause) -> bool:
    """A party's deed, told as done beside a problem no longer reported (「…群租户派出所已核查登记，房办约谈了房东」):
    the party is asked nothing."""
    told = clause.dealt_with and bool(clause.parties) and not clause.categories
    return told and not clause.fresh_request and clause.deadline is None  # 保洁中午前把…清干净: a time to act by


def _numbered_aims(clause: Clause, items: list[Item], text: str) -> list[str]:
    """The categories of the list items a request names by number."""
    if not clause.parties:
        return []
    lines = sorted({c.segment for item in items for c in item.clauses if c.listed})
    numbered = _item_numbers(items, text)
    aimed: list[str] = []
    circled = CIRCLED_BEFORE.search(text, 0, clause.start) if clause.text.startswith(("请", "由", "麻烦")) else None
    said = [",".join(str(ord(ch) - ord("①") + 1) for ch in circled.group(1) or circled.group(2))] if circled else []
    referred = [m["ordinal"] or m["items"] for m in ITEM_REFERENCE.finditer(clause.text)]
    for numbers in [*referred, *said]:
        for said_number in _listed_numbers(numbers):
            index = said_number - 1
            if numbered:
                on_line = (item for item in items if numbered.get(id(item)) == said_number)
            elif 0 <= index < len(lines):
                on_line = (item for item in items if item.segment == lines[index])
            else:
                continue
            aimed.extend(c for item in on_line for part in item.clauses for c in part.categories)
    return _unique(aimed)


def _listed_numbers(numbers: str) -> list[int]:
    """The item numbers a reference lists, its ranges spelled out (1-4、6 → 1, 2, 3, 4, 6)."""
    listed: list[int] = []
    for piece in re.split(r"\s*[、,和]\s*", numbers):
        bounds = [int(to_digits(bound) or 0) for bound in RANGE.split(piece)]
        ranged = len(bounds) == 2 and bounds[0] < bounds[-1] <= MOST_ITEMS  # 5-3项 or 1-300: no range of items
        listed.extend(range(bounds[0], bounds[-1] + 1) if ranged else bounds[:1])
    return listed


def _progress_asked(item: Item, text: str) -> bool:
    """The item only asks how a problem already known stands (春江公寓消火栓进度？), asking nothing to be done."""
    last = item.clauses[-1]
    asked = text[last.end : last.end + 1] in ("?", "？") and PROGRESS_ASKED.search(last.text.rstrip()) is not None
    return asked and not any(c.fresh_request for c in item.clauses)


PROGRESS_ASKED = re.compile(r"(?:进度|进展|结果|情况)$")
"""How the work stands, asked at a line's end."""


def _sharpest_aims(aims_of: dict[int, list[str]]) -> dict[int, list[str]]:
    """A problem one request aims at alone is not also aimed at by a request aiming at several (「请保洁清掉垃圾；
    装修垃圾由物业负责清运」: the debris is the 物业's, the 保洁's 垃圾 the litter)."""
    alone = {aims[0] for aims in aims_of.values() if len(aims) == 1}
    return {
        key: [n for n in aims if n not in alone] or aims if len(aims) > 1 else aims for key, aims in aims_of.items()
    }


def _directed(general: list[Clause], aims_of: dict[int, list[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """Parties of requests aimed at one kind of problem (「垃圾请保洁清理，护栏请街道安排修复」) or at a numbered item
    (「第3条请城管配合」), and those of the other requests, said for every problem."""
    directed: dict[str, list[str]] = {}
    shared: list[str] = []
    for clause in general:
        aims = aims_of[id(clause)]
        for name in aims:
            directed[name] = _unique([*directed.get(name, []), *clause.parties])
        if not aims:
            shared = _unique([*shared, *clause.parties])
    return directed, shared


def _aimed_deadlines(general: list[Clause], aims_of: dict[int, list[str]]) -> dict[str, datetime]:
    """The deadline of each request aimed at list items by number (「1、2项请城管今日内处置；3项请房管所修补」) or at
    a problem by its thing or work (「请保洁今天清理小广告，物业修路灯」), for those problems alone: the lamp has
    none."""
    found: dict[str, datetime] = {}
    for clause in general:
        if clause.deadline is not None:
            for name in aims_of[id(clause)]:
                found.setdefault(name, clause.deadline)
    return found


def _item_numbers(items: list[Item], text: str) -> dict[int, int]:
    """The number each item's line opens with, by the item's id: an item dealt with and left out (「1. …——已处理」)
    keeps the numbers of the others as written. Empty when some item's line opens with none: the items are then
    counted in order instead, as a request's 第N条 counts them."""
    numbers: dict[int, int] = {}
    for item in items:
        first = next((c for c in item.clauses if c.listed), item.clauses[0])  # not a scene before the list
        line_start = text.rfind("\n", 0, first.start) + 1
        opening = ITEM_NUMBER.match(text, line_start)
        if opening is None:
            return {}
        circled = opening.group(2)
        numbers[id(item)] = ord(circled) - ord("①") + 1 if circled else int(to_digits(opening.group(1)) or 0)
    return numbers


POINTED_BACK = re.compile(r"(?:那个|这个|那些|这些|那|这)[\u4e00-\u9fff]{1,4}?(?:请|麻烦)")
"""A thing pointed back at, then a request (南门那个摊子请城管配合一下): the request is aimed at a problem listed."""


def _directs(clause: Clause, items: list[Item]) -> bool:
    """Asks a party to act on problems already listed, naming no place of its own."""
    if not (clause.request and clause.parties) or clause.communities or not clause.place.empty():
        return False
    told = clause.text.startswith(("请", "麻烦", *clause.parties))  # 「请城管管摊贩」「城管处理摊贩」
    told = told or POINTED_BACK.search(clause.text) is not None  # 「南门那个摊子请城管配合一下」
    if "问题" not in clause.text and not told:
        return False  # 「西门也有人摆摊请城管处理」 is a problem of its own
    if not clause.fresh_request and not clause.text.startswith(tuple(clause.parties)):
        return False
    listed = {name for item in items for c in item.clauses for name in c.categories}
    return set(clause.categories) <= listed


def _place_only(clause: Clause, message: str) -> bool:
    """Names a place and nothing else (「二、东仓家属院」 heading the items below it, 「杏林苑9号楼。」 after a
    complaint, 「住在十七幢三单元」): in a sentence naming no problem, it is the place of the message's
    problems, as a header's is. A piece of a terse note set apart by blanks (「6号 后面空地 旧沙发」) is not."""
    if clause.categories or clause.parties or not (clause.communities or clause.marks):
        return False
    end = clause.start + len(clause.text)
    before, after = message[: clause.start], message[end:]
    if _blank_then_words(after) or _blank_then_words(before[::-1]):
        return False
    return not _unplaced(clause.text.removeprefix("住在").removeprefix("家住"), clause.communities)


def _at_a_building(item: Item) -> bool:
    """An item whose clauses name a building of their own."""
    return any(c.place.building is not None for c in item.clauses)


def _heads_list(clause: Clause, following: Clause | None, phase: re.Pattern[str]) -> bool:
    """A place alone right before a numbered list's first item, set apart from it by a blank only (「祖庙北苑3座
    1、大堂门口… 2、楼梯口…」「桂溪新村二期3栋底下 1、…」): the place of every item, as a header's with a colon is."""
    if clause.listed or following is None or not following.listed or clause.categories or clause.parties:
        return False
    rest = phase.sub("", _unplaced(clause.text, clause.communities)).strip()
    return bool(clause.communities or clause.marks) and (not rest or rest in (*NEAR_HOME, "底下"))


def _unplaced(text: str, communities: list[str]) -> str:
    """What `text` says besides its communities' names and its building, unit and floor phrases."""
    for name in communities:
        text = text.replace(name, "")
    return PLACE.sub("", text).strip(" \t.。,，:：")


def _blank_then_words(text: str) -> bool:
    """`text` opens with blanks and goes on with words on the same line: a piece of a note set apart by blanks,
    not a line of its own (「📍长风新寓」 is read with a blank for its pin)."""
    rest = text.lstrip(" \t")
    return len(rest) < len(text) and rest[:1] not in ("", "\n")


NEARBY = ("附近", "周边", "周围", "隔壁", "旁边", "对面")
"""Words of nearness a clause may open with to tell of a place next to the last."""
NEIGHBOURS = ("居民", "住户", "邻居", "群众", "业主", "的居民", "的住户")
"""People after a word of nearness (附近居民睡不着): the neighbours the problem troubles, no place of another."""


def _another(item: Item, clause: Clause, openings: tuple[str, ...], spots: re.Pattern[str] | None = None) -> bool:
    """「…，另外垃圾桶盖子都没了」「…，旁边生活垃圾也堆得老高」: a clause opening with 另外/还有… or a place
    next to the last that names a problem of another kind; with `spots`, one opening with a spot and then
    还有… (「…垃圾桶满出来，路面还有一滩污水」)."""
    if spots is None:
        opening = next((o for o in openings if clause.text.startswith(o)), None)
        neighbours = opening in NEARBY and clause.text.startswith(NEIGHBOURS, len(opening))
        opens = opening is not None and not neighbours
    else:
        spot = spots.match(clause.text)
        opens = spot is not None and clause.text.startswith(openings, spot.end())
    if not opens:
        return False
    named = {name for c in item.clauses for name in c.categories}
    return not named.issuperset(clause.categories)


def _also_at(item: Item, clause: Clause, spots: re.Pattern[str]) -> bool:
    """「小区门口禁停区停了辆出租车，东侧消防通道也被一辆SUV堵了」: another kind of problem, with a culprit of its
    own, said to be at a spot of its own too (也) — not the item's problem spreading (车乱停，消防通道也被堵死了;
    电瓶车停了一排，把消防通道也堵死了)."""
    if "也" not in clause.text or COUNTED.search(clause.text) is None:
        return False
    spot = spots.search(clause.text)
    if spot is None or "把" in clause.text[: spot.start()] or any(spot.group() in c.text for c in item.clauses):
        return False
    named = {name for c in item.clauses for name in c.categories}
    return named.isdisjoint(clause.categories)


def _bare_floor(item: Item, inside: bool) -> bool:
    """The item's only place word is a bare N楼 written in words (一楼, 二楼): after a building named in its
    sentence, a floor of it. Written in digits (14楼) it stays the building the rules make it, unless the
    sentence is `inside` that building already, at a floor of it, or at a unit of it and the item inside too
    (「2号楼 1楼楼梯间…，4楼应急灯也不亮」, 「6号 1门 楼道墙上…还有 4楼 楼道灯 坏了」; not 「5号楼2单元…，另外7楼
    门口的路灯也不亮」)."""
    marks = [kind for c in item.clauses for kind, _ in c.marks]
    return marks == ["楼"] and (inside or any(SPOKEN_FLOOR.search(c.text) for c in item.clauses))


def _opens_a_place(clause: Clause, spots: re.Pattern[str]) -> bool:
    """A clause naming an estate or a building, a spot of it at most besides (「一、5栋」「点位二：金牛新村南门」): on a
    line of its own, a heading over the items below it."""
    if not (clause.communities or any(kind in BUILDING_KINDS for kind, _ in clause.marks)):
        return False
    return not spots.sub("", _unplaced(clause.text, clause.communities)).strip(" \t")


def _beneath(head: Place | None, header: Place) -> Place:
    """Where a list heading puts its items (its building), the message's header filling what it leaves out."""
    if head is None:
        return header
    place = Place(head.building, head.unit, head.floor)
    place.inherit(header)
    return place


def _under_header(item: Item, header: Place) -> Place:
    """Where an item's own place words start from: a header's building when the item names none of its
    own, so that its N楼 is a floor of it (「事件地址：天一小区 12幢2单元 … 一楼楼道内堆放旧床垫」 is 12幢2单元
    1楼), not building N as when nothing is known."""
    kinds = [kind for c in item.clauses for kind, _ in c.marks]
    if header.building is None or not kinds or any(k in BUILDING_KINDS or k == "letter" for k in kinds):
        return Place()  # nothing of its own to read against the header: Place.inherit takes all of it
    return Place(building=header.building, unit=header.unit)


def _opening_mentions(clauses: list[Clause]) -> list[str]:
    """The parties a message opens by @-mentioning in clauses that ask (「@保洁 …狗屎好几坨，麻烦清一下，另外@物业
    贴个告示」, 「@业委会 @物业 …，请业委会赶紧修」): the message is addressed to them, whatever other party a
    problem also names (Parser._mentioned_first adds those of a first clause that asks nothing)."""
    mentions = list(takewhile(lambda c: c.text.startswith("@"), (c for c in clauses if not c.quoted)))
    return _unique(p for c in mentions if c.fresh_request for p in c.parties)


def _refined(report: Report, other: Report) -> bool:
    """`other` tells the same problem at a narrower place (「松江花园…小广告贼多 / 3号楼单元门上贴满了…」): `report`
    names no spot, and its place is `other`'s with fields left out."""
    if (report.category, report.community) != (other.category, other.community) or report.spot is not None:
        return False  # 「③ 北门路灯不亮」: a spot of its own is a place of its own
    mine, theirs = (report.building, report.unit, report.floor), (other.building, other.unit, other.floor)
    return mine != theirs and all(m is None or m == t for m, t in zip(mine, theirs, strict=True))


def _told_again(report: Report, written: str, parties: list[str], deadline: datetime | None) -> Report:
    """The report of a problem said again at its place, with the words, parties and time said the second time
    (「…堆满纸箱请物业清理，…还有旧沙发请城管今天搬走」)."""
    description = report.description if written in report.description else f"{report.description}，{written}"
    deadlines = [d for d in (report.deadline, deadline) if d is not None]
    return replace(
        report,
        description=description,
        responsible=tuple(_unique([*report.responsible, *parties])),
        deadline=min(deadlines) if deadlines else None,
    )


def _fields_of_items(items: list[Item], clauses: list[Clause]) -> None:
    """A form whose items each carry their own fields (「1.点位名称：…责任单位：…整改时限：…\n2.点位名称：…」): each
    party or time-limit field after an item is that item's, not the whole message's. Only when a field of its kind
    stands between the first two items; otherwise the fields of that kind close the form and hold for every item."""
    starts = sorted((_item_start(item), i) for i, item in enumerate(items))
    if len(starts) < 2:
        return
    taken = {id(c) for item in items for c in item.clauses}
    for limits in (False, True):  # parties and time limits each by themselves: 「…责任：物业\n整改时限：…」 closes all
        fields = [c for c in clauses if c.assigning and c.limit == limits and id(c) not in taken]
        if not any(starts[0][0] < f.start < starts[1][0] for f in fields):
            continue
        for field_clause in fields:
            owner = next((i for start, i in reversed(starts) if start < field_clause.start), None)
            if owner is not None:
                items[owner].clauses.append(field_clause)


RECORD_TITLE_LONGEST = 16
"""How far into a message a record's title ends: further in, the words are a note's, not a title's."""


def _item_start(item: Item) -> int:
    """Where an item begins as a form's item: at its list line or its problem, not at a scene it took in from
    before the list (「【督办通知】\n责任单位：物业、居委会\n1. …」: the parties field is before every item)."""
    own = [c.start for c in item.clauses if c.listed or c.categories]
    return min(own) if own else min(c.start for c in item.clauses)


def _own(item: Item, mentioned: list[str]) -> tuple[list[str], datetime | None]:
    parties = _unique([*mentioned, *(p for c in item.clauses for p in c.parties)])
    return parties, _deadline_of(item.clauses)


def _line_mentions(items: list[Item], clauses: list[Clause], text: str) -> tuple[set[int], dict[int, list[str]]]:
    """「@物业 地下车库堆了旧轮胎\n@保洁 3栋门口垃圾桶满了」: when two or more lines each open with an @-mention
    and go on to a problem, each problem is asked of its own line's parties. The ids of those mention clauses
    (no party of the message's as a whole), and each item's parties by the item's id."""
    owner = {id(c): item for item in items for c in item.clauses}
    mentions: set[int] = set()
    parties: dict[int, list[str]] = {}
    for mention, after in pairwise(clauses):
        item = owner.get(id(after))
        opens_line = mention.start == 0 or text[mention.start - 1] == "\n"
        same_line = "\n" not in text[mention.end : after.start]
        mentioning = mention.text.startswith("@") and mention.parties and not mention.categories
        if item is not None and mentioning and opens_line and same_line:
            mentions.add(id(mention))
            parties[id(item)] = mention.parties
    return (mentions, parties) if len(parties) >= 2 else (set(), {})


def _office_mentioned(text: str, name: tuple[int, int, str]) -> bool:
    """A 社区 @-mentioned (@杨园社区 周五前整改) is its office addressed, a party, not where the problem is — unless the
    message names no other place (@桂园社区 3栋楼道堆了纸箱)."""
    start, _, written = name
    return written.endswith(DISTRICT_SUFFIXES) and text[:start].rstrip().endswith("@")


def _estates_over_districts(text: str, names: list[tuple[int, int, str]]) -> list[str]:
    """A 社区 whose round reaches an estate (红星社区巡查松涛小区, 红星社区的松涛小区) is the district the estate
    is in: the estate is the more exact place. A 社区 and an estate side by side (红星社区和松涛小区) are two.
    An estate said to be beside the next one (华丰城旁边的富安居) only shows the way to it."""
    kept = []
    for i, (_, end, name) in enumerate(names):
        following = names[i + 1][0] if i + 1 < len(names) else -1
        between = text[end:following] if following >= 0 else ""
        joined = following >= 0 and DISTRICT_TO_ESTATE.fullmatch(between) is not None
        beside = following >= 0 and BESIDE.fullmatch(between) is not None
        if not ((name.endswith(DISTRICT_SUFFIXES) and joined) or beside):
            kept.append(name)
    return kept


def _communities_of(item: Item) -> list[str]:
    """The communities the item's problem is said at; the scene's only when the problem names none
    (「五一小区门口可热闹了，惠民家园东门外头小摊儿摆了一溜」 is at 惠民家园)."""
    said = _unique(n for c in item.clauses if c.categories for n in c.communities)
    return said or _unique(n for c in item.clauses for n in c.communities)


def _deadline_of(clauses: list[Clause]) -> datetime | None:
    """The first firm deadline of the clauses, else the first one."""
    firm = next((c.deadline for c in clauses if c.firm), None)
    return firm or next((c.deadline for c in clauses if c.deadline), None)


def _promote_trailing_request(
    items: list[Item], own: list[tuple[list[str], datetime | None]], shared: list[str], closes_all: bool
) -> set[int]:
    """「1、A；2、B，请物业明天整改」: a request that only the last item carries is meant for all of them, as is
    one that `closes_all`, ending a run-on or a terse note (the last clause's own); so is
    a closing time only it carries (「…楼道 堆纸箱 还有电动车停在楼梯下面 上午」), whoever is asked, unless every
    item asks a party of its own (「门禁成日死机，请物业修；垃圾桶满晒，请保洁今日倒」: the time is the last
    request's). When the message asks parties of its own for all of them, only a closing time naming no party
    is (「茸华苑 物业：1、… 2、… 请于11月12日前整改到位」; 「【金色年华】居委、物业：…③…请绿化队一起配合」 asks the
    绿化队 for ③ alone). Returns the items given the last one's request; a request aimed at one of their problems
    by its thing outweighs it there."""
    if len(items) < 2:
        return set()
    last = items[-1]
    trailing = [c for c in last.clauses[1:] if not c.categories and (c.parties or c.deadline)]
    closing = last.clauses[-1]
    if not trailing and closing.fresh_request and (closing.parties or closing.deadline) and closes_all:
        trailing = [closing]  # 「…请物业跟居委会两天内弄好」「…4楼 楼道灯 坏了 物业 礼拜六前弄好」「…五点前必须弄好」
    if not trailing or (shared and any(c.parties for c in trailing)):
        return set()
    parties, deadline = own[-1]
    last_only = [len(items) - 1]
    request_shared = [i for i, (p, d) in enumerate(own) if p or d] == last_only
    time_shared = [i for i, (_, d) in enumerate(own) if d] == last_only and trailing[-1].deadline is not None
    time_shared = time_shared and not all(p for p, _ in own)  # 「…请物业修；…请保洁今日倒」: each its own request
    promoted = set()
    for i in range(len(items) - 1):
        if request_shared:
            if not own[i][0]:
                promoted.add(i)
            own[i] = (own[i][0] or parties, own[i][1] or deadline)
        elif time_shared:
            own[i] = (own[i][0], deadline)
    return promoted


PROMISING = ("讲", "说", "说是", "讲是", "答应", "讲好", "说好", "保证")
"""Words before a time that report what someone said would be done by then (物业讲下礼拜一前修好)."""
TELLING = re.compile("请|麻烦|通知|要求|让|叫|跟|和")
"""Before 讲/说, words that make it a telling asked for (请物业跟住户讲明天之前搬走, 通知车主说…): the time stands."""
DOER_BEFORE_TIME = re.compile(r"(?:有人|有住户|有居民|有户人家|那家|他们|她们|他|她)$")
"""Who does what a habit tells, said between the habit and its time (天天有人早上…)."""


def _spread_addressee(own: list[tuple[list[str], datetime | None]]) -> None:
    """Gives every item of a run-on the parties of its first, spoken to before anything was told of it, when no
    later item names one (「红光新村的物业你们听着…门禁坏咧…然后…充电哩…今天下午五点前必须弄好」); changes `own`."""
    if own and own[0][0] and not any(p for p, _ in own[1:]):
        own[1:] = [(own[0][0], deadline) for _, deadline in own[1:]]


def _spoken_run(text: str, items: list[Item]) -> bool:
    """The items run on with no mark between them (voice input, told apart only by 然后): a request closing the
    last is the whole message's."""
    return len(items) > 1 and MARKS.search(text, items[0].clauses[0].start, items[-1].clauses[-1].end) is None


MARKS = re.compile(r"[,。;!?\n:、]")
"""Marks a typed message sets between its parts."""
RUN_ON_REQUEST = re.compile(r"(?:请|麻烦)[^请麻,，。;；]{2,30}$")
"""A request closing a clause that runs on without punctuation (voice input), its last words."""


def _parties_by_line(headers: list[Clause], general: list[Clause]) -> Callable[[list[str], list[str]], list[str]]:
    """When two or more headers each assign parties (「南川花园（居委会、物业）：…」「宝湖湾（物业）：…」,
    「物业负责：…」「城管负责：…」), an item is asked of its own line's header's parties, with those of the
    message's other requests."""
    if len(headers) < 2:
        return lambda shared, _line: shared
    only_by_headers = {p for c in headers for p in c.parties} - {
        p for c in general if c not in headers for p in c.parties
    }

    def parties(shared: list[str], line: list[str]) -> list[str]:
        return [*line, *(p for p in shared if p not in only_by_headers)] if line else shared

    return parties


def _copy_requests(items: list[Item], own: list[tuple[list[str], datetime | None]]) -> None:
    """An item said to have another's problem (「…，请保洁清理，8号楼一样的问题」) is asked of the same parties,
    by the same time, when it names none of its own."""
    for i, item in enumerate(items):
        source = next((j for j, other in enumerate(items) if other is item.copies), None)
        if source is not None and not own[i][0]:
            own[i] = (own[source][0], own[i][1] or own[source][1])


def _parsed(
    reports: list[Report], truncated: bool, text: str, shown: str, clauses: list[Clause], evidence: Evidence
) -> Parsed:
    decision = evidence.decide(bool(reports))
    return Parsed(reports, truncated, text, clauses, unsettled=decision.ask, why=decision.why, written=shown)


def _offsets(tokens: Sequence[str]) -> list[int]:
    """Where each token starts: 0, then the running sum of the lengths before it."""
    return list(accumulate(map(len, tokens[:-1]), initial=0)) if tokens else []


def _unique(values: Iterable[str | None]) -> list:
    seen: list = []
    for value in values:
        if value is not None and value not in seen:
            seen.append(value)
    return seen
