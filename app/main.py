"""The composition root: parse the command line, then run a command or the window.

This is the one module of ``app`` that may import ``ui`` (see the import-linter
contracts in pyproject.toml): it wires the domain, the database and the window.
"""

from __future__ import annotations

import gc
import logging
import sys
from contextlib import contextmanager


@contextmanager
def _start_up():
    """Start-up allocates much and frees little, so the cyclic GC only costs time then
    (measured: about a sixth of the time to the first window). Afterwards the start-up
    objects are frozen out of later collections."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.freeze()


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with _start_up():
        from app.cli import build_parser, run_command

        args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        return run_gui(args)
    return run_command(args)


def run_gui(args) -> int:
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Staatsprint")
    app.setOrganizationName("Staatsprint")
    window = build_window(args)
    if window is None:
        return 2
    from ui.last_resort import install_last_resort
    from ui.startup_probe import watch

    install_last_resort()  # an error nobody foresaw is shown in the window, not only on stderr
    watch(window)  # start-up markers for bench/startup.py, only when it asks
    window.show()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_until_quit(app))
    return 0


async def _until_quit(app) -> None:
    import asyncio

    done = asyncio.get_running_loop().create_future()
    app.aboutToQuit.connect(lambda: done.done() or done.set_result(None))
    await done


def build_window(args, prefs=None):
    """Open the database and the main window; on a bad database show why and return None."""
    with _start_up():
        return _build_window(args, prefs)


def _build_window(args, prefs):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.config import database_url
    from app.database import open_database
    from app.demo import ensure_demo_event
    from app.errors import DomainError
    from db.engine import INTERACTIVE
    from ui.i18n import DEFAULT_LANGUAGE, install_language
    from ui.database_messages import show_notices
    from ui.main_window import MainWindow
    from ui.messages import message_for
    from ui.preferences import default_preferences
    from ui.theme import THEMES, stylesheet

    app = QApplication.instance()
    prefs = prefs or default_preferences()
    lang = args.lang or prefs.get("lang") or DEFAULT_LANGUAGE
    install_language(app, lang)
    sheet = stylesheet(THEMES.get(prefs.get("theme", "light"), THEMES["light"]))
    if app.styleSheet() != sheet:  # setting it re-polishes every widget the application has: only when it changes
        app.setStyleSheet(sheet)
    try:
        opened = open_database(database_url(args.db), waits=INTERACTIVE)
        store = opened.store
        if getattr(args, "demo", False):
            ensure_demo_event(store)
    except DomainError as error:
        QMessageBox.critical(None, "Staatsprint", message_for(error))
        print(f"staatsprint: error: {error}", file=sys.stderr)
        return None

    def make(language: str) -> MainWindow:
        window = MainWindow(store, prefs, language)
        window.resize(1366, 768)
        window.languageChanged.connect(relaunch)
        return window

    def relaunch(language: str) -> None:
        # Re-creating the window re-translates every widget at once.
        prefs.set("lang", language)
        install_language(app, language)
        old = state["window"]
        state["window"] = make(language)
        state["window"].setGeometry(old.geometry())
        state["window"].show()
        old.close()
        old.deleteLater()

    state = {"window": make(lang)}
    show_notices(state["window"], opened)
    return state["window"]
