"""The event template: the whole day as data, validated by pydantic.

The code knows step *kinds* and *rule names*; every number of a particular
hackathon (minutes, budgets, limits, clock times) lives in a TOML file under
``resources/templates/``. Loading refuses a broken file with a message that
names the file, the key and the problem.
"""

from __future__ import annotations

from datetime import time
from enum import Enum
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    Field,
    PositiveInt,
    ValidationInfo,
    model_validator,
)

from app.day.template_checks import (
    by_key,
    check_statement,
    clock_of,
    minutes_of,
    stored,
    unique,
)
from app.day.template_jury import Jury
from app.day.template_parts import (  # noqa: F401  (the rest of the app imports them from here)
    PREFILL_SOURCES,
    ClockTime,
    InputField,
    Key,
    Part,
    Section,
    Storyboard,
    Task,
    Text,
    Timeline,
    Words,
    Zone,
    _Strict,
)
from app.text import column_limit
from db.models import Event as EventRow
from db.models import ProgrammeItem as ProgrammeRow

# The validation context of a template an event already carries (its JSON): it was accepted when
# the event was made, so a check added since never locks anyone out of their event.
STORED = {"stored": True}



# The zones of the Build Your Vehicle car; their drawing is code, their texts are data.
VEHICLE_ZONES = ("driver", "passengers", "chassis", "engine", "fuel", "road")
LANGUAGES = ("nl", "en")


def _check_fits(title: Text, column, info: ValidationInfo, why: str) -> None:
    """A template text that is also stored in a column holds no more than the column does."""
    limit = column_limit(column)
    if not stored(info) and max(len(title.nl), len(title.en)) > limit:
        raise ValueError(f"the title has at most {limit} characters ({why})")


class StepKind(str, Enum):
    BRAIN_DUMP = "brain_dump"
    CLUSTER = "cluster"
    KNELPUNTEN = "knelpunten"
    DOT_VOTE = "dot_vote"
    VEHICLE = "vehicle"
    HKW = "hkw"
    PROBLEM_STATEMENT = "problem_statement"
    IDEA_RACE = "idea_race"
    CRYSTAL_BALL = "crystal_ball"
    PITCH = "pitch"


class ProgrammeKind(str, Enum):
    PLENARY = "plenary"
    BREAK = "break"
    PHASE = "phase"
    JURY = "jury"
    SOCIAL = "social"


class VoteTarget(str, Enum):
    KNELPUNTEN = "knelpunten"
    THEMES = "themes"
    IDEAS = "ideas"


class Rules(_Strict):
    """Named rules of a step; absent means 'does not apply'."""

    individual: bool = False  # everyone works alone first
    one_per_note: bool = False  # one thought / idea per sticky note
    hidden_until_reveal: bool = False  # others' work or votes stay hidden until the reveal
    votes_on: Annotated[VoteTarget | None, Field(strict=False)] = None
    budget_per_member: PositiveInt | None = None  # dots or votes per member
    several_per_item: bool | None = None  # may one member put more than one dot on an item
    tie_breaker: Key | None = None  # role key whose vote breaks a tie
    keep_at_most: PositiveInt | None = None  # how many items go on to the next step
    source: Key | None = None  # step key whose items this step works on
    horizon_years: PositiveInt | None = None  # crystal ball: how far the timeline reaches
    prize_sheets: PositiveInt | None = None  # idea race: flip-over sheets for the winning team
    race_rounds: list[Key] = []  # idea race: the parts that are rounds (others, e.g. a half-time review, count nothing); empty: every part
    anonymous: bool = False  # no visible author on its notes and dots (the team may switch it before the step starts)


