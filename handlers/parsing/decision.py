"""Is a message a new problem report? The evidence for and against, and the decision with its reasons.

The parser reads clauses; this module weighs what they say as a whole, so that one place holds the
rule and a deployer can see (`xiuhua parse --why`) why a message was or was not registered:

- for: a problem (a taxonomy category, or only problem words such as 隐患/漏水/有人), a place
  (a community, building, unit or floor), a request to act (请…, 麻烦…) and a party asked.
- against, whatever else is said: a notice to staff (如发现…请拍照), a summary with counts (共清理…处),
  forwarded news, an acknowledgement (收到…), a 督办 asking only for an explanation or a progress
  report (请说明整改进度), talk about a report made earlier (昨天说的…) unless the problem is back (又…).
- against unless a fresh request to act is made: a question, a pointer at a problem under
  discussion (那个违建), a fix or progress reported (已清理, 正在处理), the speaker's own side's
  update or promise (我居委…), a tally of problems handed on (…1处、…1处，均已派单; 共计4个问题).

A report is made when nothing is against and the parser can read an item from the clauses: a category,
or, with none, a place and a party asked to act about a problem word or a thing the taxonomy names (of
the thing's kind, else 其他). When it cannot, the chat asks once (「要登记为问题吗？」) if nothing at all is
against (a request overrides no doubt here), and there is a problem and a request, or a category and a
place (problem words and a place alone — 「问了几个居民」 at a gate — are ordinary talk).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from handlers.parsing.deadlines import DEADLINE
from handlers.parsing.language import Language, alternation, blanked, hanzi, unspaced
from handlers.parsing.names import COUNTED_LIST
from handlers.parsing.places import building_starts
from handlers.parsing.scan import compile_scan

CATEGORY = "problem"
"""A taxonomy category matched."""
WORDS = "problem-words"
"""Only words that signal a problem (隐患, 漏水, 有人 …)."""


class ClauseReading(Protocol):
    """What the decision needs from one clause of the parser's reading."""

    text: str
    categories: list[str]
    parties: list[str]
    fresh_request: bool
    problem_signal: bool
    dealt_with: bool
    segment: int
    start: int
    """Where the clause begins in the message."""
    tokens: list[str]
    limit: bool
    """The clause is a form's field of the time allowed (办理时限：3天内)."""


@dataclass(frozen=True, slots=True)
class Decision:
    report: bool
    ask: bool
    """No report, but worth asking once whether to register the message."""
    why: tuple[str, ...]
    """The verdict first (report / ask / no report), then the evidence: 「problem+place+request」,
    「against:notice」, 「request overrides:question」 …"""


EACH_ASKED = re.compile(r"(?:请|麻烦|由)(?:各小区|各个小区|各)(?:物业|保洁|居委会?)")
"""Each estate's staff asked (请各小区物业, 请各物业), as a notice to all estates asks them."""
NAMES_JOINED = re.compile(r"[\u4e00-\u9fff]{2,8}、[\u4e00-\u9fff]{2,8}?(?=门口|[东西南北]?大?门|\d)")
"""Two runs of words joined by 、 before a gate or a building: with an estate named, the other is one too."""
GENERAL_STATE = re.compile(
    r"(?:下周|明天|后天|近期|近日|周[一二三四五六日])[^,。]{0,6}(?:复查|检查|测评|暗访|督查|验收)|较多|较突出|普遍|频发|多发"
)
"""An inspection to come, or a state said of all the estates (较多, 普遍): what each is asked to do is a notice's."""


@dataclass(frozen=True, slots=True)
class Evidence:
    problem: str | None
    request: bool
    """Someone is asked to act (a fresh request: 请/麻烦/要求 …, not 请查看 a fix)."""
    party: bool
    """A party is asked or addressed in a clause that makes a request."""
    against: tuple[str, ...]
    """Rule a report out, whatever else is said."""
    doubts: tuple[str, ...]
    """Rule a report out unless a fresh request is made."""
    recurring: bool = False
    fixed_item: bool = False
    """A clause names a problem and says it is dealt with (14号楼堆物已清理)."""
    addressed: bool = False
    """Some party is named as one to act, asked or not (物业管一下, （物业）)."""
    back: bool = False
    """The problem is said to be back (「那家水果店又把摊子摆到人行道上了」)."""
    pointed: bool = False
    """Something known is pointed at (那家水果店) or a spot named (东门口): with `back`, a place enough (not
    「小广告撕了又贴」)."""
    listing: bool = False
    """Problems named in two or more sentences or list items."""
    place: bool = False
    spotted: bool = False
    """A spot is named where no place is (消防通道上停了两辆私家车): too little to register on its own, enough to
    ask."""
    turn: int = 0
    """Where the report begins: after a receipt that turns to one of its own (「好的 马上安排保洁去铲\n金牛苑…」),
    else 0; what comes before it asks no one."""

    @property
    def grounded(self) -> bool:
        """Something to act on besides the problem: a place, a request or a party. A problem named with
        none of them is talk about it (「楼道里放鞋柜算堆物不？」「电动车进楼就归飞线充电那一类」)."""
        if self.list_overrides:
            return self.place
        return self.place or self.request or self.addressed or (self.back and self.pointed)

    @property
    def may_report(self) -> bool:
        return (not self.against or self.list_overrides) and (self.request or not self.doubts)

    @property
    def list_overrides(self) -> bool:
        """A list of problems, each in a sentence of its own, overrides a notice's words (「今日巡查问题：
        1. 七里河新村12号楼东侧暴露垃圾 … 请各居委会督促物业整改」) or a closing request for feedback
        (「以上问题请于明天下班前反馈整改结果」) or a summary's counts (「共巡查小区9个…需交办2处：」), when they
        are placed: a notice lists no place
        (「1、楼道堆物 2、飞线充电，请各居委自查」)."""
        return bool(self.against) and set(self.against) <= {"notice", "explanation only", "summary"} and self.listing

    @property
    def readable(self) -> bool:
        """Worth the costlier reading (names, places, deadlines): it may report and has something to
        register (a category, or a party asked to act or assigned, which may be a problem of kind 其他: 「… 有流浪
        人员住着 派出所 居委」)."""
        asked = (self.request and self.party) or (self.problem == WORDS and self.addressed)
        return self.may_report and (self.problem == CATEGORY or asked)

    def placed(self, place: bool, spotted: bool = False) -> Evidence:
        """This evidence with whether a place, or else a spot, is named. Built field by field: dataclasses.replace took
        3% of a parse (tests/test_parser_decision.py checks that no field is left behind)."""
        return Evidence(
            problem=self.problem,
            request=self.request,
            party=self.party,
            against=self.against,
            doubts=self.doubts,
            recurring=self.recurring,
            fixed_item=self.fixed_item,
            addressed=self.addressed,
            back=self.back,
            pointed=self.pointed,
            listing=self.listing,
            place=place,
            spotted=spotted,
            turn=self.turn,
        )

    def decide(self, reported: bool) -> Decision:
        ask = (
            not reported
            and not self.against
            and not self.doubts
            and not self.fixed_item
            and self.problem is not None
            and (self.request or ((self.place or self.spotted) and self.problem == CATEGORY))
        )
        verdict = "report" if reported else "ask" if ask else "no report"
        found = [
            code
            for code, present in (
                (self.problem, self.problem is not None),
                ("place", self.place),
                ("spot", self.spotted),
                ("request", self.request),
                ("party", self.party),
                ("recurrence", self.recurring),
            )
            if present
        ]
        why = [verdict, "+".join(found) or "nothing"]
        overriding = "list overrides" if self.list_overrides and reported else "against"
        why.extend(f"{overriding}:{code}" for code in self.against)
        if self.request:
            why.extend(f"request overrides:{code}" for code in self.doubts)
        else:
            why.extend(f"against:{code}" for code in self.doubts)
        if not reported and self.fixed_item and "fixed" not in self.doubts:
            why.append("against:fixed")
        if not reported and self.may_report and self.problem == CATEGORY and not self.fixed_item:
            why.append("no item read" if self.grounded else "no place, request or party")
        return Decision(report=reported, ask=ask, why=tuple(why))


