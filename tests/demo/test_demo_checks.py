"""The demo files are checked as they are read: work a team could not have done is refused."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.day.template_file import parse_template
from app.demo.ideation import ideation_rows
from app.demo.rows import DemoTeam, Rows
from app.demo.states import StepStates
from app.demo.work import work_rows
from app.paths import template_path

NOW = datetime(2026, 3, 11, 12, 30, tzinfo=timezone.utc)
TEAM = DemoTeam(7, {"Ada": 1, "Bo": 2, "Cas": 3}, {"captain": 2})


@pytest.fixture(scope="module")
def template():
    return parse_template(template_path("staatsprint").read_text(encoding="utf-8"), "staatsprint.toml")


def _ideas(**extra) -> dict:
    ideas = [{"author": "Ada", "text": f"Idee {n}", "round": "round1"} for n in range(4)]
    return {"team": 1, "race": {"started_minutes_ago": 30}, "ideas": ideas, **extra}


def _made(template, entry: dict) -> Rows:
    rows, states = Rows(), StepStates(event_id=1)
    work_rows(rows, template, [TEAM], [entry], states, NOW)
    ideation_rows(rows, template, [TEAM], [entry], states, NOW)
    return rows


def test_a_tie_at_the_cut_is_the_captains_and_says_so(template):
    entry = _ideas()
    for idea, (votes, kept) in zip(entry["ideas"], [(3, 1), (2, 2), (2, None), (1, None)]):
        idea["dots"] = votes
        if kept:
            idea["kept"] = kept
    rows = _made(template, entry)
    assert [(s.rank, s.tie_break, s.decided_by_id, s.decided_by_name) for s, _idea in rows.selections] == [
        (0, False, None, ""), (1, True, 2, "Bo")]  # the second kept over an idea with as many votes


def test_a_kept_idea_with_fewer_votes_than_one_left_out_is_refused(template):
    entry = _ideas()
    entry["ideas"][0] |= {"dots": 1, "kept": 1}
    entry["ideas"][1] |= {"dots": 2}
    with pytest.raises(ValueError, match="more dots than a kept one"):
        _made(template, entry)


def test_more_kept_ideas_than_the_vote_keeps_are_refused(template):
    entry = _ideas()
    for rank, idea in enumerate(entry["ideas"], start=1):
        idea |= {"dots": 1, "kept": rank}
    with pytest.raises(ValueError, match="at most 3"):
        _made(template, entry)


def test_a_milestone_off_the_timeline_is_refused(template):
    entry = _ideas(crystal_balls=[{"kept": 1, "milestones": [{"years": 6, "title": "Te laat", "roles": "Niemand"}]}])
    entry["ideas"][0] |= {"dots": 1, "kept": 1}
    with pytest.raises(ValueError, match="off the 5-year timeline"):
        _made(template, entry)


def test_ideas_typed_in_after_the_review_are_refused(template):
    entry = _ideas()
    entry["ideas"][0] |= {"round": "review", "typed": True}
    with pytest.raises(ValueError, match="no round"):
        _made(template, entry)


def test_two_best_hkws_in_one_theme_are_refused(template):
    hkws = [{"author": "Ada", "text": f"Hoe kunnen we {n}?", "cluster": "Thema", "best": True} for n in range(2)]
    with pytest.raises(ValueError, match="more than one best note"):
        _made(template, {"team": 1, "themes": [{"name": "Thema"}], "hkw": hkws})
