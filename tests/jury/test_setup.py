"""The jury's set-up: jurors and the chair, recusals, the rubric and when it becomes fixed."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.jury import deciding, rubric
from app.jury.keys import rubric_fingerprint
from app.jury.setup import (
    add_juror,
    jurors,
    move_juror,
    recusals,
    remove_juror,
    rename_juror,
    set_chair,
    set_recusal,
)
from db.models import Criterion, JuryLog, JurySetting, Score
from tests.jury.setup_data import file_arrives, jury_event


def names(store, event_id):
    return [(j.name, j.chair) for j in jurors(store, event_id)]


def logs(store, event_id, kind):
    with store.read() as session:
        return list(session.exec(select(JuryLog).where(JuryLog.event_id == event_id, JuryLog.kind == kind)).all())


def version(store, event_id):
    with store.read() as session:
        return session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().rubric_version


def test_the_rubric_comes_from_the_template_once(sqlite_store, staatsprint_template):
    event_id, _teams, _jurors = jury_event(sqlite_store, staatsprint_template)
    rubric.ensure_rubric(sqlite_store, event_id, staatsprint_template)
    rows = rubric.criteria(sqlite_store, event_id)
    assert [c.key for c in rows] == [c.key for c in staatsprint_template.jury.criteria]
    first = rows[0]
    assert (first.weight, first.min_score, first.max_score) == (1, 1, 10)
    assert first.levels[0] == {"min": 1, "max": 3, "nl": "Vaag of algemeen: niet duidelijk voor wie of waarom.",
                               "en": "Vague or general: unclear for whom or why."}


def test_the_first_juror_chairs_and_a_new_chair_moves_it(sqlite_store, staatsprint_template):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    assert [chair for _name, chair in names(sqlite_store, event_id)] == [True, False, False]
    set_chair(sqlite_store, ids[2])
    assert [chair for _name, chair in names(sqlite_store, event_id)] == [False, False, True]
    remove_juror(sqlite_store, ids[2])
    assert names(sqlite_store, event_id) == [("Annelies de Vries", True), ("Mohammed El Amrani", False)]


def test_names_are_unique_and_checked(sqlite_store, staatsprint_template):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    for bad, code in (("  ", "juror_name_empty"), ("x" * 81, "juror_name_long"), ("pieter jansen", "juror_name_duplicate")):
        with pytest.raises(DomainError) as refused:
            add_juror(sqlite_store, event_id, bad)
        assert refused.value.code == code
    with pytest.raises(DomainError):
        rename_juror(sqlite_store, ids[0], "Pieter  Jansen")
    assert len(jurors(sqlite_store, event_id)) == 3 and jurors(sqlite_store, event_id)[0].name == "Annelies de Vries"
    rename_juror(sqlite_store, ids[0], "Annelies de  Vries-Smit")
    assert jurors(sqlite_store, event_id)[0].name == "Annelies de Vries-Smit"


def test_jurors_reorder(sqlite_store, staatsprint_template):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    move_juror(sqlite_store, ids[2], -1)
    move_juror(sqlite_store, ids[0], -1)  # at the top already: nothing changes
    assert [j.id for j in jurors(sqlite_store, event_id)] == [ids[0], ids[2], ids[1]]


def test_a_juror_whose_file_arrived_is_not_removed(sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template)
    set_recusal(sqlite_store, ids[1], teams[0], True, "werkt bij dezelfde gemeente")
    file_arrives(sqlite_store, event_id, ids[1])
    with pytest.raises(DomainError) as refused:
        remove_juror(sqlite_store, ids[1])
    assert refused.value.code == "juror_has_file" and "withdraw" in refused.value.message
    assert len(jurors(sqlite_store, event_id)) == 3 and recusals(sqlite_store, event_id)
    remove_juror(sqlite_store, ids[2])
    assert len(jurors(sqlite_store, event_id)) == 2


def test_recusals_are_set_and_refused_once_scored(sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template)
    set_recusal(sqlite_store, ids[0], teams[1], True, "collega")
    assert recusals(sqlite_store, event_id) == {(ids[0], teams[1]): "collega"}
    set_recusal(sqlite_store, ids[0], teams[1], False)
    assert recusals(sqlite_store, event_id) == {}
    criterion = rubric.criteria(sqlite_store, event_id)[0]
    with sqlite_store.write() as session:
        session.add(Score(juror_id=ids[0], team_id=teams[1], criterion_id=criterion.id, value=7))
    with pytest.raises(DomainError) as refused:
        set_recusal(sqlite_store, ids[0], teams[1], True)
    assert refused.value.code == "recusal_scored"
    assert recusals(sqlite_store, event_id) == {}


def test_the_rubric_is_edited_freely_before_any_score(sqlite_store, staatsprint_template):
    event_id, _teams, _ids = jury_event(sqlite_store, staatsprint_template)
    first, second = rubric.criteria(sqlite_store, event_id)[:2]
    rubric.set_weight(sqlite_store, first.id, 3)
    rubric.set_text(sqlite_store, first.id, "title", "nl", "Probleem  helder")
    rubric.set_scale(sqlite_store, first.id, 1, 5)
    rubric.move_criterion(sqlite_store, second.id, -1)
    made = rubric.add_criterion(sqlite_store, event_id, "Haalbaarheid")
    rubric.remove_criterion(sqlite_store, made)
    rows = rubric.criteria(sqlite_store, event_id)
    assert rows[0].key == second.key and rows[1].weight == 3 and rows[1].title_nl == "Probleem helder"
    assert rows[1].title_en == "Problem sharply identified"  # the other language keeps its own title
    assert [(lv["min"], lv["max"]) for lv in rows[1].levels] == [(1, 3), (4, 5)]  # cut to the new scale
    assert version(sqlite_store, event_id) == 1 and not logs(sqlite_store, event_id, "rubric_changed")


def test_bad_rubric_values_are_refused_and_change_nothing(sqlite_store, staatsprint_template):
    event_id, _teams, _ids = jury_event(sqlite_store, staatsprint_template)
    first = rubric.criteria(sqlite_store, event_id)[0]
    before = rubric_fingerprint(rubric.criteria(sqlite_store, event_id))
    for act, code in ((lambda: rubric.set_weight(sqlite_store, first.id, 0), "criterion_weight"),
                      (lambda: rubric.set_scale(sqlite_store, first.id, 5, 5), "criterion_scale"),
                      (lambda: rubric.set_text(sqlite_store, first.id, "title", "nl", " "), "criterion_title_empty"),
                      (lambda: rubric.set_levels(sqlite_store, first.id, "1-4: laag\n4-10: hoog", "nl"), "levels_overlap"),
                      (lambda: rubric.set_levels(sqlite_store, first.id, "0-4: laag", "nl"), "levels_outside"),
                      (lambda: rubric.set_levels(sqlite_store, first.id, "laag", "nl"), "levels_line"),
                      (lambda: rubric.remove_criterion(sqlite_store, rubric.criteria(sqlite_store, event_id)[1].id), "criterion_breaks_ties")):
        with pytest.raises(DomainError) as refused:
            act()
        assert refused.value.code == code
    assert rubric_fingerprint(rubric.criteria(sqlite_store, event_id)) == before


def test_levels_typed_in_dutch_keep_the_english_of_an_unchanged_range(sqlite_store, staatsprint_template):
    event_id, _teams, _ids = jury_event(sqlite_store, staatsprint_template)
    first = rubric.criteria(sqlite_store, event_id)[0]
    rubric.set_levels(sqlite_store, first.id, "1–3: Vaag\n\n4-10: Scherp genoeg", "nl")
    levels = rubric.criteria(sqlite_store, event_id)[0].levels
    assert levels == [{"min": 1, "max": 3, "nl": "Vaag", "en": "Vague or general: unclear for whom or why."},
                      {"min": 4, "max": 10, "nl": "Scherp genoeg", "en": "Scherp genoeg"}]


def test_a_rubric_change_after_a_score_must_be_confirmed_and_raises_the_version(sqlite_store, staatsprint_template):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    first = rubric.criteria(sqlite_store, event_id)[0]
    assert not rubric.needs_confirmation(sqlite_store, event_id)
    file_arrives(sqlite_store, event_id, ids[0])
    assert rubric.needs_confirmation(sqlite_store, event_id)
    with pytest.raises(DomainError) as refused:
        rubric.set_weight(sqlite_store, first.id, 2)
    assert refused.value.code == "rubric_scored"
    assert rubric.criteria(sqlite_store, event_id)[0].weight == 1 and version(sqlite_store, event_id) == 1
    rubric.set_weight(sqlite_store, first.id, 2, confirmed=True)
    assert version(sqlite_store, event_id) == 2
    (log,) = logs(sqlite_store, event_id, "rubric_changed")
    assert log.detail == {"version": 2, "change": "weight"}
    assert not rubric.needs_confirmation(sqlite_store, event_id)  # no file scored against version 2 yet
    rubric.set_weight(sqlite_store, first.id, 3)
    assert version(sqlite_store, event_id) == 2


def test_a_criterion_with_scores_in_use_is_not_removed(sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template)
    last = rubric.criteria(sqlite_store, event_id)[-1]
    with sqlite_store.write() as session:
        session.add(Score(juror_id=ids[0], team_id=teams[0], criterion_id=last.id, value=7))
    with pytest.raises(DomainError) as refused:
        rubric.remove_criterion(sqlite_store, last.id)
    assert refused.value.code == "criterion_scored"
    with sqlite_store.read() as session:
        assert session.get(Criterion, last.id) is not None


def test_deciding_and_tie_break_need_a_reason_once_scores_arrived(sqlite_store, staatsprint_template):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    template = staatsprint_template
    deciding.set_deciding(sqlite_store, event_id, template, "adjusted")
    deciding.set_tie_break(sqlite_store, event_id, template, ["chair", "head_to_head"], None)
    assert not deciding.fixed(sqlite_store, event_id)
    file_arrives(sqlite_store, event_id, ids[0])
    assert deciding.fixed(sqlite_store, event_id)
    with pytest.raises(DomainError) as refused:
        deciding.set_deciding(sqlite_store, event_id, template, "raw")
    assert refused.value.code == "deciding_needs_reason"
    deciding.set_deciding(sqlite_store, event_id, template, "raw", "de jury koos voor de ruwe ranglijst")
    deciding.set_tie_break(sqlite_store, event_id, template, ["criterion", "chair"], "impact", "afgesproken")
    with sqlite_store.read() as session:
        setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one()
    assert (setting.deciding, setting.tie_break, setting.tie_criterion) == ("raw", ["criterion", "chair"], "impact")
    (changed,) = logs(sqlite_store, event_id, "deciding_changed")
    assert changed.reason == "de jury koos voor de ruwe ranglijst" and changed.detail == {"from": "adjusted", "to": "raw"}
    assert logs(sqlite_store, event_id, "tie_break_changed")[0].detail["to"] == {"order": ["criterion", "chair"], "criterion": "impact"}


def test_a_tie_break_by_criterion_names_one(sqlite_store, staatsprint_template):
    event_id, _teams, _ids = jury_event(sqlite_store, staatsprint_template)
    for order, criterion, code in ((["criterion"], None, "tie_criterion_missing"), (["chair", "chair"], None, "tie_break_unknown")):
        with pytest.raises(DomainError) as refused:
            deciding.set_tie_break(sqlite_store, event_id, staatsprint_template, order, criterion)
        assert refused.value.code == code
