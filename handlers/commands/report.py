"""Reports become tickets: one per problem, a duplicate joins the open ticket, one short reply per message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from handlers import format as fmt
from handlers import problem_photos
from handlers.context import Context
from handlers.deadlines import default_deadline
from handlers.mentions import mention_ids, mention_names, responsible_members
from handlers.messages import Reply
from handlers.parsing import Report
from handlers.registry import Kind, Permission, command
from handlers.reminders.planning import replan
from handlers.templates import say
from storage import lifecycle, photos, tickets
from storage.models import EventKind, Ticket

CONTEXT_REPLY_WINDOW = timedelta(minutes=30)


@command("report", Kind.REPORT, permission=Permission.REPORT)
def report(ctx: Context) -> list[Reply]:
    done = register(ctx, ctx.parsed.reports, ctx.msg.message_id, ctx.msg.text)
    waiting = photos.pending(ctx.session, ctx.group.id, ctx.member.id, ctx.now - problem_photos.window(ctx))
    if waiting:
        problem_photos.add(ctx, [*done.created, *done.joined], waiting)
    return [reply(ctx, done, ctx.parsed.truncated, len(waiting))]


@dataclass
class Registered:
    created: list[Ticket] = field(default_factory=list)
    joined: list[Ticket] = field(default_factory=list)
    """Open tickets of the same problem that a report joined instead."""
    past_deadline: list[Ticket] = field(default_factory=list)
    """Created tickets whose stated deadline had already passed, so they got the category's default."""


def register(ctx: Context, found: list[Report], source: str, said: str) -> Registered:
    """The tickets of a message's reports. `source` is the message they come from (the one being
    handled, or the one quoted by 登记), `said` its text."""
    done = Registered()
    for item in found:
        fresh = {ticket.id for ticket in done.created}
        ticket, new = _register(ctx, item, item.community or ctx.group.community, source, said, fresh)
        (done.created if new else done.joined).append(ticket)
        if new and item.deadline is not None and item.deadline <= ctx.now:
            done.past_deadline.append(ticket)
    return done


def _register(
    ctx: Context, found: Report, community: str | None, source: str, said: str, fresh: set[int]
) -> tuple[Ticket, bool]:
    """A new ticket, or (not new) the open ticket of the same problem that this report joins. A ticket the
    same message has just created (`fresh`) is never joined: the parser read two problems there (「路灯不亮，
    井盖也松了」 at one building)."""
    session = ctx.session
    tickets.lock_group_reports(session, ctx.group.id)
    existing = tickets.duplicate_of(
        session, ctx.group.id, found.category, community, found.building, found.unit, found.floor, found.spot
    )
    if existing is not None and existing.id not in fresh:
        lifecycle.record(session, existing, EventKind.DUPLICATE, ctx.now, ctx.member.id, found.description, source)
        tickets.link_message(session, ctx.platform, source, existing.id, EventKind.DUPLICATE)
        return existing, False
    category = ctx.parser.taxonomy.get(found.category)
    parties = list(found.responsible) or list(category.responsible if category else ())
    stated = found.deadline if found.deadline is not None and found.deadline > ctx.now else None
    deadline = stated or default_deadline(ctx.calendar, category, ctx.now)
    fields = dict(
        category=found.category,
        community=community,
        building=found.building,
        unit=found.unit,
        floor=found.floor,
        spot=found.spot,
        description=found.description or said,
        reporter_id=ctx.member.id,
        responsible=parties,
        responsible_member_ids=responsible_members(ctx, parties),
        deadline=deadline,
        group_id=ctx.group.id,
        source_message_id=source,
    )
    ticket = lifecycle.open_ticket(session, fields, ctx.now, ctx.member.id)
    replan(session, ticket, ctx.config, ctx.now, fresh=True)
    return ticket, True


def reply(ctx: Context, done: Registered, truncated: bool, problem_photos: int) -> Reply:
    """One reply per message. A deadline already past when said (「今天下班前」 at 22:44) is not kept: the
    ticket would be born overdue, so it gets the category's default and the reply says which."""
    created, joined = done.created, done.joined
    tz = ctx.config.tz
    lines = []
    if created:
        lines.append(say("report.header", count=len(created)))
        lines.extend(say("report.line", **fmt.summary(t, tz)) for t in created[: fmt.LINES_SHOWN])
        lines.extend(_more(created))
    lines.extend(say("report.duplicate", **fmt.summary(t, tz)) for t in joined[: fmt.LINES_SHOWN])
    lines.extend(_more(joined))
    unplaced = [t for t in created if t.community is None]
    if unplaced:
        lines.append(say("report.ask_community", numbers="、#".join(str(t.number) for t in unplaced)))
    member_ids = list(dict.fromkeys(i for t in created for i in t.responsible_member_ids))
    mentions = mention_ids(ctx, member_ids)
    if created and mentions:
        lines.append(say("report.please_fix", mentions=mention_names(ctx, member_ids)))
    if done.past_deadline:
        numbers = "、#".join(str(t.number) for t in done.past_deadline)
        lines.append(say("report.past_deadline", numbers=numbers, number=done.past_deadline[0].number))
    if problem_photos:
        lines.append(say("report.problem_photos", count=problem_photos))
    if truncated:
        lines.append(say("report.truncated"))
    return ctx.reply("\n".join(lines), [t.id for t in [*created, *joined]], mentions)


def _more(listed: list[Ticket]) -> list[str]:
    """A pasted checklist of a hundred problems is answered with its first lines and the rest's numbers."""
    rest = listed[fmt.LINES_SHOWN :]
    return [say("report.more", count=len(rest), first=rest[0].number, last=rest[-1].number)] if rest else []


@command("complete", Kind.OTHER, help=False)
def complete(ctx: Context) -> list[Reply]:
    """「不好意思，是爱博二村的」: a community named right after a report that lacked one completes it."""
    communities = ctx.parser.hints(ctx.parsed).communities
    if len(communities) != 1:
        return []
    recent = tickets.recent_without_community(ctx.session, ctx.group.id, ctx.member.id, ctx.now - CONTEXT_REPLY_WINDOW)
    if not recent:
        return []
    for ticket in recent:
        ticket.community = communities[0]
        ticket.updated_at = ctx.now
        ctx.session.add(ticket)
        note = say("notes.community", name=communities[0])
        lifecycle.record(ctx.session, ticket, EventKind.EDIT, ctx.now, ctx.member.id, note, ctx.msg.message_id)
    numbers = "、#".join(str(t.number) for t in recent)
    text = say("report.community_set", numbers=numbers, community=communities[0])
    return [ctx.reply(text, [t.id for t in recent])]
