"""A join file: everything a laptop needs to join a shared event as one login, so nobody types a password.

JSON, one per login (the facilitator, a team, a juror, a member)::

    {"format": "staatsprint-join", "version": 1,
     "event": {"uid": "…", "name": "Staatsprint 2027", "day": "2027-03-10"},
     "server": {"host": "192.168.1.20", "port": 5433, "database": "staatsprint", "certificate": "-----BEGIN CERTIFICATE-----…"},
     "login": {"role": "sp_3f2a_team_4", "password": "…", "kind": "team", "team_id": 4, "juror_id": null,
               "member_id": null, "label": "Team 4 · Bits & Banen"},
     "expires": "2027-03-17T00:00:00+00:00"}

The server's certificate travels in the file, and the client verifies the server with it
(``sslmode=verify-ca``: the laptop's address on the venue's network is not known in advance, so the
host name is not checked; the certificate is the event's own and signs nothing else). A join file holds
a password: it is shown on the facilitator's screen or handed over on a stick, never on the beamer.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import quote

from app.errors import DomainError
from db.models_sync import LOGIN_KINDS

FORMAT = "staatsprint-join"
VERSION = 1
SUFFIX = ".staatsprint-join"
MAX_BYTES = 64_000


@dataclass(frozen=True)
class JoinFile:
    event_uid: str
    event_name: str
    event_day: date
    host: str
    port: int
    database: str
    certificate: str  # the server's certificate, PEM
    role: str
    password: str
    kind: str  # one of db.models_sync.LOGIN_KINDS
    label: str
    expires: datetime
    team_id: int | None = None
    juror_id: int | None = None
    member_id: int | None = None

    def to_json(self) -> str:
        document = {
            "format": FORMAT, "version": VERSION,
            "event": {"uid": self.event_uid, "name": self.event_name, "day": self.event_day.isoformat()},
            "server": {"host": self.host, "port": self.port, "database": self.database, "certificate": self.certificate},
            "login": {"role": self.role, "password": self.password, "kind": self.kind, "team_id": self.team_id,
                      "juror_id": self.juror_id, "member_id": self.member_id, "label": self.label},
            "expires": self.expires.isoformat(),
        }
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write_join_file(path: Path, join: JoinFile) -> None:
    """Write ``join`` to ``path``, readable by this user only where the system allows it."""
    path.write_text(join.to_json(), encoding="utf-8")
    try:
        path.chmod(0o600)
    except OSError:
        pass  # a FAT stick has no permissions: the file is handed over in person anyway


def read_join_file(path: Path, now: datetime | None = None) -> JoinFile:
    """The join file at ``path``; DomainError ``join_unreadable``, ``join_not_join_file``, ``join_newer``,
    ``join_incomplete`` or ``join_expired`` (each with ``name``) when it cannot be used."""
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DomainError("join_not_join_file", f"{name} is not a Staatsprint join file (too large)", name=name)
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError("join_unreadable", f"{name} could not be read: {exc.strerror or exc}", name=name) from None
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DomainError("join_not_join_file", f"{name} is not a Staatsprint join file", name=name) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DomainError("join_not_join_file", f"{name} is not a Staatsprint join file", name=name)
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise DomainError("join_newer", f"{name} was made by a newer Staatsprint: install the latest version", name=name)
    join = _parse(document, name)
    if join.expires <= (now or datetime.now(timezone.utc)):
        raise DomainError("join_expired", f"{name} expired on {join.expires:%Y-%m-%d}: ask the facilitator for a new one",
                          name=name, expires=join.expires.strftime("%d-%m-%Y"))
    return join


def _parse(document: dict, name: str) -> JoinFile:
    try:
        event, server, login = document["event"], document["server"], document["login"]
        join = JoinFile(
            event_uid=_text(event["uid"], 32), event_name=_text(event["name"], 200), event_day=date.fromisoformat(event["day"]),
            host=_hostname(server["host"]), port=_port(server["port"]), database=_text(server["database"], 63),
            certificate=_certificate(server["certificate"]),
            role=_text(login["role"], 63), password=_text(login["password"], 100), kind=login["kind"],
            label=_text(login.get("label", ""), 200, empty=True), expires=_aware(datetime.fromisoformat(document["expires"])),
            team_id=_id(login.get("team_id")), juror_id=_id(login.get("juror_id")), member_id=_id(login.get("member_id")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("join_incomplete", f"{name} is damaged or incomplete ({exc})", name=name) from None
    if join.kind not in LOGIN_KINDS:
        raise DomainError("join_incomplete", f"{name} is damaged or incomplete (login kind {join.kind!r})", name=name)
    return join


def join_url(join: JoinFile, certificates: Path) -> str:
    """The database address for ``join``; its server certificate is kept in ``certificates`` (libpq reads
    it from a file) under a name of its content, so joining again reuses it."""
    pem = join.certificate.encode("ascii")
    certificates.mkdir(parents=True, exist_ok=True)
    certificate = certificates / f"{hashlib.sha256(pem).hexdigest()[:16]}.crt"
    if not certificate.is_file() or certificate.read_bytes() != pem:
        certificate.write_bytes(pem)
    credentials = f"{quote(join.role, safe='')}:{quote(join.password, safe='')}"
    return (f"postgresql+psycopg://{credentials}@{_host(join.host)}:{join.port}/{quote(join.database, safe='')}"
            f"?sslmode=verify-ca&sslrootcert={quote(str(certificate), safe='/:')}")


def as_dict(join: JoinFile) -> dict:
    return asdict(join)


def _text(value: object, longest: int, empty: bool = False) -> str:
    if not isinstance(value, str) or (not value and not empty) or len(value) > longest or "\x00" in value:
        raise ValueError("a text that does not fit")
    return value


def _hostname(value: object) -> str:
    """A host name (letters, digits, ``-`` and ``.``) or an IP address: nothing that could change the
    database address it goes into (a ``?``, ``/`` or ``@`` would switch TLS off or point elsewhere)."""
    text = _text(value, 253)
    try:
        ipaddress.ip_address(text)
        return text
    except ValueError:
        pass
    if not _HOST_NAME.fullmatch(text):
        raise ValueError("not a host name or an IP address")
    return text


_HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(?:\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?")


def _port(value: object) -> int:
    if type(value) is not int or not 0 < value < 65536:
        raise ValueError("not a port")
    return value


def _id(value: object) -> int | None:
    if value is None:
        return None
    if type(value) is not int or value < 1:
        raise ValueError("not an id")
    return value


def _certificate(value: object) -> str:
    text = _text(value, 20_000)
    if "-----BEGIN CERTIFICATE-----" not in text or not text.isascii():
        raise ValueError("no certificate")
    return text


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("an expiry without a time zone")
    return moment


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
