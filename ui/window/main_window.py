"""The main window: menus, and either the open event or a welcome page when there is none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock.alarm import ZeroAlarm
from app.clock.clock import Clock
from app.clock.timers import Timers
from app.errors import DomainError
from app.event.events import event_template, get_event, list_events
from app.storage.store import Store
from app.sync.server_clock import event_clock
from ui.a11y.factory import install as install_accessibility
from ui.clock.sound import SoundPlayer
from ui.common.keymap import KEYMAP, sequences
from ui.common.messages import message_for
from ui.common.preferences import Preferences
from ui.common.text_size import add_text_size_menu, fit_event_view
from ui.common.theme import THEMES, Theme, stylesheet
from ui.common.widgets import label
from ui.export.menu import add_export_menu
from ui.help.menu import add_help_menu
from ui.sync.file_actions import add_file_actions, welcome_buttons
from ui.storage.backups_wiring import add_backups_action
from ui.storage.feed_bridge import FeedBridge, touches
from ui.storage.outbox_write import attach as attach_outbox
from ui.window.announcement_bar import AnnouncementBar
from ui.sync.joined_events import (
    add_join_menu,
    apply_login,
    dropped_join,
    join_paths,
    prepare_login,
    shared_label,
    welcome_join_buttons,
)
from ui.window.event_header import event_choice
from ui.window.event_view import EventView
from ui.window.places import PAGE_PLACES, menu_text
from ui.window.workspace import Workspace, remember_mute

TICK_MS = 250  # countdowns repaint four times a second; the time itself comes from the clock


class MainWindow(QMainWindow):
    languageChanged = Signal(str)

    def __init__(
        self,
        store: Store,
        prefs: Preferences,
        lang: str,
        clock: Clock | None = None,
        player=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        install_accessibility()  # graphics items in the accessibility tree (ui/a11y/factory.py)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Staatsprint")
        self.setMinimumSize(1024, 640)
        self.store = store
        self.prefs = prefs
        self.lang = lang
        self.bridge = FeedBridge(store.feed, self)
        self.bridge.changed.connect(self._follow_event_name)
        self.announcement_bar = AnnouncementBar(self)  # the facilitator's line, on every laptop
        self.outbox = attach_outbox(self)  # a shared event: what is typed while the server is away is kept
        self.timers = Timers(store, clock or event_clock(store))  # a shared event: the server's clock
        self.alarm = ZeroAlarm()
        self.alarm.muted = prefs.get("muted") == "1"
        self.player = player if player is not None else SoundPlayer(self)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.start()
        self.event_view: EventView | None = None
        self.juror_data_dir: Path | None = None  # where a juror's scores are kept; None: the app's data folder
        self.setAcceptDrops(True)  # a jury kit dropped on the window opens it; a registration file imports
        self._build_menus()
        self._open_initial_event()

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New event…"), self.new_event, "newEventAction")
        self._action(file_menu, self.tr("Add the &demo event"), self.add_demo_event, "demoEventAction")
        file_menu.addSeparator()
        importing = self._action(file_menu, self.tr("Import &participants…"), lambda: self.import_participants(), "importParticipantsAction")
        file_menu.aboutToShow.connect(lambda: importing.setEnabled(self.event_view is not None))
        self._action(file_menu, self.tr("Open a &jury kit…"), lambda: self.open_kit(), "openKitAction")
        add_join_menu(self, file_menu, self._action)  # Join event…, Shared events ▸ (ui/sync/joined_events.py)
        add_file_actions(self, file_menu, self._action)
        add_backups_action(self, file_menu, self._action)  # File → Backups…, phase-end backups (ui/storage/backups_wiring.py)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "quitAction")

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._action(go_menu, self.tr("&Previous step"), lambda: self.event_view and self.event_view.back(), "backAction")
        self._action(go_menu, self.tr("&Next step"), lambda: self.event_view and self.event_view.next(), "nextAction")
        go_menu.addSeparator()
        self._action(go_menu, self.tr("The &challenge"), lambda: self.event_view and self.event_view.go_to(("challenge",)), "challengeAction")
        self._action(go_menu, self.tr("&Team and introductions"), lambda: self.event_view and self.event_view.go_to(("team",)), "teamAction")
        for place in PAGE_PLACES:
            self._action(go_menu, menu_text(place), lambda _=False, k=place.key: self.event_view and self.event_view.go_to((k,)), place.action)
        go_menu.addSeparator()
        self._choose_event = self._action(go_menu, self.tr("Choose another &event…"), lambda: self._pick("event_picker"), "chooseEventAction")
        self._action(go_menu, self.tr("Choose another te&am…"), lambda: self._pick("team_picker"), "chooseTeamAction")
        self._action(go_menu, self.tr("Who uses this &laptop…"), lambda: self._pick("identity_picker"), "chooseIdentityAction")

        add_export_menu(self, self.menuBar().addMenu(self.tr("&Export")), self._action)

        timer_menu = self.menuBar().addMenu(self.tr("&Timer"))
        self._action(timer_menu, self.tr("Start / pause"), lambda: self._timer("toggle"), "timerToggleAction")
        self._action(timer_menu, self.tr("+1 minute"), lambda: self._timer("extend", 60), "timerPlusAction")
        self._action(timer_menu, self.tr("−1 minute"), lambda: self._timer("extend", -60), "timerMinusAction")
        self._action(timer_menu, self.tr("+5 minutes"), lambda: self._timer("extend", 300), "timerPlus5Action")
        self._action(timer_menu, self.tr("Reset"), lambda: self._timer("reset"), "timerResetAction")
        timer_menu.addSeparator()
        mute = self._action(timer_menu, self.tr("Sound off"), lambda checked=False: self._mute(checked), "muteAction")
        mute.setCheckable(True)
        mute.setChecked(self.alarm.muted)
        timer_menu.aboutToShow.connect(lambda: mute.setChecked(self.alarm.muted))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        steps = self._action(view_menu, self.tr("List of &steps"), lambda: self.event_view and self.event_view.navigator_toggle.toggle(), "navigatorAction")
        view_menu.aboutToShow.connect(lambda: steps.setEnabled(self.event_view is not None))
        language = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = self._action(language, name, lambda _=False, c=code: self.languageChanged.emit(c), f"lang_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            group.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        themes = QActionGroup(self)
        current = self.prefs.get("theme", "light")
        for key, name in (("light", self.tr("Light")), ("high_contrast", self.tr("High contrast"))):
            action = self._action(theme_menu, name, lambda _=False, k=key: self.apply_theme(k), f"theme_{key}")
            action.setCheckable(True)
            action.setChecked(key == current)
            themes.addAction(action)
        add_text_size_menu(self, view_menu, self._action)  # Text size ▸ 100/150/200 % (ui/common/text_size.py)
        view_menu.addSeparator()
        single = self._action(view_menu, self.tr("Single-key shortcuts (+ and −)"), self._set_character_keys, "characterKeysAction")
        single.setCheckable(True)
        single.setChecked(self._character_keys)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_help_menu(self, help_menu, self._action)  # Guide (F1), Guide as PDF…, Keyboard shortcuts (ui/help/menu.py)
        self._action(help_menu, self.tr("&About Staatsprint"), self._about, "aboutAction")

    def _action(self, menu, text: str, slot, name: str) -> QAction:
        """A menu action; its keys come from the one keymap (ui/common/keymap.py)."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(sequences(name, self._character_keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _timer(self, action: str, seconds: int = 0) -> None:
        """A timer shortcut acts on the timer in view. Typing in a text field never gets here for
        + and −: text widgets claim the keys they type (Qt's shortcut override)."""
        panel = self.event_view.active_timer() if self.event_view is not None else None
        if panel is not None:
            panel.act(action, seconds)

    @property
    def _character_keys(self) -> bool:
        return self.prefs.get("character_keys", "1") == "1"

    def _set_character_keys(self, on: bool) -> None:
        """Single character keys as shortcuts on or off (WCAG 2.1.4), for this laptop, also next time."""
        self.prefs.set("character_keys", int(on))
        for action in self.findChildren(QAction):
            if action.objectName() in KEYMAP:
                action.setShortcuts(sequences(action.objectName(), on))

    def _pick(self, picker: str) -> None:
        """A header picker is reached deliberately: by its shortcut, which opens its list."""
        widget = getattr(self.event_view, picker, None) if self.event_view is not None else None
        if widget is not None:
            widget.open_list()

    def _mute(self, muted: bool) -> None:
        remember_mute(self.alarm, self.prefs, muted)

    def theme(self) -> Theme:
        return THEMES.get(self.prefs.get("theme", "light"), THEMES["light"])

    def apply_theme(self, key: str) -> None:
        self.prefs.set("theme", key)
        app = QApplication.instance()
        if app is not None:
            app.setStyleSheet(stylesheet(self.theme()))
        if self.event_view is not None:
            self.event_view.workspace.theme = self.theme()

    # -- events --------------------------------------------------------------
    def _open_initial_event(self) -> None:
        events = list_events(self.store)
        remembered = self.prefs.get_int("event_id")
        if any(e.id == remembered for e in events):
            self.open_event(remembered)
        elif events:
            self.open_event(events[0].id)
        else:
            self._show_welcome()

    def open_event(self, event_id: int) -> None:
        if not prepare_login(self):  # a team's login opens where it may look; a juror's is told to use the kit
            return
        event = get_event(self.store, event_id)
        self.prefs.set("event_id", event_id)
        workspace = Workspace(
            self.store, self.bridge, event, event_template(event), self.lang,
            self.timers, self.alarm, self.player, self.ticker, self.theme(), self.prefs, shared_label(self),
        )
        view = EventView(workspace, list_events(self.store), self.prefs)
        fit_event_view(view)  # a page that needs more room than the screen (200 % text) scrolls
        view.eventChosen.connect(self._switch_event)
        self._replace_central(view)
        self.event_view = view
        view.land_focus()  # never on a control of the window that was replaced
        self._choose_event.setEnabled(getattr(view, "event_picker", None) is not None)  # one event: nothing to choose
        self.setWindowTitle(f"Staatsprint — {event.name}")
        self.announcement_bar.show_text(event.announcement)
        apply_login(self)  # a team's login: this laptop is that team

    def _follow_event_name(self, batch) -> None:
        """The open event renamed or moved to another day (the event editor, here or on another laptop):
        the window's title and the event picker say it as it is stored now."""
        if self.event_view is None or not touches(batch, {"event"}):
            return
        event = get_event(self.store, self.event_view.workspace.event.id)
        self.setWindowTitle(f"Staatsprint — {event.name}")
        self.announcement_bar.show_text(event.announcement)
        picker = self.event_view.event_picker
        if picker is not None:
            picker.setItemText(picker.findData(event.id), event_choice(event.name, event.day))

    def _switch_event(self, event_id: int) -> None:
        self.prefs.set("team_id", None)
        self.prefs.set("page", None)
        self.open_event(event_id)

    def _replace_central(self, widget: QWidget) -> None:
        old = self.centralWidget()
        if isinstance(old, EventView):
            old.flush_edits()
            old.close_beamer()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        self.setCentralWidget(widget)

    def _show_welcome(self) -> None:
        self.announcement_bar.hide()
        page = QWidget()
        page.setObjectName("welcomePage")
        column = QVBoxLayout(page)
        column.setContentsMargins(96, 80, 96, 80)
        column.setSpacing(16)
        column.addWidget(label("Staatsprint", "h1"))
        column.addWidget(label(self.tr("Run a one-day design-thinking hackathon: programme, timers, the four phases and the jury — on this laptop, without internet."), "lead"))
        column.addWidget(label(self.tr("There is no event in this database yet."), "muted"))
        demo = QPushButton(self.tr("Open the demo event"))
        demo.setObjectName("createDemoButton")
        demo.setProperty("role", "primary")
        demo.clicked.connect(self.add_demo_event)
        new = QPushButton(self.tr("New event…"))
        new.setObjectName("createEventButton")
        new.clicked.connect(self.new_event)
        kit = QPushButton(self.tr("Open a jury kit…"))  # a juror's laptop: the kit from the facilitator
        kit.setObjectName("welcomeOpenKitButton")
        kit.clicked.connect(lambda: self.open_kit())
        shared = welcome_join_buttons(self)  # a laptop that joined a shared event: back to it in one click
        if len(shared) > 1:
            demo.setProperty("role", None)
            shared[0].setProperty("role", "primary")
        buttons = (*shared, demo, new, kit, *welcome_buttons(self))  # + import an event archive
        width = max(360, *(button.sizeHint().width() for button in buttons))  # one width; a long team name not cut off
        for button in buttons:
            button.setMinimumHeight(44)
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
            button.setFixedWidth(width)
            column.addWidget(button)
        column.addStretch(1)
        self._replace_central(page)
        self.event_view = None

    def add_demo_event(self) -> None:
        from app.demo.event import (
            create_demo_event,  # only when asked for: not part of every start
        )

        self._create(lambda: create_demo_event(self.store, self.timers.clock.now()))  # a day in full swing, now

    def new_event(self) -> None:
        from ui.event.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(self.store, self)
        if dialog.exec() == NewEventDialog.DialogCode.Accepted and dialog.event_id is not None:
            self._opened_new(dialog.event_id)

    def _create(self, make) -> None:
        try:
            event_id = make()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not created"), message_for(error))
            return
        self._opened_new(event_id)

    def _opened_new(self, event_id: int) -> None:
        self.prefs.set("team_id", None)
        self.prefs.set("page", None)
        self.open_event(event_id)

    # -- a juror's kit ---------------------------------------------------------
    def open_kit(self, path: Path | None = None) -> None:
        """Open a jury kit in the juror's scoring window (asked for when no ``path`` is given)."""
        from ui.jury.open_kit import choose_kit, open_kit_window

        path = path or choose_kit(self)
        if path is not None:
            open_kit_window(self, path, self._juror_data(), self.lang, self.theme())

    def _juror_data(self) -> Path:
        from app.storage.config import data_folder

        return self.juror_data_dir or data_folder()

    def import_participants(self, path: Path | None = None) -> None:
        """Import a registration file into the open event (asked for when no ``path`` is given)."""
        from ui.participants.import_dialog import start_import

        if self.event_view is not None and start_import(self, self.event_view.workspace, path):
            self.event_view.go_to(("participants",))  # where they are now: not yet in a team
            self.event_view.land_focus()

    def _registrations(self, mime) -> list[Path]:
        """A registration file dropped on the window imports into the open event (none open: not taken)."""
        from ui.participants.import_files import registration_paths

        return registration_paths(mime) if self.event_view is not None else []

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from ui.jury.open_kit import kit_paths

        if kit_paths(event.mimeData()) or self._registrations(event.mimeData()) or join_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from ui.jury.open_kit import kit_paths

        if dropped_join(self, event.mimeData()):  # a join file: File → Join event… with it
            event.acceptProposedAction()
            return
        paths, registrations = kit_paths(event.mimeData()), self._registrations(event.mimeData())
        if paths or registrations:
            event.acceptProposedAction()
            for path in paths:
                self.open_kit(path)
            if registrations:  # one import at a time (the first file); its dialog opens once the drop is over
                QTimer.singleShot(0, lambda: self.import_participants(registrations[0]))

    def closeEvent(self, event) -> None:
        """Nothing is lost: text typed a moment ago is written before the window goes."""
        if self.event_view is not None:
            self.event_view.flush_edits()
            self.event_view.close_beamer()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Staatsprint"),
            self.tr("Staatsprint runs a one-day design-thinking hackathon offline. No account, no telemetry: your data stays in your database."),
        )
