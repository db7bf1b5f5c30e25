"""Moving people on the formation board: by a drop, by the card's keys (Alt+arrows), by the menu
"Move to…"; the arrows alone walk the focus over the cards. Each move is one place_member call; a
refusal says why and nothing moves. The moved person keeps the focus (the board gives it back once
the change feed has shown the move)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.errors import DomainError
from app.event.teams import removal
from app.participants.placing import place_member, set_absent, set_challenge_pref
from ui.common.keymap import sequences
from ui.common.messages import confirm, message_for
from ui.common.widgets import focus_again
from ui.participants.formation_board import FormationBoardView
from ui.participants.formation_words import lane_title
from ui.participants.team_lane import UNPLACED


class PersonMoves(QObject):
    """The page's hands on the board: ``tell(text, ok)`` shows what happened (or why not)."""

    def __init__(self, page: QWidget, board: FormationBoardView, tell) -> None:
        super().__init__(page)
        self._page = page
        self._board = board
        self._tell = tell
        self.keep_focus_on: int | None = None  # the person who gets the focus once the move shows
        board.dropped.connect(self.move)
        board.card_asked.connect(self.on_key)
        board.card_menu.connect(self.open_menu)

    @property
    def _ws(self):
        return self._page.workspace

    # -- the keys of a card ------------------------------------------------------------------
    def on_key(self, member_id: int, what: str) -> None:
        lanes = self._board.lanes()
        lane = self._board.lane_of(member_id)
        if lane is None:
            return
        column, row = lanes.index(lane), [c.person.id for c in lane.cards].index(member_id)
        if what.startswith("focus_"):
            self._walk(lanes, column, row, what)
        elif what in ("left", "right") and 0 <= column + (1 if what == "right" else -1) < len(lanes):
            target = lanes[column + (1 if what == "right" else -1)]
            self.move(member_id, target.team_id, row if target.team_id is not UNPLACED else None)
        elif what in ("up", "down") and lane.team_id is not UNPLACED:
            position = row + (1 if what == "down" else -1)
            if 0 <= position < len(lane.cards):
                self.move(member_id, lane.team_id, position)
        elif what == "menu":
            card = lane.card_of(member_id)
            self.move_menu(member_id).exec(card.mapToGlobal(card.rect().center()))
            self._focus_after_menu(member_id)
        elif what == "absent":
            self.toggle_absent(member_id)

    def _walk(self, lanes, column: int, row: int, what: str) -> None:
        """Arrows: up and down within a lane, left and right to the nearest card of the next lane that has one."""
        step = {"focus_up": (0, -1), "focus_down": (0, 1), "focus_left": (-1, 0), "focus_right": (1, 0)}[what]
        if step[0] == 0:
            cards = lanes[column].cards
            if 0 <= row + step[1] < len(cards):
                self._board.focus_member(cards[row + step[1]].person.id, Qt.FocusReason.TabFocusReason)
            return
        index = column + step[0]
        while 0 <= index < len(lanes):
            cards = lanes[index].cards
            if cards:
                self._board.focus_member(cards[min(row, len(cards) - 1)].person.id, Qt.FocusReason.TabFocusReason)
                return
            index += step[0]

    # -- moving --------------------------------------------------------------------------------
    def move(self, member_id: int, team_id: int | None, position: int | None) -> bool:
        """Place the person (None: back among the not yet placed, at the end) and keep the focus on them."""
        source = self._board.lane_of(member_id)
        if source is None:
            return False
        if team_id is UNPLACED:
            position = None  # the not yet placed are one list for the whole event: the person goes last
        if source.team_id is not UNPLACED and source.team_id != team_id and not self._may_leave(member_id, source):
            return False
        person = source.card_of(member_id).person
        self.keep_focus_on = member_id
        try:
            place_member(self._ws.store, member_id, team_id, position)
        except DomainError as error:
            self.keep_focus_on = None
            self._tell(message_for(error), False)
            self._board.focus_member(member_id)
            return False
        board_key = self._board.board.challenge_key if self._board.board else None
        if team_id is UNPLACED and person.challenge_key != board_key:
            self._tell(self.tr("{name} is not yet placed now, on the board of their preferred challenge.").format(name=person.name), True)
        else:
            self._tell("", True)
        return True

    def _may_leave(self, member_id: int, source) -> bool:
        """Leaving a team that has started takes their roles and open dots along: ask first."""
        column = next((c for c in self._board.board.teams if c.team_id == source.team_id), None)
        if column is None or not column.started:
            return True
        name = source.card_of(member_id).person.name
        lines = [self.tr("{team} has already started. Move {name} out of it? Their roles in it end; their notes stay, with their name.")
                 .format(team=source.title.text(), name=name)]
        try:
            dots = removal(self._ws.store, member_id).dots_taken_back
        except DomainError as error:
            self._tell(message_for(error), False)
            return False
        if dots:
            lines.append(self.tr("Their %n dot(s) in votes not yet revealed are taken back.", "", dots))
        return confirm(self._page, self.tr("Move out of a team that has started"), "\n\n".join(lines))

    def toggle_absent(self, member_id: int) -> None:
        card = self._board.card(member_id)
        if card is None:
            return
        self.keep_focus_on = member_id
        self._act(lambda: set_absent(self._ws.store, member_id, not card.person.absent))

    def prefer(self, member_id: int, challenge_key: str | None) -> None:
        self._act(lambda: set_challenge_pref(self._ws.store, member_id, challenge_key))

    def _act(self, action) -> None:
        try:
            action()
        except DomainError as error:
            self.keep_focus_on = None
            self._tell(message_for(error), False)
            return
        self._tell("", True)

    # -- menus ---------------------------------------------------------------------------------
    def move_menu(self, member_id: int, parent: QWidget | None = None) -> QMenu:
        """"Move to…": the not yet placed and every team of this board; where the person is, checked."""
        menu = QMenu(self.tr("Move to…"), parent or self._page)
        menu.setObjectName("moveToMenu")
        here = self._board.lane_of(member_id)
        for lane in self._board.lanes():
            column = next((c for c in self._board.board.teams if c.team_id == lane.team_id), None)
            text = lane_title(column, self._page.team_word)
            if column is not None and column.room:
                text += f" · {column.room}"
            action = menu.addAction(text.replace("&", "&&"))
            action.setCheckable(lane is here)
            action.setChecked(lane is here)
            action.setEnabled(lane is not here)
            action.triggered.connect(lambda _=False, t=lane.team_id: self.move(member_id, t, None))
        return menu

    def open_menu(self, member_id: int, point: QPoint) -> None:
        """The card's context menu: move, absent today, and (not yet placed) the preferred challenge."""
        card = self._board.card(member_id)
        if card is None:
            return
        menu = QMenu(self._page)
        menu.setObjectName("personMenu")
        moves = self.move_menu(member_id, menu)
        moves.menuAction().setShortcut(_first_key("formationMoveTo"))
        menu.addMenu(moves)
        absent = QAction(self.tr("Absent today"), menu)
        absent.setObjectName("absentAction")
        absent.setCheckable(True)
        absent.setChecked(card.person.absent)
        absent.setShortcut(_first_key("formationAbsent"))
        absent.triggered.connect(lambda: self.toggle_absent(member_id))
        menu.addAction(absent)
        if self._board.lane_of(member_id).team_id is UNPLACED:
            menu.addMenu(self._preference_menu(member_id, card.person.challenge_key, menu))
        menu.exec(point)
        self._focus_after_menu(member_id)

    def _focus_after_menu(self, member_id: int) -> None:
        """The menu closed: the window active again and the focus on the person (moved or not)."""
        card = self._board.card(member_id)
        if card is not None:
            focus_again(card)
            self._board.reveal(card)

    def _preference_menu(self, member_id: int, current: str | None, parent: QMenu) -> QMenu:
        menu = QMenu(self.tr("Preferred challenge"), parent)
        menu.setObjectName("preferenceMenu")
        choices = [(c.key, f"{c.number} · {self._ws.t(c.title)}") for c in self._ws.template.challenges]
        for key, text in [*choices, (None, self.tr("No preference"))]:
            action = menu.addAction(text.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _=False, k=key: self.prefer(member_id, k))
        return menu


def _first_key(name: str) -> QKeySequence:
    keys = sequences(name)
    return keys[0] if keys else QKeySequence()
