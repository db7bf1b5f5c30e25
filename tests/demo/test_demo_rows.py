"""The demo event written in one pass: a few statements, every table it fills holding what its files say."""

from __future__ import annotations

import tomllib
from collections import Counter
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.day.template import Rules
from app.demo.event import create_demo_event, demo_path, work_paths
from app.demo.work import dots
from app.errors import DomainError
from app.event.events import event_template, local_to_utc
from db.models import (
    Challenge,
    Cluster,
    Event,
    Knelpunt,
    Member,
    Note,
    ProgrammeItem,
    StepState,
    Team,
    TeamRole,
    Vote,
)
from tests.statements import counted

NOW = datetime(2026, 3, 11, 10, 59, 23, tzinfo=timezone.utc)  # 11:59 in Amsterdam: the demo's own moment


def _files() -> tuple[dict, list[dict]]:
    """The demo file, and each team's work from the work files (a team's entries in both taken together)."""
    with demo_path().open("rb") as demo:
        made = tomllib.load(demo)
    work: dict[int, dict] = {}
    for path in work_paths():
        with path.open("rb") as handle:
            for entry in tomllib.load(handle)["teams"]:
                work.setdefault(entry["team"], {}).update(entry)
    return made, list(work.values())


def _rows(store, model, *order) -> list:
    with store.read() as session:
        return list(session.exec(select(model).order_by(*(order or (model.id,)))).scalars())


def test_the_demo_is_written_in_a_few_statements(store):
    with counted(store.engine) as sent:
        create_demo_event(store, NOW)
    # One insert per table, not one per row and dot (there were 2,164); the registrations' import reads the
    # event, its people and the remembered mapping like any import, and the placing is one UPDATE.
    assert len(sent) <= 44, sent.seen
    inserts = [statement.split()[2] for statement in sent.seen if statement.startswith("INSERT")]
    assert len(inserts) == len(set(inserts)) == 28, inserts  # every table the demo fills, once (the jury's nine, the mapping too)


def test_the_demo_announces_what_it_made_in_one_batch(store):
    batches = []
    store.feed.subscribe(batches.append)
    event_id = create_demo_event(store, NOW)
    assert len(batches) == 1  # one transaction
    made = Counter(change.table for change in batches[0] if change.action == "insert")
    assert made["event"] == 1 and made["note"] == len(_rows(store, Note)) and made["vote"] == len(_rows(store, Vote))
    assert any(c.table == "event" and c.row_id == event_id and c.event_id == event_id for c in batches[0])  # the window opens it
    assert all(c.team_id is not None for c in batches[0] if c.table in ("note", "vote"))
    assert all(c.event_id == event_id for c in batches[0] if c.table == "member")  # imported without a team, then placed


def test_the_event_its_day_and_teams_are_those_of_the_demo_file(store):
    demo, _work = _files()
    later = NOW + timedelta(hours=5, minutes=7, seconds=5)  # the day moves as a whole, to the minute
    event_id = create_demo_event(store, later)
    [made] = _rows(store, Event)
    assert (made.id, made.name, made.location, made.announcement) == (
        event_id, demo["event"]["name"], demo["event"]["location"], demo["event"]["announcement"])
    zone = ZoneInfo("Europe/Amsterdam")
    moved_by = later.replace(second=0) - local_to_utc(made.day, demo["event"]["at"], zone)
    assert [item.starts_at for item in _rows(store, ProgrammeItem, ProgrammeItem.position)] == [
        local_to_utc(made.day, item.start, zone) + moved_by for item in event_template(made).programme]
    assert [c.key for c in _rows(store, Challenge, Challenge.position)] == ["gemeentelijke_it", "markt_overheid", "it_personeel"]
    teams = _rows(store, Team, Team.number)
    keys = {c.id: c.key for c in _rows(store, Challenge)}
    assert [(t.number, t.name, keys[t.challenge_id], t.current_step) for t in teams] == [
        (number, entry.get("name"), entry["challenge"], entry["step"]) for number, entry in enumerate(demo["teams"], start=1)]
    members = [m for m in _rows(store, Member, Member.team_id, Member.position) if m.team_id is not None]
    assert [(m.position, m.name, m.kennismaking) for m in members] == [
        (position, person["name"], person["kennismaking"])
        for entry in demo["teams"] for position, person in enumerate(entry["members"])]
    by_id = {m.id: m for m in members}
    roles = {(r.team_id, r.role_key): by_id[r.member_id].name for r in _rows(store, TeamRole)}
    assert roles == {(team.id, role): person["name"] for team, entry in zip(teams, demo["teams"])
                     for person in entry["members"] for role in person["roles"]}
    assert all(by_id[r.member_id].team_id == r.team_id for r in _rows(store, TeamRole))


