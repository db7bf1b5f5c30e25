"""Reading CSV registration exports as tools and Dutch spreadsheets write them, and refusing files that
cannot be read with what is wrong and where."""

from __future__ import annotations

import pytest

from app.errors import DomainError
from app.participants import import_read
from app.participants.import_read import read_registration, sheet_names
from tests.participants.registration_files import DUTCH_HEADERS, ENGLISH_HEADERS, csv_file

ANNA = ["Anna de Vries", "anna@bzk.nl", "BZK", "Beleidsmedewerker", "Ik wil leren", "1"]
BERT = ["Bert Jansen", "bert@duo.nl", "DUO", "Ontwikkelaar", "", "2"]


@pytest.mark.parametrize("separator", [";", ","])
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_utf8_with_either_separator_bom_and_line_end(tmp_path, separator, bom, newline):
    path = csv_file(tmp_path / "aanmeldingen.csv", [list(DUTCH_HEADERS), ANNA, BERT], separator, newline=newline, bom=bom)
    table = read_registration(path)
    assert table.source == "aanmeldingen.csv" and table.sheet is None
    assert table.headers == DUTCH_HEADERS  # no BOM left on the first header
    assert table.rows == ((2, tuple(ANNA)), (3, tuple(BERT)))
    assert sheet_names(path) == []


def test_windows_1252_accents_and_curly_quotes(tmp_path):
    rows = [list(ENGLISH_HEADERS), ["René Smeets", "rene@ienw.nl", "IenW", "Coördinator", "“Samen” beter", "één"]]
    table = read_registration(csv_file(tmp_path / "excel.csv", rows, ";", encoding="cp1252"))
    assert table.rows[0][1] == ("René Smeets", "rene@ienw.nl", "IenW", "Coördinator", "“Samen” beter", "één")


