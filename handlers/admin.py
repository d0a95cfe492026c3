"""Admin commands (admins and coordinators): 绑定 小区, 角色 @某人 物业, 撤销 #N, 修改 #N 期限/责任/小区 …"""

from __future__ import annotations

import re

from handlers import format as fmt
from handlers import matching, reminders
from handlers.context import Context
from handlers.messages import Reply
from handlers.parsing import deadlines
from handlers.parsing.intents import TICKET_NUMBER
from handlers.report import responsible_members
from handlers.roles import ADMIN, COORDINATOR, INSPECTOR, MEMBER, ROLE_NAMES, parties_in, role_name
from handlers.roles import parties as _parties
from handlers.templates import say
from storage import directory, lifecycle
from storage.lifecycle import IllegalTransition
from storage.models import Member, Ticket

MENTION = re.compile(r"@([^\s@\u2005]+)")
EDIT_FIELDS = {
    "期限": "deadline",
    "截止": "deadline",
    "时限": "deadline",
    "责任": "responsible",
    "责任方": "responsible",
    "小区": "community",
}


def handle(ctx: Context, command: str, numbers: list[int], argument: str) -> list[Reply]:
    if not ctx.can_admin():
        roles = "、".join(say(f"roles.{r}") if r in ROLE_NAMES else r for r in ctx.config.permissions.admin)
        return [_reply(ctx, say("errors.no_role", action=say(f"actions.{command}"), roles=roles))]
    return [{"bind": _bind, "role": _role, "cancel": _cancel, "edit": _edit}[command](ctx, numbers, argument)]


def _reply(ctx: Context, text: str, ticket_ids: list[int] | None = None, mentions: list[str] | None = None) -> Reply:
    return Reply(text=text, reply_to=ctx.msg.message_id, ticket_ids=ticket_ids or [], mentions=mentions or [])


def _bind(ctx: Context, numbers: list[int], argument: str) -> Reply:
    name = argument.strip(" ：:，,。")
    if not name:
        return _reply(ctx, say("admin.bind_which"))
    directory.bind(ctx.session, ctx.group.id, name, ctx.now)
    ctx.directory.changed(ctx.session)
    ctx.parser.add_community(name)
    return _reply(ctx, say("admin.bound", community=name))


def _role(ctx: Context, numbers: list[int], argument: str) -> Reply:
    text = MENTION.sub(" ", argument)
    role = role_name(text)
    people = _mentioned(ctx, argument)
    if role is None or not people:
        roles = "、".join(["巡查员", "协调员", "管理员", *sorted(_parties())])
        return _reply(ctx, say("admin.role_which", roles=roles))
    parties = set(_parties())
    for person in people:
        if role in parties:
            directory.replace_party_role(ctx.session, ctx.group.id, person.id, role, parties)
        else:
            directory.set_role(ctx.session, ctx.group.id, person.id, role)
    ctx.directory.changed(ctx.session)
    shown = say(f"roles.{role}") if role in (INSPECTOR, COORDINATOR, ADMIN, MEMBER) else role
    names = "、".join(p.display_name for p in people)
    return _reply(ctx, say("admin.role_set", names=names, role=shown))


def _mentioned(ctx: Context, argument: str) -> list[Member]:
    """Members @-mentioned: by the platform's mention ids, else by the display names written after @."""
    found = [m for pid in ctx.msg.mentions if (m := directory.member_by_platform_id(ctx.session, ctx.platform, pid))]
    if found:
        return found
    names = MENTION.findall(argument)
    known = directory.members_named(ctx.session, ctx.platform, names)
    return [known[n] for n in names if n in known]


def _one_ticket(ctx: Context, numbers: list[int]) -> Ticket | Reply:
    if not numbers:
        return _reply(ctx, say("admin.edit_which"))
    match = matching.by_numbers(ctx, numbers[:1], across_groups=ctx.sees_all_groups())
    return _reply(ctx, match.error) if match.error else match.tickets[0]


def _cancel(ctx: Context, numbers: list[int], argument: str) -> Reply:
    ticket = _one_ticket(ctx, numbers)
    if isinstance(ticket, Reply):
        return ticket
    note = TICKET_NUMBER.sub("", argument).strip()
    try:
        lifecycle.apply(ctx.session, ticket, "cancel", ctx.now, ctx.member.id, note, ctx.msg.message_id)
    except IllegalTransition as error:
        text = say(
            "errors.illegal", number=ticket.number, status=say(f"status.{error.status}"), action=say("actions.cancel")
        )
        return _reply(ctx, text, [ticket.id])
    reminders.replan(ctx.session, ticket, ctx.config, ctx.now)
    return _reply(ctx, say("admin.cancelled", number=ticket.number), [ticket.id])


def _edit(ctx: Context, numbers: list[int], argument: str) -> Reply:
    ticket = _one_ticket(ctx, numbers)
    if isinstance(ticket, Reply):
        return ticket
    rest = TICKET_NUMBER.sub("", argument)
    found = next(((word, field) for word, field in EDIT_FIELDS.items() if word in rest), None)
    if found is None:
        return _reply(ctx, say("admin.edit_which"))
    word, field_name = found
    value = rest[rest.find(word) + len(word) :].strip(" ：:，,")
    try:
        change = _apply_edit(ctx, ticket, field_name, value)
    except EditNotUnderstood as exc:
        return _reply(ctx, exc.reply)
    ticket.updated_at = ctx.now
    ctx.session.add(ticket)
    lifecycle.record(ctx.session, ticket, "edit", ctx.now, ctx.member.id, change, ctx.msg.message_id)
    reminders.replan(ctx.session, ticket, ctx.config, ctx.now)
    return _reply(ctx, say("admin.edited", number=ticket.number, changes=change), [ticket.id])


class EditNotUnderstood(Exception):
    """The new value of an edit could not be read; `reply` says what is expected instead."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


def _apply_edit(ctx: Context, ticket: Ticket, field_name: str, value: str) -> str:
    if not value.split():
        raise EditNotUnderstood(say("admin.edit_which"))
    if field_name == "deadline":
        found = deadlines.find(value, ctx.now)
        if not found:
            raise EditNotUnderstood(say("admin.edit_bad_deadline", value=value))
        ticket.deadline = found[0].moment
        return say("admin.deadline_change", deadline=fmt.moment(ticket.deadline, ctx.config.tz))
    if field_name == "responsible":
        parties = parties_in(value)
        if not parties:
            known = "、".join(_parties())
            raise EditNotUnderstood(say("admin.edit_bad_party", value=value, parties=known))
        ticket.responsible = parties
        ticket.responsible_member_ids = responsible_members(ctx, parties)
        return say("admin.responsible_change", responsible="、".join(parties))
    name = value.split()[0]
    ticket.community = name
    return say("admin.community_change", community=name)
