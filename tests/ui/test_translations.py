"""The Dutch UI text is complete, keeps its placeholders, and is what the window shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from ui.common.i18n import install_language, translations_dir

TS = translations_dir() / "staatsprint_nl.ts"
TS_EN = translations_dir() / "staatsprint_en.ts"


def _messages(path=TS):
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        yield message.findtext("source"), translation.get("type"), forms


def test_every_string_has_dutch():
    unfinished = [source for source, kind, forms in _messages() if kind == "unfinished" or not all(forms)]
    assert unfinished == []


def test_english_has_its_plural_forms():
    plurals = [(source, forms) for source, _kind, forms in _messages(TS_EN) if "%n" in source]
    assert plurals and all(len(forms) == 2 and all(forms) for _source, forms in plurals)
    assert ("%n dot(s) each", ["%n dot each", "%n dots each"]) in plurals


@pytest.mark.parametrize(("source", "forms"), [(s, f) for s, _k, f in _messages()])
def test_placeholders_survive_translation(source, forms):
    wanted = sorted(re.findall(r"\{\w+\}|%n", source))
    for form in forms:
        assert sorted(re.findall(r"\{\w+\}|%n", form)) == wanted


def test_the_window_speaks_dutch_by_default(qtbot, open_window, event_with_team):
    app = QApplication.instance()
    translator = install_language(app, "nl")
    assert translator is not None, "run scripts/build_translations.py"
    try:
        store, _event_id, _team_id = event_with_team
        window = open_window(store, "nl")
        assert window.findChild(QPushButton, "startDayButton").text() == "Neem je team mee naar de eerste fase →"
        assert window.menuBar().actions()[0].text() == "&Bestand"
    finally:
        app.removeTranslator(translator)


def test_english_is_the_source_text(qtbot, open_window, event_with_team):
    assert install_language(QApplication.instance(), "en") is not None  # for its plural forms
    store, _event_id, _team_id = event_with_team
    window = open_window(store, "en")
    assert window.findChild(QPushButton, "startDayButton").text() == "Take your team to the first phase →"
