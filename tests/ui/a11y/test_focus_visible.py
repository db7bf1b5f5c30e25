"""Visible focus (WCAG 2.4.7): every control Tab reaches on every screen draws a frame when it has the focus,
in the light and the high-contrast theme."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from tests.ui.a11y.tabbing import name, tab_cycle
from tests.ui.conftest import settle
from ui.common.theme import THEMES, stylesheet

RING = 6  # px: the frame is drawn at the control's edge


def _edge_changes(before: QImage, after: QImage) -> int:
    width, height = before.width(), before.height()
    changed = 0
    for x in range(0, width, 2):
        for y in [*range(min(RING, height)), *range(max(0, height - RING), height)]:
            changed += before.pixel(x, y) != after.pixel(x, y)
    for y in range(RING, height - RING, 2):
        for x in [*range(min(RING, width)), *range(max(0, width - RING), width)]:
            changed += before.pixel(x, y) != after.pixel(x, y)
    return changed


def _shows_focus(widget: QWidget, other: QWidget) -> bool:
    other.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    after = widget.grab().toImage()
    return _edge_changes(before, after) >= min(widget.width(), widget.height())


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_every_tab_stop_draws_its_focus(qtbot, demo, theme):
    demo.setStyleSheet(stylesheet(THEMES[theme]))  # on the window, not the app: nothing else is re-polished
    try:
        demo.activateWindow()
        qtbot.waitUntil(demo.isActiveWindow)
        seen, hidden = set(), []
        for place in [("team",), ("programme",), ("step", "braindump"), ("step", "dot_vote"), ("step", "vehicle"),
                      ("step", "problem_statement"), ("step", "idea_race"), ("step", "pitch"), ("participants",), ("jury",)]:  # the jury last: see test_tab_order
            demo.event_view.go_to(place)
            settle()
            ring, _closed = tab_cycle(qtbot)
            for widget in ring:
                key = (type(widget).__name__, widget.objectName().rstrip("0123456789_"))
                if key in seen:
                    continue
                seen.add(key)
                other = next(w for w in ring if w is not widget)
                if not _shows_focus(widget, other):
                    hidden.append(f"{place} {name(widget)}")
        assert len(seen) > 40
        assert not hidden, "no visible focus:\n" + "\n".join(hidden)
    finally:
        demo.setStyleSheet("")
        gc.collect()  # the walk's wrappers go now, before another window's widgets may take their addresses
