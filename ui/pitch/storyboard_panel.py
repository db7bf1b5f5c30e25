"""The storyboard: the team's panels as numbered cards in a wrapping grid, in their order.

Each card has a picture (a photo of a paper sketch, chosen as a PNG or JPEG file), a caption and
a short text, saved as typed. A card moves by dragging its number onto another card's place
(Escape while dragging: it stays), or by keyboard (``storyboardMoveBack``/``storyboardMoveOn``
with the focus anywhere in it; the focus stays where it was). Adding, deleting, moving and picture changes are undo steps; a refused or
failed one says why in the message line and changes nothing. The pitch page shows this widget as
its "Storyboard" part and asks ``completeness()`` for its meter (``meterChanged`` tells when it changed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.day.template import Step
from app.errors import DomainError
from app.event.teams import TeamView
from app.pitch import storyboard as sb
from app.pitch.pictures import read_picture
from ui.common.keymap import bind, key_text
from ui.common.messages import message_line, say
from ui.common.widgets import label, tool_button
from ui.pitch import storyboard_commands as commands
from ui.pitch.card_grid import CardGrid
from ui.pitch.storyboard_card import CARD_MIN_WIDTH, PanelCard
from ui.pitch.storyboard_look import storyboard_style
from ui.pitch.storyboard_messages import storyboard_message
from ui.storage.feed_bridge import touches


class StoryboardPanel(QWidget):
    meterChanged = Signal(object)  # sb.Completeness after every refresh: the page's meter follows it

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyboardPanel")
        self._ws = workspace
        self._styled = ""  # the theme the panel's own look was made for
        self._restyle()
        self._team: TeamView | None = None
        self._step: Step | None = None
        self.cards: dict[int, PanelCard] = {}
        self.order: list[int] = []  # the panels' ids as shown
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(self._head())  # stays in view: the panels scroll under it
        self.error = message_line("storyboardError")
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())  # a two-line reason pushes no panel down
        column.addWidget(self.error)
        body = QWidget()
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.setSpacing(8)
        self.hint = label(self.tr("Tell the idea as a story in scenes. Drag a panel by its number to move it, or press {back} / {on} in a panel.").format(
            back=key_text("storyboardMoveBack"), on=key_text("storyboardMoveOn")), "muted", "storyboardHint")
        inside.addWidget(self.hint)
        self.empty = label("", "lead", "storyboardEmpty")
        inside.addWidget(self.empty)
        self.grid_holder = QWidget()
        self.grid_holder.setObjectName("storyboardCards")
        self.grid = CardGrid(self.grid_holder, min_width=CARD_MIN_WIDTH)
        inside.addWidget(self.grid_holder)
        inside.addStretch(1)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setObjectName("storyboardScroll")
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setWidget(body)
        column.addWidget(self.cards_scroll, 1)
        for name, slot in (("storyboardUndo", self.undo_stack.undo), ("storyboardRedo", self.undo_stack.redo),
                           ("storyboardMoveBack", lambda: self.move_focused(-1)), ("storyboardMoveOn", lambda: self.move_focused(1))):
            bind(name, self, slot)
        workspace.bridge.changed.connect(self._on_changes)

    def _head(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label(self.tr("Storyboard"), "h3", "storyboardTitle", wrap=False))
        self.meter = label("", "chip", "storyboardMeter", wrap=False)
        row.addWidget(self.meter)
        row.addStretch(1)
        self.full_reason = label("", "muted", "storyboardFull", wrap=False)
        row.addWidget(self.full_reason)
        self.undo_button = tool_button("storyboardUndo", "↶", self.tr("Undo") + f" ({key_text('storyboardUndo')})", lambda: self._press(True))
        self.redo_button = tool_button("storyboardRedo", "↷", self.tr("Redo") + f" ({key_text('storyboardRedo')})", lambda: self._press(False))
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.add_button = QPushButton(self.tr("+ Add panel"))
        self.add_button.setObjectName("addPanelButton")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_panel)
        for widget in (self.undo_button, self.redo_button, self.add_button):
            row.addWidget(widget)
        return row

    def _press(self, undo: bool) -> None:
        """↶ or ↷ pressed; when that was the last step its way, the focus goes to the other button."""
        pressed, other = (self.undo_button, self.redo_button) if undo else (self.redo_button, self.undo_button)
        had_focus = pressed.hasFocus()
        (self.undo_stack.undo if undo else self.undo_stack.redo)()
        if had_focus and not pressed.isEnabled():
            other.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Another theme chosen: the app's style sheet changes first, the workspace's theme right after."""
        if event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self._restyle)
        super().changeEvent(event)

    def _restyle(self) -> None:
        if self._ws.theme.key != self._styled:
            self._styled = self._ws.theme.key
            self.setStyleSheet(storyboard_style(self._ws.theme))

    # -- what is shown -------------------------------------------------------------------------
    def show_step(self, step: Step, team: TeamView) -> None:
        if self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id):
            self.flush_edits()
            self.undo_stack.clear()
            self._drop_cards()
            self.error.hide()
        self._step, self._team = step, team
        self.reload()

    def _stack_moved(self, _index: int) -> None:
        """An undo or redo shows at once, not only via the feed. A cleared stack (another team shown, or
        the panel going away: the stack clears itself as it is destroyed) has nothing to show."""
        if self.undo_stack.count():
            self.reload()

    def completeness(self) -> sb.Completeness | None:
        """The panels there are and the template's minimum (None: no storyboard shown)."""
        if self._team is None or self._step is None or self._step.storyboard is None:
            return None
        return sb.completeness(sb.panels(self._ws.store, self._team.id, self._step.key), self._step.storyboard)

    def reload(self) -> None:
        if self._team is None or self._step is None or self._step.storyboard is None:
            return
        panels = sb.panels(self._ws.store, self._team.id, self._step.key)
        gone = set(self.cards) - {p.id for p in panels}
        place = self._focused_place(gone)
        for panel_id in gone:
            self._remove_card(panel_id)
        for number, panel in enumerate(panels, start=1):
            if panel.id not in self.cards:
                self.cards[panel.id] = self._new_card(panel.id)
            self.cards[panel.id].show_panel(panel, number)
        order = [p.id for p in panels]
        if order != self.order or self.grid.count() != len(order):
            self._lay_out(order)
        meter = sb.completeness(panels, self._step.storyboard)
        self._show_meter(meter)
        self.meterChanged.emit(meter)
        if place is not None:
            self._focus_near(place)

    def _focused_place(self, gone: set[int]) -> int | None:
        """The place of the card holding the focus, when that card is about to go (None otherwise)."""
        focus = QApplication.focusWidget()
        for panel_id in gone:
            if focus is not None and self.cards[panel_id].isAncestorOf(focus):
                return self.order.index(panel_id)
        return None

    def _focus_near(self, place: int) -> None:
        """The focus on the card now at ``place`` (or the last one), else on "Add panel": never lost."""
        if self.order:
            self.show_focused(self.cards[self.order[min(place, len(self.order) - 1)]].grip)
        else:
            self.add_button.setFocus()

    def show_focused(self, widget: QWidget) -> None:
        """The focus on ``widget``, scrolled into view (the cards scroll under the toolbar)."""
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.cards_scroll.ensureWidgetVisible(widget)

    def _show_meter(self, meter: sb.Completeness) -> None:
        self.meter.setText(self.tr("{count} of at least {minimum} panels").format(count=meter.panels, minimum=meter.minimum))
        self.add_button.setEnabled(not meter.full)
        self.full_reason.setText(self.tr("The most a storyboard has: {limit} panels.").format(limit=meter.maximum) if meter.full else "")
        self.full_reason.setVisible(meter.full)
        self.add_button.setToolTip(self.full_reason.text())
        self.empty.setVisible(meter.panels == 0)
        self.empty.setText(self.tr("No panels yet. Sketch the idea on paper in {minimum} to {maximum} scenes, add a panel for each, "
                                   "and photograph the sketches.").format(minimum=meter.minimum, maximum=meter.maximum))

    def _new_card(self, panel_id: int) -> PanelCard:
        card = PanelCard(panel_id, self.grid_holder)
        card.saveNow.connect(self._save_typing)
        card.pictureRequested.connect(self.choose_picture)
        card.pictureRemoved.connect(lambda c: self._picture(c, None))
        card.deleteRequested.connect(self.delete_panel)
        card.grip.dragged.connect(lambda at, c=card: self._dragging(c, at))
        card.grip.dropped.connect(lambda at, c=card: self._dropped(c, at))
        card.grip.cancelled.connect(self._unmark)
        return card

    def _lay_out(self, order: list[int]) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for panel_id in order:
            self.grid.addWidget(self.cards[panel_id])
            self.cards[panel_id].show()
        self.order = order
        self.grid.invalidate()
        self._tab_order()

    def _tab_order(self) -> None:
        chain = self.focus_chain()
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def focus_first(self) -> QWidget:
        """Where the focus goes when the storyboard is opened: its first panel's caption, else "Add panel"."""
        return next((self.cards[i].caption for i in self.order if i in self.cards), self.add_button)  # (a card may be going)

    def focus_chain(self) -> list[QWidget]:
        """Tab's way through the storyboard (for the page's own chain)."""
        return [self.undo_button, self.redo_button, self.add_button] + [w for i in self.order for w in self.cards[i].focus_chain()]

    def _remove_card(self, panel_id: int) -> None:
        card = self.cards.pop(panel_id)
        card.cancel_save()
        card.hide()
        card.deleteLater()

    def _drop_cards(self) -> None:
        for panel_id in list(self.cards):
            self._remove_card(panel_id)
        while self.grid.count():
            self.grid.takeAt(0)
        self.order = []

    def flush_edits(self) -> None:
        """Save what is being typed (another team or step is shown, the window closes)."""
        for card in self.cards.values():
            card.flush()

    def _on_changes(self, batch) -> None:
        if self._team is not None and touches(batch, {"story_panel"}, self._team.id):
            self.reload()

    # -- actions -------------------------------------------------------------------------------
    def _push(self, command) -> bool:
        """Do an action as an undo step; refused or failed: the reason shown, the stack untouched."""
        refused: list[DomainError] = []

        def refuse(error: DomainError) -> None:
            refused.append(error)
            say(self.error, storyboard_message(error))

        command.on_refused = refuse
        self.undo_stack.push(command)
        if refused:
            self.reload()
            return False
        self.error.hide()
        return True

    def add_panel(self) -> None:
        command = commands.AddPanel(self._ws.store, self._team.id, self._step.key, self._step.storyboard)
        if self._push(command):
            self.show_focused(self.cards[command.panel_id].caption)

    def delete_panel(self, card: PanelCard) -> None:
        card.flush()  # what was typed goes along: an undo brings the panel back with it
        self._push(commands.DeletePanel(self._ws.store, card.panel_id, self._step.storyboard))  # the focus goes to its neighbour

    def move_focused(self, step: int) -> None:
        """The card holding the focus one place back or on; the focus stays where it is."""
        focus = QApplication.focusWidget()
        card = next((c for c in self.cards.values() if focus is not None and (c is focus or c.isAncestorOf(focus))), None)
        if card is None:
            return
        index = self.order.index(card.panel_id) + step
        if 0 <= index < len(self.order):
            card.flush()
            self._push(commands.MovePanel(self._ws.store, card.panel_id, index))

    def choose_picture(self, card: PanelCard) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a photo of the sketch"), str(Path.home()),
                                                    self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            picture = read_picture(Path(path))
        except DomainError as error:
            say(self.error, storyboard_message(error))
            return
        self._picture(card, picture)

    def _picture(self, card: PanelCard, picture) -> None:
        if self._push(commands.SetPicture(self._ws.store, card.panel_id, picture)):
            card.picture_button.setFocus()

    def _save_typing(self, card: PanelCard) -> None:
        caption, text = card.values()
        try:
            sb.edit_panel(self._ws.store, card.panel_id, caption, text)
        except DomainError as error:
            say(self.error, storyboard_message(error))  # the field keeps its text
            return
        self.error.hide()

    # -- dragging ------------------------------------------------------------------------------
    def _target(self, at: QPoint) -> int | None:
        """The place a card dropped at this global point takes: the card under it, else the nearest."""
        point = self.grid_holder.mapFromGlobal(at)
        cards = [self.cards[i] for i in self.order]
        if not cards:
            return None
        under = next((n for n, c in enumerate(cards) if c.geometry().contains(point)), None)
        if under is not None:
            return under
        return min(range(len(cards)), key=lambda n: (cards[n].geometry().center() - point).manhattanLength())

    def _dragging(self, card: PanelCard, at: QPoint) -> None:
        target = self._target(at)
        card.mark("lifted", True)
        for n, panel_id in enumerate(self.order):
            self.cards[panel_id].mark("dropTarget", n == target and panel_id != card.panel_id)

    def _unmark(self) -> None:
        for card in self.cards.values():
            card.mark("lifted", False)
            card.mark("dropTarget", False)

    def _dropped(self, card: PanelCard, at: QPoint) -> None:
        target = self._target(at)
        self._unmark()
        if target is not None and target != self.order.index(card.panel_id):
            card.flush()
            self._push(commands.MovePanel(self._ws.store, card.panel_id, target))
        self.show_focused(card.grip)