def test_excel_unicode_text_utf16_with_tabs(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("\ufeffNaam\tE-mail\r\nZoë Çelik\tzoe@x.nl\r\n".encode("utf-16-le"))
    assert read_registration(path).rows == ((2, ("Zoë Çelik", "zoe@x.nl")),)


def test_quoted_line_breaks_keep_the_line_numbers_an_editor_shows(tmp_path):
    rows = [list(DUTCH_HEADERS),
            ["Anna de Vries", "anna@bzk.nl", "BZK", "Beleid", "Eerste regel\r\ntweede regel\r\nderde", "1"],
            BERT,
            ["Cor; \"de\" Wit", "cor@x.nl", "", "", "a\nb", ""],
            ANNA]
    table = read_registration(csv_file(tmp_path / "lang.csv", rows, ";"))
    assert [line for line, _cells in table.rows] == [2, 5, 6, 8]
    assert table.rows[0][1][4] == "Eerste regel\r\ntweede regel\r\nderde"
    assert table.rows[2][1][0] == 'Cor; "de" Wit'


def test_a_separator_inside_a_quoted_header_does_not_decide(tmp_path):
    path = tmp_path / "komma.csv"
    path.write_text('"Naam; voluit",E-mail,Organisatie\nAnna,anna@x.nl,"BZK; DGDOO"\n', encoding="utf-8")
    table = read_registration(path)
    assert table.headers == ("Naam; voluit", "E-mail", "Organisatie")
    assert table.rows == ((2, ("Anna", "anna@x.nl", "BZK; DGDOO")),)


def test_cells_are_trimmed_blank_rows_kept_and_rows_fitted(tmp_path):
    path = tmp_path / "rommelig.csv"
    path.write_text("\n\n Naam ; E-mail ;;\nAnna ;  anna@x.nl\n;;;\nBert;bert@x.nl;;;;\nCor;cor@x.nl;;;extra\n", encoding="utf-8")
    table = read_registration(path)
    assert table.headers == ("Naam", "E-mail")  # the header row is the first that is not blank; blank last headers dropped
    assert table.rows == ((4, ("Anna", "anna@x.nl")), (5, ("", "")), (6, ("Bert", "bert@x.nl")),
                          (7, ("Cor", "cor@x.nl", "", "", "extra")))


def test_a_title_row_above_the_header_row_as_excel_saves_it(tmp_path):
    path = tmp_path / "titel.csv"
    path.write_text("Aanmeldingen Staatsprint 2027;;;;;\n;;;;;\n" + ";".join(DUTCH_HEADERS) + "\n" + ";".join(ANNA) + "\n", encoding="utf-8")
    table = read_registration(path)
    assert table.headers == DUTCH_HEADERS and table.rows == ((4, tuple(ANNA)),)  # the lines the editor shows


def test_one_column_file(tmp_path):
    path = tmp_path / "namen.csv"
    path.write_text("Naam\nAnna\nBert\n", encoding="utf-8")
    assert read_registration(path).rows == ((2, ("Anna",)), (3, ("Bert",)))


def refusal(path, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        read_registration(path, **kwargs)
    assert caught.value.code == "import_unreadable"
    assert caught.value.params["file"] == path.name
    return caught.value


def test_a_missing_file(tmp_path):
    error = refusal(tmp_path / "weg.csv")
    assert error.params["problem"] == "not_found" and "weg.csv" in str(error) and "no such file" in str(error)


def test_a_folder(tmp_path):
    (tmp_path / "map.csv").mkdir()
    assert refusal(tmp_path / "map.csv").params["problem"] == "not_a_file"


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n", b";;;\r\n;;\r\n"])
def test_an_empty_file(tmp_path, content):
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    error = refusal(path)
    assert error.params["problem"] == "empty" and ("is empty" in str(error) or "holds no data" in str(error))


def test_no_header_row(tmp_path):
    path = csv_file(tmp_path / "geen_kop.csv", [ANNA, BERT])
    error = refusal(path)
    assert error.params["problem"] == "no_header" and error.params["line"] == 1
    assert "anna@bzk.nl" in str(error) and "column names" in str(error)


def test_an_unclosed_quote_names_the_line(tmp_path):
    path = tmp_path / "kapot.csv"
    path.write_text('Naam;E-mail\nAnna;anna@x.nl\n"Bert;bert@x.nl\nCor;cor@x.nl\n', encoding="utf-8")
    error = refusal(path)
    assert error.params["problem"] == "malformed" and error.params["line"] == 3 and "line 3" in str(error)


def test_a_binary_file(tmp_path):
    path = tmp_path / "plaatje.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert refusal(path).params["problem"] == "binary"


def test_text_in_no_known_encoding_names_the_line(tmp_path):
    path = tmp_path / "raar.csv"
    path.write_bytes(b"Naam;E-mail\nAnna;a@x.nl\nB\x81rt;b@x.nl\n")  # 0x81: invalid UTF-8 and undefined in Windows-1252
    error = refusal(path)
    assert error.params["problem"] == "encoding" and error.params["line"] == 3


def test_a_bom_that_lies(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfNaam\nRen\xe9\n")
    assert refusal(path).params == {"problem": "encoding", "file": "bom.csv", "line": 2}


def test_an_old_xls(tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    error = refusal(path)
    assert error.params["problem"] == "xls" and "save it as .xlsx or CSV" in str(error)


def test_a_password_protected_xlsx_is_not_a_zip(tmp_path):
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    error = refusal(path)
    assert error.params["problem"] == "encrypted" and "save it without a password" in str(error)
    with pytest.raises(DomainError, match="without a password"):
        sheet_names(path)


def test_an_encrypted_office_file_by_any_name(tmp_path):
    path = tmp_path / "export"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512)
    assert refusal(path).params["problem"] == "encrypted"


def test_an_xlsx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "nep.xlsx"
    path.write_text("Naam;E-mail\n", encoding="utf-8")
    error = refusal(path)
    assert error.params["problem"] == "corrupt" and "not a zip" in str(error)


def test_a_damaged_zip(tmp_path):
    path = tmp_path / "stuk.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x14\x00" * 200)
    error = refusal(path)
    assert error.params["problem"] == "corrupt" and "damaged" in str(error)


def test_a_sheet_asked_of_a_csv(tmp_path):
    path = csv_file(tmp_path / "a.csv", [list(DUTCH_HEADERS), ANNA])
    assert refusal(path, sheet="Blad1").params["problem"] == "sheet_in_csv"


def test_too_many_rows(tmp_path):
    path = tmp_path / "groot.csv"
    path.write_text("Naam\n" + "x\n" * (import_read.MAX_ROWS + 1), encoding="utf-8")
    error = refusal(path)
    assert error.params["problem"] == "too_many_rows" and "100,000" in str(error)


def test_exactly_the_most_rows_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(import_read, "MAX_ROWS", 5)
    path = tmp_path / "vijf.csv"
    path.write_text("Naam\n" + "x\n" * 5, encoding="utf-8")
    assert len(read_registration(path).rows) == 5


def test_a_file_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(import_read, "MAX_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "zwaar.csv"
    path.write_bytes(b"Naam\n" + b"x" * (3 * 1024 * 1024))
    error = refusal(path)
    assert error.params["problem"] == "too_large" and "3 MB" in str(error) and error.params["limit"] == 2
