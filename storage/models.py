"""SQLModel tables. Times are timezone-aware (stored as UTC); list-valued fields are JSON."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, LargeBinary, UniqueConstraint
from sqlalchemy.orm import configure_mappers
from sqlmodel import Field, SQLModel

from storage.types import AwareDateTime


def _time(nullable: bool = False, index: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(AwareDateTime(), nullable=nullable, index=index)


class TicketStatus(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"
    CLOSED = "closed"
    CANCELLED = "cancelled"


ACTIVE_STATUSES = (TicketStatus.OPEN, TicketStatus.SUBMITTED)


class EventKind(StrEnum):
    """What a step of a ticket's history was; the first five are the status transitions."""

    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    CANCEL = "cancel"
    REOPEN = "reopen"
    CREATED = "created"
    DUPLICATE = "duplicate"
    CLAIM = "claim"
    PHOTO = "photo"
    RECHECK_OK = "recheck_ok"
    EDIT = "edit"
    REASSIGNED = "reassigned"
    PROBLEM_PHOTO = "problem_photo"
    PHOTO_FLAG = "photo_flag"
    """A fix photo looks reused or stale (handlers.photo_checks); the note says why. It never blocks."""


class NoticeKind(StrEnum):
    """What a scheduled notice is: about one ticket (the first five) or one group (the last three)."""

    BEFORE = "before"
    DUE = "due"
    ESCALATE1 = "escalate1"
    ESCALATE2 = "escalate2"
    RECHECK = "recheck"
    OVERDUE = "overdue"
    DIGEST = "digest"
    WEEKLY = "weekly"


class Counter(SQLModel, table=True):
    """Named counters; a row-locked UPDATE … RETURNING hands out ticket numbers without gaps or repeats."""

    __tablename__ = "counters"
    name: str = Field(primary_key=True, max_length=40)
    value: int = 0


class Community(SQLModel, table=True):
    __tablename__ = "communities"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    created_at: datetime = Field(sa_column=_time())


