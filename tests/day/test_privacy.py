"""Anonymous steps: the template's rule by default, the team's switch before the step starts, refused after."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlmodel import select

from app.clock.clock import FakeClock
from app.clock.timers import TimerKey, Timers
from app.day.privacy import is_anonymous, set_anonymous, shown_name
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from db.models import StepState

NOW = datetime(2026, 3, 11, 13, 15, tzinfo=timezone.utc)


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    return event_id, add_team(store, event_id, None)


def test_the_template_rule_is_the_default_and_the_team_switches_before_the_start(store, team, staatsprint_template):
    event_id, team_id = team
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    assert is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "hkw")  # only that step
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", False)
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")


def test_once_the_step_has_started_the_switch_is_refused_and_nothing_changes(store, team, staatsprint_template):
    event_id, team_id = team
    Timers(store, FakeClock(NOW)).apply(TimerKey(event_id, team_id, "idea_race", "round1"), 300, "start")
    with pytest.raises(DomainError) as refused:
        set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    assert refused.value.code == "anonymous_started"
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    with store.read() as session:
        assert all(row.anonymous is None for row in session.exec(select(StepState)).all())


def test_an_anonymous_view_shows_no_name():
    assert shown_name(True, "Fatima") == "" and shown_name(False, "Fatima") == "Fatima"
