"""Reports become tickets: one per problem, a duplicate joins the open ticket, one short reply per message."""

from __future__ import annotations

from datetime import timedelta

from handlers import format as fmt
from handlers import reminders
from handlers.context import Context
from handlers.deadlines import default_deadline
from handlers.messages import Reply
from handlers.parsing import Report
from handlers.templates import say
from storage import lifecycle, tickets
from storage.models import Ticket

CONTEXT_REPLY_WINDOW = timedelta(minutes=30)


def responsible_members(ctx: Context, parties: list[str]) -> list[int]:
    return [m.id for m in ctx.directory.holders(ctx.session, ctx.group.id, parties)]


def mention_ids(ctx: Context, member_ids: list[int]) -> list[str]:
    found = ctx.directory.people(ctx.session, member_ids)
    return [found[i].platform_id for i in member_ids if i in found]


def mention_names(ctx: Context, member_ids: list[int]) -> str:
    found = ctx.directory.people(ctx.session, member_ids)
    return "".join(f"@{found[i].display_name} " for i in member_ids if i in found).strip()


def handle(ctx: Context, reports: list[Report], truncated: bool) -> list[Reply]:
    community = ctx.group.community
    created: list[Ticket] = []
    joined: list[Ticket] = []
    for report in reports:
        ticket, new = _register(ctx, report, report.community or community)
        (created if new else joined).append(ticket)
    return [_reply(ctx, created, joined, truncated)]


def _register(ctx: Context, report: Report, community: str | None) -> tuple[Ticket, bool]:
    """A new ticket, or (not new) the open ticket of the same problem that this report joins."""
    session = ctx.session
    existing = tickets.duplicate_of(
        session, ctx.group.id, report.category, community, report.building, report.unit, report.floor, report.spot
    )
    if existing is not None:
        lifecycle.record(session, existing, "duplicate", ctx.now, ctx.member.id, report.description, ctx.msg.message_id)
        tickets.link_message(session, ctx.platform, ctx.msg.message_id, existing.id, "duplicate")
        return existing, False
    category = ctx.parser.taxonomy.get(report.category)
    parties = list(report.responsible) or list(category.responsible if category else ())
    deadline = report.deadline or default_deadline(ctx.calendar, category, ctx.now)
    fields = dict(
        category=report.category,
        community=community,
        building=report.building,
        unit=report.unit,
        floor=report.floor,
        spot=report.spot,
        description=report.description or ctx.msg.text,
        reporter_id=ctx.member.id,
        responsible=parties,
        responsible_member_ids=responsible_members(ctx, parties),
        deadline=deadline,
        group_id=ctx.group.id,
        source_message_id=ctx.msg.message_id,
    )
    ticket = lifecycle.open_ticket(session, fields, ctx.now, ctx.member.id)
    reminders.replan(session, ticket, ctx.config, ctx.now, fresh=True)
    return ticket, True


def _reply(ctx: Context, created: list[Ticket], joined: list[Ticket], truncated: bool) -> Reply:
    tz = ctx.config.tz
    lines = []
    if created:
        lines.append(say("report.header", count=len(created)))
        lines.extend(
            say(
                "report.line",
                number=t.number,
                category=t.category,
                place=fmt.place(t),
                responsible=fmt.responsible(t),
                deadline=fmt.moment(t.deadline, tz),
            )
            for t in created[: fmt.LINES_SHOWN]
        )
        lines.extend(_more(created))
    lines.extend(
        say("report.duplicate", number=t.number, category=t.category, place=fmt.place(t), status=fmt.status(t))
        for t in joined[: fmt.LINES_SHOWN]
    )
    lines.extend(_more(joined))
    unplaced = [t for t in created if t.community is None]
    if unplaced:
        lines.append(say("report.ask_community", numbers="、#".join(str(t.number) for t in unplaced)))
    member_ids = list(dict.fromkeys(i for t in created for i in t.responsible_member_ids))
    mentions = mention_ids(ctx, member_ids)
    if created and mentions:
        lines.append(say("report.please_fix", mentions=mention_names(ctx, member_ids)))
    if truncated:
        lines.append(say("report.truncated"))
    return Reply(
        text="\n".join(lines),
        mentions=mentions,
        reply_to=ctx.msg.message_id,
        ticket_ids=[t.id for t in [*created, *joined]],
    )


def _more(listed: list[Ticket]) -> list[str]:
    """A pasted checklist of a hundred problems is answered with its first lines and the rest's numbers."""
    rest = listed[fmt.LINES_SHOWN :]
    return [say("report.more", count=len(rest), first=rest[0].number, last=rest[-1].number)] if rest else []


def fill_community(ctx: Context, communities: list[str]) -> list[Reply]:
    """「不好意思，是爱博二村的」: a community named right after a report that lacked one completes it."""
    if len(communities) != 1:
        return []
    recent = tickets.recent_without_community(ctx.session, ctx.group.id, ctx.member.id, ctx.now - CONTEXT_REPLY_WINDOW)
    if not recent:
        return []
    for ticket in recent:
        ticket.community = communities[0]
        ticket.updated_at = ctx.now
        ctx.session.add(ticket)
        lifecycle.record(
            ctx.session,
            ticket,
            "edit",
            ctx.now,
            ctx.member.id,
            say("notes.community", name=communities[0]),
            ctx.msg.message_id,
        )
    numbers = "、#".join(str(t.number) for t in recent)
    text = say("report.community_set", numbers=numbers, community=communities[0])
    return [Reply(text=text, reply_to=ctx.msg.message_id, ticket_ids=[t.id for t in recent])]
