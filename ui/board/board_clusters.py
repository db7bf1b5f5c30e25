"""The board's cluster actions: make, name, merge, move with their notes, turn into knelpunten."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog

from app.board.clustering import clear_place
from app.day.template import VoteTarget
from app.errors import DomainError
from app.outcomes.knelpunten import from_selection
from app.voting.vote_items import merge_preview
from ui.board import board_commands as commands
from ui.board.board_questions import ask_merged_name
from ui.common.messages import attempt, made_knelpunten, message_for, say


class ClusterActions:
    """Mixed into BoardPage: uses its store, team, step, items, undo stack and error label."""

    def cluster_selection(self, name: str | None = None) -> None:
        """A named cluster of the selected notes, gathered into free space on the board."""
        chosen = self.selected_notes()
        if not self.has_clusters or not chosen:
            return
        self.error_label.hide()  # an earlier line is no part of this question
        if name is None:
            dialog = QInputDialog(self)
            dialog.setObjectName("clusterNameDialog")
            dialog.setWindowTitle(QCoreApplication.translate("BoardPage", "New cluster"))
            dialog.setLabelText(QCoreApplication.translate("BoardPage", "Name of the cluster:"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            name = dialog.textValue()
        note_ids = [item.note.id for item in chosen]
        self._push(commands.AddCluster(self._ws.store, self._team.id, self._step.key, self.note_step, name, note_ids))

    def merge_selected_clusters(self) -> None:
        """Two clusters become one: the person chooses the name; a theme's dots move along."""
        chosen = self.selected_clusters()
        if len(chosen) != 2:
            say(self.error_label, QCoreApplication.translate("BoardPage", "Select two clusters to merge."))
            return
        keep, other = sorted((item.cluster for item in chosen), key=lambda cluster: cluster.id)
        try:
            carried = merge_preview(self._ws.store, VoteTarget.THEMES, other.id, keep.id)
        except DomainError as error:
            say(self.error_label, message_for(error))
            return
        name = ask_merged_name(self, keep.name, other.name, carried)
        if name is not None:
            self._push(commands.MergeClusters(self._ws.store, keep.id, other.id, name, self.note_step))

    def ask_cluster_name(self, cluster_id: int) -> None:
        item = self._clusters.get(cluster_id)
        if item is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("clusterRenameDialog")  # asked by double-click or F2 on the focused cluster
        dialog.setWindowTitle(QCoreApplication.translate("BoardPage", "Rename cluster"))
        dialog.setLabelText(QCoreApplication.translate("BoardPage", "Name of the cluster:"))
        dialog.setTextValue(item.cluster.name)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rename_cluster(cluster_id, dialog.textValue())

    def rename_cluster(self, cluster_id: int, name: str) -> None:
        item = self._clusters[cluster_id]
        self._push(commands.RenameCluster(self._ws.store, cluster_id, item.cluster.name, name))

    def _clusters_dragged(self, moves: dict) -> None:
        """A cluster dragged by its title takes its notes along, and settles clear of other notes
        and clusters: one undoable action."""
        with commands.one_step(self.undo_stack, "move cluster"):
            for cluster_id, (dx, dy) in moves.items():
                old = self._clusters[cluster_id].cluster
                x, y, width, height = clear_place(self._ws.store, cluster_id, self.note_step, (old.x + dx, old.y + dy, old.width, old.height))
                members = {n.note.id: n for n in self._notes.values() if n.note.cluster_id == cluster_id}
                before = {note_id: (n.note.x, n.note.y) for note_id, n in members.items()}
                after = {note_id: (nx + x - old.x, ny + y - old.y) for note_id, (nx, ny) in before.items()}
                self._push(commands.PlaceCluster(self._ws.store, cluster_id, (old.x, old.y, width, height), (x, y, width, height)))
                if members:
                    self._push(commands.MoveNotes(self._ws.store, before, after))
        self.reload()  # the frame settles where the rule put it, also when that is where it started

    def knelpunten_from_selection(self) -> None:
        """Selected clusters (by their name) and loose notes (by their text) become knelpunten;
        what the team has already is not made twice."""
        chosen_clusters = self.selected_clusters()
        in_chosen = {c.cluster.id for c in chosen_clusters}
        loose = [n for n in self.selected_notes() if n.note.cluster_id not in in_chosen]
        if not chosen_clusters and not loose:
            say(self.error_label, QCoreApplication.translate("BoardPage", "Select clusters or notes first: each becomes a pain point."))
            return
        clusters = {c.cluster.id: c.cluster.name for c in chosen_clusters}
        notes = [(n.note.text, n.note.cluster_id) for n in loose]
        result = []
        if attempt(self.error_label, lambda: result.append(from_selection(self._ws.store, self._team.id, clusters, notes))):
            say(self.error_label, made_knelpunten(result[0]), "info")
