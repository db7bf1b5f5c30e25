"""Save as template: the event's day, with every edit made to it, written as a TOML template file that
``load_template`` reads again, so next year's event starts from this one.

The programme is written as the event plans it (its programme rows: moved, shifted, added items), in
the template's time zone; each phase's window, and the moment of the jury's pitches, follow the
programme item they were tied to in the template. What the file would say is validated before it is
written, and it is written whole or not at all (a temporary file beside it, then renamed over it).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import tomli_w

from app.day.template_file import parse_template, validate_template
from app.errors import DomainError
from app.text import printable
from app.event.event_template import EDITED_NAME, template_data
from app.event.events import get_event, programme
from db.models import ProgrammeItem


def save_as_template(store, event_id: int, path: Path, key: str | None = None) -> Path:
    """Write the event's template to ``path`` (``key``: the new template's key; default the event's).
    Refused (DomainError, nothing written): a template that would not load again, a path that
    cannot be written."""
    source = template_toml(store, event_id, key)
    parse_template(source, path.name)  # what is written loads again, or nothing is written
    _write_whole(path, source)
    return path


def template_toml(store, event_id: int, key: str | None = None) -> str:
    """The event's template as TOML text."""
    event = get_event(store, event_id)
    raw = template_data(event)
    if key is not None:
        raw["meta"]["key"] = key
    _plan_programme(raw, programme(store, event_id))
    validated = validate_template(raw, EDITED_NAME)
    data = validated.model_dump(mode="json", exclude_none=True, exclude_defaults=True)  # TOML has no null
    heading = f"# A Staatsprint template, saved from the event {printable(event.name)!r}.\n" \
              "# Every text is { nl = ..., en = ... }. Validated by app/day/template.py.\n\n"
    return heading + tomli_w.dumps(data, multiline_strings=True)


def _plan_programme(raw: dict, rows: list[ProgrammeItem]) -> None:
    """The template's programme as the event's rows have it; the phases' windows and the jury's
    pitches moved with the items they started or ended at."""
    zone = ZoneInfo(raw["meta"].get("timezone", "Europe/Amsterdam"))
    rows = sorted(rows, key=lambda row: (row.starts_at, row.position))
    if not rows:
        return
    clock = {row.id: row.starts_at.astimezone(zone).strftime("%H:%M") for row in rows}
    template_items = raw["programme"]
    moved = {item["start"]: clock[row.id] for item, row in _pairs(template_items, rows)}
    for phase in raw["phases"]:
        row = next((r for r in rows if r.phase_key == phase["key"]), None)
        if row is not None:
            phase["start"] = clock[row.id]
        phase["end"] = moved.get(phase["end"], phase["end"])
    if raw.get("jury"):
        raw["jury"]["pitches_at"] = moved.get(raw["jury"]["pitches_at"], raw["jury"]["pitches_at"])
    raw["programme"] = [
        {"start": clock[row.id], "title": {"nl": row.title_nl, "en": row.title_en}, "kind": row.kind,
         **({"phase": row.phase_key} if row.phase_key else {}), **({"fixed": True} if row.fixed else {})}
        for row in rows
    ]


def _pairs(items: list[dict], rows: list[ProgrammeItem]) -> list[tuple[dict, ProgrammeItem]]:
    """Each template item with the row that is it: the row in its place when that row has its kind
    and title, else the first row of the same kind and title (an item removed since has none)."""
    by_position = {row.position: row for row in rows}
    pairs = []
    for position, item in enumerate(items):
        same = lambda row: row.kind == item["kind"] and row.title_nl == item["title"]["nl"]  # noqa: E731
        row = by_position.get(position)
        row = row if row is not None and same(row) else next((r for r in rows if same(r)), None)
        if row is not None:
            pairs.append((item, row))
    return pairs


def _write_whole(path: Path, source: str) -> None:
    """``source`` in ``path``, whole or not at all; DomainError with the reason when it cannot be written."""
    handle, temporary = None, None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            handle = None
            out.write(source)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise DomainError("save_template_failed", f"cannot write {path}: {exc.strerror or exc}",
                          path=str(path), reason=exc.strerror or str(exc)) from None
    finally:
        if handle is not None:
            os.close(handle)
        if temporary is not None and os.path.exists(temporary):
            os.remove(temporary)
