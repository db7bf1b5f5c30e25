"""The board's scene and view: drags reported once, zoom, pan, fit, cluster rename by double-click."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
)

from app.board.cluster_layout import GAP, NOTE_H, NOTE_W
from ui.board.board_items import FAR, ClusterItem, NoteItem
from ui.board.board_keys import handle_board_key

MIN_ZOOM, MAX_ZOOM = 0.15, 3.0
NEAR_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
FAR_CACHE = QGraphicsItem.CacheMode.NoCache


class BoardScene(QGraphicsScene):
    """Reports a drag once, when the mouse is released: of notes, and of clusters (by their title).

    Its area (``sceneRect``) is set from what it holds and what is in view (``BoardView.fit``) and then stays put: a note
    dragged past the edge does not grow it under the drag (Qt would grow it every frame, and the
    view would repaint the whole board each time); it grows once, on release (``cover``)."""

    notesDragged = Signal(object, object)  # {note id: (x, y)} before, after
    clustersDragged = Signal(object)  # {cluster id: (dx, dy)}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pressed: dict[int, tuple[float, float]] = {}
        self._pressed_clusters: dict[int, tuple[float, float]] = {}
        self.note_cache = FAR_CACHE  # how notes are drawn at the view's scale (see show_detail)
        self.held = QRectF()  # what the board holds, with a margin: the area a fit puts in view

    def show_detail(self, near: bool) -> None:
        """Notes near enough to read are drawn once into a pixmap and blitted after: a drag of many
        repaints what moved, not every note's text. Far out a note is a fill of colour, cheaper to
        draw than to cache (a first paint of thousands makes no pixmaps)."""
        mode = NEAR_CACHE if near else FAR_CACHE
        if mode != self.note_cache:
            self.note_cache = mode
            for item in self.items():
                if isinstance(item, NoteItem):
                    item.setCacheMode(mode)

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._pressed = {item.note.id: (item.x(), item.y()) for item in self.selectedItems() if isinstance(item, NoteItem)}
        self._pressed_clusters = {item.cluster.id: (item.x(), item.y()) for item in self.selectedItems() if isinstance(item, ClusterItem)}

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        selected = self.selectedItems()
        self._back_in_view([item for item in selected if isinstance(item, NoteItem) and item.note.id in self._pressed
                            and (item.x(), item.y()) != self._pressed[item.note.id]])
        moved_clusters = {
            item.cluster.id: (item.x() - self._pressed_clusters[item.cluster.id][0], item.y() - self._pressed_clusters[item.cluster.id][1])
            for item in selected if isinstance(item, ClusterItem) and item.cluster.id in self._pressed_clusters
            and (item.x(), item.y()) != self._pressed_clusters[item.cluster.id]
        }
        after = {item.note.id: (item.x(), item.y()) for item in selected if isinstance(item, NoteItem)}
        before = {key: value for key, value in self._pressed.items() if key in after and after[key] != value}
        self._pressed, self._pressed_clusters = {}, {}
        self.cover(item.sceneBoundingRect() for item in selected if isinstance(item, NoteItem) and item.note.id in before)
        if moved_clusters:
            self.clustersDragged.emit(moved_clusters)
        elif before:
            self.notesDragged.emit(before, {key: after[key] for key in before})


    def _back_in_view(self, dropped: list[NoteItem]) -> None:
        """Notes let go of past the view's edge (the hand left the board) land at that edge, together."""
        views = self.views()
        if not dropped or not views:
            return
        inset = GAP + 2 / views[0].transform().m11()  # its margin in view too, with a pixel to spare: nothing grows
        shown = self.sceneRect().intersected(views[0].visible_inside()).adjusted(inset, inset, -inset, -inset)
        held = dropped[0].sceneBoundingRect()
        for item in dropped[1:]:
            held = held.united(item.sceneBoundingRect())
        dx = max(shown.left() - held.left(), min(0.0, shown.right() - held.right()))
        dy = max(shown.top() - held.top(), min(0.0, shown.bottom() - held.bottom()))
        if dx or dy:
            for item in dropped:
                item.moveBy(dx, dy)

    @staticmethod
    def area_of(held: QRectF) -> QRectF:
        """The board's area: what the scene holds (``held``), with a margin (an empty board: room for its first note)."""
        held = held if held.isValid() else QRectF(0, 0, NOTE_W, NOTE_H)
        return held.adjusted(-GAP, -GAP, GAP, GAP)

    def cover(self, rects) -> None:
        """Grow the area, once, to hold these rectangles with a margin (a note added or dropped outside it)."""
        for rect in rects:
            self.held = self.held.united(rect.adjusted(-GAP, -GAP, GAP, GAP))
        area = self.sceneRect().united(self.held)
        if area != self.sceneRect():
            self.setSceneRect(area)


