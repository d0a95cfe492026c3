"""Which ticket a fix, a verdict or a command is about: by quote, by number, by place, by sender."""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.context import Context
from handlers.messages import Reply
from handlers.parsing.intents import numbers_in
from handlers.parsing.parser import Hints
from handlers.templates import say
from storage import inbound, tickets
from storage.models import Ticket


@dataclass
class Match:
    tickets: list[Ticket] = field(default_factory=list)
    error: str | None = None
    """A reply that explains why nothing matched (an unknown number, another group's ticket)."""


def by_numbers(ctx: Context, numbers: list[int], across_groups: bool = False) -> Match:
    found = []
    for number in numbers:
        ticket = tickets.by_number(ctx.session, number)
        if ticket is None:
            return Match(error=say("errors.unknown_ticket", number=number))
        if ticket.group_id != ctx.group.id and not across_groups:
            return Match(error=say("errors.other_group", number=number))
        found.append(ticket)
    return Match(found)


def quoted(ctx: Context) -> list[Ticket]:
    """Tickets of the quoted message: by its id, else by a #number or a report text inside the quote."""
    msg = ctx.msg
    found: list[Ticket] = []
    if msg.quote_id:
        found = tickets.for_message(ctx.session, ctx.platform, msg.quote_id)
    if not found and msg.quote_text:
        found = [t for n in numbers_in(msg.quote_text) if (t := tickets.by_number(ctx.session, n)) is not None]
    if not found and msg.quote_text:
        source = inbound.message_for_text(ctx.session, ctx.platform, msg.group_id, inbound.text_hash(msg.quote_text))
        if source is not None:
            found = tickets.for_message(ctx.session, ctx.platform, source)
    return [t for t in found if t.group_id == ctx.group.id]


def by_place(candidates: list[Ticket], hints: Hints) -> list[Ticket]:
    """Open tickets agreeing with every kind of hint the text gives (category, building, community)."""
    if not (hints.categories or hints.buildings or hints.communities):
        return []
    return [
        t
        for t in candidates
        if (not hints.categories or t.category in hints.categories)
        and (not hints.buildings or t.building in hints.buildings)
        and (not hints.communities or _same_community(t.community, hints.communities))
    ]


def _same_community(name: str | None, named: list[str]) -> bool:
    return name is not None and any(n.startswith(name) or name.startswith(n) for n in named)


def senders_own(ctx: Context, candidates: list[Ticket]) -> list[Ticket]:
    return [t for t in candidates if ctx.member.id in t.responsible_member_ids]


def one_ticket(ctx: Context, missing: str) -> Ticket | Reply:
    """The ticket an admin command is about: its number (from any group, for a coordinator in their
    group), else the one quoted; else the reply `missing` (a template key) asking which."""
    numbers = ctx.intent.numbers
    if numbers:
        match = by_numbers(ctx, numbers[:1], across_groups=ctx.sees_all_groups())
        return ctx.reply(match.error) if match.error else match.tickets[0]
    found = quoted(ctx)
    if len(found) == 1:
        return found[0]
    return ctx.reply(say(missing))
