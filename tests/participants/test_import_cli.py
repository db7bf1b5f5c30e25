"""``staatsprint import participants``: the report as text or JSON, exit 0 or 2, --dry-run, --map, --sheet."""

from __future__ import annotations

import io
import json

import pytest
from sqlmodel import select

from app.cli import build_parser, run_command
from app.storage.database import open_store
from db.models import Member
from tests.participants.registration_files import DUTCH_HEADERS, counts, csv_file, xlsx_file

ANNA = ["Anna de Vries", "anna@bzk.nl", "BZK", "Beleid", "", "1"]
BERT = ["Bert Jansen", "bert@duo.nl", "DUO", "Ontwikkelaar", "", "2"]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


@pytest.fixture
def db(db_url) -> str:
    assert run("--db", db_url, "new-event")[0] == 0
    return db_url


def written(db_url: str) -> tuple[int, int]:
    store = open_store(db_url)
    try:
        return counts(store)
    finally:
        store.engine.dispose()


def registration(tmp_path, *rows, headers=DUTCH_HEADERS, name="aanmeldingen.csv"):
    return str(csv_file(tmp_path / name, [list(headers), *rows]))


def test_json_report_exit_0_and_again_only_duplicates(db, tmp_path, capsys):
    path = registration(tmp_path, ANNA, ["", "", "", "", "", ""], BERT)
    code, out = run("--db", db, "import", "participants", path, "--json")
    assert code == 0
    assert json.loads(out) == {"imported": 2, "duplicates": [], "refused": [], "skipped_empty": 1}
    code, out = run("--db", db, "import", "participants", path, "--json")
    assert code == 0  # duplicates are fine
    assert json.loads(out) == {"imported": 0, "skipped_empty": 1, "refused": [], "duplicates": [
        {"line": 2, "of": "Anna de Vries (al in het evenement)"}, {"line": 4, "of": "Bert Jansen (al in het evenement)"}]}
    assert written(db) == (2, 1) and capsys.readouterr().err == ""


def test_a_refused_row_exits_2_and_writes_nothing(db, tmp_path, capsys):
    path = registration(tmp_path, ANNA, ["", "x@y.nl", "", "", "", ""], ["Cor", "cor@x.nl", "", "", "", "Klimaat"])
    code, out = run("--db", db, "import", "participants", path, "--json")
    assert code == 2
    assert json.loads(out) == {"imported": 0, "duplicates": [], "skipped_empty": 0, "refused": [
        {"line": 3, "reason": "geen naam"}, {"line": 4, "reason": "onbekende challenge “Klimaat” (kolom Voorkeur; kies 1–3 of een titel)"}]}
    assert "Niets geïmporteerd" in capsys.readouterr().err
    assert written(db) == (0, 0)


def test_the_text_report_in_dutch_and_english(db, tmp_path):
    run("--db", db, "import", "participants", registration(tmp_path, ANNA, name="eerst.csv"))
    path = registration(tmp_path, ANNA, BERT, ["", "", "", "", "", ""], ["Dirk", "dirk@x", "", "", "", ""])
    code, out = run("--db", db, "import", "participants", path)
    assert code == 2
    assert out.splitlines() == [
        "Geïmporteerd: 0",
        "Dubbel, niet geïmporteerd: 1",
        "  regel 2: dubbel met Anna de Vries (al in het evenement)",
        "Geweigerd: 1",
        "  regel 5: ongeldig e-mailadres “dirk@x” (kolom E-mailadres)",
        "Lege regels overgeslagen: 1",
        "Niets geïmporteerd: er zijn regels geweigerd. Verbeter die regels en importeer het bestand opnieuw.",
    ]
    code, out = run("--db", db, "--lang", "en", "import", "participants", path, "--dry-run")
    assert code == 2 and "  line 5: invalid e-mail address “dirk@x” (column E-mailadres)" in out
    assert out.startswith("To import: 1 (dry run: nothing written)\nDuplicates, not imported: 1\n")
    assert written(db) == (1, 1)