class Decider:
    """Gathers a message's evidence from its text and the parser's clauses."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self._notice = _any(lang.notice_markers)
        self._opening_notice = _any(lang.notice_openings)
        self._notice_exceptions = _any(lang.notice_exceptions)
        titles = "|".join(map(re.escape, lang.notice_titles)) or "(?!)"
        self._notice_title = re.compile(rf"[\s【\[]*(?:{titles})[ \t]*[:】\]\n]")
        """A notice's title opening the message (停电通知：…, 【计划停水】), not one mentioned (物业连停梯通知都没贴,
        计划停电结束后…)."""
        self._hard = [
            ("notice", self._notice),
            ("summary", _any(lang.summary_markers)),
            ("news", _any(lang.news_markers)),
        ]
        self._tally = compile_scan("|".join(lang.summary_patterns) or "(?!)")
        """A tally of problems handed on (…1处、…1处，均已派单): no report, unless it asks for work."""
        self._tolerated = re.compile(
            "(?:"
            + "|".join(map(re.escape, lang.tolerance_markers))
            + ")(?![^。!?]*(?:但|可是|不过|就是|然而|我看不像|看着不像|请[^。!?]{0,8}(?:核实|核查)))"
        )
        """Calls what it describes normal, with no 但 nor doubt after (「晒晒被子也正常」, not 「装修可以理解，但…」 nor
        「房东说是合规的，我看不像，请城管核实」)."""
        self._progress = [*map(re.compile, lang.progress_requests), _any(lang.explanation_requests)]
        """Applied one after another: the wider requests first (说明核查情况), then the words (书面说明)."""
        self._progress_words = _any([*lang.progress_subjects, *lang.explanation_requests])
        self._acting = compile_scan(
            "".join(f"(?<!{re.escape(n)})" for n in lang.negators)
            + "(?:"
            + "|".join(map(re.escape, sorted(a for a in lang.actions if len(a) >= 2)))
            + ")"
        )
        """A verb of acting, not negated: 「至今未清运」「未见整改」 describe the problem, they ask for nothing."""
        self._earlier = compile_scan("|".join(lang.earlier_patterns))
        self._told = compile_scan("|".join(lang.told_patterns))
        self._references = _any(lang.references)
        self._ditto = compile_scan("|".join(lang.ditto_patterns))
        endings = alternation(e for e in lang.community_suffixes if len(e) >= 2 or e in SURE_ENDINGS)
        breakers = "".join(re.escape(b) for b in lang.suffix_breakers if len(b) == 1)
        named = rf"(?:{NAME_CHARACTER}){{1,10}}?(?:{endings})(?![{breakers}])"  # not 摊子城管
        self._estate_after = compile_scan(rf"\s*{named}")
        """An estate's name right after a reference (那个康复前街21号院, 这个建华新村12号楼): the reference says which
        estate; not a problem told before one (那个堆物还在阳光花园…)."""
        number = r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})"
        placed = rf"(?:{named}|(?:{NAME_CHARACTER}){{0,10}}?{number}\s*(?:号楼|栋|幢|座))"
        self._named_place = compile_scan(placed)
        """An estate or a building named (万兴苑, 机务段宿舍, 3栋), not a spot alone (楼道, 门口)."""
        self._place_opening = re.compile(rf"\s*(?:[^,。:\n]{{0,10}}:|还有|另外|刚看到|刚才看到|刚刚看到)?\s*{placed}")
        """What opens with a place, after at most a short preamble (网格员刚报上来：机务段宿舍6栋…), not with a
        request or a verb (请物业今天把3栋…, 下午去6栋…)."""
        self._places = (*lang.spots, *lang.localisers, *lang.estate_places)
        """Place words a reference right after describes (楼下那个, 底商那个烧烤店)."""
        self._pointers = (*lang.spots, *POINTERS)
        self._spots_after = (*lang.spots, *lang.estate_places, *lang.localisers, *lang.party_aliases)
        """Places a reference right before shows (那个空地上, 那个篮球场边上, 那个后边): a description's, no pointer
        back; nor is one before a party (开滦东苑那个物业啊…): the party spoken to."""
        self._thing_placed = compile_scan(rf"[\u4e00-\u9fff]{{1,5}}?(?:{'|'.join(BESIDE)})")
        """A thing a reference names, then a place beside it (那几个快递柜旁边): a place described, no matter pointed
        at (那个违建上面还在加盖, 那个违建后面… point at the one under discussion)."""
        signers = "|".join(
            map(re.escape, sorted({*lang.community_suffixes, *lang.party_aliases}, key=len, reverse=True))
        )
        self._signed_receipt = compile_scan(
            rf"(?:[\u4e00-\u9fff]{{0,7}}(?:{signers})|[\u4e00-\u9fff]{{1,7}}(?:{signers})[ \t]*:[ \t]*)"
            r"(?P<ack>收到)(?![请后了的吗?回]|通知|反映|投诉|举报)"
        )
        """An estate or an office signing its 收到 at a reply's start (绿景苑收到，…, an estate's office with a colon:
        浮山湾府物业：收到，…; not 物业收到请处理：…, nor 丽都花园物业：收到通知，…: news passed on).
        「居委：收到，请物业…」 may be a header addressing the office: only a named office signs with a colon."""
        places = "|".join(map(re.escape, lang.place_labels))
        problems = "|".join(map(re.escape, lang.description_labels))
        self._dispatch_form = re.compile(rf"(?:{places})[ \t]*:[^\n]*?[\s](?:{problems})[ \t]*:")
        """A dispatch form's place field then its problem field (点位：… 问题：…): a report handed on, whose
        整改要求 (居委会做好宣传) is no notice to staff, and a 物业日报 so laid out no summary."""
        self._first_person = _any(lang.first_person)
        self._question_ending = compile_scan("|".join(lang.question_patterns))
        self.done = compile_scan("|".join(lang.done_patterns))
        """Something said to have been dealt with (已清理, 清掉了 …); the parser asks it too (Parser.looks_fixed).
        Searched only in messages the parser found settled (two in five): compile_any would find it in a third of
        the time, but costs 35 ms more at every start (with `_pending`), what it would save over some 13,000."""
        self._pending = compile_scan("|".join((*lang.pending_patterns, *lang.handover_patterns)))

    def weigh(self, text: str, clauses: Sequence[ClauseReading], tokens: Sequence[str], settled: bool) -> Evidence:
        """`tokens` are the whole message's, as segmented once; `settled`: whether the message says anywhere
        that something is done or under way (one search by the parser): if not, neither is looked for."""
        lang = self.lang
        answer = text[ADDRESSING.match(text).end() :]
        acknowledged = answer.startswith(lang.acknowledgements) and not RECEIVED_REPORT.match(answer)
        acknowledged = acknowledged and not SPOKEN_HUM.match(answer)
        # 「绿景苑收到 今天先处理冰面」: a name, then its receipt (looked for only where 收到 is)
        signed = self._signed_receipt.match(answer) if "收到" in answer else None
        acknowledged = acknowledged or (signed is not None and not RECEIVED_REPORT.match(answer, signed.start("ack")))
        referred = MATTER_OPENING.match(answer) is not None  # 「鸽棚的事居委下午去看。另外…」: a known matter first
        referred = referred or self._aside_first(answer)  # 「请问例会是周三还是周四？还有…井盖又松了，物业…」
        # 「早上好 今天雾霾 另外东湖苑9号楼…」
        referred = referred or self._aside_then_another(answer, len(text) - len(answer), clauses)
        turn = self._turn(text, answer, clauses, signed is not None) if acknowledged or referred else None
        if turn:  # 「收到 城管中队已安排\n另外 万兴苑3栋门口…请城管一并处理」: only what follows the turn is weighed
            text, clauses = text[turn:], clauses_from(clauses, turn)
            tokens = [t for c in clauses for t in c.tokens]
            answer = text
        recurring = not lang.recurrence.isdisjoint(tokens)
        dispatched = self._dispatch_form.search(text) is not None
        call = ATTENTION_CALL.match(answer)
        if call is not None and self._reported_from(answer[call.end() :], clauses):
            at = len(text) - len(answer)  # 「各位注意一下枣园花园东门外…」: the call is no notice
            text = text[:at] + " " * call.end() + text[at + call.end() :]
        against = [code for code, pattern in self._hard if pattern.search(text) and not (dispatched and code in FORMS)]
        if "notice" in against and (
            self._only_excepted(text) or self._opened_only(clauses) or self._each_of_those_named(text)
        ):
            against.remove("notice")  # 「…并对住户做好宣传」「检查组到石桥新村了，石桥新村2幢门口井盖松动…请物业…」
        if self._notice_title.match(text) and "notice" not in against:
            against.append("notice")
        limited = any(c.limit for c in clauses)  # 派单部门：物业 办理时限：3天内，请按时回复: the work, by a time
        if self._only_progress_asked(text) and not limited:
            against.append("explanation only")
            asking = [c.text for c in clauses if c.fresh_request]
            if FOLLOW_UP.search(text) and all(any(p.search(t) for p in self._progress) for t in asking):
                against.append("follow-up")  # 「今日督办：1.…问题 请物业说明进度 2.…」: no list of new problems
        if self._tolerated.search(text):
            against.append("called normal")
        if acknowledged and turn is None:
            against.append("acknowledgement")
        earlier = self._earlier.search(text) is not None
        if earlier and not self._followed_up(text, clauses, recurring):
            against.append("earlier report")
        doubts = []
        kind_asked = KIND_ASKED.search(text)  # 「…拿屋里充 这个算飞线充电不？」: what to call it, nothing doubted
        questioned = text[: kind_asked.start()] if kind_asked else text
        asked_tokens = tokens if kind_asked is None else _tokens_within(tokens, len(questioned))
        hail = HAIL.match(questioned)
        if hail is not None and hail.end() < len(questioned):  # 「在吗在吗 螺蛳湾新村 门口…」: only a call
            questioned = questioned[hail.end() :]
            asked_tokens = _tokens_after(asked_tokens, hail.end())
        asks = self._asks(asked_tokens)
        if QUESTION.search(questioned) or asks or self._question_ending.search(questioned):
            doubts.append("question")
        if self._points_at(questioned) and not recurring:
            doubts.append("points at one under discussion")
        matter = MATTER_TALK.search(text)
        if matter is not None and CLAUSE_BREAK.search(text, 0, matter.start()) is None:
            doubts.append("a matter under discussion")  # 「金水湾烧烤摊这个事之前城管来过两回…得想个长效办法」
        said = unspaced(text) if settled else text
        done = self.done.search(said) if settled else None
        if done and not came_back(said[done.end() :], lang.returns) and not _open_items_listed(clauses):
            doubts.append("fixed")
        pending = self._pending.search(said) if settled else None
        if pending and not came_back(said[pending.end() :], lang.returns):
            doubts.append("in progress")
        if self._first_person.search(text):
            doubts.append("own side's update")
        if self._told.search(text):
            doubts.append("told before")
        if self._tally.search(text):
            doubts.append("tally")
        if answer.startswith(lang.addenda) and ATTRIBUTION.search(answer):
            doubts.append("adds to what was said")
        if any(word in text for word in lang.praise_markers):
            doubts.append("praise")
        if any(word in text for word in lang.forward_markers):
            doubts.append("forwarded")
        back = not lang.returns.isdisjoint(tokens)
        categorised = any(c.categories for c in clauses)
        signalled = any(c.problem_signal for c in clauses)
        return Evidence(
            problem=CATEGORY if categorised else WORDS if signalled else None,
            request=any(c.fresh_request for c in clauses),
            party=any(c.fresh_request and c.parties for c in clauses),
            against=tuple(against),
            doubts=tuple(doubts),
            recurring=recurring and (earlier or self._references.search(text) is not None),
            fixed_item=any(c.categories and c.dealt_with and not c.fresh_request for c in clauses),
            addressed=any(c.parties for c in clauses),
            back=back,
            pointed=back and self._pointed(text),
            listing=len({c.segment for c in clauses if c.categories}) >= 2 or _spoken_list(clauses),
            turn=turn or 0,
        )

    def _turn(self, text: str, answer: str, clauses: Sequence[ClauseReading], signed: bool) -> int | None:
        """Where an acknowledgement's message turns to a report of its own (0: the whole message, after a filler
        嗯), or None when it does not. It turns at a word of another matter (另外, 补充一个, 对了 …), or at its
        first new line or sentence when what follows opens with an estate or a building (「好的 马上安排保洁去铲\n
        金牛苑门口 那个小卖部…请城管一起管一下」); a receipt passing the order on (「收到。请物业今天把3栋…」) does
        not turn."""
        if answer.startswith("嗯") and not answer.lstrip("嗯 ,").startswith(self.lang.acknowledgements):
            hummed = HUM.match(answer)
            placed = self._named_place.match(answer, hummed.end() if hummed else 0) is not None
            if placed and self._asks_of_its_own(clauses):
                return 0  # 「嗯 象湖 象湖花园六栋有住户…请居委会…」: a hum, then where, what and who
            return 0 if self._reported_after(text, clauses) else None
        at = len(text) - len(answer)
        another = ANOTHER_MATTER.search(answer)
        marked = True
        if another is not None:  # 「好的。丹桂苑还有个事，…」「收到，已清理，另外…」: from the last break before it
            breaks = list(RECEIPT_END.finditer(answer, 0, another.start(1)))
            turn = at + (breaks[-1].end() if breaks else another.start(1))
        elif (later := LATER_TURN.search(answer)) is not None:  # 「常青社区收到，…进场。另外报个新问题：…」
            turn = at + later.start() + 1
        elif (first := FIRST_SENTENCE.match(answer.lstrip())) and first.end() < len(answer.lstrip()):
            # 「花冲社区收到。网格员刚报上来：…请物业…」: at the first sentence's end, a new line, 。, ? or !
            stripped = len(answer) - len(answer.lstrip())
            ends = [stripped + first.end() - 1]
            turn, marked = at + min(ends) + 1, False
        else:
            return None
        if not (marked or self._place_opening.match(text, turn)):
            return None  # 「收到。请物业今天把3栋楼道…」: the order passed on, no report of its own
        after = clauses_from(clauses, turn)
        unasked = self._asked_aside(answer, clauses, turn) and self._told_afresh(text[turn:])
        return turn if self._reported_from(text[turn:], after, signed and marked, unasked) else None

    def _asked_aside(self, answer: str, clauses: Sequence[ClauseReading], turn: int) -> bool:
        """The message opens with a question of its own that names no problem, building or party (周末也有人值班吗？):
        what follows it stands alone, a report even when it asks nobody to act, as it would without the question."""
        first = FIRST_SENTENCE.match(answer)
        if first is None or not first.group().endswith("?") or HANDLING_ASKED.search(first.group()):
            return False  # 谁负责的？怎么还没弄？: a question about how a problem is dealt with, no aside
        before = [c for c in clauses if c.start < turn]
        return not any(c.categories or c.parties or building_starts(c.text) for c in before)

    def _told_afresh(self, text: str) -> bool:
        """A problem told as new: not said to be still there or back (纸箱还堆着, 车还是停在那里, 又摆上了), not
        pointed at (那个违建), not photos sent along to what was reported (照片我补发一下)."""
        return not (STILL_SAID.search(text) or SENT_ALONG.search(text) or self._points_at(text))

    def _aside_first(self, answer: str) -> bool:
        """The message opens with a sentence of its own that asks something or gives notice to staff (请问…？,
        这个月底前要迎接复查，请大家…。): what follows a break may be a report of its own."""
        first = FIRST_SENTENCE.match(answer)
        if first is None or first.end() == len(answer):
            return False
        sentence = first.group()
        return sentence.endswith("?") or self._notice.search(sentence) is not None

    def _aside_then_another(self, answer: str, at: int, clauses: Sequence[ClauseReading]) -> bool:
        """A greeting, a notice to staff or talk of no problem, then, after a break, a word of another matter
        (早上好 今天雾霾 另外…, 今天暗访组来 各社区书记在岗 另外…, 这个天冷煞了 大家多穿点 顺便讲一声…): what follows
        may be a report of its own. `at`: where `answer` begins in the message."""
        later = LATER_TURN.search(answer)
        if later is None:
            return False
        before = answer[: later.start()]
        if GREETING.match(before) is not None or self._notice.search(before) is not None:
            return True
        said = [c for c in clauses if c.start < at + later.start()]
        return not any(c.categories or c.problem_signal or c.fresh_request for c in said)

    def _reported_after(self, text: str, clauses: Sequence[ClauseReading]) -> bool:
        """An opening 嗯 followed by a report of its own — a problem, an estate or a numbered building, and a party
        asked (嗯咯，枫林里12栋门口…请物业督促…; 嗯 我在春晖苑…物业立即处理): a filler, not an answer. Not when it
        asks or points back at what was said (嗯，6栋那个事，物业今天能修好吗)."""
        rest = clauses[1:] if clauses and not clauses[0].text.strip("嗯 ,") else clauses  # the hum's clause, if alone
        placed = any(c.categories or c.problem_signal for c in rest)  # 其他: 燃气一直有股味道…请物业…
        named = any(building_starts(c.text) for c in rest) or self._named_place.search(text) is not None
        return placed and named and self._asks_of_its_own(clauses)

    def _reported_from(
        self, text: str, clauses: Sequence[ClauseReading], signed: bool = False, unasked: bool = False
    ) -> bool:
        """After a receipt's turn, a report of its own: a problem, an estate or a building named (槐树街37号院门口,
        金牛苑门口, not 各楼道) and a party asked, unless what went before was an `unasked` aside. After a receipt
        its estate signed and a word of another matter (和顺小区收到。另外东门有人摆摊…), the signer's estate is where:
        a spot in it is enough."""
        named = signed or self._named_place.search(text) is not None
        placed = any(c.categories for c in clauses) and named
        return placed and (unasked or signed or self._asks_of_its_own(clauses))  # 另外…发现…: the signer's new find

    def _only_excepted(self, text: str) -> bool:
        """Every notice word stands in a party's work asked inside a request (请物业再清一次，并对住户做好宣传)."""
        return self._notice.search(self._notice_exceptions.sub(blanked, text)) is None

    def _each_of_those_named(self, text: str) -> bool:
        """The notice's words ask each estate's staff (请各小区物业…) after two or more estates or buildings are
        named with what is wrong there (「锦绣名邸、钱塘公寓…门口都有共享单车乱停，请各小区物业…清走」): each of
        those named, no notice to every estate."""
        asked = EACH_ASKED.search(text)
        if asked is None or self._notice.search(EACH_ASKED.sub(blanked, text)) is not None:
            return False
        before = text[: asked.start()]
        if GENERAL_STATE.search(before):
            return False  # 天一、阳光苑下周一接受复查…, …近期飞线充电较多: what all are to do
        named = len(self._named_place.findall(before))
        listed = named == 1 and NAMES_JOINED.search(before) is not None  # 松风苑、临江里门口…
        return named >= 2 or listed or COUNTED_LIST.search(before) is not None  # 吴山里、…三个小区

    def _opened_only(self, clauses: Sequence[ClauseReading]) -> bool:
        """The notice's words are an opening's (检查组到…了, 到岗路上看到的) said alone in the first clause, and a
        report of its own follows."""
        first, rest = clauses[0] if clauses else None, clauses[1:]
        if first is None or first.categories or first.fresh_request or not self._opening_notice.search(first.text):
            return False
        told = " ".join(c.text for c in rest)
        return self._notice.search(told) is None and self._reported_from(told, rest)

    def _asks_of_its_own(self, clauses: Sequence[ClauseReading]) -> bool:
        """A party asked, and no question nor pointer back at what was said in the asking or after it. One before
        it is the speaker's doubt about their own report, the order stands (「…还搭了个雨棚 这个算违建伐 城管来看看」);
        as the weighing lets a request outweigh it."""
        asking = [at for at, c in enumerate(clauses) if c.fresh_request and c.parties]
        if not asking:
            return False
        tail = "".join(c.text for c in clauses[asking[-1] :])
        return not (QUESTION.search(tail) or "吗" in tail or self._points_at(tail))

    def _asks(self, tokens: Sequence[str]) -> bool:
        """A question word not made indefinite by the words before it (估计哪个车漏的油, 不知道哪家装修的
        ask nothing)."""
        lang = self.lang
        if lang.question_markers.isdisjoint(tokens):
            return False
        return any(token in lang.question_markers and not self._indefinite(tokens, i) for i, token in enumerate(tokens))

    def _indefinite(self, tokens: Sequence[str], i: int) -> bool:
        """The word or two words before token `i` make it indefinite (不/知道 is split in two), or a 呢 closes
        what is going on (还接着插线板充着电呢: still charging, nothing asked)."""
        indefinites = self.lang.indefinites
        if tokens[i] == "呢" and "着" in "".join(tokens[max(i - 3, 0) : i]):
            return True
        return i > 0 and (tokens[i - 1] in indefinites or "".join(tokens[max(i - 2, 0) : i]) in indefinites)

    def _only_progress_asked(self, text: str) -> bool:
        """Asks for an explanation or a progress report (说明原因, 反馈处理结果) and, outside that request,
        for nothing to be done (「…请物业今天排除隐患，并书面说明原因」 is a report)."""
        if self._progress_words.search(text) is None:
            return False  # the word test first: few messages ask about progress at all
        outside = text
        for pattern in self._progress:
            outside = pattern.sub(" ", outside)
        return outside != text and self._acting.search(outside) is None

    def _followed_up(self, text: str, clauses: Sequence[ClauseReading], recurring: bool) -> bool:
        """A message telling of an earlier report follows it up: it asks again about what recurs or is still there
        (上礼拜报过，到现在还没修), or orders a party to work by a time (业委会之前反映过，请城管周二前上门). Asked only
        of a message that tells of one. 到底管不管 is the complaint's question, not asking again."""
        still = STILL_THERE.search(text) is not None
        asked_again = any(c.fresh_request and not RHETORICAL.search(c.text) for c in clauses)
        followed_up = (recurring or still) and asked_again
        addressed = any(c.parties for c in clauses)  # 物业到底管不管？请明天10点前拆掉: the party said just before
        dated = (c.fresh_request and addressed and _due_by(c.text) and self._work_asked(c.text) for c in clauses)
        return followed_up or any(dated)

    def _work_asked(self, text: str) -> bool:
        """The request asks for work, not only for a reply or a plan (10日内回复是否立案, 周四前报一下拆除计划): only
        work by a date is an order of its own over what was reported before."""
        return self._acting.search(REPLY_ASKED.sub(" ", text)) is not None

    def _points_at(self, text: str) -> bool:
        """「那个违建怎么样了」 points at a problem under discussion; 「7号楼后面那个空地上堆了…」 and
        「村口那个小卖部」 only show a place in a description (a reference word right before a place
        word, or right after one), and 「6号楼也有这个问题」 the problem the message has just named. The
        first reference tells how the speaker uses them: once one has only described, later ones describe too
        (「九号楼前头那个公益广告牌子上的字都掉咧文明城市那几个字都看不清了」)."""
        m = self._references.search(text)
        if m is None:
            return False
        if MATTER.match(text, m.end()):
            return True  # 「那个物业乱停车的事还没解决」: a matter under discussion, whatever names it
        dittos = [d.span() for d in self._ditto.finditer(text)] if "也" in text else []
        describes = (
            text.startswith(self._spots_after, m.end())
            or self._thing_placed.match(text, m.end()) is not None
            or NOT_POINTED.match(text, m.end()) is not None
            or (NUMBERED_AFTER.match(text, m.end()) is not None and _after_a_word(text, m.start()))
            or self._placed_before(text, m.start())
            or any(s < m.start() < e for s, e in dittos)
            or (self._says_where(text, m.start(), m.end()) and not MATTER_AHEAD.match(text, m.end()))
            or self._filler(text, m.start(), m.end())
            or _demanded_of_what_was_told(text, m.start(), m.end())
        )
        return not describes

    def _says_where(self, text: str, start: int, end: int) -> bool:
        """A reference right before an estate's name (那个康复前街21号院) or right after a road (康宁街那个建新里)
        says where, unless a matter follows it (解放路那个摊子的事)."""
        return self._estate_after.match(text, end) is not None or ROAD_END.search(text, 0, start) is not None

    def _filler(self, text: str, start: int, end: int) -> bool:
        """A reference word spoken as a filler (就是那个…, 那个我跟你说, 那个那个), unless what it names is a matter
        (「这个12号楼楼道堆物的问题」「咱们那个电瓶车的事情」)."""
        lang = self.lang
        before = text[:start].rstrip(" ,")
        after = text[end:]
        if MATTER.match(after):
            return False
        opening = not before or before[-1] in "。!?;:\n"  # 「那个我跟你说」; 「扔烟头那个我下午去」 points
        if after.lstrip(" ,").startswith(SPOKEN_FILLERS):
            return True  # 「兴隆里那个就是那个大门口…」「永和园那个那个我就是说啊」「四方那个 嗯 …」: looking for words
        if opening and after[:1] in (" ", ",") and not NUMERAL_FIRST.match(after.lstrip(" ,")):
            return True  # 「那个 芙蓉街这块…」: a pause, then where (not 那个 3号楼楼道的纸箱子还在: that one)
        if NARROWING.match(after):
            return True  # 「在这个市中那个七贤 玉函小区…」: where, said wider then narrower
        return before.endswith(lang.fillers_before) or (opening and after.lstrip(" ").startswith(lang.fillers_after))

    def _pointed(self, text: str) -> bool:
        """A problem said to be back is placed by a pointer or a spot (那几辆共享单车又…, 单元门上又贴了…); only
        looked for when something is back."""
        return self._references.search(text) is not None or any(w in text for w in self._pointers)

    def _placed_before(self, text: str, at: int) -> bool:
        """A reference right after a place word or a floor (楼下那个, 16楼那家, 底商那个烧烤店, 南门口儿那个) describes;
        3栋那个违建 and 古美七村那家面包店 point."""
        before = text[:at].rstrip(",， \t").removesuffix("儿")  # 南门口儿那个水果店: the place said with 儿
        placed = before.endswith(self._places) or NUMBERED_PLACE.search(before) is not None
        placed = placed or ROAD_PLACE.search(before) is not None  # 汴京西路上那个小吃摊
        return placed or text.startswith(("人", "个人"), at + 2)  # 这些人…, 那些个人: people, no problem pointed at


