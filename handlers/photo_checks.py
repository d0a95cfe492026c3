"""Can a fix photo be trusted? The checks, each with its threshold in [photos]:

- reused: nearly the same picture as a problem or fix photo of another ticket, received within
  the look-back (last month's photo of the same stairwell sent again, one photo for two jobs);
- own problem: nearly the same picture as the ticket's own problem photo (nothing changed, or the
  inspector's photo cropped and sent back);
- sent back: nearly the same picture as a fix photo of this ticket that the inspector rejected;
- taken before: the camera's EXIF time is before the ticket was registered (said only when the
  photo has EXIF; WeChat strips it from most photos).

The same photo sent for several tickets in one go, by naming them (「#3 #4 已整改」), is allowed:
those tickets are not compared with one another. Nearness is storage.fingerprints' distance.
A flag never blocks: it goes under the review request to the inspector, who decides, and into
the ticket's history.
"""

from __future__ import annotations

from datetime import timedelta

from handlers import format as fmt
from handlers.context import Context
from handlers.templates import say
from storage import photos, tickets
from storage.models import EventKind, Photo, PhotoKind, Ticket


def flags(ctx: Context, ticket: Ticket, photo: Photo, together: frozenset[int]) -> list[str]:
    """What the inspector should know about `photo` as a fix for `ticket` (empty: nothing)."""
    found = []
    if photo.fingerprint is not None:
        earlier = [p for p in photos.of_ticket(ctx.session, ticket.id) if p.id != photo.id and p.fingerprint]
        found += _reused(ctx, ticket, photo.fingerprint, together, earlier)
        found += _own(ctx, ticket, photo, earlier)
    found += _taken_before(ctx, ticket, photo)
    return found


def _reused(
    ctx: Context, ticket: Ticket, fingerprint: bytes, together: frozenset[int], earlier: list[Photo]
) -> list[str]:
    """The nearest photo of another ticket; not one of the files this ticket has as its problem
    photo (a report of two problems with one photo gives both tickets that file: _own says it)."""
    settings = ctx.config.photos
    since = ctx.now - timedelta(days=settings.lookback_days)
    near = ctx.photo_index.near(ctx.session, fingerprint, since, settings.reuse_distance)
    owners = {o.photo_id: o for o in photos.owners(ctx.session, [n.photo_id for n in near])}
    own_problems = {p.sha256 for p in earlier if p.kind == PhotoKind.PROBLEM}
    for candidate in near:
        owner = owners.get(candidate.photo_id)
        if owner is None or owner.ticket_id == ticket.id or owner.ticket_id in together:
            continue
        if owner.sha256 in own_problems:
            continue
        day = fmt.day(owner.received_at, ctx.config.tz)
        return [say("photo_checks.reused", number=owner.ticket_number, kind=say(f"photo_checks.{owner.kind}"), day=day)]
    return []


def _own(ctx: Context, ticket: Ticket, photo: Photo, earlier: list[Photo]) -> list[str]:
    """The ticket's own problem photos, and its fix photos from before its last rejection."""
    settings = ctx.config.photos
    found = []
    problems = [p for p in earlier if p.kind == PhotoKind.PROBLEM]
    if problems and photos.nearest(photo, problems)[1] <= settings.own_problem_distance:
        found.append(say("photo_checks.own_problem"))
    rejected = [e.at for e in tickets.history(ctx.session, ticket.id) if e.kind == EventKind.REJECT]
    sent_back = [p for p in earlier if p.kind == PhotoKind.FIX and rejected and p.received_at < rejected[-1]]
    if sent_back:
        nearest, distance = photos.nearest(photo, sent_back)
        if distance <= settings.reuse_distance:
            found.append(say("photo_checks.sent_back", day=fmt.day(nearest.received_at, ctx.config.tz)))
    return found


def _taken_before(ctx: Context, ticket: Ticket, photo: Photo) -> list[str]:
    tolerance = timedelta(minutes=ctx.config.photos.taken_before_minutes)
    if photo.taken_at is None or photo.taken_at > ticket.created_at - tolerance:
        return []
    tz = ctx.config.tz
    return [
        say(
            "photo_checks.taken_before",
            taken=fmt.moment(photo.taken_at, tz),
            registered=fmt.moment(ticket.created_at, tz),
        )
    ]
