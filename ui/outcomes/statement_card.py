"""The problem statement as a card: its theme (with a tie-break), its best question, its sentence and
what is still missing — the same on the phase-2 gate and beside the chosen plan on the phase-3 gate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.outcomes.problem_statement import ProblemStatement, missing_labels
from ui.common.widgets import bullets, card, label
from ui.outcomes.problem_statement_page import theme_lines


def statement_card(statement: ProblemStatement | None, lang: str) -> QWidget:
    box, layout = card("gateStatement")
    layout.addWidget(label(QCoreApplication.translate("GatePage", "Your problem statement"), "h3"))
    if statement is None:
        layout.addWidget(label(QCoreApplication.translate("GatePage", "Not there yet."), "muted"))
        return box
    name, hkw, tie = theme_lines(statement.theme)
    layout.addWidget(label(QCoreApplication.translate("GatePage", "Theme: {name}").format(name=name), "eyebrow"))
    for text, role in ((tie, "muted"), (hkw, "lead"), (statement.preview.text, None)):
        if text:
            layout.addWidget(label(text, role))
    missing = missing_labels(statement.step, statement.preview, lang)
    if missing:
        layout.addWidget(label(QCoreApplication.translate("GatePage", "Still missing:"), "muted"))
        layout.addWidget(bullets(missing))
    layout.addStretch(1)
    return box
