"""The Crystal Ball's scenes: one idea's timeline to work on, and all timelines one above the other.

Both are laid out by app.canvases.crystal_ball and drawn by ui.canvases.crystal_canvas; the view
keeps the whole picture in view and turns the arrow keys and Delete into moves of the chosen card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from app.canvases import crystal_ball as cb
from app.canvases.milestones import END, Idea, MilestoneView
from app.day.template import Step
from ui.canvases.crystal_canvas import (
    CardText,
    MilestoneCard,
    TimelineDrawing,
    TimelineScene,
)

OVERVIEW_GAP = 40.0  # between the timelines of the overview, in canvas units


class TimelineView(QGraphicsView):
    """The whole timeline in view whatever the size (``fit_width``: as wide as the view, scrolling
    down for the rest: the overview; ``grow``: as wide as the view and as tall as it takes); ↓/↑ choose the next or previous card, ←/→ move the chosen
    milestone a quarter, Delete removes it."""

    keyMove = Signal(int)  # quarters: -1 earlier, +1 later
    keyDelete = Signal()
    keyChoose = Signal(int)  # the next (+1) or previous (-1) card in time, the end card last

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(150)
        self.fit_width = False
        self.grow = False  # as tall as the picture at the view's width, no scroll bar: the page around it scrolls

    def show_scene(self, scene: QGraphicsScene) -> None:
        old = self.scene()
        self.setScene(scene)
        scene.setParent(self)
        if old is not None and old is not scene:
            old.deleteLater()
        self._fit()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())  # from the first timeline down

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.scene() is None:
            return
        area = self.scene().sceneRect()
        if self.grow:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            frame = 2 * self.frameWidth()
            self.setFixedHeight(round((self.width() - frame) * area.height() / area.width()) + frame)
            self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        elif self.fit_width:  # the scroll bar's room kept, so it coming does not cut the right edge off
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            scale = self.viewport().width() / area.width()
            self.resetTransform()
            self.scale(scale, scale)
        else:
            self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        turns = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in moves and plain:
            self.keyMove.emit(moves[event.key()])
        elif event.key() in turns and plain:
            self.keyChoose.emit(turns[event.key()])
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.keyDelete.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _texts(ws, step: Step, idea: Idea, cards: list[MilestoneView], hints: bool) -> tuple[CardText, CardText, dict[int, CardText]]:
    """The cards' texts; ``hints``: an unanswered card says what a click does (not where nothing is clicked)."""
    t = ws.t
    end = next((m for m in cards if m.kind == END), None)
    goal = [end.answers[f.key] for f in step.timeline.end_fields if end and end.answers.get(f.key)]
    untitled = QCoreApplication.translate("CrystalScenes", "Milestone")
    end_hint = QCoreApplication.translate("CrystalScenes", "Which goal has been reached? Click here.") if hints else ""
    card_hint = QCoreApplication.translate("CrystalScenes", "Click to answer its questions.") if hints else ""
    idea_text = CardText(t(step.timeline.start), (idea.text,))
    end_text = CardText(t(step.timeline.end), tuple(goal), end_hint)
    milestones = {m.id: CardText(m.title or untitled, tuple(m.answers[f.key] for f in step.timeline.milestone_fields if m.answers.get(f.key)), card_hint)
                  for m in cards if m.kind != END}
    return idea_text, end_text, milestones


def _place(scene: QGraphicsScene, ws, step: Step, idea: Idea, cards: list[MilestoneView], moment: Callable[[float], str],
           chosen: int | str | None, top: float, min_levels: int = cb.MIN_LEVELS, hints: bool = True) -> tuple[TimelineDrawing, dict[int, MilestoneCard], float]:
    """One idea's timeline into ``scene`` from ``top`` down; returns its drawing, cards and height
    (``hints``: an unanswered card says what a click does; not on a timeline only looked at)."""
    horizon = step.rules.horizon_years
    moments = [(m.id, m.years) for m in cards if m.kind != END]
    layout = cb.layout(horizon, moments, min_levels)
    idea_text, end_text, texts = _texts(ws, step, idea, cards, hints)
    drawing = TimelineDrawing(layout, ws.theme, idea_text, end_text, moment)
    drawing.end_chosen = chosen == "end"
    drawing.setY(top)
    scene.addItem(drawing)
    items = {}
    for placed in layout.placed:
        card = MilestoneCard(placed, layout.line_y, horizon, texts[placed.milestone_id], ws.theme, moment)
        card.set_selected(placed.milestone_id == chosen)
        card.setZValue(-placed.level / 100)  # a lower card covers the stems of those stacked above it
        card.setY(top)
        scene.addItem(card)
        items[placed.milestone_id] = card
    return drawing, items, layout.height


def idea_scene(ws, step: Step, idea: Idea, cards: list[MilestoneView], moment: Callable[[float], str], chosen: int | str | None) -> TimelineScene:
    """One idea's timeline to work on."""
    scene = TimelineScene()
    scene.setBackgroundBrush(QColor(ws.theme.surface))  # around the picture too, in every theme
    scene.drawing, scene.cards, height = _place(scene, ws, step, idea, cards, moment, chosen, 0.0)
    scene.setSceneRect(QRectF(0, 0, cb.WIDTH, height))
    return scene


class OverviewScene(QGraphicsScene):
    """Every kept idea's timeline, one above the other, to compare (nothing moves here)."""

    def __init__(self, ws, step: Step, ideas: list[Idea], cards: list[MilestoneView], moment: Callable[[float], str], min_levels: int = 2) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor(ws.theme.surface))
        top = 0.0
        for idea in ideas:
            _drawing, items, height = _place(self, ws, step, idea, [m for m in cards if m.idea_id == idea.id], moment, None, top, min_levels, hints=False)
            for item in items.values():
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                item.setCursor(Qt.CursorShape.ArrowCursor)
            top += height + OVERVIEW_GAP
        self.setSceneRect(QRectF(0, 0, cb.WIDTH, max(top - OVERVIEW_GAP, 1.0)))
