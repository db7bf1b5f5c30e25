"""The first frame: painted from the snapshot before the window is live, never a dead end for keys."""

from __future__ import annotations

import argparse
import builtins

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QWidget,
)

from app.main import _last_frame, _show_first_frame, build_window
from app.startup.first_frame import database_key, read_snapshot, snapshot_path
from tests.startup.test_first_frame import snapshot
from ui.common.preferences import default_preferences
from ui.startup.first_frame import FirstFrameWindow, hand_over
from ui.startup.first_frame_keeper import FirstFrameKeeper, snapshot_of


def _frame(qtbot, shot, handed_over: bool = False) -> FirstFrameWindow:
    frame = FirstFrameWindow(shot)
    if not handed_over:  # a frame handed over deletes itself
        qtbot.addWidget(frame)
    frame.resize(1366, 768)
    frame.show()
    qtbot.waitExposed(frame)
    return frame


def _shown(frame) -> tuple[str, str, str, str]:
    """The event, the team, the page's title and the navigator's current row, as the frame shows them."""
    return (
        frame.findChild(QLabel, "eventTitle").text(),
        frame.findChild(QComboBox, "teamPicker").currentText(),
        frame.findChild(QLabel, "firstFrameTitle").text(),
        frame.findChild(QTreeWidget, "stepNavigator").currentItem().text(0),
    )


def test_the_first_frame_shows_the_event_team_and_step_of_the_snapshot(qtbot):
    frame = _frame(qtbot, snapshot())
    assert _shown(frame) == ("Dag · 11-03-2026", "Team 1", "Braindump", "▶ Braindump")
    assert frame.windowTitle() == "Staatsprint — Dag"
    names = [widget.objectName().lower() for widget in frame.findChildren(QWidget)]
    assert not any("timer" in name for name in names)  # never a timer's digits from a snapshot


