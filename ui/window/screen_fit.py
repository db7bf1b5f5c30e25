"""The window's first size: the design size (1366×768), unless the screen leaves less room for it.

A laptop of 1366×768 has less than 768 pixels below its panel, and the title bar comes on top of the
window's height: at the design size the bottom bar ("← Back", "Next: …") falls off the screen. There
the window opens maximised, which fits whatever the panels take.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DESIGN_SIZE = QSize(1366, 768)
ROOM_FOR_TITLE_BAR = 32  # the window manager's title bar is not part of the window's own height
SMALL_SCREEN_HEIGHT = 800


def fits(available: QRect, size: QSize = DESIGN_SIZE) -> bool:
    """Whether a window of ``size`` and its title bar fit within the screen's ``available`` geometry."""
    return (available.height() > SMALL_SCREEN_HEIGHT and available.width() >= size.width()
            and available.height() >= size.height() + ROOM_FOR_TITLE_BAR)


def headless() -> bool:
    """No real screen (tests, benchmarks, screenshots): no panel or title bar to make room for, and what is
    measured or looked at there is the design size, not the test platform's 800×600 screen."""
    return QGuiApplication.platformName() == "offscreen"


def size_for_screen(window: QWidget) -> None:
    """Give a window that is about to be shown its first size: the design size, or maximised where
    that does not fit the screen it opens on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    if headless() or fits(available):
        window.resize(DESIGN_SIZE)
        return
    window.resize(available.size())  # the size it returns to when un-maximised
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
