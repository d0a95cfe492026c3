"""Rectification: photos and 「已整改」 from responsible staff, matched to a ticket, which then awaits review.

WeChat photos carry no caption, so a photo and the text explaining it arrive as separate messages,
in either order: unmatched photos wait (in the database) for the sender's next explaining text,
and a text claim without photos waits for the sender's next photos, both within a window. A photo
from the member who just reported a problem is a problem photo instead (handlers.problem_photos).
Every fix photo is checked (handlers.photo_checks); what looks wrong goes under the review request.
"""

from __future__ import annotations

from handlers import matching, photo_checks, problem_photos
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
from storage.models import EventKind, Photo, PhotoKind, Ticket, TicketStatus

CANDIDATES_SHOWN = 5


@command("photo", Kind.PHOTO, help=False)
def photo(ctx: Context) -> list[Reply]:
    """A photo is checked and stored, then attached to the tickets it documents (a problem photo)
    or is evidence for (a fix photo), if they are clear; otherwise it waits for its text."""
    try:
        checked = photos.check(ctx.msg.image or b"")
    except photos.BadPhoto as bad:
        return [ctx.reply(say(f"rectify.{bad.reason}", limit=_limit(bad.reason)))]
    stored = photos.store(
        ctx.session, checked, ctx.photos_dir, ctx.now, ctx.member.id, ctx.group.id, ctx.msg.message_id, ctx.config.tz
    )
    documented = problem_photos.just_reported(ctx)
    if documented:
        problem_photos.add(ctx, documented, [stored])
        return []
    targets = _targets_for_photo(ctx)
    together = frozenset(t.id for t in targets) if len(targets) > 1 else frozenset()
    return [
        _attach(ctx, target, photos.attach(ctx.session, [stored], target.id, PhotoKind.FIX), together)
        for target in targets
    ]


def _limit(reason: str) -> int:
    """The limit a refusal names, in the units its sentence uses (MB; 万 pixels, as people count)."""
    return {"too_big": photos.MAX_BYTES // (1024 * 1024), "too_many_pixels": photos.MAX_PIXELS // 10_000}.get(reason, 0)


def _targets_for_photo(ctx: Context) -> list[Ticket]:
    """A quoted ticket, else the tickets the sender just said were fixed (「#3 #4 已整改」 names
    several), else the sender's only open one; none when it is not clear."""
    active = [t for t in matching.quoted(ctx) if lifecycle.is_active(t)]
    if len(active) == 1:
        return active
    claimed = tickets.of_latest_message(
        ctx.session, ctx.group.id, ctx.member.id, [EventKind.CLAIM], ctx.now - problem_photos.window(ctx)
    )
    if claimed:
        return claimed
    own = matching.senders_own(ctx, tickets.active(ctx.session, [ctx.group.id]))
    return own if len(own) == 1 else []


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
    pending = photos.pending(ctx.session, ctx.group.id, ctx.member.id, ctx.now - problem_photos.window(ctx))
    together = frozenset(t.id for t in found) if len(found) > 1 else frozenset()
    replies = []
    for ticket in found:
        if pending:
            attached = photos.attach(ctx.session, pending, ticket.id, PhotoKind.FIX)
            replies.append(_attach(ctx, ticket, attached, together))
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


def _attach(ctx: Context, ticket: Ticket, new_photos: list[Photo], together: frozenset[int]) -> Reply:
    """Fix photos given to the ticket: it awaits review (or gets more evidence), with the checks'
    flags under the request. `together`: the tickets named with it, which may share the photos."""
    for added in new_photos:
        tickets.link_message(
            ctx.session, ctx.platform, added.message_id or ctx.msg.message_id, ticket.id, EventKind.PHOTO
        )
    count = len(photos.of_ticket(ctx.session, ticket.id, PhotoKind.FIX))
    flags = list(dict.fromkeys(f for added in new_photos for f in photo_checks.flags(ctx, ticket, added, together)))
    reply = _submitted(ctx, ticket, len(new_photos), count)
    for flag in flags:
        lifecycle.record(ctx.session, ticket, EventKind.PHOTO_FLAG, ctx.now, None, flag, ctx.msg.message_id)
    if flags:
        reply.text = "\n".join([reply.text, *(say("photo_checks.line", flag=flag) for flag in flags)])
    return reply


def _submitted(ctx: Context, ticket: Ticket, added: int, count: int) -> Reply:
    note = say("notes.photos", count=added)
    if ticket.status != TicketStatus.OPEN:
        lifecycle.record(ctx.session, ticket, EventKind.PHOTO, ctx.now, ctx.member.id, note, ctx.msg.message_id)
        return ctx.reply(say("rectify.photo_added", number=ticket.number, photos=added), [ticket.id])
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
