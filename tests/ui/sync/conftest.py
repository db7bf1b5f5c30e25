"""A PostgreSQL server with TLS and password logins for the join tests, and join files pointing at it.

Until SERVER's ``tls_server`` fixture (tests/sync/conftest.py) is merged, this module starts its own
ThrowawayPostgres and turns on TLS (a self-signed certificate made with openssl) and scram-sha-256 for every
login except the superuser. The join files it makes verify the server exactly as a real one does
(``sslmode=verify-ca``): nothing is relaxed for the tests.
"""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from app.event.events import create_event
from app.event.teams import add_team
from app.paths import template_path
from app.storage.database import open_store
from app.sync.join_file import JoinFile
from db.engine import make_engine
from db.rls import apply_row_security
from db.rls_sql import GROUP_ROLES
from tests.pg import PostgresUnavailable, ThrowawayPostgres

TEAM_PASSWORD = "team-4-secret"
FACILITATOR_PASSWORD = "facilitator-secret"


@dataclass(frozen=True)
class JoinServer:
    superuser_url: str
    port: int
    certificate: str
    other_certificate: str  # a certificate of another server
    event_id: int
    event_uid: str
    team_id: int
    team_join: JoinFile
    facilitator_join: JoinFile


def _certificate(server: ThrowawayPostgres, folder: Path, name: str) -> str:
    server._run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", f"/CN={name}",
                "-keyout", folder / f"{name}.key", "-out", folder / f"{name}.crt")
    server._run("chmod", "600", folder / f"{name}.key")
    return (folder / f"{name}.crt").read_text(encoding="ascii")


def _tls_and_passwords(server: ThrowawayPostgres, url: str) -> str:
    certificate = server.certificate_pem  # ThrowawayPostgres serves TLS with its own certificate (its -c ssl_cert_file wins)
    (server.data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "host all postgres 127.0.0.1/32 trust\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n", encoding="ascii")
    engine = make_engine(url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ALTER SYSTEM SET ssl = on"))
        conn.execute(text("SELECT pg_reload_conf()"))
        conn.execute(text("CREATE DATABASE newer"))
    engine.dispose()
    return certificate


def _login(conn, role: str, password: str, kind: str) -> None:
    """A login in its kind's group role: row-level security (db/rls.py) decides what it sees, as on a real server."""
    conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    conn.execute(text(f"GRANT {GROUP_ROLES[kind]} TO {role}"))


def _event(url: str) -> tuple[int, str, int]:
    store = open_store(url)
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2027, 3, 10))
    add_team(store, event_id, "gemeentelijke_it")
    team_id = add_team(store, event_id, "gemeentelijke_it", name="Bits & Banen")
    store.engine.dispose()
    engine = make_engine(url)
    apply_row_security(engine)
    with engine.begin() as conn:
        uid = conn.execute(text("SELECT uid FROM event WHERE id = :id"), {"id": event_id}).scalar()
        _login(conn, "sp_team_4", TEAM_PASSWORD, "team")
        _login(conn, "sp_facilitator", FACILITATOR_PASSWORD, "facilitator")
        conn.execute(text("INSERT INTO login (event_id, role_name, kind, team_id, label, password, version, created_at) VALUES "
                          "(:e, 'sp_team_4', 'team', :t, 'Team 4 · Bits & Banen', :p, 1, now()), "
                          "(:e, 'sp_facilitator', 'facilitator', NULL, 'Facilitator', :f, 1, now())"),
                     {"e": event_id, "t": team_id, "p": TEAM_PASSWORD, "f": FACILITATOR_PASSWORD})
    engine.dispose()
    return event_id, uid, team_id


def _newer_schema(server_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(server_url).set(database="newer").render_as_string(hide_password=False)  # the query holds a path with "/"
    open_store(url).engine.dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        conn.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO sp_team_4"))
    engine.dispose()


@pytest.fixture(scope="session")
def join_server(tmp_path_factory):
    try:
        server = ThrowawayPostgres()
        url = server.start()
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        certificate = _tls_and_passwords(server, url)
        other = _certificate(server, server.root, "other")
        event_id, uid, team_id = _event(url)
        _newer_schema(url)
        team = JoinFile(
            event_uid=uid, event_name="Staatsprint 2027", event_day=date(2027, 3, 10), host="127.0.0.1", port=server.port,
            database="postgres", certificate=certificate, role="sp_team_4", password=TEAM_PASSWORD, kind="team",
            label="Team 4 · Bits & Banen", expires=datetime.now(timezone.utc) + timedelta(days=30), team_id=team_id)
        facilitator = replace(team, role="sp_facilitator", password=FACILITATOR_PASSWORD, kind="facilitator",
                              label="Facilitator", team_id=None)
        yield JoinServer(url, server.port, certificate, other, event_id, uid, team_id, team, facilitator)
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"could not set up TLS: {exc.stderr}")
    finally:
        server.stop()


def other_event(join: JoinFile) -> JoinFile:
    return replace(join, event_uid=uuid.uuid4().hex, event_name="Another event")
