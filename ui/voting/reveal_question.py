"""Before the reveal: ask when members have not placed all their dots (No is the default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def reveal_question(missing: list[str], anonymous: bool) -> str:
    """How many have not placed all their dots yet, by name unless the step is anonymous."""
    count = len(missing)
    if count == 1:
        asked = QCoreApplication.translate("RevealQuestion", "1 member has not placed all their dots yet: reveal anyway?")
    else:
        asked = QCoreApplication.translate("RevealQuestion", "{count} members have not placed all their dots yet: reveal anyway?").format(count=count)
    if anonymous:
        return asked
    return asked + "\n" + QCoreApplication.translate("RevealQuestion", "Not done yet: {names}.").format(names=", ".join(missing))


def ask_reveal(parent: QWidget, missing: list[str], anonymous: bool) -> bool:
    """Reveal now? Yes when everyone has placed all their dots, else only when the person says so."""
    if not missing:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("RevealQuestion", "Reveal the dots"), reveal_question(missing, anonymous),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("revealQuestion")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
