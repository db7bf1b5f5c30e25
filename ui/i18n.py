"""The UI's language: install the compiled Qt translation for it.

Source strings are English; ``resources/translations/staatsprint_nl.ts`` is the
Dutch translation (Qt Linguist). The ``.qm`` files are built from the ``.ts``
sources by the set-up scripts (``scripts/build-translations``), never committed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "nl"
_NAME = "staatsprintTranslator"


def translations_dir() -> Path:
    from app.paths import resources_dir

    return resources_dir() / "translations"


def install_language(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Make ``lang`` the UI's language, replacing the one installed before. English is the
    source language: its translator only adds plural forms ("1 dot", "10 dots")."""
    previous = app.findChild(QTranslator, _NAME)
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
        previous.setObjectName("")
    translator = QTranslator(app)
    translator.setObjectName(_NAME)
    path = translations_dir() / f"staatsprint_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("no compiled translation at %s: run scripts/build_translations.py; showing the source text", path)
        return None
    app.installTranslator(translator)
    return translator
