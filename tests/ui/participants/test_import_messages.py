"""The import's refusals in words: what is wrong and where (sheet, cell, line)."""

from __future__ import annotations

from app.errors import DomainError
from ui.common.messages import message_for


def unreadable(**params) -> str:
    return message_for(DomainError("import_unreadable", "english", file="aanmeldingen.xlsx", **params))


def test_a_place_starts_the_sentence():
    assert unreadable(problem="merged_header", sheet="Blad1", cell="A1:C1", line=1) == (
        "“aanmeldingen.xlsx” cannot be read. Sheet “Blad1”, cell A1:C1: merged cells in the row of column names: "
        "unmerge them so that every column has its own name.")
    assert unreadable(problem="malformed", line=12) == (
        "“aanmeldingen.xlsx” cannot be read. Line 12: the row cannot be read (a quote that is not closed?): check its quotes.")
    assert unreadable(problem="encoding") == (
        "“aanmeldingen.xlsx” cannot be read. The text has characters in an unknown encoding: save the file as “CSV UTF-8”.")


def test_a_mapping_the_importer_cannot_use_names_the_columns():
    error = DomainError("import_map_twice", "english", field="organisation", columns=["Werkgever", "Werkzaam bij"])
    assert message_for(error) == "Two columns are “Organisation”: “Werkgever” and “Werkzaam bij”. Choose “do not import” for one of them."
    assert message_for(DomainError("import_refused", "english", refused=3)) == (
        "Nothing was imported: 3 rows are refused. Correct them in the file, save it and read it again.")
