"""The schema on SQLite and PostgreSQL: migrations, round trips, versions, refusals."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel, select

from app.errors import DomainError
from app.event.events import create_event, local_to_utc
from app.event.teams import add_member, add_team
from app.paths import template_path
from app.storage.database import open_store
from db.engine import APPLICATION_ID, make_engine
from db.migrate import head_revision
from db.models import Member, ProgrammeItem, StepState, Team

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")


def test_migrations_from_empty_build_every_table(store):
    tables = set(inspect(store.engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_migrations_match_the_models(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_round_trip_keeps_texts_json_and_utc_times(store):
    event_id = create_event(store, SOURCE, date(2026, 3, 11), "Staatsprint ëïé")
    team_id = add_team(store, event_id, "gemeentelijke_it", "De Wielenwinkel")
    add_member(store, team_id, "Noëlle Hendriks", {"who": "Ik ben Noëlle — 44 jaar", "organisation": "Gemeente Ĳsselmonde"})
    with store.read() as session:
        member = session.exec(select(Member)).one()
        opening = session.exec(select(ProgrammeItem).order_by(ProgrammeItem.position)).first()
    assert member.name == "Noëlle Hendriks"
    assert member.kennismaking["organisation"] == "Gemeente Ĳsselmonde"
    assert opening.starts_at.tzinfo is not None
    # 09:30 in Amsterdam on 11 March (winter time, UTC+1) is 08:30 UTC.
    assert opening.starts_at == datetime(2026, 3, 11, 8, 30, tzinfo=timezone.utc)


def test_summer_time_is_converted_too():
    from zoneinfo import ZoneInfo

    assert local_to_utc(date(2026, 7, 1), "09:30", ZoneInfo("Europe/Amsterdam")).hour == 7


def test_every_update_raises_the_version(store):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    team_id = add_team(store, event_id, None)
    with store.write() as session:
        team = session.get(Team, team_id)
        assert team.version == 1
        team.name = "Nieuw"
    with store.write() as session:
        team = session.get(Team, team_id)
        assert team.version == 2
        team.name = "Nog nieuwer"
    with store.read() as session:
        assert session.get(Team, team_id).version == 3


def test_naive_times_are_refused(store):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    with pytest.raises(Exception, match="naive datetime"):
        with store.write() as session:
            session.add(StepState(event_id=event_id, step_key="braindump", duration_s=300, started_at=datetime(2026, 3, 11, 10, 30)))


def test_opening_twice_changes_nothing(db_url):
    first = open_store(db_url)
    create_event(first, SOURCE, date(2026, 3, 11))
    first.engine.dispose()
    second = open_store(db_url)
    with second.read() as session:
        assert len(session.exec(select(ProgrammeItem)).all()) == 15
    second.engine.dispose()


def test_a_database_from_a_newer_schema_is_refused_unchanged(db_url):
    open_store(db_url).engine.dispose()
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DomainError) as caught:
        open_store(db_url)
    assert caught.value.code == "db_newer_schema"
    assert "newer Staatsprint" in str(caught.value)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
    engine.dispose()


def test_a_foreign_database_is_refused_unchanged(db_url):
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer primary key)"))
    with pytest.raises(DomainError) as caught:
        open_store(db_url)
    assert caught.value.code == "db_not_staatsprint"
    assert set(inspect(engine).get_table_names()) == {"invoices"}
    engine.dispose()


def test_an_unreachable_server_says_so():
    with pytest.raises(DomainError) as caught:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert caught.value.code == "db_unreachable"
    assert "127.0.0.1" in str(caught.value)


def test_an_unknown_kind_of_database_is_refused():
    with pytest.raises(DomainError, match="unsupported database 'mysql'"):
        open_store("mysql://someone@host/db")


def test_sqlite_file_is_wal_and_identifies_itself(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_the_fast_path_head_is_the_newest_migration():
    from db.migrate import HEAD

    assert HEAD == head_revision()


def test_an_older_database_is_upgraded_with_its_data_after_a_backup(db_url, tmp_path):
    from alembic import command

    from db.migrate import alembic_config

    engine = make_engine(db_url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text(
            "INSERT INTO event (version, name, template_key, template_json, day, location, programme_shift_min, created_at, updated_at) "
            "VALUES (1, 'Oud', 'staatsprint', '{}', '2026-03-11', '', 0, '2026-03-11 08:00:00', '2026-03-11 08:00:00')"
        ))
    engine.dispose()
    store = open_store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT name, announcement FROM event")).one() == ("Oud", "")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    if db_url.startswith("sqlite"):
        from app.storage.backups import database_key, list_backups

        (backup,) = list_backups(database_key(db_url))
        assert backup.reason == "migration" and backup.revision == "0001" and backup.path.exists()
    store.engine.dispose()


def test_a_migration_that_fails_halfway_leaves_nothing_behind(db_url, monkeypatch):
    from alembic import command

    real_upgrade = command.upgrade

    def upgrade_then_fail(config, revision):
        real_upgrade(config, revision)
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        open_store(db_url)
    monkeypatch.undo()
    engine = make_engine(db_url)
    assert inspect(engine).get_table_names() == []
    engine.dispose()
    open_store(db_url).engine.dispose()  # and the next start simply builds the schema


def test_every_table_people_edit_carries_a_version(store):
    from db.models import Versioned

    fixed = {"challenge"}  # made from the template, never edited by people
    for table in SQLModel.metadata.sorted_tables:
        if table.name in fixed or table.name == "alembic_version":
            continue
        assert "version" in table.columns, f"{table.name} has no version counter"
    assert issubclass(Team, Versioned)
