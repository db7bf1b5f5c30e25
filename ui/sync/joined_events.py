"""The window's side of shared events: File → Join event… and File → Shared events (the remembered ones,
reopened with one click, forgotten), a join file dropped on the window, switching the window to the joined
database, and what a login makes of the window (a team's laptop IS that team)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from app.errors import DomainError
from app.sync.join_file import SUFFIX, read_join_file
from app.sync.joined import Joined, forget, login_info, remembered
from app.sync.whoami import runs_the_event
from ui.common.messages import message_for
from ui.common.widgets import label
from ui.sync.join_dialog import JoinDialog, choose_join_file
from ui.window.places import PAGE_KEYS, PAGE_PLACES


def data_folder_of(window) -> Path:
    from app.storage.config import data_folder

    return getattr(window, "join_data_dir", None) or data_folder()


# -- the File menu ---------------------------------------------------------------
def add_join_menu(window, file_menu: QMenu, action) -> None:
    """File → Join event… and File → Shared events ▸ (filled each time it opens)."""
    action(file_menu, QCoreApplication.translate("join", "Join &event…"), lambda: join_event(window), "joinEventAction")
    shared = file_menu.addMenu(QCoreApplication.translate("join", "S&hared events"))
    shared.setObjectName("sharedEventsMenu")
    shared.aboutToShow.connect(lambda: fill_shared_menu(window, shared))
    fill_shared_menu(window, shared)


def fill_shared_menu(window, menu: QMenu) -> None:
    menu.clear()
    joined = remembered(data_folder_of(window))
    if not joined:
        empty = menu.addAction(QCoreApplication.translate("join", "No shared events joined yet"))
        empty.setObjectName("noSharedEvents")
        empty.setEnabled(False)
        return
    for index, entry in enumerate(joined):
        text = QCoreApplication.translate("join", "{event} · {day} — {login}").format(event=entry.join.event_name, day=entry.join.event_day.strftime("%d-%m-%Y"),
                                                       login=entry.join.label or entry.join.role)
        if entry.expired:
            text = QCoreApplication.translate("join", "{event} (expired)").format(event=text)
        reopen = menu.addAction(text.replace("&", "&&"), lambda e=entry: rejoin(window, e))
        reopen.setObjectName(f"sharedEvent{index}")
        reopen.setToolTip(entry.server)
    menu.addSeparator()
    forget_menu = menu.addMenu(QCoreApplication.translate("join", "&Forget"))
    forget_menu.setObjectName("forgetSharedMenu")
    for index, entry in enumerate(joined):
        gone = forget_menu.addAction(entry.join.event_name.replace("&", "&&") + " — " + (entry.join.label or entry.join.role).replace("&", "&&"),
                                     lambda e=entry: forget_event(window, e))
        gone.setObjectName(f"forgetSharedEvent{index}")


def forget_event(window, entry: Joined) -> None:
    forget(entry.key, data_folder_of(window))


# -- the welcome page ---------------------------------------------------------------
def welcome_join_buttons(window) -> list[QPushButton]:
    """For the welcome page (a laptop whose own database is empty): reopen the shared event this laptop
    joined last (after a restart a team finds its event again in one click), and join with a file."""
    buttons = []
    joined = [entry for entry in remembered(data_folder_of(window)) if not entry.expired]
    if joined:
        entry = joined[0]
        again = QPushButton(QCoreApplication.translate("join", "Back to the shared event as {login}").format(
            login=entry.join.label or entry.join.role).replace("&", "&&"))
        again.setObjectName("welcomeRejoinButton")
        again.setToolTip(f"{entry.join.event_name} · {entry.server}")
        again.clicked.connect(lambda: rejoin(window, entry))
        buttons.append(again)
    join = QPushButton(QCoreApplication.translate("join", "Join an event with a join file…"))
    join.setObjectName("welcomeJoinButton")
    join.clicked.connect(lambda: join_event(window))
    buttons.append(join)
    return buttons


# -- joining ----------------------------------------------------------------------
def join_event(window, path: Path | None = None) -> bool:
    """Join with the file at ``path`` (asked for when None): show it, connect, switch. True when joined."""
    path = path or choose_join_file(window)
    if path is None:
        return False
    try:
        join = read_join_file(path)
    except DomainError as error:
        QMessageBox.warning(window, QCoreApplication.translate("join", "Not joined"), message_for(error))
        return False
    if join.kind == "juror":
        QMessageBox.information(window, QCoreApplication.translate("join", "Not joined"), juror_note(join.label))
        return False
    return _joined(window, JoinDialog(join, data_folder_of(window), window))


def rejoin(window, entry: Joined) -> bool:
    """A remembered event, reopened (its file checked again: it may have expired meanwhile)."""
    return join_event(window, entry.path)


def _joined(window, dialog: JoinDialog) -> bool:
    window.join_dialog = dialog  # reachable while it is open (tests, screenshots)
    try:
        if dialog.exec() != JoinDialog.DialogCode.Accepted or dialog.opened is None:
            return False
    finally:
        window.join_dialog = None
    switch = getattr(window, "switch_database", None) or (lambda store, event_id: replace_window(window, store, event_id))
    switch(dialog.opened.store, dialog.event_id)
    return True


def replace_window(old, store, event_id: int, make=None):
    """A new main window on ``store`` with ``event_id`` open, where ``old`` was; ``old`` closes and its
    database connection goes (unless it is the same store)."""
    from ui.window.main_window import MainWindow

    old.prefs.set("event_id", event_id)
    old.prefs.set("team_id", None)
    old.prefs.set("page", None)
    new = make(old.lang) if make is not None else MainWindow(store, old.prefs, old.lang)
    new.setGeometry(old.geometry())
    new.setWindowState(old.windowState())
    new.join_data_dir = getattr(old, "join_data_dir", None)
    new.show()
    gone = old.store
    old.close()
    old.deleteLater()
    if gone is not store:
        gone.engine.dispose()
    return new


# -- drag and drop ------------------------------------------------------------------
def join_paths(mime) -> list[Path]:
    """The join files among what is dragged onto the window."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX)]


