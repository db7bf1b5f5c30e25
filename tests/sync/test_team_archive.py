"""A team archive: one team's part of the event for a laptop that never joins — no jury data, no other
team's work; the laptop signs its team files with the team's kit; refused where the event already is."""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from app.board.board import notes
from app.demo.event import create_demo_event
from app.errors import DomainError
from app.signed.sealed import SealError
from app.storage.database import open_store
from app.sync.archive import import_archive, write_archive
from app.sync.team_archive import export_team_archive, write_team_archive
from app.sync.team_file import export_team_file, import_team_file, read_team_kit, team_kit, write_team_file
from db.models import Event, JurySetting, Note, Team

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)
JURY_TABLES = {"jury_setting", "juror", "criterion", "score", "score_sheet", "juror_file", "jury_log", "recusal",
               "award", "audience_code", "audience_vote"}


@pytest.fixture(scope="module")
def facilitator_file(tmp_path_factory):
    """The facilitator's SQLite file with the demo event, its jury secret made; the second team's id."""
    folder = tmp_path_factory.mktemp("fac")
    store = open_store(f"sqlite:///{folder / 'facilitator.sqlite'}")
    event_id = create_demo_event(store, NOW)
    team_kit(store, 1)  # fails without a secret: the demo has one
    with store.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.id)).all()[1]
    store.engine.dispose()
    return folder / "facilitator.sqlite", event_id, team_id


@pytest.fixture
def facilitator(facilitator_file, tmp_path):
    import shutil

    shutil.copy(facilitator_file[0], tmp_path / "f.sqlite")
    store = open_store(f"sqlite:///{tmp_path / 'f.sqlite'}")
    yield store, facilitator_file[1], facilitator_file[2]
    store.engine.dispose()


