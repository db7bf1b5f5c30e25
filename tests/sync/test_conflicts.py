"""Two laptops (two Stores on one database) editing the same note, answer or score: different fields
merge, the same field is a conflict that shows theirs and writes nothing; keep mine, take theirs, both."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.board.board import add_note, delete_notes, notes
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team
from app.jury.rubric import add_criterion
from app.jury.setup import add_juror
from app.outcomes.problem_statement import answers
from app.paths import template_path
from app.storage.database import open_store
from app.sync.field_edits import save_answer_based, set_score_based, set_sheet_based
from app.sync.note_edits import edit_note_text, keep_both, keep_mine, move_note
from app.sync.versions import EditConflict
from db.models import Note, Score, ScoreSheet


@pytest.fixture
def laptops(db_url):
    """(laptop A, laptop B, team id, note id): two stores on one database."""
    first, second = open_store(db_url), open_store(db_url)
    event_id = create_event(first, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(first, event_id, "gemeentelijke_it")
    note_id = add_note(first, team_id, "braindump", None, "Eerste idee", 10.0, 20.0)
    yield first, second, team_id, note_id, event_id
    first.engine.dispose()
    second.engine.dispose()


def _note(store, note_id):
    with store.read() as session:
        row = session.get(Note, note_id)
        return (row.text, row.x, row.y, row.version) if row is not None else None


def test_a_move_and_a_text_edit_of_one_note_both_land(laptops):
    a, b, _team, note_id, _event = laptops
    move_note(a, note_id, (10.0, 20.0), (300.0, 40.0))
    edit_note_text(b, note_id, "Eerste idee", "Beter idee")  # B still saw the note where it was: no matter
    assert _note(a, note_id)[:3] == ("Beter idee", 300.0, 40.0)


def test_the_same_field_is_a_conflict_that_shows_theirs_and_writes_nothing(laptops):
    a, b, _team, note_id, _event = laptops
    edit_note_text(a, note_id, "Eerste idee", "Van laptop A")
    before = _note(a, note_id)
    with pytest.raises(EditConflict) as caught:
        edit_note_text(b, note_id, "Eerste idee", "Van laptop B")
    conflict = caught.value
    assert conflict.code == "edit_conflict"
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.row_id) == ("text", "Van laptop B", "Van laptop A", note_id)
    assert conflict.params["table"] == "note" and conflict.params["theirs"] == "Van laptop A"
    assert _note(b, note_id) == before  # nothing written, not even the version


def test_the_same_change_on_both_laptops_is_no_conflict(laptops):
    a, b, _team, note_id, _event = laptops
    edit_note_text(a, note_id, "Eerste idee", "Zelfde")
    edit_note_text(b, note_id, "Eerste idee", "Zelfde")
    assert _note(a, note_id)[0] == "Zelfde"


def test_keep_mine_writes_mine_based_on_theirs(laptops):
    a, b, _team, note_id, _event = laptops
    edit_note_text(a, note_id, "Eerste idee", "Van A")
    with pytest.raises(EditConflict) as caught:
        edit_note_text(b, note_id, "Eerste idee", "Van B")
    keep_mine(b, caught.value)
    assert _note(a, note_id)[0] == "Van B"


def test_keep_mine_conflicts_again_when_a_third_edit_came_meanwhile(laptops):
    a, b, _team, note_id, _event = laptops
    edit_note_text(a, note_id, "Eerste idee", "Van A")
    with pytest.raises(EditConflict) as caught:
        edit_note_text(b, note_id, "Eerste idee", "Van B")
    edit_note_text(a, note_id, "Van A", "Weer A")
    with pytest.raises(EditConflict) as again:
        keep_mine(b, caught.value)
    assert again.value.theirs == "Weer A" and _note(a, note_id)[0] == "Weer A"


def test_keep_both_puts_mine_beside_theirs(laptops):
    a, b, team_id, note_id, _event = laptops
    edit_note_text(a, note_id, "Eerste idee", "Van A")
    with pytest.raises(EditConflict) as caught:
        edit_note_text(b, note_id, "Eerste idee", "Van B")
    new_id = keep_both(b, caught.value)
    by_id = {note.id: note for note in notes(a, team_id, ["braindump"])}
    assert by_id[note_id].text == "Van A" and by_id[new_id].text == "Van B"
    assert by_id[new_id].x > by_id[note_id].x and by_id[new_id].y == by_id[note_id].y


def test_a_note_deleted_meanwhile_is_note_missing(laptops):
    a, b, _team, note_id, _event = laptops
    delete_notes(a, [note_id])
    with pytest.raises(DomainError) as caught:
        edit_note_text(b, note_id, "Eerste idee", "Te laat")
    assert caught.value.code == "note_missing"


def test_two_moves_of_one_note_conflict(laptops):
    a, b, _team, note_id, _event = laptops
    move_note(a, note_id, (10.0, 20.0), (100.0, 20.0))
    with pytest.raises(EditConflict) as caught:
        move_note(b, note_id, (10.0, 20.0), (500.0, 20.0))
    assert (caught.value.field, caught.value.theirs) == ("x", 100.0)


def test_answers_conflict_and_merge(laptops):
    a, b, team_id, _note_id, _event = laptops
    save_answer_based(a, team_id, "define", "who", None, "Burgers")
    save_answer_based(b, team_id, "define", "what", None, "Een loket")  # another field: merges
    with pytest.raises(EditConflict) as caught:
        save_answer_based(b, team_id, "define", "who", None, "Ondernemers")  # B never saw A's row
    assert (caught.value.mine, caught.value.theirs) == ("Ondernemers", "Burgers")
    assert answers(a, team_id, "define") == {"who": "Burgers", "what": "Een loket"}
    save_answer_based(b, team_id, "define", "who", caught.value.theirs, "Ondernemers")  # keep mine
    assert answers(a, team_id, "define")["who"] == "Ondernemers"


def test_an_answer_taken_over_again_meanwhile_is_a_conflict_with_nothing(laptops):
    a, b, team_id, _note_id, _event = laptops
    save_answer_based(a, team_id, "pitch", "problem", None, "Tekst")
    save_answer_based(a, team_id, "pitch", "problem", "Tekst", None)  # "take over again" on A
    with pytest.raises(EditConflict) as caught:
        save_answer_based(b, team_id, "pitch", "problem", "Tekst", "Mijn tekst")
    assert caught.value.theirs is None
    assert answers(a, team_id, "pitch") == {}


def test_scores_conflict_and_clear(laptops):
    a, b, team_id, _note_id, event_id = laptops
    juror_id = add_juror(a, event_id, "Jet")
    criterion_id = add_criterion(a, event_id, "Impact", confirmed=True)
    set_score_based(a, juror_id, team_id, criterion_id, None, 4)
    with pytest.raises(EditConflict) as caught:
        set_score_based(b, juror_id, team_id, criterion_id, None, 2)
    assert (caught.value.mine, caught.value.theirs, caught.value.params["what"]) == (2, 4, "score")
    with pytest.raises(EditConflict):
        set_score_based(b, juror_id, team_id, criterion_id, 3, None)  # clearing a value it no longer holds
    set_score_based(b, juror_id, team_id, criterion_id, 4, None)
    with a.read() as session:
        assert len(session.exec(select(Score)).all()) == 0
    set_sheet_based(a, juror_id, team_id, "feedback", "", "Sterk verhaal")
    set_sheet_based(b, juror_id, team_id, "not_seen", False, False)  # another field of the sheet: merges
    with pytest.raises(EditConflict):
        set_sheet_based(b, juror_id, team_id, "feedback", "", "Zwak")
    with a.read() as session:
        assert session.exec(select(ScoreSheet)).one().feedback == "Sterk verhaal"


def test_undo_is_refused_once_another_laptop_changed_the_row(laptops):
    from app.sync.note_edits import NOTE
    from app.sync.versions import unchanged_since_mine

    a, b, _team, note_id, _event = laptops
    edit_note_text(a, note_id, "Eerste idee", "Van A")
    unchanged_since_mine(a, NOTE, note_id, "note")  # nobody else wrote it: A may undo
    move_note(a, note_id, (10.0, 20.0), (50.0, 20.0))  # A's own later change keeps it A's
    unchanged_since_mine(a, NOTE, note_id, "note")
    move_note(b, note_id, (50.0, 20.0), (90.0, 20.0))
    with pytest.raises(DomainError) as caught:
        unchanged_since_mine(a, NOTE, note_id, "note")
    assert caught.value.code == "changed_elsewhere" and caught.value.params["what"] == "note"
