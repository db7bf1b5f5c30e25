"""The demo event: a Staatsprint in full swing at whatever hour it is made.

Its people, where each team is and the moment of the day it shows (``at``, a template clock
time) come from ``resources/demo/``; the day itself comes from the template, like any other
event. The whole programme is moved so that ``at`` is now, and each team's timer runs as if
started the given minutes ago: at 06:00, 17:30 or 02:00 a newcomer sees the same mid-day.
The demo then runs on the real clock, as any event: reopened an hour later it is an hour
later in its day (the next morning its day is over). ``staatsprint demo`` and the window's
File > Add the demo event add a fresh demo day anchored at that moment. Made in one transaction.
"""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.clock import FakeClock
from app.events import create_event, local_to_utc
from app.navigation import move_team
from app.paths import resources_dir, template_path
from app.programme import set_announcement
from app.store import Store
from app.demo_work import add_work, load
from app.teams import add_member, add_team, set_role, team_views
from app.template import Template
from app.template_file import parse_template
from app.timers import TimerKey, Timers, timer_plan
from app.vote_step import reveal
from db.models import ProgrammeItem

DEMO_FILE = "staatsprint-demo.toml"
WORK_FILE = "staatsprint-demo-phase1.toml"
DEMO_TEMPLATE = "staatsprint"


def demo_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def work_path() -> Path:  # noqa: N802
    return resources_dir() / "demo" / WORK_FILE


def create_demo_event(store: Store, now: datetime | None = None) -> int:
    """Create the demo event with its day in full swing at ``now`` (the real time by default)."""
    now = now or datetime.now(timezone.utc)
    source = template_path(DEMO_TEMPLATE).read_text(encoding="utf-8")
    template = parse_template(source, f"{DEMO_TEMPLATE}.toml")
    with demo_path().open("rb") as handle:
        demo = tomllib.load(handle)
    zone = ZoneInfo(template.meta.timezone)
    day = now.astimezone(zone).date()
    with store.write():
        event_id = create_event(store, source, day, demo["event"]["name"], demo["event"].get("location", ""))
        _anchor_day(store, event_id, now.replace(second=0, microsecond=0) - local_to_utc(day, demo["event"]["at"], zone))
        for team in demo["teams"]:
            team_id = add_team(store, event_id, team["challenge"], team.get("name"))
            for member in team["members"]:
                member_id = add_member(store, team_id, member["name"], member.get("kennismaking", {}))
                for role in member.get("roles", []):
                    set_role(store, team_id, role, member_id, template)
            move_team(store, team_id, team.get("step"), template)
            _reveal_passed_steps(store, event_id, team_id, template, team.get("step"), now)
            if "timer_started_minutes_ago" in team:
                _run_timer_since(store, event_id, team_id, template, team["step"], team["timer_started_minutes_ago"], now)
        set_announcement(store, event_id, demo["event"].get("announcement", ""))
        add_work(store, template, event_id, team_views(store, event_id, template), load(work_path()), now)
    return event_id


def _anchor_day(store: Store, event_id: int, offset: timedelta) -> None:
    """Move the whole programme by ``offset`` (the day keeps its shape: this is no shift)."""
    with store.write() as session:
        for item in session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id)).all():
            item.starts_at = item.starts_at + offset
            session.add(item)


def _reveal_passed_steps(store: Store, event_id: int, team_id: int, template: Template, step_key: str | None, now: datetime) -> None:
    """What a team hides until a step ends is revealed once it has moved past that step."""
    keys = [step.key for step in template.steps()]
    passed = template.steps()[: keys.index(step_key)] if step_key else []
    for step in passed:
        if step.rules.hidden_until_reveal:
            reveal(store, event_id, team_id, step, now)


def _run_timer_since(store: Store, event_id: int, team_id: int, template: Template, step_key: str, minutes_ago: float, now: datetime) -> None:
    """The step's timer as if started ``minutes_ago``: earlier parts done in turn, the last one running."""
    clock = FakeClock(now - timedelta(minutes=minutes_ago))  # replay the start, then each part's end
    timers = Timers(store, clock)
    plan = timer_plan(template, step_key)
    for index, part in enumerate(plan):
        key = TimerKey(event_id, team_id, step_key, part.key)
        timers.apply(key, part.minutes * 60, "start")
        if index == len(plan) - 1 or clock.now() + timedelta(minutes=part.minutes) > now:
            return
        clock.advance(part.minutes * 60)
        timers.apply(key, part.minutes * 60, "finish")


def ensure_demo_event(store: Store, now: datetime | None = None) -> int | None:
    """Create the demo event when the database holds no event at all; its id, or None."""
    from app.events import list_events

    if list_events(store):
        return None
    return create_demo_event(store, now)