def test_dry_run_writes_nothing(db, tmp_path):
    code, out = run("--db", db, "import", "participants", registration(tmp_path, ANNA, BERT), "--dry-run")
    assert code == 0 and out.splitlines() == ["Te importeren: 2 (proefimport: niets geschreven)", "Lege regels overgeslagen: 0"]
    code, out = run("--db", db, "import", "participants", registration(tmp_path, ANNA, BERT), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["imported"] == 0
    assert written(db) == (0, 0)


def test_unknown_headers_need_a_map(db, tmp_path, capsys):
    headers = ("Deelnemer naam", "Mailtje", "Schoenmaat", "Werkgever")
    path = registration(tmp_path, ["Anna", "anna@x.nl", "39", "BZK"], headers=headers)
    assert run("--db", db, "import", "participants", path)[0] == 2
    err = capsys.readouterr().err
    assert "'Mailtje', 'Schoenmaat'" in err and "--map" in err and "name, email, organisation, job_title, motivation, challenge, ignore" in err
    assert "Traceback" not in err and written(db) == (0, 0)
    code, out = run("--db", db, "import", "participants", path, "--json", "--map", "Mailtje=email", "--map", "schoenmaat=ignore")
    assert code == 0 and json.loads(out)["imported"] == 1
    store = open_store(db)
    try:
        with store.read() as session:
            anna = session.exec(select(Member)).one()
        assert (anna.name, anna.email, anna.organisation) == ("Anna", "anna@x.nl", "BZK")
    finally:
        store.engine.dispose()
    # remembered: the same headers need no --map the next time
    assert run("--db", db, "import", "participants", path, "--json")[0] == 0


@pytest.mark.parametrize("choice, words", [
    ("Mailtje", "write it as COLUMN=FIELD"),
    ("Mailtje=telefoon", "'telefoon' is not a field"),
    ("Telefoon=email", "the file has no column 'Telefoon'; its columns are: 'Naam', 'Mailtje'"),
    ("Naam=email", "two columns are email: 'Naam' and 'Mailtje'"),
])
def test_a_bad_map_is_refused(db, tmp_path, capsys, choice, words):
    path = registration(tmp_path, ["Anna", "anna@x.nl"], headers=("Naam", "Mailtje"))
    assert run("--db", db, "import", "participants", path, "--map", "Mailtje=email", "--map", choice)[0] == 2
    assert words in capsys.readouterr().err and written(db) == (0, 0)


def test_an_unreadable_file_exits_2_with_the_reason_and_no_traceback(db, tmp_path, capsys):
    locked = tmp_path / "geheim.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    assert run("--db", db, "import", "participants", str(locked)) == (2, "")
    err = capsys.readouterr().err
    assert err.startswith("staatsprint: error: geheim.xlsx: the workbook is protected with a password") and "Traceback" not in err
    assert run("--db", db, "import", "participants", str(tmp_path / "weg.csv"))[0] == 2
    assert "weg.csv: there is no such file" in capsys.readouterr().err
    assert written(db) == (0, 0)


def test_a_sheet_by_name(db, tmp_path, capsys):
    path = str(xlsx_file(tmp_path / "export.xlsx", {"Intern": [["Naam"], ["Piet"]], "Aanmeldingen": [list(DUTCH_HEADERS), ANNA, BERT]}))
    code, out = run("--db", db, "import", "participants", path, "--sheet", "Intern", "--dry-run")
    assert code == 0 and out.splitlines()[:2] == ["Werkblad: Intern", "Te importeren: 1 (proefimport: niets geschreven)"]
    code, out = run("--db", db, "import", "participants", path, "--dry-run")  # the sheet most like registrations
    assert code == 0 and out.splitlines()[:2] == ["Werkblad: Aanmeldingen", "Te importeren: 2 (proefimport: niets geschreven)"]
    assert run("--db", db, "import", "participants", path, "--sheet", "Blad9")[0] == 2
    assert "there is no sheet 'Blad9'; the sheets are: Intern, Aanmeldingen" in capsys.readouterr().err


def test_the_event_by_id(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    run("--db", db, "new-event")
    run("--db", db, "new-event")
    assert run("--db", db, "import", "participants", registration(tmp_path, ANNA), "--event", "1")[0] == 0
    store = open_store(db)
    try:
        with store.read() as session:
            assert session.exec(select(Member.event_id)).all() == [1]
    finally:
        store.engine.dispose()
    assert run("--db", db, "import", "participants", registration(tmp_path, ANNA), "--event", "9")[0] == 2
    assert "there is no event 9" in capsys.readouterr().err
