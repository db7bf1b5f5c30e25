"""A juror file's body: what is checked before it counts (on the laptop and again at the import)."""

from __future__ import annotations

import pytest

from app.errors import DomainError
from app.jury.juror_file import build_body, check_body, file_name
from tests.jury.kits import criteria

TEAMS = {11: "Team 1 De Datadokters", 12: "Team 2 Samen Sterk"}


def body(*teams: dict) -> dict:
    return build_body(event_ref="e", fingerprint="f", rubric_version=1, token="t", juror_name="Anna", revision=1,
                      finalised_at="2026-03-11T16:40:00+00:00", teams=list(teams))


def team(team_id: int, value=7, not_seen: bool = False, **scores) -> dict:
    full = {c["key"]: value for c in criteria()}
    return {"id": team_id, "not_seen": not_seen, "scores": {**full, **scores}, "note": "", "feedback": ""}


def test_a_complete_body_passes_and_a_not_seen_team_carries_no_scores():
    made = body(team(11), team(12, not_seen=True))
    assert made["teams"][1]["scores"] == {}
    check_body(made, criteria(), TEAMS, recused=[13])


@pytest.mark.parametrize(("teams", "code"), [
    ([team(11)], "juror_file_team_missing"),
    ([team(11), team(12), team(13)], "juror_file_recused"),
    ([team(11), team(12), team(99)], "juror_file_team_unknown"),
    ([team(11), team(11), team(12)], "juror_file_team_twice"),
    ([team(11), team(12, value=11)], "juror_file_out_of_scale"),
    ([team(11), team(12, idea=0)], "juror_file_out_of_scale"),
    ([team(11), team(12, colour=3)], "juror_file_criterion_unknown"),
])
def test_a_body_that_does_not_hold_exactly_the_teams_each_in_scale_is_refused(teams, code):
    with pytest.raises(DomainError) as refused:
        check_body(body(*teams), criteria(), TEAMS, recused=[13])
    assert refused.value.code == code


def test_a_missing_criterion_without_not_seen_is_refused():
    partial = team(12)
    del partial["scores"]["plan"]
    with pytest.raises(DomainError) as refused:
        check_body(body(team(11), partial), criteria(), TEAMS)
    assert refused.value.code == "juror_file_criterion_missing" and refused.value.params["team"] == "Team 2 Samen Sterk"


def test_not_seen_with_scores_and_a_body_of_the_wrong_shape_are_refused():
    made = body(team(11), team(12))
    made["teams"][1]["not_seen"] = True
    with pytest.raises(DomainError) as refused:
        check_body(made, criteria(), TEAMS)
    assert refused.value.code == "juror_file_not_seen_scored"
    with pytest.raises(DomainError) as refused:
        check_body({"teams": [{"id": "11"}]}, criteria(), TEAMS)
    assert refused.value.code == "juror_file_shape"


def test_the_file_name_is_safe_on_every_file_system():
    assert file_name("Anna de Vries", 2) == "Juryscores Anna de Vries r2.json"
    assert file_name('Jan/Piet: "J"', 1) == "Juryscores Jan Piet J r1.json"
