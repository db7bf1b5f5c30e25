"""Cards in a grid that fills its width: as many columns as fit at ``min_width`` each, the cards
stretched to share the width evenly, each row as tall as its tallest card."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from ui.common.widgets import ArrangedLayout


class CardGrid(ArrangedLayout):
    def __init__(self, parent: QWidget | None = None, min_width: int = 240, spacing: int = 12) -> None:
        super().__init__(parent, spacing)
        self._min_width = min_width

    def minimumSize(self) -> QSize:  # noqa: N802
        return QSize(self._min_width, 0)

    def columns(self, width: int) -> int:
        return max(1, (width + self._spacing) // (self._min_width + self._spacing))

    def _arrange(self, rect: QRect, move: bool) -> int:
        items = [item for item in self._items if not item.isEmpty()]
        columns = self.columns(rect.width())
        width = max(self._min_width, (rect.width() - (columns - 1) * self._spacing) // columns)
        y = rect.y()
        for start in range(0, len(items), columns):
            row = items[start:start + columns]
            height = max(self._height(item, width) for item in row)
            for n, item in enumerate(row):
                if move:
                    item.setGeometry(QRect(QPoint(rect.x() + n * (width + self._spacing), y), QSize(width, self._height(item, width))))
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y())

    @staticmethod
    def _height(item, width: int) -> int:
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
