"""Headers recognised by meaning in Dutch and English, the mapping step's rules, and mappings remembered
per header set."""

from __future__ import annotations

import pytest

from app.errors import DomainError
from app.participants.import_fields import check_mapping, headers_key, is_name_part, propose_mapping, recognised, remember_mapping
from app.participants.registration import IGNORED
from tests.participants.registration_files import DUTCH_HEADERS, ENGLISH_HEADERS, counts


@pytest.mark.parametrize("header, field", [
    ("Naam", "name"), ("Volledige naam", "name"), ("Voor- en achternaam", "name"), ("FULL NAME", "name"), ("Name", "name"),
    ("Wat is je naam?", "name"),
    ("E-mail", "email"), ("e-mailadres", "email"), ("Emailadres", "email"), ("Mail", "email"), ("E-mail address", "email"),
    ("Wat is je e-mailadres?", "email"),
    ("Organisatie", "organisation"), ("Werkgever", "organisation"), ("Organization", "organisation"), ("Employer", "organisation"),
    ("Organisátie:", "organisation"), ("Naam organisatie", "organisation"), ("Organisation name", "organisation"),
    ("Functie", "job_title"), ("Rol", "job_title"), ("Role", "job_title"), ("Job title", "job_title"), ("Functietitel", "job_title"),
    ("Motivatie", "motivation"), ("Waarom?", "motivation"), ("Waarom doe je mee?", "motivation"), ("Why", "motivation"),
    ("Motivation", "motivation"),
    ("Challenge", "challenge"), ("Voorkeur", "challenge"), ("Thema", "challenge"), ("Preference", "challenge"),
    ("Voorkeurschallenge", "challenge"), ("Voorkeur challenge", "challenge"), ("Preferred challenge", "challenge"),
    ("Voornaam", "name"), ("Tussenvoegsel", "name"), ("Achternaam", "name"),
])
def test_headers_recognised_by_meaning(header, field):
    assert recognised(header) == field


@pytest.mark.parametrize("header", ["Schoenmaat", "Dieetwensen", "Opmerkingen", "Tijdstip van de trein"])
def test_headers_without_a_known_meaning(header):
    assert recognised(header) is None


def test_a_blank_header_is_ignored():
    assert recognised("  ") == IGNORED


def test_the_key_does_not_count_case_accents_or_punctuation():
    assert headers_key(["Naam", "E-mail"]) == headers_key(["NAAM ", "e mail"]) != headers_key(["E-mail", "Naam"])
    assert len(headers_key(["Naam"])) == 64


def test_dutch_and_english_headers_proposed(store):
    dutch = propose_mapping(store, DUTCH_HEADERS)
    assert dutch.fields == {0: "name", 1: "email", 2: "organisation", 3: "job_title", 4: "motivation", 5: "challenge"}
    assert dutch.unknown == ()
    assert propose_mapping(store, ENGLISH_HEADERS).fields == dutch.fields


def test_unknown_headers_and_a_second_column_of_one_field_are_asked(store):
    mapping = propose_mapping(store, ["Naam", "E-mail", "Schoenmaat", "E-mailadres werk", ""])
    assert mapping.fields == {0: "name", 1: "email", 4: IGNORED}
    assert mapping.unknown == (2, 3)


def test_name_parts_all_map_to_the_name(store):
    mapping = propose_mapping(store, ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail"])
    assert mapping.fields == {0: "name", 1: "name", 2: "name", 3: "email"} and mapping.unknown == ()
    check_mapping(["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail"], mapping.fields)


def test_a_remembered_mapping_overrides_the_recognised_one(store):
    headers = ["Naam", "Schoenmaat", "Rol", "Werkgever"]
    assert propose_mapping(store, headers).unknown == (1,)
    remember_mapping(store, headers, {0: "name", 1: IGNORED, 2: "motivation", 3: "organisation"})
    mapping = propose_mapping(store, headers)
    assert mapping.fields == {0: "name", 1: IGNORED, 2: "motivation", 3: "organisation"} and mapping.unknown == ()
    assert propose_mapping(store, ["naam", "SCHOENMAAT", "rol", "werkgever"]).fields == mapping.fields  # the same header set
    assert propose_mapping(store, ["Naam", "Rol"]).fields == {0: "name", 1: "job_title"}  # another set: not remembered
    remember_mapping(store, headers, {0: "name", 1: IGNORED, 2: "job_title", 3: "organisation"})
    assert propose_mapping(store, headers).fields[2] == "job_title"
    assert counts(store) == (0, 1)  # one remembered mapping per header set


@pytest.mark.parametrize("fields, code, words", [
    ({0: "name", 1: "email", 2: "email"}, "import_map_twice", "two columns are email: 'E-mail' and 'Mail'"),
    ({1: "email", 2: IGNORED}, "import_map_no_name", "no column is the name"),
    ({0: "name", 1: "telefoon"}, "import_map_field", "'telefoon' is not a field"),
    ({0: "name", 5: "email"}, "import_map_column", "there is no column 6"),
])
def test_a_mapping_an_import_cannot_use_is_refused_and_not_remembered(store, fields, code, words):
    headers = ["Naam", "E-mail", "Mail"]
    with pytest.raises(DomainError) as caught:
        remember_mapping(store, headers, fields)
    assert caught.value.code == code and words in str(caught.value)
    assert counts(store) == (0, 0)


@pytest.mark.parametrize("header", ["Tijdstempel", "Timestamp", "ID", "Begintijd", "Tijd van voltooien", "Completion time"])
def test_a_form_tools_own_columns_are_not_imported_and_not_asked_about(header):
    assert recognised(header) == IGNORED


@pytest.mark.parametrize("fields, first, second", [
    ({0: "name", 1: "email", 2: "name"}, "Naam", "Dieetwensen"),  # an unrelated column glued into the names
    ({0: "name", 2: "name", 3: "name"}, "Naam", "Dieetwensen"),
    ({2: "name", 3: "name", 4: "name"}, "Dieetwensen", "Voornaam"),  # the first is the stranger
    ({3: "name", 4: "name", 5: "name"}, "Voornaam", "Akkoord privacyverklaring"),
])
def test_the_name_spans_columns_only_when_each_is_a_part_of_a_name(store, fields, first, second):
    headers = ["Naam", "E-mail", "Dieetwensen", "Voornaam", "Achternaam", "Akkoord privacyverklaring"]
    with pytest.raises(DomainError) as caught:
        remember_mapping(store, headers, fields)
    assert caught.value.code == "import_map_twice" and caught.value.params == {"field": "name", "columns": [first, second]}
    assert f"two columns are name: {first!r} and {second!r}" in str(caught.value)
    assert counts(store) == (0, 0)
    check_mapping(headers, {3: "name", 4: "name", 1: "email"})  # first and last name: one name


def test_which_headers_are_parts_of_a_name():
    assert is_name_part("Voornaam") and is_name_part("last name") and is_name_part("Tussenvoegsel")
    assert not is_name_part("Naam") and not is_name_part("Dieetwensen")


def test_the_proposal_gives_the_name_to_one_whole_name_column_only(store):
    mapping = propose_mapping(store, ["Naam", "Voornaam", "Achternaam", "E-mail"])
    assert mapping.fields == {0: "name", 3: "email"} and mapping.unknown == (1, 2)
