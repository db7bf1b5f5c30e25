"""How a fixed programme item looks wherever the programme is listed: a padlock and the words
"fixed time" (never the padlock alone), so the facilitator sees lunch will not move with a shift."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListWidgetItem

LOCK_COLOUR = "#154273"  # primary dark (STYLE.md): 10.2:1 on white
ICON_SIZE = 32  # drawn large, shown at the row's icon size


def blank_icon() -> QIcon:
    """As wide as the padlock: the rows without one keep their times in line with those that have it."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def lock_icon(colour: str = LOCK_COLOUR) -> QIcon:
    """A padlock: a shackle over a rounded body with a keyhole."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 3.5))
    shackle = QPainterPath()
    shackle.moveTo(10, 15)
    shackle.lineTo(10, 10)
    shackle.arcTo(QRectF(10, 3, 12, 13), 180, -180)
    shackle.lineTo(22, 15)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(16, 20.5), 2.2, 2.2)
    painter.drawRect(QRectF(15.2, 21, 1.6, 4.5))
    painter.end()
    return QIcon(pixmap)


def fixed_words() -> str:
    return QCoreApplication.translate("ProgrammeMarks", "fixed time")


def lock_colour(theme) -> str:
    """The lock on the theme's surface: primary dark on white; on high contrast's black, its text (3:1 at least)."""
    return theme.text if theme.key == "high_contrast" else LOCK_COLOUR


def fixed_marked(row: QListWidgetItem, item, colour: str = LOCK_COLOUR) -> QListWidgetItem:
    """A programme list row, marked when its item has a fixed clock time."""
    if item.fixed:
        row.setIcon(lock_icon(colour))
        row.setText(f"{row.text()}   · {fixed_words()}")
    else:
        row.setIcon(blank_icon())
    return row
