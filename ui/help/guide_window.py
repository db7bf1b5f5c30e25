"""The guide in a window beside the app: the contents on the left, the text with its screenshots on the
right, a search field (Ctrl+F). One window for the whole app, not modal: F1 again moves it to the part
about the screen in front. It speaks the language of the window it was opened from."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.guide.html import Colours, guide_html, style
from app.guide.parser import Guide
from app.guide.source import load_guide, shot_path
from ui.common.text_size import factor
from ui.common.theme import contrast
from ui.common.wrapping_rows import WrappingRows

WIDTH = 780  # the window's width beside the app at 100 % text; its pictures fit the text column
CONTENTS = 240  # the contents column at 100 % text
MIN_PICTURE, MAX_PICTURE = 320, 900
ANCHOR_ROLE = Qt.ItemDataRole.UserRole


class GuideWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # closed = hidden: F1 brings it back as it was
        self.lang = ""
        self.anchor = ""  # the part last shown
        self.guide: Guide | None = None
        self._picture_width = 0
        self._build()
        self._resized = QTimer(self, singleShot=True, interval=150)
        self._resized.timeout.connect(self._fit_pictures)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("guideFind")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(lambda: self.find_next(backward=False))
        bar.addWidget(self.find_field, 1)
        self.find_status = QLabel()
        self.find_status.setObjectName("guideFindStatus")
        bar.addWidget(self.find_status)
        self.shortcuts_button = QPushButton()
        self.shortcuts_button.setObjectName("guideShortcutsButton")
        self.shortcuts_button.clicked.connect(self._shortcuts)
        bar.addWidget(self.shortcuts_button)
        column.addLayout(bar)
        self.contents = QTreeWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderHidden(True)
        self.contents.setIndentation(14)
        self.contents.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setItemDelegate(WrappingRows(self.contents))  # a long title (or 200 % text) wraps, not "…"
        self.contents.currentItemChanged.connect(lambda item, _old: item is not None and self.show_anchor(item.data(0, ANCHOR_ROLE), follow=False))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)  # a link to a part: scrolled to here, the contents following
        self.browser.anchorClicked.connect(self._link)
        self.colours = Colours()
        self.split = split = QSplitter()
        split.setObjectName("guideSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setSizes([CONTENTS, WIDTH - CONTENTS])
        split.setStretchFactor(1, 1)
        column.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self._search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, lambda: self.find_next(backward=False))
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find_next(backward=True))
        QShortcut(QKeySequence("Shift+Return"), self.find_field, lambda: self.find_next(backward=True),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.browser.forward)
        QShortcut(QKeySequence("Escape"), self, self._escape)
        self.setTabOrder(self.find_field, self.shortcuts_button)
        self.setTabOrder(self.shortcuts_button, self.contents)
        self.setTabOrder(self.contents, self.browser)
        self._texts()

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Staatsprint — Guide"))
        self.find_field.setPlaceholderText(self.tr("Search the guide (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Search the guide"))
        self.shortcuts_button.setText(self.tr("Keyboard shortcuts (Shift+F1)"))
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.browser.setAccessibleName(self.tr("Guide text"))

    def apply_theme(self, theme) -> None:
        """The window's theme (light, high contrast): the text's colours and the browser's frame follow it."""
        readable = contrast(theme.primary_dark, theme.surface) >= 4.5
        colours = Colours(heading=theme.primary_dark if readable else theme.text, muted=theme.muted, link=theme.primary, tint=theme.selection)
        self.browser.setStyleSheet(
            f"QTextBrowser {{ background: {theme.surface}; color: {theme.text}; border: 1px solid {theme.border}; }}"
            f"QTextBrowser:focus {{ border: {theme.focus_width}px solid {theme.focus}; }}")
        if colours != self.colours:
            self.colours = colours
            self._picture_width = 0
            self._fit_pictures()

    # -- content -------------------------------------------------------------
    def load(self, lang: str) -> None:
        """Show the guide in ``lang`` (again only when the language changed)."""
        if lang == self.lang and self.guide is not None:
            return
        self._texts()
        try:
            self.guide = load_guide(lang)
        except DomainError as error:
            from ui.common.messages import message_for

            self.guide = None
            self.browser.setPlainText(message_for(error))
            self.contents.clear()
            self.lang = lang
            return
        self.lang = lang
        self._picture_width = 0
        self._fit_pictures()
        self._fill_contents()

    def _fit_pictures(self) -> None:
        """The HTML with pictures as wide as the text column (again after a resize), the place kept."""
        if self.guide is None:
            return
        width = max(MIN_PICTURE, min(MAX_PICTURE, self.browser.viewport().width() - 32))
        if abs(width - self._picture_width) < 24:
            return
        self._picture_width = width
        top = self.browser.cursorForPosition(QPoint(0, 0)).position()  # the text at the top stays there
        self.browser.document().setDefaultStyleSheet(style(self.colours))
        self.browser.setHtml(guide_html(self.guide, lambda name: shot_path(self.lang, name), width, self.colours))
        document = self.browser.document()
        block = document.findBlock(top)
        rect = document.documentLayout().blockBoundingRect(block)
        self.browser.verticalScrollBar().setValue(round(rect.top()) if top else 0)

    def _fill_contents(self) -> None:
        self.contents.blockSignals(True)
        self.contents.clear()
        part = None
        for block in self.guide.contents():
            if not block.anchor:
                continue
            item = QTreeWidgetItem([block.text])
            item.setData(0, ANCHOR_ROLE, block.anchor)
            item.setToolTip(0, block.text)
            if block.level == 2 or part is None:
                self.contents.addTopLevelItem(item)
                part = item
            else:
                part.addChild(item)
        self.contents.blockSignals(False)

    def show_anchor(self, anchor: str, follow: bool = True) -> None:
        """Scroll the text to the part ``anchor``: its heading at the top; ``follow`` selects it in the contents."""
        self.anchor = anchor
        self.browser.scrollToAnchor(anchor)
        if follow:
            item = self._item(anchor)
            if item is not None:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.scrollToItem(item)
                self.contents.blockSignals(False)

    def _item(self, anchor: str) -> QTreeWidgetItem | None:
        found = self.contents.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        return next((item for item in found if item.data(0, ANCHOR_ROLE) == anchor), None)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "" and url.fragment():
            self.show_anchor(url.fragment())

    # -- search --------------------------------------------------------------
    def _search(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self, backward: bool) -> bool:
        """The next (or previous) place the search text is, round the end; the status says when it is nowhere."""
        text = self.find_field.text().strip()
        if not text:
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # round the end: from the other end once more
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found

    def _escape(self) -> None:
        """Escape in the search field goes back to the text; elsewhere it closes the guide."""
        if self.find_field.hasFocus():
            self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.close()

    def _shortcuts(self) -> None:
        from ui.help.menu import show_shortcuts

        show_shortcuts(self.parentWidget())

    # -- the window ----------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._resized.start()

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 720)

    def place_beside(self, window: QWidget | None) -> None:
        """Beside ``window`` when the screen has room, else over its right part, the screen's full height."""
        screen = (window.screen() if window is not None else None) or QApplication.primaryScreen()
        room = screen.availableGeometry()
        grown = factor() - 1  # larger text: a wider window (over more of the app) and a wider contents column
        width = min(round(WIDTH * (1 + grown)), round(room.width() * (0.5 + grown / 4)) + 80)
        contents = min(round(CONTENTS * (1 + grown)), width * 2 // 5)
        frame = window.frameGeometry() if window is not None else room
        x = frame.right() + 1 if frame.right() + width <= room.right() else room.right() - width + 1
        self.resize(width, room.height() - 40)
        self.move(QPoint(x, room.top()))
        self.split.setSizes([contents, width - contents])
