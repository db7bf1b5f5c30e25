"""Withdrawing a juror's file, closing scoring, a file after close and the chair accepting it."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.jury.merge import accept_after_close, close_scoring, import_juror_files, withdraw
from db.models import JurorFile, JuryLog, JurySetting


def _file_id(event, name: str, revision: int) -> int:
    with event.store.read() as session:
        return session.exec(select(JurorFile.id).where(JurorFile.juror_id == event.jurors[name].id,
                                                       JurorFile.revision == revision)).one()


def _logs(event) -> list[tuple[str, str, dict]]:
    with event.store.read() as session:
        return [(g.kind, g.reason, g.detail) for g in session.exec(select(JuryLog).where(JuryLog.kind != "scoring_opened").order_by(JuryLog.id))]


def test_a_withdrawn_file_takes_its_scores_out_of_the_results_with_the_reason_logged(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna"), jury_event.file("Bram")])
    file_id = _file_id(jury_event, "Anna", 1)
    withdraw(jury_event.store, jury_event.event_id, file_id, "  Scored her own team  ")
    assert jury_event.files_of("Anna") == [(1, "withdrawn", "file")]
    assert jury_event.scores_of("Anna") == {}
    assert jury_event.scores_of("Bram") != {}
    assert _logs(jury_event) == [("withdrawn", "Scored her own team", {"juror_file_id": file_id, "juror": "Anna", "revision": 1})]


def test_withdrawing_without_a_reason_or_twice_is_refused_and_changes_nothing(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    file_id = _file_id(jury_event, "Anna", 1)
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        withdraw(jury_event.store, jury_event.event_id, file_id, "   ")
    assert refused.value.code == "jury_reason_empty"
    assert jury_event.state() == before
    withdraw(jury_event.store, jury_event.event_id, file_id, "mistake")
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        withdraw(jury_event.store, jury_event.event_id, file_id, "again")
    assert refused.value.code == "juror_file_not_in_use"
    assert jury_event.state() == before


def test_an_older_revision_after_a_withdrawal_does_not_come_back_into_use(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2)])
    withdraw(jury_event.store, jury_event.event_id, _file_id(jury_event, "Anna", 2), "wrong laptop")
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    assert result.files[0].outcome == "superseded"
    assert jury_event.scores_of("Anna") == {}


def test_after_close_a_new_file_is_held_and_changes_no_score(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    close_scoring(jury_event.store, jury_event.event_id)
    scores = jury_event.scores_of("Anna")
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2, bump=4), jury_event.file("Bram")])
    assert [(e.outcome, e.message) for e in result.files] == [
        ("after_close", "scoring is closed: held until the chair accepts it; the scores are unchanged")] * 2
    assert jury_event.files_of("Anna") == [(1, "in_use", "file"), (2, "after_close", "file")]
    assert jury_event.scores_of("Anna") == scores and jury_event.scores_of("Bram") == {}
    assert not result.all_taken


def test_closing_twice_is_refused(jury_event):
    close_scoring(jury_event.store, jury_event.event_id)
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        close_scoring(jury_event.store, jury_event.event_id)
    assert refused.value.code == "scoring_closed_already"
    assert jury_event.state() == before
    with jury_event.store.read() as session:
        assert session.exec(select(JurySetting.closed_at)).one() is not None


def test_the_chair_accepts_a_file_after_close_with_a_reason(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    close_scoring(jury_event.store, jury_event.event_id)
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2, bump=4)])
    file_id = _file_id(jury_event, "Anna", 2)
    accept_after_close(jury_event.store, jury_event.event_id, file_id, "USB stick came late")
    assert jury_event.files_of("Anna") == [(1, "superseded", "file"), (2, "in_use", "file")]
    body = jury_event.body("Anna", 2, bump=4)
    assert jury_event.scores_of("Anna") == {(t["id"], k): v for t in body["teams"] for k, v in t["scores"].items()}
    assert _logs(jury_event) == [("accepted_after_close", "USB stick came late",
                                  {"juror_file_id": file_id, "juror": "Anna", "revision": 2, "replaces": 1})]


def test_accepting_a_file_that_did_not_come_after_close_or_without_reason_is_refused(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        accept_after_close(jury_event.store, jury_event.event_id, _file_id(jury_event, "Anna", 1), "why not")
    assert refused.value.code == "juror_file_not_after_close"
    with pytest.raises(DomainError) as refused:
        accept_after_close(jury_event.store, jury_event.event_id, _file_id(jury_event, "Anna", 1), "")
    assert refused.value.code == "jury_reason_empty"
    with pytest.raises(DomainError) as refused:
        accept_after_close(jury_event.store, jury_event.event_id, 987_654, "gone")
    assert refused.value.code == "juror_file_missing"
    assert jury_event.state() == before


def test_an_older_file_held_after_close_cannot_replace_a_newer_accepted_one(jury_event):
    close_scoring(jury_event.store, jury_event.event_id)
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1), jury_event.file("Anna", 2, bump=1)])
    accept_after_close(jury_event.store, jury_event.event_id, _file_id(jury_event, "Anna", 2), "late")
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        accept_after_close(jury_event.store, jury_event.event_id, _file_id(jury_event, "Anna", 1), "late too")
    assert refused.value.code == "juror_file_older"
    assert jury_event.state() == before


def test_a_duplicate_after_close_is_still_a_duplicate(jury_event):
    path = jury_event.file("Anna")
    import_juror_files(jury_event.store, jury_event.event_id, [path])
    close_scoring(jury_event.store, jury_event.event_id)
    assert [e.outcome for e in import_juror_files(jury_event.store, jury_event.event_id, [path]).files] == ["duplicate"]
