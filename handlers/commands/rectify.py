"""Rectification: photos and 「已整改」 from responsible staff, matched to a ticket, which then awaits review.

WeChat photos carry no caption, so a photo and the text explaining it arrive as separate messages,
in either order: unmatched photos wait (in the database) for the sender's next explaining text,
and a text claim without photos waits for the sender's next photos, both within a window.
"""

from __future__ import annotations

from datetime import timedelta

from handlers import matching
from handlers.context import Context
from handlers.format import place
from handlers.mentions import mention_ids, mention_names
from handlers.messages import Reply
from handlers.parsing.parser import Hints
from handlers.permissions import review_refusal, roles_for
from handlers.registry import Kind, Permission, command
from handlers.reminders.planning import replan
from handlers.roles import INSPECTOR
from handlers.templates import say
from storage import lifecycle, photos, tickets
from storage.models import EventKind, Photo, Ticket, TicketStatus

CANDIDATES_SHOWN = 5


def window(ctx: Context) -> timedelta:
    return timedelta(minutes=ctx.config.conversation.photo_window_minutes)


@command("photo", Kind.PHOTO, help=False)
def photo(ctx: Context) -> list[Reply]:
    """A photo is checked and stored, then attached to the ticket it is evidence for (if one is clear)."""
    try:
        checked = photos.check(ctx.msg.image or b"")
    except photos.BadPhoto as bad:
        reason = say(f"rectify.{bad.reason}", limit=_limit(bad.reason))
        return [ctx.reply(say("rectify.bad_photo", reason=reason))]
    stored = photos.store(
        ctx.session, checked, ctx.photos_dir, ctx.now, ctx.member.id, ctx.group.id, ctx.msg.message_id
    )
    target = _target_for_photo(ctx)
    if target is None:
        return []
    return [_attach(ctx, target, [stored])]


def _limit(reason: str) -> int:
    return {"too_big": photos.MAX_BYTES // (1024 * 1024), "too_many_pixels": photos.MAX_PIXELS // 1_000_000}.get(
        reason, 0
    )


def _target_for_photo(ctx: Context) -> Ticket | None:
    """A quoted ticket, else the ticket the sender just said was fixed, else the sender's only open one."""
    active = [t for t in matching.quoted(ctx) if lifecycle.is_active(t)]
    if len(active) == 1:
        return active[0]
    claim = tickets.latest_event(ctx.session, ctx.group.id, ctx.member.id, EventKind.CLAIM, ctx.now - window(ctx))
    if claim is not None:
        ticket = ctx.session.get(Ticket, claim.ticket_id)
        if ticket is not None and lifecycle.is_active(ticket):
            return ticket
    own = matching.senders_own(ctx, tickets.active(ctx.session, [ctx.group.id]))
    return own[0] if len(own) == 1 else None


@command("fix", Kind.RECTIFY)
def fix(ctx: Context) -> list[Reply]:
    """「14号楼已清理」「#12 已整改」: the tickets meant get the sender's recent photos, or wait for them."""
    numbers = ctx.intent.numbers
    found = _claimed(ctx, numbers, ctx.parser.hints(ctx.parsed))
    if isinstance(found, Reply):
        return [found]
    if not found:
        return []
    if len(found) > 1 and not numbers:
        return [_ask_which(ctx, found)]
    pending = photos.pending(ctx.session, ctx.group.id, ctx.member.id, ctx.now - window(ctx))
    replies = []
    for ticket in found:
        if pending:
            replies.append(_attach(ctx, ticket, _copies(ctx, pending, ticket)))
        elif ticket.status == TicketStatus.OPEN:
            lifecycle.record(
                ctx.session, ticket, EventKind.CLAIM, ctx.now, ctx.member.id, ctx.msg.text, ctx.msg.message_id
            )
            tickets.link_message(ctx.session, ctx.platform, ctx.msg.message_id, ticket.id, EventKind.CLAIM)
            replies.append(ctx.reply(say("rectify.need_photo", number=ticket.number), [ticket.id]))
    return replies


