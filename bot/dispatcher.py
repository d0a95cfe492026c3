"""Handles incoming messages: de-duplicate, find group and sender, let handlers.routing answer, and
put the replies in the outbox — all in one transaction, so a crash leaves nothing half-done."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import Session

from bot.config import Config
from handlers import routing
from handlers.context import Context
from handlers.messages import Incoming
from handlers.parsing import Parser
from handlers.roles import COORDINATOR
from handlers.worktime import WorkCalendar
from storage import directory, inbound, outbox
from storage.db import Database, DatabaseUnavailable
from storage.directory import Directory
from storage.photo_index import PhotoIndex

log = logging.getLogger("xiuhua.dispatch")


class Dispatcher:
    def __init__(self, config: Config, db: Database, parser: Parser) -> None:
        self.config = config
        self.db = db
        self.parser = parser
        self.directory = Directory()
        self.calendar = WorkCalendar.from_config(config)
        self.photo_index = PhotoIndex()

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
        if self.directory.begin(session):
            self._learn_communities(session)
        rows = []
        for msg in messages:
            rows += self._handle(session, msg)
            session.flush()
        return rows

    def _learn_communities(self, session: Session) -> None:
        """The parser knows every community in the database: bound by any process, and only once
        the binding has committed (the directory's version moves on commit)."""
        for name in directory.community_names(session):
            self.parser.add_community(name)

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
        cache = self.directory
        group = cache.group(session, msg.platform, msg.group_id, msg.group_name, msg.at)
        member = cache.member(session, msg.platform, msg.sender_id, msg.sender_name, msg.at)
        ctx = Context(
            session=session,
            msg=msg,
            config=self.config,
            parser=self.parser,
            directory=cache,
            group=group,
            member=member,
            calendar=self.calendar,
            photo_index=self.photo_index,
            roles=cache.roles(session, group.id, member.id),
            coordinator_anywhere=cache.coordinator_anywhere(session, member.id, COORDINATOR),
        )
        replies = routing.respond(ctx)
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
