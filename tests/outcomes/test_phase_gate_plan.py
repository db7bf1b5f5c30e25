"""The phase-3 gate's content: the final choice as the Crystal Ball's outcome, the plan, and the
problem statement read from its answers."""

from __future__ import annotations

from app.canvases.milestones import add_milestone
from app.outcomes.final_choice import choose
from app.outcomes.phase_gate import chosen_plan, phase_outcome
from app.paths import template_path
from tests.canvases.crystal_setup import IDEAS, keep_ideas


def _section(store, template, kept):
    return next(s for s in phase_outcome(store, template, kept.event_id, kept.team_id, "ideeen", "nl") if s.title == "Crystal Ball")


def test_the_crystal_balls_outcome_is_the_final_choice(store, staatsprint_template):
    t = staatsprint_template
    kept = keep_ideas(store, t, template_path("staatsprint"))
    assert _section(store, t, kept).empty
    step, chosen = chosen_plan(store, t, kept.team_id, "ideeen")
    assert step.key == "crystal_ball" and chosen is None
    assert chosen_plan(store, t, kept.team_id, "probleem") is None  # a phase without a Crystal Ball
    add_milestone(store, t, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot")
    choose(store, t, kept.team_id, kept.step, [kept.ideas[0]])
    assert _section(store, t, kept).lines == (IDEAS[0],)
    assert [m.title for m in chosen_plan(store, t, kept.team_id, "ideeen")[1].timeline] == ["Pilot"]
    choose(store, t, kept.team_id, kept.step, kept.ideas[:2], "Loket met kluis")
    assert _section(store, t, kept).lines == (f"Loket met kluis ({IDEAS[0]} + {IDEAS[1]})",)  # one line: no list inside the list
