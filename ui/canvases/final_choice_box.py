"""Under the timelines: the team's final choice (the workbook's "uiteindelijke selectie").

Tick the one idea the team pitches, or several kept ideas and give the combination a name;
"Choose" stores it (undoable). The choice made is said beside it, with who chose.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.canvases.milestones import Idea
from app.outcomes.final_choice import Choice
from app.text import shorten
from ui.common.messages import message_line
from ui.common.widgets import label

IDEA_CHARS = 36  # of an idea's text in the status line
MIN_BOX_WIDTH = 90  # a tick box squeezed this narrow still shows the start of its idea


class IdeaCheckBox(QCheckBox):
    """A tick box with an idea's whole text: cut with "…" where its room ends, the whole text in its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name): room for the whole text, whatever is shown now
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(hint.width() - metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance(self.full_text), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(MIN_BOX_WIDTH, super().minimumSizeHint().height())

    def text_room(self) -> int:
        """The width the text may take beside the tick."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self).width() - 4

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.text_room())
        if shown != self.text():
            self.setText(shown)


class FinalChoiceBox(QWidget):
    chooseRequested = Signal(object, str)  # the ticked idea ids, the combination's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finalChoiceBox")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(label(self.tr("Final choice: the idea you will pitch"), "h3", wrap=False))
        self.status = label("", "muted", "finalChoiceStatus")
        heading.addWidget(self.status, 1)
        column.addLayout(heading)
        self._row = QHBoxLayout()
        self._row.setSpacing(12)
        column.addLayout(self._row)
        self.error = message_line("finalChoiceError")  # holds its place: a message moves neither the boxes nor the canvas
        column.addWidget(self.error)
        self.name = QLineEdit()
        self.name.setObjectName("finalChoiceName")
        self.name.setPlaceholderText(self.tr("Name of the combination"))
        self.name.setAccessibleName(self.tr("Name of the combination of ideas"))
        self.name.setMinimumWidth(220)
        self.name.hide()
        self.name.returnPressed.connect(self._choose)
        self.button = QPushButton(self.tr("Choose"))
        self.button.setObjectName("finalChoiceButton")
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self._choose)
        self.boxes: dict[int, IdeaCheckBox] = {}

    def show_choice(self, ideas: list[Idea], choice: Choice | None) -> None:
        """The kept ideas to tick (the stored choice ticked), and what is chosen."""
        if [i.id for i in ideas] != list(self.boxes):
            self._build(ideas)
        chosen = set(choice.idea_ids) if choice else set()
        for idea_id, box in self.boxes.items():
            box.setChecked(idea_id in chosen)
        if choice is not None and not self.name.hasFocus():
            self.name.setText(choice.name)
        texts = {i.id: i.text for i in ideas}
        if choice is None:
            self.status.setText(self.tr("Not chosen yet. After the Crystal Balls: tick one idea, or several and name the combination."))
        else:
            what = choice.name or shorten(texts.get(choice.idea_ids[0], ""), IDEA_CHARS)
            by = self.tr(" (chosen by {name})").format(name=choice.decided_by_name) if choice.decided_by_name else ""
            self.status.setText(self.tr("Chosen: {what}").format(what=what) + by)
        self._name_needed()

    def focus_chain(self) -> list[QWidget]:
        """The tick boxes, the combination's name and the button, in the order Tab goes through them."""
        return [*self.boxes.values(), self.name, self.button]

    def ticked(self) -> list[int]:
        return [idea_id for idea_id, box in self.boxes.items() if box.isChecked()]

    def _build(self, ideas: list[Idea]) -> None:
        while self._row.count():
            widget = self._row.takeAt(0).widget()
            if widget is not None and widget not in (self.name, self.button):
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        for idea in ideas:
            box = IdeaCheckBox(idea.text)
            box.setObjectName(f"finalChoiceIdea_{idea.id}")
            box.toggled.connect(self._ticked)
            self.boxes[idea.id] = box
            self._row.addWidget(box)
        self._row.addWidget(self.name, 1)
        self._row.addWidget(self.button)

    def _ticked(self) -> None:
        """A tick changes what would be chosen: a message about the last try no longer holds."""
        self.error.hide()
        self._name_needed()

    def _name_needed(self) -> None:
        """A name only for a combination of ideas."""
        self.name.setVisible(len(self.ticked()) > 1)

    def _choose(self) -> None:
        ticked = self.ticked()
        self.chooseRequested.emit(ticked, self.name.text() if len(ticked) > 1 else "")
