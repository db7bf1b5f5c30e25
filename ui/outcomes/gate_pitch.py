"""The phase-4 gate's pitch: the pitch in brief beside the problem statement it must answer, and under
them what is still empty, how far the storyboard is and who presents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from app.outcomes.pitch_gate import PitchBeside
from ui.common.widgets import bullets, card, label, paragraphs
from ui.outcomes.statement_card import statement_card


def pitch_section(beside: PitchBeside, lang: str) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(16)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(statement_card(beside.statement, lang), 1)
    brief, brief_layout = card("gatePitch")
    brief_layout.addWidget(label(QCoreApplication.translate("GatePage", "Your pitch in brief"), "h3"))
    for answer in beside.brief:
        brief_layout.addWidget(label(answer.question, "eyebrow"))
        if answer.text.strip():
            brief_layout.addWidget(paragraphs(answer.text))
        else:
            brief_layout.addWidget(label(QCoreApplication.translate("GatePage", "Not filled in yet."), "muted"))
    brief_layout.addStretch(1)
    row.addWidget(brief, 1)
    column.addLayout(row)
    column.addWidget(_state_card(beside))
    return column


def _state_card(beside: PitchBeside):
    box, layout = card("gatePitchState")
    layout.addWidget(label(QCoreApplication.translate("GatePage", "Ready for the jury?"), "h3"))
    if beside.missing:
        layout.addWidget(label(QCoreApplication.translate("GatePage", "Still empty ({count}):").format(count=len(beside.missing)), "eyebrow", "gatePitchMissingTitle"))
        layout.addWidget(bullets(list(beside.missing)))
    else:
        layout.addWidget(label(QCoreApplication.translate("GatePage", "Every question has an answer."), None, "gatePitchMissingTitle"))
    layout.addWidget(label(_storyboard_line(beside), None, "gatePitchStoryboard"))
    presenter = QCoreApplication.translate("GatePage", "Presenter: {name}").format(name=beside.presenter) if beside.presenter else QCoreApplication.translate("GatePage", "No presenter chosen yet.")
    layout.addWidget(label(presenter, None, "gatePitchPresenter"))
    return box


def _storyboard_line(beside: PitchBeside) -> str:
    board = beside.storyboard
    if board is None:
        return ""
    if board.enough:
        return QCoreApplication.translate("GatePage", "Storyboard: {count} panels.").format(count=board.panels)
    return QCoreApplication.translate("GatePage", "Storyboard: {count} of at least {least} panels.").format(count=board.panels, least=board.min_panels)
