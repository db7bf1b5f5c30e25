"""The UI's language: install the compiled Qt translation for it.

Source strings are English; ``resources/translations/staatsprint_nl.ts`` is the
Dutch translation (Qt Linguist). The ``.qm`` files are built from the ``.ts``
sources by the set-up scripts (``scripts/build-translations``), never committed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "nl"
_NAME = "staatsprintTranslator"
_QT_NAME = "qtTranslator"
LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # a Monday-first calendar, as in the Dutch one
}


def translations_dir() -> Path:
    from app.paths import resources_dir

    return resources_dir() / "translations"


def install_language(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Make ``lang`` the UI's language, replacing the one installed before. English is the
    source language: its translator only adds plural forms ("1 dot", "10 dots"). Qt's own
    texts (the standard buttons "Cancel", "Yes", "No"…) come from Qt's translation, shipped with PySide6."""
    _install_qt(app, lang)
    QLocale.setDefault(QLocale(*LOCALES.get(lang, LOCALES[DEFAULT_LANGUAGE])))  # month and day names in calendars
    translator = _fresh(app, _NAME)
    path = translations_dir() / f"staatsprint_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("no compiled translation at %s: run scripts/build_translations.py; showing the source text", path)
        return None
    app.installTranslator(translator)
    return translator


def _install_qt(app: QCoreApplication, lang: str) -> None:
    translator = _fresh(app, _QT_NAME)
    if lang == "en":
        return  # Qt's own source language
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{lang}", folder):
        log.warning("no Qt translation qtbase_%s in %s: Qt's own buttons stay English", lang, folder)
        return
    app.installTranslator(translator)


def remove_language(app: QCoreApplication) -> None:
    """Back to the source text, Qt's own included (tests)."""
    for name in (_NAME, _QT_NAME):
        _remove(app, name)
    QLocale.setDefault(QLocale(*LOCALES["en"]))


def _fresh(app: QCoreApplication, name: str) -> QTranslator:
    """A new translator named ``name``, the one installed before under that name removed."""
    _remove(app, name)
    translator = QTranslator(app)
    translator.setObjectName(name)
    return translator


def _remove(app: QCoreApplication, name: str) -> None:
    previous = app.findChild(QTranslator, name)
    if previous is not None:
        app.removeTranslator(previous)
        previous.setObjectName("")
        previous.deleteLater()
