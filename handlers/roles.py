"""Who someone is in a group: the bot's own roles, the responsible parties, and the words for both."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.parsing.language import language

INSPECTOR, COORDINATOR, ADMIN, MEMBER = "inspector", "coordinator", "admin", "member"
ROLE_NAMES = (INSPECTOR, COORDINATOR, ADMIN, MEMBER)
ROLE_WORDS = {
    "巡查员": INSPECTOR,
    "巡查": INSPECTOR,
    "协调员": COORDINATOR,
    "协调": COORDINATOR,
    "管理员": ADMIN,
    "管理": ADMIN,
    "成员": MEMBER,
    "inspector": INSPECTOR,
    "coordinator": COORDINATOR,
    "admin": ADMIN,
    "member": MEMBER,
}


RANKS = {MEMBER: 0, INSPECTOR: 2, ADMIN: 3, COORDINATOR: 4}
"""Who may grant what: a role no higher than one's own. A responsible party ranks 1."""
PARTY_RANK = 1


def rank(role: str) -> int:
    return RANKS.get(role, PARTY_RANK)


def highest(roles: Iterable[str]) -> int:
    return max((rank(r) for r in roles), default=-1)


def parties() -> list[str]:
    """The responsible parties, each once, in the order language.toml names them."""
    return list(dict.fromkeys(language().party_aliases.values()))


def party_aliases() -> list[tuple[str, str]]:
    """(alias, party), longest alias first, so 物业公司 is read before 物业."""
    return sorted(language().party_aliases.items(), key=lambda item: -len(item[0]))


def parties_in(text: str) -> list[str]:
    """The parties a text names, in the order it names them, each once (物业公司、居委 → 物业, 居委会)."""
    found: list[tuple[int, str]] = []
    for alias, party in party_aliases():
        at = text.find(alias)
        if at >= 0:
            if party not in (p for _, p in found):
                found.append((at, party))
            text = text.replace(alias, " " * len(alias))
    return [party for _, party in sorted(found)]


def role_name(text: str) -> str | None:
    """The role a text names: one of the bot's roles, else a responsible party."""
    for word, role in ROLE_WORDS.items():
        if word in text:
            return role
    return next((party for alias, party in party_aliases() if alias in text), None)