class Step(_Strict):
    key: Key
    kind: Annotated[StepKind, Field(strict=False)]
    title: Text
    group: Text | None = None  # the workbook's "Stap 1 - ..." heading this step belongs to
    minutes: PositiveInt
    instruction: Text  # one line: what to do now (shown large, also on the beamer)
    description: Text | None = None
    questions: list[Text] = []
    examples: list[Text] = []
    tips: list[Text] = []
    rules: Rules = Rules()
    parts: list[Part] = []
    zones: list[Zone] = []
    sections: list[Section] = []
    fields: list[InputField] = []
    timeline: Timeline | None = None
    prefix: Text | None = None  # hkw: the fixed start of every question ("Hoe kunnen we")
    tasks: list[Task] = []  # pitch: the tasks to split among the members
    storyboard: Storyboard | None = None  # pitch: the storyboard's bounds; None: the step has none
    statement: Text | None = None  # problem_statement: the sentence its fields make, "{owner} ... {result}"

    @model_validator(mode="after")
    def _check_kind(self, info: ValidationInfo) -> Step:
        if self.parts and sum(p.minutes for p in self.parts) != self.minutes:
            raise ValueError(
                f"the parts add up to {sum(p.minutes for p in self.parts)} minutes, "
                f"the step has {self.minutes}"
            )
        if self.kind == StepKind.DOT_VOTE:
            if self.rules.budget_per_member is None or self.rules.votes_on is None:
                raise ValueError("a dot_vote step needs rules.budget_per_member and rules.votes_on")
            if self.rules.several_per_item is None:
                raise ValueError("a dot_vote step needs rules.several_per_item (true or false)")
        if self.kind == StepKind.VEHICLE:
            keys = tuple(z.key for z in self.zones)
            if sorted(keys) != sorted(VEHICLE_ZONES):
                raise ValueError(f"a vehicle step needs exactly the zones {', '.join(VEHICLE_ZONES)}")
        if self.kind == StepKind.CRYSTAL_BALL and (self.timeline is None or not self.rules.horizon_years):
            raise ValueError("a crystal_ball step needs a timeline and rules.horizon_years")
        if self.kind == StepKind.HKW and self.prefix is None and not stored(info):
            raise ValueError("an hkw step needs a prefix (the start of every question)")
        if self.kind == StepKind.PROBLEM_STATEMENT and not (stored(info) and self.statement is None):
            check_statement(self.statement, {f.key for f in self.fields})
        unknown = [key for key in self.rules.race_rounds if key not in {p.key for p in self.parts}]
        if unknown:
            raise ValueError(f"rules.race_rounds names {', '.join(unknown)}, which is not a part of the step")
        section_keys = {s.key for s in self.sections}
        for f in self.fields:
            if f.section is not None and f.section not in section_keys:
                raise ValueError(f"field {f.key!r} names section {f.section!r}, which is not in sections")
        earlier: set[str] = set()
        for f in self.fields:
            if f.starts_from is not None and f.starts_from not in earlier:
                raise ValueError(f"field {f.key!r} starts from {f.starts_from!r}, which is not an earlier field of the step")
            earlier.add(f.key)
        unique("parts", [p.key for p in self.parts])
        unique("fields", [f.key for f in self.fields])
        unique("tasks", [t.key for t in self.tasks])
        return self


class Phase(_Strict):
    key: Key
    number: PositiveInt
    title: Text
    short: Text  # label on the phase stepper
    start: ClockTime
    end: ClockTime
    intro: Text
    needs: list[Text] = []  # "wat hebben jullie nodig?"
    steps: Annotated[list[Step], Field(min_length=1)]

    @model_validator(mode="after")
    def _check_window(self) -> Phase:
        window = minutes_of(self.end) - minutes_of(self.start)
        if window <= 0:
            raise ValueError(f"the phase ends ({self.end}) before it starts ({self.start})")
        total = sum(s.minutes for s in self.steps)
        if total > window:
            raise ValueError(
                f"its steps take {total} minutes, the window {self.start}-{self.end} has {window}"
            )
        unique("steps", [s.key for s in self.steps])
        return self

    @property
    def start_time(self) -> time:
        return clock_of(self.start)

    @property
    def end_time(self) -> time:
        return clock_of(self.end)


class ProgrammeItem(_Strict):
    start: ClockTime
    title: Text
    kind: Annotated[ProgrammeKind, Field(strict=False)]
    phase: Key | None = None  # the phase this item is, for kind "phase"
    fixed: bool = False  # a fixed clock time (lunch, the borrel): stays put while the items around it move
    minutes: PositiveInt | None = None  # its planned length, kept only while it runs into the fixed item after it (the editor warns)

    @model_validator(mode="after")
    def _check_phase(self, info: ValidationInfo) -> ProgrammeItem:
        if (self.kind == ProgrammeKind.PHASE) != (self.phase is not None):
            raise ValueError("an item of kind 'phase' names its phase, and only such an item does")
        _check_fits(self.title, ProgrammeRow.title_nl, info, "the programme stores it")
        return self


class ChallengeSection(_Strict):
    title: Text
    body: Text | None = None
    bullets: list[Text] = []


class Challenge(_Strict):
    key: Key
    number: PositiveInt
    title: Text
    teaser: Text  # the short invitation from the workbook's list of groups
    question: Text  # "Vraagstelling"
    sections: list[ChallengeSection] = []
    consider: list[Text] = []  # "neem ook het volgende mee": the pitch must answer these


