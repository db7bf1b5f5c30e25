"""The test server speaks TLS with passwords only, as an event server does."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from db.engine import make_engine

pytestmark = pytest.mark.postgres


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_superuser_url_verifies_the_server_and_uses_tls(tls_server):
    engine = make_engine(tls_server.superuser_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    engine.dispose()


def test_a_login_with_its_password_connects(tls_server):
    with psycopg.connect(_libpq(tls_server.superuser_url), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS tls_probe")
        conn.execute("CREATE ROLE tls_probe LOGIN PASSWORD 'right-one'")
    try:
        with psycopg.connect(_libpq(tls_server.url_for("tls_probe", "right-one"))) as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == "tls_probe"
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(_libpq(tls_server.url_for("tls_probe", "wrong-one")))
    finally:
        with psycopg.connect(_libpq(tls_server.superuser_url), autocommit=True) as conn:
            conn.execute("DROP ROLE tls_probe")


def test_a_plain_connection_is_refused(tls_server):
    with pytest.raises(psycopg.OperationalError, match="no encryption|pg_hba.conf"):
        psycopg.connect(_libpq(tls_server.url_for("postgres", tls_server.password, sslmode="disable")))
