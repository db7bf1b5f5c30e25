"""Driving an export dialog as a keyboard user does (shared by the dialog tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import find

WAIT = 60_000  # ms: a spawned worker on a loaded machine


def click(qtbot, dialog, name: str) -> None:
    """A real key press on the button (Space), as a keyboard user clicks."""
    qtbot.keyClick(find(dialog, QPushButton, name), Qt.Key.Key_Space)