ADDRESSING = re.compile(
    r"\s*(?:@\S+\s*)*(?:[\u4e00-\u9fff]{1,3}(?:主任|书记|经理|站长|队长|科长|所长|部长|老师)[\s,，]*)?"
)
"""Whom a message opens by addressing (@五马街道 刘主任 收到…): the answer starts after it."""
RECEIVED_REPORT = re.compile(r"收到(?:了)?(?:居民|群众|市民|业主|住户|街坊|邻居)?(?:的)?(?:投诉|反映|举报|来电)")
"""收到 with what was received (王主任收到居民投诉…): the start of a report, not an acknowledgement."""
ATTRIBUTION = re.compile(
    r"(?:那|这)(?:堆|些|个|辆|家|几)|的是|不是|是[^,。;!?]{1,12}(?:弄|干|搞|放|堆|装修|留|剩)[^,。;!?]{0,4}的"
)
"""What an addendum says of something named before: who left it (是1楼那家在弄的), a correction (堆纸箱的是3单元
不是2单元), or a pointer at it (那堆木板)."""
FOLLOW_UP = re.compile("督办|催办")
"""A follow-up on problems already known: when it asks only for explanations, its list reports none."""
FORMS = frozenset({"notice", "summary"})
"""Against-codes a dispatch form's layout overrides."""
ATTENTION_CALL = re.compile(
    r"(?:嗯+[\s,]*)?(?:那个[\s,]*)?(?:各位|大家|[^:\n,。]{0,12}?同志们)(?:领导|同事)?(?:请注意|注意)(?:一下)?[啊呀哈\s,。!]*"
    r"|[^:\n]{0,8}?(?:再|温馨)?提醒(?:一下)?[:\s]+"
)
"""A call for attention opening a message (各位注意一下, 平安夜前再提醒：, 嗯那个大家注意啊): a notice's opening, or
that of a report told right after it, in voice input with no break."""
FIRST_SENTENCE = re.compile(r"[^。!?\n]+[。!?\n]")
"""A message's first sentence, with the mark that ends it."""
TOLD_AT_LEAST = 4
"""Characters a message says before a reference for it to have told a problem of its own (枫林湾 5栋…充电 这个…)."""
ANOTHER_MATTER = re.compile(r"^.{0,14}?(还有个|另外有个|补充一下|补充一个|另外|对了|顺便)")
"""A receipt that goes on to another matter (好的。同心苑还有个事…, 收到。补充一下…): the receipt is only its
opening."""
HAIL = re.compile(
    r"(?:@[^\s@]+\s*)*[^\s,.!?@还都也又]{0,4}?(?:在吗|在不在|在么|在伐|有人吗|有人在吗)"
    r"(?:[\s,.!?~]*(?:在吗|在不在|在么|在伐|有人吗|有人在吗))*[\s,.!?~]+"
)
"""A call for someone's attention opening a message (在吗在吗, 物业在不在, @王经理 在吗？): it asks whether anyone
reads, not about the problem told after it; not 东西还在吗, which asks whether a problem is still there."""
GREETING = re.compile(r"\s*(?:各位|大家|领导们?)?(?:早上|上午|中午|下午|晚上)?好")
"""A greeting opening a message (早上好, 大家好, 各位领导下午好)."""
LATER_TURN = re.compile(
    r"[。,!;\s](?:另外|另(?=[\s,:])|另报|还有个|还有一个|补充一下|补充一个|对了|顺便|报告一下|再报一个)"
)
"""A receipt's message turning, after a break, to another matter (…进场。另外报个新问题：…)."""
SURE_ENDINGS = frozenset("村苑坊城湾")
"""One-character endings that, after a reference and a stem, end an estate's name (那个聚贤坊, 那个龙湖锦艺城)."""
ROAD_END = re.compile(r"[\u4e00-\u9fff](?:路|街|大道|大街)[ \t]*$")
"""A road named right before a reference: the reference places what it names along the road."""
NAME_CHARACTER = r"(?![请把在还是的了有被又也都就去来到停堆放挂摆按])[\u4e00-\u9fff\d]"
"""A character a name's stem may hold: not one of a request, a verb of placing or a particle (那个堆物还在阳光花园
is no name)."""
MATTER_AHEAD = re.compile(r"(?:[^,。;!?\n]{0,16}?的)?(?:问题|事情|事儿|事)")
"""A matter right after a reference (那个问题, 那个摊子的事): one under discussion."""
SPOKEN_ORDINAL = re.compile(
    r"(?:还有|另外)?(?:第[一二三四五六七八九十\d]{1,2}(?:个|点|条|项|处)?(?:就?是)?|[一二三四五六七八九十\d]{1,2}(?:个|点|条|项|处)?就?是)"
    r"|再一个(?:就?是)?|最后(?:一个)?就?是"
)
"""An item said in order without a typed mark (一是…, 一个是…, 第二个…, 还有一个是…, 再一个…, 最后就是…)."""
BARE_NUMERAL = re.compile(r"[一二三四五六七八九十\d]{1,2}")
"""A numeral said alone, a list's number in speech (一 柏树里二栋… 二 …)."""


