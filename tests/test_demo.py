"""The demo event: six teams over three challenges, at different points of the day, dated today."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.demo import create_demo_event, ensure_demo_event
from app.events import event_template, get_event, list_events
from app.teams import team_views


def test_the_demo_event_is_a_staatsprint_in_full_swing(store):
    event_id = create_demo_event(store)
    event = get_event(store, event_id)
    template = event_template(event)
    teams = team_views(store, event_id, template)
    assert event.day == date.today()
    assert len(teams) == 6
    assert Counter(t.challenge_key for t in teams) == {"gemeentelijke_it": 2, "markt_overheid": 2, "it_personeel": 2}
    assert all(4 <= len(t.members) <= 6 for t in teams)
    assert all(t.holder("captain") and t.holder("timekeeper") for t in teams)
    assert len({t.current_step for t in teams}) >= 5  # spread over the day
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
    from datetime import datetime, timezone

    from app.timers import Status, Timers
    from app.clock import FakeClock

    event_id = create_demo_event(store)
    template = event_template(get_event(store, event_id))
    teams = {t.current_step: t for t in team_views(store, event_id, template)}
    timers = Timers(store, FakeClock(datetime.now(timezone.utc)))
    now = timers.clock.now()
    braindump = timers.states(event_id, teams["braindump"].id)[("braindump", "")]
    assert braindump.status(now) is Status.RUNNING and 100 < braindump.remaining(now) <= 120
    race = timers.states(event_id, teams["idea_race"].id)
    assert race[("idea_race", "round1")].status(now) is Status.DONE
    assert race[("idea_race", "review")].status(now) is Status.RUNNING
    assert ("idea_race", "round2") not in race
    assert get_event(store, event_id).announcement == "Koffie en thee staan klaar in de foyer."


def test_the_demo_shows_phase_one_work(store):
    from app.board import clusters, notes
    from app.knelpunten import knelpunten
    from app.vote_step import is_revealed, result

    event_id = create_demo_event(store)
    template = event_template(get_event(store, event_id))
    teams = team_views(store, event_id, template)
    first, second = teams[0], teams[1]
    assert len(notes(store, first.id, ["braindump"])) >= 8 and clusters(store, first.id, "clustering") == []
    assert not is_revealed(store, event_id, first.id, "braindump")  # still a private brain dump
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
    from app.vote_step import vote_items

    event_id = create_demo_event(store)
    template = event_template(get_event(store, event_id))
    team = next(t for t in team_views(store, event_id, template) if t.current_step == "theme_vote")
    themes = vote_items(store, template, team.id, template.step("theme_vote"))
    assert len(themes) == 3 and themes[0].label == "Samen optrekken vóór de aanbesteding"
