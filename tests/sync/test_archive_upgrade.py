"""Schema upgrades on a shared server: an older app is told the version to install; the facilitator's
app archives every event before it migrates; a team's login never migrates."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from app.errors import DomainError
from app.storage.database import open_database, open_store
from db.engine import make_engine
from db.migrate import APP_VERSION, HEAD

NOW = datetime(2027, 3, 10, 11, 0, tzinfo=timezone.utc)


def _set(url: str, *statements: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def test_a_migration_records_the_app_version(db_url):
    store = open_store(db_url)
    with store.read() as session:
        assert session.execute(text("SELECT value FROM db_info WHERE key = 'app_version'")).scalar() == APP_VERSION
    store.engine.dispose()


def test_an_older_app_is_refused_naming_the_version_to_install(db_url):
    open_store(db_url).engine.dispose()
    _set(db_url, "UPDATE alembic_version SET version_num = '0042'",
         "UPDATE db_info SET value = '2.3.0' WHERE key = 'app_version'")
    with pytest.raises(DomainError) as caught:
        open_store(db_url)
    assert caught.value.code == "db_newer_schema"
    assert caught.value.params["version"] == "2.3.0"
    assert "Install Staatsprint 2.3.0 or later" in str(caught.value)
    engine = make_engine(db_url)
    with engine.connect() as conn:  # nothing changed
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0042"
    engine.dispose()


def _at_0010_with_the_demo(url: str) -> None:
    """A shared database on the schema before this one, holding the demo event."""
    from alembic import command

    from app.demo.event import create_demo_event
    from db.migrate import alembic_config

    store = open_store(url)
    create_demo_event(store, NOW)
    store.engine.dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
    engine.dispose()


@pytest.mark.postgres
def test_the_facilitators_app_archives_every_event_before_it_upgrades_the_server(pg_server, tmp_path, monkeypatch):
    from tests.conftest import _fresh_postgres
    from app.sync.archive import import_archive

    url = _fresh_postgres(pg_server)
    _at_0010_with_the_demo(url)
    monkeypatch.setenv("STAATSPRINT_BACKUPS", str(tmp_path / "backups"))
    opened = open_database(url)
    try:
        assert len(opened.archives) == 1 and opened.archives[0].parent == tmp_path / "backups"
        assert "before-0010" in opened.archives[0].name
        assert any(str(opened.archives[0]) in line for line in opened.notices())
        with opened.store.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    finally:
        opened.store.engine.dispose()
    restored = open_store(f"sqlite:///{tmp_path / 'restored.sqlite'}")
    report = import_archive(restored, opened.archives[0])
    assert report.added.get("note", 0) > 100 and report.added.get("event") == 1
    restored.engine.dispose()


@pytest.mark.postgres
def test_a_team_laptop_never_upgrades_the_server(pg_server, tmp_path, monkeypatch):
    from sqlalchemy.engine import make_url

    from tests.conftest import _fresh_postgres

    url = _fresh_postgres(pg_server)
    _at_0010_with_the_demo(url)
    _set(url, "DROP ROLE IF EXISTS sp_test_team", "CREATE ROLE sp_test_team LOGIN PASSWORD 'team-pw'",
         "GRANT USAGE ON SCHEMA public TO sp_test_team", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO sp_test_team")
    monkeypatch.setenv("STAATSPRINT_BACKUPS", str(tmp_path / "backups"))
    team_url = make_url(url).set(username="sp_test_team", password="team-pw").render_as_string(hide_password=False)
    try:
        with pytest.raises(DomainError) as caught:
            open_database(team_url)
        assert caught.value.code == "db_wait_for_facilitator" and "facilitator" in str(caught.value)
        assert not (tmp_path / "backups").exists()
        engine = make_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0010"
        engine.dispose()
    finally:
        _set(url, "DROP OWNED BY sp_test_team", "DROP ROLE sp_test_team")
