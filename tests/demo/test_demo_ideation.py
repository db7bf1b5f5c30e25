"""The demo in phases 2 and 3: every promised state is there, stored by the shared data conventions."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from app.clock.clock import FakeClock
from app.clock.timers import Status, Timers
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from app.event.teams import team_views
from app.voting.vote_step import is_revealed
from db.models import (
    Answer,
    Cluster,
    FinalChoice,
    Milestone,
    Note,
    RaceCount,
    Selection,
    Vote,
)

NOW = datetime(2026, 3, 11, 10, 59, 23, tzinfo=timezone.utc)  # 11:59 in Amsterdam: the demo's own moment
HKW_PREFIX = "Hoe kunnen we "


def _rows(store, model, *where) -> list:
    with store.read() as session:
        return list(session.exec(select(model).where(*where).order_by(model.id)).scalars())


@pytest.fixture
def demo(store):
    """The demo made at ``NOW``: its event id, template and teams (by their current step)."""
    event_id = create_demo_event(store, NOW)
    template = event_template(get_event(store, event_id))
    return event_id, template, team_views(store, event_id, template)


def _at(teams, step_key: str) -> list:
    return [team for team in teams if team.current_step == step_key]


def _past_the_race(teams) -> list:
    """The teams with their Crystal Balls made: at the Crystal Ball, or building their pitch."""
    return [team for team in teams if team.current_step in ("crystal_ball", "pitch")]


def test_teams_are_writing_hkws_with_the_prefix(store, demo):
    _event_id, _template, teams = demo
    writing = _at(teams, "hkw")
    assert len(writing) == 2
    for team in writing:
        hkws = _rows(store, Note, Note.team_id == team.id, Note.step_key == "hkw")
        assert len(hkws) >= 4 and all(note.cluster_id is None for note in hkws)  # not bundled yet
        assert {note.author_id for note in hkws} <= {m.id for m in team.members}
    everyone = _rows(store, Note, Note.step_key == "hkw")
    assert len(everyone) > 40 and all(note.text.startswith(HKW_PREFIX) for note in everyone)


def test_every_theme_has_the_one_hkw_that_states_it_best(store, demo):
    _event_id, _template, teams = demo
    themes = _rows(store, Cluster, Cluster.step_key == "themes")
    assert len({theme.team_id for theme in themes}) == 6
    notes = _rows(store, Note, Note.step_key == "hkw")
    for theme in themes:
        inside = [note for note in notes if note.cluster_id == theme.id]
        assert len(inside) >= 2 and sum(note.best_of_cluster for note in inside) == 1, theme.name
    assert not any(note.best_of_cluster for note in notes if note.cluster_id is None)
    assert not _rows(store, Note, Note.step_key != "hkw", Note.best_of_cluster.is_(True))
    bundling = _at(teams, "theme_vote")[0]  # voting on its themes now: the vote still hidden, nothing kept
    assert _rows(store, Cluster, Cluster.team_id == bundling.id, Cluster.step_key == "themes")
    assert not _rows(store, Vote, Vote.team_id == bundling.id, Vote.step_key == "theme_vote")


def test_a_theme_vote_revealed_with_the_captains_tie_break(store, demo):
    event_id, _template, teams = demo
    team = _at(teams, "problem_statement")[0]
    assert is_revealed(store, event_id, team.id, "theme_vote")
    [kept] = _rows(store, Selection, Selection.team_id == team.id, Selection.step_key == "theme_vote")
    tally = Counter()
    for vote in _rows(store, Vote, Vote.team_id == team.id, Vote.step_key == "theme_vote"):
        tally[vote.target_id] += vote.dots
    first = max(tally.values())
    assert sum(count == first for count in tally.values()) == 2 and tally[kept.target_id] == first  # a tie for first
    captain = team.holder("captain")
    assert (kept.rank, kept.tie_break, kept.decided_by_id, kept.decided_by_name) == (0, True, captain.id, captain.name)
    winner = _rows(store, Cluster, Cluster.id == kept.target_id)[0]
    assert winner.team_id == team.id and winner.step_key == "themes"


def test_a_theme_vote_without_a_tie_is_no_tie_break(store, demo):
    _event_id, _template, teams = demo
    team = _at(teams, "idea_race")[0]
    [kept] = _rows(store, Selection, Selection.team_id == team.id, Selection.step_key == "theme_vote")
    tally = Counter()
    for vote in _rows(store, Vote, Vote.team_id == team.id, Vote.step_key == "theme_vote"):
        tally[vote.target_id] += vote.dots
    assert sorted(tally.values())[-1] > sorted(tally.values())[-2] and tally[kept.target_id] == max(tally.values())
    assert (kept.tie_break, kept.decided_by_id, kept.decided_by_name) == (False, None, "")


def test_problem_statements_finished_and_being_typed(store, demo):
    _event_id, template, teams = demo
    fields = [field.key for field in template.step("problem_statement").fields]
    past = _at(teams, "idea_race") + _past_the_race(teams)
    assert len(past) == 3
    for team in past:
        answers = _rows(store, Answer, Answer.team_id == team.id, Answer.step_key == "problem_statement")
        assert [a.field_key for a in sorted(answers, key=lambda a: fields.index(a.field_key))] == fields
        assert all(len(a.text) > 40 for a in answers)
    typing = _at(teams, "problem_statement")[0]
    assert 0 < len(_rows(store, Answer, Answer.team_id == typing.id)) < len(fields)


@pytest.mark.parametrize("now", [NOW, NOW + timedelta(hours=15, minutes=3, seconds=41)])  # also made at 02:03
def test_a_team_mid_race_in_round_two_whose_ideas_count_by_the_rule(store, now):
    event_id = create_demo_event(store, now)
    template = event_template(get_event(store, event_id))
    [team] = _at(team_views(store, event_id, template), "idea_race")
    timers = Timers(store, FakeClock(now)).states(event_id, team.id)
    assert [timers[("idea_race", part)].status(now) for part in ("round1", "review", "round2")] == [
        Status.DONE, Status.DONE, Status.RUNNING]
    ran = {part: (timers[("idea_race", part)].started_at, timers[("idea_race", part)].finished_at or now)
           for part in ("round1", "review", "round2")}
    ideas = _rows(store, Note, Note.team_id == team.id, Note.step_key == "idea_race")
    for idea in ideas:  # the round whose running time holds it; written in the review: counts for none
        start, end = ran[idea.part_key or "review"]
        assert start <= idea.created_at < end, (idea.text, idea.part_key)
    assert Counter(idea.part_key for idea in ideas) == {"round1": 11, "": 2, "round2": 5}
    assert len({(idea.x, idea.y) for idea in ideas}) == len(ideas)  # one row of ideas, nothing stacked


def test_enough_teams_raced_for_a_leaderboard_one_counted_by_hand(store, demo):
    event_id, _template, teams = demo
    ideas = _rows(store, Note, Note.step_key == "idea_race")
    live = Counter((idea.team_id, idea.part_key) for idea in ideas if idea.part_key in ("round1", "round2"))
    [by_hand] = {count.team_id for count in _rows(store, RaceCount)}
    counts = {(count.part_key, count.count, count.entered_by) for count in _rows(store, RaceCount)}
    assert counts == {("round1", 13, "facilitator"), ("round2", 9, "facilitator")}
    assert len({team_id for team_id, _part in live} | {by_hand}) == 3
    totals = Counter()
    for (team_id, _part), count in live.items():
        totals[team_id] += count
    assert len(set(totals.values())) == len(totals)  # a ranking, not a draw
    typed = [idea for idea in ideas if idea.team_id == by_hand]
    assert {idea.part_key for idea in typed} == {"round1:typed", "round2:typed"}  # the scribe's ideas, not counted live
    timers = Timers(store, FakeClock(NOW)).states(event_id, by_hand)
    for idea in typed:  # typed in after its round ended
        assert idea.created_at >= timers[("idea_race", idea.part_key.split(":")[0])].finished_at


def test_idea_votes_revealed_with_the_ideas_kept(store, demo):
    event_id, template, teams = demo
    rules = template.step("idea_vote").rules
    assert len(_past_the_race(teams)) == 2
    for team in _past_the_race(teams):
        assert is_revealed(store, event_id, team.id, "idea_vote")
        votes = _rows(store, Vote, Vote.team_id == team.id, Vote.step_key == "idea_vote")
        assert all(vote.dots == 1 for vote in votes) and len({(v.voter_id, v.target_id) for v in votes}) == len(votes)
        assert max(Counter(vote.voter_id for vote in votes).values()) <= rules.budget_per_member
        tally = Counter(vote.target_id for vote in votes)
        kept = _rows(store, Selection, Selection.team_id == team.id, Selection.step_key == "idea_vote")
        assert [s.rank for s in kept] == list(range(len(kept))) and 1 <= len(kept) <= rules.keep_at_most
        ideas = {idea.id for idea in _rows(store, Note, Note.team_id == team.id, Note.step_key == "idea_race")}
        assert {s.target_id for s in kept} <= ideas
        lowest = min(tally[s.target_id] for s in kept)
        left_out = [tally[idea] for idea in ideas - {s.target_id for s in kept}]
        assert max(left_out) <= lowest
        for selection in kept:  # picked among equal votes at the cut: the captain's tie-break
            tie = lowest in left_out and tally[selection.target_id] == lowest
            assert selection.tie_break == tie and (selection.decided_by_id == team.holder("captain").id) == tie
    assert any(s.tie_break for s in _rows(store, Selection, Selection.step_key == "idea_vote"))


def test_a_crystal_ball_with_three_milestones_per_kept_idea_and_an_end_card(store, demo):
    _event_id, template, teams = demo
    horizon = template.step("crystal_ball").rules.horizon_years
    for team in _past_the_race(teams):
        kept = _rows(store, Selection, Selection.team_id == team.id, Selection.step_key == "idea_vote")
        cards = _rows(store, Milestone, Milestone.team_id == team.id)
        assert {card.idea_id for card in cards} == {s.target_id for s in kept}
        for selection in kept:
            ours = [card for card in cards if card.idea_id == selection.target_id]
            steps = [card for card in ours if card.kind == "milestone"]
            [end] = [card for card in ours if card.kind == "end"]
            assert len(steps) == 3 and all(0 <= card.years < horizon for card in steps)
            assert all(set(card.answers) == {"roles", "changes", "added"} and card.title for card in steps)
            assert (end.years, set(end.answers), end.step_key) == (horizon, {"goal"}, "crystal_ball")


def test_the_teams_at_the_pitch_made_their_final_choice_from_their_kept_ideas(store, demo):
    _event_id, _template, teams = demo
    choices = _rows(store, FinalChoice)
    pitching = _at(teams, "pitch")
    assert {choice.team_id for choice in choices} == {team.id for team in pitching} and len(choices) == 2
    for choice in choices:
        team = next(team for team in teams if team.id == choice.team_id)
        kept = {s.target_id for s in _rows(store, Selection, Selection.team_id == team.id, Selection.step_key == "idea_vote")}
        assert choice.step_key == "crystal_ball"
        assert len(choice.idea_ids) == 2 and set(choice.idea_ids) <= kept and choice.name  # a named combination
        assert choice.decided_by_name == team.holder("captain").name
