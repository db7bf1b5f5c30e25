"""Serve one event: its cluster, certificate, database, logins and join files (``staatsprint serve``).

``prepare_event_server`` does everything up to a running server and is safe to run again: a cluster,
certificate or event database that is already there is used as it is (the event on the server is the
live one: it is never copied over again), and the join files are written anew from the logins stored
in the event's database.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.sync.join_file import SUFFIX, JoinFile, write_join_file
from app.sync.server import Cluster, ClusterSettings, connections_for, find_binaries, port_is_free
from app.sync.server_tls import make_certificate, read_certificate, write_certificate

DATABASE = "staatsprint"
PASSWORD_FILE = "superuser.password"
JOIN_VALID_DAYS = 7  # a join file works until a week after the event's day (or a week from now)


@dataclass(frozen=True)
class ServeOptions:
    folder: Path  # the cluster's folder (one per event)
    join_files: Path
    port: int
    listen: str = "*"
    host: str = "127.0.0.1"  # the address written into the join files
    members: bool = False  # a login per member too (their privacy enforced by the database)
    durable: bool = True  # False only in tests: no fsync (a crash may lose the cluster)


@dataclass
class ServedEvent:
    cluster: Cluster
    superuser_url: str
    event_id: int
    certificate_pem: str
    max_connections: int
    new_database: bool
    join_paths: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class EventSize:
    uid: str
    name: str
    day: object
    teams: int
    members: int
    jurors: int


def event_size(source: Engine, event_id: int) -> EventSize:
    from db.models import Event, Member, Team
    from db.models_jury import Juror

    with source.connect() as conn:
        event = conn.execute(select(Event.uid, Event.name, Event.day).where(Event.id == event_id)).first()
        if event is None:
            raise DomainError("server_no_event", f"no event {event_id} in the local database", uid=str(event_id))

        def count(model) -> int:
            return conn.execute(select(func.count()).select_from(model).where(model.event_id == event_id)).scalar()

        return EventSize(event.uid, event.name, event.day, count(Team), count(Member), count(Juror))


def prepare_event_server(source: Engine, event_id: int, options: ServeOptions) -> ServedEvent:
    """Start the event's server from the local database ``source``; DomainError when it cannot."""
    size = event_size(source, event_id)
    _writable(options.folder)
    binaries = find_binaries()
    if not port_is_free(options.listen, options.port):
        raise DomainError("server_port_in_use", f"port {options.port} is in use: choose another with --port",
                          port=options.port)
    cluster = Cluster(options.folder, binaries)
    password = _superuser_password(cluster, options.durable)
    certificate_path, key_path = _certificate(cluster, options.host, size.name)
    max_connections = connections_for(size.teams, size.members, size.jurors)
    cluster.configure(ClusterSettings(options.listen, options.port, max_connections, options.durable), certificate_path, key_path)
    cluster.start()
    try:
        url = superuser_url(options, password, certificate_path)
        new_database = _event_database(url)
        served = ServedEvent(cluster, url, 0, certificate_path.read_text(encoding="ascii"), max_connections, new_database)
        served.event_id, logins = _event_and_logins(source, url, size.uid, new_database, options.members)
        served.join_paths = write_join_files(logins, size, served, options)
    except BaseException:
        cluster.stop()
        raise
    return served


def superuser_url(options: ServeOptions, password: str, certificate: Path, database: str = DATABASE) -> str:
    """The superuser's address: over TLS on loopback (or the one address listened on)."""
    host = "127.0.0.1" if options.listen in ("*", "0.0.0.0", "127.0.0.1") else options.listen
    host = f"[{host}]" if ":" in host else host
    return (f"postgresql+psycopg://postgres:{quote(password, safe='')}@{host}:{options.port}/{database}"
            f"?sslmode=verify-ca&sslrootcert={quote(certificate.as_posix(), safe='/:')}")


def _writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = folder / ".write-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise DomainError("server_folder", f"cannot write in {folder}: {exc.strerror or exc}", folder=str(folder)) from None


def _superuser_password(cluster: Cluster, durable: bool) -> str:
    """The superuser's password, kept in the cluster's folder (owner-only) for the next start."""
    stored = cluster.folder / PASSWORD_FILE
    if cluster.initialised:
        try:
            return stored.read_text(encoding="utf-8").strip()
        except OSError:
            raise DomainError("server_folder", f"{stored} is missing: the server's superuser password is lost",
                              folder=str(cluster.folder)) from None
    password = secrets.token_urlsafe(24)
    stored.touch(mode=0o600, exist_ok=True)
    stored.write_text(password, encoding="utf-8")
    try:
        cluster.initialise(password, durable)
    except DomainError as exc:
        stored.unlink(missing_ok=True)
        hint = " (as root the server runs as the postgres user: it must be able to reach this folder)" if cluster.run_as else ""
        raise DomainError("server_init_failed", f"could not create the server in {cluster.folder}: {exc}{hint}",
                          folder=str(cluster.folder)) from None
    return password


