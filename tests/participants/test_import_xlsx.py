"""Reading XLSX registration exports (written by openpyxl in the test): sheets, cell values as text,
and the refusals that name sheet and cell — merged header cells, a formula without a saved value."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime

import pytest

from app.errors import DomainError
from app.participants.import_read import read_registration, sheet_names
from tests.participants.registration_files import DUTCH_HEADERS, xlsx_file

ANNA = ["Anna de Vries", "anna@bzk.nl", "BZK", "Beleid", "Leren", 1]


def test_the_first_sheet_with_data_is_read_and_named(tmp_path):
    path = xlsx_file(tmp_path / "export.xlsx", {"Leeg": [], "Aanmeldingen": [list(DUTCH_HEADERS), ANNA], "Oud": [["Naam"], ["Piet"]]})
    assert sheet_names(path) == ["Leeg", "Aanmeldingen", "Oud"]
    table = read_registration(path)
    assert table.sheet == "Aanmeldingen" and table.source == "export.xlsx"
    assert table.headers == DUTCH_HEADERS
    assert table.rows == ((2, ("Anna de Vries", "anna@bzk.nl", "BZK", "Beleid", "Leren", "1")),)
    other = read_registration(path, sheet="Oud")
    assert other.sheet == "Oud" and other.rows == ((2, ("Piet",)),)


def test_an_unknown_sheet_is_refused_with_the_sheets(tmp_path):
    path = xlsx_file(tmp_path / "export.xlsx", {"Blad1": [["Naam"], ["Anna"]], "Blad2": [["Naam"]]})
    with pytest.raises(DomainError) as caught:
        read_registration(path, sheet="Blad3")
    assert caught.value.params["problem"] == "unknown_sheet" and caught.value.params["sheets"] == ["Blad1", "Blad2"]
    assert "'Blad3'" in str(caught.value) and "Blad1, Blad2" in str(caught.value)


def test_an_empty_asked_sheet(tmp_path):
    path = xlsx_file(tmp_path / "export.xlsx", {"Blad1": [["Naam"], ["Anna"]], "Leeg": []})
    with pytest.raises(DomainError) as caught:
        read_registration(path, sheet="Leeg")
    assert caught.value.params == {"problem": "empty", "file": "export.xlsx", "sheet": "Leeg"}


def test_cell_values_as_text(tmp_path):
    rows = [["Naam", "Nummer", "Bedrag", "Datum", "Moment", "Leeg", "Waar"],
            ["  Anna  ", 3.0, 2.5, date(2026, 3, 11), datetime(2026, 3, 11, 9, 30), None, True],
            [None, None, None, None, None, None, None],
            ["Bert", 12, 0.1 + 0.2, datetime(2026, 3, 11), datetime(2026, 3, 11, 9, 30, 15), "", False]]
    table = read_registration(xlsx_file(tmp_path / "types.xlsx", {"Blad1": rows}))
    assert table.rows[0] == (2, ("Anna", "3", "2.5", "2026-03-11", "2026-03-11 09:30", "", "TRUE"))
    assert table.rows[1][0] == 3 and not any(table.rows[1][1])
    assert table.rows[2] == (4, ("Bert", "12", "0.3", "2026-03-11", "2026-03-11 09:30:15", "", "FALSE"))


def test_lines_are_the_sheets_row_numbers(tmp_path):
    rows = [[], [], ["Naam", "E-mail"], ["Anna", "a@x.nl"], [], ["Bert", "b@x.nl"]]
    table = read_registration(xlsx_file(tmp_path / "rijen.xlsx", {"Blad1": rows}))
    assert table.rows == ((4, ("Anna", "a@x.nl")), (5, ()), (6, ("Bert", "b@x.nl")))


def test_merged_header_cells_are_refused_naming_them(tmp_path):
    rows = [["Deelnemer", None, "E-mail"], ["Anna", "de Vries", "a@x.nl"]]
    path = xlsx_file(tmp_path / "samengevoegd.xlsx", {"Blad1": rows}, merged={"Blad1": "A1:B1"})
    with pytest.raises(DomainError) as caught:
        read_registration(path)
    assert caught.value.params["problem"] == "merged_header" and caught.value.params["cell"] == "A1:B1"
    assert "Blad1!A1:B1: merged cells in the header row" in str(caught.value)


def test_merged_cells_below_the_header_are_read(tmp_path):
    rows = [["Naam", "Organisatie"], ["Anna", "BZK"], ["Bert", None]]
    table = read_registration(xlsx_file(tmp_path / "m.xlsx", {"Blad1": rows}, merged={"Blad1": "B2:B3"}))
    assert table.rows == ((2, ("Anna", "BZK")), (3, ("Bert",)))


def test_a_formula_without_a_saved_value_names_sheet_and_cell(tmp_path):
    rows = [["Naam", "E-mail", "Voorkeur"], ["Anna", "a@x.nl", 1], ["Bert", "b@x.nl", "=C2+1"]]
    path = xlsx_file(tmp_path / "formule.xlsx", {"Blad1": rows})  # openpyxl saves formulas without a value
    with pytest.raises(DomainError) as caught:
        read_registration(path)
    error = caught.value
    assert error.params["problem"] == "formula" and error.params["cell"] == "C3"
    assert error.params["sheet"] == "Blad1" and error.params["line"] == 3 and error.params["column"] == "C"
    assert "Blad1!C3: a formula without a saved value — open and save it in Excel" in str(error)


def test_a_formula_with_its_saved_value_is_read(tmp_path):
    rows = [["Naam", "Voorkeur"], ["Anna", "=1+1"]]
    path = xlsx_file(tmp_path / "bewaard.xlsx", {"Blad1": rows})
    _save_formula_values(path, "2")
    assert read_registration(path).rows == ((2, ("Anna", "2")),)


def _save_formula_values(path, value: str) -> None:
    """What Excel does when it saves: each formula's result stored beside it."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = re.sub(rb"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?", rb"\1<v>" + value.encode() + rb"</v>", parts[name])
    with zipfile.ZipFile(path, "w") as archive:
        for part, data in parts.items():
            archive.writestr(part, data)


