"""Which ranking decides and how a tie at a prize position is broken. Set before the first score
arrives; after that a change asks for a reason (it is logged, app/jury/deciding.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from app.day.template_jury import TIE_BREAKS
from app.jury import deciding
from app.jury.rubric import criteria
from db.models import JurySetting
from ui.common.messages import attempt, message_line
from ui.common.widgets import card, label
from ui.jury.questions import reason
from ui.window.workspace import Workspace

STEP = Qt.ItemDataRole.UserRole
STEPS = {
    "head_to_head": QT_TRANSLATE_NOOP("DecidingCard", "Head to head: most jurors who scored both prefer it"),
    "criterion": QT_TRANSLATE_NOOP("DecidingCard", "The higher mean on the tie criterion"),
    "chair": QT_TRANSLATE_NOOP("DecidingCard", "The chair decides, with a reason"),
}


class DecidingCard(QWidget):
    changedHere = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._filling = False
        frame, layout = card("decidingCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(label(self.tr("How the winners are decided"), "h3"))
        self.note = label("", "muted", "decidingNote")
        layout.addWidget(self.note)
        layout.addLayout(self._ranking())
        layout.addLayout(self._ties())
        layout.addStretch(1)
        self.line = message_line("decidingMessage")
        layout.addWidget(self.line)

    def _ranking(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(label(self.tr("Deciding ranking"), "muted"))
        self.raw = QRadioButton(self.tr("Raw mean of the weighted scores"))
        self.raw.setObjectName("decidingRaw")
        self.adjusted = QRadioButton(self.tr("Adjusted for lenient and harsh jurors"))
        self.adjusted.setObjectName("decidingAdjusted")
        self.group = QButtonGroup(self)
        self.raw.setToolTip(self.tr("Each team's mean over the jurors who scored it."))
        self.adjusted.setToolTip(self.tr("Removes a lenient or harsh juror's offset where not every juror scored every team."))
        for button in (self.raw, self.adjusted):
            self.group.addButton(button)
            column.addWidget(button)
        self.group.buttonToggled.connect(lambda button, on: on and self._set_deciding())
        return column

    def _ties(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(label(self.tr("A tie at a prize position is broken by, in this order (untick to leave one out)"), "muted"))
        self.steps = QListWidget()
        self.steps.setObjectName("tieBreakList")
        self.steps.setAccessibleName(self.tr("Tie-break order"))
        self.steps.setWordWrap(True)
        self.steps.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)  # all three, never a scroll bar
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.itemChanged.connect(lambda _item: not self._filling and self._set_ties())
        column.addWidget(self.steps)
        buttons = QHBoxLayout()
        for name, text, offset in (("tieUpButton", self.tr("Up"), -1), ("tieDownButton", self.tr("Down"), 1)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, offset=offset: self._move(offset))
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        criterion_row = QHBoxLayout()
        criterion_row.addWidget(label(self.tr("Tie criterion"), "muted", wrap=False))
        self.criterion = QComboBox()
        self.criterion.setObjectName("tieCriterion")
        self.criterion.setAccessibleName(self.tr("Tie criterion"))
        self.criterion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.criterion.setMinimumContentsLength(12)  # a long title is cut in the box, whole in its list
        self.criterion.activated.connect(lambda _index: self._set_ties())
        criterion_row.addWidget(self.criterion, 1)
        column.addLayout(criterion_row)
        return column

    # -- showing -------------------------------------------------------------
    def show_setting(self) -> None:
        store, event_id = self._ws.store, self._ws.event.id
        with store.read() as session:
            setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
        deciding_now = setting.deciding if setting else self._ws.template.jury.deciding
        order = list(setting.tie_break) if setting else list(self._ws.template.jury.tie_break)
        tie_criterion = setting.tie_criterion if setting else self._ws.template.jury.tie_criterion
        fixed = deciding.fixed(store, event_id)
        self.note.setText(self.tr("Scores have arrived: a change now needs a reason, which is recorded.") if fixed
                          else self.tr("Fixed once the first scores arrive; a later change needs a reason."))
        self._filling = True
        (self.adjusted if deciding_now == "adjusted" else self.raw).setChecked(True)
        current = self.steps.currentRow()
        self.steps.clear()
        for step in order + [step for step in TIE_BREAKS if step not in order]:
            item = QListWidgetItem(QCoreApplication.translate("DecidingCard", STEPS[step]))
            item.setData(STEP, step)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step in order else Qt.CheckState.Unchecked)
            self.steps.addItem(item)
        self.steps.setCurrentRow(max(current, 0))
        self.criterion.clear()
        for row in criteria(store, event_id):
            self.criterion.addItem(getattr(row, f"title_{self._ws.lang}"), row.key)
        self.criterion.setCurrentIndex(self.criterion.findData(tie_criterion))
        self._filling = False

    # -- acting --------------------------------------------------------------
    def _why(self) -> str | None:
        """"" before scores arrive; after, the reason asked for (None: cancelled)."""
        if not deciding.fixed(self._ws.store, self._ws.event.id):
            return ""
        return reason(self, "decidingReasonDialog", self.tr("Scores have arrived. Why does this change? (It is recorded.)"))

    def _set_deciding(self) -> None:
        if self._filling:
            return
        value = "adjusted" if self.adjusted.isChecked() else "raw"
        why = self._why()
        if why is not None:
            ws = self._ws
            attempt(self.line, lambda: deciding.set_deciding(ws.store, ws.event.id, ws.template, value, why))
        QTimer.singleShot(0, self.changedHere.emit)  # shows what was saved, or puts it back

    def _set_ties(self) -> None:
        if self._filling:
            return
        order = [self.steps.item(i).data(STEP) for i in range(self.steps.count())
                 if self.steps.item(i).checkState() == Qt.CheckState.Checked]
        chosen = self.criterion.currentData()
        why = self._why()
        if why is not None:
            ws = self._ws
            attempt(self.line, lambda: deciding.set_tie_break(ws.store, ws.event.id, ws.template, order, chosen, why))
        QTimer.singleShot(0, self.changedHere.emit)

    def _move(self, offset: int) -> None:
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.steps.count():
            self.steps.setFocus()
            return
        self._filling = True
        self.steps.insertItem(target, self.steps.takeItem(row))
        self.steps.setCurrentRow(target)
        self._filling = False
        self._set_ties()
        self.steps.setFocus()

