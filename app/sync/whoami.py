"""Which login this app is connected as on a shared event: the team, juror or member its screens are for.

``None``: SQLite, or the owner or a superuser on PostgreSQL (the facilitator's own server): it sees
everything. What a login sees is decided by the database (db/rls.py); this only tells the screens.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.storage.store import Store


@dataclass(frozen=True)
class LoginInfo:
    role_name: str
    kind: str  # facilitator, team, juror or member
    event_id: int
    team_id: int | None
    juror_id: int | None
    member_id: int | None
    label: str

    @property
    def runs_the_event(self) -> bool:
        """The facilitator: every page and action of the event (as the owner and SQLite)."""
        return self.kind == "facilitator"

    @property
    def opens_the_event(self) -> bool:
        """A team's or member's laptop works in the event's window; a juror scores with the kit instead
        (the jury's pages are the facilitator's)."""
        return self.kind != "juror"


def runs_the_event(info: LoginInfo | None) -> bool:
    """``info`` (None: the owner or SQLite) may prepare and run the whole event."""
    return info is None or info.runs_the_event


def who_am_i(store: Store) -> LoginInfo | None:
    if store.engine.dialect.name != "postgresql":
        return None
    try:
        with store.read() as session:
            if session.execute(text("SELECT public.sp_sees_all()")).scalar():
                return None
            row = session.execute(text(
                "SELECT role_name, kind, event_id, team_id, juror_id, member_id, label FROM login "
                "WHERE role_name = session_user")).first()
    except SQLAlchemyError:  # no row security applied (an owner's database from before it): sees everything
        return None
    return LoginInfo(*row) if row is not None else None
