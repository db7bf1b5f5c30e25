"""Help → Keyboard shortcuts (Shift+F1): every key is in sight, not behind a sideways scroll."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QTreeWidget

from app.clock.clock import FakeClock
from ui.window.shortcuts_dialog import ShortcutsDialog

T0 = datetime(2026, 3, 11, 9, 0, tzinfo=timezone.utc)


def test_the_keys_column_is_in_sight_beside_the_longest_action(qtbot, clocked_window, event_with_team):
    store, _event_id, _team_id = event_with_team
    window, _player = clocked_window(store, FakeClock(T0))
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTreeWidget, "shortcutsTable")
    header = table.header()
    assert table.topLevelItemCount() > 20
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= table.viewport().width()
    assert header.sectionSize(1) >= header.sectionSizeHint(1) // 2 and header.sectionSize(0) > 200
    assert not table.horizontalScrollBar().isVisible()
