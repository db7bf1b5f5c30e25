"""WCAG 2.1.4: a shortcut of one character key (a letter, digit, sign) can be switched off, or acts
only while its component has the focus. Checked on the live window with every page opened: each
QShortcut and QAction that holds such a key; and View → Single-key shortcuts off leaves none that acts
window-wide."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication

from app.clock.clock import FakeClock
from app.day.navigation import move_team
from app.event.teams import add_member
from tests.ui.conftest import settle
from ui.common.keymap import KEYMAP, is_character_key

SWITCHED = {"timerPlusAction", "timerMinusAction"}  # View → Single-key shortcuts (+ and −)
LOCAL = {Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut}
PLACES = (("team",), ("programme",), ("jury",), ("dashboard",), ("participants",), ("editor",), ("server",),
          *(("step", key) for key in ("braindump", "clustering", "knelpunten", "dot_vote", "vehicle", "hkw", "themes",
                                      "theme_vote", "problem_statement", "idea_race", "idea_vote", "crystal_ball", "pitch")))


def _character_bindings(window) -> list[tuple[str, object, str]]:
    """(owner's name, shortcut or action, key) for every single character key bound in the window."""
    found = []
    for shortcut in window.findChildren(QShortcut):
        for keys in shortcut.keys():
            if is_character_key(keys):
                found.append((shortcut.parent().objectName(), shortcut, keys.toString()))
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            if is_character_key(keys):
                found.append((action.objectName(), action, keys.toString()))
    return found


def test_the_keymap_has_single_character_keys_only_for_the_switched_timer_keys():
    from PySide6.QtGui import QKeySequence

    single = {name for name, binding in KEYMAP.items() for key in binding.keys
              if isinstance(key, str) and is_character_key(QKeySequence(key))}
    assert single == SWITCHED


def test_every_single_key_shortcut_is_switched_or_local_and_off_leaves_none_window_wide(qtbot, clocked_window, event_with_team, staatsprint_template, prefs):
    store, _event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    move_team(store, team_id, "braindump", staatsprint_template)
    window, _player = clocked_window(store, FakeClock(datetime(2026, 3, 11, 10, 0, tzinfo=UTC)))
    for place in PLACES:  # every page built once (they stay alive while hidden)
        window.event_view.go_to(place)
        settle()
    found = _character_bindings(window)
    assert {name for name, _o, _k in found if isinstance(_o, QAction)} == SWITCHED
    for name, owner, key in found:
        if isinstance(owner, QShortcut):
            assert owner.context() in LOCAL and owner.parent() is not window, (name, key)  # only on a focused component
    window.findChild(QAction, "characterKeysAction").trigger()  # View → Single-key shortcuts, off
    window_wide = [(name, key) for name, owner, key in _character_bindings(window)
                   if isinstance(owner, QAction) or owner.context() not in LOCAL]
    assert window_wide == [] and prefs.get("character_keys") == "0"
    assert QApplication.instance() is not None
