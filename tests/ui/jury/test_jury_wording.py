"""The jury's Dutch words: the log is the "jurylogboek" (never "jurologboek")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.errors import DomainError
from ui.common.i18n import install_language, remove_language
from ui.common.messages import message_for


def test_a_reason_goes_into_the_jurylogboek(qtbot):
    app = QApplication.instance()
    install_language(app, "nl")
    try:
        said = message_for(DomainError("jury_reason_empty", "give a reason"))
        asked = QCoreApplication.translate("ScoresTab", "Why are {juror}'s scores withdrawn? (They leave the results; the reason goes into the jury's log.)")
    finally:
        remove_language(app)
    assert said == "Geef een reden: die komt in het jurylogboek. Er is niets veranderd."
    assert asked.endswith("de reden komt in het jurylogboek.)")
