"""The phase-4 gate's content: the pitch in brief beside the problem statement, the empty questions,
the storyboard's and the presenter's state. Read from the demo event, whose phase-3 teams have a
problem statement, a chosen idea and its Crystal Ball."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from app.event.teams import add_team, set_role
from app.outcomes.pitch_gate import pitch_beside
from app.pitch.answers import save_pitch_answer
from db.models import StoryPanel
from tests.demo_pitch import HALFWAY, demo_team, untyped

NOW = datetime(2026, 3, 11, 10, 59, 23, tzinfo=timezone.utc)


@pytest.fixture
def demo(store):
    event_id = create_demo_event(store, NOW)
    template = event_template(get_event(store, event_id))
    chosen = demo_team(store, event_id, template, HALFWAY)
    untyped(store, chosen.id, storyboard=False)  # a team that has just begun its pitch
    return event_id, template, chosen


def test_only_the_pitchs_phase_has_it(store, demo):
    event_id, template, team = demo
    assert pitch_beside(store, template, event_id, team.id, "ideeen", "nl") is None
    assert pitch_beside(store, template, event_id, team.id, "pitch", "nl") is not None


def test_the_pitch_in_brief_beside_the_problem_statement(store, demo):
    event_id, template, team = demo
    save_pitch_answer(store, team.id, "pitch", "cost", "Twee ambtenaren, een half jaar.")
    beside = pitch_beside(store, template, event_id, team.id, "pitch", "nl")
    assert beside.statement is not None and beside.statement.preview.text
    assert [a.key for a in beside.brief] == ["problem", "for_whom", "idea", "path", "cost"]
    brief = {a.key: a for a in beside.brief}
    assert brief["idea"].source == "taken_over" and brief["idea"].text  # the chosen idea
    assert brief["cost"].text == "Twee ambtenaren, een half jaar." and brief["cost"].source == "typed"
    assert "Wat gaat het kosten?" not in beside.missing
    assert "Wat is de impact van je idee?" in beside.missing  # the action plan's first, still empty


def test_an_empty_team_has_every_question_missing_no_storyboard_and_no_presenter(store, demo):
    event_id, template, _ = demo
    team_id = add_team(store, event_id, next(c.key for c in template.challenges))
    beside = pitch_beside(store, template, event_id, team_id, "pitch", "nl")
    assert all(not a.text for a in beside.brief)
    assert beside.missing[0] == "Wat is het probleem dat je oplost?"
    assert len(beside.missing) == sum(1 for f in template.step("pitch").fields) + len(template.challenge(next(c.key for c in template.challenges)).consider)
    assert (beside.storyboard.panels, beside.storyboard.min_panels, beside.storyboard.enough) == (0, 3, False)
    assert beside.presenter is None


def test_the_storyboard_and_the_presenter_show(store, demo):
    event_id, template, team = demo
    with store.write() as session:
        for position in range(3):
            session.add(StoryPanel(team_id=team.id, step_key="pitch", position=position, caption=f"Plaat {position + 1}"))
    set_role(store, team.id, "presenter", team.members[0].id, template)
    beside = pitch_beside(store, template, event_id, team.id, "pitch", "nl")
    assert beside.storyboard.panels == 3 and beside.storyboard.enough
    assert beside.presenter == team.members[0].name
