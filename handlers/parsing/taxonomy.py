"""The category taxonomy: shipped as TOML in the package, extended or overridden by a deployment."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

OTHER = "其他"
SUFFIX_MARK = "~"
"""A combo word written 「~车」 stands for any word of three or more characters ending in 车 (小轿车, 两辆车,
报废车) that no other category word claims: a word class, not a list."""


@dataclass(frozen=True)
class Category:
    name: str
    keywords: tuple[str, ...] = ()
    combos: tuple[tuple[frozenset[str], ...], ...] = ()
    patterns: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()
    deadline_hours: float | None = None
    deadline_working_hours: float | None = None
    deadline_working_days: float | None = None
    beats: frozenset[str] = frozenset()
    absorbs: frozenset[str] = frozenset()
    unless: tuple[str, ...] = ()
    """Phrases that rule the category out of a clause (车都停不进去 is no car parked); one opening with (? is a
    regular expression."""
    things: tuple[tuple[str, ...], ...] = ()
    """Things of the kind, each with its names (路灯 / 井盖): a problem whose thing is named stays beside a
    category that would otherwise absorb it."""
    works: frozenset[str] = frozenset()
    """Verbs of the work that deals with the kind (修, 换 for a broken thing; 清扫, 收拾 for litter): which of
    several problems a request names no thing of is aimed at (「物业负责换桶，保洁负责清扫」)."""

    def things_in(self, text: str) -> frozenset[int]:
        """The category's things `text` names, by index (宣传栏旁边的路灯: both)."""
        return frozenset(i for i, names in enumerate(self.things) if any(name in text for name in names))

    def words(self) -> set[str]:
        """Every word the segmenter should keep whole for this category."""
        found = set(self.keywords)
        for combo in self.combos:
            for group in combo:
                found |= {word for word in group if not word.startswith(SUFFIX_MARK)}
        return found


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...] = field(default_factory=tuple)

    def get(self, name: str) -> Category | None:
        return next((c for c in self.categories if c.name == name), None)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.categories]

    def named_in(self, text: str) -> str | None:
        """The category a text names outright (「登记 楼道堆物」, 「修改 #3 类别 乱晾晒」), longest first."""
        return next((name for name in sorted(self.names, key=len, reverse=True) if name in text), None)


def _category(entry: Mapping[str, Any]) -> Category:
    return Category(
        name=entry["name"],
        keywords=tuple(entry.get("keywords", ())),
        combos=tuple(tuple(frozenset(group) for group in combo) for combo in entry.get("combos", ())),
        patterns=tuple(entry.get("patterns", ())),
        responsible=tuple(entry.get("responsible") or ()),
        deadline_hours=entry.get("deadline_hours"),
        deadline_working_hours=entry.get("deadline_working_hours"),
        deadline_working_days=entry.get("deadline_working_days"),
        beats=frozenset(entry.get("beats", ())),
        absorbs=frozenset(entry.get("absorbs", ())),
        unless=tuple(entry.get("unless", ())),
        things=tuple(tuple(names) for names in entry.get("things", ())),
        works=frozenset(entry.get("works", ())),
    )


def _extend(base: Category, entry: Mapping[str, Any]) -> Category:
    """An override of an existing category adds words and replaces the defaults it names."""
    extra = _category(entry)
    return replace(
        base,
        keywords=base.keywords + tuple(k for k in extra.keywords if k not in base.keywords),
        combos=base.combos + extra.combos,
        patterns=base.patterns + extra.patterns,
        responsible=extra.responsible if entry.get("responsible") is not None else base.responsible,
        **_deadline_override(base, entry),
        beats=base.beats | extra.beats,
        absorbs=base.absorbs | extra.absorbs,
        unless=base.unless + tuple(u for u in extra.unless if u not in base.unless),
        things=base.things + extra.things,
        works=base.works | extra.works,
    )


DEADLINE_KEYS = ("deadline_hours", "deadline_working_hours", "deadline_working_days")


def _deadline_override(base: Category, entry: Mapping[str, Any]) -> dict[str, float | None]:
    """A deadline given in an override replaces the category's default, whatever unit either uses."""
    if not any(entry.get(key) is not None for key in DEADLINE_KEYS):
        return {key: getattr(base, key) for key in DEADLINE_KEYS}
    return {key: entry.get(key) for key in DEADLINE_KEYS}


def merge(taxonomy: Taxonomy, entries: Iterable[Mapping[str, Any]]) -> Taxonomy:
    categories = list(taxonomy.categories)
    for entry in entries:
        index = next((i for i, c in enumerate(categories) if c.name == entry["name"]), None)
        if index is None:
            categories.insert(
                len(categories) - 1 if categories and categories[-1].name == OTHER else len(categories),
                _category(entry),
            )
        else:
            categories[index] = _extend(categories[index], entry)
    return Taxonomy(tuple(categories))


def shipped() -> Taxonomy:
    text = resources.files("handlers.parsing").joinpath("taxonomy.toml").read_text(encoding="utf-8")
    return Taxonomy(tuple(_category(entry) for entry in tomllib.loads(text)["categories"]))


def load(file: Path | None = None, entries: Iterable[Mapping[str, Any]] = ()) -> Taxonomy:
    """The shipped taxonomy, then a deployment's taxonomy file, then its inline config entries."""
    taxonomy = shipped()
    if file is not None:
        with file.open("rb") as handle:
            taxonomy = merge(taxonomy, tomllib.load(handle).get("categories", []))
    return merge(taxonomy, entries)