def _spoken_list(clauses: Sequence[ClauseReading]) -> bool:
    """Two problems or more, each opened by a spoken ordinal (「一个是十栋门口…一个是十一栋…」) or after a numeral
    said alone (「一 柏树里二栋… 二 金竹新村…」): a list, though voice input puts it in one sentence."""
    opened = 0
    before = ""
    for clause in clauses:
        text = clause.text.strip()
        if clause.categories and (SPOKEN_ORDINAL.match(text) or BARE_NUMERAL.fullmatch(before)):
            opened += 1
        before = text
    return opened >= 2


MATTER_TALK = re.compile(r"(?:这个|那个|这|那)(?:事情|事儿|事)(?![故件业务实项先后宜])")
"""Talk of a matter known to all (那个事, 这事儿) in the message's first clause, what it is about: a problem said
of it is no new one unless work is asked (not 「3号楼楼道堆满纸箱，这事儿物业也不管」, the problem told first)."""
CLAUSE_BREAK = re.compile(r"[,，。;；!！?？\n]")
MATTER_OPENING = re.compile(r"[^,。;!?\n]{1,12}的事")
"""A message opening on a matter already known (鸽棚的事…): like a receipt, it may turn to one of its own."""
RECEIPT_END = re.compile(r"[。,!;\s]+")
"""The break that ends a receipt (收到。, 好的 )."""
HUM = re.compile(r"嗯+[ ,]*(?:[\u4e00-\u9fff]{1,4}[ ,]+(?=[\u4e00-\u9fff]))?")
"""A hum, then perhaps a false start set apart (嗯 象湖 象湖花园…): what the speaker names next is where."""
SPOKEN_HUM = re.compile(
    r"嗯+(?:[咯啰呐了]|[\s,]*(?=那个|就是|这个|第[一二三1-3]|一是|一个是))"
    r"(?:\s*(?:那个|就是|这个|我|俺|今天|刚才|刚刚|昨天|早上|第[一二三1-3]|一是|一个是))"
    r"|嗯(?=[\u4e00-\u9fff])(?!好|收|知道|明白|行|对|是的|了解|晓得|可以|没问题|嗯|我(?!是)|俺(?!是))"
)
"""嗯 run straight into the speaker's own account (嗯咯我刚才路过…), into where (嗯市北那个…, 嗯恁好), a filler or a
list's first item after it (嗯 那个 …, 嗯 第一 …), or who speaks (嗯我是…的业主): a spoken opening, no answer to anyone.
嗯我…/嗯俺… alone may answer (嗯我去看看)."""
BESIDE = ("旁边", "边上", "门口", "对面", "附近")
NOT_POINTED = re.compile(r"\s*(?:礼拜|星期|周[一二三四五六日末]|月|巷子口|小巷|巷口|单元|小区|老楼|旧楼)")
"""What a reference word before it only dates or places (这个礼拜五之前, 果城里那个小巷子口, 还有这个单元一楼,
17号院那个老楼1单元)."""
ROAD_PLACE = re.compile(r"[\u4e00-\u9fff](?:路|街|大道|大街)(?:上|边|口|旁边)$")
"""A road and where along it (汴京西路上): a reference after it describes what is there."""
NUMERAL_FIRST = re.compile(r"[\d一二三四五六七八九十两]")
"""A number, in digits or words, opening what follows (那个 3号楼…, 那个 三号楼…): a building pointed at."""
NARROWING = re.compile(
    r"[\u4e00-\u9fff]{1,5}?(?:那个|这个|那块|这块|那边|这边)(?![\u4e00-\u9fff]{0,8}?(?:的事|问题|情况))"
)
"""A place then another reference (这个市中那个七贤, 那个天桥这个北园那个…): a speaker locating, wider to narrower."""
SPOKEN_FILLERS = ("就是", "那个", "这个", "啥", "嗯", "呃")
"""Words a speaker says while looking for the next: a reference right before one is a filler too."""
NUMBERED_AFTER = re.compile(r"\s*(?:\d|[一二三四五六七八九十]+(?:[号栋幢座楼层]|单元)|[A-Za-z](?:[座栋]|$|[^A-Za-z]))")
"""A building after a reference word: after a name it places (枫桥湖那个4栋); opening a sentence it points at
one under discussion (那个3号楼的纸箱还堆着)."""
POINTERS = ("那几辆", "那辆", "那堆", "那几个", "单元门", "垃圾房", "楼顶", "盲道", "门口")
"""Words that, with a problem said to be back, point at where it is (那几辆共享单车又…, 单元门上又贴了…)."""
MATTER = re.compile(r"[^,。;!?]{0,16}?的(?:问题|事情|事儿|事)")
"""「…的问题」「…的事情」 after a reference: a matter under discussion."""
NUMBERED_PLACE = compile_scan(
    r"(?:\d+|[一二三四五六七八九十]+)(?:楼|室|层)的?$|(?<!\d)\d{3,4}的?$|[零一二三四五六七八九]{3,4}的?$"
)
"""A floor or a room right before a reference (16楼那家, 三零二的那家): it describes who is there."""
DEMAND_AFTER = re.compile(r"\s*(?:要|必须|得|需要|一定要|务必|请|赶紧|马上|立即|尽快)(?!不要|吗)")
"""A demand right after a reference word."""
QUESTION = re.compile(r"\?(?![A-Za-z0-9=&/.%_-])")
"""A question mark, not one inside a link (http://a.cn/?x=1)."""
KIND_ASKED = re.compile(
    r"(?:^|(?<=[\s,;.!]))(?:这个|这种|这样|这|那个|那)?还?(?:算不算|属不属于|算是|算|属于)(?!了|合格|达标|到位|过关|完成|可以|行)"
    r"[^,;.!?谁哪啥了没管归负]{1,10}?"
    r"(?:[不吗吧么嘛呢啊]\??|\?)\s*$"
)
"""A closing question of what the problem told counts as (这个算飞线充电不？, 算不算楼道堆物啊): the reporter unsure
of the name, not of the problem; not whether a fix passes (这样算合格吗) or whose work it is (这算物业管的吗)."""
REPLY_ASKED = re.compile(
    r"(?:回复|答复|反馈|说明|告知|报(?!修|警)(?:一下|送|上来)?|上报|提交|制定)[^。;!?,]{0,8}?"
    r"(?:(?:是否|能否)[^。;!?,]{0,8}|计划|方案|措施|情况|原因|进度|结果|意见)"
)
"""A request for a reply or a plan (回复是否立案, 报一下拆除计划), no work."""
HANDLING_ASKED = re.compile(
    r"处理|整改|负责|解决|落实|跟进|进度|怎么还|咋还|还没|谁管|有人管|管一下|管管|(?:修|清|弄|搬|拆)(?:好|了|掉|完|走)"
)
"""A question about how a problem is dealt with (谁负责的？昨天那个处理了吗？): no aside."""
STILL_SAID = re.compile(r"还(?:在|是|堆|停|摆|放|没|未|占|挂)|(?<!又.)又(?![^又]{1,2}又)|依然|依旧|仍|至今|到现在")
"""A problem said to be still there or back (还堆着, 还是停在那里, 又摆上了, 到现在还在); not 还有 (another one) nor
又脏又乱 (a description)."""
SENT_ALONG = re.compile(r"(?:照片|图片|截图|视频).{0,6}(?:补发|发|附)|补发")
"""Photos sent along to what was reported (照片我补发一下)."""
RHETORICAL = re.compile(r"(?:到底|究竟)?管(?:不|勿)管")
"""A demand put as a question (派出所到底管不管): after an earlier report, a complaint, no fresh request."""
STILL_THERE = compile_scan(
    "(?:到现在|到今天|至今|现在|还是|依然|仍然?)(?:都|也)?(?:还)?(?:没|未|没有)(?:修|清|拆|处理|整改|弄|搬|换|补)"
    "|复查(?:时)?(?:还|仍|依然)(?:在|有)"
    "|(?:到现在|到今天|至今)(?:都|也)?(?:还|仍然?|依然)(?:在|有|没动|堆着|摆着|停着)"
)
"""Said to be still not dealt with (到现在还没修, 至今未整改, 到现在还在) or found again on a recheck (今天复查还在):
a follow-up on a problem that is still there."""


