"""Rows of one event as plain, canonical JSON values, and back: what archives and team files carry.

Which tables belong to an event is read from the schema itself (SQLModel.metadata's foreign keys), so a
table added later travels along without a change here: a table belongs to an event when it points at
the event, or at a row that does (a team, a juror, a member, a cluster, …). Each table is reached
through one *anchor* column (``event_id`` first, then ``team_id``, ``juror_id``, ``member_id``, then
any other required reference). Left out: tables that are this database's own bookkeeping (``login``:
PostgreSQL roles of one server; ``row_origin``; ``db_info``; ``import_mapping``, which is no event's).

Values are JSON without floats (app.signed.sealed refuses them): a float column travels as its exact
``repr`` text, a JSON column as its JSON text, bytes as base64, times and days as ISO text.

Ids are not identities: each row also carries its *origin* ``[database uid, id there]`` — the database
where it was first made — so a row that goes A → B → A is found again at home.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, LargeBinary, String, Table, inspect, select
from sqlmodel import Session, SQLModel

import db.models  # noqa: F401  (registers every table on the metadata)
from db.models import Event, Team
from db.models_sync import DbInfo, RowOrigin
from db.types import UTCDateTime

NOT_CARRIED = frozenset({"login", "row_origin", "db_info", "import_mapping"})
ANCHOR_PREFERENCE = ("event_id", "team_id", "juror_id", "member_id")
# A team's own work: what a team file carries (every one of these has a team_id, the team has its id).
TEAM_TABLES = ("team", "member", "team_role", "cluster", "knelpunt", "note", "milestone", "vote", "selection",
               "final_choice", "answer", "step_state", "race_count", "story_panel", "pitch_task")
# Not real foreign keys, but ids of rows all the same: remapped like references on import.
VOTE_TARGET_TABLES = {"knelpunten": "knelpunt", "themes": "cluster", "ideas": "note"}


def event_tables() -> list[Table]:
    """Every table that belongs to an event, parents before children (the event first)."""
    tables: list[Table] = []
    reached = {"event"}
    for table in SQLModel.metadata.sorted_tables:
        if table.name in NOT_CARRIED:
            continue
        if table.name == "event" or anchor(table, reached) is not None:
            tables.append(table)
            reached.add(table.name)
    return tables


def anchor(table: Table, reached: set[str] | None = None, present: set[str] | None = None):
    """The column through which ``table``'s rows belong to an event (None: they do not); ``present``: the
    columns an older schema has (``member.event_id`` came later than ``member.team_id``)."""
    reached = reached if reached is not None else {t.name for t in event_tables()}
    required = {fk.parent.name: fk for fk in table.foreign_keys if not fk.parent.nullable and fk.column.table.name in reached
                and (present is None or fk.parent.name in present)}
    for name in ANCHOR_PREFERENCE:
        if name in required:
            return table.c[name]
    return table.c[sorted(required)[0]] if required else None


def references(table: Table) -> dict[str, str]:
    """Column name -> the table it points at."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def present_columns(session: Session, table: Table) -> list[str]:
    """The table's columns this database has (an older schema may lack some; a backup before an
    upgrade reads the old schema)."""
    found = {column["name"] for column in inspect(session.connection()).get_columns(table.name)}
    return [column.name for column in table.columns if column.name in found]


def event_rows(session: Session, event_id: int, tables: list[Table] | None = None) -> dict[str, list[dict]]:
    """Every row of the event, per table, as Python values (only the columns this database has)."""
    tables = tables or event_tables()
    existing = set(inspect(session.connection()).get_table_names())
    rows: dict[str, list[dict]] = {}
    ids: dict[str, list[int]] = {}
    for table in tables:
        if table.name not in existing:
            continue
        present = present_columns(session, table)
        columns = [table.c[name] for name in present]
        if table.name == "event":
            where = table.c.id == event_id
        else:
            parent = anchor(table, set(ids), set(present))
            if parent is None:
                continue
            where = parent.in_(ids[next(iter(parent.foreign_keys)).column.table.name])
        found = [dict(row._mapping) for row in session.execute(select(*columns).where(where).order_by(table.c.id))]
        rows[table.name] = found
        ids[table.name] = [row["id"] for row in found]
    return rows


def team_rows(session: Session, team_id: int) -> dict[str, list[dict]]:
    """A team's own rows (TEAM_TABLES), per table."""
    tables = {table.name: table for table in SQLModel.metadata.sorted_tables}
    rows = {}
    for name in TEAM_TABLES:
        table = tables[name]
        where = table.c.id == team_id if name == "team" else table.c.team_id == team_id
        rows[name] = [dict(row._mapping) for row in session.execute(select(table).where(where).order_by(table.c.id))]
    return rows


