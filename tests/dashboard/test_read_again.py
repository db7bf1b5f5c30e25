"""After a change the dashboard reads only what the batch names: the tables it changed, for the teams it
changed — and the rows (so the tiles) are exactly what a full read gives."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event as sa_event

from app.board.board import add_note
from app.clock.clock import FakeClock
from app.clock.timers import TimerKey, Timers, timer_plan
import app.dashboard.pitch_fill as pitch_fill_module
from app.dashboard.changes import pitches_changed, what_changed
from app.dashboard.pitch_fill import PitchFills
from app.dashboard.rows import read_again, read_rows
from app.dashboard.tiles import tiles
from app.day.navigation import move_team
from app.day.programme import planned_step_starts, programme_items, set_announcement, shift_rest_of_day
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from app.pitch.answers import save_pitch_answer
from app.storage.feed import Change
from app.voting.voting import cast


@pytest.fixture
def day(store, staatsprint_template):
    """Eight teams: two each at the knelpunten vote, the idea race, the HKW and not yet started."""
    t = staatsprint_template
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    teams = {}
    for step in ("dot_vote", "idea_race", "hkw", None) * 2:
        team_id = add_team(store, event_id, None)
        members = [add_member(store, team_id, name) for name in ("Anna", "Bram")]
        add_knelpunt(store, team_id, "Silo's")
        if step:
            move_team(store, team_id, step, t)
        teams.setdefault(step, []).append((team_id, members))
    now = planned_step_starts(t, programme_items(store, event_id))["hkw"]
    return store, event_id, teams, now


class Batches:
    """The batches the store announces, and the SELECTs the database runs."""

    def __init__(self, store) -> None:
        self.batches: list[tuple[Change, ...]] = []
        self.selects: list[str] = []
        store.feed.subscribe(self.batches.append)
        sa_event.listen(store.engine, "before_cursor_execute", self._statement)

    def _statement(self, _conn, _cursor, statement, *_rest) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.selects.append(statement)

    def last(self) -> tuple[Change, ...]:
        return self.batches[-1]


def _again(store, event_id, template, now, rows, batches: Batches):
    """The rows after the last batch as the dashboard reads them: only what it names; and the SELECTs run."""
    team_ids, tables = what_changed(batches.last())
    batches.selects.clear()
    again = read_again(store, rows, event_id, template, now, team_ids, tables)
    return again, list(batches.selects), team_ids


def test_a_note_of_one_team_reads_that_teams_notes_and_nothing_of_the_others(day, staatsprint_template):
    store, event_id, teams, now = day
    t = staatsprint_template
    rows = read_rows(store, event_id, t, now)
    batches = Batches(store)
    (plain, _), _ = teams["hkw"]
    add_note(store, plain, "hkw", None, "Hoe kunnen we", 0, 0)
    again, selects, team_ids = _again(store, event_id, t, now, rows, batches)
    assert team_ids == {plain}
    assert len(selects) == 1 and "note" in selects[0]  # its notes: no vote, no race at the HKW
    assert again == read_rows(store, event_id, t, now)
    assert again.notes[plain] == {"hkw": 1}
    assert tiles(again, {}, t, now, "nl") == tiles(read_rows(store, event_id, t, now), {}, t, now, "nl")


def test_a_racing_teams_note_reads_its_race_counts_too(day, staatsprint_template):
    store, event_id, teams, now = day
    t = staatsprint_template
    rows = read_rows(store, event_id, t, now)
    batches = Batches(store)
    (racing, (anna, _bram)), _ = teams["idea_race"]
    add_note(store, racing, "idea_race", anna, "Een app", 0, 0, part_key="round1")
    again, selects, _ = _again(store, event_id, t, now, rows, batches)
    assert len(selects) == 5  # its notes, and the race's own read of this team (four statements)
    assert again == read_rows(store, event_id, t, now)
    assert again.race[racing].total == 1 and again.notes[racing] == {"idea_race": 1}


def test_a_dot_reads_that_teams_dots_and_the_other_voting_team_keeps_its_own(day, staatsprint_template):
    store, event_id, teams, now = day
    t = staatsprint_template
    (voting, (anna, _)), (other, (eva, _)) = teams["dot_vote"]
    step = t.step("dot_vote")
    cast(store, step.rules, other, step.key, eva, add_knelpunt(store, other, "Inkoop"))
    rows = read_rows(store, event_id, t, now)
    batches = Batches(store)
    cast(store, step.rules, voting, step.key, anna, add_knelpunt(store, voting, "Geluid"))
    again, selects, team_ids = _again(store, event_id, t, now, rows, batches)
    assert team_ids == {voting}
    assert again == read_rows(store, event_id, t, now)
    assert [len(again.ballots[team]) for team in (voting, other)] == [1, 1]
    assert len(selects) == 2  # the vote's items (the knelpunten) and the dots, of this team alone


def test_a_team_moving_on_and_its_timer_read_that_team_again(day, staatsprint_template):
    store, event_id, teams, now = day
    t = staatsprint_template
    rows = read_rows(store, event_id, t, now)
    batches = Batches(store)
    (moving, _), _ = teams["hkw"]
    move_team(store, moving, "idea_race", t)
    rows, _, team_ids = _again(store, event_id, t, now, rows, batches)
    assert team_ids == {moving} and rows == read_rows(store, event_id, t, now)
    Timers(store, FakeClock(now)).apply(TimerKey(event_id, moving, "idea_race", "round1"), 600, "start")
    rows, _, _ = _again(store, event_id, t, now + timedelta(minutes=2), rows, batches)
    assert rows == read_rows(store, event_id, t, now + timedelta(minutes=2))
    (tile,) = tiles(rows, {}, t, now + timedelta(minutes=2), "nl", {moving})
    assert tile.step_key == "idea_race" and tile.remaining_s == pytest.approx(480) and tile.ideas == 0


def test_the_programme_shifted_reads_the_programme_alone(day, staatsprint_template):
    store, event_id, _teams, now = day
    t = staatsprint_template
    rows = read_rows(store, event_id, t, now)
    batches = Batches(store)
    shift_rest_of_day(store, event_id, 10, now)  # lunch is fixed: 15 would run into it
    again, selects, team_ids = _again(store, event_id, t, now, rows, batches)
    assert team_ids == set() and len(selects) == 1 and "programme_item" in selects[0]
    assert again == read_rows(store, event_id, t, now)


def test_a_batch_that_names_no_team_or_makes_a_team_is_read_in_whole(day):
    store, event_id, _teams, _now = day
    batches = Batches(store)
    add_team(store, event_id, None)
    assert what_changed(batches.last()) is None
    assert what_changed((Change("event", "update", event_id, None, event_id),)) is None
    assert what_changed((Change("step_state", "update", 1, None, event_id),)) == (set(), set())  # a plenary timer


def test_a_pitch_is_read_again_only_after_its_teams_own_work_changed(day, staatsprint_template, monkeypatch):
    store, event_id, teams, now = day
    t = staatsprint_template
    (first, _), (second, _) = teams["hkw"]
    for team in (first, second):
        move_team(store, team, "pitch", t)
    batches = Batches(store)
    read = []
    real = pitch_fill_module.pitch_fill
    monkeypatch.setattr(pitch_fill_module, "pitch_fill", lambda *args: read.append(args[3]) or real(*args))
    fills = PitchFills()
    steps = {first: "pitch", second: "pitch"}
    before = fills.read(store, t, event_id, steps, "nl")
    assert sorted(read) == sorted([first, second])
    save_pitch_answer(store, first, "pitch", "idea", "Eén loket")
    fills.forget(pitches_changed(batches.last()))
    read.clear()
    after = fills.read(store, t, event_id, steps, "nl")
    assert read == [first] and after[first].answered == before[first].answered + 1 and after[second] == before[second]
    set_announcement(store, event_id, "Nog 5 minuten")  # the event's own row: no team's pitch
    Timers(store, FakeClock(now)).apply(TimerKey(event_id, second, "pitch", timer_plan(t, "pitch")[0].key), 600, "start")
    for batch in batches.batches[-2:]:
        fills.forget(pitches_changed(batch))
    read.clear()
    assert fills.read(store, t, event_id, steps, "nl") == after and read == []
