"""Merge carried rows (an event archive, a team file) into this database, row by row, by version.

One transaction (the caller's ``store.write()``): all rows or none. For each carried row:

- its references are remapped to this database's ids (tables parents first; a vote's or selection's
  ``target_id`` and a final choice's ``idea_ids`` too: ids that are not foreign keys);
- it is found here by its origin (``[database uid, id there]``: this database's own rows by id, rows
  that came from elsewhere through ``row_origin``), else by one of its table's unique keys;
- not found: added (and its origin recorded in ``row_origin`` when it was made elsewhere); an event new
  here keeps its ids where they are free, so a move to a fresh database changes no id;
  found with a lower version here: updated to the carried row, version and all; otherwise kept.

So the same file twice changes nothing, and a stale file (lower versions) cannot overwrite newer work:
versions decide, never a file's date. Rows removed on one side are not removed on the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import UniqueConstraint, bindparam, select, text, update
from sqlmodel import Session

from app.errors import DomainError
from app.storage.store import Store
from app.sync.row_codec import database_uid, decode_value, event_rows, event_tables, local_origins, references
from db.models import Event
from db.models_sync import RowOrigin

# Tables whose ids point at rows of other tables without a foreign key: merged after those tables.
SOFT_REFERENCES = ("vote", "selection", "final_choice")


@dataclass
class MergeReport:
    """What a merge did (or would do, on a dry run), per table: rows added, updated, kept as they were."""

    event_id: int = 0
    event_name: str = ""
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # votes/selections on an item removed before the file was made
    dry_run: bool = False

    def count(self, kind: str, table: str) -> None:
        counts = getattr(self, kind)
        counts[table] = counts.get(table, 0) + 1

    @property
    def totals(self) -> tuple[int, int, int]:
        return sum(self.added.values()), sum(self.updated.values()), sum(self.kept.values())

    def lines(self) -> list[str]:
        """English lines for the command line: the totals, then one line per table that changed."""
        added, updated, kept = self.totals
        if self.dry_run:
            lines = [f"would add {added} rows, update {updated} (newer in the file), keep {kept} (same or newer here)"]
        else:
            lines = [f"added {added} rows, updated {updated} (newer in the file), kept {kept} (same or newer here)"]
        if self.skipped:
            lines.append(f"left out {sum(self.skipped.values())} dots or kept items on items the file does not hold")
        for table in sorted(set(self.added) | set(self.updated)):
            lines.append(f"  {table}: +{self.added.get(table, 0)} added, {self.updated.get(table, 0)} updated")
        return lines


class MergeRefused(DomainError):
    """A carried row that cannot be placed: nothing was written (the transaction rolls back)."""


def merge_rows(store: Store, session: Session, body: dict, *, team_id: int | None = None,
               name: str = "the file") -> MergeReport:
    """Merge ``body`` (``event_uid``, ``source``, ``tables``, optional ``outside`` and ``targets``) into
    the event with its uid here (made when absent and ``team_id`` is None). ``team_id``: a team file's
    team here; every carried row must be that team's."""
    merger = _Merger(store, session, body, team_id, name)
    merger.run()
    return merger.report


