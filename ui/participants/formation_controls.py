"""The controls above a challenge's board: make its teams by team size or by number of teams, shuffle
them again (a new seed), and add an empty team. Asking before re-forming is the page's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QSpinBox, QWidget

from ui.common.widgets import label

DEFAULT_SIZE = 5
DEFAULT_COUNT = 4
MOST = 99


class FormationControls(QWidget):
    """``form_asked(size, count, shuffle)``: one of size and count is None; ``shuffle``: a new draw
    ("Shuffle again") rather than the first. ``add_asked``: an empty team."""

    form_asked = Signal(object, object, bool)
    add_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formationControls")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(label(self.tr("Make teams by"), wrap=False))
        self.by_size = QRadioButton(self.tr("Team size"))
        self.by_size.setObjectName("bySizeButton")
        self.by_count = QRadioButton(self.tr("Number of teams"))
        self.by_count.setObjectName("byCountButton")
        self._by = QButtonGroup(self)
        self._by.setExclusive(True)
        for button in (self.by_size, self.by_count):
            self._by.addButton(button)
            row.addWidget(button)
        self.by_size.setChecked(True)
        self._values = {True: DEFAULT_SIZE, False: DEFAULT_COUNT}  # by size -> the number last chosen
        self.number = QSpinBox()
        self.number.setObjectName("teamNumberSpin")
        self.number.setRange(1, MOST)
        self.number.setValue(DEFAULT_SIZE)
        self.number.setMinimumWidth(64)
        self.number.lineEdit().returnPressed.connect(lambda: self._ask(False))  # Enter: as "Make teams"
        row.addWidget(self.number)
        self._by.buttonToggled.connect(self._switch)
        self.form_button = QPushButton(self.tr("Make teams"))
        self.form_button.setObjectName("formTeamsButton")
        self.form_button.setProperty("role", "primary")
        self.form_button.clicked.connect(lambda: self._ask(False))
        row.addWidget(self.form_button)
        self.shuffle_button = QPushButton(self.tr("Shuffle again"))
        self.shuffle_button.setObjectName("reshuffleButton")
        self.shuffle_button.setToolTip(self.tr("A new draw of the teams that have not started, with the same size or number"))
        self.shuffle_button.clicked.connect(lambda: self._ask(True))
        row.addWidget(self.shuffle_button)
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("+ Add an empty team"))
        self.add_button.setObjectName("addEmptyTeamButton")
        self.add_button.clicked.connect(self.add_asked)
        row.addWidget(self.add_button)
        self._explain()

    def _switch(self, button, checked: bool) -> None:
        if not checked:
            return
        by_size = button is self.by_size
        self._values[not by_size] = self.number.value()
        self.number.setValue(self._values[by_size])
        self._explain()

    def _explain(self) -> None:
        text = self.tr("People per team (at most)") if self.by_size.isChecked() else self.tr("Number of teams")
        self.number.setAccessibleName(text)
        self.number.setToolTip(text)

    def _ask(self, shuffle: bool) -> None:
        value = self.number.value()
        if self.by_size.isChecked():
            self.form_asked.emit(value, None, shuffle)
        else:
            self.form_asked.emit(None, value, shuffle)

    def set_formable(self, formable: bool, has_teams: bool) -> None:
        """The board of the participants without a preference forms no teams (a challenge is needed);
        shuffling needs teams to shuffle."""
        for widget in (self.by_size, self.by_count, self.number, self.form_button):
            widget.setEnabled(formable)
        self.shuffle_button.setEnabled(formable and has_teams)
