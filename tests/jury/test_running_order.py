"""The pitch running order: a seeded draw anyone can re-run, rooms, moves, absent teams, the fit
with the programme's pitch window, and the pitch and Q&A timers as stored deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.clock.clock import FakeClock
from app.clock.timers import Status, Timers
from app.day.programme import programme_items, shift_rest_of_day
from app.errors import DomainError
from app.event.events import create_event, event_template, get_event
from app.event.teams import add_team
from app.jury.pitch_timers import PITCH, QA, advance, come_back, leave, pitch_clock, start_pitch, start_questions
from app.jury.pitch_window import fit_per_room, fits, planned_starts
from app.jury.running_order import (
    add_missing, draw, draws, move, move_to_room, order_for, running_order, set_absent, set_rooms,
)
from app.paths import template_path
from app.storage.database import open_store
from db.models import Team


@pytest.fixture
def event(store):
    """A Staatsprint event with nine teams, on each engine, whose template gives each team 4 minutes to
    pitch, 3 for questions and 1 to change over (8 minutes: the hand-computed figures below)."""
    source = template_path("staatsprint").read_text(encoding="utf-8")
    assert "pitch_minutes = 3\nqa_minutes = 2\n" in source
    source = source.replace("pitch_minutes = 3\nqa_minutes = 2\n", "pitch_minutes = 4\nqa_minutes = 3\n")
    event_id = create_event(store, source, date(2026, 3, 11))
    teams = [add_team(store, event_id, "gemeentelijke_it") for _ in range(9)]
    return store, event_id, teams


@pytest.fixture
def eight_minutes(event):
    """The event's own template (8 minutes a team)."""
    store, event_id, _ = event
    return event_template(get_event(store, event_id))


def numbers(store, slots) -> list[int]:
    with store.read() as session:
        return [session.get(Team, slot.team_id).number for slot in slots]


def test_the_draw_is_the_documented_shuffle_of_the_team_numbers_and_its_seed_is_recorded(event):
    store, event_id, _teams = event
    assert draw(store, event_id, seed=482913) == 482913
    assert numbers(store, running_order(store, event_id)) == order_for(list(range(1, 10)), 482913)
    assert order_for([5, 1, 3], 7) == order_for([1, 3, 5], 7)  # the input's order does not matter: sorted first
    recorded = draws(store, event_id)
    assert list(recorded) == [""] and recorded[""]["seed"] == 482913 and recorded[""]["at"]
    assert [slot.position for slot in running_order(store, event_id)] == list(range(1, 10))


def test_the_same_seed_gives_the_same_order_and_no_seed_draws_a_new_recorded_one(event):
    store, event_id, _ = event
    draw(store, event_id, seed=11)
    first = running_order(store, event_id)
    draw(store, event_id, seed=11)
    assert running_order(store, event_id) == first
    seed = draw(store, event_id)
    assert 0 <= seed < 1_000_000 and draws(store, event_id)[""]["seed"] == seed
    assert numbers(store, running_order(store, event_id)) == order_for(list(range(1, 10)), seed)


def test_one_order_per_room(event):
    store, event_id, teams = event
    draw(store, event_id, {"Zaal 2": teams[5:], "Zaal 1": teams[:5]}, seed=3)
    slots = running_order(store, event_id)
    assert [slot.room for slot in slots] == ["Zaal 1"] * 5 + ["Zaal 2"] * 4  # sorted by room, then position
    assert [slot.position for slot in slots] == [1, 2, 3, 4, 5, 1, 2, 3, 4]
    assert numbers(store, slots[:5]) == order_for([1, 2, 3, 4, 5], 3)
    assert set(draws(store, event_id)) == {"Zaal 1", "Zaal 2"}


def test_set_rooms_deals_the_teams_and_one_room_joins_them_again(event):
    store, event_id, _ = event
    draw(store, event_id, seed=5)
    before = [slot.team_id for slot in running_order(store, event_id)]
    set_rooms(store, event_id, ["Zaal 1", "Zaal 2"])
    slots = running_order(store, event_id)
    assert [s.team_id for s in slots if s.room == "Zaal 1"] == before[0::2]
    assert [s.team_id for s in slots if s.room == "Zaal 2"] == before[1::2]
    set_rooms(store, event_id, ["Zaal 1"])
    assert {slot.room for slot in running_order(store, event_id)} == {""}


