"""The participants importer fuzzed: arbitrary bytes as a CSV, a valid CSV's bytes and cells mutated,
a valid XLSX's bytes mutated, and its parts (the sheet's XML, the shared strings, the workbook) mutated
inside an intact zip. Reading, mapping, previewing and importing either work or refuse with a
DomainError; a refusal writes nothing."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.errors import DomainError
from app.participants.import_command import command_fields
from app.participants.import_plan import import_participants, preview
from app.participants.import_read import read_registration
from app.storage.database import open_store
from tests.fuzz.common import byte_edits, cuts, dump, fuzz, mutated, refused_with_message
from tests.participants.registration_files import DUTCH_HEADERS, new_event, xlsx_file

ROWS = [list(DUTCH_HEADERS),
        ["Anna de Vries", "anna@example.nl", "Gemeente Utrecht", "Adviseur", "Ik wil leren", "1"],
        ["Bram Jansen", "bram@example.nl", "Rijkswaterstaat", "Ingenieur", "", ""],
        ["Cas Öztürk", "cas@example.nl", "BZK", "", "Omdat \"het\" kan", "groene_daken"]]
CSV = "".join(";".join(cell if ";" not in cell and '"' not in cell else '"' + cell.replace('"', '""') + '"'
                       for cell in row) + "\r\n" for row in ROWS).encode("utf-8")

cell_values = st.sampled_from(["", " ", "=1+1", "@x", "a@b", "a" * 300, "\x00", "\x1b[2J", "é", "\u202e", "Naam",
                               "E-mailadres", "0", "-1", "1e400", "2026-03-11", "\"", ";", "\n", "\r"]) | st.text(max_size=12)


@pytest.fixture
def event(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'event.sqlite'}")
    event_id = new_event(store, "tests/data/mini-sprint.toml")
    yield store, event_id
    store.engine.dispose()


@pytest.fixture(scope="module")
def xlsx_bytes(tmp_path_factory) -> bytes:
    return xlsx_file(tmp_path_factory.mktemp("x") / "aanmeldingen.xlsx", {"Aanmeldingen": ROWS}).read_bytes()


def _import(event, tmp_path, data: bytes, name: str) -> None:
    """Read, map, preview and import ``data`` as a file called ``name``: DomainError or success only."""
    store, event_id = event
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(store)
    try:
        table = read_registration(path)
        fields = command_fields(store, table, [])
        preview(store, event_id, table, fields, "en")
        import_participants(store, event_id, table, fields, "en")
    except DomainError as error:
        refused_with_message(error)
        assert dump(store) == before


@fuzz(120)
@given(data=st.binary(max_size=300))
@example(data=b"\xff\xfe\x00")
@example(data=b"\xef\xbb\xbf;;;\r\n")
@example(data=b'"')
def test_arbitrary_bytes_as_a_csv(event, tmp_path, data):
    _import(event, tmp_path, data, "aanmeldingen.csv")


@fuzz(120)
@given(edits=byte_edits, cut=cuts)
def test_a_valid_csv_with_its_bytes_mutated(event, tmp_path, edits, cut):
    _import(event, tmp_path, mutated(CSV, edits, cut), "aanmeldingen.csv")


@fuzz(120)
@given(changes=st.lists(st.tuples(st.integers(0, len(ROWS) - 1), st.integers(0, 7), cell_values), min_size=1, max_size=4),
       separator=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_a_valid_csv_with_its_cells_mutated(event, tmp_path, changes, separator, encoding):
    rows = [list(row) for row in ROWS]
    for row, column, value in changes:
        cells = rows[row]
        cells.extend([""] * (column + 1 - len(cells)))
        cells[column] = value
    text = "".join(separator.join('"' + cell.replace('"', '""') + '"' for cell in row) + "\r\n" for row in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _import(event, tmp_path, data, "aanmeldingen.csv")


@fuzz(60)
@given(edits=byte_edits, cut=cuts)
def test_a_valid_xlsx_with_its_bytes_mutated(event, tmp_path, xlsx_bytes, edits, cut):
    _import(event, tmp_path, mutated(xlsx_bytes, edits, cut), "aanmeldingen.xlsx")


@fuzz(80)
@given(part=st.integers(0, 100), edits=byte_edits, cut=cuts)
def test_a_valid_xlsx_with_a_part_mutated_inside_an_intact_zip(event, tmp_path, xlsx_bytes, part, edits, cut):
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes))
    names = source.namelist()
    chosen = names[part % len(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            data = source.read(name)
            target.writestr(name, mutated(data, edits, cut) if name == chosen else data)
    _import(event, tmp_path, out.getvalue(), "aanmeldingen.xlsx")


def test_the_valid_files_import(event, tmp_path, xlsx_bytes):
    store, event_id = event
    for data, name in ((CSV, "a.csv"), (xlsx_bytes, "b.xlsx")):
        path = tmp_path / name
        path.write_bytes(data)
        table = read_registration(path)
        assert len(table.rows) == 3
        assert preview(store, event_id, table, command_fields(store, table, []), "en").refused == ()



def test_a_workbook_whose_zip_directory_is_damaged_is_refused(event, tmp_path, xlsx_bytes):
    """Found by the fuzzer: the zip's end record intact but its central directory damaged made the check
    for an .ods file raise BadZipFile instead of the refusal."""
    at = xlsx_bytes.index(b"PK\x01\x02")
    data = xlsx_bytes[:at] + b"PK\x00\x00" + xlsx_bytes[at + 4:]
    path = tmp_path / "aanmeldingen.xlsx"
    path.write_bytes(data)
    before = dump(event[0])
    with pytest.raises(DomainError) as caught:
        read_registration(path)
    assert caught.value.code == "import_unreadable" and caught.value.params["problem"] == "corrupt"
    assert "aanmeldingen.xlsx" in str(caught.value)
    assert dump(event[0]) == before
