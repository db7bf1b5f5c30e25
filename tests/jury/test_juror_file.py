"""A juror file's body and name as the juror's laptop writes them (the import's checks: test_merge_refusals.py)."""

from __future__ import annotations

from app.jury.juror_file import build_body, file_name
from tests.jury.kits import criteria


def team(team_id: int, value=7, not_seen: bool = False) -> dict:
    return {"id": team_id, "not_seen": not_seen, "scores": {c["key"]: value for c in criteria()}, "note": "", "feedback": ""}


def test_the_body_is_the_agreed_one_and_a_not_seen_team_carries_no_scores():
    made = build_body(event_ref="e", fingerprint="f", rubric_version=1, token="t", juror_name="Anna", revision=2,
                      finalised_at="2026-03-11T16:40:00+00:00", teams=[team(11), team(12, not_seen=True)])
    assert set(made) == {"event_ref", "rubric_fingerprint", "rubric_version", "juror", "juror_name", "revision", "finalised_at", "teams"}
    assert (made["revision"], made["juror"], made["teams"][0]["scores"]["idea"]) == (2, "t", 7)
    assert made["teams"][1] == {"id": 12, "not_seen": True, "scores": {}, "note": "", "feedback": ""}


def test_the_file_name_is_safe_on_every_file_system():
    assert file_name("Anna de Vries", 2) == "Juryscores Anna de Vries r2.json"
    assert file_name('Jan/Piet: "J"', 1) == "Juryscores Jan Piet J r1.json"
