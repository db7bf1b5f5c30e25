"""Starting the window: a bad database gets a dialog and a non-zero exit, the demo fills an empty one."""

from __future__ import annotations

import argparse

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import text

from app.event.events import list_events
from app.main import build_window
from app.storage.database import open_store
from db.engine import make_engine


def _args(db: str, demo: bool = False) -> argparse.Namespace:
    return argparse.Namespace(db=db, lang="en", demo=demo, command=None)


def test_an_unreachable_database_shows_a_dialog(qtbot, prefs, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert build_window(_args("postgresql://nobody@127.0.0.1:1/none"), prefs) is None
    assert "cannot be reached" in shown[0] and "127.0.0.1" in shown[0]
    assert "cannot reach database" in capsys.readouterr().err


def test_a_newer_database_is_refused_and_left_alone(qtbot, prefs, monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    open_store(url).engine.dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz_future'"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert build_window(_args(url), prefs) is None
    assert "newer version of Staatsprint" in shown[0]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "zz_future"
    engine.dispose()


def test_demo_flag_fills_an_empty_database_once(qtbot, prefs, tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    window = build_window(_args(url, demo=True), prefs)
    qtbot.addWidget(window)
    assert window.event_view is not None
    assert window.event_view.team_picker.count() == 9
    window.close()
    again = build_window(_args(url, demo=True), prefs)
    qtbot.addWidget(again)
    assert len(list_events(again.store)) == 1


def test_without_events_a_welcome_page_offers_the_demo(qtbot, prefs, tmp_path):
    window = build_window(_args(f"sqlite:///{tmp_path / 'empty.sqlite'}"), prefs)
    qtbot.addWidget(window)
    assert window.centralWidget().objectName() == "welcomePage"
    window.findChild(QPushButton, "createDemoButton").click()
    assert window.event_view is not None and window.event_view.team_picker.count() == 9


def _shown_main_window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())


def test_switching_language_rebuilds_the_window(qtbot, prefs, tmp_path):
    window = build_window(_args(f"sqlite:///{tmp_path / 'l.sqlite'}", demo=True), prefs)
    window.show()
    window.findChild(QAction, "lang_nl").trigger()
    dutch = _shown_main_window()
    assert dutch is not window and prefs.get("lang") == "nl"
    assert dutch.menuBar().actions()[0].text() == "&Bestand"
    dutch.findChild(QAction, "lang_en").trigger()
    english = _shown_main_window()
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.event_view.team_picker.currentData() == dutch.event_view.team_picker.currentData()
    english.close()