def test_the_timers_and_reveals_are_a_day_under_way(store):
    from app.clock.timers import timer_plan

    demo, work = _files()
    create_demo_event(store, NOW)
    teams = _rows(store, Team, Team.number)
    states = {(s.team_id, s.step_key, s.part_key): s for s in _rows(store, StepState)}
    template = event_template(_rows(store, Event)[0])
    steps = template.steps()
    keys = [step.key for step in steps]
    raced = {entry["team"]: entry["race"]["started_minutes_ago"] for entry in work if "race" in entry}
    for number, (team, entry) in enumerate(zip(teams, demo["teams"]), start=1):
        start = NOW - timedelta(minutes=entry["timer_started_minutes_ago"])
        plan = timer_plan(template, entry["step"])
        for index, part in enumerate(plan):  # the current step's parts in turn, the last one running (or overrun)
            timer = states.pop((team.id, entry["step"], part.key))
            assert timer.started_at == start and timer.paused_at is None and timer.revealed_at is None
            start += timedelta(minutes=part.minutes)
            running = index == len(plan) - 1 or start > NOW
            assert timer.finished_at == (None if running else start)
            if running:
                break
        if number in raced:  # a team past the race: every part run in turn, to its end
            start = NOW - timedelta(minutes=raced[number])
            for part in timer_plan(template, "idea_race"):
                timer = states.pop((team.id, "idea_race", part.key))
                assert (timer.started_at, timer.finished_at) == (start, start + timedelta(minutes=part.minutes))
                start += timedelta(minutes=part.minutes)
            assert start <= NOW - timedelta(minutes=entry["timer_started_minutes_ago"])
        hidden = [step.key for step in steps[: keys.index(entry["step"])] if step.rules.hidden_until_reveal]
        assert "braindump" in hidden and "dot_vote" in hidden
        for step_key in hidden:  # passed: what it hid is on the wall
            revealed = states.pop((team.id, step_key, ""))
            assert revealed.revealed_at == NOW and revealed.started_at is None
    assert states == {}


def test_the_boards_hold_the_work_file(store):
    _demo, work = _files()
    create_demo_event(store, NOW)
    teams = _rows(store, Team, Team.number)
    notes, clusters = _rows(store, Note), _rows(store, Cluster)
    members = {m.id: m for m in _rows(store, Member)}
    for entry in work:
        team = teams[entry["team"] - 1]
        ours = [n for n in notes if n.team_id == team.id]
        wanted = [n for n in entry.get("notes", []) if not entry.get("clusters") or n.get("cluster")]
        assert sorted(n.text for n in ours if n.step_key == "braindump") == sorted(n["text"] for n in wanted)
        assert sorted(n.text for n in ours if n.step_key == "hkw") == sorted(n["text"] for n in entry.get("hkw", []))
        assert [c.name for c in clusters if c.team_id == team.id] == [
            c["name"] for c in entry.get("clusters", []) + entry.get("themes", [])]
        assert Counter(n.zone_key for n in ours if n.step_key == "vehicle") == Counter(
            {key: len(answers) for key, answers in entry.get("vehicle", {}).items()})
    assert all(n.author_name == members[n.author_id].name and members[n.author_id].team_id == n.team_id
               for n in notes if n.author_id is not None)
    by_cluster = {c.id: c for c in clusters}
    for note in (n for n in notes if n.cluster_id is not None):
        cluster = by_cluster[note.cluster_id]
        assert cluster.team_id == note.team_id
        assert cluster.x <= note.x < cluster.x + cluster.width and cluster.y <= note.y < cluster.y + cluster.height


