"""A kit is opened from the main window (File → Open a jury kit…, a drop), or by `staatsprint --kit`:
once per laptop — the same kit again brings its window to the front; in another running app it is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.jury.open_kit as opener
from app.cli import build_parser
from app.jury.juror_desk import open_kit
from tests.jury.kits import write_kit
from ui.common.i18n import remove_language
from ui.jury.juror_window import JurorWindow


def juror_windows() -> list[JurorWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, JurorWindow) and w.isVisible()]


def refusal() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "kitRefusedDialog" and w.isVisible()), None)


def close_all() -> None:
    for window in juror_windows():
        window.close()
    box = refusal()
    if box is not None:
        box.close()


def test_file_open_a_jury_kit_opens_the_scoring_window_once(qtbot, open_window, sqlite_store, tmp_path, monkeypatch):
    kit = write_kit(tmp_path)
    main = open_window(sqlite_store)
    main.juror_data_dir = tmp_path / "data"
    monkeypatch.setattr(opener, "choose_kit", lambda parent: kit)
    action = main.findChild(QAction, "openKitAction")
    assert action.shortcuts() and action.shortcuts()[0].toString() == "Ctrl+O"
    try:
        action.trigger()
        qtbot.waitUntil(lambda: len(juror_windows()) == 1)
        first = juror_windows()[0]
        assert first.desk.kit.juror_name == "Anna de Vries"
        action.trigger()  # the same kit again: the same window, not a second desk
        assert juror_windows() == [first] and refusal() is None
    finally:
        close_all()


def test_a_kit_dropped_on_the_main_window_opens_it(qtbot, open_window, sqlite_store, tmp_path):
    kit = write_kit(tmp_path)
    main = open_window(sqlite_store)
    main.juror_data_dir = tmp_path / "data"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(kit))])
    drop = QDropEvent(QPoint(20, 20).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        main.dropEvent(drop)
        assert [w.desk.kit_path for w in juror_windows()] == [kit]
    finally:
        close_all()


def test_a_kit_open_elsewhere_on_this_laptop_is_refused_with_the_reason(qtbot, open_window, sqlite_store, tmp_path):
    kit = write_kit(tmp_path)
    elsewhere = open_kit(kit, tmp_path / "data")  # as another running app holds it
    main = open_window(sqlite_store)
    main.juror_data_dir = tmp_path / "data"
    try:
        main.open_kit(kit)
        box = refusal()
        assert box is not None and "already open in another Staatsprint window" in box.text()
        assert juror_windows() == []
    finally:
        close_all()
        elsewhere.close()


def test_a_file_that_is_not_a_kit_is_refused(qtbot, open_window, sqlite_store, tmp_path):
    path = tmp_path / "notes.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    main = open_window(sqlite_store)
    main.juror_data_dir = tmp_path / "data"
    try:
        main.open_kit(path)
        box = refusal()
        assert box is not None and "notes.json" in box.text() and juror_windows() == []
        assert not (tmp_path / "data" / "jury").exists()
    finally:
        close_all()


def test_the_command_line_takes_a_kit_for_the_window():
    assert build_parser().parse_args(["--kit", "Jurykit Anna.json"]).kit == "Jurykit Anna.json"
    args = build_parser().parse_args(["gui", "--kit", "k.json", "--lang", "en"])
    assert args.kit == "k.json" and args.lang == "en"


@pytest.fixture
def entry(monkeypatch, tmp_path):
    """app.main with this test's data folder and no saved preferences; the app's language and look restored after."""
    from app import main as entry

    app = QApplication.instance()
    sheet = app.styleSheet()
    monkeypatch.setattr("app.storage.config.data_folder", lambda: tmp_path / "data")
    monkeypatch.setattr("ui.common.preferences.default_preferences", lambda: _Prefs())
    yield entry
    remove_language(app)
    app.setStyleSheet(sheet)


def test_staatsprint_kit_opens_the_scoring_window_in_the_kits_language(qtbot, entry, tmp_path, monkeypatch):
    kit = write_kit(tmp_path)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    try:
        assert entry.main(["--kit", str(kit)]) == 0
        (window,) = juror_windows()
        assert window.lang == "nl" and window.desk.state_path.parent == tmp_path / "data" / "jury"
    finally:
        close_all()


def test_staatsprint_kit_with_a_bad_file_says_why_and_exits_2(qtbot, entry, tmp_path, monkeypatch, capsys):
    path = tmp_path / "half.json"
    path.write_text("{half", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert entry.main(["--kit", str(path)]) == 2
    assert said and "half.json" in said[0]
    assert "half.json" in capsys.readouterr().err


class _Prefs:
    def get(self, key, default=None):
        return default

    def get_int(self, key):
        return None


def test_the_welcome_page_of_a_jurors_laptop_offers_to_open_the_kit(qtbot, prefs, tmp_path, monkeypatch):
    import argparse

    from PySide6.QtWidgets import QPushButton

    from app.main import build_window

    kit = write_kit(tmp_path)
    main = build_window(argparse.Namespace(db=f"sqlite:///{tmp_path / 'empty.sqlite'}", lang="nl", demo=False, command=None), prefs)
    qtbot.addWidget(main)
    main.juror_data_dir = tmp_path / "data"
    monkeypatch.setattr(opener, "choose_kit", lambda parent: kit)
    assert main.centralWidget().objectName() == "welcomePage"
    button = main.findChild(QPushButton, "welcomeOpenKitButton")
    assert button.text() == "Jurykit openen…"
    try:
        button.click()
        qtbot.waitUntil(lambda: len(juror_windows()) == 1)
        assert juror_windows()[0].desk.kit.juror_name == "Anna de Vries"
    finally:
        close_all()
        remove_language(QApplication.instance())


def test_on_a_small_screen_the_scoring_window_opens_maximised_with_its_buttons_on_it(qtbot, tmp_path, monkeypatch):
    """A juror's 1366×768 laptop: at the design size the title bar pushed "Next team" off the screen's bottom."""
    monkeypatch.setattr("ui.window.screen_fit.headless", lambda: False)  # the test platform's 800×600 as a real screen
    kit = write_kit(tmp_path)
    try:
        window = opener.juror_window(kit, tmp_path / "data", "en")
        qtbot.waitExposed(window)
        assert window.isMaximized()  # fits what the panels and title bar leave (the test's 800×600 is below its minimum)
    finally:
        close_all()
