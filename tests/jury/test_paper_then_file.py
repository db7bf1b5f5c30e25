"""A paper sheet takes the juror's next revision number, which the juror's laptop does not know: the
juror's own signed file with that number takes it over (the typed copy is kept as revision -R), and
the report says it replaces the paper sheet. Other clashes of a number are still refused."""

from __future__ import annotations

import copy

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.jury.merge import accept_after_close, close_scoring, import_juror_files
from app.jury.paper import store_paper_sheet
from app.jury.revisions import place_revision
from app.jury.scoring_overview import scoring_overview
from app.jury.juror_file_check import check_body, event_jury
from app.signed.sealed import digest
from db.models import JurorFile
from tests.jury.test_paper import _entry


def typed(event, name: str) -> None:
    first = _entry(event, name)
    store_paper_sheet(event.store, event.event_id, event.jurors[name].id, first, copy.deepcopy(first))


def test_the_jurors_signed_file_takes_the_number_of_a_paper_sheet_and_says_it_replaces_it(jury_event):
    typed(jury_event, "Anna")
    assert jury_event.files_of("Anna") == [(1, "in_use", "paper")]
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    assert [(e.outcome, e.revision, e.message, e.params) for e in result.files] == [
        ("accepted", 1, "in use; replaces the paper sheet typed as revision 1 (kept for the record)", {"replaces": None, "paper": 1})]
    assert jury_event.files_of("Anna") == [(-1, "superseded", "paper"), (1, "in_use", "file")]
    body = jury_event.body("Anna", 1)
    assert jury_event.scores_of("Anna") == {(t["id"], k): v for t in body["teams"] for k, v in t["scores"].items()}
    with jury_event.store.read() as session:
        paper = session.exec(select(JurorFile).where(JurorFile.source == "paper")).one()
    assert paper.reason == "typed from the paper sheet as revision 1; replaced by the juror's signed file of that number"
    assert paper.body["revision"] == 1  # the typed copy itself is unchanged
    assert result.all_taken


def test_the_same_signed_file_again_is_a_duplicate_and_a_later_paper_sheet_takes_the_next_number(jury_event):
    typed(jury_event, "Anna")
    path = jury_event.file("Anna", 1)
    import_juror_files(jury_event.store, jury_event.event_id, [path])
    before = jury_event.state()
    assert [e.outcome for e in import_juror_files(jury_event.store, jury_event.event_id, [path]).files] == ["duplicate"]
    assert jury_event.state() == before
    typed(jury_event, "Anna")
    assert jury_event.files_of("Anna") == [(-1, "superseded", "paper"), (1, "superseded", "file"), (2, "in_use", "paper")]


def test_after_close_the_signed_file_is_held_and_the_typed_copy_stays_in_use_until_the_chair_accepts(jury_event):
    typed(jury_event, "Anna")
    close_scoring(jury_event.store, jury_event.event_id)
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    assert [(e.outcome, e.params) for e in result.files] == [("after_close", {"paper": 1})]
    assert jury_event.files_of("Anna") == [(-1, "in_use", "paper"), (1, "after_close", "file")]
    anna = scoring_overview(jury_event.store, jury_event.event_id).jurors[0]
    assert (anna.revision, anna.source, [held.revision for held in anna.held]) == (1, "paper", [1])  # as it was typed
    with jury_event.store.read() as session:
        held = session.exec(select(JurorFile).where(JurorFile.status == "after_close")).one()
    accept_after_close(jury_event.store, jury_event.event_id, held.id, "het eigen bestand van Anna")
    assert jury_event.files_of("Anna") == [(-1, "superseded", "paper"), (1, "in_use", "file")]


def test_two_signed_files_with_one_number_still_clash_and_change_nothing(jury_event):
    typed(jury_event, "Anna")
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    before = jury_event.state()
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1, bump=2)])
    assert [(e.outcome, e.code) for e in result.files] == [("refused", "juror_file_revision_clash")]
    assert jury_event.state() == before


def test_a_paper_body_over_a_stored_signed_file_of_its_number_is_refused(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    before = jury_event.state()
    body = jury_event.body("Anna", 1, bump=4)
    with pytest.raises(DomainError) as refused:
        with jury_event.store.write() as session:
            jury = event_jury(session, jury_event.event_id)
            place_revision(jury_event.store, session, jury, check_body(jury, body), body, digest(body), "paper")
    assert refused.value.code == "juror_file_revision_clash"
    assert jury_event.state() == before
