"""WCAG 1.4.4 for the header, the guide and the dialogs: at 200 % text on 1366×768, in Dutch and in English,
no text is cut off or out of reach (lost_text.py), and nothing is wider than the screen."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.event.events import create_event_from_template, event_template, get_event
from app.storage import backups
from tests.jury.conftest import make_jury_event
from tests.ui.conftest import settle
from tests.ui.participants.registration_file import write_registration
from tests.ui.text_size.lost_text import lost_texts
from ui.common.i18n import remove_language
from ui.common.text_size import apply_text_size

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 728  # the screen's room under a window manager's title bar


@pytest.fixture
def large(qtbot, open_window, sqlite_store, prefs, staatsprint_template, tmp_path, monkeypatch):
    """large(lang) -> a window at 200 % text in ``lang`` on an event with jurors, a second event beside it."""
    monkeypatch.setenv(backups.BACKUPS_VAR, str(tmp_path / "backups"))
    make_jury_event(sqlite_store, staatsprint_template, tmp_path, teams=2)
    app = QApplication.instance()

    def make(lang: str):
        prefs.set("text_size", 200)
        window = open_window(sqlite_store, lang, translated=True)
        event = window.event_view.workspace.event
        create_event_from_template(sqlite_store, event_template(get_event(sqlite_store, event.id)), date(2026, 12, 2), "Testdag")
        window.open_event(event.id)  # now with the event picker in the header
        window.resize(SCREEN_WIDTH, 768)
        settle()
        return window

    yield make
    apply_text_size(100)
    remove_language(app)


def _shown(qtbot, dialog: QWidget) -> list[str]:
    """The dialog's lost texts, sized as on a 1366×768 screen: its size hint, within the screen. (The
    offscreen platform's screen is 800×800, and Qt keeps a new window within the screen it is on.)"""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    _as_on_the_screen(dialog)
    name = dialog.objectName() or type(dialog).__name__
    _keep_picture(dialog, name)
    problems = [f"{name} {problem}" for problem in lost_texts(dialog)]
    if dialog.frameGeometry().width() > SCREEN_WIDTH:
        problems.append(f"{name} is {dialog.frameGeometry().width()} px wide, wider than the screen")
    return problems


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_200_percent_the_header_and_the_guide_show_all_their_text(qtbot, large, lang):
    from ui.help.menu import open_guide

    window = large(lang)
    view = window.event_view
    view.choose_team(view.team_picker.itemData(1))
    settle()
    assert view.event_picker is not None and view.event_picker.isVisible()
    header = window.findChild(QWidget, "header")
    problems = [problem for problem in lost_texts(window) if problem.split(":")[0] in _names(header)]
    guide = open_guide(window, "team")
    qtbot.waitExposed(guide)
    settle()
    problems += [f"guide {problem}" for problem in lost_texts(guide)]
    contents = guide.contents
    cut = [item.text(0) for item in contents.findItems("*", _recursive()) if _elided(contents, item)]
    problems += [f"guide contents: {text!r} ends in …" for text in cut]  # their tooltips do not count here
    guide.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_200_percent_the_dialogs_show_all_their_text(qtbot, large, lang, tmp_path):
    window = large(lang)
    problems = []
    for dialog in _dialogs(window, tmp_path):
        problems += _shown(qtbot, dialog)
        if dialog.objectName() == "backupsDialog":
            dialog.ask_restore()
            settle()
            confirm = dialog.findChild(QMessageBox, "restoreConfirm")
            qtbot.waitExposed(confirm)
            settle()
            _keep_picture(confirm, "restoreConfirm")
            problems += [f"restoreConfirm {problem}" for problem in lost_texts(confirm)]
            confirm.reject()
        if dialog.objectName() == "importDialog":
            problems += _import_preview(dialog)
        dialog.close()
    problems += _about(qtbot, window)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def _dialogs(window, tmp_path):
    """Each dialog, made as the window makes it (yielded one by one: each is closed before the next)."""
    from app.storage.backups import sqlite_backup
    from tests.ui.sync.test_shared_menu import a_join
    from app.sync.versions import EditConflict
    from ui.event.new_event_dialog import NewEventDialog
    from ui.export.actions import export_dossier, export_report
    from ui.jury.paper_dialog import PaperSheetDialog
    from ui.participants.import_dialog import ImportDialog
    from ui.storage.backups_dialog import BackupsDialog
    from ui.sync.conflict_dialog import ConflictDialog
    from ui.sync.join_dialog import JoinDialog
    from ui.window.shortcuts_dialog import ShortcutsDialog

    workspace = window.event_view.workspace
    yield NewEventDialog(window.store, window)
    path = window.store.engine.url.database
    sqlite_backup(Path(path), "migration", "0010")
    sqlite_backup(Path(path), "phase-end", "0011", phase="empathize", event_name="Staatsprint")
    yield BackupsDialog(str(window.store.engine.url), window, lang=window.lang)
    yield ImportDialog(workspace, write_registration(tmp_path / "aanmeldingen.csv"), window)
    team = window.event_view.team_picker.itemData(0)
    yield export_dossier(workspace, team, window)
    yield export_report(workspace, window)
    yield JoinDialog(a_join(), tmp_path / "data", window)
    yield ConflictDialog(EditConflict("note", 7, "text", "Mijn versie van de notitie", "De versie van de ander", "Eerst", 3, "note"), window)
    yield ShortcutsDialog(window)
    jurors = [(juror.id, juror.name) for juror in _jurors(window)]
    yield PaperSheetDialog(workspace, jurors)


