"""The programme page's day shift says what it did: one message at a time, what moved, and when the
day is back on plan."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.clock.clock import FakeClock
from app.day.programme import programme_items
from tests.ui.conftest import find, settle

AT_10_50 = datetime(2026, 3, 11, 9, 50, tzinfo=timezone.utc)  # 10:50 in Amsterdam


def _press(qtbot, window, name: str) -> None:
    """Tabbed to, then Space, as a keyboard user shifts the day."""
    button = find(window, QPushButton, name)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    settle()
    assert QApplication.focusWidget() is button  # the focus stays on the button pressed


def _shown(window) -> list[str]:
    """The texts under the shift buttons that a person sees."""
    return [find(window, QLabel, name).text() for name in ("shiftTotal", "shiftError") if find(window, QLabel, name).isVisible()]


def test_refusal_and_success_replace_each_other_and_say_what_moved(qtbot, clocked_window, event_with_team):
    store, event_id, _team_id = event_with_team
    window, _player = clocked_window(store, FakeClock(AT_10_50), lang="en")
    window.event_view.go_to(("programme",))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, window, "shiftPlus5")
    assert _shown(window) == ["The day is shifted by +5 minutes, until Lunch! (12:30): Feedback on the first phases now takes 10 minutes."]
    before = [item.starts_at for item in programme_items(store, event_id)]
    _press(qtbot, window, "shiftPlus15")  # into lunch: refused
    shown = _shown(window)
    assert len(shown) == 1 and shown[0].startswith("“Feedback on the first phases” would start at"), shown
    assert [item.starts_at for item in programme_items(store, event_id)] == before
    _press(qtbot, window, "shiftMinus5")
    assert _shown(window) == ["The day runs to plan again."]


def test_the_shift_buttons_use_the_minus_sign(clocked_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window, _player = clocked_window(store, FakeClock(AT_10_50), lang="en")
    window.event_view.go_to(("programme",))
    assert [find(window, QPushButton, name).text() for name in ("shiftMinus5", "shiftPlus5", "shiftPlus15")] == ["−5 min", "+5 min", "+15 min"]