def _after_a_word(text: str, at: int) -> bool:
    """A reference word standing after a word of the sentence (枫桥湖那个4栋, 沂州苑 那个 9号楼), not opening it
    (那个3号楼的纸箱…)."""
    before = text[:at].rstrip(" \t")
    return bool(before) and hanzi(before[-1])


def _demanded_of_what_was_told(text: str, start: int, end: int) -> bool:
    """A reference opening a clause after the message has told its problem, with a demand right after it
    (「…电瓶车入户充电 这个要马上整改」): it points at the problem just told, not at one discussed before."""
    before = text[:start].rstrip()
    opens = before != text[:start] or before.endswith((",", "。", ";", "!"))
    return len(before) >= TOLD_AT_LEAST and opens and DEMAND_AFTER.match(text, end) is not None


def _open_items_listed(clauses: Sequence[ClauseReading]) -> bool:
    """A list whose lines name problems, one line at least saying nothing dealt with (「1. 9栋隔离桩已安装；2. 13栋
    门口有人晒腊肉；3. 东门外有流动摊贩」): what is fixed is one line's news, the others are reported."""
    lines = {c.segment for c in clauses if c.categories}
    return len(lines) >= 2 and bool(lines - {c.segment for c in clauses if c.dealt_with})


def _any(words: Sequence[str]) -> re.Pattern[str]:
    """Matches any of the words; an empty list matches nothing (an empty alternation would match all)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


C = TypeVar("C", bound=ClauseReading)


LATER_ON = re.compile(
    r"[,.\s]*(?:今天|今早|今儿|现在|后脚|结果|转头|转眼|(?:这|没|过了?)[两几]天|第二天|隔天|晚上|下午|没过多久)?[,\s]*"
)
"""What may stand between a fix and the problem's return (推出来了，今天又推回楼道里)."""