def encode_value(column, value):
    """``value`` as canonical JSON: by the column's type, and by the value's own (an older schema read for a
    backup may hold a float or bytes where the current model has another type)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(kind, Float) or isinstance(value, float):
        return repr(float(value))
    if isinstance(kind, LargeBinary) or isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(kind, JSON) or isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, (bool, int, str)):
        return value
    return str(value)  # a Decimal or another scalar an older schema held: its exact text


def decode_value(column, value):
    """The Python value of a carried ``value``; ValueError/TypeError when it is not of the column's kind."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(_text(value))
        if moment.tzinfo is None:
            raise ValueError("a time without a zone")
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(_text(value))
    if isinstance(kind, Float):
        return float(_text(value))
    if isinstance(kind, LargeBinary):
        return base64.b64decode(_text(value), validate=True)
    if isinstance(kind, JSON):
        return json.loads(_text(value))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError("not true or false")
        return value
    python = _python_type(column)
    if python is int and isinstance(value, str):  # a float of an older schema: whole numbers only
        number = float(value)
        if not number.is_integer():
            raise ValueError(f"{value} is not a whole number")
        return int(number)
    if python is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError("not a whole number")
    if python is int and not _SMALLEST <= value <= _LARGEST:
        raise ValueError(f"{value} is too large a number")
    if python is str:
        return _column_text(column, value)
    return value


_SMALLEST, _LARGEST = -(2**63), 2**63 - 1  # what both engines store in an integer column


def _column_text(column, value) -> str:
    """Text for a text column: a whole number an older schema kept there becomes its digits; anything
    else that is not text, or text longer than the column holds, is refused (SQLite would store it
    as it is, PostgreSQL would refuse the whole write)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = _text(value)
    length = getattr(column.type, "length", None) or getattr(getattr(column.type, "impl", None), "length", None)
    if length is not None and len(text) > length:
        raise ValueError(f"a text of {len(text)} characters where at most {length} fit ({column.name})")
    return text


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _python_type(column):
    if isinstance(column.type, String) or isinstance(getattr(column.type, "impl", None), String):
        return str  # sqlmodel's AutoString (a decorated String) says "object"
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def encode_table(table: Table, rows: list[dict], origins: dict[int, tuple[str, int]]) -> dict:
    """``{"columns": [...], "rows": [[...]], "origins": [[uid, id] | null]}`` (null: made in the file's source)."""
    columns = [column for column in table.columns if rows and column.name in rows[0]]
    return {
        "columns": [column.name for column in columns],
        "rows": [[encode_value(column, row[column.name]) for column in columns] for row in rows],
        "origins": [list(origins[row["id"]]) if row["id"] in origins else None for row in rows],
    }


def database_uid(session: Session) -> str:
    """This database's uid (db_info "uid"), made on first use (inside a write)."""
    found = session.scalars(select(DbInfo.value).where(DbInfo.key == "uid")).first()
    if found:
        return found
    from uuid import uuid4

    uid = uuid4().hex
    session.add(DbInfo(key="uid", value=uid))
    session.flush()
    return uid


def read_database_uid(session: Session) -> str | None:
    """This database's uid without making one (a read-only look: an export before an upgrade)."""
    if "db_info" not in set(inspect(session.connection()).get_table_names()):
        return None
    found = session.execute(select(DbInfo.value).where(DbInfo.key == "uid")).first()
    return found[0] if found else None


def local_origins(session: Session, event_id: int) -> dict[str, dict[int, tuple[str, int]]]:
    """Per table: local id -> (source uid, id there) of the rows that came from another database."""
    if "row_origin" not in set(inspect(session.connection()).get_table_names()):
        return {}
    origins: dict[str, dict[int, tuple[str, int]]] = {}
    statement = select(RowOrigin.table_name, RowOrigin.local_id, RowOrigin.source, RowOrigin.source_id).where(
        RowOrigin.event_id == event_id)
    for table_name, local_id, source, source_id in session.execute(statement):
        origins.setdefault(table_name, {})[local_id] = (source, source_id)
    return origins


def vote_targets(event: Event) -> dict[str, str]:
    """Step key -> the table its votes' and selections' ``target_id`` point into."""
    from app.event.events import event_template

    template = event_template(event)
    return {step.key: VOTE_TARGET_TABLES[step.rules.votes_on.value] for step in template.steps()
            if step.rules.votes_on is not None}


def team_identity(session: Session, team: Team, own_uid: str) -> tuple[str, int]:
    origin = local_origins(session, team.event_id).get("team", {}).get(team.id)
    return origin or (own_uid, team.id)
