"""Importing juror files: accepted, duplicate, a newer revision replacing the older, an older one kept,
several at once in one transaction, and the command line's report and exit code."""

from __future__ import annotations

import argparse
import io

import pytest
from sqlmodel import select

from app.errors import WriteFailed
from app.jury.arrival import scores_arrived
from app.jury.merge import apply_revision, import_juror_files, run_import_command
from db.models import JuryLog, ScoreSheet


def test_a_valid_file_is_accepted_and_its_scores_are_in_use(jury_event):
    path = jury_event.file("Anna")
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert [(e.outcome, e.juror, e.revision) for e in result.files] == [("accepted", "Anna", 1)]
    body = jury_event.body("Anna")
    assert jury_event.scores_of("Anna") == {(t["id"], k): v for t in body["teams"] for k, v in t["scores"].items()}
    assert jury_event.files_of("Anna") == [(1, "in_use", "file")]
    with jury_event.store.read() as session:
        sheets = list(session.exec(select(ScoreSheet).where(ScoreSheet.juror_id == jury_event.jurors["Anna"].id)))
    assert sorted((s.note, s.feedback) for s in sheets) == [(f"note {i}", f"feedback {i}") for i in range(4)]
    assert result.all_taken


def test_the_first_file_opens_scoring_and_logs_what_decides(jury_event):
    with jury_event.store.read() as session:
        assert not scores_arrived(session, jury_event.event_id)
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna"), jury_event.file("Bram")])
    with jury_event.store.read() as session:
        assert scores_arrived(session, jury_event.event_id)
    with jury_event.store.read() as session:
        logs = list(session.exec(select(JuryLog)))
        assert scores_arrived(session, jury_event.event_id)
    assert [(g.kind, g.detail["deciding"], g.detail["tie_break"]) for g in logs] == [
        ("scoring_opened", "raw", ["head_to_head", "criterion", "chair"])]


def test_a_not_seen_team_has_a_sheet_and_no_scores(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Bram", not_seen=(2,))])
    assert {team for team, _key in jury_event.scores_of("Bram")} == set(jury_event.team_ids) - {jury_event.team_ids[2]}
    with jury_event.store.read() as session:
        unseen = session.exec(select(ScoreSheet.team_id).where(ScoreSheet.not_seen)).all()
    assert unseen == [jury_event.team_ids[2]]


def test_the_same_file_twice_is_a_duplicate_and_changes_nothing(jury_event):
    path = jury_event.file("Anna")
    import_juror_files(jury_event.store, jury_event.event_id, [path])
    before = jury_event.state()
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert [(e.outcome, e.message) for e in result.files] == [("duplicate", "received before: nothing changed")]
    assert jury_event.state() == before
    assert result.all_taken


def test_a_newer_revision_replaces_the_older_and_says_so(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2, bump=3)])
    assert [(e.outcome, e.revision, e.message) for e in result.files] == [("accepted", 2, "in use; replaces revision 1")]
    assert jury_event.files_of("Anna") == [(1, "superseded", "file"), (2, "in_use", "file")]
    body = jury_event.body("Anna", 2, bump=3)
    assert jury_event.scores_of("Anna") == {(t["id"], k): v for t in body["teams"] for k, v in t["scores"].items()}


def test_two_revisions_in_one_import_leave_the_newer_in_use_whatever_their_order(jury_event):
    paths = [jury_event.file("Anna", 2, bump=1), jury_event.file("Anna", 1)]
    result = import_juror_files(jury_event.store, jury_event.event_id, paths)
    assert [(e.name, e.outcome, e.message) for e in result.files] == [
        ("Juryscores Anna r2.json", "accepted", "in use; replaces revision 1"),
        ("Juryscores Anna r1.json", "superseded", "replaced by revision 2 of this import"),
    ]
    assert jury_event.files_of("Anna") == [(1, "superseded", "file"), (2, "in_use", "file")]


def test_an_older_revision_than_the_one_received_is_kept_as_superseded_and_changes_no_score(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2, bump=1)])
    scores = jury_event.scores_of("Anna")
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    assert [(e.outcome, e.params) for e in result.files] == [("superseded", {"newer": 2})]
    assert "older than revision 2" in result.files[0].message
    assert jury_event.files_of("Anna") == [(1, "superseded", "file"), (2, "in_use", "file")]
    assert jury_event.scores_of("Anna") == scores
    assert not result.all_taken


def test_one_import_of_several_files_takes_the_good_ones_and_reports_the_refused(jury_event):
    bad = jury_event.write(b"{not json", "broken.json")
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna"), bad, jury_event.file("Bram")])
    assert [e.outcome for e in result.files] == ["accepted", "refused", "accepted"]
    assert [e.name for e in result.of("refused")] == ["broken.json"]
    assert jury_event.files_of("Bram") == [(1, "in_use", "file")]


