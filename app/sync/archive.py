"""An event archive: a whole event in one sealed file, to move it between databases (SQLite ↔ PostgreSQL:
prepare on one laptop, serve it on the day, take it home afterwards) and the backup taken before a
shared server's schema upgrade.

What it holds: every row of every table that belongs to the event (app.sync.row_codec: found through
the schema's foreign keys), with each row's origin, the event's uid (its identity: kept on import), the
uid of the database it came from, and the schema revision. Sealed with the one signed-file scheme
(app.signed.sealed, kind ``event-archive``).

Trust model, honestly: the archive carries the event's jury secret (the ``jury_setting`` row: an event
moved without it could not read its jurors' files), so it is as sensitive as the database file itself
and anyone holding it could re-seal it. The seal's key is derived from that secret (``archive``):

- imported into a database that already has the event, the key comes from *this* database's secret:
  an archive changed and re-sealed by someone without the event's secret is refused;
- imported into a database without the event (a fresh database: the move), the key can only come from
  the secret carried inside: then the seal proves the file is whole and unchanged since it was sealed
  (a cut-off copy, a flipped byte, an edited row are refused), not who made it. Who made it is known by
  where it came from: the facilitator's own stick or laptop. Keep archives where the database is kept.

An event without a jury secret yet is sealed with a fixed key: integrity only, said the same way.

Importing merges row by row by version (app.sync.row_merge) in one transaction: the same archive twice
changes nothing, and an older archive does not overwrite newer work.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path
from uuid import uuid4

from sqlalchemy import inspect, select
from sqlmodel import Session

from app.errors import DomainError
from app.signed.sealed import SealError, derive_key, open_sealed, read_sealed_file, seal
from app.storage.store import Store
from app.sync.private_file import write_private
from app.sync.row_codec import (
    database_uid,
    encode_table,
    event_rows,
    event_tables,
    local_origins,
    read_database_uid,
    vote_targets,
)
from app.sync.row_merge import MergeReport, merge_rows
from db.migrate import APP_VERSION
from db.models import Event, JurySetting

KIND = "event-archive"
SUFFIX = ".staatsprint-archive"
MAX_BYTES = 500_000_000  # storyboard pictures make an archive large; a limit still guards the reading
NO_SECRET_KEY = hashlib.sha256(b"staatsprint event archive of an event without a jury secret").digest()


def archive_key(secret: str | None) -> bytes:
    return derive_key(secret, "archive") if secret else NO_SECRET_KEY


def archive_body(session: Session, event_id: int, source: str | None = None) -> dict:
    """The archive's content for the event ``event_id`` (read-only: also on an older schema). ``source``:
    this database's uid (read from db_info when not given)."""
    rows = event_rows(session, event_id)
    if not rows.get("event"):
        raise DomainError("event_missing", f"there is no event {event_id}", event_id=event_id)
    event = rows["event"][0]
    source = source or read_database_uid(session) or f"unnamed-{uuid4().hex[:24]}"
    origins = local_origins(session, event_id)
    tables = {table.name: encode_table(table, rows[table.name], origins.get(table.name, {}))
              for table in event_tables() if rows.get(table.name)}
    for entry in tables.values():  # an origin in the file's own source is the row's own id: said once, as null
        entry["origins"] = [None if origin and origin[0] == source else origin for origin in entry["origins"]]
    return {
        "event_uid": event.get("uid") or "",
        "event_name": event["name"],
        "source": source,
        "schema": revision_of(session),
        "app_version": APP_VERSION,
        "made_at": datetime.now(timezone.utc).isoformat(),
        "targets": _targets(event),
        "tables": tables,
    }


def export_archive(store: Store, event_id: int) -> bytes:
    """The sealed archive's bytes."""
    with store.write() as session:  # a write: this database's uid is made on first use
        body = archive_body(session, event_id, database_uid(session))
        secret = secret_of(session, event_id)
    return seal(KIND, body, archive_key(secret))


def write_archive(store: Store, event_id: int, path: Path | str) -> Path:
    path = Path(path)
    return write_private(path, export_archive(store, event_id), "archive_not_written")


def read_archive(store: Store, path: Path | str) -> dict:
    """The verified body of the archive at ``path`` (SealError with the reason otherwise)."""
    with store.read() as session:
        return read_sealed_file(path, KIND, lambda body: _key_for(session, body), max_bytes=MAX_BYTES)


