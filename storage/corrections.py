"""Messages whose reading a person corrected, and what they should have read as: the deployment's
own labelled examples (xiuhua corrections export / suggest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import ChatGroup, Correction, CorrectionKind, InboundMessage, Ticket, TicketStatus


def record(
    session: Session, platform: str, message_id: str, kind: CorrectionKind, actor_id: int | None, at: datetime
) -> None:
    session.add(Correction(platform=platform, message_id=message_id, kind=str(kind), actor_id=actor_id, at=at))


@dataclass(frozen=True)
class Example:
    message_id: str
    sent_at: datetime
    text: str
    tickets: list[Ticket]
    """The message's tickets as they stand, cancelled ones left out: what it should have read as."""
    kinds: list[str]


def examples(session: Session) -> list[Example]:
    """Each corrected message once (in the order it was first corrected), with its text and tickets."""
    corrected = session.exec(select(Correction).order_by(Correction.id)).all()
    seen: dict[tuple[str, str], list[str]] = {}
    for row in corrected:
        seen.setdefault((row.platform, row.message_id), []).append(row.kind)
    found = []
    for (platform, message_id), kinds in seen.items():
        said = session.exec(
            select(InboundMessage).where(
                InboundMessage.platform == platform, InboundMessage.platform_message_id == message_id
            )
        ).first()
        if said is None or not said.text:
            continue
        kept = session.exec(
            select(Ticket)
            .join(ChatGroup, ChatGroup.id == Ticket.group_id)
            .where(
                ChatGroup.platform == platform,
                Ticket.source_message_id == message_id,
                col(Ticket.status) != TicketStatus.CANCELLED,
            )
            .order_by(Ticket.number)
        ).all()
        found.append(Example(message_id, said.received_at, said.text, list(kept), list(dict.fromkeys(kinds))))
    return found
