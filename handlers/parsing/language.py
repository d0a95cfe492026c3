"""The word lists of language.toml, loaded once."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from handlers.parsing.scan import compile_in_runs, compile_scan


@dataclass(frozen=True)
class Language:
    party_aliases: dict[str, str]
    chat_codes: tuple[str, ...]
    community_suffixes: tuple[str, ...]
    loose_suffixes: tuple[str, ...]
    lane_suffixes: tuple[str, ...]
    staff_housing_suffixes: tuple[str, ...]
    anchored_suffixes: tuple[str, ...]
    placed_suffixes: tuple[str, ...]
    suffix_breakers: tuple[str, ...]
    not_words: frozenset[str]
    estate_places: tuple[str, ...]
    place_endings: tuple[str, ...]
    header_words: tuple[str, ...]
    phases: tuple[str, ...]
    name_breaking: tuple[str, ...]
    name_stops: frozenset[str]
    notice_markers: tuple[str, ...]
    notice_titles: tuple[str, ...]
    notice_openings: tuple[str, ...]
    notice_exceptions: tuple[str, ...]
    summary_markers: tuple[str, ...]
    summary_patterns: tuple[str, ...]
    news_markers: tuple[str, ...]
    forward_markers: tuple[str, ...]
    earlier_patterns: tuple[str, ...]
    told_patterns: tuple[str, ...]
    praise_markers: tuple[str, ...]
    addenda: tuple[str, ...]
    fillers_before: tuple[str, ...]
    fillers_after: tuple[str, ...]
    tolerance_markers: tuple[str, ...]
    not_estates: tuple[str, ...]
    campaign_offices: tuple[str, ...]
    official_adverbs: frozenset[str]
    references: tuple[str, ...]
    first_person: tuple[str, ...]
    speakers: frozenset[str]
    joiners: frozenset[str]
    biddings: tuple[str, ...]
    question_tags: frozenset[str]
    negators: tuple[str, ...]
    demands: frozenset[str]
    persons: frozenset[str]
    place_labels: frozenset[str]
    time_labels: frozenset[str]
    party_labels: frozenset[str]
    status_labels: frozenset[str]
    sender_labels: frozenset[str]
    area_labels: frozenset[str]
    form_labels: frozenset[str]
    """The labels a form may put a word of its own before (整改责任方, 检查点位): all but the dates', since 整改时间
    is a time limit, not the day of the round."""
    limit_labels: frozenset[str]
    title_labels: frozenset[str]
    description_labels: frozenset[str]
    name_labels: frozenset[str]
    index_labels: frozenset[str]
    developer_brands: tuple[str, ...]
    question_markers: frozenset[str]
    question_patterns: tuple[str, ...]
    indefinites: frozenset[str]
    salutations: frozenset[str]
    reported_speech: frozenset[str]
    tellings: frozenset[str]
    review_requests: frozenset[str]
    actions: frozenset[str]
    request_markers: frozenset[str]
    recurrence: frozenset[str]
    returns: frozenset[str]
    ditto_patterns: tuple[str, ...]
    doorsteps: tuple[str, ...]
    outdoor_places: tuple[str, ...]
    dated_records: tuple[str, ...]
    round_words: tuple[str, ...]
    record_titles: tuple[str, ...]
    greeted: tuple[str, ...]
    numbered_suffixes: tuple[str, ...]
    problem_signals: frozenset[str]
    spots: tuple[str, ...]
    done_patterns: tuple[str, ...]
    pending_patterns: tuple[str, ...]
    handover_patterns: tuple[str, ...]
    delegations: frozenset[str]
    recipients: tuple[str, ...]
    completions: tuple[str, ...]
    urging: frozenset[str]
    bidding_questions: frozenset[str]
    inside_words: frozenset[str]
    refusals: frozenset[str]
    acknowledgements: tuple[str, ...]
    explanation_requests: tuple[str, ...]
    progress_subjects: tuple[str, ...]
    progress_requests: tuple[str, ...]
    localisers: tuple[str, ...]
    also_markers: tuple[str, ...]
    relative_places: tuple[str, ...]
    habitual: tuple[str, ...]
    happened_after: tuple[str, ...]
    person_titles: tuple[str, ...]
    subdistricts: tuple[str, ...]
    district_names: tuple[str, ...]
    city_names: tuple[str, ...]
    works: frozenset[str]
    not_found: tuple[str, ...]
    checked_fine: tuple[str, ...]
    """Words ending a checklist's line that say the check found it in order (消防通道巡查✅无占用)."""
    own_home: tuple[str, ...]
    readings: dict[str, str]
    """A regional character → the Mandarin one it is read as (咗 → 了)."""
    readings_in_context: dict[str, str]
    """A pattern of regional words → the Mandarin they are read as, of the same length (听日 → 明天)."""
    dialect: dict[str, tuple[str, ...]]
    """Mandarin word → the ways regional speech says it, longest word first."""

    def spoken(self, word: str) -> list[str]:
        return spoken_forms(word, self.dialect)

    def words(self) -> set[str]:
        """Words the segmenter should keep whole."""
        return (
            set(self.party_aliases)
            | set(self.spots)
            | set(self.actions)
            | set(self.recurrence)
            | set(self.persons)
            | self.demands
            | self.bidding_questions
            | {"号楼", "单元", "小区", "新村", "居民区"}
        )


