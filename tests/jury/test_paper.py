"""A paper sheet typed in twice: a match is stored as the juror's next revision from paper; a second
entry that differs, or a sheet the rules refuse, stores nothing and names the team and criterion."""

from __future__ import annotations

import copy

import pytest

from app.errors import DomainError
from app.jury.merge import close_scoring, import_juror_files
from app.jury.paper import TeamEntry, mismatches, paper_form, store_paper_sheet


def _entry(event, name: str, not_seen: int | None = None) -> dict[int, TeamEntry]:
    form = paper_form(event.store, event.event_id, event.jurors[name].id)
    return {team.team_id: TeamEntry(not_seen=index == not_seen,
                                    scores={} if index == not_seen else {c.key: min(c.max, index + 2) for c in form.criteria},
                                    note=f"note {index}")
            for index, team in enumerate(form.teams)}


def test_the_form_lists_the_jurors_teams_without_recusals_and_every_criterion(jury_event):
    form = paper_form(jury_event.store, jury_event.event_id, jury_event.jurors["Cas"].id)
    assert [t.label for t in form.teams] == ["Team 1", "Team 3", "Team 4"]
    assert [(c.key, c.min, c.max) for c in form.criteria] == [("problem", 1, 10), ("idea", 1, 10), ("pitch", 1, 5)]


def test_a_sheet_entered_twice_alike_is_stored_from_paper_and_in_use(jury_event):
    first = _entry(jury_event, "Bram", not_seen=1)
    second = copy.deepcopy(first)
    for entry in second.values():
        entry.note = ""  # comments need not be typed again
    outcome = store_paper_sheet(jury_event.store, jury_event.event_id, jury_event.jurors["Bram"].id, first, second)
    assert (outcome.outcome, outcome.juror, outcome.revision) == ("accepted", "Bram", 1)
    assert jury_event.files_of("Bram") == [(1, "in_use", "paper")]
    expected = {(team_id, key): value for team_id, entry in first.items() for key, value in entry.scores.items()}
    assert jury_event.scores_of("Bram") == expected


def test_a_paper_sheet_is_the_next_revision_after_a_file(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    first = _entry(jury_event, "Anna")
    outcome = store_paper_sheet(jury_event.store, jury_event.event_id, jury_event.jurors["Anna"].id, first, copy.deepcopy(first))
    assert (outcome.revision, outcome.message) == (2, "in use; replaces revision 1")
    assert jury_event.files_of("Anna") == [(1, "superseded", "file"), (2, "in_use", "paper")]


def test_a_second_entry_that_differs_is_refused_naming_team_and_criterion_and_stores_nothing(jury_event):
    first = _entry(jury_event, "Bram")
    second = copy.deepcopy(first)
    team_3 = jury_event.team_ids[2]
    second[team_3].scores["idea"] = 9
    second[jury_event.team_ids[3]].not_seen = True
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        store_paper_sheet(jury_event.store, jury_event.event_id, jury_event.jurors["Bram"].id, first, second)
    assert refused.value.code == "paper_mismatch"
    assert refused.value.message == ("the second entry differs from the first at Team 3, Concrete idea (and 1 more): "
                                     "nothing was stored")
    assert jury_event.state() == before
    form = paper_form(jury_event.store, jury_event.event_id, jury_event.jurors["Bram"].id)
    assert [(m.team_id, m.field) for m in mismatches(form, first, second)] == [(team_3, "idea"), (jury_event.team_ids[3], "not_seen")]


def test_a_comment_typed_again_differently_is_a_mismatch(jury_event):
    first = _entry(jury_event, "Bram")
    second = copy.deepcopy(first)
    second[jury_event.team_ids[0]].note = "another note"
    form = paper_form(jury_event.store, jury_event.event_id, jury_event.jurors["Bram"].id)
    assert [m.field for m in mismatches(form, first, second)] == ["note"]


@pytest.mark.parametrize("value, code", [(None, "juror_file_missing_score"), (11, "juror_file_out_of_scale")])
def test_a_sheet_with_an_empty_or_out_of_scale_score_is_refused_even_when_typed_alike(jury_event, value, code):
    first = _entry(jury_event, "Bram")
    first[jury_event.team_ids[0]].scores["problem"] = value
    before = jury_event.state()
    with pytest.raises(DomainError) as refused:
        store_paper_sheet(jury_event.store, jury_event.event_id, jury_event.jurors["Bram"].id, first, copy.deepcopy(first))
    assert refused.value.code == code and "Team 1" in refused.value.message
    assert jury_event.state() == before


def test_a_paper_sheet_after_close_is_held_like_a_file(jury_event):
    close_scoring(jury_event.store, jury_event.event_id)
    first = _entry(jury_event, "Dirk")
    outcome = store_paper_sheet(jury_event.store, jury_event.event_id, jury_event.jurors["Dirk"].id, first, copy.deepcopy(first))
    assert outcome.outcome == "after_close"
    assert jury_event.scores_of("Dirk") == {}