def test_the_snapshot_follows_the_live_window_and_draws_what_it_showed(qtbot, prefs, tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    window = build_window(argparse.Namespace(db=url, lang="en", demo=True, command=None), prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    keeper = window.findChild(FirstFrameKeeper)
    keeper.keep()
    live = window.event_view
    first = read_snapshot(snapshot_path(prefs.folder, database_key(url)), database_key(url), "en")
    assert _shown(_frame(qtbot, first))[:2] == (live.findChild(QLabel, "eventTitle").text(), live.team_picker.currentText())

    live.choose_team(live.team_picker.itemData(3))  # another team, shown on its own page
    keeper.keep()
    again = read_snapshot(snapshot_path(prefs.folder, database_key(url)), database_key(url), "en")
    event, team, title, row = _shown(_frame(qtbot, again))
    assert team == live.team_picker.currentText() == live.team_picker.itemText(3)
    assert row == live.navigator.currentItem().text(0)
    assert title and title in [label.text() for label in live.pages.currentWidget().findChildren(QLabel)]
    window.close()


def test_keys_typed_before_the_window_is_live_reach_the_live_window(qtbot):
    frame = _frame(qtbot, snapshot(), handed_over=True)
    frame.activateWindow()
    qtbot.waitUntil(frame.isActiveWindow)
    qtbot.keyClicks(frame, "ab")
    live, field = _live_with_field(qtbot)
    hand_over(frame, live)
    qtbot.keyClick(frame, Qt.Key.Key_C)  # a key still on its way to the old frame goes the same way
    qtbot.waitUntil(lambda: field.text() == "abc")
    assert live.isActiveWindow() and field.hasFocus()  # the keyboard went with the keys
    qtbot.waitUntil(lambda: not shiboken6.isValid(frame))  # gone once the live window has painted


def _live_with_field(qtbot) -> tuple[QMainWindow, QLineEdit]:
    live = QMainWindow()
    qtbot.addWidget(live)
    field = QLineEdit()
    live.setCentralWidget(field)
    field.setFocus()
    return live, field


def test_each_kept_key_goes_to_the_widget_focused_when_it_comes(qtbot):
    """Alt+2 on the board picks a writer and focuses the note field: the text typed next goes there."""
    frame = _frame(qtbot, snapshot(), handed_over=True)
    frame.activateWindow()
    qtbot.waitUntil(frame.isActiveWindow)
    qtbot.keyClick(frame, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(frame, "snel")
    live, field = _live_with_field(qtbot)
    board = QPushButton("board")  # the focus lands here, as on the board
    live.setMenuWidget(board)
    board.setFocus()
    QShortcut(QKeySequence("Alt+2"), board, field.setFocus, Qt.ShortcutContext.WidgetShortcut)
    hand_over(frame, live)
    qtbot.waitUntil(lambda: field.text() == "snel")


def test_ctrl_q_typed_into_the_first_frame_quits_once_the_live_window_is_there(qtbot):
    frame = _frame(qtbot, snapshot(), handed_over=True)
    frame.activateWindow()
    qtbot.waitUntil(frame.isActiveWindow)
    qtbot.keyClick(frame, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    live, _field = _live_with_field(qtbot)
    frames_shown = []
    quit_action = QAction(live)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the offscreen platform has no standard Quit key
    quit_action.triggered.connect(lambda: (frames_shown.append(shiboken6.isValid(frame) and frame.isVisible()), live.close()))
    live.addAction(quit_action)
    hand_over(frame, live)
    qtbot.waitUntil(lambda: frames_shown == [False])  # no other window left: the app quits with the live one
    assert not live.isVisible()


def test_closing_the_first_frame_after_the_hand_over_closes_the_live_window_too(qtbot):
    frame = _frame(qtbot, snapshot(), handed_over=True)
    live, _field = _live_with_field(qtbot)
    hand_over(frame, live)  # the close the person clicked is handled after the live window was built
    frame.close()
    assert not live.isVisible() and not frame.isVisible()


def test_the_first_frame_does_nothing_when_clicked(qtbot):
    frame = _frame(qtbot, snapshot())
    button = frame.findChild(QPushButton, "addTeamButton")
    with qtbot.assertNotEmitted(button.clicked):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    seen = []
    frame.menuBar().actions()[0].menu().aboutToShow.connect(lambda: seen.append(True))
    qtbot.mouseClick(frame.menuBar(), Qt.MouseButton.LeftButton, pos=frame.menuBar().actionGeometry(frame.menuBar().actions()[0]).center())
    assert not seen


def test_a_start_paints_the_snapshot_then_hands_over_to_the_live_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # the default preferences, here
    args = argparse.Namespace(db=f"sqlite:///{tmp_path / 'demo.sqlite'}", lang="en", demo=True, command=None)
    before = build_window(args)
    qtbot.addWidget(before)
    before.findChild(FirstFrameKeeper).keep()
    team = before.event_view.team_picker.currentText()
    before.close()
    shot = _last_frame(args)
    assert shot is not None and shot.team == team
    _show_first_frame(args, shot, {"code": 0}, builtins.__import__)
    frame = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstFrameWindow) and w.isVisible())
    assert frame.findChild(QComboBox, "teamPicker").currentText() == team
    geometry, maximised = frame.geometry(), frame.isMaximized()  # maximised on a small screen
    qtbot.waitUntil(lambda: not shiboken6.isValid(frame), timeout=20000)
    live = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
    assert live.event_view.team_picker.currentText() == team
    assert live.isMaximized() == maximised and (maximised or live.geometry() == geometry)
    live.close()
    live.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_frame_maximised_before_the_hand_over_leaves_the_live_window_maximised(qtbot):
    frame = _frame(qtbot, snapshot(), handed_over=True)
    frame.setWindowState(Qt.WindowState.WindowMaximized)  # the person maximised it while the data loaded
    live = QMainWindow()
    qtbot.addWidget(live)
    hand_over(frame, live)
    assert live.windowState() & Qt.WindowState.WindowMaximized


def _args(tmp_path, **changes) -> argparse.Namespace:
    return argparse.Namespace(**{"db": f"sqlite:///{tmp_path / 'demo.sqlite'}", "lang": "en", "demo": True, "command": None, **changes})


def _started(qtbot, args, prefs=None):
    window = build_window(args, prefs)  # closed by the test (_closed), really gone before the next
    window.show()
    qtbot.waitExposed(window)
    return window


def _closed(window) -> None:
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_step_looked_at_is_where_the_next_start_opens_as_its_first_frame_shows(qtbot, prefs, tmp_path):
    args = _args(tmp_path)
    key = database_key(args.db)
    before = _started(qtbot, args, prefs)
    view = before.event_view
    looked_at = next(step.key for step in view._ws.template.steps() if step.key != view.current_team().current_step)
    view.go_to(("step", looked_at))  # browsing: the team stays at its own step
    before.findChild(FirstFrameKeeper).keep()
    _closed(before)
    frame = _frame(qtbot, read_snapshot(snapshot_path(prefs.folder, key), key, "en"))
    after = _started(qtbot, args, prefs)  # the next start
    live = after.event_view
    shows = (live.findChild(QLabel, "eventTitle").text(), live.team_picker.currentText(), snapshot_of(after, key).page_title, live.navigator.currentItem().text(0))
    assert _shown(frame) == shows
    assert shows[2] == view._ws.t(view._ws.template.step(looked_at).title)
    _closed(after)


def test_the_first_frame_is_in_the_language_the_live_window_will_use(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    english = _args(tmp_path)  # --lang en, which is not saved
    window = _started(qtbot, english)
    window.findChild(FirstFrameKeeper).keep()
    _closed(window)
    plain = _args(tmp_path, lang=None)
    assert _last_frame(english).lang == "en"
    assert _last_frame(plain) is None  # the live window will be Dutch: no English first frame
    default_preferences().set("lang", "en")
    assert _last_frame(plain).lang == "en"


def test_the_hand_over_gives_the_live_window_the_focus_a_normal_start_gives(qtbot, prefs, tmp_path):
    args = _args(tmp_path)
    normal = _started(qtbot, args, prefs)
    normal.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is normal)
    expected = QApplication.focusWidget().objectName()
    _closed(normal)
    frame = _frame(qtbot, snapshot(lang="en"), handed_over=True)
    frame.activateWindow()
    qtbot.waitUntil(frame.isActiveWindow)
    live = build_window(args, prefs)
    hand_over(frame, live)
    qtbot.waitUntil(lambda: not shiboken6.isValid(frame))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is live)
    assert live.isActiveWindow() and QApplication.focusWidget().objectName() == expected
    _closed(live)


@pytest.fixture
def quits(monkeypatch) -> list:
    asked = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: asked.append(True)))
    return asked


