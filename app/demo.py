"""The demo event: a Staatsprint in full swing, dated today.

Its people and where each team is come from ``resources/demo/``; the day itself
comes from the template, like any other event. Made in one transaction.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.clock import FakeClock
from app.events import create_event, today
from app.navigation import move_team
from app.paths import resources_dir, template_path
from app.programme import set_announcement
from app.store import Store
from app.demo_work import add_work, load
from app.teams import add_member, add_team, set_role, team_views
from app.template_file import parse_template
from app.timers import TimerKey, Timers, timer_plan

DEMO_FILE = "staatsprint-demo.toml"
WORK_FILE = "staatsprint-demo-phase1.toml"
DEMO_TEMPLATE = "staatsprint"


def demo_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def work_path() -> Path:  # noqa: N802
    return resources_dir() / "demo" / WORK_FILE


def create_demo_event(store: Store, day: date | None = None) -> int:
    """Create the demo event for ``day`` (today by default) and return its id."""
    source = template_path(DEMO_TEMPLATE).read_text(encoding="utf-8")
    template = parse_template(source, f"{DEMO_TEMPLATE}.toml")
    with demo_path().open("rb") as handle:
        demo = tomllib.load(handle)
    with store.write():
        event_id = create_event(
            store, source, day or today(template), demo["event"]["name"], demo["event"].get("location", "")
        )
        for team in demo["teams"]:
            team_id = add_team(store, event_id, team["challenge"], team.get("name"))
            for member in team["members"]:
                member_id = add_member(store, team_id, member["name"], member.get("kennismaking", {}))
                for role in member.get("roles", []):
                    set_role(store, team_id, role, member_id, template)
            move_team(store, team_id, team.get("step"), template)
            if "timer_started_minutes_ago" in team:
                _run_timer_since(store, event_id, team_id, template, team["step"], team["timer_started_minutes_ago"])
        set_announcement(store, event_id, demo["event"].get("announcement", ""))
        add_work(store, template, event_id, team_views(store, event_id, template), load(work_path()))
    return event_id


def _run_timer_since(store: Store, event_id: int, team_id: int, template, step_key: str, minutes_ago: float) -> None:
    """The step's timer as if started ``minutes_ago``: earlier parts done in turn, the last one running."""
    now = datetime.now(timezone.utc)
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


def ensure_demo_event(store: Store) -> int | None:
    """Create the demo event when the database holds no event at all; its id, or None."""
    from app.events import list_events

    if list_events(store):
        return None
    return create_demo_event(store)
