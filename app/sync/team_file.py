"""A team file: a team's whole state on a USB stick, for when there is no network at all.

A team exports its rows (app.sync.row_codec.TEAM_TABLES: the team, its members, notes, clusters,
votes, answers, storyboard, …) sealed with the one signed-file scheme (kind ``team-file``). The key is
derived from the event's jury secret for that team: ``derive_key(secret, "team:<uid>:<id>")``, where
``<uid>:<id>`` is the team's origin (the database where the team was made and its id there), so every
copy of the event derives the same key whatever its local ids.

The facilitator holds the secret. A laptop that never joined does not: the facilitator hands it a
*team kit* (``export team-kit``): the event's uid, the team's origin and that one key — it signs that
team's files and nothing else (no other team's, no juror's, no archive).

Importing (the facilitator): a file of another event, for a team this event does not have, changed
after it was sealed, cut off, or garbage is refused with a message, nothing written. Otherwise its rows
are merged row by row by version (app.sync.row_merge): rows get this event's ids, the same file twice
changes nothing, a later file updates what is newer in it, a stale stick cannot overwrite newer work.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from app.errors import DomainError
from app.signed.sealed import derive_key, open_sealed, seal
from app.storage.store import Store
from app.sync.archive import check_schema, merge_in_one_write, revision_of, secret_of
from app.sync.private_file import write_private
from app.sync.row_codec import (
    TEAM_TABLES,
    database_uid,
    encode_table,
    local_origins,
    read_database_uid,
    references,
    team_identity,
    team_rows,
    vote_targets,
)
from app.sync.row_merge import MergeReport
from db.migrate import APP_VERSION
from db.models import Event, Team

KIND = "team-file"
SUFFIX = ".staatsprint-team"
KIT_FORMAT = "staatsprint-team-kit"
KIT_SUFFIX = ".staatsprint-teamkit"
MAX_BYTES = 100_000_000
MAX_KIT_BYTES = 10_000


def team_key(secret: str, origin: tuple[str, int] | list) -> bytes:
    return derive_key(secret, f"team:{origin[0]}:{origin[1]}")


def team_kit(store: Store, team_id: int) -> dict:
    """The kit for one team's laptop: the event's uid, the team's origin and its key (needs the secret)."""
    with store.write() as session:
        team, event = _team_and_event(session, team_id)
        secret = secret_of(session, event.id)
        if not secret:
            raise DomainError("team_kit_no_secret", "this event has no jury secret yet, so no team key can be made "
                              "(open the jury once, or make the kit on the facilitator's laptop)")
        origin = team_identity(session, team, database_uid(session))
        return {"format": KIT_FORMAT, "version": 1, "event_uid": event.uid, "event_name": event.name,
                "team": list(origin), "team_name": team.name, "key": team_key(secret, origin).hex()}


def read_team_kit(path: Path | str) -> dict:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_KIT_BYTES:
            raise DomainError("team_kit_unreadable", f"{path.name} is not a team kit (too large)", name=path.name)
        kit = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DomainError("team_kit_unreadable", f"{path.name} could not be read: {exc.strerror or exc}", name=path.name) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DomainError("team_kit_unreadable", f"{path.name} is not a team kit (not a kit's text, or cut off)", name=path.name) from None
    if not (isinstance(kit, dict) and kit.get("format") == KIT_FORMAT and isinstance(kit.get("key"), str)
            and isinstance(kit.get("team"), list) and isinstance(kit.get("event_uid"), str)):
        raise DomainError("team_kit_unreadable", f"{path.name} is not a team kit", name=path.name)
    return kit


def export_team_file(store: Store, team_id: int, kit: dict | None = None) -> bytes:
    """The sealed team file of ``team_id``: signed with the kit's key, else with the event's secret here."""
    with store.write() as session:  # a write: this database's uid is made on first use
        team, event = _team_and_event(session, team_id)
        own = database_uid(session)
        origin = team_identity(session, team, own)
        key = _export_key(session, event, origin, kit)
        body = _body(session, team, event, own, origin)
    return seal(KIND, body, key)


def write_team_file(store: Store, team_id: int, path: Path | str, kit: dict | None = None) -> Path:
    path = Path(path)
    return write_private(path, export_team_file(store, team_id, kit), "team_file_not_written")


def import_team_file(store: Store, source: Path | str | bytes, dry_run: bool = False, name: str | None = None) -> MergeReport:
    """Merge a team file (a path or its bytes) into its event here; DomainError, nothing written, when refused."""
    if isinstance(source, bytes):
        data, name = source, name or "the team file"
    else:
        data, name = _read(Path(source)), name or Path(source).name
    found: dict = {}
    with store.read() as session:
        body = open_sealed(data, KIND, lambda b: _key_for(session, b, name, found), name=name, max_bytes=MAX_BYTES)
    check_schema(body, name)
    if not isinstance(body.get("tables", {}), dict):
        raise DomainError("sync_file_broken", f"{name} is not a whole Staatsprint file; nothing was imported", name=name, what="tables")
    if set(body.get("tables", {})) - set(TEAM_TABLES):
        raise DomainError("team_file_other_team", f"{name} holds more than one team's work; nothing was imported", name=name)
    return merge_in_one_write(store, body, name, dry_run, team_id=found["team_id"])


