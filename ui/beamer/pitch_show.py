"""Showing a team's pitch on the beamer: the "Show on the beamer" action a page calls, and PageDown /
PageUp in the facilitator's window to step to the next or previous team while a pitch is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ui.beamer.beamer_source import PITCH, BeamerSource
from ui.common.keymap import sequences


def show_pitch_on_beamer(source: BeamerSource, team_id: int, order: list[int] | None = None, timer=None, room: str = "") -> None:
    """Show ``team_id``'s pitch (``order``: the teams PageDown steps through; None: every team in
    number order; ``timer``: the jury's countdown beside it; ``room``: its room's name, with several),
    opening the beamer view on the screen the facilitator's window is not on."""
    open_beamer(source)
    source.show(PITCH, team_id=team_id, order=order, timer=timer, room=room)  # once open: a hidden view is given no frame


def open_beamer(source: BeamerSource) -> None:
    """Open the beamer view (if it is not open) on the screen the facilitator's window is not on."""
    if not source.view.isVisible():
        here = QApplication.activeWindow().screen() if QApplication.activeWindow() else None
        screens = QGuiApplication.screens()
        screen = next((screen for screen in screens if screen is not here), screens[0])
        source.view.open_on(screen)
        if screen is here or here is None:  # one screen: the beamer covers the facilitator's window, so it takes the keys (Escape closes it)
            source.view.raise_()
            source.view.activateWindow()


def bind_pitch_keys(owner: QWidget, source: BeamerSource) -> None:
    """PageDown / PageUp within ``owner`` step the beamer's pitch; they act only while it shows one."""
    keys = []
    for name, delta in (("beamerNextPitch", 1), ("beamerPreviousPitch", -1)):
        for sequence in sequences(name):
            shortcut = QShortcut(sequence, owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: source.step_pitch(d))
            shortcut.setEnabled(source.mode == PITCH)
            keys.append(shortcut)
    source.modeChanged.connect(lambda mode: [key.setEnabled(mode == PITCH) for key in keys])
