"""The rubric after scores: no change while the winners are confirmed (the chair reopens first); a
confirmed change leaves the files in use counting and the Scores tab's overview marks them "for an
earlier rubric"; the very file imported before the change, imported again, is a duplicate."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.jury import rubric
from app.jury.awards import undo_confirmation
from app.jury.merge import import_juror_files
from app.jury.scoring_overview import scoring_overview
from db.models import Criterion, JurySetting
from db.types import utcnow


def confirmed_winners(jury_event) -> None:
    with jury_event.store.write() as session:
        session.exec(select(JurySetting)).one().confirmed_at = utcnow()


def weights(jury_event) -> list[tuple[str, int, int]]:
    with jury_event.store.read() as session:
        return [(c.key, c.weight, c.min_score) for c in session.exec(select(Criterion).order_by(Criterion.position))]


def test_a_rubric_change_is_refused_while_the_winners_are_confirmed_even_confirmed(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    confirmed_winners(jury_event)
    first = jury_event.criteria[0].id
    before = (weights(jury_event), rubric.rubric_version(jury_event.store, jury_event.event_id), jury_event.state())
    for change in (lambda: rubric.set_weight(jury_event.store, first, 5, confirmed=True),
                   lambda: rubric.add_criterion(jury_event.store, jury_event.event_id, "Nieuw", confirmed=True),
                   lambda: rubric.set_scale(jury_event.store, first, 0, 10, confirmed=True)):
        with pytest.raises(DomainError) as refused:
            change()
        assert refused.value.code == "rubric_winners_confirmed"
        assert refused.value.message == ("the winners are confirmed: the rubric cannot change under them; "
                                         "the chair reopens the winners first (juryberaad)")
    assert (weights(jury_event), rubric.rubric_version(jury_event.store, jury_event.event_id), jury_event.state()) == before
    undo_confirmation(jury_event.store, jury_event.event_id, "De jury heropent")
    rubric.set_weight(jury_event.store, first, 5, confirmed=True)
    assert weights(jury_event)[0] == ("problem", 5, 1)


def test_after_a_confirmed_change_the_overview_marks_files_for_an_earlier_rubric(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    (anna, *_others) = scoring_overview(jury_event.store, jury_event.event_id).jurors
    assert (anna.status, anna.earlier_rubric, anna.lacks_criterion) == ("in_use", False, False)
    rubric.set_weight(jury_event.store, jury_event.criteria[0].id, 3, confirmed=True)
    anna = scoring_overview(jury_event.store, jury_event.event_id).jurors[0]
    assert (anna.status, anna.earlier_rubric, anna.lacks_criterion) == ("in_use", True, False)
    rubric.add_criterion(jury_event.store, jury_event.event_id, "Nieuw criterium")
    anna = scoring_overview(jury_event.store, jury_event.event_id).jurors[0]
    assert (anna.earlier_rubric, anna.lacks_criterion) == (True, True)


def test_the_file_imported_before_the_rubric_changed_is_a_duplicate_not_refused(jury_event):
    path = jury_event.file("Anna")
    import_juror_files(jury_event.store, jury_event.event_id, [path])
    rubric.set_weight(jury_event.store, jury_event.criteria[0].id, 3, confirmed=True)
    before = jury_event.state()
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert [(e.outcome, e.juror, e.revision, e.message) for e in result.files] == [
        ("duplicate", "Anna", 1, "received before: nothing changed")]
    assert jury_event.state() == before


def test_a_new_file_for_the_earlier_rubric_is_still_refused(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    old = jury_event.file("Anna", 2, bump=1)  # made with the old kit
    rubric.set_weight(jury_event.store, jury_event.criteria[0].id, 3, confirmed=True)
    before = jury_event.state()
    result = import_juror_files(jury_event.store, jury_event.event_id, [old])
    assert [(e.outcome, e.code) for e in result.files] == [("refused", "juror_file_old_rubric")]
    assert jury_event.state() == before
