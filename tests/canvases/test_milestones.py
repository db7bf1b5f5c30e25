"""Milestones and end cards on the kept ideas' timelines: made, moved, answered, removed and back;
what is refused (outside the line, an idea not kept, an unknown question) changes nothing. Both templates."""

from __future__ import annotations

import pytest

from app.canvases.milestones import (
    add_milestone,
    delete_milestone,
    edit_milestone,
    end_card,
    field_keys,
    kept_ideas,
    milestones,
    move_milestone,
    restore_milestone,
    set_end,
)
from app.errors import DomainError
from app.paths import template_path
from tests.canvases.crystal_setup import IDEAS, keep_ideas
from tests.conftest import MINI_TEMPLATE


@pytest.fixture(params=["staatsprint", "mini"])
def setup(request, store, staatsprint_template, mini_template):
    if request.param == "staatsprint":
        return staatsprint_template, keep_ideas(store, staatsprint_template, template_path("staatsprint"))
    return mini_template, keep_ideas(store, mini_template, MINI_TEMPLATE)


def test_the_kept_ideas_in_rank_order_and_the_templates_questions(store, setup):
    template, kept = setup
    ideas = kept_ideas(store, template, kept.team_id, kept.step)
    assert [i.id for i in ideas] == kept.ideas and ideas[0].text == IDEAS[0]
    assert len(ideas) == template.step(next(s.key for s in template.steps() if s.rules.votes_on and s.rules.votes_on.value == "ideas")).rules.keep_at_most
    if kept.step.key == "crystal_ball":
        assert field_keys(kept.step, "milestone") == ["roles", "changes", "added"] and field_keys(kept.step, "end") == ["goal"]
        assert kept.step.rules.horizon_years == 5
    else:
        assert field_keys(kept.step, "milestone") == ["who", "next"] and field_keys(kept.step, "end") == ["reached"]
        assert kept.step.rules.horizon_years == 3


def test_place_answer_move_delete_and_restore(store, setup):
    template, kept = setup
    step, idea = kept.step, kept.ideas[0]
    key = field_keys(step, "milestone")[0]
    horizon = step.rules.horizon_years
    first = add_milestone(store, template, kept.team_id, step, idea, 1.0, "Pilot in drie gemeenten", {key: "Gemeente Utrecht trekt"})
    second = add_milestone(store, template, kept.team_id, step, idea, float(horizon))
    assert [(m.years, m.title, m.answers) for m in milestones(store, kept.team_id, step.key, idea)] == [
        (1.0, "Pilot in drie gemeenten", {key: "Gemeente Utrecht trekt"}), (float(horizon), "", {})]
    assert move_milestone(store, step, second, 2.25) == float(horizon)
    assert edit_milestone(store, step, first, "  Pilot  in vier gemeenten ", {key: "", field_keys(step, "milestone")[1]: "Nieuw\r\nteam"}) == (
        "Pilot in drie gemeenten", {key: "Gemeente Utrecht trekt"})
    stored = {m.id: m for m in milestones(store, kept.team_id, step.key)}
    assert stored[first].title == "Pilot in vier gemeenten" and stored[first].answers == {field_keys(step, "milestone")[1]: "Nieuw\nteam"}
    assert stored[second].years == 2.25
    snapshot = delete_milestone(store, first)
    assert [m.id for m in milestones(store, kept.team_id, step.key)] == [second]
    restore_milestone(store, snapshot)
    assert milestones(store, kept.team_id, step.key, idea)[0] == stored[first]  # the same milestone back, id and all
    assert milestones(store, kept.team_id, step.key, kept.ideas[1]) == []


def test_one_end_card_per_idea_at_the_horizon(store, setup):
    template, kept = setup
    step, idea = kept.step, kept.ideas[1]
    goal = field_keys(step, "end")[0]
    assert set_end(store, template, kept.team_id, step, idea, {goal: "Iedere inwoner regelt het in één keer"}) == {}
    assert set_end(store, template, kept.team_id, step, idea, {goal: "Overal in Nederland"}) == {goal: "Iedere inwoner regelt het in één keer"}
    card = end_card(store, kept.team_id, step.key, idea)
    assert card.kind == "end" and card.years == step.rules.horizon_years and card.answers == {goal: "Overal in Nederland"}
    assert [m.kind for m in milestones(store, kept.team_id, step.key)] == ["end"]
    with pytest.raises(DomainError) as refused:
        move_milestone(store, step, card.id, 1.0)
    assert refused.value.code == "milestone_end_fixed"
    assert end_card(store, kept.team_id, step.key, idea) == card


@pytest.mark.parametrize("years", [-0.25, 99.0, float("nan")])
def test_a_milestone_outside_the_timeline_is_refused_and_nothing_changes(store, setup, years):
    template, kept = setup
    step = kept.step
    placed = add_milestone(store, template, kept.team_id, step, kept.ideas[0], 0.5, "Start")
    before = milestones(store, kept.team_id, step.key)
    for action in (lambda: add_milestone(store, template, kept.team_id, step, kept.ideas[0], years, "Te ver"),
                   lambda: add_milestone(store, template, kept.team_id, step, kept.ideas[0], step.rules.horizon_years + 0.25),
                   lambda: move_milestone(store, step, placed, years)):
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.code == "milestone_outside" and refused.value.params == {"horizon": step.rules.horizon_years}
    assert milestones(store, kept.team_id, step.key) == before


def test_an_idea_not_kept_an_unknown_question_or_a_missing_milestone_is_refused(store, setup):
    template, kept = setup
    step = kept.step
    placed = add_milestone(store, template, kept.team_id, step, kept.ideas[0], 1.0, "Start")
    before = milestones(store, kept.team_id, step.key)
    cases = (
        ("idea_not_kept", lambda: add_milestone(store, template, kept.team_id, step, kept.not_kept, 1.0)),
        ("idea_not_kept", lambda: set_end(store, template, kept.team_id, step, kept.not_kept, {})),
        ("milestone_field", lambda: edit_milestone(store, step, placed, "Start", {"nonsense": "x"})),
        ("milestone_field", lambda: set_end(store, template, kept.team_id, step, kept.ideas[0], {field_keys(step, "milestone")[0]: "x"})),
        ("milestone_title_long", lambda: edit_milestone(store, step, placed, "x" * 201, {})),
        ("text_control", lambda: edit_milestone(store, step, placed, "Start", {field_keys(step, "milestone")[0]: "a\x1bb"})),
        ("milestone_missing", lambda: move_milestone(store, step, placed + 999, 1.0)),
    )
    for code, action in cases:
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.code == code
    assert milestones(store, kept.team_id, step.key) == before
