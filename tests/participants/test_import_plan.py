"""The preview and the import on both engines: rows imported, duplicates, refusals with their line numbers
and reasons, blank rows skipped; one transaction, all or nothing; importing again adds nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.participants.import_fields import propose_mapping
from app.participants.import_plan import import_participants, preview
from app.participants.import_read import read_registration
from app.participants.registration import ImportReport
from db.models import Member
from tests.conftest import MINI_TEMPLATE
from tests.participants.registration_files import DUTCH_HEADERS, counts, csv_file, new_event

FIELDS = {0: "name", 1: "email", 2: "organisation", 3: "job_title", 4: "motivation", 5: "challenge"}
ANNA = ["Anna de Vries", "anna@bzk.nl", "BZK", "Beleidsmedewerker", "Ik wil\nleren", "1"]
BERT = ["Bert Jansen", "bert@duo.nl", "DUO", "Ontwikkelaar", "", "markt_overheid"]
CEES = ["Cees Bakker", "", "Logius", "Architect", "", "tekort aan it-personeel"]


def table_of(tmp_path, *rows, name="aanmeldingen.csv"):
    return read_registration(csv_file(tmp_path / name, [list(DUTCH_HEADERS), *rows]))


def members(store) -> list[Member]:
    with store.read() as session:
        return list(session.exec(select(Member).order_by(Member.position)).all())


def test_a_clean_file_previews_then_imports_as_participants_without_a_team(store, tmp_path):
    event_id = new_event(store)
    table = table_of(tmp_path, ANNA, BERT, ["", "", "", "", "", ""], CEES)
    report = preview(store, event_id, table, FIELDS)
    assert [p.line for p in report.to_import] == [2, 4, 6]  # Anna's motivation spans lines 2-3; the blank row is line 5
    assert [p.challenge_key for p in report.to_import] == ["gemeentelijke_it", "markt_overheid", "it_personeel"]
    assert report.skipped_empty == 1 and report.clean and report.imported == 0
    assert counts(store) == (0, 0)  # a preview writes nothing
    done = import_participants(store, event_id, table, FIELDS)
    assert done.imported == 3 and done.as_json() == {"imported": 3, "duplicates": [], "refused": [], "skipped_empty": 1}
    anna, bert, cees = members(store)
    assert (anna.event_id, anna.team_id, anna.name, anna.email, anna.organisation, anna.job_title, anna.challenge_pref) == (
        event_id, None, "Anna de Vries", "anna@bzk.nl", "BZK", "Beleidsmedewerker", "gemeentelijke_it")
    assert anna.kennismaking == {"organisation": "BZK", "role": "Beleidsmedewerker", "motivation": "Ik wil\nleren"}
    assert bert.kennismaking == {"organisation": "DUO", "role": "Ontwikkelaar"}  # a blank answer is left out
    assert [m.position for m in (anna, bert, cees)] == [0, 1, 2]
    assert counts(store) == (3, 1)  # the mapping is remembered
    assert propose_mapping(store, table.headers).fields == FIELDS


def test_importing_the_same_file_again_adds_nothing(store, tmp_path):
    event_id = new_event(store)
    table = table_of(tmp_path, ANNA, BERT, CEES)
    import_participants(store, event_id, table, FIELDS)
    again = import_participants(store, event_id, table, FIELDS)
    assert again.imported == 0 and again.clean
    assert [(d.line, d.of) for d in again.duplicates] == [
        (2, "Anna de Vries (al in het evenement)"), (4, "Bert Jansen (al in het evenement)"), (5, "Cees Bakker (al in het evenement)")]
    assert counts(store) == (3, 1)


@pytest.mark.parametrize("wanted, key", [
    ("1", "gemeentelijke_it"), ("3", "it_personeel"), ("it_personeel", "it_personeel"), ("IT_Personeel", "it_personeel"),
    ("Tekort aan IT-personeel", "it_personeel"), ("  tekort  aan it-personeel ", "it_personeel"),
    ("Smart IT collaboration between market and government", "markt_overheid"), ("", None),
])
def test_the_preferred_challenge_by_number_key_or_title(store, tmp_path, wanted, key):
    event_id = new_event(store)
    report = preview(store, event_id, table_of(tmp_path, ANNA[:5] + [wanted]), FIELDS)
    assert report.clean and report.to_import[0].challenge_key == key


def test_refusals_say_the_line_and_the_reason_in_dutch_or_english(store, tmp_path):
    event_id = new_event(store)
    rows = [ANNA,
            ["", "x@y.nl", "BZK", "", "", ""],  # line 4: no name
            ["Dirk", "dirk@x.nl", "", "", "", "7"],  # an unknown challenge
            ["Eva", "eva at duo.nl", "", "", "", ""],
            ["Fleur", "fleur@duo", "", "", "", ""],
            ["G" * 81, "", "", "", "", ""],
            ["Hans", "", "O" * 201, "", "", "Klimaat"],
            ["Ilse\x1b[31m", "", "", "", "", ""]]
    table = table_of(tmp_path, *rows)
    dutch = preview(store, event_id, table, FIELDS)
    assert [(r.line, r.reason, r.column) for r in dutch.refused] == [
        (4, "geen naam", "Naam"),
        (5, "onbekende challenge “7” (kolom Voorkeur; kies 1–3 of een titel)", "Voorkeur"),
        (6, "ongeldig e-mailadres “eva at duo.nl” (kolom E-mailadres)", "E-mailadres"),
        (7, "ongeldig e-mailadres “fleur@duo” (kolom E-mailadres)", "E-mailadres"),
        (8, "naam te lang: 81 tekens, hooguit 80 (kolom Naam)", "Naam"),
        (9, "organisatie te lang: 201 tekens, hooguit 200 (kolom Organisatie); onbekende challenge “Klimaat” (kolom Voorkeur; kies 1–3 of een titel)", "Organisatie"),
        (10, "naam bevat een teken dat niet op te slaan is (U+001B) (kolom Naam)", "Naam"),
    ]
    assert [p.line for p in dutch.to_import] == [2] and not dutch.clean
    english = preview(store, event_id, table, FIELDS, lang="en")
    assert [r.reason for r in english.refused][:3] == [
        "no name", "unknown challenge “7” (column Voorkeur; choose 1–3 or a title)", "invalid e-mail address “eva at duo.nl” (column E-mailadres)"]
    assert english.refused[4].reason == "name too long: 81 characters, at most 80 (column Naam)"


def test_a_refused_row_means_nothing_is_imported(store, tmp_path):
    event_id = new_event(store)
    import_participants(store, event_id, table_of(tmp_path, ANNA, name="eerst.csv"), FIELDS)
    before = counts(store)
    table = table_of(tmp_path, BERT, ["Dirk", "dirk@x.nl", "", "", "", "7"], CEES)
    with pytest.raises(DomainError) as caught:
        import_participants(store, event_id, table, FIELDS)
    assert caught.value.code == "import_refused" and caught.value.params["refused"] == 1
    report: ImportReport = caught.value.params["report"]
    assert report.imported == 0 and report.as_json()["refused"] == [{"line": 3, "reason": "onbekende challenge “7” (kolom Voorkeur; kies 1–3 of een titel)"}]
    assert counts(store) == before  # no participant, and the mapping not remembered anew
    assert [m.name for m in members(store)] == ["Anna de Vries"]


def test_duplicates_in_the_file_by_email_or_by_name_and_organisation(store, tmp_path):
    event_id = new_event(store)
    rows = [ANNA,
            ["Anna V.", "ANNA@bzk.nl", "", "", "", ""],  # line 4: the same address, other case
            CEES,  # line 5
            ["cees  BAKKER", "", "logius", "", "", ""],  # line 6: no address: name and organisation, folded
            ["Cees Bakker", "cees@logius.nl", "Logius", "", "", ""],  # line 7: Cees on line 5 has no address: the same person
            ["Joost Post", "joost@a.nl", "RVO", "", "", ""],
            ["Joost Post", "joost@gmail.com", "RVO", "", "", ""],  # line 9: registered again from Gmail: the same Joost
            ["Joost Post", "joost@a.nl", "DUO", "", "", ""]]  # line 10: his address, another organisation: the same Joost
    report = preview(store, event_id, table_of(tmp_path, *rows), FIELDS)
    assert [(d.line, d.of) for d in report.duplicates] == [(4, "regel 2"), (6, "regel 5"), (7, "regel 5"), (9, "regel 8"), (10, "regel 8")]
    assert [p.line for p in report.to_import] == [2, 5, 8]
    english = preview(store, event_id, table_of(tmp_path, *rows), FIELDS, lang="en")
    assert english.duplicates[0].of == "line 2"


def test_duplicates_against_the_event_members(store, tmp_path):
    event_id = new_event(store)
    import_participants(store, event_id, table_of(tmp_path, ANNA, CEES, name="eerst.csv"), FIELDS)
    rows = [["A. de Vries", "Anna@BZK.nl", "BZK", "", "", ""], ["Cees Bakker", "", "LOGIUS", "", "", ""], BERT,
            ["anna  de vries", "anna.devries@gmail.com", "bzk", "", "", ""]]  # line 5: Anna again, from her Gmail address
    report = import_participants(store, event_id, table_of(tmp_path, *rows), FIELDS, lang="en")
    assert [(d.line, d.of) for d in report.duplicates] == [(2, "Anna de Vries (already in the event)"), (3, "Cees Bakker (already in the event)"),
                                                           (5, "Anna de Vries (already in the event)")]
    assert report.imported == 1 and [m.name for m in members(store)] == ["Anna de Vries", "Cees Bakker", "Bert Jansen"]


def test_the_name_from_first_middle_and_last_name_columns(store, tmp_path):
    event_id = new_event(store)
    path = csv_file(tmp_path / "delen.csv", [["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail"],
                                             ["Anna", "de", "Vries", "anna@x.nl"], ["Bert", "", "Jansen", ""], ["", "", "", "c@x.nl"]])
    table = read_registration(path)
    mapping = propose_mapping(store, table.headers)
    report = preview(store, event_id, table, mapping.fields)
    assert [p.name for p in report.to_import] == ["Anna de Vries", "Bert Jansen"]
    assert [(r.line, r.reason, r.column) for r in report.refused] == [(4, "geen naam", "Voornaam")]


def test_a_row_with_more_cells_than_columns_is_refused(store, tmp_path):
    event_id = new_event(store)
    path = tmp_path / "verschoven.csv"
    path.write_text("Naam,E-mail,Organisatie\nAnna,anna@x.nl,BZK\nBert,bert@x.nl,Ministerie van BZK, DGDOO\n", encoding="utf-8")
    report = preview(store, event_id, read_registration(path), {0: "name", 1: "email", 2: "organisation"})
    assert [(r.line, r.reason) for r in report.refused] == [
        (3, "meer cellen dan kolommen: “DGDOO” staat buiten de kolommen (een scheidingsteken in een waarde?)")]


def test_an_event_whose_template_asks_other_kennismaking_questions(store, tmp_path):
    event_id = new_event(store, str(MINI_TEMPLATE))
    import_participants(store, event_id, table_of(tmp_path, ["Anna", "a@x.nl", "BZK", "Beleid", "Leren", ""]), FIELDS)
    (anna,) = members(store)
    assert anna.kennismaking == {} and anna.organisation == "BZK" and anna.job_title == "Beleid"


def test_a_mapping_without_a_name_is_refused_before_anything(store, tmp_path):
    event_id = new_event(store)
    table = table_of(tmp_path, ANNA)
    for action in (preview, import_participants):
        with pytest.raises(DomainError) as caught:
            action(store, event_id, table, {1: "email"})
        assert caught.value.code == "import_map_no_name"
    assert counts(store) == (0, 0)


def test_an_event_that_is_gone(store, tmp_path):
    with pytest.raises(DomainError) as caught:
        import_participants(store, 99, table_of(tmp_path, ANNA), FIELDS)
    assert caught.value.code == "event_missing" and counts(store) == (0, 0)


def test_fifty_thousand_rows_read_and_previewed(store, tmp_path):
    event_id = new_event(store)
    rows = [[f"Deelnemer {n}", f"d{n}@voorbeeld.nl", f"Organisatie {n % 40}", "Adviseur", "", str(n % 3 + 1)] for n in range(50_000)]
    table = table_of(tmp_path, *rows, ANNA, ["Deelnemer 7", "D7@voorbeeld.nl", "", "", "", ""])
    assert len(table.rows) == 50_002
    report = preview(store, event_id, table, FIELDS)
    assert len(report.to_import) == 50_001 and [(d.line, d.of) for d in report.duplicates] == [(50_004, "regel 9")]  # Anna's motivation takes two lines
    assert report.clean and counts(store) == (0, 0)
