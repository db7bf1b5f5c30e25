"""The participants' e-mail addresses, read for the facilitator's eyes only (a tooltip on the board, the
count before they are forgotten): never part of what the board or the beamer shows."""

from __future__ import annotations

from sqlmodel import select

from app.storage.store import Store
from db.models import Member


def emails(store: Store, event_id: int) -> dict[int, str]:
    """Member id -> e-mail address, for the event's participants that still have one."""
    with store.read() as session:
        rows = session.exec(select(Member.id, Member.email).where(Member.event_id == event_id, Member.email != "")).all()
    return dict(rows)
