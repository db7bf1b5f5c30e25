"""The all-teams dashboard's tiles: counts, the vote's budget without absent members, a hidden vote's privacy,
the slip, the order of urgency, the pitch's completeness — and a read that does not grow with the teams."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event as sa_event
from sqlmodel import delete

from app.board.board import add_note
from app.clock.clock import FakeClock
from app.clock.timers import Status, TimerKey, Timers
from app.dashboard.pitch_fill import PitchFills
from app.dashboard.tiles import FAR_BEHIND_S, Attention, dashboard
from app.day.navigation import move_team
from app.day.privacy import set_anonymous
from app.day.programme import SLIP_WARNING_S, planned_step_starts, programme_items
from app.day.template_file import parse_template
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from app.pitch.answers import save_pitch_answer
from app.voting.voting import cast
from db.models import Knelpunt, Member
from tests.conftest import MINI_TEMPLATE

DAY = date(2026, 3, 11)


def _event(store, source: str) -> int:
    return create_event(store, source, DAY)


def _team(store, event_id: int, names=("Anna", "Bram", "Cas", "Dirk"), challenge=None) -> tuple[int, list[int]]:
    team_id = add_team(store, event_id, challenge)
    return team_id, [add_member(store, team_id, name) for name in names]


def _absent(store, member_id: int) -> None:
    with store.write() as session:
        member = session.get(Member, member_id)
        member.absent = True
        session.add(member)


def _start(store, event_id: int, team_id: int, step, at: datetime) -> None:
    Timers(store, FakeClock(at)).apply(TimerKey(event_id, team_id, step.key, step.parts[0].key if step.parts else ""),
                                       step.minutes * 60, "start")


def _plan(store, event_id: int, template) -> dict[str, datetime]:
    return planned_step_starts(template, programme_items(store, event_id))


@pytest.fixture
def staatsprint(store):
    return store, _event(store, template_path("staatsprint").read_text(encoding="utf-8"))


def test_a_hidden_vote_counts_present_members_only_and_names_nobody(staatsprint, staatsprint_template):
    store, event_id = staatsprint
    t = staatsprint_template
    team_id, (anna, bram, cas, dirk) = _team(store, event_id)
    _absent(store, dirk)
    for text in ("Silo's", "Inkoop"):
        add_note(store, team_id, "braindump", anna, text, 0, 0)
    first, second = add_knelpunt(store, team_id, "Silo's"), add_knelpunt(store, team_id, "Inkoop")
    move_team(store, team_id, "dot_vote", t)
    step = t.step("dot_vote")
    for _ in range(10):
        cast(store, step.rules, team_id, step.key, anna, first)
    for _ in range(3):
        cast(store, step.rules, team_id, step.key, bram, second)
    cast(store, step.rules, team_id, step.key, dirk, first)  # absent today, yet a dot: not counted
    now = _plan(store, event_id, t)["dot_vote"] + timedelta(minutes=1)
    (tile,) = dashboard(store, event_id, t, now)
    assert (tile.vote.cast, tile.vote.budget) == (13, 30)  # 10 dots each x 3 present members
    assert (tile.vote.voters_done, tile.vote.voters) == (1, 3)
    assert tile.vote.waiting == ()  # hidden until the reveal: counts only
    assert (tile.notes_total, tile.notes_here) == (2, 0)
    assert tile.step_key == "dot_vote" and tile.phase_number == 1
    with store.write() as session:  # a dot left on an item since deleted no longer counts (as on the vote page)
        session.exec(delete(Knelpunt).where(Knelpunt.id == second))
    (tile,) = dashboard(store, event_id, t, now)
    assert tile.vote.cast == 10


def test_an_open_vote_names_who_still_has_dots_unless_the_step_is_anonymous(store):
    template_source = MINI_TEMPLATE.read_text(encoding="utf-8")
    event_id = _event(store, template_source)
    t = parse_template(template_source, "mini")
    step = t.step("pain_vote")
    team_id, (anna, bram, cas, dirk) = _team(store, event_id)
    _absent(store, cas)
    item = add_knelpunt(store, team_id, "Geluid")
    move_team(store, team_id, step.key, t)
    cast(store, step.rules, team_id, step.key, anna, item)
    cast(store, step.rules, team_id, step.key, bram, item)
    now = _plan(store, event_id, t)[step.key]
    (tile,) = dashboard(store, event_id, t, now)
    assert tile.vote.waiting == ("Anna", "Bram", "Dirk")  # one dot per item, one item: nobody is done; Cas is absent
    assert (tile.vote.cast, tile.vote.voters) == (2, 3)
    assert tile.vote.budget == step.rules.budget_per_member * 3
    other, _ = _team(store, event_id, ("Eva", "Fien"))
    set_anonymous(store, t, event_id, other, step.key, True)
    move_team(store, other, step.key, t)
    anonymous = next(tile for tile in dashboard(store, event_id, t, now) if tile.team_id == other)
    assert anonymous.vote.waiting == () and anonymous.vote.voters == 2


def test_the_teams_that_need_a_facilitator_come_first(staatsprint, staatsprint_template):
    store, event_id = staatsprint
    t = staatsprint_template
    plan = _plan(store, event_id, t)
    hkw = t.step("hkw")
    now = plan["hkw"] + timedelta(minutes=22)
    on_time, _ = _team(store, event_id, ("Anna",))  # at the step the programme has now, its timer running
    move_team(store, on_time, "problem_statement", t)
    _start(store, event_id, on_time, t.step("problem_statement"), plan["problem_statement"])
    over, _ = _team(store, event_id, ("Bram",))  # its HKW timer started 9 minutes ago: 4 over, and behind
    move_team(store, over, "hkw", t)
    _start(store, event_id, over, hkw, now - timedelta(minutes=9))
    far, _ = _team(store, event_id, ("Cas",))  # still at the knelpunten vote, its timer never started
    move_team(store, far, "dot_vote", t)
    idle, _ = _team(store, event_id, ("Dirk",))  # at its step on time, but no timer runs
    move_team(store, idle, "problem_statement", t)
    tiles = dashboard(store, event_id, t, now)
    assert [tile.team_id for tile in tiles] == [far, over, idle, on_time]
    by_id = {tile.team_id: tile for tile in tiles}
    assert by_id[far].attention is Attention.FAR_BEHIND and by_id[far].slip_s >= FAR_BEHIND_S
    assert by_id[over].timer_status is Status.OVERRUN and by_id[over].remaining_s == pytest.approx(-240, abs=1)
    assert [r.attention for r in by_id[over].reasons] == [Attention.FAR_BEHIND, Attention.TIMER_OVER]
    assert by_id[idle].reasons[-1].attention is Attention.IDLE
    assert by_id[on_time].attention is Attention.NONE and abs(by_id[on_time].slip_s) < SLIP_WARNING_S


def test_a_vote_with_dots_open_near_its_end_has_stalled(staatsprint, staatsprint_template):
    store, event_id = staatsprint
    t = staatsprint_template
    team_id, _members = _team(store, event_id, ("Anna", "Bram"))
    step = t.step("theme_vote")
    move_team(store, team_id, step.key, t)
    start = _plan(store, event_id, t)[step.key]
    _start(store, event_id, team_id, step, start)
    (early,) = dashboard(store, event_id, t, start + timedelta(minutes=1))
    assert early.attention is Attention.NONE
    (late,) = dashboard(store, event_id, t, start + timedelta(minutes=4, seconds=30))
    assert late.attention is Attention.VOTE_STALLED and late.reasons[0].count == 4  # 2 dots x 2 members, none placed


def test_a_pitch_counts_its_answers_only_in_the_pitch_phase(staatsprint, staatsprint_template):
    store, event_id = staatsprint
    t = staatsprint_template
    pitching, _ = _team(store, event_id, ("Anna",), "gemeentelijke_it")
    earlier, _ = _team(store, event_id, ("Bram",), "gemeentelijke_it")
    move_team(store, pitching, "pitch", t)
    move_team(store, earlier, "hkw", t)
    save_pitch_answer(store, pitching, "pitch", "idea", "Eén loket")
    fills = PitchFills()
    tiles = {tile.team_id: tile for tile in dashboard(store, event_id, t, _plan(store, event_id, t)["pitch"], "nl", fills)}
    assert tiles[earlier].pitch is None
    pitch = tiles[pitching].pitch
    assert pitch.answered == 1 and pitch.asked > 1 and pitch.min_panels == t.step("pitch").storyboard.min_panels
    assert 0 < pitch.fraction < 1


def test_the_read_does_not_grow_with_the_teams(staatsprint, staatsprint_template):
    store, event_id = staatsprint
    t = staatsprint_template
    now = _plan(store, event_id, t)["hkw"]
    statements = []
    sa_event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    counts = []
    for teams in (2, 10):
        while len(dashboard(store, event_id, t, now)) < teams:
            team_id, _ = _team(store, event_id, ("Anna", "Bram"))
            move_team(store, team_id, "dot_vote" if team_id % 2 else "idea_race", t)
        statements.clear()
        dashboard(store, event_id, t, now)
        counts.append(len(statements))
    assert counts[0] == counts[1] <= 14  # a statement per table (the race: its own four), whatever the teams


def test_the_demo_day_has_a_tile_per_team_with_its_slip(store):
    """The demo's programme has fixed items (lunch, the borrel) and is moved to the moment it is made:
    the slip rule reads both for every tile (this once crashed the page)."""
    from app.demo.event import create_demo_event
    from app.event.events import event_template, get_event

    now = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)
    event_id = create_demo_event(store, now)
    tiles = dashboard(store, event_id, event_template(get_event(store, event_id)), now)
    assert len(tiles) == 9 and any(tile.slip_s is not None and tile.slip_s > 300 for tile in tiles)