@pytest.fixture
def laptop(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    yield store
    store.engine.dispose()


def body_of(data: bytes) -> dict:
    return json.loads(data)["body"]


def counts(store) -> dict[str, int]:
    from sqlmodel import SQLModel

    with store.read() as session:
        return {t.name: session.execute(select(func.count()).select_from(t)).scalar() for t in SQLModel.metadata.sorted_tables}


def test_a_team_archive_holds_no_jury_data_and_no_other_teams_work(facilitator):
    store, event_id, team_id = facilitator
    data = export_team_archive(store, event_id, team_id)
    body = body_of(data)
    tables = body["tables"]
    assert not JURY_TABLES & set(tables)
    with store.read() as session:
        secret = session.scalars(select(JurySetting.secret)).first()
        other_note = session.scalars(select(Note.text).where(Note.team_id != team_id).order_by(Note.id)).first()
    assert secret and secret not in data.decode("utf-8")
    assert other_note not in data.decode("utf-8")
    for name, entry in tables.items():
        if "team_id" in entry["columns"]:
            at = entry["columns"].index("team_id")
            assert {row[at] for row in entry["rows"]} <= {team_id, None}, name
    teams = tables["team"]
    step = teams["columns"].index("current_step")
    assert [row[step] for row in teams["rows"] if row[teams["columns"].index("id")] != team_id] == [None] * (len(teams["rows"]) - 1)
    assert set(tables) >= {"event", "challenge", "programme_item", "team", "member", "note"}


def test_a_team_archive_into_a_fresh_database_gives_the_team_its_board(facilitator, laptop):
    store, event_id, team_id = facilitator
    with store.read() as session:
        theirs = sorted(session.scalars(select(Note.text).where(Note.team_id == team_id)).all())
    report = import_archive(laptop, export_team_archive(store, event_id, team_id), name="team2.staatsprint-archive")
    assert report.added["note"] == len(theirs)
    with laptop.read() as session:
        here = session.scalars(select(Team).where(Team.id == team_id)).one()
        steps = set(session.scalars(select(Note.step_key).where(Note.team_id == here.id)).all())
    assert sorted(note.text for note in notes(laptop, here.id, steps)) == theirs
    assert counts(laptop)["jury_setting"] == 0 and counts(laptop)["score"] == 0


def test_a_team_laptop_signs_with_the_kit_and_the_facilitator_imports_it(facilitator, laptop, tmp_path):
    store, event_id, team_id = facilitator
    import_archive(laptop, export_team_archive(store, event_id, team_id))
    with pytest.raises(DomainError) as caught:
        export_team_file(laptop, team_id)
    assert caught.value.code == "team_file_needs_kit"
    kit_path = tmp_path / "team2.staatsprint-teamkit"
    kit_path.write_text(json.dumps(team_kit(store, team_id)), encoding="utf-8")
    with laptop.write() as session:
        session.add(Note(team_id=team_id, step_key="brain_dump", text="an idea from the laptop"))
    report = import_team_file(store, write_team_file(laptop, team_id, tmp_path / "t.staatsprint-team", read_team_kit(kit_path)))
    assert report.added == {"note": 1}
    with store.read() as session:
        assert session.scalars(select(Note.team_id).where(Note.text == "an idea from the laptop")).one() == team_id


def test_a_team_copy_never_signs_with_a_secret_of_its_own(facilitator, laptop):
    store, event_id, team_id = facilitator
    import_archive(laptop, export_team_archive(store, event_id, team_id))
    with laptop.write() as session:  # someone opened the jury on the team laptop: a secret of its own
        session.add(JurySetting(event_id=session.scalars(select(Event.id)).one(), secret="ab" * 32))
    with pytest.raises(DomainError) as caught:
        export_team_file(laptop, team_id)
    assert caught.value.code == "team_file_needs_kit"


def test_a_team_archive_is_refused_where_the_event_already_is(facilitator, laptop):
    store, event_id, team_id = facilitator
    data = export_team_archive(store, event_id, team_id)
    before = counts(store)
    with pytest.raises(DomainError) as caught:
        import_archive(store, data, name="team2.staatsprint-archive")
    assert caught.value.code == "team_archive_event_here"
    assert str(caught.value).startswith("team2.staatsprint-archive is one team's part of the event")
    assert "nothing was imported" in str(caught.value)
    assert counts(store) == before
    import_archive(laptop, data)  # on the team laptop: a second copy is refused too (it never overwrites)
    again = counts(laptop)
    with pytest.raises(DomainError):
        import_archive(laptop, data)
    assert counts(laptop) == again


def test_an_altered_team_archive_is_refused(facilitator, laptop):
    store, event_id, team_id = facilitator
    data = export_team_archive(store, event_id, team_id).replace(b'"programme_item"', b'"programme_itex"', 1)
    with pytest.raises(SealError) as caught:
        import_archive(laptop, data, name="x.staatsprint-archive")
    assert caught.value.code == "sealed_altered"
    assert counts(laptop)["event"] == 0


def test_a_team_of_another_event_is_refused(facilitator):
    store, event_id, _team = facilitator
    with pytest.raises(DomainError) as caught:
        export_team_archive(store, event_id, 99999)
    assert caught.value.code == "team_missing"


def test_a_team_file_given_as_an_archive_is_named_in_plain_words(facilitator, tmp_path):
    store, _event, team_id = facilitator
    path = write_team_file(store, team_id, tmp_path / "team2.staatsprint-team")
    with pytest.raises(SealError) as caught:
        import_archive(store, path)
    assert str(caught.value) == "team2.staatsprint-team is a team file, not an event archive"


def test_a_bad_kit_is_refused_without_parser_text(tmp_path):
    path = tmp_path / "kit.staatsprint-teamkit"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        read_team_kit(path)
    assert str(caught.value) == "kit.staatsprint-teamkit is not a team kit (not a kit's text, or cut off)"
    assert "line 1" not in str(caught.value) and "Expecting" not in str(caught.value)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_archives_team_files_and_kits_are_written_for_their_owner_only(facilitator, tmp_path):
    store, event_id, team_id = facilitator
    old = os.umask(0o022)
    try:
        (tmp_path / "existing.staatsprint-archive").write_bytes(b"old")  # an older file there: 0644, made private
        written = [write_archive(store, event_id, tmp_path / "existing.staatsprint-archive"),
                   write_team_archive(store, event_id, team_id, tmp_path / "t.staatsprint-archive"),
                   write_team_file(store, team_id, tmp_path / "t.staatsprint-team")]
    finally:
        os.umask(old)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
