"""The last resort: an error nobody foresaw is shown in the window, not only on stderr.

Qt hands an exception raised in a slot to ``sys.excepthook``. The hook installed here logs
the traceback and tells the person at the laptop, in their language, that something went
wrong and that nothing already saved is lost (every action is its own transaction: the one
that failed rolled back whole). The traceback is under "Show Details…" for whoever maintains
the app.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
_showing: list[QMessageBox] = []  # one dialog at a time: an error that repeats (on every tick) is logged, not stacked


def install_last_resort() -> None:
    """Route unhandled exceptions to ``report``; the hook that was there before still hears
    of any that cannot be shown."""
    previous = sys.excepthook

    def hook(kind, value, trace) -> None:
        if _server_away(value):
            # A screen re-read while a shared event's server is gone: the connection banner says so, and
            # every screen re-reads once it is back (the listener's resync). No dialog for each screen.
            log.warning("a read failed while the server is away: %s", value)
            return
        log.error("unexpected error", exc_info=(kind, value, trace))
        try:
            report("".join(traceback.format_exception(kind, value, trace)))
        except Exception:
            previous(kind, value, trace)

    sys.excepthook = hook


def _server_away(error: BaseException) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    from app.storage.write_failures import write_failed

    if not isinstance(error, SQLAlchemyError):
        return False
    failed = write_failed(error)
    return failed is not None and failed.code == "db_write_connection"


def report(details: str) -> QMessageBox:
    """Say that something went wrong, over the active window, without blocking it; the
    technical words (in English) only under "Show Details…"."""
    if _showing:
        return _showing[0]
    title = QCoreApplication.translate("last_resort", "Something went wrong")
    text = QCoreApplication.translate(
        "last_resort",
        "Something went wrong with what you just did.\n\nNothing that was already saved is lost. If it happens "
        "again, close Staatsprint and open it again; the details help whoever maintains it.",
    )
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setObjectName("lastResortDialog")
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _showing.clear())
    _showing.append(box)
    box.open()
    return box
