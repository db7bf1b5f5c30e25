"""A throwaway PostgreSQL server on loopback for the test run, with TLS and passwords.

Debian's server binaries are used (the test command installs ``postgresql`` when
missing). ``initdb`` refuses root, so as root the cluster belongs to the
``postgres`` user. Data lives in a temporary folder with fsync off and is
removed when the run ends.

Like an event server (app/sync/server.py) it speaks TCP only with TLS and
scram-sha-256 passwords (``hostssl`` lines only in pg_hba.conf: a plain
connection is refused), with a certificate made for the run; the superuser
``postgres`` has a random password, and its URL verifies the server
(``sslmode=verify-ca`` with the run's certificate). The Unix socket (in the
temporary folder) trusts only the server's owner.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from app.sync.server_tls import make_certificate, write_certificate

HBA = """\
# The throwaway test server: TLS and scram-sha-256 over TCP, nothing plain.
local   all  postgres                   trust
hostssl all  all       127.0.0.1/32     scram-sha-256
hostssl all  all       ::1/128          scram-sha-256
"""


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise PostgresUnavailable("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayPostgres:
    """``start()`` returns the superuser URL; ``url_for(role, password)`` a login's URL; ``halt()`` and
    ``resume()`` stop and start the same cluster on the same port (a server that goes away and comes
    back); ``stop()`` removes it."""

    host = "127.0.0.1"

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="staatsprint-pg-"))
        self.data = self.root / "data"
        self.tls = self.root / "tls"
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")
        self.password = secrets.token_urlsafe(18)
        made = make_certificate("Staatsprint test server", [self.host])
        self.certificate_pem = made.certificate_pem
        self.certificate_path, self.key_path = write_certificate(self.tls, made)

    def _run(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        command = [str(a) for a in args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=60, **kwargs)

    def start(self) -> str:
        password_file = self.root / "pwfile"
        password_file.write_text(self.password + "\n")
        if self.as_root:
            for path in (self.root, self.tls, self.key_path, self.certificate_path, password_file):
                shutil.chown(path, "postgres", "postgres")
        try:
            self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth-local=trust",
                      "--auth-host=scram-sha-256", f"--pwfile={password_file}", "--no-sync", "-E", "UTF8")
            password_file.unlink()
            (self.data / "pg_hba.conf").write_text(HBA)
            self._launch()
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            raise PostgresUnavailable(f"could not start PostgreSQL: {detail.strip()}") from None
        return self.superuser_url

    def _launch(self) -> None:
        options = (
            f"-c listen_addresses={self.host} -p {self.port} -c fsync=off -c synchronous_commit=off "
            f"-c full_page_writes=off -c unix_socket_directories={self.root} -c ssl=on "
            f"-c ssl_cert_file={self.certificate_path} -c ssl_key_file={self.key_path} "
            f"-c password_encryption=scram-sha-256"
        )
        self._run(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "log", "-w", "start")
        self._wait()

    @property
    def superuser_url(self) -> str:
        return self.url_for("postgres", self.password)

    def url_for(self, role: str, password: str, database: str = "postgres", sslmode: str = "verify-ca") -> str:
        """A login's address on this server; ``verify-ca`` checks the server against the run's certificate."""
        query = f"sslmode={sslmode}"
        if sslmode in ("verify-ca", "verify-full"):
            query += f"&sslrootcert={quote(str(self.certificate_path), safe='/')}"
        return (f"postgresql+psycopg://{quote(role, safe='')}:{quote(password, safe='')}@{self.host}:{self.port}/"
                f"{quote(database, safe='')}?{query}")

    def _wait(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex((self.host, self.port)) == 0:
                    return
            time.sleep(0.1)
        raise PostgresUnavailable("PostgreSQL did not start listening in 20 s")

    def halt(self, mode: str = "fast") -> None:
        """Stop the server, keeping its data (``mode`` immediate: as if it crashed)."""
        self._run(self.bin / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def resume(self) -> None:
        """Start the halted server again, on the same port with the same certificate."""
        self._launch()

    def stop(self) -> None:
        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)
