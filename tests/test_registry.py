"""Every declared command, event kind and notice kind has what it needs to be said and routed."""

from __future__ import annotations

import pytest

from handlers.commands.help import text as help_text
from handlers.registry import Kind, Permission, commands, get, of_kind
from handlers.reminders.render import RENDERERS
from handlers.routing import RULES, Outcome
from handlers.templates import say
from storage.models import EventKind, NoticeKind, TicketStatus

COMMANDS = commands()


@pytest.mark.parametrize("declared", COMMANDS, ids=lambda c: c.name)
def test_every_command_can_be_refused_and_explained(declared) -> None:
    assert say(f"actions.{declared.name}")
    if declared.help:
        assert say(f"help.{declared.name}") in help_text("绣花")


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_kind_reads_in_a_history(kind: EventKind) -> None:
    assert say(f"events.{kind}")


@pytest.mark.parametrize("status", list(TicketStatus))
def test_every_status_has_a_name(status: TicketStatus) -> None:
    assert say(f"status.{status}")


def test_every_notice_kind_has_a_renderer() -> None:
    assert set(RENDERERS) == set(NoticeKind)


def test_no_trigger_word_belongs_to_two_commands() -> None:
    words = [word for declared in COMMANDS for word in declared.words]
    assert len(words) == len(set(words))


def test_what_the_parser_decides_has_exactly_one_command() -> None:
    assert {of_kind(kind).name for kind in (Kind.REPORT, Kind.RECTIFY, Kind.PHOTO, Kind.OTHER)} == {
        "report",
        "fix",
        "photo",
        "complete",
    }


def test_admin_commands_need_the_admin_role() -> None:
    admin = [c.name for c in COMMANDS if c.kind == Kind.ADMIN]
    assert sorted(admin) == ["bind", "cancel", "edit", "reassign", "register", "role"]
    assert all(get(name).permission == Permission.ADMIN for name in admin if name != "register")
    assert get("register").permission == Permission.REPORT, "one's own message; another's takes review (handler)"


def test_the_routing_table_ends_in_a_rule_for_anything() -> None:
    assert RULES[-1].then == Outcome.FOLLOW_UP
    assert all(rule.why for rule in RULES)
