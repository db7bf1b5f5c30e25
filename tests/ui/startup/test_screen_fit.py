"""The window's first size on a small screen: maximised, so the bottom bar (Back, Next) stays on it."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.main import build_window
from tests.ui.conftest import find, settle
from ui.window.screen_fit import fits


def test_the_design_size_fits_only_a_screen_with_room_for_it_and_its_title_bar():
    assert not fits(QRect(0, 0, 1366, 768))  # the facilitator's laptop
    assert not fits(QRect(0, 0, 1366, 740))  # the same, below a panel
    assert not fits(QRect(0, 0, 1280, 800))
    assert fits(QRect(0, 0, 1920, 1050))


def test_on_a_small_screen_the_window_opens_maximised_with_the_bottom_bar_on_screen(qtbot, tmp_path, prefs, monkeypatch):
    monkeypatch.setattr("ui.window.screen_fit.headless", lambda: False)  # the test platform's 800×600 as a real screen
    args = argparse.Namespace(db=str(tmp_path / "small.sqlite"), lang="nl", demo=True, command=None)
    window = build_window(args, prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for notice in window.findChildren(QMessageBox, "databaseNotice"):
        notice.accept()
    settle()
    available = QApplication.primaryScreen().availableGeometry()
    assert available.height() <= 800  # the test platform's screen is small
    assert window.isMaximized()
    bottom = find(window, QPushButton, "backButton")
    assert window.mapToGlobal(bottom.rect().bottomLeft()).y() <= available.bottom()
    assert window.frameGeometry().bottom() <= available.bottom()


def test_without_a_real_screen_the_window_has_the_design_size(qtbot, tmp_path, prefs):
    """Tests, benchmarks and screenshots run offscreen: they measure and look at 1366×768, not 800×600."""
    args = argparse.Namespace(db=str(tmp_path / "plain.sqlite"), lang="nl", demo=False, command=None)
    window = build_window(args, prefs)
    qtbot.addWidget(window)
    assert not window.isMaximized() and (window.width(), window.height()) == (1366, 768)
