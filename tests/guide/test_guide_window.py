"""The guide window by keyboard: search with Ctrl+F, the contents with the arrow keys, a link followed with
Tab and Enter, Escape; its language; Help → Guide as PDF… writes the file, and a refusal is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pypdf import PdfReader

from tests.ui.conftest import open_window, prefs, settle  # noqa: F401 (fixtures)
from ui.help.menu import guide_window

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)
    settle()


def opened(qtbot, open_window, store, lang="nl"):  # noqa: F811
    window = open_window(store, lang)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_F1)
    guide = guide_window()
    qtbot.waitUntil(lambda: guide is not None and guide.isVisible())
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    return window, guide


def test_search_contents_links_and_escape_by_keyboard(qtbot, open_window, sqlite_store):  # noqa: F811
    _window, guide = opened(qtbot, open_window, sqlite_store)
    assert guide.anchor == "start" and QApplication.focusWidget() is guide.browser
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is guide.find_field
    qtbot.keyClicks(guide.find_field, "F1")
    press(qtbot, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText() == "F1" and guide.find_status.text() == ""
    guide.find_field.clear()
    qtbot.keyClicks(guide.find_field, "zqxj")
    press(qtbot, Qt.Key.Key_Return)
    assert guide.find_status.text() == "Not found"
    press(qtbot, Qt.Key.Key_Escape)  # from the search field back to the text, the guide still open
    assert QApplication.focusWidget() is guide.browser and guide.isVisible()

    guide.contents.setFocus(Qt.FocusReason.TabFocusReason)
    guide.contents.setCurrentItem(guide.contents.topLevelItem(0))
    press(qtbot, Qt.Key.Key_Down)
    second = guide.contents.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole)
    assert guide.anchor == second

    guide.browser.setFocus(Qt.FocusReason.TabFocusReason)
    guide.show_anchor("start")
    press(qtbot, Qt.Key.Key_Tab)  # in the text, Tab goes from link to link
    target = guide.browser.textCursor().charFormat().anchorHref()
    assert target.startswith("#")
    press(qtbot, Qt.Key.Key_Return)
    assert guide.anchor == target[1:]
    assert guide.contents.currentItem().data(0, Qt.ItemDataRole.UserRole) == target[1:]

    press(qtbot, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_the_guide_speaks_the_windows_language(qtbot, open_window, sqlite_store):  # noqa: F811
    from app.guide.source import load_guide

    _window, guide = opened(qtbot, open_window, sqlite_store, "en")
    assert guide.lang == "en" and guide.contents.topLevelItem(0).text(0) == load_guide("en").contents()[0].text


def test_guide_as_pdf_from_the_help_menu(qtbot, open_window, sqlite_store, tmp_path):  # noqa: F811
    window = open_window(sqlite_store)
    window.findChild(QAction, "guidePdfAction").trigger()
    dialog = window.findChild(QFileDialog, "guidePdfDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.selectedFiles()[0].endswith("staatsprint-guide-nl.pdf")
    target = tmp_path / "gids.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.is_file)
    assert PdfReader(target).outline
    assert window.statusBar().currentMessage() == f"Guide saved: {target}"  # said, not silent


def test_a_guide_pdf_that_cannot_be_written_is_said_and_leaves_nothing(qtbot, open_window, sqlite_store, tmp_path):  # noqa: F811
    from ui.help.menu import save_guide_pdf

    window = open_window(sqlite_store)
    target: Path = tmp_path / "missing" / "gids.pdf"
    assert not save_guide_pdf(window, "nl", target)
    box = window.findChild(QMessageBox, "guidePdfRefused")
    assert box is not None and "does not exist" in box.text()
    assert not target.parent.exists()
    box.close()


def test_the_guides_colours_are_readable_in_every_theme(qtbot):
    from ui.common.theme import THEMES, contrast
    from ui.help.guide_window import GuideWindow

    guide = GuideWindow()
    qtbot.addWidget(guide)
    for theme in THEMES.values():
        guide.apply_theme(theme)
        c = guide.colours
        for colour in (c.heading, c.muted, c.link, theme.text):
            assert contrast(colour, theme.surface) >= 4.5, (theme.key, colour)
        assert contrast(theme.text, c.tint) >= 4.5  # a note's text on its box
        assert theme.surface in guide.browser.styleSheet()