def _shown_frame(qtbot) -> FirstFrameWindow:
    frame = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstFrameWindow) and w.isVisible())
    qtbot.addWidget(frame)
    return frame


def test_a_first_frame_closed_before_the_window_is_live_quits_without_opening_it(qtbot, tmp_path, monkeypatch, quits):
    after_paint, built = [], []
    monkeypatch.setattr("ui.startup.first_frame.after_first_paint", lambda widget, then: after_paint.append(then))
    monkeypatch.setattr("app.main._go_live", lambda *args, **kwargs: built.append(args))
    outcome = {"code": 0}
    _show_first_frame(_args(tmp_path), snapshot(lang="en"), outcome, builtins.__import__)
    _shown_frame(qtbot).close()  # the window's close button, while the data loads
    after_paint[0]()  # the turn after the frame's first paint
    assert quits and not built and outcome == {"code": 0}


def test_a_first_frame_whose_database_cannot_be_opened_shows_why_and_exits_2(qtbot, tmp_path, monkeypatch, quits):
    told = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text)))
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"no database at all " * 200)
    outcome = {"code": 0}
    _show_first_frame(_args(tmp_path, db=f"sqlite:///{broken}", demo=False), snapshot(lang="en"), outcome, builtins.__import__)
    frame = _shown_frame(qtbot)
    qtbot.waitUntil(lambda: outcome["code"] == 2)
    assert told and quits and not frame.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
