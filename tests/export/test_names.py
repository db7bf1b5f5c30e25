"""Default export names: dated, readable, safe on every file system."""

from __future__ import annotations

from datetime import date

from app.export.names import NAME_MAX, default_folder, default_name, safe, team_label

DAY = date(2026, 3, 11)


def test_the_dossier_is_named_after_the_day_and_the_team():
    assert default_name(DAY, "dossier", "nl", team_label(3, "De Datadragers")) == "Staatsprint 2026-03-11 – Team 3 De Datadragers – dossier.pdf"


def test_each_kind_says_what_it_is_in_the_language_asked_for():
    assert default_name(DAY, "poster", "en", team_label(2, None), size="A0") == "Staatsprint 2026-03-11 – Team 2 – poster A0.pdf"
    assert default_name(DAY, "report", "nl") == "Staatsprint 2026-03-11 – eventrapport.pdf"
    assert default_name(DAY, "report", "en", with_names=False) == "Staatsprint 2026-03-11 – event report without names.pdf"
    assert default_name(DAY, "outcomes", "nl") == "Staatsprint 2026-03-11 – uitkomsten.json"
    assert default_name(DAY, "outcomes", "en", csv=True) == "Staatsprint 2026-03-11 – outcomes"
    assert default_name(DAY, "jury", "nl", csv=True) == "Staatsprint 2026-03-11 – juryresultaten"
    assert default_name(DAY, "jury", "en") == "Staatsprint 2026-03-11 – jury results"  # a folder either way


def test_characters_a_file_system_refuses_become_spaces():
    name = default_name(DAY, "dossier", "nl", team_label(1, 'Wij/Zij: "A|B"?*\t<x>\x00 ..'))
    assert name == "Staatsprint 2026-03-11 – Team 1 Wij Zij A B x – dossier.pdf"
    assert safe(" ... ") == ""


def test_a_very_long_team_name_is_cut_to_a_name_every_file_system_takes():
    name = default_name(DAY, "dossier", "nl", team_label(1, "Ë" * 400))
    assert len(name) <= NAME_MAX and name.endswith(" – dossier.pdf") and "Team 1 ËË" in name


def test_the_default_folder_is_documents_when_there_is_one(tmp_path):
    assert default_folder(tmp_path) == tmp_path
    (tmp_path / "Documents").mkdir()
    assert default_folder(tmp_path) == tmp_path / "Documents"
