"""Join files handed out by the facilitator: one per login of the event, saved one by one or all to a folder
(a USB stick). The server's address is the one the other laptops use on the venue's network; its certificate
is the one this laptop's own connection trusts (``sslrootcert``), else the one the server presents."""

from __future__ import annotations

import re
import socket
import ssl
import struct
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from sqlmodel import select
from sqlalchemy.engine import make_url

from app.errors import DomainError
from app.sync.join_file import SUFFIX, JoinFile, write_join_file
from app.sync.joined import default_expiry
from db.models import Event
from db.models_sync import Login

LOOPBACK = ("127.0.0.1", "localhost", "::1", "")
SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL's "let us speak TLS" message


@dataclass(frozen=True)
class ServerSide:
    host: str  # as the other laptops reach it
    port: int
    database: str
    certificate: str  # PEM; "" when not known


def event_logins(store, event_id: int) -> list[Login]:
    """The event's logins: the facilitator first, then teams, jurors and members, each by label."""
    order = {"facilitator": 0, "team": 1, "juror": 2, "member": 3}
    with store.read() as session:
        rows = list(session.exec(select(Login).where(Login.event_id == event_id)))
    return sorted(rows, key=lambda login: (order.get(login.kind, 9), login.label, login.id))


def server_side(store) -> ServerSide | None:
    """Where this laptop's database is, as the others reach it (None on SQLite)."""
    url = make_url(store.engine.url)
    if not url.drivername.startswith("postgresql"):
        return None
    host, port = url.host or "", url.port or 5432
    certificate = _certificate_file(url.query.get("sslrootcert"))
    shown = lan_address() if host in LOOPBACK else host
    return ServerSide(shown, port, url.database or "", certificate or server_certificate(host or "127.0.0.1", port))


def _certificate_file(value) -> str:
    if not value:
        return ""
    path = Path(unquote(value if isinstance(value, str) else value[0]))
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ""
    return text if "-----BEGIN CERTIFICATE-----" in text else ""


def server_certificate(host: str, port: int, timeout: float = 3.0) -> str:
    """The certificate the PostgreSQL server at host:port presents ("" when it speaks no TLS)."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(SSL_REQUEST)
            if raw.recv(1) != b"S":
                return ""
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # only reading what it presents; the join file's client verifies it
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        return ""
    return ssl.DER_cert_to_PEM_cert(der) if der else ""


def lan_address() -> str:
    """This laptop's address on the local network (no packet is sent), or 127.0.0.1 without one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"


def join_for(login: Login, event: Event, server: ServerSide, today: date | None = None) -> JoinFile:
    if not server.certificate:
        raise DomainError("join_no_certificate", "the event server speaks no TLS, so no join file can be made: "
                          "start it with `staatsprint serve`")
    if not login.password:
        raise DomainError("join_no_password", f"the password of {login.label or login.role_name} cannot be read "
                          "with this login: save join files on the facilitator's laptop", login=login.label or login.role_name)
    return JoinFile(
        event_uid=event.uid, event_name=event.name, event_day=event.day, host=server.host, port=server.port,
        database=server.database, certificate=server.certificate, role=login.role_name, password=login.password,
        kind=login.kind, label=login.label, expires=default_expiry(event.day, today),
        team_id=login.team_id, juror_id=login.juror_id, member_id=login.member_id,
    )


def file_name(login: Login) -> str:
    """"team-4-bits-banen.staatsprint-join": readable on a stick, safe on every file system."""
    words = re.sub(r"[^a-z0-9]+", "-", (login.label or login.role_name).lower()).strip("-")[:60] or login.kind
    return f"{words}{SUFFIX}"


def file_names(logins: list[Login]) -> list[str]:
    """The file name of each login's join file in one folder; two logins with one name get a number."""
    names: list[str] = []
    for login in logins:
        name = file_name(login)
        stem, n = name[: -len(SUFFIX)], 2
        while name in names:
            name, n = f"{stem}-{n}{SUFFIX}", n + 1
        names.append(name)
    return names


def replaced_by_save_all(folder: Path, logins: list[Login]) -> list[Path]:
    """The files already in ``folder`` that saving every join file there would replace."""
    return [folder / name for name in file_names(logins) if (folder / name).exists()]


def save_all(folder: Path, joins: list[tuple[Login, JoinFile]]) -> list[Path]:
    """Write every join file into ``folder`` (under the names of ``file_names``)."""
    written = []
    for (_login, join), name in zip(joins, file_names([login for login, _join in joins])):
        path = folder / name
        try:
            write_join_file(path, join)
        except OSError as exc:
            raise DomainError("join_not_saved", f"{path} could not be written: {exc.strerror or exc}",
                              path=str(path), reason=exc.strerror or str(exc)) from None
        written.append(path)
    return written
