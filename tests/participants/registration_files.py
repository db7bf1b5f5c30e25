"""Registration exports written by the tests themselves: CSV in any encoding and separator, XLSX by openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.day.template_file import load_template
from app.event.events import create_event_from_file
from app.paths import template_path
from app.storage.store import Store
from sqlmodel import func, select

from db.models import ImportMapping, Member

DUTCH_HEADERS = ("Naam", "E-mailadres", "Organisatie", "Functie", "Motivatie", "Voorkeur")
ENGLISH_HEADERS = ("Full name", "Email", "Organisation", "Job title", "Why", "Preferred challenge")


def csv_file(path: Path, rows: list[list[str]], separator: str = ";", encoding: str = "utf-8",
             newline: str = "\r\n", bom: bool = False) -> Path:
    """``rows`` (the header row first) as a CSV file; a cell holding the separator, a quote or a line
    break is quoted, as Excel does."""
    def cell(text: str) -> str:
        if any(c in text for c in (separator, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "".join(separator.join(cell(c) for c in row) + newline for row in rows)
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def xlsx_file(path: Path, sheets: dict[str, list[list[object]]], merged: dict[str, str] | None = None) -> Path:
    """A workbook with a sheet per entry (rows from row 1); ``merged``: sheet -> a range to merge."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if merged and title in merged:
            sheet.merge_cells(merged[title])
    workbook.save(path)
    return path


def new_event(store: Store, template: str = "staatsprint") -> int:
    source = template_path(template) if not template.endswith(".toml") else Path(template)
    load_template(source)
    return create_event_from_file(store, source, date(2026, 3, 11))


def counts(store: Store) -> tuple[int, int]:
    """Members and remembered mappings: what an import writes."""
    with store.read() as session:
        return (session.exec(select(func.count()).select_from(Member)).one(),
                session.exec(select(func.count()).select_from(ImportMapping)).one())
