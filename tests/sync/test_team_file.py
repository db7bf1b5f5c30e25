"""Team files: a team laptop without network hands its work to the facilitator on a stick."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from app.demo.event import create_demo_event
from app.errors import DomainError
from app.storage.database import open_store
from app.sync.archive import export_archive, import_archive
from app.sync.team_file import export_team_file, import_team_file, read_team_kit, team_kit
from db.models import Event, Note, Team

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """The facilitator's event (demo, on SQLite) as an archive, team 1's kit (what a laptop is handed),
    and two database files to copy: the facilitator's with the event, a laptop's made from the archive."""
    folder = tmp_path_factory.mktemp("prep")
    store = open_store(f"sqlite:///{folder / 'facilitator.sqlite'}")
    event_id = create_demo_event(store, NOW)
    with store.read() as session:
        team_id = session.scalars(select(Team.id).where(Team.event_id == event_id).order_by(Team.id)).first()
    archive, kit = export_archive(store, event_id), team_kit(store, team_id)
    store.engine.dispose()
    laptop = open_store(f"sqlite:///{folder / 'laptop.sqlite'}")
    import_archive(laptop, archive)
    laptop.engine.dispose()
    yield archive, kit, folder


def _copy(prepared, name: str, tmp_path):
    import shutil

    shutil.copy(prepared[2] / name, tmp_path / name)
    return open_store(f"sqlite:///{tmp_path / name}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def facilitator(request, prepared, tmp_path):
    """The facilitator's database with the event (each engine; a test may ask for SQLite only)."""
    if request.param == "sqlite":
        store = _copy(prepared, "facilitator.sqlite", tmp_path)
    else:
        from tests.conftest import _fresh_postgres

        store = open_store(_fresh_postgres(request.getfixturevalue("pg_server")))
        import_archive(store, prepared[0])
    yield store
    store.engine.dispose()


@pytest.fixture
def laptop(tmp_path, prepared):
    """A team laptop that never joined: the event from the archive, signing with the team's kit."""
    store = _copy(prepared, "laptop.sqlite", tmp_path)
    yield store
    store.engine.dispose()


SQLITE_ONLY = pytest.mark.parametrize("facilitator", ["sqlite"], indirect=True)


def laptop_team(laptop) -> int:
    with laptop.read() as session:
        return session.scalars(select(Team.id).order_by(Team.id)).first()


def facilitator_team(facilitator) -> int:
    with facilitator.read() as session:
        return session.scalars(select(Team.id).order_by(Team.id)).first()


def edit_first_note(store, team_id: int, text: str) -> None:
    with store.write() as session:
        session.scalars(select(Note).where(Note.team_id == team_id).order_by(Note.id)).first().text = text


def add_note(store, team_id: int, text: str) -> None:
    with store.write() as session:
        session.add(Note(team_id=team_id, step_key="brain_dump", text=text))


def first_note_text(store, team_id: int) -> str:
    with store.read() as session:
        return session.scalars(select(Note.text).where(Note.team_id == team_id).order_by(Note.id)).first()


def counts(store) -> dict[str, int]:
    with store.read() as session:
        return {t.name: session.execute(select(func.count()).select_from(t)).scalar() for t in SQLModel.metadata.sorted_tables}


def test_a_later_team_file_merges_by_version_and_new_rows_get_the_events_ids(facilitator, laptop, prepared):
    kit = prepared[1]
    team = laptop_team(laptop)
    edit_first_note(laptop, team, "sharper wording")
    add_note(laptop, team, "a new idea from room 3")
    report = import_team_file(facilitator, export_team_file(laptop, team, kit), name="team1.staatsprint-team")
    assert report.added == {"note": 1} and report.updated == {"note": 1}
    here = facilitator_team(facilitator)
    assert first_note_text(facilitator, here) == "sharper wording"
    with facilitator.read() as session:
        new = session.scalars(select(Note).where(Note.text == "a new idea from room 3")).one()
    assert new.team_id == here


@SQLITE_ONLY
def test_the_same_team_file_twice_changes_nothing(facilitator, laptop, prepared):
    team = laptop_team(laptop)
    add_note(laptop, team, "once")
    data = export_team_file(laptop, team, prepared[1])
    import_team_file(facilitator, data)
    before = counts(facilitator)
    again = import_team_file(facilitator, data)
    assert again.totals[:2] == (0, 0)
    assert counts(facilitator) == before


def test_a_stale_stick_cannot_overwrite_newer_work(facilitator, laptop, prepared):
    kit, team = prepared[1], laptop_team(laptop)
    edit_first_note(laptop, team, "first draft")
    stale = export_team_file(laptop, team, kit)
    edit_first_note(laptop, team, "final text")
    import_team_file(facilitator, export_team_file(laptop, team, kit))
    report = import_team_file(facilitator, stale)  # the older stick comes in later: its date says nothing
    assert report.updated == {}
    assert first_note_text(facilitator, facilitator_team(facilitator)) == "final text"


