"""The board by keyboard (WCAG 2.1.1): with the board focused, the arrows go from note to note and onto
the clusters' name bars (the item with the focus is ringed), Page Down / Page Up jump to the next or
previous cluster, Space selects or unselects the item, Shift+arrow selects on the way, Ctrl+A selects
every note, Escape unselects them all, F2 edits a note's text in place or renames a cluster. Then
Ctrl+G, Delete, Ctrl+B and the tool buttons ("Merge clusters" with two clusters selected) act on the
selection as they do after a click. A screen reader hears the item that got the focus (ui/a11y)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from ui.a11y.factory import announce_focus
from ui.board.board_items import CLUSTER_TITLE_H, ClusterItem, NoteItem

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
PLAIN = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def handle_board_key(view: QGraphicsView, event) -> bool:
    """True when the key was the board's (a move between notes or a selection); else the view's own."""
    scene = view.scene()
    if scene is None or isinstance(scene.focusItem(), QGraphicsTextItem):
        return False  # a note being edited keeps its keys
    held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    notes = [item for item in scene.items() if isinstance(item, NoteItem) and item.isVisible()]
    stops = notes + [item for item in scene.items() if isinstance(item, ClusterItem) and item.isVisible()]
    current = scene.focusItem() if isinstance(scene.focusItem(), NoteItem | ClusterItem) else None
    if not stops:
        return False
    if key in ARROWS and held in (PLAIN, SHIFT):
        target = nearest(current, stops, ARROWS[key]) if current is not None else reading_order(stops)[0]
        _reach(view, target, held == SHIFT)
        return True  # at the edge the focus stays on the last note
    if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and held in (PLAIN, SHIFT):
        _reach(view, next_cluster(current, stops, key == Qt.Key.Key_PageDown), held == SHIFT)
        return True
    if current is not None and key == Qt.Key.Key_Space and held == PLAIN:
        current.setSelected(not current.isSelected())
        announce_focus(view, current)  # its "selected" state changed
        return True
    if current is not None and key == Qt.Key.Key_F2 and held == PLAIN:
        if isinstance(current, ClusterItem):
            view.clusterRenameRequested.emit(current.cluster.id)
        else:
            current.start_editing()
        return True
    if key == Qt.Key.Key_A and held == CTRL:
        for note in notes:
            note.setSelected(True)
        return True
    if key == Qt.Key.Key_Escape and held == PLAIN and scene.selectedItems():
        scene.clearSelection()
        return True
    return False


def _reach(view: QGraphicsView, target, select: bool) -> None:
    """The focus (and its ring) on ``target``, scrolled into view, told to a screen reader; selected with Shift."""
    if target is None:
        return
    view.scene().setFocusItem(target, Qt.FocusReason.OtherFocusReason)
    view.ensureVisible(_spot(target) if isinstance(target, ClusterItem) else target.sceneBoundingRect(), 24, 24)
    if select:
        target.setSelected(True)
    announce_focus(view, target)


def _spot(item) -> QRectF:
    """Where an arrow lands: a note's face; a cluster's name bar (its left part, where its name starts)."""
    rect = item.sceneBoundingRect()
    if isinstance(item, ClusterItem):
        return QRectF(rect.left(), rect.top(), min(rect.width(), 2 * CLUSTER_TITLE_H + 160), CLUSTER_TITLE_H)
    return rect


def reading_order(items: list) -> list:
    """Top to bottom, left to right (a row is a note's height): a cluster's name before its notes."""
    return sorted(items, key=lambda item: (round(_spot(item).top() / 100), _spot(item).left(), isinstance(item, NoteItem)))


def next_cluster(current, stops: list, forward: bool):
    """The cluster after (or before) the focused item in reading order; the first (last) when none has the focus."""
    ordered = reading_order(stops)
    clusters = [item for item in ordered if isinstance(item, ClusterItem)]
    if not clusters:
        return None
    if current is None:
        return clusters[0] if forward else clusters[-1]
    at = ordered.index(current)
    ahead = ordered[at + 1:] if forward else ordered[:at][::-1]
    return next((item for item in ahead if isinstance(item, ClusterItem)), None)


def nearest(current, notes: list, direction: tuple[int, int]):
    """The closest note or cluster in ``direction`` from ``current``; straight ahead weighs more than aside."""
    dx, dy = direction
    here = _spot(current).center()
    best, best_score = None, None
    for note in notes:
        if note is current:
            continue
        offset: QPointF = _spot(note).center() - here
        ahead = offset.x() * dx + offset.y() * dy
        aside = abs(offset.x() * dy) + abs(offset.y() * dx)
        if ahead <= 1 or aside > ahead * 3:
            continue
        score = ahead + 2 * aside
        if best_score is None or score < best_score:
            best, best_score = note, score
    return best
