"""Problem photos (整改前): who sends what.

An inspector reporting a problem usually sends a photo of it too, just before or just after the
text (WeChat photos carry no caption). Those photos belong to the report's tickets as problem
photos; they are not the fix, and they are what a fix photo is later compared against. The rule,
within the photo window ([conversation] photo_window_minutes):

- photos a member sends *before* a report, not yet given to any ticket, become problem photos of
  the tickets that report created or joined;
- a photo a member sends *after* a report, while its tickets are still active, is a problem photo
  of them (quoting one of them narrows it to that one) — whatever the sender's role, since the
  reporter is the one who saw the problem; a fix by the reporter arrives later than that;
- any other photo is a fix photo (handlers.commands.rectify): from the responsible staff, from
  anyone after the window, or quoting a ticket that the sender did not just report.

Problem photos are recorded quietly (no reply each; one photo at a time is how WeChat sends them):
the report's reply counts those that came first, and 「@绣花 #12」, the web chat panel and the
ledger show them.
"""

from __future__ import annotations

from datetime import timedelta

from handlers import matching
from handlers.context import Context
from handlers.templates import say
from storage import lifecycle, photos, tickets
from storage.models import EventKind, Photo, PhotoKind, Ticket

REPORTED = (EventKind.CREATED, EventKind.DUPLICATE)


def window(ctx: Context) -> timedelta:
    return timedelta(minutes=ctx.config.conversation.photo_window_minutes)


def just_reported(ctx: Context) -> list[Ticket]:
    """The tickets a photo from this sender now documents: those of their report within the window
    (or the quoted ones among them); none when the photo is not a problem photo."""
    recent = tickets.of_latest_message(ctx.session, ctx.group.id, ctx.member.id, REPORTED, ctx.now - window(ctx))
    if not recent:
        return []
    quoted = matching.quoted(ctx)
    if quoted and not {t.id for t in quoted} <= {t.id for t in recent}:
        return []
    return quoted or recent


def add(ctx: Context, documented: list[Ticket], waiting: list[Photo]) -> None:
    """Gives the photos to each ticket as problem photos, with a step in its history."""
    for ticket in documented:
        for photo in photos.attach(ctx.session, waiting, ticket.id, PhotoKind.PROBLEM):
            tickets.link_message(
                ctx.session, ctx.platform, photo.message_id or ctx.msg.message_id, ticket.id, EventKind.PROBLEM_PHOTO
            )
        note = say("notes.photos", count=len(waiting))
        lifecycle.record(ctx.session, ticket, EventKind.PROBLEM_PHOTO, ctx.now, ctx.member.id, note, ctx.msg.message_id)
