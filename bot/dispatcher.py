"""Handles incoming messages: de-duplicate, find group and sender, let handlers.routing answer, and
put the replies in the outbox — all in one transaction, so a crash leaves nothing half-done.

A message whose handling fails for any other reason than the storage (a bug, a photo that cannot be
read back) is not lost: it is held in the database, with its photo in the data folder, retried with
backoff, and after the last attempt counted in the coordinators' digest.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from pathlib import Path

from sqlmodel import Session

from bot.config import Config
from bot.transports.base import Journal
from handlers import routing
from handlers.context import Context
from handlers.messages import Incoming, Reply
from handlers.parsing import Parser
from handlers.roles import COORDINATOR
from handlers.worktime import WorkCalendar
from storage import directory, held, inbound, outbox
from storage.db import Database, DiskUnavailable, StorageUnavailable
from storage.directory import Directory
from storage.photo_index import PhotoIndex

log = logging.getLogger("xiuhua.dispatch")
MAX_ATTEMPTS = 5


class Dispatcher:
    def __init__(self, config: Config, db: Database, parser: Parser, journal: Journal | None = None) -> None:
        self.config = config
        self.db = db
        self.parser = parser
        self.journal = journal
        self.directory = Directory()
        self.calendar = WorkCalendar.from_config(config)
        self.photo_index = PhotoIndex()

    @property
    def held_dir(self) -> Path:
        return self.config.bot.data_dir / "held"

    def handle(self, msg: Incoming) -> list[int]:
        """Handles one message in its own transaction and returns the ids of the outbox rows it
        produced; any error is raised (replays and tests want to see it)."""
        rows = self.db.run(lambda session: self._handle_all(session, [msg]))
        self.directory.commit()
        return rows

    def handle_batch(self, messages: list[Incoming], patience: float | None = None) -> list[int]:
        """Handles messages in order in one transaction (see bot.inbox). If any of them fails, the
        batch is rolled back and its messages handled one per transaction: one that fails again
        is held for a retry, so one bad message costs only itself. Raises StorageUnavailable when
        the messages could not be stored at all (nothing of them is then committed)."""
        try:
            rows = self.db.run(lambda session: self._handle_all(session, messages), patience)
        except StorageUnavailable:
            raise
        except Exception:
            if len(messages) > 1:
                log.warning("a batch of %d messages failed; handling them one by one", len(messages))
            return [row for msg in messages for row in self._handle_or_hold(msg, patience)]
        self.directory.commit()
        return rows

    def _handle_or_hold(self, msg: Incoming, patience: float | None) -> list[int]:
        try:
            rows = self.db.run(lambda session: self._handle_all(session, [msg]), patience)
        except StorageUnavailable:
            raise
        except Exception as error:
            log.exception("message %s could not be handled; held for a retry", msg.message_id)
            self._hold(msg, error, patience)
            return []
        self.directory.commit()
        return rows

    def _hold(self, msg: Incoming, error: Exception, patience: float | None) -> None:
        payload = msg.payload()
        if msg.image is not None:
            payload["image_path"] = str(self._keep_image(msg))
        retry_at = msg.at + held.backoff(1)

        def work(session: Session) -> None:
            if self.journal is not None:
                self.journal.incoming(session, msg)
            held.hold(session, msg.platform, msg.message_id, msg.group_id, payload, msg.at, repr(error), retry_at)

        self.db.run(work, patience)

    def _keep_image(self, msg: Incoming) -> Path:
        name = hashlib.sha256(f"{msg.platform}:{msg.message_id}".encode()).hexdigest()
        path = self.held_dir / f"{name}.bin"
        try:
            self.held_dir.mkdir(parents=True, exist_ok=True)
            path.write_bytes(msg.image or b"")
        except OSError as exc:
            path.unlink(missing_ok=True)
            raise DiskUnavailable(f"cannot keep a photo to retry: {exc.strerror}") from exc
        return path

    def retry_held(self, now, limit: int = 20) -> int:
        """Handles again the held messages that are due; returns how many went through."""
        done = 0
        for row in self.db.run(lambda session: held.due(session, now, limit)):
            image_path = row.payload.get("image_path")
            payload = {k: v for k, v in row.payload.items() if k != "image_path"}
            image = Path(str(image_path)).read_bytes() if image_path and Path(str(image_path)).exists() else None
            msg = Incoming.from_payload(payload, image)
            try:
                self.db.run(lambda session, m=msg: self._handle_all(session, [m], retry=True))
            except StorageUnavailable:
                raise
            except Exception as error:
                self._retry_failed(row.id, msg, error, now, row.attempts + 1)
                continue
            self.directory.commit()
            if image_path:
                Path(str(image_path)).unlink(missing_ok=True)
            done += 1
        return done

    def _retry_failed(self, held_id: int, msg: Incoming, error: Exception, now, attempts: int) -> None:
        last = attempts >= MAX_ATTEMPTS
        log.log(
            logging.ERROR if last else logging.WARNING,
            "held message %s failed again (attempt %d of %d)%s",
            msg.message_id,
            attempts,
            MAX_ATTEMPTS,
            "; given up, counted in the coordinators' digest" if last else "",
        )

        def work(session: Session) -> None:
            held.hold(
                session,
                msg.platform,
                msg.message_id,
                msg.group_id,
                {},
                msg.at,
                repr(error),
                now + held.backoff(attempts),
            )
            if last:
                held.give_up(session, held_id)

        self.db.run(work)

    def _handle_all(self, session: Session, messages: list[Incoming], retry: bool = False) -> list[int]:
        if self.directory.begin(session):
            self._learn_communities(session)
        rows = []
        for msg in messages:
            if retry:
                held.release(session, msg.platform, msg.message_id)
            rows += self._handle(session, msg, journal=not retry)
            session.flush()
        return rows

    def _learn_communities(self, session: Session) -> None:
        """The parser knows every community in the database: bound by any process, and only once
        the binding has committed (the directory's version moves on commit)."""
        for name in directory.community_names(session):
            self.parser.add_community(name)

    def _handle(self, session: Session, msg: Incoming, journal: bool = True) -> list[int]:
        """One message's part of the transaction; the ORM changes it makes are flushed before the
        next message is read, whose statements may go straight to the driver."""
        digest = inbound.text_hash(msg.image if msg.image is not None else msg.text)
        quoted = msg.quote_id or msg.quote_text
        window = timedelta(seconds=self.config.conversation.redelivery_window_seconds)
        if not inbound.first_delivery(
            session,
            msg.platform,
            msg.message_id,
            msg.group_id,
            msg.sender_id,
            digest,
            msg.at,
            window,
            msg.text or None,
            inbound.text_hash(quoted) if quoted else None,
        ):
            log.info("duplicate delivery ignored: %s", msg.message_id)
            return []
        if journal and self.journal is not None:
            self.journal.incoming(session, msg)
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
            cross_group_coordinator=cache.cross_group(session, member.id, COORDINATOR),
        )
        replies = [reply for reply in routing.respond(ctx) if reply.text or reply.file]
        if msg.preface:
            replies.insert(0, Reply(text=msg.preface))
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
        ]
        if self.journal is not None and rows:
            self.journal.replies(session, msg, list(zip(rows, replies, strict=True)))
        log.info("message %s from %s in %s handled: %d replies", msg.message_id, msg.sender_id, msg.group_id, len(rows))
        return rows
