"""The jury's tables: the jurors and the rubric, the pitch running order, the juror files the
facilitator imported and the scores in use, the decisions (winners, log) and the audience prize.

A juror scores on their own laptop from a kit; what they finalise comes back as a signed juror file
(``juror_file``, kept whole as its ``body``). The scores of the revision each juror has *in use* are
also kept as rows (``score``, ``score_sheet``), the form the results and the screens read; on a shared
PostgreSQL event a juror may write those rows directly (``juror_file.source`` "direct").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from db.types import UTCDateTime, Versioned, utcnow


def _stamp() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _when() -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class Juror(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=80)
    organisation: str = Field(default="", max_length=120)
    position: int = 0
    chair: bool = False  # the jury chair: breaks a tie last, accepts a file that came after close
    # Random, fixed for the juror's life: names the juror in their kit and files, and with the event's
    # secret gives their signing key (app/jury/keys.py). Not a secret itself.
    token: str = Field(max_length=32)


class Criterion(Versioned, table=True):
    __table_args__ = (UniqueConstraint("event_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=40)
    position: int
    title_nl: str = Field(max_length=200)
    title_en: str = Field(max_length=200)
    description_nl: str = ""
    description_en: str = ""
    weight: int = 1
    min_score: int = 1
    max_score: int = 10
    # What a score means, where the template says: [{"min": 1, "max": 3, "nl": "…", "en": "…"}, …]
    levels: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Recusal(Versioned, table=True):
    """A juror who does not score a team (a conflict of interest)."""

    __table_args__ = (UniqueConstraint("juror_id", "team_id"),)
    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    team_id: int = Field(foreign_key="team.id", ondelete="CASCADE")
    reason: str = Field(default="", max_length=200)


class JurorFile(Versioned, table=True):
    """One revision of a juror's scores as it reached the facilitator: a signed file, a paper sheet
    typed in twice, or (shared event) scores written directly. ``status``: "in_use" (the results read
    it), "superseded" (a newer revision is in use), "withdrawn" (with ``reason``), "after_close" (came
    after scoring closed; held until the chair accepts it)."""

    __tablename__ = "juror_file"
    __table_args__ = (UniqueConstraint("juror_id", "revision"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    revision: int
    rubric_version: int
    digest: str = Field(max_length=64)  # SHA-256 of the canonical body: the same file twice is a duplicate
    source: str = Field(default="file", max_length=10)  # "file", "paper" or "direct"
    status: str = Field(default="in_use", max_length=20)
    reason: str = ""  # why withdrawn, or why accepted after close
    body: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    finalised_at: datetime | None = _when()  # the juror's laptop clock: for information only
    received_at: datetime = _stamp()
    updated_at: datetime = _stamp()


class Score(Versioned, table=True):
    """One criterion's score of the revision in use of a juror, for a team."""

    __table_args__ = (UniqueConstraint("juror_id", "team_id", "criterion_id"),)
    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    team_id: int = Field(foreign_key="team.id", ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE")
    value: int
    updated_at: datetime = _stamp()


class ScoreSheet(Versioned, table=True):
    """A juror's word on one team beyond the numbers: not seen (missed the pitch), a private note for
    the jury, and feedback for the team."""

    __tablename__ = "score_sheet"
    __table_args__ = (UniqueConstraint("juror_id", "team_id"),)
    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    team_id: int = Field(foreign_key="team.id", ondelete="CASCADE")
    not_seen: bool = False
    note: str = ""
    feedback: str = ""
    updated_at: datetime = _stamp()


class JurySetting(Versioned, table=True):
    """The event's jury settings (one row per event, made with the first jury action)."""

    __tablename__ = "jury_setting"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", unique=True, ondelete="CASCADE")
    secret: str = Field(max_length=64)  # hex; only this database holds it: the jurors' keys derive from it
    rubric_version: int = 1  # raised when the rubric changes after a score arrived
    deciding: str = Field(default="raw", max_length=10)  # "raw" or "adjusted"
    tie_break: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tie_criterion: str | None = Field(default=None, max_length=40)
    # {room: {"seed": int, "at": iso time}}: each running order's last draw by lot, to show it was fair
    draws: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    closed_at: datetime | None = _when()  # scoring closed: the revisions in use are frozen
    confirmed_at: datetime | None = _when()  # the chair confirmed the winners
    audience: str = Field(default="off", max_length=10)  # the audience prize: "off", "open" or "closed"
    updated_at: datetime = _stamp()


class JuryLog(Versioned, table=True):
    """What was decided about the jury and why: a deciding ranking or tie-break order changed after the
    first score, a rubric change, a withdrawn file, a file accepted after close, a tie the chair broke,
    a podium that differs from the computed one. Written once, never edited."""

    __tablename__ = "jury_log"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=30)
    reason: str = ""
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _stamp()


class PitchSlot(Versioned, table=True):
    """A team's place in the pitch running order of its room."""

    __tablename__ = "pitch_slot"
    __table_args__ = (UniqueConstraint("event_id", "team_id"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    team_id: int = Field(foreign_key="team.id", ondelete="CASCADE")
    room: str = Field(default="", max_length=40)  # "" when every team pitches in one room
    position: int
    absent: bool = False  # the team did not show up


class Award(Versioned, table=True):
    """A confirmed place of a prize pool: ``pool_key`` is the template's pool, with ":<challenge key>"
    for a per-challenge pool; "race" and "audience" for the Idea Race's and the audience's prize."""

    __table_args__ = (UniqueConstraint("event_id", "pool_key", "place"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    pool_key: str = Field(max_length=80)
    place: int
    team_id: int = Field(foreign_key="team.id", ondelete="CASCADE")
    reason: str = ""  # why it differs from the computed podium ("" when it does not)
    updated_at: datetime = _stamp()


class AudienceCode(Versioned, table=True):
    """A participant's one-time code for the audience prize. Which team a code voted for is not kept:
    ``used`` only says it voted (the vote itself is an ``audience_vote`` row without the code)."""

    __tablename__ = "audience_code"
    __table_args__ = (UniqueConstraint("event_id", "code"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    team_id: int | None = Field(default=None, foreign_key="team.id", ondelete="SET NULL")  # the voter's own team
    code: str = Field(max_length=12)
    used: bool = False


class AudienceVote(Versioned, table=True):
    __tablename__ = "audience_vote"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    team_id: int = Field(foreign_key="team.id", ondelete="CASCADE")
    created_at: datetime = _stamp()
