"""Shared fixtures: templates, a database on each engine, a store, and headless Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# A shared server's upgrade archives every event first (app/sync/upgrade_guard.py): not into the user's data folder.
os.environ.setdefault("STAATSPRINT_BACKUPS", __import__("tempfile").mkdtemp(prefix="staatsprint-test-backups-"))

from pathlib import Path

import pytest
from sqlalchemy import text

from app.day.template import Template
from app.day.template_file import load_template
from app.paths import template_path
from app.storage.database import open_store
from db.engine import make_engine
from tests.pg import PostgresUnavailable, ThrowawayPostgres

DATA = Path(__file__).resolve().parent / "data"
MINI_TEMPLATE = DATA / "mini-sprint.toml"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files are built, not committed: build them (if out of date) before any test."""
    from scripts.build_translations import main as build

    build()


@pytest.fixture(scope="session")
def staatsprint_template() -> Template:
    return load_template(template_path("staatsprint"))


@pytest.fixture(scope="session")
def mini_template() -> Template:
    return load_template(MINI_TEMPLATE)


@pytest.fixture(scope="session")
def pg_cluster() -> ThrowawayPostgres:
    """The run's PostgreSQL server (TLS, scram-sha-256; see tests/pg.py). Under CI a missing server
    fails the run; elsewhere it skips."""
    try:
        server = ThrowawayPostgres()
        server.start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_server(pg_cluster) -> str:
    """The run's superuser URL (with its password, verifying the server's certificate)."""
    return pg_cluster.superuser_url


def _fresh_postgres(url: str) -> str:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty database on each engine: every database test runs on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'event.sqlite'}"
    return _fresh_postgres(request.getfixturevalue("pg_server"))


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'event.sqlite'}")
    yield store
    store.engine.dispose()
