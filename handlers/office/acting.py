"""A desk action is a chat command, said in the ticket's group by the account's chat member, and handled
by the chat's own dispatcher: permissions, wording, history events and reminders are the chat's, and
nothing of them is copied here.

The speaker is the chat member the account is linked to (the same person). An account without one
speaks through a desk member of its own (platform id 「desk:NAME」, shown by the account's name), which
is given the account's role where it acts, as an admin would grant it in the chat with 「角色」 — a
coordinator in every group, an inspector, admin or member in the ticket's group. A party (物业, 居委会 …)
is not granted: holders of a party are @-mentioned and reminded about its tickets, and a desk member is
nobody to remind; by default no party may review or edit in the chat either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from handlers.permissions import holds, review_bar
from handlers.registry import Permission, get
from handlers.roles import COORDINATOR, ROLE_NAMES
from handlers.settings import Settings
from handlers.templates import say
from storage import directory
from storage.models import Account, ChatGroup, Member, Ticket

DESK_PREFIX = "desk:"
REASON_LIMIT = 200
COMMANDS = {"approve": "review", "reject": "review", "reassign": "reassign", "deadline": "edit", "cancel": "cancel"}
"""Each desk action and the chat command it is said as."""


def speaker(session: Session, account: Account, group: ChatGroup, at: datetime) -> Member:
    """The member an account's action is said by in this group (created and granted its role if needed)."""
    linked = _linked(session, account, group)
    if linked is not None:
        return linked
    member = directory.member(session, group.platform, DESK_PREFIX + account.name, account.name, at)
    where = None if account.role == COORDINATOR else group.id
    if account.role in ROLE_NAMES and account.role not in directory.roles(session, group.id, member.id):
        directory.set_role(session, where, member.id, account.role)
        directory.bump_version(session)
    return member


@dataclass(frozen=True)
class Standing:
    """Who an account acts as in a group, read without writing anything (a page view must not create
    members or grant roles): its member if one exists yet, and the roles it holds or would be given."""

    member_id: int | None
    held: frozenset[str]
    everywhere: bool


def standing(session: Session, account: Account, group: ChatGroup) -> Standing:
    linked = _linked(session, account, group)
    if linked is not None:
        held = frozenset(directory.roles(session, group.id, linked.id))
        return Standing(linked.id, held, directory.has_cross_group_role(session, linked.id, COORDINATOR))
    desk = directory.member_by_platform_id(session, group.platform, DESK_PREFIX + account.name)
    held = set(directory.roles(session, group.id, desk.id)) if desk is not None else set()
    if account.role in ROLE_NAMES:
        held.add(account.role)
    everywhere = account.role == COORDINATOR or (
        desk is not None and directory.has_cross_group_role(session, desk.id, COORDINATOR)
    )
    return Standing(desk.id if desk is not None else None, frozenset(held), everywhere)


def _linked(session: Session, account: Account, group: ChatGroup) -> Member | None:
    """The chat member the account is linked to, if it is on the group's platform."""
    linked = session.get(Member, account.member_id) if account.member_id is not None else None
    return linked if linked is not None and linked.platform == group.platform else None


def permitted(session: Session, settings: Settings, ticket: Ticket, who: Standing) -> frozenset[str]:
    """The desk actions an account may take on a ticket, by the chat's rules: the permission its command
    declares, and for a verdict who may judge this fix — so the desk offers no action the chat would
    refuse in public."""
    may_review = holds(settings, Permission.REVIEW, who.held, who.everywhere)
    judges = review_bar(session, settings, ticket, who.member_id, who.held, may_review) is None

    def may(action: str) -> bool:
        command = get(COMMANDS[action])
        allowed = holds(settings, command.permission, who.held, who.everywhere)
        return allowed and (command.name != "review" or judges)

    return frozenset(action for action in COMMANDS if may(action))


def clean_reason(text: str) -> str:
    """One line of at most REASON_LIMIT characters, otherwise as written: a ticket it names (「同#3」)
    stays in the reason — 不合格 takes its targets only before the reason, 撤销 drops only its own number."""
    return " ".join(text.split())[:REASON_LIMIT]


def approve(number: int) -> str:
    return say("desk.approve", number=number)


def reject(number: int, reason: str) -> str:
    return say("desk.reject", number=number, reason=clean_reason(reason))


def reassign(number: int, party: str) -> str:
    return say("desk.reassign", number=number, party=party)


def new_deadline(number: int, deadline: datetime) -> str:
    words = say(
        "desk.deadline_words",
        year=deadline.year,
        month=deadline.month,
        day=deadline.day,
        hour=deadline.hour,
        minute=deadline.minute,
    )
    return say("desk.deadline", number=number, deadline=words)


def cancel(number: int, reason: str) -> str:
    return say("desk.cancel", number=number, reason=clean_reason(reason)).strip()


def said_at_desk(name: str, text: str) -> str:
    """The line the group sees before the bot's answer, naming who acted at the desk."""
    return say("desk.said", name=name, text=text)
