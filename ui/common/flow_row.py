"""A row of widgets that takes more lines when it does not fit (large text, a narrow window).

The widgets come in groups. When everything fits, one line, as an ordinary row. When not, each group
starts a line of its own, and a group that is still too wide wraps between its widgets. A widget that
grows sideways (an expanding size policy) takes its line's spare room; it needs only its minimum to fit.
A widget is never split from a label that belongs to it: put the two in one small widget.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 16, line_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._starts: set[int] = set()  # indexes of items that begin a group
        self._gap, self._line_gap = spacing, line_spacing

    def add(self, widget: QWidget, new_group: bool = False) -> None:
        if new_group:
            self._starts.add(len(self._items))
        self.addWidget(widget)

    # QLayout's interface
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self._starts = {i - (i > index) for i in self._starts if i != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 (one line's height: heightForWidth gives the real one)
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    # the lines
    def lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items on each line when the row is ``width`` wide (its margins inside)."""
        room = width - self._margins_width()
        shown = self._shown()
        if self._needed(shown) <= room:
            return [shown] if shown else []
        lines = []
        for group in self._groups():
            line: list[QLayoutItem] = []
            for item in group:
                if line and self._needed(line + [item]) > room:
                    lines.append(line)
                    line = []
                line.append(item)
            if line:
                lines.append(line)
        return lines

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        room = rect.width() - self._margins_width()
        y = rect.y() + margins.top()
        for number, line in enumerate(self.lines(rect.width())):
            y += self._line_gap if number else 0
            height = max(item.sizeHint().height() for item in line)
            if move:
                self._move_line(line, QPoint(rect.x() + margins.left(), y), room, height)
            y += height
        return y - rect.y() + margins.bottom()

    def _move_line(self, line: list[QLayoutItem], at: QPoint, room: int, height: int) -> None:
        widths = [self._width(item) for item in line]
        spare = room - sum(widths) - self._gap * (len(line) - 1)
        growing = [i for i, item in enumerate(line) if self._grows(item)]
        for i in growing:
            widths[i] += max(0, spare) // len(growing)
        x = at.x()
        for item, width in zip(line, widths):
            width = min(width, room)  # alone on its line and still too wide: as much as there is
            item_height = min(height, item.sizeHint().height())
            item.setGeometry(QRect(x, at.y() + (height - item_height) // 2, width, item_height))
            x += width + self._gap

    def _needed(self, items: list[QLayoutItem]) -> int:
        return sum(self._width(item) for item in items) + self._gap * max(0, len(items) - 1)

    def _width(self, item: QLayoutItem) -> int:
        """What an item needs: its minimum when it grows (it can shrink to that), else its size hint."""
        return max(item.minimumSize().width(), item.sizeHint().width() if not self._grows(item) else 0)

    @staticmethod
    def _grows(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is not None and bool(widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)

    def _groups(self) -> list[list[QLayoutItem]]:
        groups: list[list[QLayoutItem]] = []
        for index, item in enumerate(self._items):
            if index in self._starts or not groups:
                groups.append([])
            if not item.isEmpty():
                groups[-1].append(item)
        return [group for group in groups if group]

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margins_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()