class _Merger:
    def __init__(self, store: Store, session: Session, body: dict, team_id: int | None, name: str) -> None:
        self.store, self.session, self.body, self.team_id, self.name = store, session, body, team_id, name
        self.own = database_uid(session)
        self.source = body["source"]
        self.report = MergeReport()
        self.ids: dict[str, dict[int, int]] = {}  # per table: carried id -> id here
        self.event = session.scalars(select(Event).where(Event.uid == body["event_uid"])).first()
        self.local: dict[str, dict[int, dict]] = {}
        self.origins: dict[str, dict[tuple[str, int], int]] = {}
        if self.event is not None:
            self._load_local(self.event.id)
        # An event new here keeps its ids where they are free (a move to a fresh database: ids stay the same,
        # so jury kits and juror files made before the move, which name teams by id, still fit).
        self.keep_ids = self.event is None and team_id is None

    def _load_local(self, event_id: int) -> None:
        self.local = {name: {row["id"]: row for row in rows} for name, rows in event_rows(self.session, event_id).items()}
        self.origins = {name: {origin: local_id for local_id, origin in found.items()}
                        for name, found in local_origins(self.session, event_id).items()}

    def run(self) -> None:
        tables = {table.name: table for table in event_tables()}
        carried = self.body["tables"]
        unknown = sorted(set(carried) - set(tables))
        if unknown:
            raise self._refuse("sync_file_newer", f"{self.name} holds tables this version does not know ({', '.join(unknown)}): "
                               "it was made by a newer Staatsprint; update the app", what=", ".join(unknown))
        order = [name for name in tables if name in carried and name not in SOFT_REFERENCES]
        order += [name for name in SOFT_REFERENCES if name in carried]
        self._resolve_outside()
        for name in order:
            self._merge_table(tables[name], carried[name])
        self.report.event_id = self.event.id
        self.report.event_name = self.event.name

    def _refuse(self, code: str, message: str, **params) -> MergeRefused:
        return MergeRefused(code, f"{message}; nothing was imported", name=self.name, **params)

    def _resolve_outside(self) -> None:
        """Rows the file points at without carrying them (a team file's challenge): found here by origin."""
        for table_name, entries in self.body.get("outside", {}).items():
            for carried_id, origin in entries.items():
                found = self._find_by_origin(table_name, (origin[0], origin[1]))
                if found is None:
                    raise self._refuse("sync_file_unknown_row", f"{self.name} refers to a {table_name} this event does not have",
                                       what=table_name)
                self.ids.setdefault(table_name, {})[int(carried_id)] = found

    def _find_by_origin(self, table_name: str, origin: tuple[str, int]) -> int | None:
        if origin[0] == self.own:
            return origin[1] if origin[1] in self.local.get(table_name, {}) else None
        return self.origins.get(table_name, {}).get(origin)

    def _merge_table(self, table, carried: dict) -> None:
        names = carried.get("columns")
        rows, origins = carried.get("rows"), carried.get("origins")
        if not (isinstance(names, list) and all(isinstance(n, str) for n in names) and isinstance(rows, list)
                and isinstance(origins, list) and len(origins) == len(rows)):
            raise self._refuse("sync_file_broken", f"{self.name} is not a whole Staatsprint file", what=table.name)
        missing = [column for column in names if column not in table.c]
        if missing or "id" not in names:
            raise self._refuse("sync_file_newer", f"{self.name} holds columns this version does not know ({table.name}: "
                               f"{', '.join(missing) or 'no id'}): it was made by a newer Staatsprint; update the app",
                               what=f"{table.name}: {', '.join(missing)}")
        uniques = _unique_keys(table, names)
        index = {key: {tuple(row.get(c) for c in key): local_id for local_id, row in self.local.get(table.name, {}).items()}
                 for key in uniques}
        new, new_ids, changed, origin_rows = [], [], [], []
        for values, origin in zip(rows, origins):
            row = self._decoded(table, names, values)
            carried_id = row.pop("id")
            origin = (origin[0], origin[1]) if isinstance(origin, list) and len(origin) == 2 else (self.source, carried_id)
            if not self._remap(table, row):
                self.report.count("skipped", table.name)
                continue
            local_id = self._match(table.name, origin, row, index)
            self._check_own_team(table.name, local_id)
            if local_id is None:
                new.append(row)
                new_ids.append((carried_id, origin))
                continue
            self.ids.setdefault(table.name, {})[carried_id] = local_id
            if origin[0] != self.own and origin not in self.origins.get(table.name, {}):
                origin_rows.append((origin, local_id))
            here = self.local[table.name][local_id]
            if "version" in row and row["version"] > here.get("version", 0):
                changed.append({**row, "_local_id": local_id, "id": local_id})
                self.report.count("updated", table.name)
            else:
                self.report.count("kept", table.name)
        self._insert(table, new, new_ids, origin_rows)
        self._update(table, changed)
        self._record_origins(table.name, origin_rows)

    def _decoded(self, table, names: list, values) -> dict:
        if not isinstance(values, list) or len(values) != len(names):
            raise self._refuse("sync_file_broken", f"{self.name} is not a whole Staatsprint file", what=table.name)
        try:
            return {name: decode_value(table.c[name], value) for name, value in zip(names, values)}
        except (ValueError, TypeError) as exc:
            raise self._refuse("sync_file_broken", f"{self.name} holds a value this version cannot read ({table.name}: {exc})",
                               what=table.name) from None

    def _remap(self, table, row: dict) -> bool:
        """Point ``row``'s references at this database's rows; False: a vote on an item not carried."""
        for column, target in references(table).items():
            value = row.get(column)
            if value is None:
                continue
            if target == "event" and self.event is not None and table.name != "event":
                row[column] = self.event.id
                continue
            mapped = self.ids.get(target, {}).get(value)
            if mapped is None:
                if not table.c[column].nullable:
                    raise self._refuse("sync_file_broken", f"{self.name} has a {table.name} row pointing at a {target} it "
                                       "does not hold", what=table.name)
            row[column] = mapped
        if table.name in ("vote", "selection"):
            target = self.body.get("targets", {}).get(row.get("step_key"))
            mapped = self.ids.get(target, {}).get(row["target_id"]) if target else None
            if mapped is None:
                return False  # dots on an item removed on the other side: nothing here to put them on
            row["target_id"] = mapped
        if table.name == "final_choice" and isinstance(row.get("idea_ids"), list):
            row["idea_ids"] = [self.ids.get("note", {}).get(note, note) for note in row["idea_ids"]]
        if self.team_id is not None and table.name != "team" and row.get("team_id") != self.team_id:
            raise self._refuse("team_file_other_team", f"{self.name} holds rows of another team", what=table.name)
        return True

    def _check_own_team(self, table_name: str, local_id: int | None) -> None:
        """A team file touches its own team's rows only: found rows too (not only what the file says)."""
        if self.team_id is None or local_id is None:
            return
        here = local_id if table_name == "team" else self.local[table_name][local_id].get("team_id")
        if here != self.team_id:
            raise self._refuse("team_file_other_team", f"{self.name} holds rows of another team", what=table_name)

    def _match(self, table_name: str, origin: tuple[str, int], row: dict, index: dict) -> int | None:
        if table_name == "event":
            return self.event.id if self.event is not None else None
        found = self._find_by_origin(table_name, origin)
        if found is not None:
            return found
        for key, known in index.items():
            values = tuple(row.get(c) for c in key)
            if None not in values and values in known:
                return known[values]
        return None

    def _insert(self, table, rows: list[dict], carried: list[tuple[int, tuple[str, int]]], origin_rows: list) -> None:
        if not rows:
            return
        if self.team_id is not None and table.name == "team":
            raise self._refuse("team_file_team_missing", f"{self.name} is for a team this event does not have")
        names = sorted({key for row in rows for key in row})
        values = [{name: row.get(name) for name in names} for row in rows]
        if self.keep_ids and self._ids_free(table, [carried_id for carried_id, _origin in carried]):
            values = [{**value, "id": carried_id} for value, (carried_id, _origin) in zip(values, carried)]
        returned = self.store.insert_rows(self.session, table, values, page=500, ordered=True)
        if "id" in values[0]:
            self._sequence_past(table)
        for (carried_id, origin), new in zip(carried, returned):
            self.ids.setdefault(table.name, {})[carried_id] = new.id
            if origin[0] != self.own:
                origin_rows.append((origin, new.id))
            self.report.count("added", table.name)
        if table.name == "event":
            self.event = self.session.get(Event, returned[0].id)
            self.local.setdefault("event", {})[self.event.id] = {"id": self.event.id, "version": self.event.version}

    def _ids_free(self, table, ids: list[int]) -> bool:
        taken = self.session.execute(select(table.c.id).where(table.c.id.in_(ids)).limit(1)).first()
        return taken is None

    def _sequence_past(self, table) -> None:
        """PostgreSQL: the id sequence after the ids just inserted (SQLite follows the largest id itself)."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                      f"(SELECT MAX(id) FROM {table.name}))"))

    def _update(self, table, rows: list[dict]) -> None:
        if not rows:
            return
        names = sorted({key for row in rows for key in row} - {"id", "_local_id"})
        statement = update(table).where(table.c.id == bindparam("_local_id")).values(
            **{name: bindparam(name) for name in names})
        params = [{"_local_id": row["_local_id"], **{name: row.get(name) for name in names}} for row in rows]
        self.session.connection().execute(statement, params)
        self.store.announce(self.session, table.name, "update", rows)
        if table.name == "event":
            self.session.expire_all()

    def _record_origins(self, table_name: str, origin_rows: list) -> None:
        if not origin_rows:
            return
        values = [{"event_id": self.event.id, "source": origin[0], "table_name": table_name, "source_id": origin[1],
                   "local_id": local_id, "version": 1} for origin, local_id in origin_rows]
        self.store.insert_rows(self.session, RowOrigin.__table__, values, page=500)
        for origin, local_id in origin_rows:
            self.origins.setdefault(table_name, {})[origin] = local_id


def _unique_keys(table, names: list[str]) -> list[tuple[str, ...]]:
    """The table's unique keys (besides its id) the carried columns can fill."""
    keys = [tuple(c.name for c in constraint.columns) for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)]
    keys += [(column.name,) for column in table.columns if column.unique and not column.primary_key]
    keys += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    return [key for key in dict.fromkeys(keys) if all(name in names for name in key)]