def test_rooms_need_their_own_names_and_a_refusal_changes_nothing(event):
    store, event_id, teams = event
    draw(store, event_id, seed=5)
    before = running_order(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_rooms(store, event_id, ["Zaal", "Zaal"])
    assert refused.value.code == "order_room_names"
    with pytest.raises(DomainError) as refused:
        draw(store, event_id, {"A": teams[:3], "B": teams[2:]}, seed=1)
    assert refused.value.code == "order_rooms_teams"
    assert running_order(store, event_id) == before and draws(store, event_id)[""]["seed"] == 5


def test_move_up_and_down_within_the_room_and_to_another_room(event):
    store, event_id, _ = event
    draw(store, event_id, seed=9)
    order = [slot.team_id for slot in running_order(store, event_id)]
    assert move(store, event_id, order[2], -1)
    assert [slot.team_id for slot in running_order(store, event_id)][:3] == [order[0], order[2], order[1]]
    assert not move(store, event_id, order[0], -1)  # the first stays first
    assert not move(store, event_id, order[8], 1)
    move_to_room(store, event_id, order[0], "Zaal 2")
    slots = running_order(store, event_id)
    assert [(s.room, s.position) for s in slots if s.team_id == order[0]] == [("Zaal 2", 1)]
    assert [s.position for s in slots if s.room == ""] == list(range(1, 9))  # the gap closed


def test_absent_teams_stay_in_the_order_marked(event):
    store, event_id, _ = event
    draw(store, event_id, seed=9)
    team = running_order(store, event_id)[3].team_id
    set_absent(store, event_id, team, True)
    assert [slot.absent for slot in running_order(store, event_id)] == [False] * 3 + [True] + [False] * 5
    draw(store, event_id, seed=10)  # a new draw keeps who is absent
    assert [slot.team_id for slot in running_order(store, event_id) if slot.absent] == [team]
    set_absent(store, event_id, team, False)
    assert not any(slot.absent for slot in running_order(store, event_id))


def test_a_team_not_drawn_yet_is_refused_then_added_at_the_end(event):
    store, event_id, _ = event
    draw(store, event_id, seed=1)
    late = add_team(store, event_id, "gemeentelijke_it")
    with pytest.raises(DomainError) as refused:
        set_absent(store, event_id, late, True)
    assert refused.value.code == "order_not_drawn"
    assert add_missing(store, event_id) == [late]
    assert running_order(store, event_id)[-1].team_id == late and running_order(store, event_id)[-1].position == 10


def test_nine_teams_do_not_fit_the_hour_and_eight_minutes_each_is_72(event, eight_minutes):
    store, event_id, _ = event
    draw(store, event_id, seed=2)
    items = programme_items(store, event_id)
    [fit] = fits(eight_minutes, items, running_order(store, event_id))
    assert (fit.teams, fit.needed_minutes, fit.window_minutes) == (9, 72, 60)  # 9 × (4 + 3 + 1)
    assert fit.start.astimezone(timezone.utc) < fit.end
    for slot in running_order(store, event_id)[:2]:
        set_absent(store, event_id, slot.team_id, True)
    assert fits(eight_minutes, items, running_order(store, event_id)) == []  # 7 × 8 = 56 ≤ 60
    [room] = fit_per_room(eight_minutes, items, running_order(store, event_id))
    assert room.fits and room.needed_minutes == 56


def test_parallel_rooms_each_have_the_whole_window(event, eight_minutes):
    store, event_id, teams = event
    draw(store, event_id, {"Zaal 1": teams[:5], "Zaal 2": teams[5:]}, seed=2)
    assert fits(eight_minutes, programme_items(store, event_id), running_order(store, event_id)) == []


def test_the_window_follows_a_shifted_programme(event, eight_minutes):
    store, event_id, _ = event
    draw(store, event_id, seed=2)
    items = programme_items(store, event_id)
    pitch_item = next(item for item in items if eight_minutes.programme[item.position].start == "15:45")
    first_start = planned_starts(eight_minutes, items, running_order(store, event_id))
    # The borrel is fixed at 17:05 and the closing item before it lasts 5 minutes: the afternoon moves 4 at most.
    shift = timedelta(minutes=4)
    shift_rest_of_day(store, event_id, 4, pitch_item.starts_at - timedelta(minutes=1))
    shifted = programme_items(store, event_id)
    [fit] = fits(eight_minutes, shifted, running_order(store, event_id))
    assert fit.start == pitch_item.starts_at + shift and fit.window_minutes == 60
    starts = planned_starts(eight_minutes, shifted, running_order(store, event_id))
    second = running_order(store, event_id)[1].team_id
    assert starts[second] == first_start[second] + shift
    assert starts[second] - fit.start == timedelta(minutes=8)


T0 = datetime(2026, 3, 11, 15, 45, tzinfo=timezone.utc)


def test_the_pitch_then_the_questions_as_deadlines_that_survive_a_restart(event, eight_minutes, tmp_path):
    store, event_id, teams = event
    jury = eight_minutes.jury
    clock = FakeClock(T0)
    timers = Timers(store, clock)
    start_pitch(timers, event_id, teams[0], jury)
    clock.advance(100)
    shown = pitch_clock(timers.states(event_id, teams[0]), jury, clock.now())
    assert (shown.part, shown.remaining(clock.now()), shown.status(clock.now())) == (PITCH, 140, Status.RUNNING)
    clock.advance(200)  # 4 minutes up 60 s ago: the questions started at the pitch's deadline
    again = open_store(store.engine.url.render_as_string(hide_password=False))  # a restart: a new connection
    restarted = Timers(again, clock)
    shown = pitch_clock(restarted.states(event_id, teams[0]), jury, clock.now())
    assert (shown.part, shown.remaining(clock.now())) == (QA, 120)
    again.engine.dispose()


def test_starting_the_questions_early_stops_the_pitch(event, eight_minutes):
    store, event_id, teams = event
    jury, clock = eight_minutes.jury, FakeClock(T0)
    timers = Timers(store, clock)
    advance(timers, event_id, teams[0], jury)  # the one key: start the pitch…
    clock.advance(150)
    advance(timers, event_id, teams[0], jury)  # …then the questions
    states = timers.states(event_id, teams[0])
    assert states[("jury_pitch", "pitch")].elapsed(clock.now()) == 150
    clock.advance(200)
    shown = pitch_clock(states, jury, clock.now())
    assert (shown.part, shown.remaining(clock.now()), shown.status(clock.now())) == (QA, -20, Status.OVERRUN)


def test_leaving_stops_the_timers_and_coming_back_reopens_them_paused(event, eight_minutes):
    store, event_id, teams = event
    jury, clock = eight_minutes.jury, FakeClock(T0)
    timers = Timers(store, clock)
    start_pitch(timers, event_id, teams[0], jury)
    clock.advance(30)
    leave(timers, event_id, teams[0], jury)  # PageDown by mistake
    clock.advance(20)
    come_back(timers, event_id, teams[0], jury)  # and PageUp again
    shown = pitch_clock(timers.states(event_id, teams[0]), jury, clock.now())
    assert (shown.part, shown.remaining(clock.now()), shown.status(clock.now())) == (PITCH, 210, Status.PAUSED)
    advance(timers, event_id, teams[0], jury)  # resumes
    clock.advance(10)
    assert pitch_clock(timers.states(event_id, teams[0]), jury, clock.now()).remaining(clock.now()) == 200
    untouched = pitch_clock(timers.states(event_id, teams[1]), jury, clock.now())
    assert (untouched.part, untouched.status(clock.now()), untouched.remaining(clock.now())) == (PITCH, Status.IDLE, 240)


def test_a_team_whose_turn_is_over_pitches_again_from_the_start(event, eight_minutes):
    store, event_id, teams = event
    jury, clock = eight_minutes.jury, FakeClock(T0)
    timers = Timers(store, clock)
    start_pitch(timers, event_id, teams[0], jury)
    clock.advance(300)
    start_questions(timers, event_id, teams[0], jury)  # the Q&A was already running: it goes on
    assert pitch_clock(timers.states(event_id, teams[0]), jury, clock.now()).remaining(clock.now()) == 120
    start_pitch(timers, event_id, teams[0], jury)
    shown = pitch_clock(timers.states(event_id, teams[0]), jury, clock.now())
    assert (shown.part, shown.remaining(clock.now())) == (PITCH, 240)


def test_rooms_set_before_any_draw_take_every_team_and_the_draw_keeps_them(event):
    store, event_id, teams = event
    set_rooms(store, event_id, ["Zaal 1", "Zaal 2", "Zaal 3"])
    slots = running_order(store, event_id)
    assert [slot.team_id for slot in slots if slot.room == "Zaal 1"] == teams[0::3]
    draw(store, event_id, seed=8)
    assert {room: sum(1 for slot in running_order(store, event_id) if slot.room == room) for room in draws(store, event_id)} == {
        "Zaal 1": 3, "Zaal 2": 3, "Zaal 3": 3}
