"""Anonymous steps: the template's rule by default, the team's switch before the step starts, refused after."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlmodel import select

from app.board.board import NoteView, add_note
from app.board.clustering import make_cluster
from app.clock.clock import FakeClock
from app.clock.timers import TimerKey, Timers
from app.day.privacy import (
    NoteCount,
    can_be_anonymous,
    is_anonymous,
    nameless,
    notes_by_name,
    set_anonymous,
    shown_anonymously,
    shown_name,
    unnamed_counts,
)
from app.day.template_file import parse_template
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.knelpunten import add_knelpunt
from app.paths import template_path
from app.voting.vote_step import reveal
from app.voting.voting import cast
from db.models import StepState

NOW = datetime(2026, 3, 11, 13, 15, tzinfo=timezone.utc)


@pytest.fixture
def team(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    return event_id, add_team(store, event_id, None)


def test_the_template_rule_is_the_default_and_the_team_switches_before_the_start(store, team, staatsprint_template):
    event_id, team_id = team
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    assert is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "hkw")  # only that step
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", False)
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")


def test_once_the_step_has_started_the_switch_is_refused_and_nothing_changes(store, team, staatsprint_template):
    event_id, team_id = team
    Timers(store, FakeClock(NOW)).apply(TimerKey(event_id, team_id, "idea_race", "round1"), 300, "start")
    with pytest.raises(DomainError) as refused:
        set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    assert refused.value.code == "anonymous_started"
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    with store.read() as session:
        assert all(row.anonymous is None for row in session.exec(select(StepState)).all())


def test_an_anonymous_view_shows_no_name():
    assert shown_name(True, "Fatima") == "" and shown_name(False, "Fatima") == "Fatima"


def test_something_written_in_the_step_also_starts_it(store, team, staatsprint_template):
    """Notes written before any timer ran: switching then would show or hide their authors afterwards."""
    event_id, team_id = team
    anna = add_member(store, team_id, "Anna")
    add_note(store, team_id, "idea_race", anna, "Een loket", 0, 0)
    with pytest.raises(DomainError) as refused:
        set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    assert refused.value.code == "anonymous_started"
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "idea_race")
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_vote", True)  # another step is not started


def test_a_dot_placed_starts_a_vote(store, team, staatsprint_template):
    event_id, team_id = team
    anna = add_member(store, team_id, "Anna")
    item = add_knelpunt(store, team_id, "Silo's")
    cast(store, staatsprint_template.step("dot_vote").rules, team_id, "dot_vote", anna, item)
    with pytest.raises(DomainError):
        set_anonymous(store, staatsprint_template, event_id, team_id, "dot_vote", True)
    assert not is_anonymous(store, staatsprint_template, event_id, team_id, "dot_vote")


def test_a_view_of_several_steps_is_anonymous_when_one_of_them_is(store, team, staatsprint_template):
    event_id, team_id = team
    assert not shown_anonymously(store, staatsprint_template, event_id, team_id, {"themes", "hkw"})
    set_anonymous(store, staatsprint_template, event_id, team_id, "hkw", True)
    assert shown_anonymously(store, staatsprint_template, event_id, team_id, {"themes", "hkw"})


def test_only_steps_whose_work_has_authors_can_be_anonymous(staatsprint_template):
    switchable = {step.key for step in staatsprint_template.steps() if can_be_anonymous(step)}
    assert {"braindump", "hkw", "idea_race", "idea_vote", "theme_vote", "dot_vote"} <= switchable
    assert not switchable & {"problem_statement", "crystal_ball", "pitch", "knelpunten"}


def test_the_staatsprint_template_makes_no_step_anonymous_by_default(staatsprint_template):
    """The workbook does not ask for it: every default is false; the team switches."""
    assert not any(step.rules.anonymous for step in staatsprint_template.steps())


def test_the_nameless_form_holds_no_author_at_all():
    note = NoteView(1, 1, "idea_race", "Een loket", "yellow", 0, 0, author_id=7, author_name="Fatima")
    (anonymous,) = nameless(True, [note])
    assert (anonymous.author_id, anonymous.author_name, anonymous.author({7: "Fatima"})) == (None, "", "")
    assert anonymous.text == "Een loket" and nameless(False, [note]) == [note]


def test_counts_without_names_are_most_first_and_leave_out_work_of_no_one():
    assert unnamed_counts({7: 2, 8: 5, None: 3, 9: 0}) == [5, 2]


def test_notes_in_an_anonymous_step_are_not_counted_by_their_authors_name(store, team, staatsprint_template):
    event_id, team_id = team
    anna = add_member(store, team_id, "Anna")
    set_anonymous(store, staatsprint_template, event_id, team_id, "idea_race", True)
    for text in ("Een loket", "Eén dossier"):
        add_note(store, team_id, "idea_race", anna, text, 0, 0)
    add_note(store, team_id, "vehicle", anna, "De burger", 0, 0)
    assert notes_by_name(store, staatsprint_template, event_id, anna, None) == NoteCount(named=1, unnamed=2)


def test_a_private_brain_dump_is_counted_by_name_only_where_it_is_seen(store, team, staatsprint_template):
    """Before the reveal another member's own laptop does not see Anna's notes, so it may not count
    them by her name; the team's laptop sees them all, and so may she."""
    event_id, team_id = team
    anna, bram = add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")
    add_note(store, team_id, "braindump", anna, "Formulieren", 0, 0)
    assert notes_by_name(store, staatsprint_template, event_id, anna, bram) == NoteCount(0, 1)
    assert notes_by_name(store, staatsprint_template, event_id, anna, None) == NoteCount(1, 0)
    assert notes_by_name(store, staatsprint_template, event_id, anna, anna) == NoteCount(1, 0)
    reveal(store, event_id, team_id, staatsprint_template.step("braindump"), NOW)
    assert notes_by_name(store, staatsprint_template, event_id, anna, bram) == NoteCount(1, 0)


def test_a_cluster_made_starts_a_bundling_step(store, team, staatsprint_template):
    event_id, team_id = team
    anna = add_member(store, team_id, "Anna")
    hkw = add_note(store, team_id, "hkw", anna, "Hoe kunnen we data delen?", 0, 0)
    set_anonymous(store, staatsprint_template, event_id, team_id, "themes", True)  # HKWs written: bundling not started
    make_cluster(store, team_id, "themes", "hkw", "Data", [hkw])
    with pytest.raises(DomainError):
        set_anonymous(store, staatsprint_template, event_id, team_id, "themes", False)
    assert is_anonymous(store, staatsprint_template, event_id, team_id, "themes")


def test_a_template_that_makes_a_step_anonymous_is_the_default_the_team_may_switch_off(store):
    """Another hackathon's template may make its race anonymous: the team still chooses before it starts."""
    shipped = template_path("staatsprint").read_text(encoding="utf-8")
    source = shipped.replace("prize_sheets = 2,", "prize_sheets = 2, anonymous = true,")
    assert source != shipped
    template = parse_template(source, "anonymous-race.toml")
    event_id = create_event(store, source, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    assert is_anonymous(store, template, event_id, team_id, "idea_race")
    set_anonymous(store, template, event_id, team_id, "idea_race", False)
    assert not is_anonymous(store, template, event_id, team_id, "idea_race")
