"""A step's header by Tab as it stands: the timer beside the title (the list of steps folded away) is read
before Instructions right of it; on its own row below the title, after Instructions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.a11y.tabbing import tab_cycle
from tests.ui.conftest import settle


def _order(qtbot, window) -> list[str]:
    ring, _closed = tab_cycle(qtbot)
    names = [widget.objectName() for widget in ring]
    return [n for n in names if n in ("showInstructionsButton", "timerToggle", "timerMute")]


def _expected(placed: str) -> list[str]:
    return ["timerToggle", "timerMute", "showInstructionsButton"] if placed == "title" else ["showInstructionsButton", "timerToggle", "timerMute"]


def test_the_timer_and_instructions_in_the_order_they_stand(qtbot, demo):
    from tests.ui.keyboard_day.keys import press, tab_to

    demo.activateWindow()
    qtbot.waitUntil(demo.isActiveWindow)
    demo.event_view.go_to(("step", "themes"))
    settle()
    area = demo.event_view.step_page.work_area
    assert QApplication.focusWidget() is not None
    seen = set()
    for _ in range(2):  # as it is, then with the list of steps folded away (or back)
        placed = area.compact_timer_row()
        seen.add(placed)
        assert _order(qtbot, demo) == _expected(placed), placed
        tab_to(qtbot, "navigatorToggle")
        press(qtbot, Qt.Key.Key_Space)
        settle()
    assert seen == {"title", "own"}, "folding the list of steps did not move the timer"


def test_a_control_a_surface_makes_later_still_comes_before_back_and_next(qtbot, demo):
    """A row made on a data change (after the step was shown) joins the end of the window's focus chain:
    Tab inside the step still reads it before Back / Next."""
    from PySide6.QtWidgets import QPushButton

    from tests.ui.a11y.test_tab_order import out_of_window_order

    demo.activateWindow()
    qtbot.waitUntil(demo.isActiveWindow)
    demo.event_view.go_to(("step", "knelpunten"))
    settle()
    surface = demo.event_view.step_page.work_area._surfaces.currentWidget()
    late = QPushButton("late row", surface)
    late.setObjectName("lateRow")
    late.show()
    settle()
    ring, closed = tab_cycle(qtbot)
    assert closed and late in ring
    assert out_of_window_order(ring, demo.event_view.step_page) == []