def import_archive(store: Store, source: Path | str | bytes, dry_run: bool = False, name: str | None = None) -> MergeReport:
    """Merge the archive (a path or its bytes) into this database: one transaction; nothing written
    on a refusal (DomainError) or a dry run. A team archive goes to app.sync.team_archive."""
    try:
        with store.read() as session:
            if isinstance(source, bytes):
                body = open_sealed(source, KIND, lambda b: _key_for(session, b), name=name or "the archive", max_bytes=MAX_BYTES)
            else:
                body = read_sealed_file(source, KIND, lambda b: _key_for(session, b), max_bytes=MAX_BYTES)
    except SealError as error:
        if error.code != "sealed_wrong_kind" or error.params.get("found") != "team-archive":
            raise
        from app.sync.team_archive import import_team_archive  # one team's part: its own rules

        return import_team_archive(store, source, dry_run, name)
    name = name or (Path(source).name if not isinstance(source, bytes) else "the archive")
    check_schema(body, name)
    body = _with_uid(body)
    return merge_in_one_write(store, body, name, dry_run)


def merge_in_one_write(store: Store, body: dict, name: str, dry_run: bool, team_id: int | None = None) -> MergeReport:
    """``merge_rows`` in its own transaction; a dry run rolls it back and reports what it would do."""
    try:
        with store.write() as session:
            report = merge_rows(store, session, body, team_id=team_id, name=name)
            if dry_run:
                raise _DryRun(report)
    except _DryRun as done:
        done.report.dry_run = True
        return done.report
    except (KeyError, TypeError, AttributeError, IndexError) as exc:  # a sealed body of an unexpected shape
        raise DomainError("sync_file_broken", f"{name} is not a whole Staatsprint file ({exc}); nothing was imported",
                          name=name, what=str(exc)) from None
    return report


class _DryRun(Exception):
    def __init__(self, report: MergeReport) -> None:
        super().__init__("dry run")
        self.report = report


def backup_events(session: Session, folder: Path, revision: str) -> list[Path]:
    """One archive per event into ``folder`` (made if missing), read from the schema as it is: the backup
    a shared server's upgrade takes first. Their paths."""
    from db.models import Event as _Event

    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    written = []
    for (event_id,) in session.execute(select(_Event.__table__.c.id)).all():
        body = archive_body(session, event_id)
        secret = secret_of(session, event_id)
        path = folder / f"event-{event_id}-before-{revision}-{stamp}{SUFFIX}"
        written.append(write_private(path, seal(KIND, body, archive_key(secret)), "archive_not_written"))
    return written


def _key_for(session: Session, body: dict) -> bytes | None:
    try:
        uid = body.get("event_uid")
        local = _local_secret(session, uid) if uid else None
        return archive_key(local or _carried_secret(body))
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):
        return None


def _local_secret(session: Session, uid: str) -> str | None:
    found = session.execute(select(Event.id).where(Event.uid == uid)).first()
    return secret_of(session, found[0]) if found else None


def _carried_secret(body: dict) -> str | None:
    carried = body.get("tables", {}).get("jury_setting")
    if not carried or not carried.get("rows"):
        return None
    return carried["rows"][0][carried["columns"].index("secret")]


def secret_of(session: Session, event_id: int) -> str | None:
    if "jury_setting" not in set(inspect(session.connection()).get_table_names()):
        return None
    found = session.execute(select(JurySetting.__table__.c.secret).where(JurySetting.__table__.c.event_id == event_id)).first()
    return found[0] if found else None


def revision_of(session: Session) -> str:
    from sqlalchemy import text

    try:
        return str(session.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")
    except Exception:  # noqa: BLE001 - a database made without alembic: no revision to name
        return ""


def _targets(event: dict) -> dict[str, str]:
    try:
        return vote_targets(Event(**{k: v for k, v in event.items() if k in Event.model_fields}))
    except Exception:  # noqa: BLE001 - an event whose template cannot be read: it has no votes to remap
        return {}


def check_schema(body: dict, name: str) -> None:
    from db.migrate import HEAD

    schema = body.get("schema") or ""
    if not isinstance(schema, str) or schema > HEAD:
        raise DomainError("sync_file_newer", f"{name} was made with a newer Staatsprint (schema {schema}; this version "
                          f"knows {HEAD}): install Staatsprint {body.get('app_version') or 'newer'} or later; nothing was imported",
                          name=name, what=str(schema), version=str(body.get("app_version") or ""))


def _with_uid(body: dict) -> dict:
    """An archive from before events had a uid (a backup of an older schema) gets one on import."""
    if body.get("event_uid"):
        return body
    uid = uuid4().hex
    event = body["tables"]["event"]
    event["columns"] = [*event["columns"], "uid"]
    event["rows"] = [[*row, uid] for row in event["rows"]]
    return {**body, "event_uid": uid}


__all__ = ["KIND", "SUFFIX", "SealError", "archive_body", "export_archive", "write_archive", "import_archive",
           "read_archive", "backup_events", "merge_in_one_write"]
