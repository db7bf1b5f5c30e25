"""Confirming the winners, a podium the chair changed (a reason or nothing), reopening, a chair's tie."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.event.events import create_event_from_template
from app.event.teams import add_team
from app.jury.awards import awards, chair_breaks_tie, confirm_winners, confirmed_at, undo_confirmation
from db.models import Award, JuryLog


@pytest.fixture
def event(sqlite_store, staatsprint_template):
    event_id = create_event_from_template(sqlite_store, staatsprint_template, date(2026, 12, 2))
    teams = [add_team(sqlite_store, event_id, "gemeentelijke_it") for _ in range(4)]
    computed = {"overall": (teams[0], teams[1], teams[2]), "challenge:gemeentelijke_it": (teams[0],)}
    return sqlite_store, event_id, teams, computed


def _logs(store, event_id, kind):
    with store.read() as session:
        return session.exec(select(JuryLog).where(JuryLog.event_id == event_id, JuryLog.kind == kind)).all()


def test_confirming_the_computed_podium_writes_an_award_per_place(event):
    store, event_id, teams, computed = event
    confirm_winners(store, event_id, computed, {}, computed=computed)
    rows = [(a.pool_key, a.place, a.team_id, a.reason) for a in awards(store, event_id)]
    assert rows == [("challenge:gemeentelijke_it", 1, teams[0], ""), ("overall", 1, teams[0], ""),
                    ("overall", 2, teams[1], ""), ("overall", 3, teams[2], "")]
    assert confirmed_at(store, event_id) is not None
    assert _logs(store, event_id, "podium_override") == []


def test_a_different_podium_without_a_reason_is_refused_and_nothing_is_written(event):
    store, event_id, teams, computed = event
    chosen = dict(computed, overall=(teams[0], teams[3], teams[2]))
    with pytest.raises(DomainError) as refusal:
        confirm_winners(store, event_id, chosen, {"overall": "  "}, computed=computed)
    assert refusal.value.code == "awards_reason_needed" and refusal.value.params["pool"] == "overall"
    assert awards(store, event_id) == [] and confirmed_at(store, event_id) is None
    assert _logs(store, event_id, "podium_override") == []


def test_a_different_podium_with_a_reason_is_kept_with_both_podiums_logged(event):
    store, event_id, teams, computed = event
    chosen = dict(computed, overall=(teams[0], teams[3], teams[2]))
    confirm_winners(store, event_id, chosen, {"overall": "Team 2 kreeg een fout getypte score"}, computed=computed)
    overall = [(a.place, a.team_id, a.reason) for a in awards(store, event_id) if a.pool_key == "overall"]
    assert overall == [(1, teams[0], "Team 2 kreeg een fout getypte score"), (2, teams[3], "Team 2 kreeg een fout getypte score"),
                       (3, teams[2], "Team 2 kreeg een fout getypte score")]
    [log] = _logs(store, event_id, "podium_override")
    assert log.reason == "Team 2 kreeg een fout getypte score"
    assert log.detail == {"pool": "overall", "computed": list(computed["overall"]), "chosen": [teams[0], teams[3], teams[2]]}


@pytest.mark.parametrize(("change", "code"), [
    (lambda c, t: {"overall": c["overall"]}, "awards_pool_missing"),
    (lambda c, t: dict(c, race=(t[0],)), "awards_pool_unknown"),
    (lambda c, t: dict(c, overall=(t[0], t[0], t[1])), "awards_team_twice"),
    (lambda c, t: dict(c, overall=()), "awards_podium_empty"),
    (lambda c, t: dict(c, overall=(t[0], t[1], 99999)), "team_missing"),
])
def test_an_impossible_podium_is_refused(event, change, code):
    store, event_id, teams, computed = event
    with pytest.raises(DomainError) as refusal:
        confirm_winners(store, event_id, change(computed, teams), {"overall": "reden", "race": "reden"}, computed=computed)
    assert refusal.value.code == code
    assert awards(store, event_id) == [] and confirmed_at(store, event_id) is None


def test_confirming_twice_is_refused(event):
    store, event_id, _teams, computed = event
    confirm_winners(store, event_id, computed, {}, computed=computed)
    with pytest.raises(DomainError) as refusal:
        confirm_winners(store, event_id, computed, {}, computed=computed)
    assert refusal.value.code == "awards_confirmed"
    assert len(awards(store, event_id)) == 4


def test_the_chair_reopens_the_awards_go_and_the_log_keeps_them(event):
    store, event_id, teams, computed = event
    confirm_winners(store, event_id, computed, {}, computed=computed)
    with store.write() as session:
        session.add(Award(event_id=event_id, pool_key="audience", place=1, team_id=teams[3]))
    undo_confirmation(store, event_id, "Een juryformulier kwam later binnen")
    assert [(a.pool_key, a.team_id) for a in awards(store, event_id)] == [("audience", teams[3])]
    assert confirmed_at(store, event_id) is None
    [log] = _logs(store, event_id, "reopened")
    assert log.reason == "Een juryformulier kwam later binnen"
    assert ["overall", 1, teams[0]] in log.detail["awards"]
    confirm_winners(store, event_id, computed, {}, computed=computed)
    assert confirmed_at(store, event_id) is not None


def test_reopening_what_is_not_confirmed_is_refused(event):
    store, event_id, _teams, _computed = event
    with pytest.raises(DomainError) as refusal:
        undo_confirmation(store, event_id, "Een formulier kwam later")
    assert refusal.value.code == "awards_not_confirmed"
    assert _logs(store, event_id, "reopened") == []


def test_reopening_without_a_reason_is_refused_and_nothing_changes(event):
    store, event_id, _teams, computed = event
    confirm_winners(store, event_id, computed, {}, computed=computed)
    when = confirmed_at(store, event_id)
    with pytest.raises(DomainError) as refusal:
        undo_confirmation(store, event_id, "  ")
    assert refusal.value.code == "awards_reopen_reason"
    assert confirmed_at(store, event_id) == when and len(awards(store, event_id)) == 4
    assert _logs(store, event_id, "reopened") == []


def test_the_podiums_are_checked_before_the_chair_is_asked(event):
    from app.jury.awards import check_podiums

    _store, _event_id, _teams, computed = event
    check_podiums(computed, {}, computed)  # the computed podiums need no reason
    key = next(k for k, teams in computed.items() if len(teams) > 1)
    changed = dict(computed) | {key: tuple(reversed(computed[key]))}
    with pytest.raises(DomainError) as refusal:
        check_podiums(changed, {}, computed)
    assert (refusal.value.code, refusal.value.params["pool"]) == ("awards_reason_needed", key)
    check_podiums(changed, {key: "Een tikfout hersteld"}, computed)


def test_the_chair_breaks_a_tie_with_a_reason(event):
    store, event_id, teams, _computed = event
    chair_breaks_tie(store, event_id, "overall", [teams[2], teams[1]], teams[2], "Sterkere pitch")
    [log] = _logs(store, event_id, "tie_chair")
    assert log.detail == {"pool": "overall", "teams": sorted([teams[1], teams[2]]), "first": teams[2]}
    assert log.reason == "Sterkere pitch"


def test_the_chair_puts_one_of_three_tied_teams_first(event):
    store, event_id, teams, _computed = event
    chair_breaks_tie(store, event_id, "overall", [teams[3], teams[1], teams[2]], teams[2], "Meest uitgewerkt plan")
    logs = _logs(store, event_id, "tie_chair")
    assert sorted(tuple(log.detail["teams"]) for log in logs) == sorted([tuple(sorted((teams[1], teams[2]))), tuple(sorted((teams[2], teams[3])))])
    assert {log.detail["first"] for log in logs} == {teams[2]}


@pytest.mark.parametrize(("pair", "first", "reason", "code"), [
    ("12", 1, "", "tie_reason_empty"),
    ("12", 3, "reden", "tie_pair"),
    ("11", 1, "reden", "tie_pair"),
])
def test_a_chair_decision_without_reason_or_pair_is_refused(event, pair, first, reason, code):
    store, event_id, teams, _computed = event
    chosen = [teams[int(i)] for i in pair]
    with pytest.raises(DomainError) as refusal:
        chair_breaks_tie(store, event_id, "overall", chosen, teams[first], reason)
    assert refusal.value.code == code
    assert _logs(store, event_id, "tie_chair") == []


def test_no_tie_is_broken_after_the_winners_are_confirmed(event):
    store, event_id, teams, computed = event
    confirm_winners(store, event_id, computed, {}, computed=computed)
    with pytest.raises(DomainError) as refusal:
        chair_breaks_tie(store, event_id, "overall", [teams[1], teams[2]], teams[1], "reden")
    assert refusal.value.code == "awards_confirmed"
    assert _logs(store, event_id, "tie_chair") == []
