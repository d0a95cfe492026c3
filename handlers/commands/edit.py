"""「修改 #12 期限 明天下班前」「修改 #12 责任 物业」「修改 #12 小区 天一小区」: correct what was registered."""

from __future__ import annotations

from collections.abc import Callable

from handlers import format as fmt
from handlers import matching
from handlers.assignment import assign
from handlers.context import Context
from handlers.messages import Reply
from handlers.parsing import deadlines
from handlers.parsing.intents import without_numbers
from handlers.parsing.numbers import to_digits
from handlers.parsing.places import BUILDING_KINDS, place_marks
from handlers.registry import Kind, Permission, StartsWith, command
from handlers.reminders.planning import replan
from handlers.roles import parties, parties_in
from handlers.templates import say
from storage import corrections, lifecycle
from storage.models import CorrectionKind, EventKind, Ticket

FIELDS = {
    "类别": "category",
    "分类": "category",
    "期限": "deadline",
    "截止": "deadline",
    "时限": "deadline",
    "责任": "responsible",
    "责任方": "responsible",
    "小区": "community",
    "楼号": "building",
    "楼栋": "building",
    "楼": "building",
}
CORRECTED = ("category", "community", "building")
"""What the parser read wrongly when a person corrects it: kept as a labelled example."""


class EditNotUnderstood(Exception):
    """The new value of an edit could not be read; `reply` says what is expected instead."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


@command("edit", Kind.ADMIN, StartsWith(("修改",)), Permission.ADMIN, priority=10)
def edit(ctx: Context) -> list[Reply]:
    ticket = matching.one_ticket(ctx, "admin.edit_which")
    if isinstance(ticket, Reply):
        return [ticket]
    rest = without_numbers(ctx.intent.argument)
    found = next(((word, field) for word, field in FIELDS.items() if word in rest), None)
    if found is None:
        return [ctx.reply(say("admin.edit_which"))]
    word, field_name = found
    value = rest[rest.find(word) + len(word) :].strip(" ：:，,")
    try:
        change = _apply(ctx, ticket, field_name, value)
    except EditNotUnderstood as exc:
        return [ctx.reply(exc.reply)]
    ticket.updated_at = ctx.now
    ctx.session.add(ticket)
    lifecycle.record(ctx.session, ticket, EventKind.EDIT, ctx.now, ctx.member.id, change, ctx.msg.message_id)
    if field_name in CORRECTED and ticket.source_message_id:
        corrections.record(
            ctx.session, ctx.platform, ticket.source_message_id, CorrectionKind.EDITED, ctx.member.id, ctx.now
        )
    replan(ctx.session, ticket, ctx.config, ctx.now)
    return [ctx.reply(say("admin.edited", number=ticket.number, changes=change), [ticket.id])]


def _apply(ctx: Context, ticket: Ticket, field_name: str, value: str) -> str:
    if not value.split():
        raise EditNotUnderstood(say("admin.edit_which"))
    return EDITS[field_name](ctx, ticket, value)


def _deadline(ctx: Context, ticket: Ticket, value: str) -> str:
    found = deadlines.find(value, ctx.now)
    if not found:
        raise EditNotUnderstood(say("admin.edit_bad_deadline", value=value))
    if found[0].moment <= ctx.now:
        raise EditNotUnderstood(say("admin.edit_past_deadline", value=value))
    ticket.deadline = found[0].moment
    return say("admin.deadline_change", deadline=fmt.moment(ticket.deadline, ctx.config.tz))


def _responsible(ctx: Context, ticket: Ticket, value: str) -> str:
    named = parties_in(value)
    if not named:
        raise EditNotUnderstood(say("admin.edit_bad_party", value=value, parties="、".join(parties())))
    assign(ctx, ticket, named)
    return say("admin.responsible_change", responsible="、".join(named))


def _category(ctx: Context, ticket: Ticket, value: str) -> str:
    named = ctx.parser.taxonomy.named_in(value)
    if named is None:
        known = "、".join(ctx.parser.taxonomy.names)
        raise EditNotUnderstood(say("admin.edit_bad_category", value=value, categories=known))
    ticket.category = named
    return say("admin.category_change", category=named)


def _building(ctx: Context, ticket: Ticket, value: str) -> str:
    """「14」「14号楼」「十四栋」「A座」: read as the parser reads a building."""
    word = value.split()[0]
    marks = [mark for kind, mark in place_marks(word) if kind in BUILDING_KINDS or kind == "letter"]
    building = marks[0] if marks else to_digits(word)
    if building is None:
        raise EditNotUnderstood(say("admin.edit_bad_building", value=value))
    ticket.building = building
    return say("admin.building_change", building=building)


def _community(ctx: Context, ticket: Ticket, value: str) -> str:
    name = value.split()[0]
    ticket.community = name
    return say("admin.community_change", community=name)


EDITS: dict[str, Callable[[Context, Ticket, str], str]] = {
    "deadline": _deadline,
    "responsible": _responsible,
    "category": _category,
    "building": _building,
    "community": _community,
}
