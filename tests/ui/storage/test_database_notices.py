"""The window names a new database file and the backup taken before an upgrade; a typo in --db creates nothing."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication, QMessageBox

from app.main import build_window
from db.engine import make_engine
from db.migrate import alembic_config


def _args(db: str) -> argparse.Namespace:
    return argparse.Namespace(db=db, lang="en", demo=False, command=None)


def _notice(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "databaseNotice") is not None
                    and window.findChild(QMessageBox, "databaseNotice").isVisible())
    return window.findChild(QMessageBox, "databaseNotice")


def test_a_new_database_is_named_in_the_status_bar_without_a_dialog_in_the_way(qtbot, prefs, tmp_path):
    path = tmp_path / "dag.sqlite"
    window = build_window(_args(str(path)), prefs)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert window.statusBar().currentMessage() == f"New database created at {path}."
    assert window.findChild(QMessageBox, "databaseNotice") is None
    window.statusBar().clearMessage()
    assert not window.statusBar().isVisible()  # the board gets its room back


def test_the_backup_of_an_upgrade_is_named_with_how_to_restore_it(qtbot, prefs, tmp_path):
    from alembic import command

    path = tmp_path / "dag.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    engine.dispose()
    window = build_window(_args(str(path)), prefs)
    qtbot.addWidget(window)
    window.show()
    text = _notice(qtbot, window).text()
    from app.storage.backups import database_key, list_backups

    assert str(list_backups(database_key(f"sqlite:///{path}"))[0].path) in text
    assert f"close Staatsprint, delete {path}-wal if it is there, and copy that file over {path}" in text
    assert "New database" not in text


def test_an_existing_current_database_says_nothing(qtbot, prefs, tmp_path):
    path = tmp_path / "dag.sqlite"
    first = build_window(_args(str(path)), prefs)
    qtbot.addWidget(first)
    first.close()
    window = build_window(_args(str(path)), prefs)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()  # the notice would open on the next turn of the event loop
    assert window.findChild(QMessageBox, "databaseNotice") is None


def test_a_missing_folder_is_refused_in_the_window_creating_nothing(qtbot, prefs, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert build_window(_args(str(tmp_path / "typo" / "dag.sqlite")), prefs) is None
    assert f"The folder {tmp_path / 'typo'} does not exist" in shown[0]
    assert not (tmp_path / "typo").exists()


def test_a_foreign_file_is_named_in_the_window_and_left_alone(qtbot, prefs, monkeypatch, tmp_path):
    import sqlite3

    path = tmp_path / "boekhouding.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert build_window(_args(str(path)), prefs) is None
    assert "holds the tables of another program (invoices)" in shown[0]
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".ini") == ["boekhouding.db"]
