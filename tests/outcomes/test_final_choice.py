"""The final choice: one kept idea or a named combination, with its timeline as the plan; what is
refused (an idea not kept, nothing, a combination without a name) changes nothing."""

from __future__ import annotations

import pytest

from app.canvases.milestones import add_milestone, set_end
from app.errors import DomainError
from app.outcomes.final_choice import Choice, choose, final_choice, plan, restore_choice
from app.paths import template_path
from tests.canvases.crystal_setup import IDEAS, keep_ideas
from tests.conftest import MINI_TEMPLATE


@pytest.fixture
def kept(store, staatsprint_template):
    return keep_ideas(store, staatsprint_template, template_path("staatsprint"))


def test_one_idea_chosen_with_who_decided_then_a_combination_and_back(store, staatsprint_template, kept):
    step = kept.step
    assert final_choice(store, kept.team_id, step.key) is None and plan(store, staatsprint_template, kept.team_id, step) is None
    assert choose(store, staatsprint_template, kept.team_id, step, [kept.ideas[1]], "ignored for one idea", decided_by=kept.members[0]) is None
    one = final_choice(store, kept.team_id, step.key)
    assert one == Choice((kept.ideas[1],), "", "Anna") and not one.combined
    before = choose(store, staatsprint_template, kept.team_id, step, [kept.ideas[0], kept.ideas[2], kept.ideas[0]], "Loket met kluis")
    assert before == one
    both = final_choice(store, kept.team_id, step.key)
    assert both == Choice((kept.ideas[0], kept.ideas[2]), "Loket met kluis", "") and both.combined
    restore_choice(store, kept.team_id, step.key, before)
    assert final_choice(store, kept.team_id, step.key) == one
    restore_choice(store, kept.team_id, step.key, None)
    assert final_choice(store, kept.team_id, step.key) is None


def test_the_plan_is_the_chosen_ideas_timelines_in_the_order_of_time(store, staatsprint_template, kept):
    step, t, team = kept.step, staatsprint_template, kept.team_id
    late = add_milestone(store, t, team, step, kept.ideas[0], 3.0, "Landelijk")
    early = add_milestone(store, t, team, step, kept.ideas[0], 0.5, "Pilot")
    add_milestone(store, t, team, step, kept.ideas[1], 1.0, "Ander idee")
    set_end(store, t, team, step, kept.ideas[0], {"goal": "Eén loket"})
    choose(store, t, team, step, [kept.ideas[0]])
    chosen = plan(store, t, team, step)
    assert chosen.title == IDEAS[0] and [i.id for i in chosen.ideas] == [kept.ideas[0]]
    assert [m.id for m in chosen.timeline[:2]] == [early, late] and chosen.timeline[-1].kind == "end"


def test_a_choice_of_an_idea_that_was_not_kept_is_refused_and_nothing_changes(store, staatsprint_template, kept):
    step, t, team = kept.step, staatsprint_template, kept.team_id
    choose(store, t, team, step, [kept.ideas[0]])
    before = final_choice(store, team, step.key)
    for code, ids, name in (("choice_not_kept", [kept.not_kept], ""), ("choice_not_kept", [kept.ideas[0], kept.not_kept], "Mix"),
                            ("choice_not_kept", [987654], ""), ("choice_empty", [], ""), ("choice_name_empty", kept.ideas[:2], "  "),
                            ("choice_name_long", kept.ideas[:2], "x" * 201)):
        with pytest.raises(DomainError) as refused:
            choose(store, t, team, step, ids, name)
        assert refused.value.code == code
    assert final_choice(store, team, step.key) == before


def test_the_mini_template_chooses_from_its_own_vote(store, mini_template):
    kept = keep_ideas(store, mini_template, MINI_TEMPLATE)
    assert kept.step.key == "outlook" and len(kept.ideas) == 2
    choose(store, mini_template, kept.team_id, kept.step, kept.ideas, "Beide samen")
    assert final_choice(store, kept.team_id, "outlook").idea_ids == tuple(kept.ideas)
    with pytest.raises(DomainError):
        choose(store, mini_template, kept.team_id, kept.step, [kept.not_kept])
