"""One challenge's board: the not yet placed and its teams as lanes side by side, scrolling sideways.

Lanes are kept per team between refreshes (a room being typed in stays as it is); a lane remakes its
cards only when its people changed, and the card that had the focus gets it back after a refresh —
a move made on another laptop shows without taking the focus from where it is.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from app.participants.formation_model import FormationBoard
from ui.common import text_size
from ui.participants.formation_words import team_warnings
from ui.participants.person_card import PersonCard
from ui.participants.team_lane import UNPLACED, TeamLane

EDGE = 48  # a drag this close to the board's left or right edge scrolls it


class FormationBoardView(QFrame):
    """Shows a FormationBoard; passes on what its lanes and cards ask (see TeamLane and PersonCard)."""

    dropped = Signal(int, object, int)  # member id, team id or None, position
    room_typed = Signal(int, str)
    remove_asked = Signal(int)
    card_asked = Signal(int, str)
    card_menu = Signal(int, QPoint)

    def __init__(self, lock_colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formationBoard")
        self._lock_colour = lock_colour
        self.board: FormationBoard | None = None
        self._lanes: dict[int | None, TeamLane] = {}
        self._cards: dict[int, PersonCard] = {}
        self._row_widget = QWidget()
        self._row_widget.setObjectName("formationLanes")
        self._row = QHBoxLayout(self._row_widget)
        self._row.setContentsMargins(12, 12, 12, 12)
        self._row.setSpacing(12)
        self._row.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("formationScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setVerticalScrollBarPolicy(  # each lane scrolls itself; at large text the board may need to as well
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if text_size.factor() > 1 else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self._row_widget)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from card to card, not to the board
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    # -- showing ------------------------------------------------------------------------------
    def show_board(self, board: FormationBoard, emails: dict[int, str], team_word: str) -> None:
        focused = self.focused_member()
        if self.board is not None and self.board.challenge_key != board.challenge_key:
            self._drop_lanes()
        self.board = board
        wanted: list[int | None] = [UNPLACED, *(column.team_id for column in board.teams)]
        people = {None: board.unplaced, **{column.team_id: column.members for column in board.teams}}
        cards = self._cards_for([p for team_id in wanted for p in people[team_id]], emails)
        for index, team_id in enumerate(wanted):
            column = next((c for c in board.teams if c.team_id == team_id), None)
            lane = self._lanes.get(team_id) or self._new_lane(column)
            if self._row.indexOf(lane) != index:
                self._row.removeWidget(lane)
                self._row.insertWidget(index, lane)
            warnings = [] if column is None else team_warnings(board, column.team_id)
            lane.show_column(column, [cards[p.id] for p in people[team_id]], warnings, team_word)
        for team_id in [t for t in self._lanes if t not in wanted]:
            self._lanes.pop(team_id).deleteLater()
        self._chain_tab_order()
        if focused is not None:
            self.focus_member(focused, Qt.FocusReason.OtherFocusReason)

    def _chain_tab_order(self) -> None:
        """Tab follows the board as seen: the lanes left to right, each its room field, then its cards
        top to bottom (without this Qt's chain keeps the order the cards were first made in)."""
        stops = [widget for lane in self.lanes() for widget in lane.tab_stops()]
        for before, after in zip(stops, stops[1:]):
            QWidget.setTabOrder(before, after)

    def _cards_for(self, people, emails: dict[int, str]) -> dict[int, PersonCard]:
        """A card per person: the one they had (moved as it is, so it keeps the focus), or a new one."""
        cards = {}
        for person in people:
            card = self._cards.pop(person.id, None)
            if card is None:
                card = PersonCard(person)
                card.asked.connect(self.card_asked)
                card.menu_asked.connect(self.card_menu)
            card.show_person(person, emails.get(person.id, ""))
            cards[person.id] = card
        for gone in self._cards.values():  # no longer on this board
            gone.hide()
            gone.deleteLater()
        self._cards = cards
        return cards

    def _new_lane(self, column) -> TeamLane:
        lane = TeamLane(column, self._lock_colour)
        lane.dropped.connect(self.dropped)
        lane.room_typed.connect(self.room_typed)
        lane.remove_asked.connect(self.remove_asked)
        lane.dragged_over.connect(self._scroll_near_edge)
        self._lanes[lane.team_id] = lane
        return lane

    def _drop_lanes(self) -> None:
        """Another challenge shown: its lanes and cards are all new."""
        for widget in [*self._cards.values(), *self._lanes.values()]:
            widget.hide()
            widget.deleteLater()
        self._lanes, self._cards = {}, {}

    # -- finding ------------------------------------------------------------------------------
    def lanes(self) -> list[TeamLane]:
        """The lanes left to right: the not yet placed first, then the teams by number."""
        order = [UNPLACED, *(column.team_id for column in self.board.teams)] if self.board else []
        return [self._lanes[team_id] for team_id in order if team_id in self._lanes]

    def lane(self, team_id: int | None) -> TeamLane | None:
        return self._lanes.get(team_id)

    def lane_of(self, member_id: int) -> TeamLane | None:
        return next((lane for lane in self.lanes() if lane.card_of(member_id) is not None), None)

    def card(self, member_id: int) -> PersonCard | None:
        lane = self.lane_of(member_id)
        return lane.card_of(member_id) if lane else None

    def focused_member(self) -> int | None:
        """The person whose card has the focus (None: the focus is elsewhere)."""
        focus = self.window().focusWidget()  # also while a closing menu still holds the activation
        if isinstance(focus, PersonCard) and self.isAncestorOf(focus):
            return focus.person.id
        return None

    def focus_member(self, member_id: int, reason=Qt.FocusReason.OtherFocusReason) -> bool:
        card = self.card(member_id)
        if card is None:
            return False
        card.setFocus(reason)
        self.reveal(card)
        return True

    def reveal(self, card: PersonCard) -> None:
        """Scroll the board and the card's lane so the card is in view, once its lane has laid it out:
        a card just moved still has the place it had in its old lane until the layouts have run."""
        member_id = card.person.id
        QTimer.singleShot(0, self, lambda: self._reveal_now(member_id))

    def _reveal_now(self, member_id: int) -> None:
        lane = self.lane_of(member_id)
        card = lane.card_of(member_id) if lane else None
        if card is None:
            return
        self.scroller.ensureWidgetVisible(lane, 0, 0)
        lane.scroller.ensureWidgetVisible(card, 0, 8)
        self.scroller.ensureWidgetVisible(card, 8, 8)  # the row can be taller than the board shows

    def _scroll_near_edge(self, global_point: QPoint) -> None:
        """A drag near the board's edge brings the lanes beyond it into view."""
        x = self.scroller.viewport().mapFromGlobal(global_point).x()
        bar = self.scroller.horizontalScrollBar()
        if x < EDGE:
            bar.setValue(bar.value() - bar.singleStep() * 4)
        elif x > self.scroller.viewport().width() - EDGE:
            bar.setValue(bar.value() + bar.singleStep() * 4)
