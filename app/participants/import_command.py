"""``staatsprint import participants FILE``: a registration export into an event, with the report the
window's preview shows — as text in ``--lang`` or, with ``--json``, in the README's documented form.

Exit 0 when every row was imported or skipped (duplicates and blank rows are fine); 2 when a row was
refused (then nothing is written: an import is whole or not at all) or the file cannot be read or mapped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from app.errors import DomainError
from app.participants.import_fields import check_mapping, normalised, propose_mapping
from app.participants.import_plan import import_participants, preview
from app.participants.import_read import read_registration
from app.participants.registration import FIELDS, IGNORED, ImportReport, Table
from app.pdf.words import word
from app.storage.store import Store
from app.text import printable

_IGNORE_WORDS = ("ignore", "ignored", "-", "")


def run_import(store: Store, args: argparse.Namespace, event_id: int, out: TextIO) -> int:
    lang = args.lang or "nl"
    table = read_registration(Path(args.file), args.sheet)
    fields = command_fields(store, table, args.map)
    if args.dry_run:
        report = preview(store, event_id, table, fields, lang)
    else:
        try:
            report = import_participants(store, event_id, table, fields, lang)
        except DomainError as refusal:
            if refusal.code != "import_refused":
                raise
            report = refusal.params["report"]
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2), file=out)
        if not report.clean:
            print(f"staatsprint: {word('import_nothing_written', lang)}", file=sys.stderr)
    else:
        print(report_text(report, table, lang, dry_run=args.dry_run), file=out)
    return 0 if report.clean else 2


def command_fields(store: Store, table: Table, maps: list[str]) -> dict[int, str]:
    """The proposed mapping with the ``--map COLUMN=FIELD`` choices over it; refused while a column
    stays unknown (naming it and the fields) or the mapping cannot be used."""
    mapping = propose_mapping(store, table.headers)
    fields = dict(mapping.fields)
    chosen: set[int] = set()
    for choice in maps:
        index, field = _map_choice(table, choice)
        fields[index] = field
        chosen.add(index)
    unknown = [table.headers[index] for index in mapping.unknown if index not in chosen]
    if unknown:
        names = ", ".join(repr(header) for header in unknown)
        raise DomainError("import_unmapped", f"the meaning of these columns is not known: {names}; map each with "
                          f"--map \"COLUMN=FIELD\", FIELD one of: {', '.join(FIELDS)}, ignore", columns=unknown, fields=list(FIELDS))
    check_mapping(table.headers, fields)
    return fields


def _map_choice(table: Table, choice: str) -> tuple[int, str]:
    column, equals, field = choice.rpartition("=")
    if not equals or not column.strip():
        raise DomainError("import_map_form", f"--map {choice!r}: write it as COLUMN=FIELD, e.g. --map \"Werkgever=organisation\"", value=choice)
    field = field.strip().casefold()
    if field in _IGNORE_WORDS:
        field = IGNORED
    elif field not in FIELDS:
        raise DomainError("import_map_field", f"--map {choice!r}: {field!r} is not a field; the fields are: {', '.join(FIELDS)}, ignore",
                          field=field, fields=list(FIELDS))
    return _column_index(table, column.strip()), field


def _column_index(table: Table, column: str) -> int:
    exact = [index for index, header in enumerate(table.headers) if header == column]
    alike = [index for index, header in enumerate(table.headers) if normalised(header) == normalised(column)]
    found = exact or alike
    if not found:
        names = ", ".join(repr(header) for header in table.headers)
        raise DomainError("import_map_column", f"--map: the file has no column {column!r}; its columns are: {names}",
                          column=column, columns=list(table.headers))
    return found[0]


def report_text(report: ImportReport, table: Table, lang: str, dry_run: bool) -> str:
    """The report for a person: counts, then each duplicate and refusal with its line in the file."""
    lines = [word("import_sheet", lang, sheet=printable(table.sheet))] if table.sheet else []
    if dry_run:
        lines.append(word("import_would", lang, count=len(report.to_import)))
    else:
        lines.append(word("import_done", lang, count=report.imported))
    if report.duplicates:
        lines.append(word("import_duplicates", lang, count=len(report.duplicates)))
        lines += ["  " + word("import_duplicate_of", lang, line=d.line, of=printable(d.of)) for d in report.duplicates]
    if report.refused:
        lines.append(word("import_refused", lang, count=len(report.refused)))
        lines += ["  " + word("import_refused_line", lang, line=r.line, reason=printable(r.reason)) for r in report.refused]
    lines.append(word("import_skipped_empty", lang, count=report.skipped_empty))
    if report.refused:
        lines.append(word("import_nothing_written", lang))
    return "\n".join(lines)
