"""Fixtures for shared events: the run's PostgreSQL server as a TLS event server."""

from __future__ import annotations

import pytest

from tests.pg import ThrowawayPostgres


def start_test_server() -> ThrowawayPostgres:
    """A server of your own (stop it with ``.stop()``; ``.halt()`` / ``.resume()`` take it away and bring it
    back on the same port): superuser_url, host, port, certificate_pem, certificate_path, url_for(role, password)."""
    server = ThrowawayPostgres()
    server.start()
    return server


@pytest.fixture(scope="session")
def tls_server(pg_cluster) -> ThrowawayPostgres:
    """The run's server (shared: don't stop it): ``superuser_url``, ``host``, ``port``, ``certificate_pem``,
    ``certificate_path`` and ``url_for(role, password, database="postgres", sslmode="verify-ca")``.
    It accepts TCP with TLS and scram-sha-256 passwords only."""
    return pg_cluster
