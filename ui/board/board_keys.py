"""The board by keyboard (WCAG 2.1.1): with the board focused, the arrows go from note to note (the
note with the focus is ringed), Space selects or unselects it, Shift+arrow selects on the way, Ctrl+A
selects every note, Escape unselects them all and F2 edits the note's text in place. Then Ctrl+G,
Delete, Ctrl+B and the tool buttons act on the selection as they do after a click."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from ui.board.board_items import NoteItem

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
    current = scene.focusItem() if isinstance(scene.focusItem(), NoteItem) else None
    if not notes:
        return False
    if key in ARROWS and held in (PLAIN, SHIFT):
        target = nearest(current, notes, ARROWS[key]) if current is not None else reading_order(notes)[0]
        if target is not None:
            scene.setFocusItem(target, Qt.FocusReason.OtherFocusReason)
            view.ensureVisible(target, 24, 24)
            if held == SHIFT:
                target.setSelected(True)
        return True  # at the edge the focus stays on the last note
    if current is not None and key == Qt.Key.Key_Space and held == PLAIN:
        current.setSelected(not current.isSelected())
        return True
    if current is not None and key == Qt.Key.Key_F2 and held == PLAIN:
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


def reading_order(notes: list[NoteItem]) -> list[NoteItem]:
    """Top to bottom, left to right (a row is a note's height)."""
    return sorted(notes, key=lambda item: (round(item.y() / 100), item.x()))


def nearest(current: NoteItem, notes: list[NoteItem], direction: tuple[int, int]) -> NoteItem | None:
    """The closest note in ``direction`` from ``current``; straight ahead weighs more than aside."""
    dx, dy = direction
    here = current.sceneBoundingRect().center()
    best, best_score = None, None
    for note in notes:
        if note is current:
            continue
        offset: QPointF = note.sceneBoundingRect().center() - here
        ahead = offset.x() * dx + offset.y() * dy
        aside = abs(offset.x() * dy) + abs(offset.y() * dx)
        if ahead <= 1 or aside > ahead * 3:
            continue
        score = ahead + 2 * aside
        if best_score is None or score < best_score:
            best, best_score = note, score
    return best
