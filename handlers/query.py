"""Questions to the bot: progress, overdue, one ticket, statistics, the ledger file, the weekly chart, help."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from handlers import chart, ledger, matching
from handlers import format as fmt
from handlers.context import Context
from handlers.messages import OutFile, Reply
from handlers.stats import BadPeriod, Stats, compute, period
from handlers.templates import say
from storage import lifecycle, tickets
from storage.models import Ticket


def handle(ctx: Context, command: str, numbers: list[int], argument: str) -> list[Reply]:
    answer = {
        "help": _help,
        "open": _open,
        "overdue": _overdue,
        "ticket": _detail,
        "stats": _stats,
        "ledger": _ledger,
        "weekly": _weekly,
    }[command]
    try:
        return [answer(ctx, numbers, argument)]
    except BadPeriod as exc:
        return [_reply(ctx, say("query.bad_period", written=exc.written))]


def _scope(ctx: Context) -> tuple[list[int] | None, str]:
    if ctx.sees_all_groups():
        return None, say("query.all_groups")
    return [ctx.group.id], say("query.this_group")


def _reply(ctx: Context, text: str, file: OutFile | None = None, ticket_ids: list[int] | None = None) -> Reply:
    return Reply(text=text, file=file, reply_to=ctx.msg.message_id, ticket_ids=ticket_ids or [])


def _help(ctx: Context, numbers: list[int], argument: str) -> Reply:
    return _reply(ctx, say("query.help", bot=ctx.config.bot.name))


def _line(ctx: Context, ticket: Ticket) -> str:
    late = ""
    if lifecycle.is_overdue(ticket, ctx.now):
        late = say("query.late", duration=fmt.duration(ctx.now - ticket.deadline))
    return say(
        "query.line",
        number=ticket.number,
        category=ticket.category,
        place=fmt.place(ticket),
        status=fmt.status(ticket),
        deadline=fmt.moment(ticket.deadline, ctx.config.tz),
        late=late,
    )


def _listing(ctx: Context, found: list[Ticket], header: str, empty: str, scope: str) -> Reply:
    if not found:
        return _reply(ctx, say(empty, scope=scope))
    lines = [say(header, scope=scope, count=len(found))]
    lines.extend(_line(ctx, t) for t in found[: fmt.LINES_SHOWN])
    if len(found) > fmt.LINES_SHOWN:
        lines.append(say("query.more", count=len(found) - fmt.LINES_SHOWN))
    return _reply(ctx, "\n".join(lines), ticket_ids=[t.id for t in found[: fmt.LINES_SHOWN]])


def _open(ctx: Context, numbers: list[int], argument: str) -> Reply:
    groups, scope = _scope(ctx)
    return _listing(ctx, tickets.active(ctx.session, groups), "query.open_header", "query.none_open", scope)


def _overdue(ctx: Context, numbers: list[int], argument: str) -> Reply:
    groups, scope = _scope(ctx)
    found = tickets.overdue(ctx.session, ctx.now, groups)
    return _listing(ctx, found, "query.overdue_header", "query.none_overdue", scope)


def _detail(ctx: Context, numbers: list[int], argument: str) -> Reply:
    match = matching.by_numbers(ctx, numbers[:1], across_groups=ctx.sees_all_groups())
    if match.error:
        return _reply(ctx, match.error)
    ticket = match.tickets[0]
    tz = ctx.config.tz
    lines = [
        say(
            "query.detail_header",
            number=ticket.number,
            category=ticket.category,
            place=fmt.place(ticket),
            status=fmt.status(ticket),
            responsible=fmt.responsible(ticket),
            deadline=fmt.moment(ticket.deadline, tz),
            description=ticket.description,
        )
    ]
    events = tickets.history(ctx.session, ticket.id)
    people = ctx.directory.people(ctx.session, {e.actor_id for e in events if e.actor_id is not None})
    for event in events:
        actor = people[event.actor_id].display_name if event.actor_id in people else ctx.config.bot.name
        action = say(f"actions.{event.kind}") if event.kind in _ACTION_WORDS else say(f"events.{event.kind}")
        note = f"：{event.note}" if event.note and event.kind not in ("created", "duplicate") else ""
        lines.append(
            say(
                "query.detail_event",
                at=event.at.astimezone(tz).strftime("%m-%d %H:%M"),
                actor=actor,
                action=action,
                note=note,
            )
        )
    return _reply(ctx, "\n".join(lines), ticket_ids=[ticket.id])


_ACTION_WORDS = {"submit", "approve", "reject", "cancel", "reopen"}


@dataclass
class Period:
    """The tickets registered in a named period, with the words that describe it."""

    scope: str
    label: str
    start: str
    end: str
    tickets: list[Ticket]


def period_tickets(
    session: Session, groups: list[int] | None, scope: str, argument: str, now: datetime, tz: ZoneInfo
) -> Period:
    label, start, end = period(argument, now)
    found = tickets.created_between(session, start, end, groups)
    last = (end - timedelta(days=1)).astimezone(tz)
    return Period(scope, label, f"{start:%m.%d}", f"{last:%m.%d}", found)


def _period_tickets(ctx: Context, argument: str) -> Period:
    groups, scope = _scope(ctx)
    return period_tickets(ctx.session, groups, scope, argument, ctx.now, ctx.config.tz)


def weekly_report(chosen: Period, now: datetime, files_dir: Path) -> tuple[str, OutFile]:
    """The statistics text and the PNG chart of a period (the 周报, asked for or sent on Mondays)."""
    stats = compute(chosen.tickets, now)
    name = say("chart.file", scope=chosen.scope, period=chosen.label, stamp=f"{now:%Y%m%d%H%M%S}")
    title = f"{chosen.scope}{chosen.label}（{chosen.start}–{chosen.end}）"
    path = chart.draw(files_dir / name, title, stats)
    text = say("query.weekly", scope=chosen.scope, period=chosen.label) + "\n" + stats_text(chosen, stats)
    return text, OutFile(name, str(path), image=True)


def stats_text(chosen: Period, stats: Stats) -> str:
    lines = [
        say(
            "query.stats_header",
            scope=chosen.scope,
            period=chosen.label,
            start=chosen.start,
            end=chosen.end,
            total=stats.total,
            closed=stats.closed,
            open=stats.open,
            overdue=stats.overdue,
        ),
        say(
            "query.stats_rates",
            close_rate=fmt.percent(stats.closed, stats.total),
            on_time_rate=fmt.percent(stats.on_time, stats.total),
            rework_rate=fmt.percent(stats.reworked, stats.total),
            median=say("time.median_hours", hours=stats.median_hours) if stats.median_hours is not None else "—",
        ),
        say(
            "query.stats_by",
            title=say("query.by_category"),
            items="，".join(f"{k}{v}" for k, v in stats.by_category.most_common(8)),
        ),
        say(
            "query.stats_by",
            title=say("query.by_community"),
            items="，".join(f"{k}{v}" for k, v in stats.by_community.most_common(8)),
        ),
        say(
            "query.stats_by",
            title=say("query.by_party"),
            items="，".join(
                say("stats.party_item", party=k, total=p.total, rate=fmt.percent(p.on_time, p.total))
                for k, p in sorted(stats.by_party.items(), key=lambda kv: -kv[1].total)
            ),
        ),
    ]
    return "\n".join(lines)


def _stats(ctx: Context, numbers: list[int], argument: str) -> Reply:
    chosen = _period_tickets(ctx, argument)
    stats = compute(chosen.tickets, ctx.now)
    if not stats.total:
        return _reply(ctx, say("query.no_tickets", scope=chosen.scope, period=chosen.label))
    return _reply(ctx, stats_text(chosen, stats))


def _ledger(ctx: Context, numbers: list[int], argument: str) -> Reply:
    chosen = _period_tickets(ctx, argument)
    path = write_ledger(ctx.session, chosen, ctx.now, ctx.config.tz, ctx.files_dir)
    text = say("query.ledger", scope=chosen.scope, period=chosen.label, count=len(chosen.tickets))
    return _reply(ctx, text, OutFile(path.name, str(path)))


def write_ledger(session: Session, chosen: Period, now: datetime, tz: ZoneInfo, files_dir: Path) -> Path:
    path = files_dir / say("ledger.file", scope=chosen.scope, period=chosen.label, stamp=f"{now:%Y%m%d%H%M%S}")
    counts = tickets.photo_counts(session, [t.id for t in chosen.tickets])
    title = say("ledger.heading", scope=chosen.scope, period=chosen.label, start=chosen.start, end=chosen.end)
    return ledger.write(path, title, chosen.tickets, counts, now, tz)


def _weekly(ctx: Context, numbers: list[int], argument: str) -> Reply:
    text, file = weekly_report(_period_tickets(ctx, argument), ctx.now, ctx.files_dir)
    return _reply(ctx, text, file)