def _certificate(cluster: Cluster, host: str, event_name: str) -> tuple[Path, Path]:
    folder = cluster.folder / "tls"
    made = read_certificate(folder)
    if made is None:
        made = make_certificate(f"Staatsprint · {event_name}", [host])
        write_certificate(folder, made)
    paths = folder / "server.crt", folder / "server.key"
    cluster.hand_over(folder, *paths)
    return paths


def _event_database(url: str) -> bool:
    """Create the event's database when missing, and migrate it; True when it was created."""
    from db.engine import make_engine
    from db.migrate import init_db

    admin = make_engine(url.replace(f"/{DATABASE}?", "/postgres?"))
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": DATABASE}).scalar()
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{DATABASE}" ENCODING \'UTF8\' TEMPLATE template0'))
    finally:
        admin.dispose()
    engine = make_engine(url)
    try:
        init_db(engine)
        _apply_row_security(engine)
    finally:
        engine.dispose()
    return not exists


def _apply_row_security(engine: Engine) -> None:
    from db.rls import apply_row_security

    apply_row_security(engine)


def _event_and_logins(source: Engine, url: str, uid: str, new_database: bool, members: bool) -> tuple[int, list]:
    from db.engine import make_engine
    from db.models import Event
    from db.models_sync import Login

    target = make_engine(url)
    try:
        with target.connect() as conn:
            event_id = conn.execute(select(Event.id).where(Event.uid == uid)).scalar()
            other = conn.execute(select(Event.uid).where(Event.uid != uid)).scalar()
        if other is not None or (event_id is None and not new_database):
            raise DomainError("server_other_event", "this server folder holds another event: choose another --folder")
        if event_id is None:
            event_id = transfer_event(source, target, uid)
        with Session(target) as session:
            logins = list(session.scalars(select(Login).where(Login.event_id == event_id).order_by(Login.id)))
        return event_id, logins or list(create_logins(target, event_id, members))
    finally:
        target.dispose()


def transfer_event(source: Engine, target: Engine, uid: str) -> int:
    """The event into the server's new database, as an event archive moves it (app/sync/archive.py)."""
    from app.storage.store import Store
    from app.sync.archive import export_archive, import_archive
    from db.models import Event

    source_store, target_store = Store(source), Store(target)
    with source_store.read() as session:
        source_id = session.execute(select(Event.id).where(Event.uid == uid)).scalar_one()
    import_archive(target_store, export_archive(source_store, source_id), name="the event")
    with target_store.read() as session:
        return session.execute(select(Event.id).where(Event.uid == uid)).scalar_one()


def create_logins(superuser_engine: Engine, event_id: int, members: bool) -> list:
    """A PostgreSQL role with a generated password per login, stored in the ``login`` table (app/sync/logins.py)."""
    from app.sync.logins import create_event_logins

    return create_event_logins(superuser_engine, event_id, members=members)


def join_expiry(day, now: datetime | None = None) -> datetime:
    now = now or datetime.now(timezone.utc)
    after_day = datetime.combine(day, time(0, 0), tzinfo=timezone.utc) + timedelta(days=JOIN_VALID_DAYS + 1)
    return max(after_day, now + timedelta(days=JOIN_VALID_DAYS))


def write_join_files(logins: list, size: EventSize, served: ServedEvent, options: ServeOptions) -> list[Path]:
    """One join file per login into ``options.join_files`` (owner-only folder: they hold passwords)."""
    options.join_files.mkdir(parents=True, exist_ok=True, mode=0o700)
    expires = join_expiry(size.day)
    paths: list[Path] = []
    for login in logins:
        join = JoinFile(
            event_uid=size.uid, event_name=size.name, event_day=size.day, host=options.host, port=options.port,
            database=DATABASE, certificate=served.certificate_pem, role=login.role_name, password=login.password,
            kind=login.kind, label=login.label or login.role_name, expires=expires,
            team_id=login.team_id, juror_id=login.juror_id, member_id=login.member_id)
        path = options.join_files / f"{_file_name(login)}{SUFFIX}"
        write_join_file(path, join)
        paths.append(path)
    return paths


def _file_name(login) -> str:
    label = "".join(c if c.isalnum() else "-" for c in (login.label or "").lower()).strip("-")
    while "--" in label:
        label = label.replace("--", "-")
    return f"{login.kind}-{label[:40]}-{login.role_name}" if label else f"{login.kind}-{login.role_name}"
