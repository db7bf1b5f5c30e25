"""Small builders shared by the screens, so each screen reads as its layout."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.common import text_size


def label(text: str, role: str | None = None, name: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # a team called "<b>" stays text; rich labels say so
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def card(name: str | None = None, spacing: int = 8, margins: int = 16) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    if name:
        frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def choice_button(text: str, name: str) -> QPushButton:
    """A button that stays chosen (a voter, a tied item): chosen, it is filled (the style sheet's
    "choice" role), which is not the focus ring, so a focused option never looks chosen."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setCheckable(True)
    button.setProperty("role", "choice")
    return button


def scrolling(content: QWidget, name: str | None = None) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setProperty("sideways", "at large text")  # text wraps; it slides sideways only at 150/200 % (ui/common/text_size.py)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    text_size.fit_sideways(area)
    if name:
        area.setObjectName(name)
    return area


def bullets(items: list[str], role: str | None = None) -> QLabel:
    """A bulleted list as one rich-text label (wraps, scales with the font)."""
    html = "".join(f"<li style='margin-bottom:4px'>{_escape(item)}</li>" for item in items)
    widget = label(f"<ul style='margin-left:-20px'>{html}</ul>", role)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # content: may be copied
    return widget


def scrolling_page(owner: QWidget) -> QVBoxLayout:
    """Fill ``owner`` with a scrolling page; returns the page's column to add content to."""
    area = scrolling(QWidget())
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return fresh_page(area)


def fresh_page(area: QScrollArea) -> QVBoxLayout:
    """Put a new, empty page into ``area`` (the old one is deleted at once) and return its layout."""
    page = QWidget()
    page.setObjectName("page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(16)
    area.setWidget(page)
    return layout


def paragraphs(text: str, role: str | None = None) -> QLabel:
    html = "".join(f"<p style='margin:0 0 8px 0'>{_escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    widget = label(html, role)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # content: may be copied
    return widget


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class ArrangedLayout(QLayout):
    """A layout that places its items itself (``_arrange``), its height following its width: the list of
    items and Qt's plumbing every such layout needs."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (or only measure, ``move`` False); the height they take."""
        raise NotImplementedError


class FlowLayout(ArrangedLayout):
    """Lays items out in rows that wrap, like words (Qt's flow-layout example, trimmed)."""

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no place
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class GrowingTextEdit(QPlainTextEdit):
    """A text field as tall as its text (between ``min_lines`` and ``max_lines``), so a form of
    several of them scrolls as one page instead of each field scrolling on its own."""

    def __init__(self, min_lines: int = 2, max_lines: int = 10) -> None:
        super().__init__()
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = max(1, self.contentsRect().width() - 2 * int(self.document().documentMargin()) - metrics.averageCharWidth())
        wrapped = metrics.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, self.toPlainText() or " ")
        needed = -(-wrapped.height() // metrics.lineSpacing())
        lines = max(self._min_lines, min(self._max_lines, needed))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed > self._max_lines else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(metrics.lineSpacing() * lines + 16)


class ScrollSafeComboBox(QComboBox):
    """A drop-down that a mouse wheel scrolling past it leaves alone: on a page that scrolls, turning
    the wheel over it must not change the choice (e.g. which plenary timer runs). It takes the wheel
    only once it has the focus (clicked or tabbed to)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page behind it scrolls


def tab_chain(widgets: list[QWidget]) -> None:
    """Tab through ``widgets`` in this order, then on to the step's Back and Next (the window's
    "stepFooter"). A page's widgets made after the window would otherwise come last in its chain,
    so Tab would jump from them to the window's header."""
    footer = widgets[0].window().findChild(QWidget, "stepFooter") if widgets else None
    chain = [*widgets, *(footer.findChildren(QPushButton) if footer is not None else [])]
    for before, after in zip(chain, chain[1:]):
        QWidget.setTabOrder(before, after)


def tab_first(container: QWidget, widgets: list[QWidget]) -> None:
    """Tab reaches ``widgets`` (made after the rest: a row of names left of a field) first of ``container``'s controls."""
    from ui.a11y.tab_order import chain_order

    chain = [*widgets, *(w for w in chain_order(container) if w not in widgets)]
    for before, after in zip(chain, chain[1:]):
        QWidget.setTabOrder(before, after)


def tool_button(name: str, text: str, tip: str, slot) -> QPushButton:
    """A canvas's tool button (undo, redo, PNG…): named, its tooltip also its accessible name."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.clicked.connect(slot)
    return button


def focus_again(widget: QWidget) -> None:
    """After a dialog closed: its window active again and the focus on ``widget`` (if it is still shown),
    so the keyboard goes on from there (a window manager may not hand the activation back itself)."""
    if not isValid(widget) or not widget.isVisible():
        return
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.PopupFocusReason)
