"""The start-up probe bench/startup.py reads: silent unless asked, then one line per moment."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QLineEdit, QMainWindow

from ui.startup.startup_probe import ENV_VAR, watch


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLineEdit())
    return window


def test_off_it_watches_nothing(qtbot, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    made = []
    monkeypatch.setattr("ui.startup.startup_probe._Probe", lambda *args: made.append(args))
    watch(_window(qtbot))
    assert made == []


def test_on_it_marks_the_paint_then_the_key_and_swallows_that_key(qtbot, monkeypatch):
    read_end, write_end = os.pipe()
    monkeypatch.setenv(ENV_VAR, str(write_end))
    window = _window(qtbot)
    watch(window)
    window.show()
    os.set_blocking(read_end, False)
    written = []

    def read() -> bool:
        try:
            written.append(os.read(read_end, 100).decode())
        except BlockingIOError:
            pass
        return "interactive" in "".join(written)

    qtbot.waitUntil(read)
    os.close(read_end)
    os.close(write_end)
    assert "".join(written).split() == ["painted", "interactive"]
    assert window.centralWidget().text() == ""
