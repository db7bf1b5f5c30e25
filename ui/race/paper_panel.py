"""One team laptop: the team races on paper, then a scribe types the ideas in under their round,
or the captain enters the round's count. Both are shown as such on the leaderboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.race.writing import COUNT_MAX
from ui.common.widgets import ScrollSafeComboBox, label


class PaperPanel(QWidget):
    typed = Signal(str, str)  # round key, the idea
    counted = Signal(str, object)  # round key, the count (None: taken back)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("racePaperPanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(label(self.tr("Raced on paper? Choose the round, then type its ideas in (Enter for the next), "
                                       "or let the captain enter how many there were."), "muted"))
        # Two rows, each control readable at 1366 × 768: the round and its typed ideas, then the count.
        typing = QHBoxLayout()
        self.round_picker = ScrollSafeComboBox()
        self.round_picker.setObjectName("racePaperRound")
        self.round_picker.setAccessibleName(self.tr("The round the paper ideas belong to"))
        typing.addWidget(self.round_picker)
        self.typed_input = QLineEdit()
        self.typed_input.setObjectName("raceTypedInput")
        self.typed_input.setMinimumWidth(240)
        self.typed_input.setPlaceholderText(self.tr("An idea from paper, Enter: typed in under this round"))
        self.typed_input.setAccessibleName(self.tr("Idea typed in after the round"))
        self.typed_input.returnPressed.connect(lambda: self.typed.emit(self.round_key, self.typed_input.text()))
        typing.addWidget(self.typed_input, 1)
        column.addLayout(typing)
        counting = QHBoxLayout()
        counting.addWidget(label(self.tr("or the count:"), "muted", wrap=False))
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("raceCountSpin")
        self.count_spin.setRange(0, COUNT_MAX)
        self.count_spin.setAccessibleName(self.tr("Number of ideas in this round, counted on paper"))
        counting.addWidget(self.count_spin)
        for name, text, value in (("raceCountButton", self.tr("Enter the count"), lambda: self.count_spin.value()),
                                  ("raceClearCountButton", self.tr("Take the count back"), lambda: None)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, get=value: self.counted.emit(self.round_key, get()))
            counting.addWidget(button)
        counting.addStretch(1)
        column.addLayout(counting)

    def set_rounds(self, rounds: list[tuple[str, str]]) -> None:
        """(round key, title) of every round; the choice is kept when the rounds stay the same."""
        chosen = self.round_picker.currentData()
        self.round_picker.clear()
        for key, title in rounds:
            self.round_picker.addItem(title, key)
        self.round_picker.setCurrentIndex(max(0, self.round_picker.findData(chosen)))

    @property
    def round_key(self) -> str:
        return self.round_picker.currentData() or ""
