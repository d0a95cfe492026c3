"""Desk actions (通过, 不合格, 转派, 改期限, 撤销): each is the chat command, said in the ticket's group by
the account's chat member and handled by the chat's own dispatcher (handlers.office.acting says why).

The group first sees who acted at the desk (「陈主任（后台）：#12 不合格：还有纸箱」), then the bot's own
answer: the message's preface, written with the answer in the transaction that handles it, so it comes
first and once on every platform (the web chat shows no line of the member's own for it). The answer is
also shown on the ticket page. The audit log records the action.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from aiohttp import web
from aiohttp_session import get_session
from sqlmodel import Session

from bot.backoffice.office import caller, office_of
from bot.backoffice.pages import render_ticket
from handlers.messages import Incoming
from handlers.office import acting
from handlers.roles import parties
from handlers.templates import say
from storage import audit, ledger_queries, outbox
from storage.audit import AuditAction
from storage.models import ChatGroup

REMOTE_LIMIT = 100


class BadAction(ValueError):
    """The form lacks what the action needs (a reason, a known party, a deadline): its field, whose
    template desk.missing_<field> says what to fill in."""


def command_text(action: str, number: int, form, tz) -> str:
    """The chat command a desk action stands for."""
    if action == "approve":
        return acting.approve(number)
    if action == "reject":
        reason = acting.clean_reason(str(form.get("reason", "")))
        if not reason:
            raise BadAction("reason")
        return acting.reject(number, reason)
    if action == "reassign":
        party = str(form.get("party", ""))
        if party not in parties():
            raise BadAction("party")
        return acting.reassign(number, party)
    if action == "deadline":
        try:
            moment = datetime.strptime(str(form.get("deadline", "")), "%Y-%m-%dT%H:%M").replace(tzinfo=tz)
        except ValueError:
            raise BadAction("deadline") from None
        return acting.new_deadline(number, moment)
    if action == "cancel":
        if form.get("confirm") != "on":
            raise BadAction("confirm")
        return acting.cancel(number, str(form.get("reason", "")))
    raise BadAction("action")


async def act(request: web.Request) -> web.Response:
    office = office_of(request)
    account, scope = caller(request)
    number = int(request.match_info["number"])
    action = request.match_info["action"]
    form = await request.post()
    try:
        text = command_text(action, number, form, office.tz)
    except BadAction as bad:
        return await render_ticket(request, say(f"desk.missing_{bad}"), 400)
    now = office.clock.now()
    message_id = f"desk-{uuid.uuid4().hex[:12]}"
    remote = (request.remote or "")[:REMOTE_LIMIT]

    def prepare(session: Session) -> tuple[Incoming, int] | Literal[False] | None:
        """The message the action is said as, and where its answers start; None: no such ticket here;
        False: the member may not (refused at the desk, so the group hears nothing of it)."""
        ticket = ledger_queries.ticket(session, scope, number)
        if ticket is None:
            return None
        group = session.get(ChatGroup, ticket.group_id)
        if action not in acting.permitted(session, office.config, ticket, acting.standing(session, account, group)):
            return False
        member = acting.speaker(session, account, group, now)
        audit.record(session, AuditAction.DESK_ACTION, now, account.name, account.id, remote, text)
        message = Incoming(
            platform=group.platform,
            group_id=group.platform_id,
            group_name=group.name,
            sender_id=member.platform_id,
            sender_name=member.display_name,
            message_id=message_id,
            at=now,
            text=text,
            preface=acting.said_at_desk(member.display_name, text),
        )
        return message, outbox.last_id(session)

    prepared = await office.run(prepare)
    if prepared is None:
        raise web.HTTPNotFound()
    if prepared is False:
        return await render_ticket(request, say("desk.forbidden", number=number), 403)
    message, before = prepared
    await office.submit(message)
    answers = await office.run(lambda s: outbox.replies(s, message.platform, message_id, before))
    session = await get_session(request)
    session["flash"] = [row.text for row in answers] or [say("desk.no_reply")]
    raise web.HTTPFound(request.app.router["ticket"].url_for(number=str(number)))