class BoardView(QGraphicsView):
    """Zoom with Ctrl+wheel, pan by dragging with the middle button, rename a cluster by double-click."""

    clusterRenameRequested = Signal(int)

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.fitted: QRectF | None = None  # keep this area fitted whenever the view's size changes
        self.follows_fit = False  # fitted by fit(): the board stays fitted when the view's size changes
        self._fitted_at = (self.size(), self.viewport().size())
        self.on_typing = None  # given: text typed on the board (no note being edited) goes there
        self.setObjectName("boardView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAccessibleName(self.tr("Sticky-note board"))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:  # pan: drag the board with the middle button
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if getattr(self, "_pan_from", None) is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and getattr(self, "_pan_from", None) is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        """A thought typed while the board has the focus (after a drag, say) starts a new note."""
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        editing = isinstance(self.scene().focusItem(), QGraphicsTextItem)
        if handle_board_key(self, event):
            event.accept()
            return
        if self.on_typing is not None and plain and text.strip() and text.isprintable() and not editing:
            self.on_typing(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        """Double-click on a cluster's name: rename it."""
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ClusterItem):
            self.clusterRenameRequested.emit(item.cluster.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted is not None:
            self.fitInView(self.fitted, Qt.AspectRatioMode.KeepAspectRatio)
            self._rescaled()
        elif self.follows_fit and self._resized_by_hand() and isinstance(self.scene(), BoardScene) and self.scene().held.isValid():
            self.fit(self.scene().held)

    def _resized_by_hand(self) -> bool:
        """The page got its final size, the window changed, or scroll bars went: fitted again. Scroll
        bars coming (a note added past what is in view) only narrow the viewport: nothing is rescaled."""
        fitted, now = self._fitted_at, (self.size(), self.viewport().size())
        return now[0] != fitted[0] or now[1].width() > fitted[1].width() or now[1].height() > fitted[1].height()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        # Within 15 %…300 %; a board fitted further out than 15 % (thousands of notes) can still zoom in.
        if (factor > 1 and scale <= MAX_ZOOM) or (factor < 1 and scale >= MIN_ZOOM):
            self.fitted = None  # zoomed by hand: scroll bars coming or going must not fit the view back
            self.follows_fit = False
            self.scale(factor, factor)
            self._rescaled()

    def fit(self, area: QRectF) -> None:
        """``area`` (what the board holds, with a margin) in view, at most at 100 %; fitted again
        when the view's size changes, until zoomed by hand. The scene's area then takes in all that
        is visible: a note dropped or added anywhere in view grows nothing, so nothing shifts."""
        self.follows_fit = True
        scene = self.scene()
        if not area.isValid() or not isinstance(scene, BoardScene):
            return
        scene.held = area
        self._fitted_at = (self.size(), self.viewport().size())
        scene.setSceneRect(area)  # first the area alone: centred on it, whatever was in view before
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
        self._rescaled()
        scene.setSceneRect(area.united(self.visible_inside()))

    def visible(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def visible_inside(self) -> QRectF:
        """The scene's part the viewport shows, a pixel in from each side (so it never asks for scroll bars)."""
        pixel = 1 / self.transform().m11()
        return self.visible().adjusted(pixel, pixel, -pixel, -pixel)

    def _rescaled(self) -> None:
        """The scale changed: notes drawn for it (see BoardScene.show_detail)."""
        scene = self.scene()
        if isinstance(scene, BoardScene):
            scene.show_detail(self.transform().m11() >= FAR)
