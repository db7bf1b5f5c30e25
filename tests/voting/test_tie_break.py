"""The theme vote's tie-break: recorded with who broke it, and said wherever kept items are shown."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from app.board.board import add_cluster
from app.event.events import create_event
from app.event.teams import add_member, add_team, set_role
from app.outcomes.phase_gate import phase_outcome
from app.paths import template_path
from app.voting.selection import kept_items
from app.voting.vote_items import source_step
from app.voting.vote_step import decide, kept, result, reveal
from app.voting.voting import cast
from tests.conftest import MINI_TEMPLATE

NOW = datetime(2026, 3, 11, 11, 0, tzinfo=timezone.utc)
VOTES = {"staatsprint": "theme_vote", "mini": "topic_vote"}


@pytest.fixture(params=sorted(VOTES))
def theme_team(request, store, staatsprint_template, mini_template):
    source = template_path("staatsprint") if request.param == "staatsprint" else MINI_TEMPLATE
    template = staatsprint_template if request.param == "staatsprint" else mini_template
    event_id = create_event(store, source.read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    members = [add_member(store, team_id, n) for n in ("Anna", "Bram", "Cas")]
    set_role(store, team_id, "captain", members[1], template)
    step = template.step(VOTES[request.param])
    themes = [add_cluster(store, team_id, source_step(template, step).key, name, (0, 0, 1, 1)) for name in ("Eén", "Twee", "Drie")]
    return template, event_id, team_id, members, step, themes


def _vote(store, step, team_id, dots):
    for voter, target in dots:
        cast(store, step.rules, team_id, step.key, voter, target)


def test_a_tie_for_first_is_broken_by_the_captain_and_recorded(store, theme_team):
    template, event_id, team_id, (anna, bram, cas), step, (one, two, _three) = theme_team
    _vote(store, step, team_id, [(anna, one), (anna, one), (bram, two), (bram, two)])
    reveal(store, event_id, team_id, step, NOW)
    assert kept(store, team_id, step.key) == []  # a tie: nothing kept until the captain decides
    assert result(store, template, team_id, step).tied == (one, two)
    decide(store, template, team_id, step, [two], bram)
    [item] = kept_items(store, template, event_id, team_id, step)
    assert (item.id, item.label, item.tie_break, item.decided_by_name, item.by_revote) == (two, "Twee", True, "Bram", False)
    gate = _gate_section(store, template, event_id, team_id, step)
    assert gate.lines == ("Twee",) and gate.kept[0].decided_by_name == "Bram"


def test_a_tie_below_first_needs_no_decision(store, theme_team):
    template, event_id, team_id, (anna, bram, cas), step, (one, two, three) = theme_team
    _vote(store, step, team_id, [(anna, one), (anna, one), (bram, two), (cas, three)])
    assert result(store, template, team_id, step).tied == ()
    reveal(store, event_id, team_id, step, NOW)
    [item] = kept_items(store, template, event_id, team_id, step)  # kept at the reveal
    assert (item.id, item.tie_break, item.decided_by_name) == (one, False, "")
    gate = _gate_section(store, template, event_id, team_id, step)
    assert gate.lines == ("Eén",) and not gate.kept[0].tie_break


def test_without_a_tie_the_winner_is_kept_at_the_reveal(store, theme_team):
    template, event_id, team_id, (anna, bram, cas), step, (one, two, _three) = theme_team
    _vote(store, step, team_id, [(anna, two), (bram, two), (cas, one)])
    reveal(store, event_id, team_id, step, NOW)
    assert kept(store, team_id, step.key) == [two]
    assert [i.tie_break for i in kept_items(store, template, event_id, team_id, step)] == [False]


def test_the_decider_s_name_stays_when_the_member_is_removed(store, theme_team):
    from app.event.teams import remove_member

    template, event_id, team_id, (anna, bram, cas), step, (one, two, _three) = theme_team
    _vote(store, step, team_id, [(anna, one), (bram, two)])
    reveal(store, event_id, team_id, step, NOW)
    decide(store, template, team_id, step, [one], bram)
    remove_member(store, bram)
    assert kept_items(store, template, event_id, team_id, step)[0].decided_by_name == "Bram"


def _gate_section(store, template, event_id, team_id, step):
    phase = next(p for p in template.phases if step in p.steps)
    return next(s for s in phase_outcome(store, template, event_id, team_id, phase.key, "en") if s.title == step.title.get("en"))
