"""The windows carry the app's icon in every drawn size, and the desktop entry's name (packaging/staatsprint.desktop)."""

from __future__ import annotations

from PySide6.QtCore import QSize

from ui.common.app_icon import install_app_icon


def test_the_app_icon_in_every_size(qapp):
    install_app_icon(qapp)
    sizes = qapp.windowIcon().availableSizes()
    assert {QSize(n, n) for n in (16, 24, 32, 48, 64, 128, 256, 512)} <= set(sizes)
    assert qapp.desktopFileName() == "staatsprint"
