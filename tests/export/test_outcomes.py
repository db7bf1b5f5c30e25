"""Open outcomes: the JSON document validates against its schema, a broken one is refused with its place;
the CSV tables open in a Dutch Excel (BOM, ";", CRLF, quoting) and read back to the same values; a full
disk or an unwritable folder leaves nothing; names left out leave no name anywhere."""

from __future__ import annotations

import copy
import csv
import errno
import json

import pytest

from app.errors import DomainError
from app.export import files
from app.export import outcomes as outcomes_module
from app.export.outcomes import outcomes_document, write_outcomes_csv, write_outcomes_json
from app.export.outcomes_csv import cell, tables
from app.export.outcomes_schema import check_outcomes
from app.export.snapshot import event_summary
from app.outcomes.knelpunten import add_knelpunt
from app.pitch.answers import save_pitch_answer

TABLES = ["teams", "knelpunten", "themes", "race", "ideas", "timeline", "answers"]


@pytest.fixture(scope="module")
def summary(demo):
    return event_summary(demo.store, demo.event_id, "nl", True, demo.now)


def _team(document, name):
    return next(t for t in document["teams"] if t["name"] == name)


def test_the_demos_export_validates_against_its_schema_and_holds_each_teams_outcomes(summary):
    document = outcomes_document(summary)
    check_outcomes(document)
    assert (document["format"], document["version"]) == ("staatsprint-outcomes", 1)
    assert document["event"]["participants"] == summary.participants and len(document["teams"]) == len(summary.teams)
    team = _team(document, "Kennistafel")
    assert team["chosen_idea"]["title"] == "Kennistafel met leerclausule"
    years = [m["years"] for m in team["chosen_idea"]["timeline"] if m["idea"] == team["chosen_idea"]["timeline"][0]["idea"]]
    assert years and years == sorted(years)
    assert [r["count"] for r in team["race"]["rounds"]] == [13, 9] and team["race"]["rank"] == 1
    assert any(t["tie_break"] and t["decided_by"] == "Bart Claessens" for t in team["themes"])
    assert team["problem_statement"]["sentence"] and sum(k["dots"] for k in team["knelpunten"]) > 0
    assert {a["section"] for a in team["answers"]} == {"pitch", "action_plan", "finish"}
    assert team["challenge_questions"] == []  # its challenge asks nothing more
    asked = _team(document, "Eén Keer Vragen")["challenge_questions"]
    assert [q["key"] for q in asked] == [f"consider_{n}" for n in range(1, len(asked) + 1)] and asked