def _read(path: Path) -> bytes:
    from app.signed.sealed import SealError

    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SealError("sealed_too_large", f"{path.name} is too large to be a team file", name=path.name, size=size)
        return path.read_bytes()
    except OSError as exc:
        raise SealError("sealed_unreadable", f"{path.name} could not be read: {exc.strerror or exc}", name=path.name,
                        missing=isinstance(exc, FileNotFoundError)) from None


def _key_for(session: Session, body: dict, name: str, found: dict) -> bytes | None:
    """The key of the file's team here; a file of another event or of a team this event lacks is refused."""
    uid, origin = body.get("event_uid"), body.get("team")
    if not (isinstance(uid, str) and isinstance(origin, list) and len(origin) == 2):
        return None
    event = session.scalars(select(Event).where(Event.uid == uid)).first()
    if event is None:
        named = body.get("event_name") if isinstance(body.get("event_name"), str) else uid
        raise DomainError("team_file_other_event", f"{name} is a team file of another event ({named}), not of an event "
                          "in this database; nothing was imported", name=name, what=str(named))
    team_id = _local_team(session, event, (origin[0], origin[1]))
    secret = secret_of(session, event.id)
    if team_id is None or not secret:
        raise DomainError("team_file_team_missing", f"{name} is for a team this event does not have "
                          f"({body.get('team_name', '?')}); nothing was imported", name=name, what=str(body.get("team_name", "")))
    found["team_id"] = team_id
    return team_key(secret, origin)


def _local_team(session: Session, event: Event, origin: tuple[str, int]) -> int | None:
    own = read_database_uid(session)
    if origin[0] == own:
        team = session.get(Team, origin[1])
        return team.id if team is not None and team.event_id == event.id else None
    for local_id, came_from in local_origins(session, event.id).get("team", {}).items():
        if came_from == origin:
            return local_id
    return None


def _team_and_event(session: Session, team_id: int) -> tuple[Team, Event]:
    team = session.get(Team, team_id)
    if team is None:
        raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)
    return team, session.get(Event, team.event_id)


def _export_key(session: Session, event: Event, origin: tuple[str, int], kit: dict | None) -> bytes:
    if kit is not None:
        if kit.get("event_uid") != event.uid:
            raise DomainError("team_kit_other_event", f"this team kit is for another event ({kit.get('event_name', '?')})",
                              what=str(kit.get("event_name", "")))
        if [str(part) for part in kit.get("team", [])] != [str(part) for part in origin]:
            raise DomainError("team_kit_other_team", f"this team kit is for another team ({kit.get('team_name', '?')})",
                              what=str(kit.get("team_name", "")))
        try:
            return bytes.fromhex(kit["key"])
        except ValueError:
            raise DomainError("team_kit_unreadable", "this team kit's key cannot be read", name="kit") from None
    from app.sync.team_archive import is_team_copy

    secret = None if is_team_copy(session, event.uid) else secret_of(session, event.id)  # a team's copy: never its own secret
    if not secret:
        raise DomainError("team_file_needs_kit", "this laptop does not hold the event's secret: sign the team file "
                          "with the team's kit (the facilitator makes it: staatsprint export team-kit --team N)")
    return team_key(secret, origin)


def _body(session: Session, team: Team, event: Event, own: str, origin: tuple[str, int]) -> dict:
    rows = team_rows(session, team.id)
    origins = local_origins(session, event.id)
    tables_by_name = {t.name: t for t in Team.metadata.sorted_tables}
    tables, outside = {}, {}
    for name in TEAM_TABLES:
        table = tables_by_name[name]
        if not rows[name]:
            continue
        entry = encode_table(table, rows[name], origins.get(name, {}))
        entry["origins"] = [None if o and o[0] == own else o for o in entry["origins"]]
        tables[name] = entry
        for column, target in references(table).items():
            if target in TEAM_TABLES or target == "event":
                continue
            for row in rows[name]:
                if row.get(column) is not None:
                    came = origins.get(target, {}).get(row[column], (own, row[column]))
                    outside.setdefault(target, {})[str(row[column])] = list(came)
    return {"event_uid": event.uid, "event_name": event.name, "source": own, "schema": revision_of(session),
            "app_version": APP_VERSION, "made_at": datetime.now(timezone.utc).isoformat(), "team": list(origin),
            "team_name": team.name, "targets": vote_targets(event), "tables": tables, "outside": outside}
