"""What the board draws: sticky notes (160 × 120 at 100 %) and clusters as named regions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsTextItem,
)

from app.board import note_text
from app.board.board import ClusterView, NoteView, clean_note
from app.board.cluster_layout import NOTE_H, NOTE_W
from app.board.cluster_layout import TITLE_H as CLUSTER_TITLE_H
from app.errors import DomainError
from app.text import initials
from ui.common.idle_save import IdleSave
from ui.common.theme import NOTE_COLOURS

TEXT_COLOUR = "#1A1A1A"
AUTHOR_COLOUR = "#4D5563"  # the author's initials, small: 5:1 on every note colour (the muted #5A6270 was 4.2:1)


# Computed once: a board builds thousands of notes, and Qt's flag arithmetic costs per call.
_NOTE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
TOOLTIP_FROM = 120  # a note longer than this shows its whole text as a tooltip
NOTE_BOUNDS = QRectF(-2, -2, NOTE_W + 6, NOTE_H + 6)  # the note and its shadow; Qt asks for it often
NOTE_RECT = QRectF(0, 0, NOTE_W, NOTE_H)
FAR = 0.2  # below this scale a note is drawn as its colour only (a fitted board of hundreds)
_FILLS = {name: QColor(value) for name, value in NOTE_COLOURS.items()}
SELECTED = QColor("#01689B")  # the outline of a selected note
BEST = QColor("#B35900")  # the outline and star of the note that states its cluster best (over 3:1 on every note colour)
FAR_RING = 20  # far out, a selected note's outline is this wide (in board units: a few pixels on screen)
_INSIDE_RING = NOTE_RECT.adjusted(FAR_RING, FAR_RING, -FAR_RING, -FAR_RING)


class NoteItem(QGraphicsItem):
    """A sticky note. Double-click edits the text in place, saved as typed (after a pause, on
    leaving the note, on Enter); the whole editing session is one undoable edit.

    A plain graphics item, not a QObject: a board of thousands builds quickly. What editing needs
    (the editor, its idle save) is made when editing starts; the board hears of it through
    ``on_edited(note id, text before the session, text after it, text the database held)`` (one undo
    step) and ``on_typed(note id, text, text the database held)`` (saved during a pause, not an undo
    step; False: not written)."""

    def __init__(self, note: NoteView, author_name: str, on_edited=None, on_typed=None) -> None:
        super().__init__()
        self.note = note
        self.author_name = author_name
        self.on_edited, self.on_typed = on_edited, on_typed
        self.setFlags(_NOTE_FLAGS)
        self.setPos(note.x, note.y)
        self.setZValue(2)
        if len(note.text) > TOOLTIP_FROM:
            self.setToolTip(note.text)
        self.setAcceptHoverEvents(True)
        self._editor: QGraphicsTextItem | None = None
        self._saver: IdleSave | None = None
        self._saved = note.text  # what the database holds of this editing session
        self._fitted: tuple[str, note_text.FittedText] | None = None  # (text, its lines): set once per text

    def boundingRect(self) -> QRectF:
        return NOTE_BOUNDS

    def update_from(self, note: NoteView, author_name: str) -> None:
        if (note, author_name) == (self.note, self.author_name):
            return  # nothing changed: no repaint (a board of 2,000 notes reloads quickly)
        self.note, self.author_name = note, author_name
        dragging = self.isSelected() and QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if not dragging:  # a change from elsewhere never pulls a note from under the dragging hand
            self.setPos(note.x, note.y)
        self.setToolTip(note.text if len(note.text) > TOOLTIP_FROM else "")
        self.update()

    def paint(self, painter: QPainter, option, _widget=None) -> None:
        if painter.worldTransform().m11() < FAR:  # the board only scales: its scale is the level of detail
            # Zoomed far out (a board of hundreds of notes fitted in view): colour only, in a ring when selected.
            fill = _FILLS.get(self.note.colour) or _FILLS["yellow"]
            if self.isSelected():
                painter.fillRect(NOTE_RECT, SELECTED)
                painter.fillRect(_INSIDE_RING, fill)
            else:
                painter.fillRect(NOTE_RECT, fill)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRoundedRect(QRectF(3, 4, NOTE_W, NOTE_H), 4, 4)  # a subtle shadow
        painter.setBrush(QColor(NOTE_COLOURS.get(self.note.colour, NOTE_COLOURS["yellow"])))
        outline = QPen(SELECTED, 3) if self.isSelected() else QPen(BEST, 4) if self.note.best_of_cluster else QPen(QColor(0, 0, 0, 30), 1)
        painter.setPen(outline)
        painter.drawRoundedRect(QRectF(0, 0, NOTE_W, NOTE_H), 4, 4)
        if self.hasFocus():  # the note the arrows reached (ui/board/board_keys.py): a ring outside its outline
            painter.setPen(QPen(SELECTED, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(NOTE_BOUNDS.adjusted(0.5, 0.5, -2.5, -2.5), 5, 5)
        if self._editor is not None:
            return
        if self.note.best_of_cluster:
            _paint_best_mark(painter)
        painter.setPen(QColor(TEXT_COLOUR))
        font = QFont(painter.font())
        font.setPixelSize(int(note_text.BASE_SIZE))
        painter.setFont(font)
        self._paint_text(painter, font)
        small = QFont(font)
        small.setPixelSize(11)
        painter.setFont(small)
        painter.setPen(QColor(AUTHOR_COLOUR))
        painter.drawText(QRectF(10, NOTE_H - 20, NOTE_W - 20, 16), Qt.AlignmentFlag.AlignRight, initials(self.author_name) if self.author_name else "")

    def text_layout(self, font: QFont) -> note_text.FittedText:
        """The note's text set by the board's one rule (app/board/note_text.py), measured with ``font``."""
        if self._fitted is None or self._fitted[0] != self.note.text:
            self._fitted = (self.note.text, note_text.fit_note(self.note.text, _measure_with(font)))
        return self._fitted[1]

    def _paint_text(self, painter: QPainter, font: QFont) -> None:
        """The lines at the size the rule chose: drawn at the base size under a scale, as they were measured."""
        fitted = self.text_layout(font)
        scale = fitted.size / note_text.BASE_SIZE
        ascent = QFontMetricsF(font).ascent() * scale
        painter.save()
        painter.scale(scale, scale)
        for row, line in enumerate(fitted.lines):
            top = note_text.BOX_Y + row * fitted.line_height
            painter.drawText(QPointF(note_text.BOX_X / scale, (top + ascent) / scale), line)
        painter.restore()

    # -- editing in place ------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name): the focus ring comes
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name): and goes
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:
        self.start_editing()
        event.accept()

    def start_editing(self) -> None:
        if self._editor is not None:
            return
        editor = QGraphicsTextItem(self)
        editor.setPlainText(self.note.text)  # the whole text, also of a long note
        editor.setTextWidth(NOTE_W - 16)
        editor.setPos(6, 4)
        editor.setDefaultTextColor(QColor(TEXT_COLOUR))
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        editor.setObjectName("noteEditor")
        editor.installSceneEventFilter(self)
        self._saver = IdleSave(editor, self._save_typing)  # lives and goes with the editor
        editor.document().contentsChanged.connect(self._saver.typed)
        self._editor, self._saved = editor, self.note.text
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        self.update()

    def sceneEventFilter(self, watched, event) -> bool:
        if watched is self._editor:
            if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.finish_editing()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.finish_editing(save=False)
                return True
            if event.type() == QEvent.Type.FocusOut:
                self.finish_editing()
        return False

    def _save_typing(self) -> None:
        """A pause in typing: the text so far is saved (a half-typed empty note waits for more)."""
        text = self._editor.toPlainText().strip() if self._editor is not None else ""
        if note_refusal(text) is None and text != self._saved and self._tell(self.on_typed, text, self._saved) is not False:
            self._saved = text  # False: not written (changed on another laptop): the end of the session asks

    def finish_editing(self, save: bool = True) -> None:
        """End the session: saved as one edit, or (Escape) the text from before the session back."""
        editor = self._editor
        if editor is None:
            return
        text = editor.toPlainText().strip() if save else self.note.text
        refused = note_refusal(text) if save else None
        if refused is not None:
            from ui.common.messages import message_for

            editor.setToolTip(message_for(refused))
            return  # keep the editor open: nothing typed is thrown away (the app's rule refused it)
        self.discard_editor()
        if text != self.note.text:
            before, self.note = self.note.text, replace(self.note, text=text)
            self._tell(self.on_edited, before, text, self._saved)
        elif text != self._saved:
            self._tell(self.on_typed, text, self._saved)  # back to what it was before the session
        self._saved = text

    def _tell(self, listener, *args):
        if listener is not None:
            return listener(self.note.id, *args)
        return None

    def discard_editor(self) -> None:
        """Close the editor without saving (the note was removed meanwhile)."""
        editor, self._editor = self._editor, None
        if self._saver is not None:
            self._saver.cancel()
            self._saver = None
        if editor is not None:
            editor.hide()  # not removeItem: this may run while the scene itself removes this note
            editor.deleteLater()
            self.update()

    @property
    def editing(self) -> bool:
        return self._editor is not None


class ClusterItem(QGraphicsObject):
    """A named region behind notes; notes dropped inside belong to the cluster."""

    def __init__(self, cluster: ClusterView, theme) -> None:
        super().__init__()
        self.cluster = cluster
        self.theme = theme
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)  # the arrows reach its name (board_keys)
        self.setZValue(0)
        self.setPos(cluster.x, cluster.y)

    def update_from(self, cluster: ClusterView) -> None:
        self.prepareGeometryChange()
        self.cluster = cluster
        self.setPos(cluster.x, cluster.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.cluster.width, self.cluster.height)

    def shape(self) -> QPainterPath:
        """Only the title bar catches the mouse: a rubber band may start anywhere inside."""
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.cluster.width, CLUSTER_TITLE_H + 8))
        return path

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        border = QPen(QColor(self.theme.primary), 3 if self.isSelected() else 2, Qt.PenStyle.DashLine)
        painter.setPen(border)
        tint = QColor(1, 104, 155, 18)
        if self.isSelected():
            tint.setAlpha(48)  # a selected cluster (by keys too: Space) shows, not only by a thicker frame
        painter.setBrush(QBrush(tint))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 10, 10)
        font = QFont(painter.font())
        font.setPixelSize(18)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(self.theme.primary_dark))
        painter.drawText(QRectF(14, 6, rect.width() - 28, CLUSTER_TITLE_H), Qt.AlignmentFlag.AlignVCenter, self.cluster.name or "…")
        if self.hasFocus():  # the arrows reached it (ui/board/board_keys.py): a solid ring round its name bar
            painter.setPen(QPen(SELECTED, 3))  # (the frame itself is dashed)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(5, 4, rect.width() - 10, CLUSTER_TITLE_H + 4), 6, 6)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name): the focus ring comes
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name): and goes
        self.update()


def _paint_best_mark(painter: QPainter) -> None:
    """The star of the note that states its cluster best, in the bottom corner (the initials keep the other)."""
    painter.save()  # the bold star's font must not carry over to the next note painted
    star = QFont(painter.font())
    star.setPixelSize(22)
    star.setWeight(QFont.Weight.Bold)
    painter.setFont(star)
    painter.setPen(BEST)
    painter.drawText(QRectF(6, NOTE_H - 28, 28, 26), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "★")
    painter.restore()


def note_refusal(text: str) -> DomainError | None:
    """Why the app would refuse this note text (``app.board.board.clean_note``), or None."""
    try:
        clean_note(text)
    except DomainError as error:
        return error
    return None


def _measure_with(font: QFont) -> note_text.Measure:
    """Widths at any size, scaled from ``font``'s (the note draws its lines scaled the same way)."""
    metrics = QFontMetricsF(font)
    base = font.pixelSize()
    return lambda text, size: metrics.horizontalAdvance(text) * size / base


def finish_all_edits(items: dict[int, NoteItem]) -> None:
    """Save what is being typed in any note (before the board changes or the window closes)."""
    for item in list(items.values()):
        item.finish_editing(save=True)