def test_an_opendocument_spreadsheet(tmp_path):
    path = tmp_path / "calc.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(DomainError) as caught:
        read_registration(path)
    assert caught.value.params["problem"] == "ods" and "save it as .xlsx or CSV" in str(caught.value)


def test_a_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    with pytest.raises(DomainError) as caught:
        sheet_names(path)
    assert caught.value.params["problem"] == "corrupt" and "open and save it in Excel" in str(caught.value)


def test_a_formula_whose_saved_result_is_empty_text_is_read_as_blank(tmp_path):
    path = xlsx_file(tmp_path / "leeg_resultaat.xlsx", {"Blad1": [["Naam", "Voorkeur"], ["Anna", '=""']]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b'<c r="B2">', b'<c r="B2" t="str">').replace(b"<v />", b"<v></v>")
    with zipfile.ZipFile(path, "w") as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    assert read_registration(path).rows == ((2, ("Anna", "")),)


def test_without_a_sheet_the_one_that_looks_most_like_registrations_is_read(tmp_path):
    instructions = [["Instructies voor het aanmeldformulier"], ["Zet per deelnemer één regel in het blad Aanmeldingen."],
                    ["Vragen? Mail naar", "info@staatsprint.nl"]]
    path = xlsx_file(tmp_path / "export.xlsx", {"Instructies": instructions, "Aanmeldingen": [list(DUTCH_HEADERS), ANNA],
                                                "Lijst": [["Naam", "E-mail"], ["Piet", "piet@x.nl"]]})
    table = read_registration(path)
    assert table.sheet == "Aanmeldingen" and table.headers == DUTCH_HEADERS  # the most recognised columns
    tie = xlsx_file(tmp_path / "gelijk.xlsx", {"Notities": [["Opmerking"], ["bel Piet"]], "Week 1": [["Naam", "E-mail"], ["Piet", ""]],
                                               "Week 2": [["Naam", "E-mail"], ["Jan", ""]]})
    assert read_registration(tie).sheet == "Week 1"  # no name column in Notities; a tie goes to the first


def test_a_header_row_below_a_title_row_keeps_the_sheets_row_numbers(tmp_path):
    rows = [["Aanmeldingen Staatsprint 2027"], [], list(DUTCH_HEADERS), ANNA]
    table = read_registration(xlsx_file(tmp_path / "titel.xlsx", {"Blad1": rows}))
    assert table.headers == DUTCH_HEADERS
    assert table.rows == ((4, ("Anna de Vries", "anna@bzk.nl", "BZK", "Beleid", "Leren", "1")),)


def test_a_first_row_of_column_names_stays_the_header_row(tmp_path):
    rows = [["Naam", "Schoenmaat"], ["Functie", "Rol"]]  # one recognised header; a row below reads like headers
    table = read_registration(xlsx_file(tmp_path / "kop.xlsx", {"Blad1": rows}))
    assert table.headers == ("Naam", "Schoenmaat") and table.rows == ((2, ("Functie", "Rol")),)
