"""Things to do once per deployment (a warning, the demo): a named row in the counters table."""

from __future__ import annotations

from sqlmodel import Session

from storage.models import Counter


def first_time(session: Session, name: str) -> bool:
    """True the first time it is asked for `name` (and records it, in the caller's transaction)."""
    if session.get(Counter, name) is not None:
        return False
    session.add(Counter(name=name, value=1))
    session.flush()
    return True
