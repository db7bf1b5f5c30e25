"""A team archive: one team's part of an event, for a team laptop that never joins a network.

A full event archive (app.sync.archive) carries the jury's secret, every juror's scores and tokens and
every team's work: it belongs on the facilitator's laptop only. A team laptop gets this instead:

- the event, its programme and challenges;
- the teams, by name only (a team list on the laptop: no progress, no work);
- that one team's own rows: its members, notes, clusters, votes, answers, storyboard, timers, …
  (and the event-wide timers, which have no team).

Never carried: the jury's tables (jury settings with the secret, jurors and their tokens, criteria,
scores, score sheets, juror files, the jury log, recusals, awards), the audience's codes and votes, and
any other team's work. What goes in is a *whitelist* (``PUBLIC_TABLES`` + ``OWN_TEAM_TABLES``): a table
added to the schema later stays out until someone decides it belongs here.

Without the secret there is no key to seal with that the laptop could check: the seal is a fixed key
(kind ``team-archive``): it proves the file is whole and unchanged, not who made it. That is why a team
archive is only ever imported into a database that does not hold its event yet: it is partial, and
merging it into a database with the event could only make things worse (it lacks the jury and the
other teams, and nobody could tell a forged one). Such a laptop signs its team files with the team's
kit (``export team-kit``); the database remembers it holds a team's copy (db_info ``team-copy:<uid>``),
so it never signs with a secret of its own making.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from app.errors import DomainError
from app.signed.sealed import SealError, open_sealed, read_sealed_file, seal
from app.storage.store import Store
from app.sync.archive import archive_body, check_schema, merge_in_one_write
from app.sync.private_file import write_private
from app.sync.row_codec import TEAM_TABLES, database_uid, team_identity
from app.sync.row_merge import MergeReport
from db.models import Event, Team
from db.models_sync import DbInfo

KIND = "team-archive"
SUFFIX = ".staatsprint-archive"  # the same suffix: "Import event archive…" takes both kinds
MAX_BYTES = 200_000_000
KEY = hashlib.sha256(b"staatsprint team archive: integrity only").digest()
PUBLIC_TABLES = ("event", "challenge", "programme_item", "team")
OWN_TEAM_TABLES = ("member", "step_state", "pitch_slot", *[name for name in TEAM_TABLES if name not in ("team", "member")])
COPY_KEY = "team-copy:"
# Of another team only these columns say anything; the rest is blanked (its step is its progress).
OTHER_TEAM_BLANK = {"current_step": None}


def export_team_archive(store: Store, event_id: int, team_id: int) -> bytes:
    """The sealed team archive of ``team_id`` (a team of ``event_id``)."""
    with store.write() as session:  # a write: this database's uid is made on first use
        team = session.get(Team, team_id)
        if team is None or team.event_id != event_id:
            raise DomainError("team_missing", f"there is no team {team_id} in event {event_id}", team_id=team_id)
        own = database_uid(session)
        body = archive_body(session, event_id, own)
        body["tables"] = _only_the_team(body["tables"], team_id)
        body["team"] = list(team_identity(session, team, own))
        body["team_name"] = team.name or ""
    return seal(KIND, body, KEY)


def write_team_archive(store: Store, event_id: int, team_id: int, path: Path | str) -> Path:
    return write_private(Path(path), export_team_archive(store, event_id, team_id), "archive_not_written")


def import_team_archive(store: Store, source: Path | str | bytes, dry_run: bool = False, name: str | None = None) -> MergeReport:
    """A team archive into a database that does not hold its event yet; refused (nothing written) otherwise."""
    if isinstance(source, bytes):
        name = name or "the team archive"
        body = open_sealed(source, KIND, lambda _body: KEY, name=name, max_bytes=MAX_BYTES)
    else:
        name = name or Path(source).name
        body = read_sealed_file(source, KIND, lambda _body: KEY, max_bytes=MAX_BYTES)
    check_schema(body, name)
    uid = body.get("event_uid")
    if not isinstance(uid, str) or not uid or set(body.get("tables", {})) - set(PUBLIC_TABLES + OWN_TEAM_TABLES):
        raise DomainError("sync_file_broken", f"{name} is not a whole Staatsprint file (team archive); nothing was imported",
                          name=name, what="team archive")
    with store.read() as session:
        here = session.scalars(select(Event.name).where(Event.uid == uid)).first()
    if here is not None:
        raise DomainError("team_archive_event_here", f"{name} is one team's part of the event “{here}”, which this database "
                          "already holds: a team archive never changes an event that is here (it lacks the jury and the "
                          "other teams' work); nothing was imported", name=name, what=here)
    report = merge_in_one_write(store, body, name, dry_run)
    if not report.dry_run:
        _remember_copy(store, uid, body.get("team"))
    return report


def event_teams(store: Store, event_id: int) -> list[tuple[int, int, str | None]]:
    """The event's teams as (id, number, name), by number: whom a team archive can be for."""
    with store.read() as session:
        rows = session.execute(select(Team.id, Team.number, Team.name).where(Team.event_id == event_id)
                               .order_by(Team.number, Team.id)).all()
    return [(team_id, number, name) for team_id, number, name in rows]


def is_team_copy(session, event_uid: str | None) -> bool:
    """Whether this database's copy of the event came from a team archive (it signs with the team's kit)."""
    if not event_uid:
        return False
    return session.scalars(select(DbInfo.id).where(DbInfo.key == COPY_KEY + event_uid)).first() is not None


def _remember_copy(store: Store, uid: str, team) -> None:
    with store.write() as session:
        session.add(DbInfo(key=COPY_KEY + uid, value=":".join(str(part) for part in team or [])))


def _only_the_team(tables: dict, team_id: int) -> dict:
    kept = {}
    for name in PUBLIC_TABLES + OWN_TEAM_TABLES:
        entry = tables.get(name)
        if not entry:
            continue
        columns = entry["columns"]
        rows, origins = [], []
        for row, origin in zip(entry["rows"], entry["origins"]):
            values = dict(zip(columns, row))
            if name == "team":
                if values["id"] != team_id:
                    row = [OTHER_TEAM_BLANK.get(column, value) if column in OTHER_TEAM_BLANK else value
                           for column, value in zip(columns, row)]
            elif name not in PUBLIC_TABLES and values.get("team_id") != team_id:
                if not (name == "step_state" and values.get("team_id") is None):
                    continue  # another team's row (a step_state without a team is the plenary's timer: kept)
            rows.append(row)
            origins.append(origin)
        if rows:
            kept[name] = {"columns": columns, "rows": rows, "origins": origins}
    return kept


__all__ = ["KIND", "SUFFIX", "SealError", "export_team_archive", "write_team_archive", "import_team_archive", "is_team_copy", "event_teams"]