def spoken_forms(word: str, dialect: dict[str, tuple[str, ...]]) -> list[str]:
    """The word and its regional forms (没人收 → 冇人收, 莫人收): the first (longest) Mandarin word
    it holds is said each other way."""
    for mandarin, forms in dialect.items():
        if mandarin in word:
            return [word, *(word.replace(mandarin, form) for form in forms)]
    return [word]


@cache
def language() -> Language:
    data = tomllib.loads(resources.files("handlers.parsing").joinpath("language.toml").read_text(encoding="utf-8"))
    words = data["words"]
    dialect = {k: tuple(v) for k, v in sorted(data["dialect"].items(), key=lambda kv: -len(kv[0]))}
    aliases = {alias: party for party, names in data["parties"].items() for alias in names}
    return Language(
        party_aliases=aliases,
        chat_codes=tuple(sorted(words["chat_codes"], key=len, reverse=True)),
        community_suffixes=tuple(sorted(words["community_suffixes"], key=len, reverse=True)),
        loose_suffixes=tuple(words["loose_suffixes"]),
        lane_suffixes=tuple(words["lane_suffixes"]),
        staff_housing_suffixes=tuple(words["staff_housing_suffixes"]),
        anchored_suffixes=tuple(words["anchored_suffixes"]),
        placed_suffixes=tuple(words["placed_suffixes"]),
        suffix_breakers=tuple(words["suffix_breakers"]),
        not_words=frozenset(words["not_words"]),
        estate_places=tuple(sorted(words["estate_places"], key=len, reverse=True)),
        place_endings=tuple(words["place_endings"]),
        header_words=tuple(words["header_words"]),
        phases=tuple(words["phases"]),
        name_breaking=tuple(words["name_breaking"]),
        name_stops=frozenset(words["name_stops"]),
        notice_markers=tuple(words["notice_markers"]),
        notice_titles=tuple(words["notice_titles"]),
        notice_openings=tuple(words["notice_openings"]),
        notice_exceptions=tuple(words["notice_exceptions"]),
        summary_markers=tuple(words["summary_markers"]),
        summary_patterns=tuple(words["summary_patterns"]),
        news_markers=tuple(words["news_markers"]),
        forward_markers=tuple(words["forward_markers"]),
        earlier_patterns=tuple(words["earlier_patterns"]),
        told_patterns=tuple(words["told_patterns"]),
        praise_markers=tuple(words["praise_markers"]),
        addenda=tuple(words["addenda"]),
        fillers_before=tuple(words["fillers_before"]),
        fillers_after=tuple(words["fillers_after"]),
        tolerance_markers=tuple(words["tolerance_markers"]),
        not_estates=tuple(words["not_estates"]),
        campaign_offices=tuple(words["campaign_offices"]),
        official_adverbs=frozenset(words["official_adverbs"]),
        references=tuple(words["references"]),
        first_person=tuple(words["first_person"]),
        speakers=frozenset(words["speakers"]),
        joiners=frozenset(words["joiners"]),
        biddings=tuple(words["biddings"]),
        question_tags=frozenset(words["question_tags"]),
        negators=tuple(words["negators"]),
        demands=frozenset(words["demands"]),
        persons=frozenset(words["persons"]),
        place_labels=frozenset(words["place_labels"]),
        time_labels=frozenset(words["time_labels"]),
        party_labels=frozenset(words["party_labels"]),
        status_labels=frozenset(words["status_labels"]),
        sender_labels=frozenset(words["sender_labels"]),
        area_labels=frozenset(words["area_labels"]),
        form_labels=frozenset(
            label
            for kind in ("place", "party", "status", "sender", "limit", "title", "description", "name")
            for label in words[f"{kind}_labels"]
        ),
        limit_labels=frozenset(words["limit_labels"]),
        title_labels=frozenset(words["title_labels"]),
        description_labels=frozenset(words["description_labels"]),
        name_labels=frozenset(words["name_labels"]),
        index_labels=frozenset(words["index_labels"]),
        developer_brands=tuple(sorted(words["developer_brands"], key=len, reverse=True)),
        question_markers=frozenset(words["question_markers"]),
        question_patterns=tuple(words["question_patterns"]),
        indefinites=frozenset(words["indefinites"]),
        salutations=frozenset(words["salutations"]),
        reported_speech=frozenset(words["reported_speech"]),
        tellings=frozenset(words["tellings"]),
        review_requests=frozenset(words["review_requests"]),
        actions=frozenset(form for word in words["actions"] for form in spoken_forms(word, dialect)),
        request_markers=frozenset([*words["request_markers"], *words["demands"]]),
        recurrence=frozenset(words["recurrence"]),
        returns=frozenset(words["returns"]),
        ditto_patterns=tuple(words["ditto_patterns"]),
        doorsteps=tuple(words["doorsteps"]),
        outdoor_places=tuple(words["outdoor_places"]),
        dated_records=tuple(words["dated_records"]),
        round_words=tuple(words["round_words"]),
        record_titles=tuple(words["round_words"] + words["record_titles"]),
        greeted=tuple(words["greeted"]),
        numbered_suffixes=tuple(words["numbered_suffixes"]),
        problem_signals=frozenset(words["problem_signals"]),
        spots=tuple(sorted(words["spots"], key=len, reverse=True)),
        done_patterns=tuple(words["done_patterns"]),
        pending_patterns=tuple(words["pending_patterns"]),
        handover_patterns=tuple(words["handover_patterns"]),
        delegations=frozenset(words["delegations"]),
        recipients=tuple(words["recipients"]),
        completions=tuple(words["completions"]),
        urging=frozenset([*words["urging"], *words["bidding_questions"]]),
        bidding_questions=frozenset(words["bidding_questions"]),
        inside_words=frozenset(words["inside_words"]),
        refusals=frozenset(words["refusals"]),
        acknowledgements=tuple(words["acknowledgements"]),
        explanation_requests=tuple(words["explanation_requests"]),
        progress_subjects=tuple(words["progress_subjects"]),
        progress_requests=tuple(
            pattern.replace("{subject}", "(?:" + "|".join(words["progress_subjects"]) + ")").replace(
                "{gap}", "(?:(?!" + "|".join(sorted(a for a in words["actions"] if len(a) >= 2)) + ")[^。;!?]){0,10}?"
            )
            for pattern in words["progress_requests"]
        ),
        localisers=tuple(words["localisers"]),
        also_markers=tuple(words["also_markers"]),
        relative_places=tuple(words["relative_places"]),
        habitual=tuple(words["habitual"]),
        happened_after=tuple(words["happened_after"]),
        person_titles=tuple(words["person_titles"]),
        subdistricts=tuple(words["subdistricts"]),
        district_names=tuple(words["district_names"]),
        city_names=tuple(words["city_names"]),
        works=frozenset(words["works"]),
        not_found=tuple(words["not_found"]),
        checked_fine=tuple(words["checked_fine"]),
        own_home=tuple(words["own_home"]),
        readings=dict(data["readings"]),
        readings_in_context=dict(data["readings_in_context"]),
        dialect=dialect,
    )


