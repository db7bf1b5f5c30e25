"""Text a person cannot read at a text size: cut off in its widget, or outside what the window shows
with no scroll area that can bring it into view (WCAG 1.4.4: scrolling allowed, loss not)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from tests.ui.visible_text import SLACK_PX, _clipped, _text
PADDING_PX = 20  # the style sheet's item padding (6 px either side) and Qt's text margins (3 px)
TABLE_PADDING_PX = 8  # a table's cells: Qt's text margins only
COMBO_SLACK_PX = 4  # a combo box's own size hint is up to 3 px under what the style measures for its text


def lost_texts(window: QWidget) -> list[str]:
    """One line per text that is cut off or out of reach in ``window``."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.window() is not window or not _text(widget):
            continue
        name = widget.objectName() or type(widget).__name__
        if _clipped(widget):
            problems.append(f"{name}: {_text(widget)!r} is cut off")
        elif not reachable(widget):
            problems.append(f"{name}: {_text(widget)!r} is outside the window and no scroll area reaches it")
    problems += [f"{view.objectName() or type(view).__name__}: {text!r} is cut off" for view, text in elided_items(window)]
    return problems + [f"{box.objectName() or 'QComboBox'}: {box.currentText()!r} is cut off" for box in cut_choices(window)]


def cut_choices(window: QWidget):
    """Combo boxes (not editable ones: a line edit scrolls) too narrow for the choice they show."""
    for box in window.findChildren(QComboBox):
        text = box.currentText() or box.placeholderText()
        if not box.isVisible() or box.window() is not window or box.isEditable() or not text:
            continue
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        metrics = box.fontMetrics()
        need = box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, QSize(metrics.horizontalAdvance(text), metrics.height()), box)
        if need.width() > box.width() + SLACK_PX + COMBO_SLACK_PX:
            yield box


def reachable(widget: QWidget) -> bool:
    """Can the whole widget be seen, scrolling where a scroll area allows? Up the parents: inside each
    one's rectangle, until a scroll area's viewport (which scrolls to it) or the window."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            if not _scrolls_to(parent.parentWidget(), rect.translated(child.pos())):
                return False
            rect = QRect(QPoint(0, 0), parent.parentWidget().size())  # scrolled into view; check the area itself
            child, parent = parent.parentWidget(), parent.parentWidget().parentWidget()
            continue
        placed = rect.translated(child.pos())
        if not parent.rect().adjusted(-SLACK_PX, -SLACK_PX, SLACK_PX, SLACK_PX).contains(placed):
            return False
        rect, child, parent = placed.intersected(parent.rect()), parent, parent.parentWidget()
    return True


def _scrolls_to(area: QAbstractScrollArea, placed: QRect) -> bool:
    """Can the area scroll ``placed`` (in its viewport's coordinates) into view? Not sideways when its
    horizontal scroll bar is always off, nor up and down when its vertical one is."""
    viewport = area.viewport().rect()
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if area.horizontalScrollBarPolicy() == off and (placed.left() < viewport.left() - SLACK_PX or placed.right() > viewport.right() + SLACK_PX):
        return False
    return not (area.verticalScrollBarPolicy() == off and (placed.top() < viewport.top() - SLACK_PX or placed.bottom() > viewport.bottom() + SLACK_PX))


def elided_items(window: QWidget):
    """Rows of lists, trees and tables whose text a "…" cuts and that cannot scroll sideways to it."""
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisible() or view.window() is not window or view.textElideMode() == Qt.TextElideMode.ElideNone:
            continue
        model = view.model()
        if model is None:
            continue
        for index in _indexes(view, model):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if not isinstance(text, str) or not text or rect.isEmpty():
                continue
            if not view.viewport().rect().contains(rect):
                continue  # partly scrolled out of view: the view scrolls to it
            if index.data(Qt.ItemDataRole.ToolTipRole) == text or _fits(view, index, text, rect):
                continue
            yield view, text


def _fits(view: QAbstractItemView, index, text: str, rect: QRect) -> bool:
    """Does the row show its text whole: on one line, or wrapped when the view wraps?"""
    need = view.sizeHintForIndex(index)  # its text, icon and padding, as the view's delegate lays them out
    if need.width() <= rect.width() + SLACK_PX:
        return True
    if not view.wordWrap():
        return False
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    room = rect.width() - (TABLE_PADDING_PX if isinstance(view, QTableView) else PADDING_PX)
    lines = QFontMetrics(font).boundingRect(QRect(0, 0, max(1, room), 10_000), Qt.TextFlag.TextWordWrap, text)
    return lines.height() <= rect.height() + SLACK_PX and all(
        QFontMetrics(font).horizontalAdvance(word) <= room + SLACK_PX for word in text.split())


def _indexes(view, model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list's model keeps its one column private
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and not isinstance(view, QListView) and model.rowCount(index) > 0:
                yield from _indexes(view, model, index)
