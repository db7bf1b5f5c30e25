"""``staatsprint serve``: an event server on loopback in a temporary folder (as root too: then the
``postgres`` user runs it). Clients join with a join file and verify the server; a wrong certificate,
a plain connection and a wrong password are refused."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select, text

from app.storage.database import open_store
from app.sync.join_file import SUFFIX, read_join_file, join_url
from app.sync.server_event import ServeOptions, prepare_event_server
from app.sync.server_tls import make_certificate
from db.models import Event, Juror, Note, Team
from tests.pg import _free_port

pytestmark = pytest.mark.postgres


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(scope="module")
def source(mini_template):
    """The facilitator's own database: a demo event (every table has rows) in an SQLite file."""
    from app.demo.event import create_demo_event

    folder = Path(tempfile.mkdtemp(prefix="staatsprint-source-"))
    store = open_store(f"sqlite:///{folder / 'event.sqlite'}")
    event_id = create_demo_event(store)
    yield store, event_id
    store.engine.dispose()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def served(source):
    """The event's server, started once for the module (a temp folder under /tmp: the postgres user
    must reach it when the tests run as root)."""
    store, event_id = source
    root = Path(tempfile.mkdtemp(prefix="staatsprint-serve-"))
    root.chmod(0o755)
    options = ServeOptions(folder=root / "server", join_files=root / "join", port=_free_port(), listen="127.0.0.1",
                           host="127.0.0.1", durable=False)
    result = prepare_event_server(store.engine, event_id, options)
    yield result, options, root
    result.cluster.stop()
    shutil.rmtree(root, ignore_errors=True)


def _team_join(served, now=None):
    result, options, _root = served
    paths = sorted(p for p in result.join_paths if p.name.startswith("team-"))
    return read_join_file(paths[0], now=now), options


def test_one_join_file_per_login_in_the_folder(served, source):
    result, options, _root = served
    store, event_id = source
    with store.engine.connect() as conn:
        teams = conn.execute(select(func.count()).select_from(Team).where(Team.event_id == event_id)).scalar()
        jurors = conn.execute(select(func.count()).select_from(Juror).where(Juror.event_id == event_id)).scalar()
    assert len(result.join_paths) == 1 + teams + jurors  # the facilitator, each team, each juror
    assert sorted(options.join_files.iterdir()) == sorted(result.join_paths)
    assert all(p.name.endswith(SUFFIX) and p.stat().st_mode & 0o077 == 0 for p in result.join_paths)
    facilitator = read_join_file(next(p for p in result.join_paths if p.name.startswith("facilitator-")))
    assert (facilitator.host, facilitator.port, facilitator.database) == ("127.0.0.1", options.port, "staatsprint")
    assert facilitator.certificate == result.certificate_pem


def test_the_event_is_on_the_server_with_its_rows(served, source):
    result, _options, _root = served
    store, event_id = source
    from db.engine import make_engine

    engine = make_engine(result.superuser_url)
    try:
        with engine.connect() as conn, store.engine.connect() as local:
            assert conn.execute(select(Event.uid)).scalars().all() == local.execute(
                select(Event.uid).where(Event.id == event_id)).scalars().all()
            for model in (Team, Note):
                here = local.execute(select(func.count()).select_from(model)).scalar()
                assert conn.execute(select(func.count()).select_from(model)).scalar() == here > 0
            assert conn.execute(text("SHOW max_connections")).scalar() == str(result.max_connections)
            assert conn.execute(text("SHOW password_encryption")).scalar() == "scram-sha-256"
    finally:
        engine.dispose()


def test_a_team_joins_with_its_file_and_verifies_the_server(served, tmp_path):
    join, _options = _team_join(served)
    with psycopg.connect(_libpq(join_url(join, tmp_path / "certificates"))) as conn:
        assert conn.execute("SELECT current_user, current_database()").fetchone() == (join.role, "staatsprint")
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0] is True


def test_a_server_with_another_certificate_is_refused(served, tmp_path):
    join, _options = _team_join(served)
    from dataclasses import replace

    stranger = replace(join, certificate=make_certificate("someone else's server", ["127.0.0.1"]).certificate_pem)
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(_libpq(join_url(stranger, tmp_path / "certificates")))


def test_a_plain_connection_is_refused(served):
    join, options = _team_join(served)
    with pytest.raises(psycopg.OperationalError, match="no encryption|pg_hba.conf"):
        psycopg.connect(host="127.0.0.1", port=options.port, dbname="staatsprint", user=join.role,
                        password=join.password, sslmode="disable")


def test_a_wrong_password_is_refused(served, tmp_path):
    join, _options = _team_join(served)
    from dataclasses import replace

    wrong = replace(join, password=join.password + "x")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(_libpq(join_url(wrong, tmp_path / "certificates")))


def test_serving_again_keeps_the_event_and_its_logins(served, source):
    """A second ``serve`` (after Ctrl+C) uses the server's database as it is: nothing is copied over
    it again, and the join files get the same passwords."""
    result, options, _root = served
    store, event_id = source
    before = {p.name: read_join_file(p).password for p in result.join_paths}
    result.cluster.stop()
    again = prepare_event_server(store.engine, event_id, options)  # no logins are made: none faked here
    assert not again.new_database
    assert {p.name: read_join_file(p).password for p in again.join_paths} == before
    assert again.certificate_pem == result.certificate_pem
