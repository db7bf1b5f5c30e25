"""A throwaway PostgreSQL on loopback for bench/sync.py, with ``max_connections`` for the crowd.

The tests' ``ThrowawayPostgres`` (tests/pg.py) with the server settings a 200-laptop event needs;
its own cluster, so the tests' server (and its TLS/password set-up) is left as it is.
"""

from __future__ import annotations

import shutil
import subprocess

from tests.pg import PostgresUnavailable, ThrowawayPostgres


class BenchPostgres(ThrowawayPostgres):
    def __init__(self, max_connections: int) -> None:
        super().__init__()
        self.max_connections = max_connections

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        try:
            self._run(self.bin / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off -c synchronous_commit=off "
                f"-c full_page_writes=off -c unix_socket_directories={self.root} "
                f"-c max_connections={self.max_connections} -c shared_buffers=128MB"
            )
            self._run(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "log", "-w", "start")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            raise PostgresUnavailable(f"could not start PostgreSQL: {detail.strip()}") from None
        self._wait()
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