def dropped_join(window, mime) -> bool:
    """A join file dropped: its dialog opens once the drop is over. True when one was taken."""
    paths = join_paths(mime)
    if paths:
        QTimer.singleShot(0, lambda: join_event(window, paths[0]))
    return bool(paths)


# -- what the login makes of the window -----------------------------------------------
def window_login(window):
    """The open database's login (cached per window): None for the owner or SQLite."""
    if not hasattr(window, "_login"):
        window._login = login_info(window.store)
    return window._login


# team files and event archives: the facilitator's (a team's login cannot read the event's secret nor write its ids;
# it got "Something went wrong" or "the database is read-only"), and a joined laptop's work is on the server already
FACILITATOR_FILE_ACTIONS = ("exportTeamFileAction", "importTeamFileAction", "exportArchiveAction", "importArchiveAction")


def shared_label(window) -> str:
    """How the event header says this laptop works on a shared event ("" on this laptop's own database)."""
    if not window.store.shared:
        return ""
    info = window_login(window)
    if info is None:
        return QCoreApplication.translate("join", "shared event")
    return QCoreApplication.translate("join", "shared, as {login}").format(login=info.label)


def juror_note(label: str) -> str:
    return QCoreApplication.translate(
        "join", "{login} is a juror's login. Jurors score in their own window with their jury kit (File → Open a jury "
        "kit…), on any laptop, also without a network; the facilitator merges their files. The shared window is for the "
        "facilitator and the teams.").format(login=label)


def prepare_login(window) -> bool:
    """Before an event view is built: it must not open where this login may not look (a team on a facilitator's
    page it last showed on another login, or on another team). False for a juror's login: the window shows
    why it does not open the event (jurors score with their kit: ui/jury)."""
    info = window_login(window)
    if runs_the_event(info):
        return True
    if not info.opens_the_event:
        note = label(juror_note(info.label), "body", "jurorLoginNote")
        note.setContentsMargins(96, 80, 96, 80)
        window.setCentralWidget(note)
        return False
    if window.prefs.get("page") in PAGE_KEYS:
        window.prefs.set("page", None)
    if info.team_id is not None:
        window.prefs.set("team_id", info.team_id)
    return True


def apply_login(window) -> None:
    """A team's (or member's) laptop IS that team: its team shown, the team picker fixed, the facilitator's
    pages away. The facilitator (and the owner, SQLite) sees everything; a juror's login opens no event view
    (``prepare_login``)."""
    info = window_login(window)
    view = window.event_view
    if runs_the_event(info) or view is None:
        return
    hidden = [("programme",), ("jury",)]
    for place in PAGE_PLACES:
        _hide(window, place.action)
        hidden.append((place.key,))
    view.navigator.hide_places(hidden)  # kept away when the navigator is rebuilt (the event row changed)
    for name in ("newEventAction", "demoEventAction", "chooseEventAction", "importParticipantsAction", "chooseTeamAction",
                 *FACILITATOR_FILE_ACTIONS):
        _hide(window, name)
    why = QCoreApplication.translate("join", "This laptop joined as {login}: it is this team's laptop.").format(login=info.label)
    current = view.current_team()
    if info.team_id is not None and (current is None or current.id != info.team_id):
        view.choose_team(info.team_id)
    fix_picker(view.team_picker, QCoreApplication.translate("join", "Team (fixed on this laptop)"), why)
    add = view.findChild(QPushButton, "addTeamButton")
    if add is not None:
        add.hide()
    if info.kind == "member" and info.member_id is not None:
        view.identity_picker.setCurrentIndex(max(0, view.identity_picker.findData(info.member_id)))
        fix_picker(view.identity_picker, QCoreApplication.translate("join", "Who uses this laptop (fixed on this laptop)"), why)


def fix_picker(picker, name: str, why: str) -> None:
    """A header picker this laptop may not change: read as plain text (no field, no arrow: the theme's
    ``fixed`` rule), named as fixed for a screen reader, the reason in its tooltip and description."""
    picker.setEnabled(False)
    picker.setProperty("fixed", True)
    picker.style().unpolish(picker)
    picker.style().polish(picker)
    picker.setAccessibleName(name)
    picker.setAccessibleDescription(why)
    picker.setToolTip(why)


def _hide(window, name: str) -> None:
    action = window.findChild(QAction, name)
    if action is not None:
        action.setVisible(False)
        action.setEnabled(False)