def test_the_knelpunten_hold_their_answers_and_dots(store):
    _demo, work = _files()
    create_demo_event(store, NOW)
    teams = _rows(store, Team, Team.number)
    knelpunten = _rows(store, Knelpunt, Knelpunt.team_id, Knelpunt.position)
    votes = [vote for vote in _rows(store, Vote) if vote.step_key == "dot_vote"]
    tally = Counter()
    for vote in votes:
        tally[vote.target_id] += vote.dots
    for entry in (e for e in work if e.get("knelpunten")):
        team = teams[entry["team"] - 1]
        ours = [k for k in knelpunten if k.team_id == team.id]
        assert [(k.position, k.title, set(k.answers)) for k in ours] == [
            (position, k["title"], {"who", "how", "where_when", "why"}) for position, k in enumerate(entry["knelpunten"])]
        assert [tally[k.id] for k in ours] == [k.get("dots", 0) for k in entry["knelpunten"]]  # every dot fits the budgets
    spent = Counter()
    for vote in votes:
        spent[vote.voter_id] += vote.dots
    assert max(spent.values()) <= 10 and len({(v.voter_id, v.target_id) for v in votes}) == len(votes)
    with store.read() as session:  # the other votes: on themes and ideas, revealed (see tests/demo/test_demo_ideation.py)
        assert set(session.scalars(select(Vote.step_key).distinct())) == {"dot_vote", "theme_vote", "idea_vote"}


def test_dots_are_placed_by_whoever_has_most_left_within_the_rules():
    rules = Rules(budget_per_member=2, several_per_item=True)
    placed = dots(rules, [7, 8], [3, 2])
    assert [(b.voter_id, b.target_id, b.dots) for b in placed] == [(7, 0, 2), (8, 0, 1), (8, 1, 1)]  # item 1's second: no dots left


def test_dots_the_rules_refuse_refuse_the_demo():
    with pytest.raises(DomainError) as refused:
        dots(Rules(budget_per_member=3, several_per_item=False), [7], [2])
    assert refused.value.code == "vote_one_per_item"


def test_a_timer_of_several_parts_is_replayed_part_by_part(mini_template):
    from app.demo.states import StepStates

    states = StepStates(event_id=1)
    states.run_since(4, mini_template, "quick_race", 4.5, NOW)  # parts of 3 + 3 minutes: the first is done
    first, second = states.rows()
    start = NOW - timedelta(minutes=4.5)
    assert (first.part_key, first.started_at, first.finished_at) == ("sprint_a", start, start + timedelta(minutes=3))
    assert (second.part_key, second.started_at, second.finished_at) == ("sprint_b", start + timedelta(minutes=3), None)
    states.run_since(5, mini_template, "quick_race", 2, NOW)  # still in the first part: the second not started
    assert [(s.team_id, s.part_key, s.finished_at) for s in states.rows()[2:]] == [(5, "sprint_a", None)]


def test_the_participants_come_from_the_registration_file_through_the_import(store):
    """Every registered person once (the one who registered twice too), with the registration's e-mail,
    organisation and title; the late registrations wait on the board, one is not there today."""
    from app.demo.participants import registrations_path
    from app.participants.import_read import read_registration

    demo, _work = _files()
    event_id = create_demo_event(store, NOW)
    table = read_registration(registrations_path())
    registered = {cells[1] for _line, cells in table.rows}
    members = [m for m in _rows(store, Member) if m.event_id == event_id]
    assert sorted(m.name for m in members) == sorted(registered) and len(table.rows) == len(registered) + 1
    in_teams = {person["name"] for entry in demo["teams"] for person in entry["members"]}
    waiting = [m for m in members if m.team_id is None]
    assert {m.name for m in waiting} == registered - in_teams and len(waiting) >= 5
    assert all(m.email.endswith(".example") and m.organisation and m.job_title for m in members)
    assert [m.name for m in members if m.absent] == demo["event"]["absent"]
    assert {t.room for t in _rows(store, Team)} == {entry["room"] for entry in demo["teams"]}
