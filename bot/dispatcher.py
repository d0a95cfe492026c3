"""Routes one incoming message: de-duplicate, find group and sender, read it, hand it to a handler,
and put the replies in the outbox — all in one transaction, so a crash leaves nothing half-done."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import Session

from bot.config import Config
from handlers import admin, query, rectify, report, review
from handlers.context import Context
from handlers.messages import Incoming, Reply
from handlers.parsing import ParseContext, Parser
from handlers.parsing.intents import Kind, classify, strip_address
from handlers.roles import COORDINATOR
from handlers.templates import say
from handlers.worktime import WorkCalendar
from storage import inbound, outbox
from storage.db import Database, DatabaseUnavailable
from storage.directory import Directory

log = logging.getLogger("xiuhua.dispatch")


class Dispatcher:
    def __init__(self, config: Config, db: Database, parser: Parser) -> None:
        self.config = config
        self.db = db
        self.parser = parser
        self.directory = Directory()
        self.calendar = WorkCalendar.from_config(config)

    def handle(self, msg: Incoming) -> list[int]:
        """Handles a message and returns the ids of the outbox rows it produced (already committed)."""
        return self.handle_batch([msg])

    def handle_batch(self, messages: list[Incoming]) -> list[int]:
        """Handles messages in order in one transaction (see bot.inbox). If any of them fails, the
        batch is rolled back and its messages handled one per transaction, so one bad message
        costs only itself; alone, its error is raised."""
        try:
            rows = self.db.run(lambda session: self._handle_all(session, messages))
        except DatabaseUnavailable:
            raise
        except Exception:
            if len(messages) == 1:
                raise
            log.warning("a batch of %d messages failed; handling them one by one", len(messages))
            return self._one_by_one(messages)
        self.directory.commit()
        return rows

    def _handle_all(self, session: Session, messages: list[Incoming]) -> list[int]:
        self.directory.begin(session)
        rows = []
        for msg in messages:
            rows += self._handle(session, msg)
            session.flush()
        return rows

    def _one_by_one(self, messages: list[Incoming]) -> list[int]:
        rows = []
        for msg in messages:
            try:
                rows += self.handle(msg)
            except DatabaseUnavailable:
                raise
            except Exception:
                log.exception("message %s could not be handled", msg.message_id)
        return rows

    def _handle(self, session: Session, msg: Incoming) -> list[int]:
        """One message's part of the transaction; the ORM changes it makes are flushed before the
        next message is read, whose statements may go straight to the driver."""
        digest = inbound.text_hash(msg.image if msg.image is not None else msg.text)
        window = timedelta(seconds=self.config.conversation.redelivery_window_seconds)
        if not inbound.first_delivery(
            session, msg.platform, msg.message_id, msg.group_id, msg.sender_id, digest, msg.at, window
        ):
            log.info("duplicate delivery ignored: %s", msg.message_id)
            return []
        directory = self.directory
        group = directory.group(session, msg.platform, msg.group_id, msg.group_name, msg.at)
        member = directory.member(session, msg.platform, msg.sender_id, msg.sender_name, msg.at)
        ctx = Context(
            session=session,
            msg=msg,
            config=self.config,
            parser=self.parser,
            directory=directory,
            calendar=self.calendar,
            group=group,
            member=member,
            roles=directory.roles(session, group.id, member.id),
            coordinator_anywhere=directory.coordinator_anywhere(session, member.id, COORDINATOR),
        )
        replies = self._route(ctx)
        rows = [
            outbox.enqueue(
                session,
                msg.platform,
                reply.group_id or msg.group_id,
                reply.text,
                msg.at,
                mentions=reply.mentions,
                file_name=reply.file.name if reply.file else None,
                file_path=reply.file.path if reply.file else None,
                reply_to=reply.reply_to,
                ticket_ids=reply.ticket_ids,
            )
            for reply in replies
            if reply.text or reply.file
        ]
        log.info("message %s from %s in %s handled: %d replies", msg.message_id, msg.sender_id, msg.group_id, len(rows))
        return rows

    def _route(self, ctx: Context) -> list[Reply]:
        msg = ctx.msg
        listening = ctx.group.listening or msg.private
        if msg.private and not ctx.coordinator_anywhere:
            return []
        if msg.image is not None:
            return rectify.handle_photo(ctx, msg.image) if listening and not msg.private else []
        text, addressed = strip_address(msg.text, self.config.bot.name)
        addressed = addressed or msg.mentions_bot or msg.private
        parsed = self.parser.analyse(text, msg.at, ParseContext(default_community=ctx.group.community))
        quoted = bool(msg.quote_id or msg.quote_text)
        fixed = not parsed.reports and self.parser.looks_fixed(parsed)
        intent = classify(text, addressed, quoted, bool(parsed.reports), fixed)
        if msg.private and intent.kind != Kind.QUERY:
            return [Reply(text=say("query.short_help"))] if addressed else []
        if not listening and not (intent.kind == Kind.ADMIN and intent.command == "bind" and ctx.can_admin()):
            return []
        if intent.kind == Kind.ADMIN:
            return admin.handle(ctx, intent.command or "", intent.numbers, intent.argument)
        if intent.kind == Kind.REVIEW:
            return review.handle(ctx, intent.numbers, intent.verdict or "approve", intent.argument)
        if intent.kind == Kind.QUERY:
            return query.handle(ctx, intent.command or "help", intent.numbers, intent.argument)
        if intent.kind == Kind.REPORT:
            return report.handle(ctx, parsed.reports, parsed.truncated) if ctx.can_report() else []
        hints = self.parser.hints(parsed)
        if intent.kind == Kind.RECTIFY:
            return rectify.handle_claim(ctx, intent.numbers, hints)
        filled = report.fill_community(ctx, hints.communities)
        if filled:
            return filled
        return [Reply(text=say("query.short_help"), reply_to=msg.message_id)] if addressed else []
