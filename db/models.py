"""The tables of an event: everything the day holds.

Rows that people edit carry ``version`` (raised on every update, see
``db.engine``) and ``updated_at``, so laptops sharing one PostgreSQL event can
detect concurrent edits without schema rework. Texts a template defines
(kennismaking questions, problem-statement elements, pitch questions) are stored
as answers keyed by the template's field keys, so another template needs no
other columns.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from db.types import UTCDateTime, Versioned, utcnow  # noqa: F401  (Versioned: db.engine imports it from here)


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _updated() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _when() -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))




def _uid() -> str:
    from uuid import uuid4

    return uuid4().hex


class Event(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # The event's identity wherever it goes (another database, a team file, an archive): ids are per database.
    uid: str = Field(default_factory=_uid, max_length=32, index=True, unique=True)
    name: str = Field(max_length=200)
    template_key: str = Field(max_length=40)
    template_json: str  # the validated template as JSON, as it was when the event was made: an event carries its day
    day: date
    location: str = Field(default="", max_length=200)
    announcement: str = Field(default="", max_length=140)  # the beamer's line under the countdown
    created_at: datetime = _created()
    updated_at: datetime = _updated()


class ProgrammeItem(Versioned, table=True):
    __tablename__ = "programme_item"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    position: int
    starts_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    title_nl: str = Field(max_length=200)
    title_en: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    phase_key: str | None = Field(default=None, max_length=40)
    fixed: bool = False  # a fixed clock time (lunch, the borrel): stays put while the items around it move


class Challenge(SQLModel, table=True):  # not edited by people: the template's challenges
    __table_args__ = (UniqueConstraint("event_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=40)  # the template's challenge key: texts come from there
    position: int


class Team(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    challenge_id: int | None = Field(default=None, foreign_key="challenge.id", ondelete="SET NULL")
    number: int
    name: str | None = Field(default=None, max_length=80)
    current_step: str | None = Field(default=None, max_length=40)  # template step key; None = team page
    room: str = Field(default="", max_length=80)  # the break-out room the team works in
    updated_at: datetime = _updated()


class Member(Versioned, table=True):
    """A participant of the event: a member of a team, or not yet placed in one (``team_id`` None)."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True, ondelete="CASCADE")
    position: int
    name: str = Field(max_length=80)
    kennismaking: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # From the registration: what team formation mixes and the facilitator may forget after the event.
    email: str = Field(default="", max_length=254)
    organisation: str = Field(default="", max_length=200)
    job_title: str = Field(default="", max_length=200)  # "functie": the role at work, not a team role
    challenge_pref: str | None = Field(default=None, max_length=40)  # the preferred challenge's key
    absent: bool = False  # not there today: left out of the vote counts on the dashboard
    updated_at: datetime = _updated()


class ImportMapping(Versioned, table=True):
    """How the columns of a registration file with these headers were mapped, remembered for the next."""

    __tablename__ = "import_mapping"
    id: int | None = Field(default=None, primary_key=True)
    headers_key: str = Field(max_length=64, unique=True)  # a digest of the file's normalised headers
    mapping: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))  # header -> field
    updated_at: datetime = _updated()