class ChatGroup(SQLModel, table=True):
    __tablename__ = "chat_groups"
    __table_args__ = (UniqueConstraint("platform", "platform_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    platform_id: str = Field(max_length=200)
    name: str = Field(default="", max_length=200)
    community_id: int | None = Field(default=None, foreign_key="communities.id")
    coordinators: bool = False
    configured: bool = False
    created_at: datetime = Field(sa_column=_time())


class Member(SQLModel, table=True):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("platform", "platform_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    platform_id: str = Field(max_length=200)
    display_name: str = Field(default="", max_length=200)
    created_at: datetime = Field(sa_column=_time())


class GroupRole(SQLModel, table=True):
    """A member's role in one group: inspector, coordinator, admin, member, or a responsible party."""

    __tablename__ = "group_roles"
    __table_args__ = (UniqueConstraint("group_id", "member_id", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: int | None = Field(default=None, foreign_key="chat_groups.id", index=True)
    """None: the role holds in every group (declared in config without groups)."""
    member_id: int = Field(foreign_key="members.id", index=True)
    role: str = Field(max_length=40)


class Ticket(SQLModel, table=True):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_group_status_problem", "group_id", "status", "category", "building"),
        Index("ix_tickets_status_deadline", "status", "deadline"),
        Index("ix_tickets_created_at", "created_at"),
        Index("ix_tickets_community_status", "community", "status"),
    )
    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    category: str = Field(max_length=40)
    community: str | None = Field(default=None, max_length=100)
    building: str | None = Field(default=None, max_length=20)
    unit: str | None = Field(default=None, max_length=20)
    floor: str | None = Field(default=None, max_length=20)
    spot: str | None = Field(default=None, max_length=100)
    description: str = ""
    reporter_id: int | None = Field(default=None, foreign_key="members.id")
    responsible: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    responsible_member_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    deadline: datetime | None = Field(default=None, sa_column=_time(nullable=True))
    status: str = Field(default=TicketStatus.OPEN, max_length=20)
    rework_count: int = 0
    group_id: int = Field(foreign_key="chat_groups.id")
    source_message_id: str | None = Field(default=None, max_length=200, index=True)
    created_at: datetime = Field(sa_column=_time())
    updated_at: datetime = Field(sa_column=_time())
    closed_at: datetime | None = Field(default=None, sa_column=_time(nullable=True))


class TicketEvent(SQLModel, table=True):
    """One step of a ticket's history (工作记录可追查): who, when, from which status to which."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket_at", "ticket_id", "at"),)
    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="tickets.id")
    at: datetime = Field(sa_column=_time())
    actor_id: int | None = Field(default=None, foreign_key="members.id")
    kind: str = Field(max_length=30)
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str | None = Field(default=None, max_length=20)
    note: str = ""
    message_id: str | None = Field(default=None, max_length=200)


class PhotoKind(StrEnum):
    """What a photo shows: the problem as reported (整改前) or the fix (整改后)."""

    PROBLEM = "problem"
    FIX = "fix"


class Photo(SQLModel, table=True):
    """A photo sent in a group; one row per ticket it belongs to (the same file sent for two
    tickets is two rows with one path). `fingerprint` and `taken_at` are storage.fingerprints'."""

    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_pending", "group_id", "member_id", "received_at"),)
    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="tickets.id", index=True)
    sha256: str = Field(max_length=64, index=True)
    path: str = Field(max_length=500)
    thumb_path: str = Field(max_length=500)
    width: int
    height: int
    size_bytes: int
    member_id: int | None = Field(default=None, foreign_key="members.id")
    group_id: int | None = Field(default=None, foreign_key="chat_groups.id")
    message_id: str | None = Field(default=None, max_length=200)
    received_at: datetime = Field(sa_column=_time())
    kind: str = Field(default=PhotoKind.FIX, max_length=10, sa_column_kwargs={"server_default": PhotoKind.FIX.value})
    fingerprint: bytes | None = Field(default=None, sa_column=Column(LargeBinary(), nullable=True))
    """None for photos stored before fingerprints existed (migration 0004) or that could not be hashed."""
    taken_at: datetime | None = Field(default=None, sa_column=_time(nullable=True))


class NoticeStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Notice(SQLModel, table=True):
    """Something to send at a time: reminder, overdue notice, escalation, digest, weekly report, re-check.

    The row is the only copy: the scheduler finds due rows, claims them and records them sent in one
    transaction together with the outbox message, so a notice is handed over exactly once.
    """

    __tablename__ = "notices"
    __table_args__ = (Index("ix_notices_status_due", "status", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    dedup_key: str = Field(max_length=200, unique=True)
    kind: str = Field(max_length=30)
    group_id: int | None = Field(default=None, foreign_key="chat_groups.id")
    ticket_id: int | None = Field(default=None, foreign_key="tickets.id", index=True)
    due_at: datetime = Field(sa_column=_time())
    status: str = Field(default=NoticeStatus.PENDING, max_length=20)
    claimed_by: str | None = Field(default=None, max_length=100)
    sent_at: datetime | None = Field(default=None, sa_column=_time(nullable=True))
    attempts: int = 0
    late: bool = False
    payload: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class InboundMessage(SQLModel, table=True):
    """Every handled platform message, so a redelivery is recognised and creates nothing twice."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint("platform", "platform_message_id"),
        Index("ix_inbound_redelivery", "group_key", "sender_key", "text_hash", "received_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    platform_message_id: str = Field(max_length=200)
    group_key: str = Field(max_length=200)
    sender_key: str = Field(max_length=200)
    text_hash: str = Field(max_length=64)
    quote_hash: str | None = Field(default=None, max_length=64)
    """What the message quoted (by id or by text), hashed: part of what a redelivery repeats."""
    received_at: datetime = Field(sa_column=_time())
    text: str | None = None
    """What was said, so a message the bot passed over can be registered later by quoting it (登记),
    and a corrected one exported as a labelled example."""


class CorrectionKind(StrEnum):
    REGISTERED = "registered"
    """A message the parser passed over, registered by hand (登记)."""
    EDITED = "edited"
    """A ticket's category, community or building corrected (修改)."""
    CANCELLED = "cancelled"
    """A ticket withdrawn (撤销): its message was perhaps no report at all."""


class Correction(SQLModel, table=True):
    """A message whose reading a person corrected: the deployment's own labelled examples. What it
    should have read as is the message's tickets as they stand (xiuhua corrections export)."""

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_message", "platform", "message_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    message_id: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    actor_id: int | None = Field(default=None, foreign_key="members.id")
    at: datetime = Field(sa_column=_time())


class HeldMessage(SQLModel, table=True):
    """A message that was accepted but could not be handled (a bug, a photo the disk could not take):
    kept with everything needed to handle it again, retried, and at the last reported, never dropped."""

    __tablename__ = "held_messages"
    __table_args__ = (UniqueConstraint("platform", "platform_message_id"), Index("ix_held_due", "failed", "retry_at"))
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    platform_message_id: str = Field(max_length=200)
    group_key: str = Field(max_length=200)
    payload: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    """The message's fields (handlers.messages.Incoming); a photo's bytes are a file named in it."""
    received_at: datetime = Field(sa_column=_time())
    retry_at: datetime = Field(sa_column=_time())
    attempts: int = 0
    failed: bool = False
    """Given up on after the last attempt; counted in the coordinators' digest."""
    last_error: str = ""


class Outbound(SQLModel, table=True):
    """A message the bot is to send (the outbox): written in the transaction that decided to send it,
    delivered by the transport in order, marked sent afterwards; survives restarts and disconnections."""

    __tablename__ = "outbound"
    __table_args__ = (Index("ix_outbound_pending", "platform", "sent_at", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    group_key: str = Field(max_length=200)
    text: str = ""
    mentions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    file_name: str | None = Field(default=None, max_length=200)
    file_path: str | None = Field(default=None, max_length=500)
    reply_to: str | None = Field(default=None, max_length=200)
    notice_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    ticket_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    platform_message_id: str | None = Field(default=None, max_length=200, index=True)
    created_at: datetime = Field(sa_column=_time())
    claimed_by: str | None = Field(default=None, max_length=100)
    claimed_until: datetime | None = Field(default=None, sa_column=_time(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=_time(nullable=True))
    attempts: int = 0
    failed: bool = False
    last_error: str = ""


class ChatLine(SQLModel, table=True):
    """The conversation of the built-in web chat (people and bot), so every tab sees the same history."""

    __tablename__ = "chat_lines"
    __table_args__ = (Index("ix_chat_lines_group", "group_key", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    group_key: str = Field(max_length=200)
    message_id: str = Field(max_length=200, unique=True)
    sender_key: str = Field(max_length=200)
    sender_name: str = Field(default="", max_length=200)
    text: str = ""
    mentions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    quote_id: str | None = Field(default=None, max_length=200)
    photo_sha256: str | None = Field(default=None, max_length=64)
    file_name: str | None = Field(default=None, max_length=200)
    outbound_id: int | None = Field(default=None, foreign_key="outbound.id")
    from_bot: bool = False
    at: datetime = Field(sa_column=_time())


class MessageTicket(SQLModel, table=True):
    """Which tickets a chat message (a report, the bot's reply, a photo) is about, so a quote finds them."""

    __tablename__ = "message_tickets"
    __table_args__ = (Index("ix_message_tickets_message", "platform", "message_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    message_id: str = Field(max_length=200)
    ticket_id: int = Field(foreign_key="tickets.id", index=True)
    kind: str = Field(max_length=20)


class AccountKind(StrEnum):
    """A person who logs in to the back office, or a script's API token: both are scoped the same way."""

    USER = "user"
    TOKEN = "token"


class Account(SQLModel, table=True):
    """Who may use the back office (/admin, with a password) or its API (/api/v1, with a bearer token).

    Only hashes are kept: argon2 for a password, SHA-256 for a token (random, so it needs no salt and
    can be looked up). `generation` moves on with every password change or disabling, which ends the
    sessions signed in before."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("kind", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)
    name: str = Field(max_length=100)
    role: str = Field(max_length=40)
    member_id: int | None = Field(default=None, foreign_key="members.id")
    """The chat member who is the same person: their groups are in scope, and desk actions speak as them."""
    secret_hash: str = Field(max_length=200, index=True)
    disabled: bool = False
    generation: int = 0
    created_at: datetime = Field(sa_column=_time())
    last_seen_at: datetime | None = Field(default=None, sa_column=_time(nullable=True))


class AccountCommunity(SQLModel, table=True):
    """A community whose tickets an account sees (a coordinator sees all without any)."""

    __tablename__ = "account_communities"
    __table_args__ = (UniqueConstraint("account_id", "community"),)
    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="accounts.id", index=True)
    community: str = Field(max_length=100)


class AuditEntry(SQLModel, table=True):
    """Logins, failed logins, logouts and desk actions: who, when, from where. Failed logins counted
    here are also what limits the rate of guesses (in the database, so every process sees them)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_action_at", "action", "at"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=_time())
    account_id: int | None = Field(default=None, foreign_key="accounts.id")
    name: str = Field(default="", max_length=100)
    action: str = Field(max_length=30)
    remote: str = Field(default="", max_length=100)
    detail: str = ""


# Mappers are otherwise configured lazily by the first query; lifecycle.open_ticket builds
# tickets with model_construct, which needs them configured already.
configure_mappers()
