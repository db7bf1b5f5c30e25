"""The demo event: a Staatsprint in full swing at whatever hour it is made.

Its people, where each team is and the moment of the day it shows (``at``, a template clock
time) come from ``resources/demo/``; the day itself comes from the template, like any other
event. The whole programme is moved so that ``at`` is now, and each team's timer runs as if
started the given minutes ago: at 06:00, 17:30 or 02:00 a newcomer sees the same mid-day.
The demo then runs on the real clock, as any event: reopened an hour later it is an hour
later in its day (the next morning its day is over). ``staatsprint demo`` and the window's
File > Add the demo event add a fresh demo day anchored at that moment. Made in one transaction,
in one pass: every row is built in memory with the checks of the actions a person would take,
then inserted table by table (a few statements, not one per row and dot).
"""

from __future__ import annotations

import tomllib
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from app.day.template import Template
from app.day.template_file import parse_template
from app.demo.ideation import ideation_rows
from app.demo.jury import jury_demo
from app.demo.pitch import pitch_rows
from app.demo.rows import DemoTeam, Rows, insert
from app.demo.states import StepStates
from app.demo.work import load, work_rows
from app.event.events import create_event_from_template, local_to_utc
from app.demo.participants import import_registrations, place_in_teams
from app.event.teams import new_role, new_team
from app.paths import resources_dir, template_path
from app.storage.store import Store, insert_many
from db.models import Challenge

DEMO_FILE = "staatsprint-demo.toml"
WORK_FILES = ("staatsprint-demo-phase1.toml", "staatsprint-demo-phase1-ahead.toml", "staatsprint-demo-phase23.toml",
              "staatsprint-demo-phase4.toml")
DEMO_TEMPLATE = "staatsprint"


def demo_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def work_paths() -> list[Path]:
    """The teams' work: phase 1 (with the first HKWs and themes), phase 1 of the teams further on,
    phases 2 and 3, then the pitches of phase 4 (a team's entries in that order, as it made them)."""
    return [resources_dir() / "demo" / name for name in WORK_FILES]


def create_demo_event(store: Store, now: datetime | None = None) -> int:
    """Create the demo event with its day in full swing at ``now`` (the real time by default)."""
    now = now or datetime.now(timezone.utc)
    source = template_path(DEMO_TEMPLATE).read_text(encoding="utf-8")
    template = parse_template(source, f"{DEMO_TEMPLATE}.toml")
    with demo_path().open("rb") as handle:
        demo = tomllib.load(handle)
    zone = ZoneInfo(template.meta.timezone)
    day = now.astimezone(zone).date()
    about = demo["event"]
    moved_by = now.replace(second=0, microsecond=0) - local_to_utc(day, about["at"], zone)
    with store.write() as session:
        event_id = create_event_from_template(store, template, day, about["name"], about.get("location", ""),
                                              about.get("announcement", ""), moved_by)
        teams = _teams(store, session, event_id, template, demo["teams"], about.get("absent", []))
        states = StepStates(event_id)
        for team, entry in zip(teams, demo["teams"]):
            _reveal_passed_steps(states, team.id, template, entry.get("step"), now)
            if "timer_started_minutes_ago" in entry:
                states.run_since(team.id, template, entry["step"], entry["timer_started_minutes_ago"], now)
        rows, work = Rows(), [entry for path in work_paths() for entry in load(path)]
        work_rows(rows, template, teams, work, states, now)
        ideation_rows(rows, template, teams, work, states, now)
        pitch_rows(rows, template, teams, [entry["challenge"] for entry in demo["teams"]], work)
        insert(store, session, rows)
        insert_many(store, session, states.rows())
        jury_demo(store, session, event_id, template, now)
    return event_id


def _teams(store: Store, session: Session, event_id: int, template: Template, entries: list[dict],
           absent: list[str]) -> list[DemoTeam]:
    """The teams on their steps and in their rooms, the registrations imported and placed in them, the
    roles: one insert per table (the import's own few statements besides)."""
    challenge_ids = dict(session.exec(select(Challenge.key, Challenge.id).where(Challenge.event_id == event_id)).all())
    teams = [new_team(event_id, challenge_ids[entry["challenge"]], number, entry.get("name"))
             for number, entry in enumerate(entries, start=1)]
    for team, entry in zip(teams, entries):
        team.room = entry.get("room", "")
        if entry.get("step") is not None:
            template.step(entry["step"])  # a step the template has (KeyError: the demo file is wrong)
            team.current_step = entry["step"]
    insert_many(store, session, teams, "number")
    import_registrations(store, event_id)
    members = place_in_teams(store, session, event_id, teams, entries, absent)
    held = [_held(ids, entry["members"]) for ids, entry in zip(members, entries)]
    insert_many(store, session, [new_role(template, team.id, role, member_id)
                                 for team, roles in zip(teams, held) for role, member_id in roles.items()])
    return [DemoTeam(team.id, ids, roles) for team, ids, roles in zip(teams, members, held)]


def _held(members: dict[str, int], people: list[dict]) -> dict[str, int]:
    """Each role of the team with the member the file names (the last one, as when set one by one)."""
    return {role: members[person["name"]] for person in people for role in person.get("roles", [])}


def _reveal_passed_steps(states: StepStates, team_id: int, template: Template, step_key: str | None, now: datetime) -> None:
    """What a team hides until a step ends is revealed once it has moved past that step."""
    keys = [step.key for step in template.steps()]
    passed = template.steps()[: keys.index(step_key)] if step_key else []
    for step in passed:
        if step.rules.hidden_until_reveal:
            states.reveal(team_id, step, now)


def ensure_demo_event(store: Store, now: datetime | None = None) -> int | None:
    """Create the demo event when the database holds no event at all; its id, or None."""
    from app.event.events import list_events

    if list_events(store):
        return None
    return create_demo_event(store, now)