class TeamRole(Versioned, table=True):
    """Who holds a role in a team; one holder per role, one person may hold several."""

    __tablename__ = "team_role"
    __table_args__ = (UniqueConstraint("team_id", "role_key"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    role_key: str = Field(max_length=40)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")


class StepState(Versioned, table=True):
    """A step's (or a step part's) timer and reveal state. No team: a plenary timer."""

    __tablename__ = "step_state"
    __table_args__ = (
        UniqueConstraint("event_id", "team_id", "step_key", "part_key"),
        # NULL team ids never clash in the constraint above: one plenary timer per step part.
        Index("uq_step_state_plenary", "event_id", "step_key", "part_key", unique=True,
              sqlite_where=text("team_id IS NULL"), postgresql_where=text("team_id IS NULL")),
    )
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    part_key: str = Field(default="", max_length=40)
    duration_s: int
    started_at: datetime | None = _when()
    paused_at: datetime | None = _when()
    paused_total_s: float = 0.0
    extended_s: int = 0
    finished_at: datetime | None = _when()
    revealed_at: datetime | None = _when()
    anonymous: bool | None = None  # the team's switch for a step (part_key ""); None: the template's rule
    updated_at: datetime = _updated()


class Cluster(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    name: str = Field(default="", max_length=120)
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0
    updated_at: datetime = _updated()


class Note(Versioned, table=True):
    """A sticky note: a brain-dump thought, an HKW, an idea or a vehicle answer."""

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    author_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    # The author's name, written with the note and on a rename; it stays when the member is removed (author_id NULL).
    author_name: str = Field(default="", max_length=80)
    text: str
    colour: str = Field(default="yellow", max_length=20)
    x: float = 0.0
    y: float = 0.0
    cluster_id: int | None = Field(default=None, foreign_key="cluster.id", ondelete="SET NULL")
    zone_key: str | None = Field(default=None, max_length=40)  # vehicle zone
    # The idea race: the round the note counts for ("round1"), "round1:typed" when a scribe typed it in
    # after that round, "" when it counts for none (written in the review or after the end).
    part_key: str = Field(default="", max_length=40)
    best_of_cluster: bool = False  # the HKW that states its theme best (one per cluster, kept so by app/)
    created_at: datetime = _created()
    updated_at: datetime = _updated()


class Knelpunt(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    position: int
    title: str = Field(max_length=200)
    answers: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    cluster_id: int | None = Field(default=None, foreign_key="cluster.id", ondelete="SET NULL")
    updated_at: datetime = _updated()


class Vote(Versioned, table=True):
    """A member's dots on one item of a vote step (target: a knelpunt, theme cluster or idea note)."""

    __table_args__ = (UniqueConstraint("team_id", "step_key", "voter_id", "target_id"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    # A removed member's revealed dots stay (the vote happened): voter_id becomes NULL, voter_name keeps who.
    voter_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    voter_name: str = Field(default="", max_length=80)
    target_id: int
    dots: int = 1
    updated_at: datetime = _updated()


class Answer(Versioned, table=True):
    """A team's text for a template field: problem statement, pitch, action plan, vehicle zone."""

    __table_args__ = (UniqueConstraint("team_id", "step_key", "field_key"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    field_key: str = Field(max_length=40)
    text: str = ""
    updated_at: datetime = _updated()


class Selection(Versioned, table=True):
    """An item a vote step kept for the next step (a theme, an idea), with the tie-break if any."""

    __table_args__ = (UniqueConstraint("team_id", "step_key", "target_id"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    target_id: int
    rank: int
    decided_by_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    tie_break: bool = False  # kept by a decision on a tie at the cut, not by its dots alone
    decided_by_name: str = Field(default="", max_length=80)  # who decided, kept when the member is removed


class Milestone(Versioned, table=True):
    """A card on the Crystal Ball timeline of one selected idea (kind "end": the ideal situation)."""

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(default="crystal_ball", max_length=40)
    idea_id: int | None = Field(default=None, foreign_key="note.id", ondelete="CASCADE")
    kind: str = Field(default="milestone", max_length=20)  # "milestone" or "end"
    years: float = 0.0  # 0 = now … horizon
    title: str = Field(max_length=200)
    body: str = ""
    # Answers to the step's questions about this moment, keyed by the template's question keys.
    answers: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _created()
    updated_at: datetime = _updated()


class RaceCount(Versioned, table=True):
    """A race round's count entered by hand (the team raced on paper): by the captain or the facilitator."""

    __tablename__ = "race_count"
    __table_args__ = (UniqueConstraint("team_id", "step_key", "part_key"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    part_key: str = Field(max_length=40)
    count: int
    entered_by: str = Field(max_length=20)  # "captain" or "facilitator"
    entered_by_name: str = Field(default="", max_length=80)
    updated_at: datetime = _updated()


class FinalChoice(Versioned, table=True):
    """The idea (or named combination of kept ideas) a team pitches: the workbook's "uiteindelijke selectie"."""

    __tablename__ = "final_choice"
    __table_args__ = (UniqueConstraint("team_id", "step_key"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)  # the crystal ball step it follows
    idea_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    name: str = Field(default="", max_length=200)  # the combination's name; "" for one idea
    decided_by_name: str = Field(default="", max_length=80)
    updated_at: datetime = _updated()


class StoryPanel(Versioned, table=True):
    """One panel of a team's storyboard: a caption, a short text and an optional picture (a photo of a
    paper sketch), stored scaled down and upright (PNG or JPEG bytes, see app/pitch/pictures.py)."""

    __tablename__ = "story_panel"
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)  # the pitch step it belongs to
    position: int
    caption: str = Field(default="", max_length=120)
    text: str = ""
    image: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    image_type: str = Field(default="", max_length=10)  # "png" or "jpeg"; "" without a picture
    image_width: int = 0
    image_height: int = 0
    updated_at: datetime = _updated()


class PitchTask(Versioned, table=True):
    """A member who takes on one of the pitch's tasks (storyboard, flip-over, rehearsal, ...); a task may
    have several members, a member several tasks."""

    __tablename__ = "pitch_task"
    __table_args__ = (UniqueConstraint("team_id", "step_key", "task_key", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True, ondelete="CASCADE")
    step_key: str = Field(max_length=40)
    task_key: str = Field(max_length=40)  # the template's task key
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")


# The jury's tables live beside these (db/models_jury.py); importing them here registers them too.
from db.models_jury import (  # noqa: E402, F401
    Award,
    AudienceCode,
    AudienceVote,
    Criterion,
    JurorFile,
    JuryLog,
    JurySetting,
    PitchSlot,
    Recusal,
    Score,
    ScoreSheet,
    Juror,
)
from db.models_sync import DbInfo, Login, RowOrigin  # noqa: E402, F401

ALL_TABLES = SQLModel.metadata
