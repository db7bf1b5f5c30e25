"""F1 on each screen opens the guide at the part about it: every facilitator page, every step of the four
phases, the jury's tabs, the race start, the beamer and the terugkoppeling, the juror's desk and the dialogs.
Only key presses to whatever has the focus; the guide is one window beside the app."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.clock.clock import FakeClock
from app.demo.event import create_demo_event
from app.guide.source import ANCHORS
from tests.ui.conftest import clocked_window, prefs, settle  # noqa: F401 (fixtures)
from ui.help.context import DIALOGS, JURY_TABS, PAGES, STEP_KINDS
from ui.help.menu import guide_window

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)  # the demo's 11:59


def test_every_part_f1_opens_is_one_the_guide_has():
    named = set(DIALOGS.values()) | set(PAGES.values()) | set(STEP_KINDS.values()) | set(JURY_TABS.values()) | {"start", "race-start"}
    assert named <= set(ANCHORS)


@pytest.fixture
def demo(qtbot, clocked_window, sqlite_store):  # noqa: F811
    create_demo_event(sqlite_store, NOW)
    window, _player = clocked_window(sqlite_store, FakeClock(NOW))
    activate(qtbot, window)
    return window


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)
    settle()


def f1(qtbot, window):
    """F1 pressed in ``window`` (made active first): the guide, shown."""
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_F1)
    guide = guide_window()
    qtbot.waitUntil(lambda: guide is not None and guide.isVisible())
    return guide


def assert_at(guide, anchor: str) -> None:
    """The guide shows ``anchor``: chosen in the contents, its heading at the top of the text (or the
    text scrolled to its end, for the last parts)."""
    assert guide.anchor == anchor
    assert guide.contents.currentItem().data(0, Qt.ItemDataRole.UserRole) == anchor
    heading = next(b.text for b in guide.guide.blocks if b.kind == "heading" and b.anchor == anchor)
    bar = guide.browser.verticalScrollBar()
    top = guide.browser.cursorForPosition(QPoint(8, 8)).block().text()
    assert top == heading or bar.value() == bar.maximum(), (anchor, top)


def test_f1_on_every_page_and_step_lands_on_its_part(qtbot, demo):
    view = demo.event_view
    template = view.workspace.template
    places = [((key,), anchor) for key, anchor in PAGES.items() if key != "jury"]
    places += [(("step", step.key), STEP_KINDS[step.kind.value]) for phase in template.phases for step in phase.steps]
    places += [(("gate", template.phases[0].key), STEP_KINDS[template.phases[0].steps[-1].kind.value])]
    first = None
    for place, anchor in places:
        view.go_to(place)
        guide = f1(qtbot, demo)
        first = first or guide
        assert guide is first and view.place == place  # one guide window; the app stays where it was
        assert_at(guide, anchor)
    assert first.parentWidget() is demo and not first.isModal()


def test_f1_on_the_jury_tabs_and_the_race_start(qtbot, demo):
    view = demo.event_view
    view.go_to(("jury",))
    page = view._page("jury")
    for tab, anchor in JURY_TABS.items():
        page.show_tab(tab)
        assert_at(f1(qtbot, demo), anchor)
    page.show_tab("juryOrderTab")  # the running order has its own part, not the jury's set-up
    assert_at(f1(qtbot, demo), "pitch-order")
    view.go_to(("programme",))
    assert_at(f1(qtbot, demo), "programme")
    activate(qtbot, demo)
    view.programme_page.race_card.findChild(QPushButton, "raceStartAllButton").setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_F1)
    assert_at(guide_window(), "race-start")


def test_f1_on_the_beamer_and_the_feedback_round_opens_the_guide_beside_the_app_not_on_the_beamer(qtbot, demo):
    page = demo.event_view.programme_page
    demo.event_view.go_to(("programme",))
    page.toggle_beamer()
    beamer = demo.event_view.beamer.view
    guide = f1(qtbot, beamer)
    assert_at(guide, "beamer")
    assert guide.parentWidget() is demo and guide.screen() is demo.screen()
    beamer.close()
    page.open_feedback()
    assert_at(f1(qtbot, page.feedback), "feedback")
    page.feedback.close()


def test_f1_in_a_modal_dialog_opens_its_part_in_a_guide_the_dialog_does_not_block(qtbot, demo):
    from ui.event.new_event_dialog import NewEventDialog

    dialog = NewEventDialog(demo.store, demo)
    dialog.open()
    qtbot.waitExposed(dialog)
    guide = f1(qtbot, dialog)
    assert_at(guide, "new-event")
    assert guide.parentWidget() is dialog  # a modal dialog blocks every window but its own
    activate(qtbot, guide)
    press(qtbot, Qt.Key.Key_Escape)  # closes the guide, not the dialog
    assert not guide.isVisible() and dialog.isVisible()
    guide = f1(qtbot, dialog)
    dialog.reject()
    settle()
    assert guide_window() is guide and guide.parentWidget() is demo and guide.isVisible()  # not gone with the dialog


def test_shift_f1_lists_the_keys_and_f1_there_opens_the_keyboard_part(qtbot, demo):
    press(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible())
    from ui.window.shortcuts_dialog import shortcut_rows

    rows = dict(shortcut_rows(demo))
    assert rows["Guide"] == "F1" and rows["Keyboard shortcuts"] == "Shift+F1"
    assert_at(f1(qtbot, dialog), "keyboard")
    dialog.close()


def test_f1_on_the_welcome_page_and_in_the_jurors_desk(qtbot, clocked_window, sqlite_store, demo, tmp_path):  # noqa: F811
    from app.event.events import event_template, get_event
    from app.jury.kit import write_kit
    from app.jury.setup import jurors
    from app.storage.database import open_store
    from ui.jury.open_kit import juror_window

    ws = demo.event_view.workspace
    kit = write_kit(ws.store, ws.event.id, jurors(ws.store, ws.event.id)[0].id, event_template(get_event(ws.store, ws.event.id)), "en", tmp_path)
    desk = juror_window(kit, tmp_path / "data", "en")
    qtbot.addWidget(desk)
    desk.show()
    guide = f1(qtbot, desk)
    assert_at(guide, "juror")
    assert guide.lang == "en"  # the desk's language
    desk.close()
    empty = open_store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    welcome, _player = clocked_window(empty, FakeClock(NOW))
    guide = f1(qtbot, welcome)
    assert_at(guide, "start")
    assert guide.lang == "nl"
    empty.engine.dispose()