def test_a_database_failure_rolls_the_whole_import_back(jury_event, monkeypatch):
    import app.jury.revisions as revisions

    before = jury_event.state()
    calls = []

    def failing(session, row, store=None):
        calls.append(row.juror_id)
        if len(calls) == 2:  # the second file: two sheets for one team, which the database's unique key refuses
            session.add_all([ScoreSheet(juror_id=row.juror_id, team_id=jury_event.team_ids[0]) for _ in range(2)])
            session.flush()
        else:
            apply_revision(session, row, store)
    monkeypatch.setattr(revisions, "apply_revision", failing)
    with pytest.raises(WriteFailed):
        import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna"), jury_event.file("Bram")])
    assert jury_event.state() == before


def test_the_command_prints_the_report_and_exits_0_when_every_file_was_taken(jury_event):
    out = io.StringIO()
    path = jury_event.file("Anna")
    code = run_import_command(jury_event.store, jury_event.event_id, argparse.Namespace(files=[str(path), str(path)], lang="en"), out)
    lines = out.getvalue().splitlines()
    assert code == 0
    assert lines[0] == "Juror files imported: 1 accepted, 1 duplicate, 0 superseded, 0 after close, 0 refused."
    assert lines[1].split()[:2] == ["Accepted", "Juryscores"] and "Anna, revision 1: In use." in lines[1]


def test_the_command_exits_2_when_a_file_was_refused_and_names_the_reason(jury_event):
    out = io.StringIO()
    bad = jury_event.write(b"\x00\x01garbage", "garbage.json")
    code = run_import_command(jury_event.store, jury_event.event_id, argparse.Namespace(files=[str(jury_event.file("Anna")), str(bad)]), out)
    assert code == 2
    assert "Geweigerd     garbage.json: garbage.json is geen Staatsprint-bestand, of het is bij het kopiëren afgebroken." in out.getvalue()
    assert jury_event.files_of("Anna") == [(1, "in_use", "file")]


def test_staatsprint_jury_import_runs_from_the_command_line(sqlite_jury_event, capsys):
    from app.cli import build_parser, run_command

    event = sqlite_jury_event
    url = str(event.store.engine.url)
    out = io.StringIO()
    args = build_parser().parse_args(["jury", "import", str(event.file("Anna")), str(event.file("Bram")), "--db", url,
                                      "--event", str(event.event_id)])
    assert run_command(args, out) == 0
    assert out.getvalue().startswith("Jurybestanden geïmporteerd: 2 geaccepteerd, 0 dubbel")
    bad = event.write(b"[]", "empty.json")
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["jury", "import", str(bad), "--db", url]), out) == 2
    assert "empty.json is geen ondertekend Staatsprint-bestand." in out.getvalue()
    assert "Traceback" not in capsys.readouterr().err


def test_the_running_order_decides_which_teams_a_file_must_hold_and_an_absent_team_may_be_left_out(jury_event):
    from db.models import PitchSlot

    first, second, third, fourth = jury_event.team_ids
    with jury_event.store.write() as session:  # team 4 has no slot (not in the kits); team 3 did not show up
        session.add_all([PitchSlot(event_id=jury_event.event_id, team_id=team, position=i, absent=team == third)
                         for i, team in enumerate((first, second, third))])
    body = jury_event.body("Anna")
    body["teams"] = [team for team in body["teams"] if team["id"] in (first, second)]
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.write(jury_event.sealed(body, "Anna"), "a.json")])
    assert [e.outcome for e in result.files] == ["accepted"]
    body = jury_event.body("Bram")
    body["teams"] = [team for team in body["teams"] if team["id"] != first]
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.write(jury_event.sealed(body, "Bram"), "b.json")])
    assert (result.files[0].code, result.files[0].params) == ("juror_file_missing_team", {"team": "Team 1"})


def test_a_revision_applied_without_the_store_writes_the_same_rows_and_announces_them(jury_event):
    from db.models import JurorFile

    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    scores = jury_event.scores_of("Anna")
    batches = []
    jury_event.store.feed.subscribe(batches.append)
    with jury_event.store.write() as session:
        apply_revision(session, session.exec(select(JurorFile)).one())
    assert jury_event.scores_of("Anna") == scores
    assert {("score", "insert"), ("score_sheet", "insert")} <= {(c.table, c.action) for c in batches[0]}


def test_an_import_announces_the_new_rows_on_the_change_feed(jury_event):
    batches = []
    jury_event.store.feed.subscribe(batches.append)
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Bram")])
    tables = [c.table for c in batches[0]]
    assert tables.count("score") == 12 and tables.count("score_sheet") == 4 and tables.count("juror_file") == 1
