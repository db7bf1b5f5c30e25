"""The first frame: the window as it last looked, drawn from a snapshot before the database is read.

It uses the live window's object names, roles and margins, so the style sheet draws it the same way;
it shows no timer. It is not live: clicks on it are dropped, keys typed into it are kept and handed
to the live window when that replaces it (``hand_over``), so nothing typed is lost into a dead screen.
Only Qt and the light ui helpers are imported here: this module runs before the database stack loads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.startup.first_frame import Snapshot
from ui.common.widgets import label
from ui.window.event_header import EventHeader

MENUS = ("&File", "&Go", "&Timer", "&View", "&Help")  # the main window's menus, translated in its context
KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel)


class FirstFrameWindow(QMainWindow):
    """The main window's look, from a snapshot: menus, header, phases, the navigator, the page's title."""

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.setObjectName("firstFrame")
        self.setWindowTitle(snapshot.window_title)
        self.setMinimumSize(1024, 640)
        for title in MENUS:
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
        view = QWidget()
        view.setObjectName("eventView")
        column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(_header(snapshot))
        column.addWidget(_phases(snapshot))
        body = QHBoxLayout()
        body.setContentsMargins(16, 0, 0, 0)
        body.setSpacing(0)
        navigator = _navigator(snapshot)
        navigator.setVisible(snapshot.navigator_shown)
        body.addWidget(navigator)
        body.addWidget(_page(snapshot), 1)
        column.addLayout(body, 1)
        self.setCentralWidget(view)
        self._keys = KeptKeys(self)
        self.closed = False

    def closeEvent(self, event) -> None:
        """Closed by the person (the hand-over only hides it): the app goes, with the live window if
        that is there already (it shows what the person did not see yet)."""
        self.closed = True
        if self._keys.live is not None:
            self._keys.live.close()
        super().closeEvent(event)


def _header(snapshot: Snapshot) -> EventHeader:
    """The live window's header (the same widget), holding the snapshot's texts."""
    header = EventHeader(snapshot.event, [(snapshot.event_choice, None)] if snapshot.event_choice else None)
    for picker, text in ((header.team_picker, snapshot.team), (header.identity_picker, snapshot.identity)):
        picker.addItem(text)
        picker.setCurrentIndex(0)  # (a picker with a placeholder shows it until an item is chosen)
    return header


def _phases(snapshot: Snapshot) -> QWidget:
    strip = QWidget()
    strip.setObjectName("page")
    row = QHBoxLayout(strip)
    row.setContentsMargins(16, 4, 16, 4)
    toggle = QPushButton("☰")
    toggle.setObjectName("navigatorToggle")
    toggle.setCheckable(True)
    toggle.setChecked(snapshot.navigator_shown)
    row.addWidget(toggle)
    chips = QWidget()
    chips.setObjectName("phaseStepper")
    layout = QHBoxLayout(chips)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for text, state in snapshot.phases:
        chip = QPushButton(text)
        chip.setProperty("phase", state)
        chip.setProperty("role", "primary" if state == "current" else None)
        chip.setMinimumHeight(32)
        layout.addWidget(chip, 1)
    row.addWidget(chips)
    return strip


def _navigator(snapshot: Snapshot) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName("stepNavigator")
    tree.setFixedWidth(340)
    tree.setHeaderHidden(True)
    tree.setColumnCount(2)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    tree.setRootIsDecorated(False)
    tree.setIndentation(14)
    tree.setAutoScroll(False)  # at the top, as the live list opens: marking the current row must not scroll it
    phase = None
    for row in snapshot.navigator:
        item = QTreeWidgetItem([row.text, row.minutes])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.bold:
            font = item.font(0)
            font.setWeight(QFont.Weight.DemiBold if row.heading else QFont.Weight.Bold)
            item.setFont(0, font)
            item.setFont(1, font)
        if row.heading or phase is None:
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(not row.minutes)
            phase = item if row.heading else None
        else:
            phase.addChild(item)
        if row.current:
            tree.setCurrentItem(item)
    tree.expandAll()
    return tree


def _page(snapshot: Snapshot) -> QWidget:
    """The page area with only its title, where the live page has it: no timer, no content yet."""
    page = QWidget()
    title = label(snapshot.page_title, snapshot.page_title_role, "firstFrameTitle", wrap=False)
    title.setParent(page)
    title.move(*snapshot.page_title_at)
    return page


class KeptKeys(QObject):
    """Keys typed into the first frame are kept for the live window; clicks on it are dropped.

    They reach the live window's focused widget once the frame has gone and the live window is the
    active one: so a Ctrl+Q typed early quits (its shortcut fires only in the active window, and the
    app quits when no other window is shown), and text lands in the field a normal start focuses."""

    def __init__(self, frame: QMainWindow) -> None:
        super().__init__(frame)
        self._frame = frame
        self._kept: list[QKeyEvent] = []
        self.live: QWidget | None = None
        self._retired = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowActivate and watched is self.live and self._retired:
            self._deliver()
            return False
        if kind not in KEYS and kind not in CLICKS:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._frame:
            return False
        if kind == QEvent.Type.ShortcutOverride or kind in CLICKS:
            return True  # no menu, shortcut or button of a screen that is not live
        self._kept.append(QKeyEvent(kind, event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()))
        return True

    def hand_over(self, live: QWidget) -> None:
        self.live = live
        self.setParent(live)  # outlives the frame, until the keys are delivered

    def retire(self, activate: bool) -> None:
        """The frame is hidden: the live window takes the keyboard (when the frame had it) and the keys."""
        self._retired = True
        if activate:
            self.live.activateWindow()  # now that it is on screen: before, the windowing system may refuse
        if self.live.isActiveWindow() or not self._kept:
            self._deliver()
        # else WindowActivate delivers them

    def _deliver(self) -> None:
        QApplication.instance().removeEventFilter(self)
        QTimer.singleShot(0, self._send)  # once the activation has given the focus widget the focus

    def _send(self) -> None:
        """Each key to the widget focused when it comes: a key may move the focus (Alt+2 picks the
        second writer and focuses the note field, which takes the text typed next)."""
        kept, self._kept = self._kept, []
        for key in kept:
            QApplication.sendEvent(_focused(self.live), key)


def _focused(live: QWidget) -> QWidget:
    focused = QApplication.focusWidget()
    return focused if focused is not None and focused.window() is live else live.focusWidget() or live


def hand_over(frame: FirstFrameWindow, live: QWidget) -> None:
    """Show the live window where the first frame is; then, once the live window has painted (so no
    gap shows between them), hide the frame, activate the live window and give it the keys typed into
    the frame, and let the frame go."""
    live.setGeometry(frame.geometry())
    live.setWindowState(frame.windowState())  # maximised (or full screen) by the person meanwhile: so stays the window
    live.show()
    frame._keys.hand_over(live)

    def retire() -> None:
        active = frame.isActiveWindow()
        frame.hide()
        frame._keys.retire(activate=active)
        frame.deleteLater()

    after_first_paint(live, retire)


def after_first_paint(widget: QWidget, then) -> None:
    """Call ``then`` in the event loop's next turn after ``widget``'s first paint (its frame is shown)."""
    _AfterFirstPaint(widget, then)


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # not once the widget is gone
        return False
