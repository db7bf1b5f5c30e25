"""One participant on the formation board: a card that takes the focus, is dragged with the mouse and
moved with the keyboard (its keys come from the keymap; the lane acts on them).

The name is bold, organisation and functie smaller below it, "afwezig" when not there today. The e-mail
address is only in the tooltip: the board may be on the beamer, an address never is.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QKeyCombination, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.participants.formation_model import Person
from ui.common.keymap import sequences
from ui.common.widgets import label

MEMBER_MIME = "application/x-staatsprint-member"

# The card's own keys (ui/common/keymap.py) -> what the lane is asked to do. They are taken before the
# window's shortcuts (Alt+Left is also "back" there) while a card has the focus.
CARD_KEYS = {
    "formationMoveLeft": "left",
    "formationMoveRight": "right",
    "formationMoveUp": "up",
    "formationMoveDown": "down",
    "formationMoveTo": "menu",
    "formationAbsent": "absent",
}
ARROWS = {Qt.Key.Key_Up: "focus_up", Qt.Key.Key_Down: "focus_down", Qt.Key.Key_Left: "focus_left", Qt.Key.Key_Right: "focus_right"}


def member_of(mime: QMimeData) -> int | None:
    """The member a drag carries (None: not a person from this board)."""
    if not mime.hasFormat(MEMBER_MIME):
        return None
    try:
        return int(bytes(mime.data(MEMBER_MIME).data()).decode("ascii"))
    except ValueError:
        return None


class PersonCard(QFrame):
    """A person; ``asked`` carries what the keyboard asks for (see CARD_KEYS and ARROWS), ``menu_asked`` a
    context menu at a global point."""

    asked = Signal(int, str)  # member id, what
    menu_asked = Signal(int, QPoint)

    def __init__(self, person: Person, email: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.setObjectName(f"personCard{person.id}")
        self.setProperty("role", "person")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None
        self._shown: tuple | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 7)
        column.setSpacing(1)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.name_label = label("", "personName", "personName")
        top.addWidget(self.name_label, 1)
        self.absent_mark = label(self.tr("absent"), "absentMark", "absentMark", wrap=False)
        top.addWidget(self.absent_mark, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.work_label = label("", "personWork", "personWork")
        column.addWidget(self.work_label)
        self.show_person(person, email)

    def show_person(self, person: Person, email: str) -> None:
        """Show the person as they are now (the same card stays while they move: it keeps the focus)."""
        if self._shown == (person, email):
            return
        self._shown = (person, email)
        self.person = person
        self.name_label.setText(person.name)
        self.absent_mark.setVisible(person.absent)
        work = " · ".join(part for part in (person.organisation, person.job_title) if part)
        self.work_label.setText(work)
        self.work_label.setVisible(bool(work))
        if self.property("absent") != person.absent:
            self.setProperty("absent", person.absent)
            self.style().unpolish(self)
            self.style().polish(self)
        spoken = [person.name, person.organisation, person.job_title, self.tr("absent today") if person.absent else ""]
        self.setAccessibleName(", ".join(part for part in spoken if part))
        # The tooltip has the e-mail address: only here, never on the card itself (the board may be on the beamer).
        details = [person.name, person.organisation, person.job_title, email, self.tr("Absent today") if person.absent else ""]
        self.setToolTip("\n".join(line for line in details if line))

    # -- the keyboard ------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._card_key(event) is not None:
            event.accept()  # the card's, not the window's (Alt+Left would go back a step there)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        what = self._card_key(event)
        if what is None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            what = ARROWS.get(Qt.Key(event.key()))
        if what is None:
            super().keyPressEvent(event)
            return
        self.asked.emit(self.person.id, what)

    @staticmethod
    def _card_key(event) -> str | None:
        held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # an arrow of the number pad is an arrow
        pressed = QKeySequence(QKeyCombination(held, Qt.Key(event.key())))
        return next((what for name, what in CARD_KEYS.items() if pressed in sequences(name)), None)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.menu_asked.emit(self.person.id, event.globalPos())

    # -- the mouse: a drag --------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        offset, self._press = self._press, None
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        drag.setPixmap(self._picture())
        drag.setHotSpot(offset)
        drag.exec(Qt.DropAction.MoveAction)

    def mime_data(self) -> QMimeData:
        mime = QMimeData()
        mime.setData(MEMBER_MIME, QByteArray(str(self.person.id).encode("ascii")))
        mime.setText(self.person.name)
        return mime

    def _picture(self) -> QPixmap:
        """The card as it lifts off the lane, a little see-through."""
        picture = self.grab()
        faded = QPixmap(picture.size())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(0.85)
        painter.drawPixmap(0, 0, picture)
        painter.end()
        return faded
