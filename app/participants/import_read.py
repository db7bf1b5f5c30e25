"""Reading a registration export (CSV or XLSX) into a ``Table``, or refusing it with what is wrong and where.

CSV as registration tools and Dutch spreadsheets write it: ``;`` or ``,`` (or a tab), UTF-8 with or without
a BOM, UTF-16 with a BOM (Excel's "Unicode text"), else Windows-1252; any line ends; quoted fields with line
breaks. A row's ``line`` is what an editor shows: the physical line its record starts on. XLSX through
openpyxl (app/participants/import_xlsx.py), ``line`` being the sheet's row number.

Every refusal is one DomainError ``import_unreadable`` whose params say what (``problem``) and where
(``file``, and ``sheet``, ``line``, ``column``, ``cell`` where they apply), so the window and the command
can say it in their own words.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.errors import DomainError
from app.participants.registration import Table

HEADER_SEARCH_ROWS = 10  # a title and a subtitle above the header row fit well within this
MAX_ROWS = 100_000  # a registration export is far smaller: a larger file is not one
MAX_BYTES = 50 * 1024 * 1024
_SEPARATORS = (";", ",", "\t")  # ";" first: a Dutch Excel's separator wins a tie
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an Office file encrypted with a password
_ZIP = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptionInfo".encode("utf-16-le")
_XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def unreadable(problem: str, message: str, file: str, **where: object) -> DomainError:
    """The refusal of a file that cannot be read at all; ``where``: sheet, line, column, cell…"""
    return DomainError("import_unreadable", f"{file}: {message}", problem=problem, file=file, **where)


def read_registration(path: Path, sheet: str | None = None) -> Table:
    """The file's header row and the rows below it, every cell as trimmed text.

    An XLSX without ``sheet`` is read from the sheet that looks most like registrations (``Table.sheet``
    says which). The header row is the first that is not blank — or, below a title ("Aanmeldingen
    2027"), the first row with two column names the import recognises; lines stay the file's.
    A row may have fewer cells than there are headers (pad with "") or more (cells beyond the headers:
    the import refuses such a row, its data shifted).
    """
    path = Path(path)
    data = _bytes(path)
    if _is_xlsx(path, data):
        from app.participants.import_xlsx import read_xlsx

        return read_xlsx(path, sheet)
    if sheet is not None:
        raise unreadable("sheet_in_csv", f"a CSV file has no sheets (asked for {sheet!r})", path.name, sheet=sheet)
    return _read_csv(path.name, data)


def sheet_names(path: Path) -> list[str]:
    """An XLSX's sheets in order; [] for a CSV."""
    path = Path(path)
    data = _bytes(path)
    if not _is_xlsx(path, data):
        return []
    from app.participants.import_xlsx import workbook_sheets

    return workbook_sheets(path)


def _bytes(path: Path) -> bytes:
    """The file's bytes, after the checks that need no parsing: there, not too large, not empty,
    not an old or encrypted Excel file."""
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise unreadable("not_a_file", "this is a folder, not a file", name)
        if size > MAX_BYTES:
            raise unreadable("too_large", f"the file is {size // (1024 * 1024)} MB; a registration export is at most {MAX_BYTES // (1024 * 1024)} MB",
                             name, megabytes=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except FileNotFoundError:
        raise unreadable("not_found", f"there is no such file ({path})", name, path=str(path)) from None
    except PermissionError:
        raise unreadable("no_access", f"this file may not be read ({path})", name, path=str(path)) from None
    except OSError as error:
        raise unreadable("os_error", f"the file cannot be read ({error.strerror or error})", name, path=str(path)) from None
    if not data.strip():
        raise unreadable("empty", "the file is empty", name)
    if data.startswith(_OLE2):
        _refuse_ole2(path, data)
    return data


def _refuse_ole2(path: Path, data: bytes) -> None:
    """An OLE2 compound file is either an Excel 97-2003 workbook or an Office file encrypted with a
    password (Excel wraps the encrypted .xlsx in one): neither can be read."""
    if _ENCRYPTED_STREAM in data or path.suffix.lower() in _XLSX_SUFFIXES:
        raise unreadable("encrypted", "the workbook is protected with a password: open it in Excel and save it without a password", path.name)
    raise unreadable("xls", "this is an old Excel file (.xls): save it as .xlsx or CSV", path.name)


def _is_xlsx(path: Path, data: bytes) -> bool:
    if data.startswith(_ZIP):
        return True
    if path.suffix.lower() in _XLSX_SUFFIXES:
        raise unreadable("corrupt", "this is not a valid .xlsx file (it is not a zip archive): it may be damaged; open and save it in Excel", path.name)
    return False


def _read_csv(name: str, data: bytes) -> Table:
    text = _decode(name, data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
            if len(records) > MAX_ROWS + 1:
                raise _too_many(name, None)
    except csv.Error as error:
        raise unreadable("malformed", f"line {start}: the row cannot be read ({error}); check its quotes", name, line=start, detail=str(error)) from None
    return table_of(name, None, records)


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise unreadable("encoding", "the file says it is UTF-16 but is not", name) from None
    if b"\x00" in data[:8192]:
        raise unreadable("binary", "this is not a text file (CSV) or a spreadsheet (.xlsx)", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if data.startswith(b"\xef\xbb\xbf"):
            line = data[: error.start].count(b"\n") + 1
            raise unreadable("encoding", f"line {line}: the file says it is UTF-8 but is not", name, line=line) from None
    try:
        return data.decode("cp1252")  # what Excel on Windows writes as "CSV (gescheiden door lijstscheidingsteken)"
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise unreadable("encoding", f"line {line}: the text is neither UTF-8 nor Windows-1252; save it as CSV UTF-8", name, line=line) from None


def _separator(text: str) -> str:
    """The separator of the first non-blank line, counted outside quotes (a quoted header may hold any)."""
    counts = dict.fromkeys(_SEPARATORS, 0)
    quoted = False
    seen = False
    for char in text[: 1 << 16]:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "\r\n":
            if seen:
                break
        elif char in counts:
            counts[char] += 1
            seen = True
        elif not char.isspace():
            seen = True
    best = max(_SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else ","


def header_index(records: list[tuple[int, list[str]]]) -> int | None:
    """Which record is the header row: the first non-blank one, unless it and the rows after it hold one
    cell each (a title, a date) above a row with at least two recognised column names within the first
    ``HEADER_SEARCH_ROWS``. None: all blank."""
    from app.participants.import_fields import header_fields

    first = next((i for i, (_line, cells) in enumerate(records) if any(c.strip() for c in cells)), None)
    if first is None:
        return None
    for index in range(first, min(len(records), HEADER_SEARCH_ROWS)):
        cells = [cell.strip() for cell in records[index][1]]
        if len(header_fields(cells)) >= 2:
            return index
        if sum(1 for cell in cells if cell) > 1:
            break  # a row of several cells that are not column names: data, or the header itself
    return first


def table_of(name: str, sheet: str | None, records: list[tuple[int, list[str]]]) -> Table:
    """The header row (``header_index``) and the rows below it, trimmed; the last rows' blank cells
    beyond the headers dropped. Refuses a file without a header row."""
    trimmed = [(line, [cell.strip() for cell in cells]) for line, cells in records]
    header_at = header_index(trimmed)
    where = {"sheet": sheet} if sheet is not None else {}
    if header_at is None:
        raise unreadable("empty", "the file holds no data" if sheet is None else f"sheet {sheet!r} holds no data", name, **where)
    line, headers = trimmed[header_at]
    while headers and not headers[-1]:
        headers.pop()
    looks_like_data = next((cell for cell in headers if "@" in cell and " " not in cell), None)
    if looks_like_data is not None:
        raise unreadable("no_header", f"line {line}: the first row holds data ({looks_like_data}), not column names: add a row with the column names above it",
                         name, line=line, value=looks_like_data, **where)
    if len(trimmed) - header_at - 1 > MAX_ROWS:
        raise _too_many(name, sheet)
    width = len(headers)
    rows = tuple((row_line, _fitted(cells, width)) for row_line, cells in trimmed[header_at + 1:])
    return Table(source=name, sheet=sheet, headers=tuple(headers), rows=rows)


def _fitted(cells: list[str], width: int) -> tuple[str, ...]:
    end = len(cells)
    while end > width and not cells[end - 1]:
        end -= 1
    return tuple(cells[:end])


def _too_many(name: str, sheet: str | None) -> DomainError:
    where = {"sheet": sheet} if sheet is not None else {}
    return unreadable("too_many_rows", f"more than {MAX_ROWS:,} rows: a registration export is far smaller", name, limit=MAX_ROWS, **where)
