"""The app's icon on its windows (title bar, task bar, Alt+Tab) and its desktop entry's name, so a Linux
desktop matches the window to packaging/staatsprint.desktop. The PNGs are drawn by packaging/make_icons.py."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from app.paths import resources_dir

DESKTOP_FILE = "staatsprint"  # packaging/staatsprint.desktop, installed under this name


def install_app_icon(qt: QGuiApplication) -> None:
    """Every size under resources/icons; Qt reads a file only when that size is drawn."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("staatsprint-*.png")):
        icon.addFile(str(path))
    qt.setWindowIcon(icon)
    qt.setDesktopFileName(DESKTOP_FILE)
