"""Back and Next follow the template's order, for any template."""

from __future__ import annotations

from datetime import date

import pytest

from app.day.navigation import move_team, next_step, position, previous_step, step_keys
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team, team_view
from app.paths import template_path


@pytest.mark.parametrize("which", ["staatsprint_template", "mini_template"])
def test_next_walks_every_step_once_and_back_returns(request, which):
    template = request.getfixturevalue(which)
    walked, current = [], None
    while (current := next_step(template, current)) is not None:
        walked.append(current)
    assert walked == [s.key for s in template.steps()]
    back, current = [], walked[-1]
    while current is not None:
        back.append(current)
        current = previous_step(template, current)
    assert back == list(reversed(walked))


def test_position_counts_from_one(staatsprint_template):
    assert position(staatsprint_template, None) == (0, 13)
    assert position(staatsprint_template, "braindump") == (1, 13)
    assert position(staatsprint_template, "pitch") == (13, 13)


def test_the_team_remembers_its_step(store, staatsprint_template):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    move_team(store, team_id, "vehicle", staatsprint_template)
    assert team_view(store, event_id, team_id, staatsprint_template).current_step == "vehicle"
    with pytest.raises(DomainError, match="no step 'lunch'"):
        move_team(store, team_id, "lunch", staatsprint_template)
    assert team_view(store, event_id, team_id, staatsprint_template).current_step == "vehicle"


def test_step_keys_are_the_templates(mini_template):
    assert step_keys(mini_template)[0] == "ideas_dump"


def test_next_at_the_end_of_a_phase_opens_its_gate(staatsprint_template):
    from app.day.navigation import ends_phase, on_next, through_gate

    move = on_next(staatsprint_template, "vehicle", "vehicle")
    assert move.gate == "probleem" and not move.moves_team
    assert through_gate(staatsprint_template, "probleem").show == "hkw"
    assert on_next(staatsprint_template, "braindump", "braindump").gate is None
    last = on_next(staatsprint_template, "pitch", "pitch")  # the day's last step: its gate checks the pitch
    assert last.gate == "pitch" and not last.moves_team
    assert ends_phase(staatsprint_template, "vehicle") and not ends_phase(staatsprint_template, "braindump")
    assert not ends_phase(staatsprint_template, "pitch")  # the last step ends the day, not into a gate


def test_a_phase_opens_on_the_teams_step_or_its_first(staatsprint_template):
    from app.day.navigation import phase_entry

    assert phase_entry(staatsprint_template, "ideeen", "idea_vote") == "idea_vote"
    assert phase_entry(staatsprint_template, "ideeen", "braindump") == "idea_race"
    assert phase_entry(staatsprint_template, "probleem", None) == "braindump"
