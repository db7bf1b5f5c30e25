"""An XLSX registration export read with openpyxl (read-only, cached values), or refused with the sheet
and cell at fault: a damaged file, an unknown sheet, merged header cells, a formula without a saved value.

openpyxl is imported here, when a workbook is first read, not at start-up. In read-only mode openpyxl
neither lists merged cells nor tells a formula without a cached value from an empty cell, so those two
are found in the sheet's XML itself (a plain search; the cell scan only runs when the sheet has formulas).
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.errors import DomainError
from app.participants.import_fields import header_fields
from app.participants.import_read import MAX_ROWS, header_index, table_of, unreadable
from app.participants.registration import Table

_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.DOTALL)
_CELL_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is[\s>]")  # a saved value: a non-empty <v>, or an inline string
_EMPTY_VALUE = re.compile(rb"<(?:\w+:)?v\s*/>|<(?:\w+:)?v></(?:\w+:)?v>")
_TEXT_TYPE = re.compile(rb'\bt="str"')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def workbook_sheets(path: Path) -> list[str]:
    workbook = _open(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_xlsx(path: Path, sheet: str | None) -> Table:
    """The sheet named ``sheet``, or the one that looks most like registrations."""
    workbook = _open(path)
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise unreadable("unknown_sheet", f"there is no sheet {sheet!r}; the sheets are: {', '.join(names)}",
                             path.name, sheet=sheet, sheets=names)
        chosen, records = _likeliest(path, workbook, [sheet] if sheet is not None else names)
        worksheet = workbook[chosen]
        table = table_of(path.name, chosen, records)
        _check_xml(path, chosen, getattr(worksheet, "_worksheet_path", ""), header_line=_header_line(records))
        return table
    except DomainError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged workbook makes openpyxl or its XML parser raise anything
        raise unreadable("corrupt", f"the workbook is damaged and cannot be read ({type(error).__name__}): open and save it in Excel",
                         path.name, detail=str(error)) from None
    finally:
        workbook.close()


def _open(path: Path):
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - zipfile, openpyxl and the XML parser each raise their own
        if _is_ods(path):
            raise unreadable("ods", "this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV", path.name) from None
        raise unreadable("corrupt", f"the workbook is damaged and cannot be read ({type(error).__name__}): open and save it in Excel",
                         path.name, detail=str(error)) from None


def _is_ods(path: Path) -> bool:
    """An OpenDocument spreadsheet (a zip with content.xml); False for a zip too damaged to list."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "content.xml" in archive.namelist()
    except Exception:  # noqa: BLE001 - a damaged zip raises BadZipFile, EOFError, ValueError, …
        return False


def _likeliest(path: Path, workbook, names: list[str]) -> tuple[str, list[tuple[int, list[str]]]]:
    """The sheet whose header row has a name column and the most recognised columns (a tie: the first),
    so an "Instructies" sheet before the registrations is passed over; else the first with data."""
    best: tuple[tuple[bool, int], str, list[tuple[int, list[str]]]] | None = None
    for name in names:
        records = _records(path, workbook[name])
        at = header_index(records)
        if at is None:
            continue
        fields = header_fields(records[at][1])
        score = ("name" in fields, len(set(fields)))
        if best is None or score > best[0]:
            best = (score, name, records)
    return (best[1], best[2]) if best is not None else (names[0], [])


def _records(path: Path, worksheet) -> list[tuple[int, list[str]]]:
    worksheet.reset_dimensions()  # some writers state a wrong size: read what is there
    records = []
    for line, values in enumerate(worksheet.iter_rows(min_row=1, min_col=1, values_only=True), start=1):
        records.append((line, [text_of(value) for value in values]))
        if line > MAX_ROWS + 1 and any(records[-1][1]):
            raise unreadable("too_many_rows", f"sheet {worksheet.title!r} has more than {MAX_ROWS:,} rows: a registration export is far smaller",
                             path.name, sheet=worksheet.title, limit=MAX_ROWS)
    return records


def text_of(value: object) -> str:
    """A cell as text: 3.0 -> "3", a date -> "2026-03-11", a moment -> "2026-03-11 09:30"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def _header_line(records: list[tuple[int, list[str]]]) -> int:
    return records[header_index(records)][0]


def _saved(attributes: bytes, body: bytes) -> bool:
    """Whether a formula cell holds its result: a value, or an empty text Excel saved as such (t="str").
    openpyxl and other generators write a formula with an empty or no <v>: never calculated."""
    return bool(_VALUE.search(body) or (_TEXT_TYPE.search(attributes) and _EMPTY_VALUE.search(body)))


def _check_xml(path: Path, sheet: str, part: str, header_line: int) -> None:
    """Refuse merged header cells and a formula without a saved value, naming the sheet and cell."""
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(part.lstrip("/"))
    except KeyError:
        return  # a part openpyxl found under another name: it read the cells already
    for match in _MERGE.finditer(xml):
        first, last = int(match.group(2)), int(match.group(4) or match.group(2))
        if first <= header_line <= last:
            cells = b":".join(g for g in (match.group(1) + match.group(2), (match.group(3) or b"") + (match.group(4) or b"")) if g).decode()
            raise unreadable("merged_header", f"{sheet}!{cells}: merged cells in the header row; unmerge them so every column has its own name",
                             path.name, sheet=sheet, cell=cells, line=header_line)
    if not _FORMULA.search(xml):
        return
    for match in _CELL.finditer(xml):
        body = match.group(2)
        if _FORMULA.search(body) and not _saved(match.group(1), body):
            ref = _CELL_REF.search(match.group(1))
            cell = ref.group(1).decode() if ref else "?"
            raise unreadable("formula", f"{sheet}!{cell}: a formula without a saved value — open and save it in Excel",
                             path.name, sheet=sheet, cell=cell, line=int(re.sub(r"\D", "", cell) or 0) or None,
                             column=re.sub(r"\d", "", cell) or None)
