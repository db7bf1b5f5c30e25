"""Tab in reading order on pages whose parts are made after the window: a part made later joins the end of
the window's focus chain, so Tab would reach it after the window's header instead of where it stands
(ui.common.widgets.tab_first puts such a part first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain_order(container: QWidget) -> list[QWidget]:
    """The controls inside ``container`` that take focus by Tab (shown or not yet), in the window's focus-chain order."""
    window, stops = container.window(), []
    here = window.nextInFocusChain()
    while here is not window:
        if container.isAncestorOf(here) and here.focusProxy() is None and here.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            stops.append(here)
        here = here.nextInFocusChain()
    return stops