def _claimed(ctx: Context, numbers: list[int], hints: Hints) -> list[Ticket] | Reply:
    quoted = matching.quoted(ctx)
    if quoted:
        return quoted
    if numbers:
        match = matching.by_numbers(ctx, numbers)
        if match.error:
            return ctx.reply(match.error)
        return match.tickets
    active = tickets.active(ctx.session, [ctx.group.id])
    by_place = matching.by_place(active, hints)
    if by_place:
        return by_place
    own = matching.senders_own(ctx, active)
    if own:
        return own
    return active


def _ask_which(ctx: Context, candidates: list[Ticket]) -> Reply:
    shown = candidates[:CANDIDATES_SHOWN]
    listing = "；".join(f"#{t.number} {t.category} {place(t)}" for t in shown)
    return ctx.reply(say("rectify.ambiguous", candidates=listing, example=shown[0].number), [t.id for t in shown])


def _copies(ctx: Context, pending: list[Photo], ticket: Ticket) -> list[Photo]:
    """Pending photos go to the ticket; for a second ticket named in the same claim, linked copies."""
    attached = []
    for waiting in pending:
        if waiting.ticket_id is None:
            waiting.ticket_id = ticket.id
            ctx.session.add(waiting)
            attached.append(waiting)
        else:
            copy = Photo(**waiting.model_dump(exclude={"id", "ticket_id"}), ticket_id=ticket.id)
            ctx.session.add(copy)
            attached.append(copy)
    return attached


def _attach(ctx: Context, ticket: Ticket, new_photos: list[Photo]) -> Reply:
    for added in new_photos:
        added.ticket_id = ticket.id
        ctx.session.add(added)
        tickets.link_message(
            ctx.session, ctx.platform, added.message_id or ctx.msg.message_id, ticket.id, EventKind.PHOTO
        )
    ctx.session.flush()
    count = len(photos.of_ticket(ctx.session, ticket.id))
    note = say("notes.photos", count=len(new_photos))
    if ticket.status != TicketStatus.OPEN:
        lifecycle.record(ctx.session, ticket, EventKind.PHOTO, ctx.now, ctx.member.id, note, ctx.msg.message_id)
        return ctx.reply(say("rectify.photo_added", number=ticket.number, photos=len(new_photos)), [ticket.id])
    lifecycle.apply(ctx.session, ticket, EventKind.SUBMIT, ctx.now, ctx.member.id, note, ctx.msg.message_id)
    auto_close = ctx.config.conversation.auto_close_on_photo
    if auto_close:
        lifecycle.apply(ctx.session, ticket, EventKind.APPROVE, ctx.now, None, "auto", ctx.msg.message_id)
    replan(ctx.session, ticket, ctx.config, ctx.now)
    if auto_close:
        return ctx.reply(say("rectify.closed_auto", number=ticket.number, photos=count), [ticket.id])
    reviewers = _reviewers(ctx, ticket)
    mentions = mention_names(ctx, reviewers) or say("roles.inspector")
    return ctx.reply(
        say("rectify.submitted", number=ticket.number, photos=count, mentions=mentions),
        [ticket.id],
        mention_ids(ctx, reviewers),
    )


def _reviewers(ctx: Context, ticket: Ticket) -> list[int]:
    """Who is asked to review: the reporter if they may, else the group's reviewers who may."""
    reviewer_roles = roles_for(ctx, Permission.REVIEW) or [INSPECTOR]
    candidates = [ticket.reporter_id] if ticket.reporter_id is not None else []
    candidates += [m.id for m in ctx.directory.holders(ctx.session, ticket.group_id, reviewer_roles)]
    may = [m for m in dict.fromkeys(candidates) if review_refusal(ctx, ticket, m) is None]
    return may[:1] if may and may[0] == ticket.reporter_id else may
