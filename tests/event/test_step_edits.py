"""Each step's minutes and rules, per event: the template validation decides, and a vote's rules
stay as they were once dots are placed (only its budget may move, never below what was placed)."""

from __future__ import annotations

import pytest

from app.day.template_file import TemplateError
from app.errors import DomainError
from app.event.events import event_template, get_event
from app.event.step_edits import most_dots_placed, set_part_minutes, set_step_minutes, set_step_rule
from app.event.teams import add_member, add_team
from app.voting.revote import round_key
from app.voting.voting import cast
from tests.event.editing import held, new_event


def _template(store, event_id):
    return event_template(get_event(store, event_id))


def _dots(store, event_id, step_key, per_voter: list[int], key: str | None = None):
    """Voters of one team placing that many dots each (several on one item: the step allows it)."""
    template = _template(store, event_id)
    team_id = add_team(store, event_id, "gemeentelijke_it")
    for number, dots in enumerate(per_voter):
        voter = add_member(store, team_id, f"Lid {number}")
        for target in range(dots):
            cast(store, template.step(step_key).rules, team_id, key or step_key, voter, target % 2 + 1)


def test_minutes_are_saved_within_the_phase_window(store):
    event_id = new_event(store)
    set_step_minutes(store, event_id, "braindump", 4)  # the phase's 70 minutes are all taken: one freed
    set_step_minutes(store, event_id, "vehicle", 36)  # and given to the car
    template = _template(store, event_id)
    assert (template.step("braindump").minutes, template.step("vehicle").minutes) == (4, 36)


def test_minutes_past_the_phase_window_are_refused_naming_the_phase_and_its_minutes(store):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_step_minutes(store, event_id, "braindump", 7)
    assert refused.value.code == "phase_steps_over"
    assert refused.value.params == {"phase": "probleem", "number": 1, "phase_nl": "Wat is het probleem?", "phase_en": "What is the problem?",
                                    "steps": 72, "window": 70, "start": "10:30", "end": "11:40"}
    assert held(store, event_id) == before


@pytest.mark.parametrize("minutes", [0, -3])
def test_no_minutes_is_refused(store, minutes):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(TemplateError) as refused:
        set_step_minutes(store, event_id, "hkw", minutes)
    assert refused.value.params["problems"] == ["phases[1] (definieren).steps[0] (hkw).minutes: Input should be greater than 0"]
    assert held(store, event_id) == before


def test_a_race_takes_the_sum_of_its_rounds(store):
    event_id = new_event(store)
    set_part_minutes(store, event_id, "idea_race", "review", 8)
    step = _template(store, event_id).step("idea_race")
    assert (step.minutes, [p.minutes for p in step.parts]) == (18, [5, 8, 5])
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_step_minutes(store, event_id, "idea_race", 30)
    assert refused.value.code == "step_has_parts"
    assert held(store, event_id) == before


@pytest.mark.parametrize(("rule", "value", "read"), [
    ("budget_per_member", 12, lambda r: r.budget_per_member),
    ("several_per_item", False, lambda r: r.several_per_item),
    ("keep_at_most", 4, lambda r: r.keep_at_most),
    ("tie_breaker", "timekeeper", lambda r: r.tie_breaker),
    ("hidden_until_reveal", False, lambda r: r.hidden_until_reveal),
    ("anonymous", True, lambda r: r.anonymous),
])
def test_a_votes_rules_are_saved_before_anyone_voted(store, rule, value, read):
    event_id = new_event(store)
    set_step_rule(store, event_id, "theme_vote", rule, value)
    assert read(_template(store, event_id).step("theme_vote").rules) == value


def test_a_limit_is_taken_away_with_none(store):
    event_id = new_event(store)
    set_step_rule(store, event_id, "idea_vote", "keep_at_most", None)
    assert _template(store, event_id).step("idea_vote").rules.keep_at_most is None


@pytest.mark.parametrize(("step", "rule", "value", "problem"), [
    ("dot_vote", "budget_per_member", 0, "phases[0] (probleem).steps[3] (dot_vote).rules.budget_per_member: Input should be greater than 0"),
    ("dot_vote", "budget_per_member", None, "phases[0] (probleem).steps[3] (dot_vote): a dot_vote step needs rules.budget_per_member and rules.votes_on"),
    ("theme_vote", "tie_breaker", "jury", "step 'theme_vote': tie_breaker 'jury' is not a role"),
    ("crystal_ball", "horizon_years", 0, "phases[2] (ideeen).steps[2] (crystal_ball).rules.horizon_years: Input should be greater than 0"),
])
def test_a_rule_the_validation_refuses_changes_nothing(store, step, rule, value, problem):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(TemplateError) as refused:
        set_step_rule(store, event_id, step, rule, value)
    assert problem in " | ".join(refused.value.params["problems"])
    assert held(store, event_id) == before


@pytest.mark.parametrize(("step", "rule"), [("vehicle", "budget_per_member"), ("dot_vote", "votes_on"), ("braindump", "source")])
def test_a_rule_that_is_the_steps_wiring_is_not_edited(store, step, rule):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_step_rule(store, event_id, step, rule, 3)
    assert refused.value.code == "step_rule_unknown"
    assert held(store, event_id) == before


def test_after_votes_the_budget_may_rise(store):
    event_id = new_event(store)
    _dots(store, event_id, "dot_vote", [4, 7])
    assert most_dots_placed(store, event_id, "dot_vote") == 7
    set_step_rule(store, event_id, "dot_vote", "budget_per_member", 15)
    set_step_rule(store, event_id, "dot_vote", "budget_per_member", 7)  # down to what the busiest voter placed
    assert _template(store, event_id).step("dot_vote").rules.budget_per_member == 7


def test_after_votes_the_budget_never_falls_below_what_someone_placed(store):
    event_id = new_event(store)
    _dots(store, event_id, "dot_vote", [4, 7])
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_step_rule(store, event_id, "dot_vote", "budget_per_member", 6)
    assert (refused.value.code, refused.value.params["placed"]) == ("step_budget_below_placed", 7)
    assert "cannot go below 7" in refused.value.message
    assert held(store, event_id) == before


@pytest.mark.parametrize(("rule", "value"), [("several_per_item", False), ("hidden_until_reveal", False), ("anonymous", True)])
def test_after_votes_the_other_rules_stay(store, rule, value):
    event_id = new_event(store)
    _dots(store, event_id, "dot_vote", [1])
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_step_rule(store, event_id, "dot_vote", rule, value)
    assert refused.value.code == "step_rules_voted"
    assert held(store, event_id) == before


def test_a_revote_rounds_dots_are_votes_in_the_step(store):
    event_id = new_event(store)
    _dots(store, event_id, "idea_vote", [1], key=round_key("idea_vote", 1))
    assert most_dots_placed(store, event_id, "idea_vote") == 0
    with pytest.raises(DomainError) as refused:
        set_step_rule(store, event_id, "idea_vote", "keep_at_most", 2)
    assert refused.value.code == "step_rules_voted"


def test_votes_of_another_event_do_not_count(store):
    voted, other = new_event(store), new_event(store)
    _dots(store, voted, "dot_vote", [3])
    set_step_rule(store, other, "dot_vote", "several_per_item", False)
    assert most_dots_placed(store, other, "dot_vote") is None
