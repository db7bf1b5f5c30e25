"""The sticky-note board of a brain dump or clustering step, with a scribe bar for one team laptop.

Type, Enter, and the next note starts at once; the author is whoever is chosen in the member
bar (Alt+1…9). Notes move, multi-select, take a colour, and go into named clusters by being
dropped inside one. Every action is an undo command; the board redraws from the change feed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.board import board
from app.board.cluster_layout import GAP
from app.day.privacy import shown_anonymously
from app.day.template import Step, StepKind, VoteTarget
from app.event.teams import TeamView
from app.voting.vote_items import dots_a_delete_drops, dots_on
from app.voting.vote_step import is_revealed, reveal
from ui.board import board_commands as commands
from ui.board.board_clusters import ClusterActions
from ui.board.board_hkw import HkwActions
from ui.board.board_items import NOTE_H, NOTE_W, ClusterItem, NoteItem, finish_all_edits
from ui.board.board_notes import NoteLayer
from ui.board.board_questions import ask_drop_dots
from ui.board.board_view import BoardScene, BoardView
from ui.board.empty_field_undo import EmptyFieldUndo
from ui.board.writer_counts import show_writer_counts, unnamed_line
from ui.common.keymap import bind, bind_numbered, key_text
from ui.common.messages import attempt
from ui.common.widgets import FlowLayout, choice_button, label, tab_first
from ui.storage.feed_bridge import touches
from ui.storage.outbox_board import note_waits
from ui.sync import note_conflicts


class BoardPage(HkwActions, ClusterActions, QWidget):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self._ws = workspace
        self._team: TeamView | None = None
        self._step: Step | None = None
        self._clusters: dict[int, ClusterItem] = {}
        self.undo_stack = QUndoStack(self)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        writing = QHBoxLayout()  # who writes, and the field they type in: one row
        writing.setSpacing(12)
        bar_holder = QWidget()
        self.member_bar = FlowLayout(bar_holder, spacing=6)  # wraps when a team is large
        self._member_group = QButtonGroup(self)
        self._member_group.setExclusive(True)
        writing.addWidget(bar_holder, 3)
        writing.addWidget(self.prefixed_field(self._note_field()), 2)
        column.addLayout(writing)
        column.addLayout(self._tool_row())
        self.scene = BoardScene(self)
        self._layer = NoteLayer(self.scene, self._edited, self._typed)
        self._notes = self._layer.items  # the note items by id (the layer keeps them)
        self._shown_counts: dict[int, int | None] = {}  # member id: the count their button shows
        self._show_when_made: int | None = None  # the note the scribe just typed, brought into view once made
        self.scene.notesDragged.connect(self._dragged)
        self.scene.clustersDragged.connect(self._clusters_dragged)
        self.view = BoardView(self.scene)
        self.view.on_typing = self._typed_on_board
        self.view.clusterRenameRequested.connect(self.ask_cluster_name)
        self.view.customContextMenuRequested.connect(self.note_menu)
        column.addWidget(self.view, 1)
        self.error_label = label("", "error", "boardError")
        self.error_label.hide()
        column.addWidget(self.error_label)
        self._shortcuts()
        workspace.bridge.changed.connect(self._on_changes)

    # -- building ------------------------------------------------------------
    def _note_field(self) -> QLineEdit:
        self.note_input = QLineEdit()
        self.note_input.setObjectName("noteInput")
        self.note_input.setMinimumWidth(280)
        self.note_input.setPlaceholderText(self.tr("Type a thought, Enter: on the board, and type the next"))
        self.note_input.setAccessibleName(self.tr("New sticky note"))
        self.note_input.returnPressed.connect(self.add_typed_note)
        EmptyFieldUndo(self.note_input, self.undo_stack)  # Ctrl+Z in the empty field undoes on the board
        return self.note_input

    def _tool_row(self) -> QHBoxLayout:
        """The board's tools in one row (undo, redo and fit as signs, named for screen readers)."""
        row = QHBoxLayout()
        row.setSpacing(6)
        keys = lambda name: f" ({key_text(name)})"  # noqa: E731 - the keys from the one keymap
        for name, text, tip, slot in (
            ("clusterButton", self.tr("Cluster selection"), self.tr("Make a cluster of the selected notes") + keys("boardCluster"), self.cluster_selection),
            ("mergeButton", self.tr("Merge clusters"), "", self.merge_selected_clusters),
            ("knelpuntFromSelection", self.tr("Make pain points"), "", self.knelpunten_from_selection),
            ("colourButton", self.tr("Colour"), "", self._colour_menu),
            ("bestButton", self.tr("★ Best of its theme"), self.tr("Mark the selected question as the one that states its theme best") + keys("boardBest"), self.mark_best_selected),
            ("revealNotesButton", self.tr("Reveal everyone's notes"), "", self.reveal),
            ("fitButton", "⤢", self.tr("Fit") + keys("boardFit"), self.fit),
            ("undoButton", "↶", self.tr("Undo") + keys("boardUndo"), self.undo_stack.undo),
            ("redoButton", "↷", self.tr("Redo") + keys("boardRedo"), self.undo_stack.redo),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where the typing is
            button.setAccessibleName(tip.split(" (")[0] if len(text) == 1 else text)
            button.clicked.connect(lambda _checked=False, act=slot: act())  # clicked's flag is no argument of the action
            row.addWidget(button)
            setattr(self, re.sub(r"([A-Z])", r"_\1", name).lower(), button)  # revealNotesButton -> reveal_notes_button
        row.addStretch(1)
        return row

    def _shortcuts(self) -> None:
        """The board's keys, from the one keymap; they act while the focus is on the board."""
        for name, slot in (
            ("boardUndo", self.undo_stack.undo),
            ("boardRedo", self.undo_stack.redo),
            ("boardDelete", self.delete_selected),
            ("boardCluster", self.cluster_selection),
            ("boardFit", self.fit),
            ("boardBest", self.mark_best_selected),
            ("boardZoomIn", lambda: self.view.zoom(1.15)),
            ("boardZoomOut", lambda: self.view.zoom(1 / 1.15)),
        ):
            bind(name, self, slot)
        bind_numbered("boardAuthor", self, self.choose_author_index)

    # -- what is shown -------------------------------------------------------
    def show_step(self, step: Step, team: TeamView) -> None:
        changed = self._step is None or self._team is None or (step.key, team.id) != (self._step.key, self._team.id)
        self._step, self._team = step, team
        if changed:
            finish_all_edits(self._notes)  # a note being typed in is saved before the board changes
            self.undo_stack.clear()
            self.scene.clear()
            self._layer.clear()
            self._clusters.clear()
        self._fill_member_bar(team)
        self._update_reveal_button()
        self.cluster_button.setVisible(self.has_clusters)
        self.merge_button.setVisible(self.has_clusters)
        self.knelpunt_from_selection.setVisible(self.has_clusters and not self.marks_best)
        self.show_prefix()
        self.reload()
        if changed:
            self.fit()

    @property
    def has_clusters(self) -> bool:
        return self._step is not None and self._step.kind == StepKind.CLUSTER

    @property
    def note_step(self) -> str:
        return board.note_source(self._step)

    def _private_now(self) -> bool:
        """A member's own laptop during a private brain dump: which notes show depends on the author."""
        return self._ws.identity is not None and self._ws.template.step(self.note_step).rules.hidden_until_reveal and not self.revealed

    def _update_notes(self, batch) -> None:
        """Only the notes a change touched: their items made, updated or removed, their authors recounted."""
        gone = {c.row_id for c in batch if c.action == "delete"}
        fresh = board.notes_by_id(self._ws.store, {c.row_id for c in batch} - gone)
        here = [n for n in fresh if n.team_id == self._team.id and n.step_key == self.note_step]
        self._layer.remove(gone | ({n.id for n in fresh} - {n.id for n in here}))
        touched = self._layer.put(here, {m.id: m.name for m in self._team.members})
        self.scene.cover(item.sceneBoundingRect() for item in touched)
        typed = self._notes.get(self._show_when_made)
        if typed is not None:
            self._show_when_made = None
            self.view.ensureVisible(typed, GAP, GAP)
        self._update_counts()

    def _update_reveal_button(self) -> None:
        """Shown while the notes' own step (the brain dump) keeps them private."""
        hidden = self._ws.template.step(self.note_step).rules.hidden_until_reveal
        self.reveal_notes_button.setVisible(hidden and not self.revealed)

    def flush_edits(self) -> None:
        finish_all_edits(self._notes)

    def _fill_member_bar(self, team: TeamView) -> None:
        """Who writes: one chosen member, filled (the laptop's own member, else the last choice, else the first)."""
        own = self._ws.identity
        writers = [m for m in team.members if m.id == own] if own is not None else team.members
        chosen = self.author_id if any(m.id == self.author_id for m in writers) else (writers[0].id if writers else None)
        while self.member_bar.count():
            widget = self.member_bar.takeAt(0).widget()
            if isinstance(widget, QPushButton):
                self._member_group.removeButton(widget)
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        who = label(self.tr("Who writes:"), "muted", wrap=False)
        who.setMinimumHeight(QPushButton().sizeHint().height())  # level with the buttons beside it
        self.member_bar.addWidget(who)
        self._shown_counts = {}
        for index, member in enumerate(writers):
            button = choice_button("", f"author_{member.id}")  # the writer is filled: chosen, not just focused
            button.setProperty("member_id", member.id)
            button.setToolTip(self.tr("Alt+{number}").format(number=index + 1) if index < 9 else "")
            button.setChecked(member.id == chosen)
            button.clicked.connect(lambda _checked=False: self.note_input.setFocus())  # chosen: they write at once
            self._member_group.addButton(button)
            self.member_bar.addWidget(button)
        if own is not None:  # a member's own laptop: only they write here
            self.member_bar.addWidget(label(self.tr("You write your own notes; the others' appear at the reveal."), "muted", wrap=False))
        self.unnamed_counts = unnamed_line(self.member_bar)
        self._update_counts()
        tab_first(self, self._member_group.buttons())  # who writes, then the field beside them (reading order)

    @property
    def revealed(self) -> bool:
        return is_revealed(self._ws.store, self._ws.event.id, self._team.id, self.note_step)

    def reveal(self) -> None:
        """Everyone's notes on the wall (the private brain dump is over)."""
        step = self._ws.template.step(self.note_step)
        attempt(self.error_label, lambda: reveal(self._ws.store, self._ws.event.id, self._team.id, step, self._ws.timers.clock.now()))

    @property
    def author_id(self) -> int | None:
        if self._ws.identity is not None:
            return self._ws.identity  # a member's own laptop writes as that member
        button = self._member_group.checkedButton()
        return button.property("member_id") if button is not None else None

    def choose_author_index(self, index: int) -> None:
        buttons = self._member_group.buttons()
        if 0 <= index < len(buttons):
            buttons[index].setChecked(True)
            self.note_input.setFocus()

    def _update_counts(self) -> None:
        """Each writer's button shows how many notes they have here (anonymous: one line, without names)."""
        show_writer_counts(self._member_group.buttons(), {m.id: m for m in self._team.members}, self._layer.counts,
                           self._shown_counts, self._layer.anonymous, self.unnamed_counts)

    def reload(self) -> None:
        if self._step is None or self._team is None:
            return
        anonymous = shown_anonymously(self._ws.store, self._ws.template, self._ws.event.id, self._team.id, {self._step.key, self.note_step})
        if anonymous != self._layer.anonymous:  # no authors when this step or the notes' own step is anonymous
            self._layer.anonymous = anonymous
            self._fill_member_bar(self._team)
        names = {m.id: m.name for m in self._team.members}
        rules = self._ws.template.step(self.note_step).rules
        everything = board.notes(self._ws.store, self._team.id, [self.note_step])
        shown = board.visible_notes(rules, everything, self._ws.identity, self.revealed)
        self._layer.reload(shown, names)
        fresh_clusters = {c.id: c for c in board.clusters(self._ws.store, self._team.id, self._step.key)} if self.has_clusters else {}
        for cluster_id in set(self._clusters) - set(fresh_clusters):
            self.scene.removeItem(self._clusters.pop(cluster_id))
        for cluster in fresh_clusters.values():
            item = self._clusters.get(cluster.id)
            if item is None:
                item = ClusterItem(cluster, self._ws.theme)
                self.scene.addItem(item)
                self._clusters[cluster.id] = item
            else:
                item.update_from(cluster)
        held = self._held_area()
        if held.isValid():
            self.scene.cover([held])  # grown when something lies outside it; never shrunk or shifted under the eye
        self._update_counts()

    def _held_area(self) -> QRectF:
        """Where the board's notes and clusters are (invalid when there are none)."""
        area = self._layer.bounds()
        for item in self._clusters.values():
            area = area.united(item.sceneBoundingRect())  # a null rectangle unites as the other one
        return area

    def fit(self) -> None:
        """The whole board in view (its area first shrunk or grown to what it holds now)."""
        self.view.fit(self.scene.area_of(self._held_area()))

    def _on_changes(self, batch) -> None:
        if self._team is None or not touches(batch, {"note", "cluster", "step_state"}, self._team.id):
            return
        if all(change.table == "note" for change in batch) and not self._private_now():
            self._update_notes(batch)  # only the notes that changed: quick on a board of thousands
        else:
            self.reload()
            self._update_reveal_button()

    # -- actions -------------------------------------------------------------
    def _push(self, command) -> bool:
        return commands.push(self.undo_stack, command, self.error_label)

    def add_typed_note(self) -> None:
        """Scribe mode: Enter puts the note on the board; the field is ready for the next."""
        text = self.note_text(self.note_input.text())
        if text is None:
            return  # refused (only the HKW's prefix): the field keeps what was typed
        if note_waits(self, text):
            return  # the server is away: kept on this laptop, shown waiting (ui/storage/outbox_board.py)
        x, y = self._free_spot()
        command = commands.AddNote(self._ws.store, self._team.id, self.note_step, self.author_id, text, x, y, "yellow")
        if self._push(command):
            self.note_input.setText("")  # setText, not clear(): Ctrl+Z now undoes on the board
            self._show_when_made = command.note_id  # the scribe sees it land, also when zoomed in elsewhere
            self._layer.expect(command.note_id, x, y)

    def _typed_on_board(self, text: str) -> None:
        self.note_input.setFocus()
        self.note_input.insert(text)

    def _free_spot(self) -> tuple[float, float]:
        """Where the next note goes: from the spots of the notes on this board, unless a member's
        own laptop does not see them all yet (then the database, which counts everyone's)."""
        if self._private_now():
            return board.free_spot(self._ws.store, self._team.id, self.note_step)
        return self._layer.spots.first_free(board.cluster_frames(self._ws.store, self._team.id))

    def _edited(self, note_id: int, before: str, text: str, base: str) -> None:
        note_conflicts.edited(self, note_id, before, text, base)  # one undo step; kept while the server is away

    def _typed(self, note_id: int, text: str, base: str) -> bool:
        """Saved while typing; the editing session becomes one undo step when it ends."""
        return note_conflicts.save_typing(self._ws.store, self.error_label, note_id, text, base)

    def selected_notes(self) -> list[NoteItem]:
        return [item for item in self.scene.selectedItems() if isinstance(item, NoteItem)]

    def selected_clusters(self) -> list[ClusterItem]:
        return [item for item in self.scene.selectedItems() if isinstance(item, ClusterItem)]

    def delete_selected(self) -> None:
        """Delete: the selected notes, and selected clusters (their notes stay on the board). Dots
        on a deleted item are dropped only when the person agrees; after the reveal it is refused."""
        ids = [item.note.id for item in self.selected_notes() if not item.editing]
        chosen = [item.cluster.id for item in self.selected_clusters()]
        if not ids and not chosen:
            return
        accepted = self._dots_to_drop(ids, chosen)
        if accepted is None:
            return
        with commands.one_step(self.undo_stack, "delete"):
            if ids:
                self._push(commands.DeleteNotes(self._ws.store, ids, accepted[0]))
            for cluster_id in chosen:
                self._push(commands.DeleteCluster(self._ws.store, cluster_id, accepted[1].get(cluster_id, 0)))

    def _dots_to_drop(self, note_ids: list[int], cluster_ids: list[int]) -> tuple[int, dict[int, int]] | None:
        """The dots the person agrees to drop (on the notes; per cluster), or None: refused or declined."""
        on_notes = dots_on(self._ws.store, VoteTarget.IDEAS, note_ids)
        on_clusters = {cluster_id: dots_on(self._ws.store, VoteTarget.THEMES, [cluster_id]) for cluster_id in cluster_ids}
        total = []
        if not attempt(self.error_label, lambda: total.append(dots_a_delete_drops([on_notes, *on_clusters.values()]))):
            return None  # the vote happened: the rule refuses, and the board says why
        if total[0] and not ask_drop_dots(self, total[0], any(d.hidden for d in (on_notes, *on_clusters.values()))):
            return None
        return on_notes.dots, {cluster_id: d.dots for cluster_id, d in on_clusters.items()}

    def colour_selected(self, colour: str) -> None:
        before = {item.note.id: item.note.colour for item in self.selected_notes()}
        if before:
            self._push(commands.ColourNotes(self._ws.store, before, colour))

    def _colour_menu(self) -> None:
        menu = QMenu(self)
        names = {"yellow": self.tr("Yellow"), "peach": self.tr("Peach"), "green": self.tr("Green"), "blue": self.tr("Blue"), "lilac": self.tr("Lilac")}
        for key in board.COLOURS:
            menu.addAction(names[key], lambda k=key: self.colour_selected(k))
        menu.exec(self.colour_button.mapToGlobal(self.colour_button.rect().bottomLeft()))

    def _dragged(self, before: dict, after: dict) -> None:
        """A drag: the move, and for notes dropped in or out of a cluster the new membership."""
        with commands.one_step(self.undo_stack, "move notes"):
            self._push(commands.MoveNotes(self._ws.store, before, after))
            if self.has_clusters:
                regions = [c.cluster for c in self._clusters.values()]
                homes: dict[int | None, list[int]] = {}  # the notes that change cluster, by their new one
                for note_id, (x, y) in after.items():
                    home = board.cluster_at(regions, x + NOTE_W / 2, y + NOTE_H / 2)
                    if home != self._notes[note_id].note.cluster_id:
                        homes.setdefault(home, []).append(note_id)
                for home, note_ids in homes.items():
                    self._push(commands.AssignNotes(self._ws.store, note_ids, home))

    def note_item(self, note_id: int) -> NoteItem:
        return self._notes[note_id]

    def cluster_item(self, cluster_id: int) -> ClusterItem:
        return self._clusters[cluster_id]
