"""The tables of a shared event: who logs in as what, where imported rows came from, what the database is.

- ``login``: one PostgreSQL login of an event (the facilitator, a team, a juror, a member) and what it
  may touch. Row-level security reads it (``db/rls.py``) to know which team or juror the connected login
  is. Its ``password`` is readable only by the facilitator and the owner: it goes into the login's join file.
- ``row_origin``: a row that came in from another database (a team file, an event archive): which
  database (``source``: that database's uid), which table and id there, and its id here. Importing the
  same file twice finds its rows again instead of adding them twice.
- ``db_info``: this database's own facts: ``uid`` (its identity as a source of rows) and the app
  version that last migrated it (an older app is told which version to install).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field

from db.types import UTCDateTime, Versioned, utcnow

LOGIN_KINDS = ("facilitator", "team", "juror", "member")


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Login(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    role_name: str = Field(max_length=63, unique=True)  # the PostgreSQL role (63: its longest name)
    kind: str = Field(max_length=20)  # one of LOGIN_KINDS
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True, ondelete="CASCADE")
    juror_id: int | None = Field(default=None, foreign_key="juror.id", index=True, ondelete="CASCADE")
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True, ondelete="CASCADE")
    label: str = Field(default="", max_length=200)  # "Team 3 · Bits & Banen", "Jurylid Sanne de Vries"
    password: str = Field(default="", max_length=100)
    created_at: datetime = _created()


class RowOrigin(Versioned, table=True):
    __tablename__ = "row_origin"
    __table_args__ = (UniqueConstraint("event_id", "source", "table_name", "source_id"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    source: str = Field(max_length=32)  # the uid of the database the row came from
    table_name: str = Field(max_length=40)
    source_id: int
    local_id: int


class DbInfo(Versioned, table=True):
    __tablename__ = "db_info"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=40, unique=True)
    value: str = Field(default="", max_length=200)