def test_the_demos_race_still_runs_so_the_json_and_the_race_table_say_it_is_not_final(summary, tmp_path):
    raced = [t for t in outcomes_document(summary)["teams"] if t["race"]]
    assert raced and {t["race"]["final"] for t in raced} == {False}
    write_outcomes_csv(summary, tmp_path)
    with (tmp_path / "race.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows and {r["final"] for r in rows} == {"nee"}


@pytest.mark.parametrize("forge, message", [
    (lambda d: d.pop("version"), "at the document: 'version' is a required property"),
    (lambda d: d["teams"][0]["race"].update(rank="first"), "at teams/0/race"),
    (lambda d: d["teams"][0]["race"].pop("final"), "at teams/0/race"),
    (lambda d: d["teams"][0].update(shoe_size=44), "at teams/0: Additional properties are not allowed ('shoe_size' was unexpected)"),
    (lambda d: d["teams"][1]["knelpunten"][0].update(dots=-1), "at teams/1/knelpunten/0/dots: -1 is less than the minimum of 0"),
    (lambda d: d.update(version=2), "at version: 1 was expected"),
])
def test_a_forged_or_broken_document_is_refused_saying_where(summary, forge, message):
    document = copy.deepcopy(outcomes_document(summary))
    forge(document)
    with pytest.raises(DomainError, match="does not match outcomes.schema.json") as refused:
        check_outcomes(document)
    assert message in refused.value.message


def test_the_json_file_is_the_document(summary, tmp_path):
    path = write_outcomes_json(summary, tmp_path / "uitkomsten.json")
    assert json.loads(path.read_text(encoding="utf-8")) == outcomes_document(summary)
    assert [p.name for p in tmp_path.iterdir()] == ["uitkomsten.json"]


def test_the_csv_tables_open_in_a_dutch_excel_and_read_back_the_same(summary, tmp_path):
    written = write_outcomes_csv(summary, tmp_path)
    assert [p.stem for p in written] == TABLES and sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    made = tables(summary)
    for path in written:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")
        assert raw.count(b"\r\n") >= len(made[path.stem][1]) + 1
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        header, expected = made[path.stem]
        assert rows[0] == list(header) and rows[0][:2] == ["team_number", "team_name"]
        assert rows[1:] == [[str(cell(value)) for value in row] for row in expected]
    timeline = (tmp_path / "timeline.csv").read_bytes().decode("utf-8-sig")
    assert "\r\n9;Kennistafel;" in timeline and ";0,25;milestone;" in timeline  # numbers as numbers, a Dutch decimal comma


def test_separators_quotes_line_breaks_and_formulas_are_written_safely(empty_team, tmp_path):
    e = empty_team
    add_knelpunt(e.store, e.team_id, "=HYPERLINK(\"http://x\")")
    save_pitch_answer(e.store, e.team_id, "pitch", "cost", 'Kosten; "veel"\nen € meer, ë é')
    summary = event_summary(e.store, e.event_id, "nl", True, _now())
    write_outcomes_csv(summary, tmp_path)
    with (tmp_path / "answers.csv").open(encoding="utf-8-sig", newline="") as handle:
        answers = list(csv.DictReader(handle, delimiter=";"))
    assert next(a for a in answers if a["key"] == "cost")["answer"] == 'Kosten; "veel"\nen € meer, ë é'
    with (tmp_path / "knelpunten.csv").open(encoding="utf-8-sig", newline="") as handle:
        knelpunt = next(csv.DictReader(handle, delimiter=";"))
    assert knelpunt["knelpunt"] == "'=HYPERLINK(\"http://x\")" and knelpunt["kept"] == "nee" and knelpunt["dots"] == "0"
    assert [cell(v) for v in ("- een punt", "-5", "-x", "+31 70", "@here")] == ["- een punt", "-5", "'-x", "'+31 70", "'@here"]


def test_a_full_disk_halfway_through_the_set_leaves_no_csv_at_all(summary, tmp_path, monkeypatch):
    calls = {"n": 0}
    real = files.os.fsync

    def fsync(fd):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    with pytest.raises(DomainError, match="the disk is full") as refused:
        write_outcomes_csv(summary, tmp_path)
    assert refused.value.code == "export_disk_full" and list(tmp_path.iterdir()) == []


def test_a_rename_that_fails_halfway_takes_back_the_tables_already_placed(summary, tmp_path, monkeypatch):
    calls = {"n": 0}
    real = outcomes_module.os.replace

    def replace(source, target):
        calls["n"] += 1
        if calls["n"] == 10:  # 7 writes rename their temporary file first; then the set is placed
            raise OSError(errno.EIO, "Input/output error")
        real(source, target)

    monkeypatch.setattr(outcomes_module.os, "replace", replace)
    with pytest.raises(DomainError, match="The CSV files were not written"):
        write_outcomes_csv(summary, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_or_missing_target_is_refused_and_leaves_nothing(summary, tmp_path, monkeypatch):
    with pytest.raises(DomainError, match="does not exist") as refused:
        write_outcomes_csv(summary, tmp_path / "nergens")
    assert refused.value.code == "export_no_folder"
    with pytest.raises(DomainError, match="does not exist"):
        write_outcomes_json(summary, tmp_path / "nergens" / "uitkomsten.json")

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(DomainError, match="may not be written to"):
        write_outcomes_json(summary, tmp_path / "uitkomsten.json")
    with pytest.raises(DomainError, match="may not be written to"):
        write_outcomes_csv(summary, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_without_names_the_export_names_nobody(demo, summary, tmp_path):
    nameless = event_summary(demo.store, demo.event_id, "nl", False, demo.now)
    check_outcomes(outcomes_document(nameless))
    write_outcomes_json(nameless, tmp_path / "uitkomsten.json")
    write_outcomes_csv(nameless, tmp_path)
    people = [p for t in summary.teams for p in t.members]
    assert people
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8-sig")
        assert not [p.name for p in people if p.name in text], path.name
        assert not [p.organisation for p in people if p.organisation and p.organisation in text], path.name
    document = json.loads((tmp_path / "uitkomsten.json").read_text(encoding="utf-8"))
    assert document["event"]["with_names"] is False and document["event"]["participants"] == summary.participants


def _now():
    from tests.export.conftest import NOW

    return NOW
