"""「@绣花 #12」: one ticket with its whole history (who did what, when)."""

from __future__ import annotations

from handlers import format as fmt
from handlers import matching
from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Intent, Kind, Reading, command
from handlers.templates import say
from storage import tickets
from storage.models import EventKind

QUIET_NOTES = (EventKind.CREATED, EventKind.DUPLICATE)
"""Their note is the report text itself, already shown in the header."""


def _asked_about_a_number(reading: Reading) -> Intent | None:
    if reading.addressed and not reading.is_report and reading.numbers:
        return Intent(Kind.QUERY, "detail", reading.numbers, argument=reading.text)
    return None


@command("detail", Kind.QUERY, _asked_about_a_number, priority=49)
def detail(ctx: Context) -> list[Reply]:
    match = matching.by_numbers(ctx, ctx.intent.numbers[:1], across_groups=ctx.sees_all_groups())
    if match.error:
        return [ctx.reply(match.error)]
    ticket = match.tickets[0]
    tz = ctx.config.tz
    lines = [say("query.detail_header", **fmt.summary(ticket, tz) | {"description": ticket.description})]
    events = tickets.history(ctx.session, ticket.id)
    people = ctx.directory.people(ctx.session, {e.actor_id for e in events if e.actor_id is not None})
    for event in events:
        actor = people[event.actor_id].display_name if event.actor_id in people else ctx.config.bot.name
        note = f"：{event.note}" if event.note and event.kind not in QUIET_NOTES else ""
        at = event.at.astimezone(tz).strftime("%m-%d %H:%M")
        lines.append(say("query.detail_event", at=at, actor=actor, action=say(f"events.{event.kind}"), note=note))
    return [ctx.reply("\n".join(lines), [ticket.id])]
