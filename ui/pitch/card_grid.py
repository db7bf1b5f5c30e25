"""Cards in a grid that fills its width: as many columns as fit at ``min_width`` each, the cards
stretched to share the width evenly, each row as tall as its tallest card."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QWidget


class CardGrid(QLayout):
    def __init__(self, parent: QWidget | None = None, min_width: int = 240, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list = []
        self._min_width = min_width
        self._gap = spacing
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

    def minimumSize(self) -> QSize:  # noqa: N802
        return QSize(self._min_width, 0)

    def columns(self, width: int) -> int:
        return max(1, (width + self._gap) // (self._min_width + self._gap))

    def _arrange(self, rect: QRect, move: bool) -> int:
        items = [item for item in self._items if not item.isEmpty()]
        columns = self.columns(rect.width())
        width = max(self._min_width, (rect.width() - (columns - 1) * self._gap) // columns)
        y = rect.y()
        for start in range(0, len(items), columns):
            row = items[start:start + columns]
            height = max(self._height(item, width) for item in row)
            for n, item in enumerate(row):
                if move:
                    item.setGeometry(QRect(QPoint(rect.x() + n * (width + self._gap), y), QSize(width, self._height(item, width))))
            y += height + self._gap
        return max(0, y - self._gap - rect.y())

    @staticmethod
    def _height(item, width: int) -> int:
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
