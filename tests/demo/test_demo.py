"""The demo event: nine teams over three challenges, a day in full swing at whatever hour it is made."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.demo.event import create_demo_event, ensure_demo_event
from app.event.events import event_template, get_event, list_events
from app.event.teams import team_views


def test_the_demo_event_is_a_staatsprint_in_full_swing(store):
    event_id = create_demo_event(store)
    event = get_event(store, event_id)
    template = event_template(event)
    teams = team_views(store, event_id, template)
    assert event.day == datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    assert len(teams) == 9
    assert Counter(t.challenge_key for t in teams) == {"gemeentelijke_it": 3, "markt_overheid": 3, "it_personeel": 3}
    assert all(4 <= len(t.members) <= 6 for t in teams)
    assert all(t.holder("captain") and t.holder("timekeeper") for t in teams)
    assert {template.phase_of(t.current_step).number for t in teams} == {1, 2, 3, 4}  # spread over phases 1 to 4
    assert len({t.current_step for t in teams}) >= 7
    assert any(t.name is None for t in teams) and any(t.name for t in teams)
    everyone = [m for t in teams for m in t.members]
    assert all(len(m.kennismaking) == 4 for m in everyone)
    assert any(any(ch in m.name for ch in "ëéï") for m in everyone)


def test_the_demo_is_added_only_to_an_empty_database(store):
    first = ensure_demo_event(store)
    assert first is not None
    assert ensure_demo_event(store) is None
    assert len(list_events(store)) == 1


def test_the_demo_timers_run_as_if_the_day_were_under_way(store):
    from app.clock.clock import FakeClock
    from app.clock.timers import Status, Timers

    now = datetime.now(timezone.utc)
    event_id = create_demo_event(store, now)
    template = event_template(get_event(store, event_id))
    teams = team_views(store, event_id, template)
    timers = Timers(store, FakeClock(now))
    bundling = timers.states(event_id, teams[0].id)[("themes", "")]
    assert bundling.status(now) is Status.RUNNING and 220 < bundling.remaining(now) <= 240
    voting = timers.states(event_id, teams[1].id)[("theme_vote", "")]
    assert voting.status(now) is Status.RUNNING and voting.remaining(now) <= 60  # the last minute
    assert timers.states(event_id, teams[2].id)[("hkw", "")].status(now) is Status.OVERRUN
    assert get_event(store, event_id).announcement == "Koffie en thee staan klaar in de foyer."


def test_the_demo_shows_phase_one_work(store):
    from app.board.board import clusters, notes
    from app.outcomes.knelpunten import knelpunten
    from app.voting.vote_step import is_revealed, result

    event_id = create_demo_event(store)
    template = event_template(get_event(store, event_id))
    teams = team_views(store, event_id, template)
    first, second = teams[0], teams[1]
    assert len(notes(store, first.id, ["braindump"])) >= 12 and len(clusters(store, first.id, "clustering")) == 4
    assert is_revealed(store, event_id, first.id, "braindump")  # the team has moved past its brain dump
    assert len(notes(store, first.id, ["hkw"])) == 5 and first.current_step == "themes"  # bundled into themes now
    assert len(clusters(store, first.id, "themes")) == 2
    assert len(notes(store, second.id, ["braindump"])) >= 35
    assert all(n.cluster_id for n in notes(store, second.id, ["braindump"]))
    assert len(clusters(store, second.id, "clustering")) >= 5
    pains = knelpunten(store, second.id)
    assert len(pains) >= 4 and all(len(k.answers) == 4 for k in pains)
    assert is_revealed(store, event_id, second.id, "dot_vote")
    ranking = result(store, template, second.id, template.step("dot_vote")).ranking
    assert ranking[0][1] > ranking[-1][1] > 0
    assert {n.zone_key for n in notes(store, second.id, ["vehicle"])} == {"driver", "passengers", "chassis", "engine", "fuel", "road"}


def test_the_team_at_the_theme_vote_has_themes_to_vote_on(store):
    from app.voting.vote_step import vote_items

    event_id = create_demo_event(store)
    template = event_template(get_event(store, event_id))
    team = next(t for t in team_views(store, event_id, template) if t.current_step == "theme_vote")
    themes = vote_items(store, template, team.id, template.step("theme_vote"))
    assert len(themes) == 3 and themes[0].label == "Samen optrekken vóór de aanbesteding"


def _local(hhmm: str) -> datetime:
    """Today at ``hhmm`` in the event's time zone, in UTC."""
    zone = ZoneInfo("Europe/Amsterdam")
    hours, minutes = map(int, hhmm.split(":"))
    return datetime.now(zone).replace(hour=hours, minute=minutes, second=0, microsecond=0).astimezone(timezone.utc)


@pytest.mark.parametrize("hhmm", ["06:00", "10:40", "17:30", "21:00", "02:00"])
def test_the_demo_is_a_day_in_full_swing_at_any_hour(store, hhmm):
    from app.clock.clock import FakeClock
    from app.clock.timers import Timers
    from app.day.programme import (
        day_shift_minutes,
        moment,
        programme_items,
        slip_seconds,
    )

    now = _local(hhmm) + timedelta(seconds=17)
    event_id = create_demo_event(store, now)
    template = event_template(get_event(store, event_id))
    items = programme_items(store, event_id)
    at = moment(items, now)
    assert at.current.title_nl == "Het probleem definiëren"  # mid-day: phase 2 is on
    assert at.next.title_nl == "Terugkoppeling eerste fases" and 0 < (at.next.starts_at - now).total_seconds() < 20 * 60
    assert day_shift_minutes(template, items) == 0  # the demo's day is moved as a whole, not shifted
    timers = Timers(store, FakeClock(now))
    slips = [
        (template.phase_of(team.current_step).number,
         slip_seconds(template, items, team.current_step, timers.states(event_id, team.id), now))
        for team in team_views(store, event_id, template)
    ]
    assert all(-10 * 60 <= slip <= 30 * 60 for phase, slip in slips if phase < 3), slips  # a few minutes ahead to twenty-odd behind
    assert all(slip < 0 for phase, slip in slips if phase >= 3), slips  # the teams that started their own race early
