"""The PostgreSQL logins of a shared event: one for the facilitator, one per team, one per juror, and
(when asked) one per member, each a LOGIN role with a generated password, a member of its kind's
group role (db/rls_sql.py ``GROUP_ROLES``), which carries the grants; row-level security
(db/rls.py) reads the ``login`` table to know which team or juror a connection is.

Role names are unique across the server (roles are per cluster, not per database) and at most
63 characters: ``sp_<first 8 of the event uid>_<kind>[_<id>]``. Making them again adds only what is
missing; the role of a team, juror or member that is gone (its ``login`` row went with it) is dropped,
and a member login follows its member to another team.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from app.errors import DomainError
from db.models import Event, Login, Member, Team
from db.models_jury import Juror
from db.rls import apply_row_security
from db.rls_sql import GROUP_ROLES

_SAFE = re.compile(r"^[a-z0-9_]{1,63}$")  # role names built here; passwords are token_urlsafe: [A-Za-z0-9_-]
_SAFE_PASSWORD = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def role_prefix(event: Event) -> str:
    return f"sp_{event.uid[:8]}_"


def new_password() -> str:
    return secrets.token_urlsafe(24)


def team_label(team: Team) -> str:
    return f"Team {team.number} · {team.name}" if team.name else f"Team {team.number}"


def wanted_logins(session: Session, event: Event, members: bool) -> list[Login]:
    """The logins the event should have (without passwords): facilitator, teams, jurors, members."""
    prefix = role_prefix(event)
    wanted = [Login(event_id=event.id, role_name=f"{prefix}facilitator", kind="facilitator", label="Facilitator")]
    teams = session.exec(select(Team).where(Team.event_id == event.id).order_by(Team.number)).all()
    wanted += [Login(event_id=event.id, role_name=f"{prefix}team_{t.id}", kind="team", team_id=t.id, label=team_label(t))
               for t in teams]
    jurors = session.exec(select(Juror).where(Juror.event_id == event.id).order_by(Juror.position, Juror.id)).all()
    wanted += [Login(event_id=event.id, role_name=f"{prefix}juror_{j.id}", kind="juror", juror_id=j.id,
                     label=f"Jurylid {j.name}") for j in jurors]
    if members:
        numbers = {t.id: t.number for t in teams}
        placed = session.exec(select(Member).where(Member.event_id == event.id, Member.team_id.is_not(None))  # type: ignore[union-attr]
                              .order_by(Member.team_id, Member.position)).all()
        wanted += [Login(event_id=event.id, role_name=f"{prefix}member_{m.id}", kind="member", team_id=m.team_id,
                         member_id=m.id, label=f"{m.name} · Team {numbers[m.team_id]}") for m in placed]
    return wanted


def create_event_logins(superuser_engine: Engine, event_id: int, members: bool = False) -> list[Login]:
    """Make the event's missing logins (roles with passwords, and their ``login`` rows), drop the roles
    of logins that are gone; every login of the event, with its password, in the order made.
    ``members``: also one per member placed in a team (existing member logins are kept either way)."""
    if superuser_engine.dialect.name != "postgresql":
        raise DomainError("logins_need_postgres", "logins exist only on a shared (PostgreSQL) event")
    apply_row_security(superuser_engine)  # the group roles, and grants on any table made since
    with Session(superuser_engine) as session, session.begin():
        event = session.get(Event, event_id)
        if event is None:
            raise DomainError("logins_no_event", f"there is no event {event_id} in this database", event=str(event_id))
        existing = {row.role_name: row for row in session.exec(select(Login).where(Login.event_id == event_id)).all()}
        _drop_orphan_roles(session, role_prefix(event), set(existing))
        for login in wanted_logins(session, event, members):
            if login.role_name in existing:
                _follow_member(session, existing[login.role_name], login)
                continue
            login.password = new_password()
            _create_role(session, login)
            session.add(login)
            existing[login.role_name] = login
        session.flush()
        every = sorted(existing.values(), key=lambda row: row.id)
        for row in every:
            _ensure_role(session, row)
        session.expunge_all()
    return every


def _follow_member(session: Session, stored: Login, wanted: Login) -> None:
    if stored.kind == "member" and stored.team_id != wanted.team_id:
        stored.team_id, stored.label = wanted.team_id, wanted.label
        stored.version += 1
        session.add(stored)


def _create_role(session: Session, login: Login) -> None:
    name, password = _checked(login)
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
    verb = "ALTER" if exists else "CREATE"  # a role left from an earlier database of this event: reused
    session.connection().exec_driver_sql(f"{verb} ROLE {name} LOGIN PASSWORD '{password}'")
    session.connection().exec_driver_sql(f"GRANT {GROUP_ROLES[login.kind]} TO {name}")


def _ensure_role(session: Session, login: Login) -> None:
    """A login whose role went missing (the server's roles were reset): made again with its password."""
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login.role_name}).first()
    if not exists:
        _create_role(session, login)


def _drop_orphan_roles(session: Session, prefix: str, keep: set[str]) -> None:
    pattern = prefix.replace("_", r"\_") + "%"
    names = session.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :pattern"), {"pattern": pattern}).scalars()
    for name in [n for n in names if n not in keep and _SAFE.match(n)]:
        session.connection().exec_driver_sql(f"DROP ROLE IF EXISTS {name}")


def _checked(login: Login) -> tuple[str, str]:
    """Role names and passwords go into DDL (no parameters there): only what this module makes gets in."""
    if not _SAFE.match(login.role_name) or not _SAFE_PASSWORD.match(login.password) or login.kind not in GROUP_ROLES:
        raise ValueError(f"refused to make role {login.role_name!r}")
    return login.role_name, login.password