class Role(_Strict):
    key: Key
    title: Text
    description: Text
    may_wait: bool = False  # may stay open until later in the day (the presenter)


class Kennismaking(_Strict):
    title: Text
    questions: Annotated[list[InputField], Field(min_length=1)]
    tip: Text | None = None
    summary: Key | None = None  # the question whose answer shows under a member's name (their organisation)

    @model_validator(mode="after")
    def _check_questions(self) -> Kennismaking:
        unique("kennismaking.questions", [q.key for q in self.questions])
        if self.summary is not None and self.summary not in {q.key for q in self.questions}:
            raise ValueError(f"summary {self.summary!r} is not one of the questions")
        return self


class Result(_Strict):
    title: Text
    intro: Text
    goals: list[Text]
    action_plan: list[Text] = []


class Meta(_Strict):
    key: Key
    title: Text
    subtitle: Text | None = None
    intro: Text
    tip: Text | None = None  # shown at every phase gate
    timezone: str = "Europe/Amsterdam"

    @model_validator(mode="after")
    def _check_timezone(self, info: ValidationInfo) -> Meta:
        _check_fits(self.title, EventRow.name, info, "it is a new event's name")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r} (use e.g. Europe/Amsterdam)") from None
        return self


class Template(_Strict):
    meta: Meta
    programme: Annotated[list[ProgrammeItem], Field(min_length=1)]
    challenges: Annotated[list[Challenge], Field(min_length=1)]
    kennismaking: Kennismaking
    roles: Annotated[list[Role], Field(min_length=1)]
    result: Result | None = None
    phases: Annotated[list[Phase], Field(min_length=1)]
    jury: Jury | None = None  # None: the day has no jury (an older event gets the shipped one: template_additions)

    @model_validator(mode="after")
    def _check_cross_references(self) -> Template:
        unique("challenges", [c.key for c in self.challenges])
        unique("challenge numbers", [str(c.number) for c in self.challenges])
        unique("phase numbers", [str(p.number) for p in self.phases])
        for earlier, later in zip(self.phases, self.phases[1:]):
            if minutes_of(later.start) < minutes_of(earlier.end):
                raise ValueError(f"phase {later.key!r} starts ({later.start}) before phase {earlier.key!r} ends ({earlier.end})")
        unique("roles", [r.key for r in self.roles])
        unique("phases", [p.key for p in self.phases])
        unique("steps (over all phases)", [s.key for p in self.phases for s in p.steps])
        starts = [minutes_of(item.start) for item in self.programme]
        if starts != sorted(starts):
            raise ValueError("the programme items are not in order of their start times")
        phase_keys = {p.key for p in self.phases}
        step_keys = {s.key for p in self.phases for s in p.steps}
        role_keys = {r.key for r in self.roles}
        for item in self.programme:
            if item.phase is not None and item.phase not in phase_keys:
                raise ValueError(f"programme item {item.start} names phase {item.phase!r}, which is not in phases")
        if self.jury is not None and self.jury.pitches_at not in {item.start for item in self.programme}:
            raise ValueError(f"jury.pitches_at {self.jury.pitches_at} is not the start of a programme item")
        for step in self.steps():
            if step.rules.tie_breaker and step.rules.tie_breaker not in role_keys:
                raise ValueError(f"step {step.key!r}: tie_breaker {step.rules.tie_breaker!r} is not a role")
            if step.rules.source and step.rules.source not in step_keys:
                raise ValueError(f"step {step.key!r}: source {step.rules.source!r} is not a step")
        return self

    # -- look-ups ------------------------------------------------------------
    def steps(self) -> list[Step]:
        return [s for p in self.phases for s in p.steps]

    def step(self, key: str) -> Step:
        return by_key(self.steps(), key)

    def phase(self, key: str) -> Phase:
        return by_key(self.phases, key)

    def phase_of(self, step_key: str) -> Phase:
        for phase in self.phases:
            if any(s.key == step_key for s in phase.steps):
                return phase
        raise KeyError(step_key)

    def challenge(self, key: str) -> Challenge:
        return by_key(self.challenges, key)

    def nearest_before(self, step_key: str, kind: StepKind) -> Step | None:
        """The closest step before ``step_key`` of ``kind``: where a step's material comes from."""
        steps = self.steps()
        earlier = steps[: [s.key for s in steps].index(step_key)]
        return next((s for s in reversed(earlier) if s.kind == kind), None)

    def role(self, key: str) -> Role:
        return by_key(self.roles, key)