HAN_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])")
"""Blanks between two Chinese characters: a terse note's word breaks."""


LABEL_PREFIXES = ("整改", "处置", "办理", "检查", "巡查", "督查", "存在", "发现", "主要", "问题", "具体")
"""Words a form puts before a label of its own (整改责任方, 检查点位, 存在问题)."""


def canonical_label(label: str, known: frozenset[str]) -> str:
    """The known label a form's label is: itself, or a known one with a form's word before it (整改责任方 is
    责任方, 检查点位 点位); else itself, unknown."""
    if not label or label in known:
        return label
    return next((label[len(p) :] for p in LABEL_PREFIXES if label.startswith(p) and label[len(p) :] in known), label)


def alternation(words: Iterable[str]) -> str:
    """A pattern of any of `words`, the longest tried first (so 城管中队 is not read as 城管 and a rest)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def hanzi(character: str) -> bool:
    """A Chinese character, 〇 among them (七〇一厂宿舍)."""
    return "\u4e00" <= character <= "\u9fff" or character == "〇"


def unspaced(text: str) -> str:
    """A terse note read as if written without its word breaks (小广告 已 清除 → 小广告已清除)."""
    return HAN_BLANK.sub("", text) if " " in text or "\t" in text else text


LOOKAROUND = re.compile(r"\(\?<?[=!]")
LEADING_CLASS = re.compile(r"\[([^\]\\^-]+)\]")


def reading_cues(pattern: str) -> list[str] | None:
    """The strings one of which a match of `pattern` must contain: its alternatives without their lookarounds,
    a leading class read as its characters (「[俾遭](?=人)|俾(?=边个|佢)」 → 俾, 遭). None for a pattern written
    otherwise, which is then always tried."""
    cues: list[str] = []
    for alternative in _without_lookarounds(pattern).split("|"):
        leading = LEADING_CLASS.match(alternative)
        heads, rest = (list(leading[1]), alternative[leading.end() :]) if leading else ([""], alternative)
        if not (rest or leading) or re.escape(rest) != rest:
            return None
        cues.extend(head + rest for head in heads)
    return cues


def _without_lookarounds(pattern: str) -> str:
    """`pattern` with its lookaround groups, nested groups and classes inside them included, taken out."""
    kept, at = [], 0
    while (found := LOOKAROUND.search(pattern, at)) is not None:
        kept.append(pattern[at : found.start()])
        depth, i, in_class = 1, found.end(), False
        while depth and i < len(pattern):
            ch = pattern[i]
            if ch == "\\":
                i += 1
            elif in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch in "()":
                depth += 1 if ch == "(" else -1
            i += 1
        at = i
    return "".join(kept) + pattern[at:]


class Reader:
    """Regional writing read as Mandarin, one character for one so that positions stay: characters
    everywhere (咗 → 了), words where what stands around them tells (听日 → 明天, 堆咯旧沙发 → 堆了旧沙发,
    but a closing 要得咯 stays)."""

    def __init__(self, lang: Language) -> None:
        self._characters = str.maketrans(lang.readings)
        self._regional = re.compile(f"[{''.join(map(re.escape, lang.readings))}]" if lang.readings else "(?!)")
        """Any character read as another: most messages have none, and str.translate looks up every character."""
        self._words = compile_in_runs([f"(?P<w{i}>{pattern})" for i, pattern in enumerate(lang.readings_in_context)])
        self._mandarin = list(lang.readings_in_context.values())
        cues = [reading_cues(pattern) for pattern in lang.readings_in_context]
        found = sorted({cue for each in cues for cue in each or ()})
        self._cue = None if None in cues else compile_scan("|".join(map(re.escape, found)) or "(?!)")
        """Any string one of the patterns needs (one search instead of a test per cue)."""

    def __call__(self, text: str) -> str:
        text = text.translate(self._characters) if self._regional.search(text) else text
        if self._cue is not None and self._cue.search(text) is None:
            return text  # most messages: no word read in context, and the scan of every pattern skipped
        return self._words.sub(self._said, text)

    def _said(self, match: re.Match[str]) -> str:
        """The Mandarin word; a reading that would move what follows is not applied."""
        mandarin = self._mandarin[int(match.lastgroup[1:])]
        return mandarin if len(mandarin) == len(match.group()) else match.group()


def blanked(match: re.Match[str]) -> str:
    """What a match is replaced with to take it out of a reading while keeping every position."""
    return " " * len(match.group())
