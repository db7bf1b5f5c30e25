"""Tab through a window as a keyboard user does, and what that walk says about the order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

LIMIT = 400


def name(widget: QWidget | None) -> str:
    return f"{type(widget).__name__}:{widget.objectName()}" if widget is not None else "None"


def tab_cycle(qtbot, back: bool = False) -> tuple[list[QWidget], bool]:
    """The focused widgets from the current one, Tab after Tab until the focus is back where it started:
    (the widgets, True) — or (the widgets, False) when it got stuck in a loop that never comes back (a trap)."""
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    first = QApplication.focusWidget()
    if first is not None and (first.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus:
        qtbot.keyClick(first, key, modifier)  # a page that holds the focus for its keys is no Tab stop: start at the next
    seen = [QApplication.focusWidget()]
    for _ in range(LIMIT):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        now = QApplication.focusWidget()
        if now is seen[0]:
            return seen, True
        if now in seen:
            return seen + [now], False
        seen.append(now)
    return seen, False


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every control a person can Tab to now: shown, enabled, taking focus by Tab."""
    return [widget for widget in window.findChildren(QWidget)
            if widget.isVisible() and widget.isEnabled() and widget.window() is window and widget.focusProxy() is None
            and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus]


def _common(a: QWidget, b: QWidget) -> QWidget:
    here = a
    while here is not None and not (here is b or here.isAncestorOf(b)):
        here = here.parentWidget()
    return here


def unscrolled(widget: QWidget, top: QWidget) -> QRect:
    """Where ``widget`` stands in ``top`` with every scroll area scrolled to its start (its place on the page, not
    in view); when it sits in a scroll area below ``top``, the place of that (outermost) scroll area instead."""
    at, here, outermost = QPoint(0, 0), widget, None
    while here is not None and here is not top:
        parent = here.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport() and area is not top and top.isAncestorOf(area):
            outermost = area
        here = parent
    target = outermost or widget
    at, here = QPoint(0, 0), target
    while here is not None and here is not top:
        parent = here.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if not (isinstance(area, QAbstractScrollArea) and parent is area.viewport()):
            at += here.pos()
        here = parent
    return QRect(at, target.size())


def out_of_reading_order(stops: list[QWidget], inside: QWidget, slack: int = 12) -> list[str]:
    """The walk's steps between controls of ``inside`` (the page), taken as the ring Tab makes, that go back up the
    same column: the next control stands above the previous one and overlaps it sideways. Reading order (left to
    right, top to bottom) allows one: from the page's last control round to its first."""
    ring = [widget for widget in dict.fromkeys(stops) if inside.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus]
    wrong = []
    for before, after in zip(ring, ring[1:] + ring[:1]):
        common = _common(before, after)
        a, b = unscrolled(before, common), unscrolled(after, common)
        same_column = b.left() < a.right() and a.left() < b.right()
        if same_column and b.bottom() < a.top() + slack:
            wrong.append(f"{name(before)} {a.getRect()} -> {name(after)} {b.getRect()}")
    return wrong if len(wrong) > 1 else []