def _as_on_the_screen(dialog: QWidget) -> None:
    hint, size = dialog.sizeHint(), dialog.size()
    dialog.resize(max(size.width(), min(hint.width(), SCREEN_WIDTH)), max(size.height(), min(hint.height(), SCREEN_HEIGHT)))
    settle()


def _keep_picture(widget: QWidget, name: str) -> None:
    """With STAATSPRINT_SHOTS set (a folder), each dialog's picture, to look at."""
    folder = os.environ.get("STAATSPRINT_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"t2-{name}-{widget.window().property('lang') or QApplication.instance().property('lang') or ''}.png"))


def _import_preview(dialog) -> list[str]:
    from PySide6.QtWidgets import QPushButton

    combos = dialog.mapping.combos
    combos[0].setCurrentIndex(combos[0].findData(""))
    combos[3].setCurrentIndex(combos[3].findData("organisation"))
    dialog.findChild(QPushButton, "importShowPreview").click()
    settle()
    _as_on_the_screen(dialog)
    _keep_picture(dialog, "importDialog-preview")
    return [f"importDialog (preview) {problem}" for problem in lost_texts(dialog)]


def _about(qtbot, window) -> list[str]:
    """Help → About: Qt's own message box, modal: checked while it is open, then closed."""
    problems = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, check)
            return
        problems.extend(f"about {problem}" for problem in lost_texts(box))
        box.accept()

    QTimer.singleShot(0, check)
    window._about()
    return problems


def _jurors(window):
    from sqlmodel import select

    from db.models import Juror

    with window.store.read() as session:
        return list(session.exec(select(Juror).where(Juror.event_id == window.event_view.workspace.event.id)))


def _names(widget: QWidget) -> set[str]:
    return {child.objectName() or type(child).__name__ for child in widget.findChildren(QWidget)}


def _recursive():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive


def _elided(tree, item) -> bool:
    """Does the contents row show less than its title (a "…")? Rows out of view are reached by scrolling."""
    from tests.ui.text_size.lost_text import _fits

    index = tree.indexFromItem(item)
    rect = tree.visualRect(index)
    return not rect.isEmpty() and not _fits(tree, index, item.text(0), rect)
