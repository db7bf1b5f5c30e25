"""What the printable agenda is made from: the day's programme on the event's clock (the phases with
their steps and minutes), the challenges, the teams with their members and rooms, and the participants
not yet placed in a team; and which of the day's times a door sign shows (``door_times``).

Plain, picklable data in one language (like app/export/dossier_data.py), so the rendering can run in
another process (app/export/worker.py) and tests can make an agenda without a database. It is read
from the database by app/pdf/agenda_read.py; neither imports reportlab (the window reads the data
before its worker renders) nor the database here (the worker imports this module).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

ROOM_KIND = "phase"  # programme items of this kind happen in the teams' own rooms


@dataclass(frozen=True)
class Step:
    start: str  # "10:45" on the event's clock
    title: str
    minutes: int


@dataclass(frozen=True)
class Item:
    """One item of the day's programme. ``end`` is when the next item starts ("" for the last item);
    a phase's ``window_end`` is when the phase itself ends, which may be later: the pitch phase's
    window holds the afternoon break (as the day's header shows it)."""

    start: str
    end: str
    title: str
    kind: str  # the template's kind: plenary, break, phase, jury, social
    fixed: bool  # a fixed clock time (lunch, the borrel)
    steps: tuple[Step, ...] = ()  # a phase's steps with their planned starts
    window_end: str = ""  # a phase's own end ("" when it ends with its item)

    @property
    def shown_end(self) -> str:
        """The end the programme shows: a phase's own window, else the next item's start."""
        return self.window_end or self.end

    @property
    def in_rooms(self) -> bool:
        return self.kind == ROOM_KIND


@dataclass(frozen=True)
class ChallengeText:
    key: str
    number: int
    title: str
    teaser: str
    question: str


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str
    absent: bool = False
    preference: str = ""  # the challenge they asked for ("2. Slimme IT-samenwerking …"), "" when none


@dataclass(frozen=True)
class TeamEntry:
    number: int
    name: str  # "" while the team has none
    challenge_key: str | None
    room: str  # "" while it has none
    members: tuple[Person, ...]


@dataclass(frozen=True)
class Agenda:
    event_name: str
    day: date
    location: str
    lang: str
    made_at: datetime  # on the event's clock
    programme: tuple[Item, ...]
    challenges: tuple[ChallengeText, ...]
    teams: tuple[TeamEntry, ...]  # by number
    unplaced: tuple[Person, ...]  # participants not in a team yet

    def rooms(self) -> list[str]:
        """Every room a team works in, in the order of the first team in it."""
        return list(dict.fromkeys(team.room for team in self.teams if team.room))

    def teams_in(self, room: str) -> list[TeamEntry]:
        return [team for team in self.teams if team.room == room]

    def challenge(self, key: str | None) -> ChallengeText | None:
        return next((challenge for challenge in self.challenges if challenge.key == key), None)


def door_times(agenda: Agenda) -> list[tuple[str, Item | None]]:
    """The times a door sign shows, from the first work in the rooms to the end of the day, in order:
    each stretch of work in the rooms (consecutive phases, as one "start – end" without an item) and
    every other item with its "start – end" (the last one of the day with its start only), so a team
    knows when to be where. Each as (time, item)."""
    items = agenda.programme
    first_room = next((index for index, item in enumerate(items) if item.in_rooms), len(items))
    shown: list[tuple[str, Item | None]] = []
    stretch: list[Item] = []
    for item in items[first_room:]:
        if item.in_rooms:
            stretch.append(item)
            continue
        if stretch:
            shown.append((_span(stretch), None))
            stretch = []
        shown.append((f"{item.start} – {item.end}" if item.end else item.start, item))
    if stretch:
        shown.append((_span(stretch), None))
    return shown


def _span(stretch: list[Item]) -> str:
    """"10:30 – 12:15": from the first phase's start to the last one's end."""
    end = _end(stretch[-1])
    return f"{stretch[0].start} – {end}" if end else stretch[0].start


def _end(item: Item) -> str:
    """When an item ends; a last phase with no item after it ends with its last step."""
    if item.end or not item.steps:
        return item.end
    hours, minutes = (int(part) for part in item.steps[-1].start.split(":"))
    end = datetime(2000, 1, 1, hours, minutes) + timedelta(minutes=item.steps[-1].minutes)
    return f"{end:%H:%M}"
