"""A demo event on PostgreSQL with every kind of login, and connections as those logins (with their passwords)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from app.demo.event import create_demo_event
from app.storage.database import open_store
from app.storage.store import Store
from app.sync.logins import create_event_logins
from db.engine import make_engine
from db.models import Login, Note, Team
from db.models_jury import Juror

NOW = datetime(2026, 6, 12, 11, 0, tzinfo=timezone.utc)


@dataclass
class RolesEvent:
    url: str  # the superuser's
    owner: Store
    event_id: int
    other_event_id: int
    logins: list[Login]

    def login(self, kind: str, index: int = 0) -> Login:
        return [row for row in self.logins if row.kind == kind][index]

    def url_of(self, login: Login) -> str:
        return make_url(self.url).set(username=login.role_name, password=login.password).render_as_string(hide_password=False)

    @contextmanager
    def connect(self, login: Login) -> Iterator[Session]:
        """A session as ``login``, with its password; each statement in its own transaction (a refusal spoils none)."""
        engine = make_engine(self.url_of(login))
        try:
            with Session(engine.execution_options(isolation_level="AUTOCOMMIT")) as session:
                assert session.execute(text("SELECT session_user")).scalar() == login.role_name
                yield session
        finally:
            engine.dispose()

    def teams(self, event_id: int | None = None) -> list[Team]:
        with self.owner.read() as session:
            return list(session.exec(select(Team).where(Team.event_id == (event_id or self.event_id)).order_by(Team.number)))

    def jurors(self) -> list[Juror]:
        with self.owner.read() as session:
            return list(session.exec(select(Juror).where(Juror.event_id == self.event_id).order_by(Juror.id)))

    def notes_of(self, team_id: int) -> int:
        with self.owner.read() as session:
            return len(session.exec(select(Note.id).where(Note.team_id == team_id)).all())


def make_roles_event(url: str) -> RolesEvent:
    owner = open_store(url)
    event_id = create_demo_event(owner, NOW)
    other_event_id = create_demo_event(owner, NOW)
    logins = create_event_logins(owner.engine, event_id, members=True)
    create_event_logins(owner.engine, other_event_id)
    return RolesEvent(url, owner, event_id, other_event_id, logins)


def refused(session: Session, statement: str, **params) -> bool:
    """True when the database refuses the statement: an error (no privilege, a policy's check), or no row touched."""
    try:
        result = session.execute(text(statement), params)
    except Exception:  # noqa: BLE001 — any refusal by the database
        session.rollback()
        return True
    return result.rowcount == 0 if result.returns_rows is False else not result.all()


def engine_of(event: RolesEvent, login: Login) -> Engine:
    return make_engine(event.url_of(login))