def came_back(rest: str, returns: frozenset[str]) -> bool:
    """What follows a fix or a promise says the problem came back (沙发搬走了又放了几个柜子, 昨天推出来了，今天又推回
    楼道里) or is still there (街道说城管周三来拆，到现在还在): not dealt with."""
    after = rest[LATER_ON.match(rest).end() :]
    return any(after.startswith(word) for word in returns) or STILL_THERE.search(rest) is not None


def _tokens_within(tokens: Sequence[str], size: int) -> list[str]:
    """The tokens that make up the text's first `size` characters."""
    out, length = [], 0
    for token in tokens:
        length += len(token)
        if length > size:
            break
        out.append(token)
    return out


def _tokens_after(tokens: Sequence[str], size: int) -> list[str]:
    """The tokens that begin at or after the text's first `size` characters."""
    length = 0
    for at, token in enumerate(tokens):
        if length >= size:
            return list(tokens[at:])
        length += len(token)
    return []


def clauses_from(clauses: Sequence[C], turn: int) -> list[C]:
    """The clauses that begin at or after `turn`: what a receipt turns to."""
    return [c for c in clauses if c.start >= turn]


def _due_by(text: str) -> bool:
    """A time the work is due by (周二前, 3天内, 明天下班前): with a party asked, an order of its own, whatever was
    reported before (业委会之前反映过，请城管中队和物业周二前上门)."""
    return any(m.group().endswith(("前", "内")) for m in DEADLINE.finditer(text))