@SQLITE_ONLY
def test_newer_work_on_the_facilitator_is_kept(facilitator, laptop, prepared):
    team = laptop_team(laptop)
    edit_first_note(facilitator, facilitator_team(facilitator), "the facilitator fixed a typo")
    edit_first_note(facilitator, facilitator_team(facilitator), "and again")
    edit_first_note(laptop, team, "the laptop's one edit")
    report = import_team_file(facilitator, export_team_file(laptop, team, prepared[1]))
    assert report.updated == {} and report.kept.get("note", 0) > 0
    assert first_note_text(facilitator, facilitator_team(facilitator)) == "and again"


@SQLITE_ONLY
def test_a_dry_run_reports_and_writes_nothing(facilitator, laptop, prepared):
    team = laptop_team(laptop)
    add_note(laptop, team, "maybe")
    before = counts(facilitator)
    report = import_team_file(facilitator, export_team_file(laptop, team, prepared[1]), dry_run=True)
    assert report.dry_run and report.added == {"note": 1}
    assert counts(facilitator) == before


@pytest.mark.parametrize("spoil", ["altered", "truncated", "garbage"])
def test_a_damaged_team_file_is_refused_and_nothing_written(facilitator, laptop, prepared, spoil):
    team = laptop_team(laptop)
    edit_first_note(laptop, team, "Zorgpad zonder wachtlijst")
    data = export_team_file(laptop, team, prepared[1])
    if spoil == "altered":
        at = data.index(b"Zorgpad zonder wachtlijst")
        bad = data[:at] + b"X" + data[at + 1:]
    else:
        bad = {"truncated": data[:-40], "garbage": b"PK\x03\x04 not a team file"}[spoil]
    before = counts(facilitator)
    with pytest.raises(DomainError) as caught:
        import_team_file(facilitator, bad, name="stick.staatsprint-team")
    assert caught.value.code in {"sealed_altered", "sealed_not_json"}
    assert "stick.staatsprint-team" in str(caught.value)
    assert counts(facilitator) == before


@SQLITE_ONLY
def test_a_team_file_of_another_event_is_refused(facilitator, tmp_path, prepared):
    elsewhere = open_store(f"sqlite:///{tmp_path / 'elsewhere.sqlite'}")
    event_id = create_demo_event(elsewhere, NOW)  # the same demo, but another event (another uid)
    with elsewhere.read() as session:
        team = session.scalars(select(Team.id).where(Team.event_id == event_id)).first()
        name = session.get(Event, event_id).name
    data = export_team_file(elsewhere, team)
    before = counts(facilitator)
    with pytest.raises(DomainError) as caught:
        import_team_file(facilitator, data, name="team.staatsprint-team")
    assert caught.value.code == "team_file_other_event" and name in str(caught.value)
    assert counts(facilitator) == before
    elsewhere.engine.dispose()


def test_a_kit_signs_only_its_own_team(laptop, prepared):
    with laptop.read() as session:
        second = session.scalars(select(Team.id).order_by(Team.id)).all()[1]
    with pytest.raises(DomainError) as caught:
        export_team_file(laptop, second, prepared[1])
    assert caught.value.code == "team_kit_other_team"


def test_a_laptop_without_the_secret_is_told_to_use_the_kit(tmp_path, prepared):
    from db.models import JurySetting

    bare = open_store(f"sqlite:///{tmp_path / 'bare.sqlite'}")
    import_archive(bare, prepared[0])
    with bare.write() as session:
        session.delete(session.scalars(select(JurySetting)).one())
    with pytest.raises(DomainError) as caught:
        export_team_file(bare, laptop_team(bare))
    assert caught.value.code == "team_file_needs_kit"
    bare.engine.dispose()


def test_a_team_kit_file_is_read_back_and_garbage_refused(tmp_path, prepared):
    import json

    path = tmp_path / "team1.staatsprint-teamkit"
    path.write_text(json.dumps(prepared[1]), encoding="utf-8")
    assert read_team_kit(path) == prepared[1]
    path.write_text("not a kit", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        read_team_kit(path)
    assert caught.value.code == "team_kit_unreadable"


@SQLITE_ONLY
def test_a_team_file_that_reaches_into_another_team_is_refused(facilitator, laptop, prepared):
    """Even signed with the team's key: a row pointed at another team's row is refused, nothing written."""
    from app.signed.sealed import open_sealed, seal
    from app.sync import team_file

    kit, team = prepared[1], laptop_team(laptop)
    key = bytes.fromhex(kit["key"])
    body = open_sealed(export_team_file(laptop, team, kit), team_file.KIND, lambda b: key, max_bytes=team_file.MAX_BYTES)
    from db.models_sync import RowOrigin

    with laptop.read() as session:
        other_note = session.scalars(select(Note.id).where(Note.team_id != team).order_by(Note.id)).first()
        origin = session.scalars(select(RowOrigin).where(RowOrigin.table_name == "note", RowOrigin.local_id == other_note)).one()
    body["tables"]["note"]["origins"][0] = [origin.source, origin.source_id]  # "this is that note of another team"
    before = counts(facilitator)
    with pytest.raises(DomainError) as caught:
        import_team_file(facilitator, seal(team_file.KIND, body, key))
    assert caught.value.code == "team_file_other_team"
    assert counts(facilitator) == before
