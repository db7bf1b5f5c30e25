"""One column of the formation board: a team (or the not yet placed) with its room, its warnings and its
people as cards, in the order the team lists them. A person dropped on it lands where the drop line shows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.participants.formation_model import TeamColumn, Warning
from ui.common import text_size
from ui.common.idle_save import IdleSave
from ui.common.widgets import label
from ui.participants.formation_words import lane_title, warning_text
from ui.participants.person_card import PersonCard, member_of

LANE_WIDTH = 204
UNPLACED = None  # the lane of the people not yet in a team has no team id


class LockMark(QWidget):
    """A small padlock, drawn (no emoji font needed): this team has started, re-forming leaves it alone."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.setFixedSize(14, 16)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self._colour), 2))
        painter.drawArc(3, 1, 8, 10, 0, 180 * 16)
        painter.drawLine(3, 6, 3, 8)
        painter.drawLine(11, 6, 11, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._colour))
        painter.drawRoundedRect(1, 7, 12, 9, 2, 2)


class TeamLane(QFrame):
    """``dropped(member id, team id or None, position)``: a person was dropped here; ``room_typed(team id,
    text)``: the room field's text to save; ``remove_asked(team id)``: the empty team's remove button."""

    dropped = Signal(int, object, int)
    room_typed = Signal(int, str)
    remove_asked = Signal(int)
    dragged_over = Signal(QPoint)  # a drag moves over the lane, at this global point

    def __init__(self, column: TeamColumn | None, lock_colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_id = column.team_id if column else UNPLACED
        self.setObjectName("unplacedLane" if column is None else f"teamLane{column.team_id}")
        self.setProperty("role", "lane")
        self.setProperty("unplaced", column is None)
        text_size.fixed_width(self, LANE_WIDTH)  # wider at 150/200 % text
        self.setAcceptDrops(True)
        self.cards: list[PersonCard] = []
        self._warning_texts: list[str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        outer.setSpacing(6)
        outer.addLayout(self._header(lock_colour))
        self.room: QLineEdit | None = None
        if column is not None:
            self.room = self._room_field()
            outer.addWidget(self.room)
        self.badges = QWidget()
        self.badges.setObjectName("laneWarnings")
        self._badge_column = QVBoxLayout(self.badges)
        self._badge_column.setContentsMargins(0, 0, 0, 0)
        self._badge_column.setSpacing(4)
        outer.addWidget(self.badges)
        self.empty_hint = label(self.tr("Empty: drag someone here"), "laneCount", "emptyHint")
        outer.addWidget(self.empty_hint)
        self._cards_box = QWidget()
        self._cards_box.setObjectName("laneCards")
        self._cards_column = QVBoxLayout(self._cards_box)
        self._cards_column.setContentsMargins(2, 2, 2, 2)
        self._cards_column.setSpacing(6)
        self._cards_column.addStretch(1)
        self.drop_line = QFrame()
        self.drop_line.setObjectName("dropLine")
        self.drop_line.setFixedHeight(4)
        self.drop_line.hide()
        self.scroller = QScrollArea()
        self.scroller.setObjectName("laneScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop between the room and the cards
        self.scroller.setWidget(self._cards_box)
        outer.addWidget(self.scroller, 1)

    def _header(self, lock_colour: str) -> QBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.title = label("", "laneTitle", "laneTitle")
        above = text_size.factor() > 1  # large text: the team's name on a line of its own, whole
        if above:
            row.addStretch(1)
        else:
            row.addWidget(self.title, 1)
        self.lock = LockMark(lock_colour)
        self.lock.setObjectName("startedMark")
        self.lock.setToolTip(self.tr("This team has already started"))
        row.addWidget(self.lock, 0, Qt.AlignmentFlag.AlignVCenter)
        self.started_word = label(self.tr("started"), "started", "startedWord", wrap=False)
        self.started_word.setToolTip(self.tr("This team has already started"))
        row.addWidget(self.started_word, 0, Qt.AlignmentFlag.AlignVCenter)
        self.count = label("", "laneCount", "laneCount", wrap=False)
        row.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)
        self.remove_button = QPushButton("×")
        self.remove_button.setObjectName("removeTeamButton")
        self.remove_button.setToolTip(self.tr("Remove this empty team"))
        self.remove_button.setAccessibleName(self.tr("Remove this empty team"))
        self.remove_button.clicked.connect(lambda: self.remove_asked.emit(self.team_id))
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignVCenter)
        if not above:
            return row
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addLayout(row)
        return column

    def _room_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("roomField")
        field.setProperty("role", "room")
        field.setPlaceholderText(self.tr("Room or break-out room"))
        field.setMaxLength(80)
        self._room_save = IdleSave(self, lambda: self.room_typed.emit(self.team_id, field.text()))
        self._room_save.watch(field)
        return field

    # -- what it shows ------------------------------------------------------------------------
    def show_column(self, column: TeamColumn | None, cards: list[PersonCard], warnings: list[Warning], team_word: str) -> None:
        """Show the team (or, ``column`` None, the not yet placed) with these people's cards, in order.
        A card coming from another lane is moved here as it is (it keeps the focus it has)."""
        started = bool(column and column.started)
        self.title.setText(lane_title(column, team_word))
        present = sum(not card.person.absent for card in cards)
        self.count.setText(f"({present})")  # the people who are there: as the rule counts a team's size
        away = len(cards) - present
        self.count.setToolTip(self.tr("%n present", "", present) + (" · " + self.tr("%n absent today", "", away) if away else ""))
        self.lock.setVisible(started)
        self.started_word.setVisible(started)
        self.remove_button.setVisible(column is not None and not cards)
        if self.room is not None and not self.room.hasFocus() and not self._room_save.pending:
            with self._room_save.quietly():
                if self.room.text() != column.room:
                    self.room.setText(column.room)
            self.room.setCursorPosition(0)  # not being typed in: a long name shows its beginning
            self.room.setAccessibleName(self.tr("Room of {team}").format(team=self.title.text()))
        self._show_warnings(warnings)
        self.empty_hint.setVisible(not cards)
        self.setToolTip(self.tr("This team has already started") if started else "")
        for index, card in enumerate(cards):
            if self._cards_column.indexOf(card) == index:
                continue
            holder = card.parentWidget().layout() if card.parentWidget() is not None else None
            if holder is not None:
                holder.removeWidget(card)
            self._cards_column.insertWidget(index, card)
            card.show()  # now, not through the queue: the focus may be given back to it right after
        self.cards = list(cards)

    def _show_warnings(self, warnings: list[Warning]) -> None:
        texts = [warning_text(warning) for warning in warnings]
        if texts == self._warning_texts:
            return
        self._warning_texts = texts
        while (item := self._badge_column.takeAt(0)) is not None:
            item.widget().deleteLater()
        for text in texts:
            self._badge_column.addWidget(label(text, "badge", "warningBadge"))
        self.badges.setVisible(bool(texts))

    def tab_stops(self) -> list[QWidget]:
        """What Tab visits here, top to bottom: the room field, the remove button, the cards."""
        head = [widget for widget in (self.room, self.remove_button) if widget is not None]
        return [*head, *self.cards]

    def card_of(self, member_id: int) -> PersonCard | None:
        return next((card for card in self.cards if card.person.id == member_id), None)

    # -- dropping ----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if member_of(event.mimeData()) is None:
            event.ignore()
            return
        self._mark_target(True)
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        member = member_of(event.mimeData())
        if member is None:
            event.ignore()
            return
        self._show_drop_line(self._position_at(event.position().toPoint(), member), member)
        self.dragged_over.emit(self.mapToGlobal(event.position().toPoint()))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._end_drag()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        member = member_of(event.mimeData())
        self._end_drag()
        if member is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(member, self.team_id, self._position_at(event.position().toPoint(), member))

    def _position_at(self, point: QPoint, member_id: int) -> int:
        """Where a person dropped at ``point`` (the lane's coordinates) goes: before the first card whose
        middle is below it, counted without the dragged person themself (they leave their old place)."""
        inside = self._cards_box.mapFrom(self, point)
        others = [card for card in self.cards if card.person.id != member_id]
        return sum(card.geometry().center().y() < inside.y() for card in others)

    def _show_drop_line(self, position: int, member_id: int) -> None:
        """The line where the person would land (the dragged card itself still stands in this lane)."""
        self._cards_column.removeWidget(self.drop_line)
        own = next((index for index, card in enumerate(self.cards) if card.person.id == member_id), None)
        self._cards_column.insertWidget(position + (own is not None and own <= position), self.drop_line)
        self.drop_line.show()

    def _mark_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def _end_drag(self) -> None:
        self._mark_target(False)
        self.drop_line.hide()
        self._cards_column.removeWidget(self.drop_line)
