"""The later writer's choice when the same note, answer or score was changed on another laptop meanwhile.

Shows the other laptop's version (saved now) beside this laptop's (not saved) and asks: keep mine
(written again, over theirs), take theirs (nothing written), or — for a note — keep both (mine becomes a
second note beside theirs). Keyboard: Tab between the texts and the buttons, Alt+M / Alt+T / Alt+B, Enter
the default choice (a note: keep both, which loses nothing). Escape chooses nothing (``ask`` returns
None): the caller keeps this laptop's text where it is, unsaved, or — a note — keeps both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.versions import EditConflict
from ui.common.messages_sync_conflicts import what_word

MINE, THEIRS, BOTH = "mine", "theirs", "both"


def shown_value(value: object, empty: str) -> str:
    """A value as the dialog shows it: a text as it is, a score as its number, nothing as ``empty``."""
    if value is None or value == "":
        return empty
    if isinstance(value, bool):
        return "✓" if value else "–"
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Changed on another laptop"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        title = QLabel(self.tr("Someone else changed this meanwhile"))
        title.setProperty("role", "h2")
        intro = QLabel(self.tr("While you were editing {what}, it was changed and saved on another laptop. "
                               "Your version is not saved yet. Which one should stay?").format(what=what_word(conflict.what)))
        intro.setWordWrap(True)
        intro.setObjectName("conflictIntro")
        layout.addWidget(title)
        layout.addWidget(intro)
        sides = QHBoxLayout()
        sides.setSpacing(16)
        empty = self.tr("(nothing)")
        self.theirs_box = self._side(sides, "conflictTheirs", self.tr("Theirs — saved now"), shown_value(conflict.theirs, empty))
        self.mine_box = self._side(sides, "conflictMine", self.tr("Yours — not saved"), shown_value(conflict.mine, empty))
        layout.addLayout(sides, 1)
        layout.addLayout(self._buttons())

    def _side(self, row: QHBoxLayout, name: str, heading: str, text: str) -> QPlainTextEdit:
        column = QVBoxLayout()
        column.setSpacing(8)
        label = QLabel(heading)
        label.setProperty("role", "h3")
        label.setWordWrap(True)
        box = QPlainTextEdit(text)
        box.setObjectName(name)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setAccessibleName(heading)
        box.setMinimumHeight(96)
        box.setMaximumHeight(150)
        font = box.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        box.setFont(font)
        label.setBuddy(box)
        column.addWidget(label)
        column.addWidget(box, 1)
        row.addLayout(column, 1)
        return box

    def _buttons(self) -> QHBoxLayout:
        note = self.conflict.what == "note"
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        self.theirs_button = self._button(row, "conflictTakeTheirs", self.tr("&Take theirs"),
                                          self.tr("Keep the version saved on the other laptop; yours is dropped."), THEIRS)
        self.both_button = None
        if note:
            self.both_button = self._button(row, "conflictKeepBoth", self.tr("Keep &both"),
                                            self.tr("Theirs stays; yours becomes a second note beside it."), BOTH)
        self.mine_button = self._button(row, "conflictKeepMine", self.tr("Keep &mine"),
                                        self.tr("Save your version over theirs."), MINE)
        default = self.both_button if note else self.mine_button
        default.setDefault(True)
        default.setProperty("role", "primary")
        default.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _button(self, row: QHBoxLayout, name: str, text: str, description: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(description)
        button.setAccessibleDescription(description)
        button.setAutoDefault(True)  # Enter presses the focused choice (Tab to "Take theirs", Enter: theirs, not the default)
        button.clicked.connect(lambda: self._choose(choice))
        row.addWidget(button)
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        (self.both_button or self.mine_button).setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def ask(conflict: EditConflict, parent: QWidget | None = None) -> str | None:
    """The choice (MINE, THEIRS, BOTH), or None: Escape, nothing chosen."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice
