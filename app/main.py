"""The composition root: parse the command line, then run a command or the window.

This is the one module of ``app`` that may import ``ui`` (see the import-linter
contracts in pyproject.toml): it wires the domain, the database and the window.
"""

from __future__ import annotations

import builtins
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
    if getattr(sys, "frozen", False):
        # A PyInstaller build: an export worker (app/export/worker.py, multiprocessing "spawn") starts as
        # this executable again; here it does its work and exits instead of opening a second window.
        import multiprocessing

        multiprocessing.freeze_support()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with _start_up():
        from app.cli import build_parser, run_command

        args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        return run_juror(args) if getattr(args, "kit", None) else run_gui(args)
    return _printed(run_command, args)


def _printed(command, args) -> int:
    """A command whose output cannot be written: a reader that stopped early (``| head``) is no
    error; a full disk or a closed terminal is said in one line, exit 2 (never a traceback)."""
    import os

    try:
        code = command(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's own flush at exit must not fail again
        return 0
    except OSError as error:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"staatsprint: error: cannot write the output: {error.strerror}", file=sys.stderr)
        return 2


def run_gui(args) -> int:
    """The window. With a snapshot of what it showed last time, that first frame is painted before
    the database stack loads (ui/startup/first_frame.py); the live window replaces it in the next turns."""
    plain_import = builtins.__import__  # before PySide6 hooks it (see _import_database_stack)
    snapshot = _last_frame(args)
    if snapshot is None:
        _import_database_stack(plain_import)  # before Qt: after PySide6, every module costs more (STACK-NOTES)
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from ui.common.app_icon import install_app_icon

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    qt.setApplicationName("Staatsprint")
    qt.setOrganizationName("Staatsprint")
    install_app_icon(qt)
    outcome = {"code": 0}
    if snapshot is None:
        if _go_live(args) is None:
            return 2
    else:
        _show_first_frame(args, snapshot, outcome, plain_import)
    loop = qasync.QEventLoop(qt)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_until_quit(qt))
    return outcome["code"]


def run_juror(args) -> int:
    """A juror's laptop: the scoring window for the kit ``--kit`` names, in the kit's language
    (``--lang`` overrides), with no database at all. 2 when the kit cannot be opened, with the reason."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.errors import DomainError
    from app.jury.kit_reader import read_kit
    from app.storage.config import data_folder
    from ui.common.app_icon import install_app_icon
    from ui.common.i18n import install_language
    from ui.common.messages import message_for
    from ui.common.preferences import default_preferences
    from ui.common.text_size import apply_saved_text_size
    from ui.common.theme import THEMES, stylesheet
    from ui.jury.open_kit import juror_window

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    qt.setApplicationName("Staatsprint")
    qt.setOrganizationName("Staatsprint")
    install_app_icon(qt)
    prefs = default_preferences()
    theme = THEMES.get(prefs.get("theme", "light"), THEMES["light"])
    apply_saved_text_size(prefs)  # View → Text size of this laptop, for the juror's desk too
    qt.setStyleSheet(stylesheet(theme))
    path = Path(args.kit)
    try:
        lang = args.lang or read_kit(path).lang
        install_language(qt, lang)
        juror_window(path, data_folder(), lang, theme)  # kept open by ui.jury.open_kit
    except DomainError as error:
        install_language(qt, language(args, prefs))
        QMessageBox.critical(None, "Staatsprint", message_for(error))
        print(f"staatsprint: error: {error}", file=sys.stderr)
        return 2
    return qt.exec()


def _last_frame(args):
    """The snapshot of this database's window as it last looked, in the language the live window will
    use and taken with the preferences it will open by (another database's run may have changed them), or None. Without a snapshot of this database it is decided before any Qt module loads."""
    from app.errors import DomainError
    from app.startup.first_frame import (
        database_key,
        default_folder,
        read_snapshot,
        restored,
        snapshot_path,
    )
    from app.storage.config import database_url

    try:
        key = database_key(database_url(args.db))
    except DomainError:
        return None  # the window's start says why
    path = snapshot_path(default_folder(), key)
    if not path.is_file():
        return None
    from ui.common.preferences import (
        default_preferences,  # read with Qt, as the window reads them
    )

    prefs = default_preferences()
    return read_snapshot(path, key, language(args, prefs), restored(prefs.get))


def language(args, prefs) -> str:
    """The live window's language: --lang, else the saved one, else Dutch."""
    from ui.common.i18n import DEFAULT_LANGUAGE

    return args.lang or prefs.get("lang") or DEFAULT_LANGUAGE


def _show_first_frame(args, snapshot, outcome: dict, plain_import) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import install_language
    from ui.common.preferences import default_preferences
    from ui.common.text_size import apply_saved_text_size
    from ui.common.theme import THEMES, stylesheet
    from ui.startup.first_frame import FirstFrameWindow, after_first_paint, hand_over
    from ui.startup.startup_probe import watch
    from ui.window.screen_fit import size_for_screen

    qt = QApplication.instance()
    with _start_up():
        install_language(qt, snapshot.lang)
        apply_saved_text_size(default_preferences())  # the snapshot was taken at this size (RESTORED)
        qt.setStyleSheet(stylesheet(THEMES.get(snapshot.theme, THEMES["light"])))
        frame = FirstFrameWindow(snapshot)
        size_for_screen(frame)

    def live() -> None:
        if frame.closed:  # closed by the person before it was live: the app goes
            qt.quit()
            return
        _import_database_stack(plain_import)
        window = _go_live(args, show=False)
        if window is None:
            frame.close()
            outcome["code"] = 2
            qt.quit()
            return
        hand_over(frame, window)

    after_first_paint(frame, live)
    watch(frame, live=False)  # after the hook above: the last filter installed sees the paint first, so marks it first
    frame.show()


def _import_database_stack(plain_import) -> None:
    """The database stack, imported past PySide6's import hook. Once PySide6 is loaded, that hook reads
    the source of every newly imported module, looking for ``from __feature__ import`` (which this
    app never uses): a sixth more CPU for these modules (measured). By the import-linter contract
    no module of ``app`` or ``db`` imports Qt, so the hook has nothing to find in them."""
    hooked = builtins.__import__
    builtins.__import__ = plain_import
    try:
        with _start_up():
            import app.clock.timers  # noqa: F401
            import app.day.navigation  # noqa: F401
            import app.event.events  # noqa: F401
            import app.event.teams  # noqa: F401
            import app.storage.database  # noqa: F401
    finally:
        builtins.__import__ = hooked


def _go_live(args, show: bool = True):
    """Build the live window (None when the database cannot be opened) and, unless told, show it."""
    window = build_window(args)
    if window is None:
        return None
    from ui.startup.startup_probe import watch
    from ui.startup.driver_hook import attach
    from ui.window.last_resort import install_last_resort

    install_last_resort()  # an error nobody foresaw is shown in the window, not only on stderr
    watch(window, painted=show)  # start-up markers for bench/startup.py, only when it asks
    attach(window)  # a test's driver (tests/durability/), only when a test asks
    if show:
        window.show()
    return window


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

    from app.errors import DomainError
    from app.storage.config import database_url
    from app.storage.database import open_database
    from db.engine import INTERACTIVE
    from ui.common.i18n import install_language
    from ui.common.messages import message_for
    from ui.common.preferences import default_preferences
    from ui.common.text_size import apply_saved_text_size
    from ui.common.theme import THEMES, stylesheet
    from ui.startup.first_frame_keeper import FirstFrameKeeper
    from ui.storage.database_messages import show_notices
    from ui.storage.sync_wiring import follow_server
    from ui.window.main_window import MainWindow
    from ui.window.screen_fit import size_for_screen

    app = QApplication.instance()
    prefs = prefs or default_preferences()
    lang = language(args, prefs)
    install_language(app, lang)
    apply_saved_text_size(prefs)  # View → Text size, as this laptop chose it
    sheet = stylesheet(THEMES.get(prefs.get("theme", "light"), THEMES["light"]))
    if app.styleSheet() != sheet:  # setting it re-polishes every widget the application has: only when it changes
        app.setStyleSheet(sheet)
    try:
        url = database_url(args.db)
        opened = open_database(url, waits=INTERACTIVE)
        store = opened.store
        if getattr(args, "demo", False):
            from app.demo.event import (
                ensure_demo_event,  # only when asked for: not part of every start
            )

            ensure_demo_event(store)
    except DomainError as error:
        print(f"staatsprint: error: {error}", file=sys.stderr)
        if error.code == "db_damaged":  # the way back at once: the backups, restore one, open again
            from ui.storage.backups_recovery import recover

            return _build_window(args, prefs) if recover(url, error, lang) else None
        QMessageBox.critical(None, "Staatsprint", message_for(error))
        return None

    def make(language: str) -> MainWindow:
        window = MainWindow(state["store"], prefs, language)
        follow_server(window, state["store"])  # a shared event: other laptops' changes, and a banner when the server is gone
        size_for_screen(window)
        window.languageChanged.connect(relaunch)
        window.switch_database = switch  # File → Join event… (ui/sync/joined_events.py)
        FirstFrameKeeper(window, state["url"])  # what it shows, for the next start's first frame
        return window

    def switch(joined_store, event_id: int) -> None:
        from ui.sync.joined_events import replace_window

        state["store"], state["url"] = joined_store, str(joined_store.engine.url.render_as_string(hide_password=False))
        state["window"] = replace_window(state["window"], joined_store, event_id, make)

    def relaunch(language: str) -> None:
        # Re-creating the window re-translates every widget at once.
        prefs.set("lang", language)
        install_language(app, language)
        old = state["window"]
        state["window"] = make(language)
        state["window"].setGeometry(old.geometry())
        state["window"].setWindowState(old.windowState())  # maximised stays maximised
        state["window"].show()
        old.close()
        old.deleteLater()

    state = {"store": store, "url": url}
    state["window"] = make(lang)
    show_notices(state["window"], opened)
    return state["window"]
