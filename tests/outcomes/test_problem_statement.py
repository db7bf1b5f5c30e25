"""The problem statement: the winning theme with its best HKW and tie-break, the answers saved
as typed, and the one sentence they make (also from the mini template)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.board.best_note import set_best
from app.board.board import add_cluster, add_note
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.problem_statement import (
    GAP,
    answers,
    missing_labels,
    problem_statement,
    save_answer,
    sentence,
    winning_theme,
)
from app.paths import template_path
from app.voting.vote_step import place_dot, reveal
from db.models import Selection
from tests.conftest import MINI_TEMPLATE


@pytest.fixture
def themes(store, staatsprint_template):
    """(store, event, team, [two members], [two themes]); the first theme's second HKW marked best."""
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    members = [add_member(store, team_id, name) for name in ("Anna de Vries", "Bram")]
    hkws = [add_note(store, team_id, "hkw", members[0], f"Hoe kunnen we {word}?", 0.0, 200.0 * n) for n, word in enumerate(("delen", "hergebruiken", "betalen"))]
    first = add_cluster(store, team_id, "themes", "Samen delen", (0, 0, 400, 400), hkws[:2])
    second = add_cluster(store, team_id, "themes", "Geld", (500, 0, 400, 200), hkws[2:])
    set_best(store, first, hkws[1])
    return store, event_id, team_id, members, [first, second]


def test_no_theme_before_the_vote_then_the_clear_winner_of_the_revealed_vote(themes, staatsprint_template):
    store, event_id, team_id, members, (first, second) = themes
    assert winning_theme(store, staatsprint_template, event_id, team_id, "problem_statement") is None
    vote = staatsprint_template.step("theme_vote")
    for member in members:
        place_dot(store, staatsprint_template, event_id, team_id, vote, member, first)
    place_dot(store, staatsprint_template, event_id, team_id, vote, members[0], second)
    reveal(store, event_id, team_id, vote, datetime(2026, 3, 11, 11, 0, tzinfo=UTC))
    theme = winning_theme(store, staatsprint_template, event_id, team_id, "problem_statement")
    assert (theme.name, theme.hkw, theme.tie_break) == ("Samen delen", "Hoe kunnen we hergebruiken?", False)


def test_the_kept_theme_says_who_broke_the_tie(themes, staatsprint_template):
    store, event_id, team_id, _members, (first, second) = themes
    with store.write() as session:
        session.add(Selection(team_id=team_id, step_key="theme_vote", target_id=second, rank=0, tie_break=True, decided_by_name="Anna de Vries"))
        session.add(Selection(team_id=team_id, step_key="theme_vote", target_id=first, rank=1))
    theme = winning_theme(store, staatsprint_template, event_id, team_id, "problem_statement")
    assert (theme.cluster_id, theme.name, theme.hkw) == (second, "Geld", "")  # no HKW marked in that theme
    assert theme.tie_break and theme.decided_by_name == "Anna de Vries"


def test_answers_are_saved_as_typed_and_a_bad_one_is_refused_with_nothing_changed(themes):
    store, _event_id, team_id, _members, _themes = themes
    save_answer(store, team_id, "problem_statement", "owner", "  De gemeente  ")
    save_answer(store, team_id, "problem_statement", "owner", "De gemeente")  # unchanged: nothing written
    assert answers(store, team_id, "problem_statement") == {"owner": "De gemeente"}
    with pytest.raises(DomainError):
        save_answer(store, team_id, "problem_statement", "owner", "x" * 6000)
    assert answers(store, team_id, "problem_statement") == {"owner": "De gemeente"}


def test_the_sentence_fills_the_pattern_and_says_what_is_missing(staatsprint_template):
    step = staatsprint_template.step("problem_statement")
    given = {"owner": "de VNG", "what": "versnipperde IT.", "activity": "bouwstenen  delen\n"}
    preview = sentence(step.statement.get("nl"), given)
    assert preview.text == f"De VNG is eigenaar van versnipperde IT; zij moeten bouwstenen delen; zodat {GAP}"
    assert preview.missing == ("result",)
    assert missing_labels(step, preview, "nl") == ["En welk resultaat wil die persoon/dat instituut bereiken?"]
    full = sentence(step.statement.get("en"), {**given, "result": "residents are helped faster"})
    assert full.missing == () and full.text.endswith("so that residents are helped faster.")


def test_the_mini_template_makes_its_own_sentence(store, mini_template):
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "groene_daken")
    save_answer(store, team_id, "framing", "who", "De bewoners")
    statement = problem_statement(store, mini_template, event_id, team_id, "en")
    assert statement.step.key == "framing" and statement.theme is None
    assert statement.preview.text == f"De bewoners wants {GAP}" and statement.preview.missing == ("goal",)

