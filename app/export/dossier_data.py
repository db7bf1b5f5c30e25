"""A team's day as plain data: what the dossier, the poster, the event report, the beamer's pitch
mode and the open outcomes (JSON, CSV) are made from.

Everything is read from the database once (``app/export/snapshot.py``), in one language, with the
privacy rules applied (no author where a step was anonymous), into frozen dataclasses of plain values:
picklable, so a PDF can be rendered in another process, and free of the store, the template and Qt.
Texts a person did not write (labels, titles, the template's questions) are already in the language
asked for; an empty string or tuple means "nothing yet", and the renderers say what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str = ""
    roles: tuple[str, ...] = ()  # role titles ("Teamcaptain", "Presentator"), in the language asked for


@dataclass(frozen=True)
class BoardNote:
    """A brain-dump note where it lies on the board (board coordinates, 160 × 120 per note)."""

    id: int
    text: str
    x: float
    y: float
    colour: str = "yellow"
    author: str = ""  # "" where the step was anonymous or the author is unknown
    cluster_id: int | None = None


@dataclass(frozen=True)
class BoardCluster:
    id: int
    name: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Board:
    title: str  # the step's title
    notes: tuple[BoardNote, ...] = ()
    clusters: tuple[BoardCluster, ...] = ()


@dataclass(frozen=True)
class Knelpunt:
    title: str
    dots: int = 0
    kept: bool = False  # among those the vote kept
    cluster: str = ""  # the cluster it came from


@dataclass(frozen=True)
class VehicleZone:
    key: str  # one of app.day.template.VEHICLE_ZONES: its place on the car comes from app/canvases/vehicle.py
    title: str
    notes: tuple[BoardNote, ...] = ()  # x, y: the note's place on the car canvas


@dataclass(frozen=True)
class Theme:
    name: str
    dots: int = 0
    kept: bool = False
    tie_break: bool = False  # kept by a decision on a tie
    decided_by: str = ""  # who broke the tie ("" when anonymous or none)
    hkws: tuple[str, ...] = ()
    best_hkw: str = ""


@dataclass(frozen=True)
class ProblemStatement:
    sentence: str  # the filled-in sentence; "" while any of its parts is empty
    answers: tuple[tuple[str, str], ...] = ()  # (question, answer) in the form's order
    missing: tuple[str, ...] = ()  # the questions still empty


@dataclass(frozen=True)
class RaceRound:
    title: str
    count: int


@dataclass(frozen=True)
class Race:
    rounds: tuple[RaceRound, ...] = ()
    total: int = 0
    rank: int | None = None  # None: the team did not race
    teams: int = 0  # how many teams raced
    winner: bool = False  # has (or shares) the most ideas once the race is final
    prize_sheets: int = 1  # flip-over sheets this team earned
    final: bool = True  # the race is over (every racing team finished): a team without a rank did not take part

    @property
    def provisional(self) -> bool:
        """The race is still running (not every racing team has finished): no winner yet."""
        return not self.final


@dataclass(frozen=True)
class Idea:
    id: int
    text: str
    votes: int = 0
    kept: bool = False
    chosen: bool = False
    author: str = ""


@dataclass(frozen=True)
class Moment:
    """A card on a Crystal Ball timeline."""

    years: float
    title: str
    body: str = ""
    kind: str = "milestone"  # "milestone" or "end"
    answers: tuple[tuple[str, str], ...] = ()  # (question, answer)


@dataclass(frozen=True)
class CrystalBall:
    idea: str
    horizon: int  # years
    start_label: str  # "Nu"
    end_label: str  # "De ideale situatie over 5 jaar"
    moments: tuple[Moment, ...] = ()
    chosen: bool = False


@dataclass(frozen=True)
class Panel:
    """A storyboard panel; ``image``: PNG or JPEG bytes already scaled and upright, or None."""

    caption: str
    text: str = ""
    image: bytes | None = None
    image_type: str = ""
    image_width: int = 0
    image_height: int = 0


@dataclass(frozen=True)
class Answer:
    key: str
    question: str
    text: str
    hint: str = ""
    source: str = "typed"  # "typed", "taken_over" (from earlier work), "linked" (from an earlier question), "empty"
    source_label: str = ""  # where a taken-over or linked answer came from, in words


@dataclass(frozen=True)
class AnswerSection:
    key: str  # "pitch", "action_plan", "finish", "consider"
    title: str
    answers: tuple[Answer, ...] = ()


@dataclass(frozen=True)
class Task:
    title: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamDossier:
    event_name: str
    event_day: date
    made_at: datetime  # when the snapshot was taken (aware)
    lang: str  # "nl" or "en"
    team_id: int
    team_number: int
    team_name: str  # "" when the team has none; renderers then say "Team 3"
    challenge: str  # the challenge's title; "" when the team has none
    challenge_question: str = ""
    members: tuple[Person, ...] = ()
    presenter: str = ""
    yell: str = ""
    problem: ProblemStatement | None = None
    board: Board | None = None
    knelpunten: tuple[Knelpunt, ...] = ()
    vehicle: tuple[VehicleZone, ...] = ()
    themes: tuple[Theme, ...] = ()
    winning_theme: str = ""
    winning_hkw: str = ""
    tie_break: str = ""  # how the theme vote's tie was broken, in words; "" when there was none
    race: Race | None = None
    ideas: tuple[Idea, ...] = ()
    crystal_balls: tuple[CrystalBall, ...] = ()
    chosen_idea: str = ""  # the idea (or the combination's name) the team pitches
    storyboard: tuple[Panel, ...] = ()
    sections: tuple[AnswerSection, ...] = ()  # pitch, action plan, finish, and the challenge's "neem ook mee"
    tasks: tuple[Task, ...] = ()
    missing: tuple[str, ...] = ()  # what is still empty, in words, in the order of the day
    participants: int = 0  # how many members the team has (kept when names are left out)

    @property
    def shown_name(self) -> str:
        return self.team_name or f"Team {self.team_number}"


@dataclass(frozen=True)
class EventSummary:
    """The whole event for the organiser's report: every team (names left out on request) and the day's numbers."""

    event_name: str
    event_day: date
    location: str
    made_at: datetime
    lang: str
    with_names: bool
    teams: tuple[TeamDossier, ...] = ()
    challenges: tuple[str, ...] = ()  # challenge titles in the template's order
    participants: int = 0
    notes: int = 0
    ideas: int = 0
    votes: int = 0
    extra: dict[str, int] = field(default_factory=dict)  # later figures (the jury's) by name
    jury: JuryResults | None = None  # None: the event has no jury


@dataclass(frozen=True)
class JuryRow:
    """A team's line in a prize pool's ranking (raw and adjusted on the score scale; None: not available)."""

    team_number: int
    team_name: str  # as shown ("Team 3" when it has none)
    rank: int | None  # by the deciding ranking; None: not ranked (nobody scored it, or absent)
    raw: Fraction | None
    adjusted: Fraction | None
    jurors: int  # how many jurors scored it
    few_jurors: bool = False  # fewer than the minimum (a coverage warning)
    absent: bool = False


@dataclass(frozen=True)
class JuryPlace:
    """A confirmed place of a prize (an Award row); ``reason``: why it differs from the computed podium."""

    place: int
    team_number: int
    team_name: str
    reason: str = ""


@dataclass(frozen=True)
class JuryMargin:
    """How close two neighbouring places are: ``points`` on one score of one juror (no juror named) on
    criterion ``criterion`` (its title) would make ``lower`` reach or pass ``higher``; None: no single score can."""

    place: int  # the higher team's place; the lower team's is place + 1
    higher: str
    lower: str
    points: int | None
    criterion: str = ""


@dataclass(frozen=True)
class JuryTie:
    """A tie at a prize position and how it was broken ("head_to_head", "criterion", "chair"; None: waiting)."""

    place: int
    teams: tuple[str, ...]  # as broken, best first
    broken_by: str | None
    criterion: str = ""  # the tie criterion's title, when it broke the tie


@dataclass(frozen=True)
class JuryPool:
    """A prize pool's results: its ranking, the confirmed podium and the notes on how robust it is."""

    key: str  # "overall", "challenge:<key>"
    title: str  # in the language asked for
    places: int
    deciding: str  # "raw" or "adjusted"
    ranking: tuple[JuryRow, ...] = ()  # by the deciding ranking, then the unranked teams
    podium: tuple[JuryPlace, ...] = ()  # the confirmed places, first first
    margins: tuple[JuryMargin, ...] = ()
    ties: tuple[JuryTie, ...] = ()
    kendall_w: float | None = None
    w_note: str | None = None  # why W is not shown: "few_teams", "few_complete_jurors"
    adjusted_note: str | None = None  # why there is no adjusted ranking: "disconnected"
    minimum_jurors: int = 3


@dataclass(frozen=True)
class JuryFeedback:
    """The jury's feedback for one team: the texts only (no juror's name, no score)."""

    team_number: int
    team_name: str
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class JuryResults:
    """The jury's part of the event report. Before the chair confirmed the winners only ``confirmed``
    False is filled in: the report then says the results follow after the juryberaad."""

    confirmed: bool
    jurors: int = 0
    pools: tuple[JuryPool, ...] = ()
    prizes: tuple[tuple[str, JuryPlace], ...] = ()  # other confirmed prizes (Idea Race, audience): (title, place)
    feedback: tuple[JuryFeedback, ...] = ()  # every team by number
