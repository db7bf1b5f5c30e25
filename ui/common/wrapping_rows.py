"""Rows of a tree as high as their text wrapped at the column's width.

Qt's QTreeView wraps an item's text (``setWordWrap``) only within the height it already gave the row,
which it measures without knowing the column's width: a long title at 200 % text ends in "…". This
delegate measures the row at the width it will get, so the title takes a second line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

TEXT_MARGIN = 3  # Qt's margin beside an item's text


class WrappingRows(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def paint(self, painter, option, index) -> None:
        """The row as the style draws it, its text wrapped: a style sheet's item padding makes Qt's
        own painting elide rather than wrap (seen with PySide6 6.11.3)."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        if not text:
            return
        item.text = text
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(QPalette.ColorRole.Text))
        flags = int(item.displayAlignment) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(area.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0), flags, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.text:
            return hint
        item.rect = QRect(0, 0, self._width(index), hint.height())
        style = item.widget.style() if item.widget is not None else QApplication.style()
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget).width() - 2 * TEXT_MARGIN
        metrics = QFontMetrics(item.font)
        wrapped = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), Qt.TextFlag.TextWordWrap, item.text)
        return QSize(hint.width(), max(hint.height(), wrapped.height() + hint.height() - metrics.height()))

    def _width(self, index) -> int:
        """The room the item's text gets: its column, or the whole row when the first column spans it."""
        view = self._view
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        else:
            width = view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return width
