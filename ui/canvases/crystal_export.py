"""The Crystal Ball as a PNG picture: the timeline(s) under a heading with the idea and the team.

The picture is drawn from a scene made for it (nothing marked as chosen, no empty room kept for
cards to come); it is saved by default in the user's Pictures folder (else their home folder),
named after the team and the idea.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

EXPORT_WIDTH = 1600  # pixels of an exported picture
MARGIN = 32  # pixels around the heading
HEADING_PX, DETAIL_PX = 40, 26  # the idea's title and the team's line under it


def default_folder() -> Path:
    """Where a picture is saved unless the user chooses elsewhere: their Pictures folder, else home."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()


def file_name(*parts: str) -> str:
    """A file name from words (the team, the idea): lower case, dashes, nothing a file system minds."""
    words = "-".join(re.sub(r"[^\w]+", "-", part.lower()).strip("-") for part in parts if part.strip())
    return re.sub(r"-{2,}", "-", words)[:80].strip("-") + ".png"


def _font(pixels: int, bold: bool) -> QFont:
    made = QFont()
    made.setPixelSize(pixels)
    made.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return made


def picture(scene: QGraphicsScene, heading: str, detail: str, theme) -> QImage:
    """The scene at EXPORT_WIDTH pixels under ``heading`` (the idea) and ``detail`` (the team)."""
    area = scene.sceneRect()
    texts = [(heading, _font(HEADING_PX, True), theme.text), (detail, _font(DETAIL_PX, False), theme.muted)]
    top = MARGIN + sum(QFontMetricsF(made).lineSpacing() for _text, made, _colour in texts) + MARGIN / 2
    image = QImage(EXPORT_WIDTH, round(top + EXPORT_WIDTH * area.height() / area.width()), QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.surface))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    y = float(MARGIN)
    for text, made, colour in texts:
        metrics = QFontMetricsF(made)
        painter.setFont(made)
        painter.setPen(QColor(colour))
        line = metrics.elidedText(text, Qt.TextElideMode.ElideRight, EXPORT_WIDTH - 2 * MARGIN)
        painter.drawText(QRectF(MARGIN, y, EXPORT_WIDTH - 2 * MARGIN, metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, line)
        y += metrics.lineSpacing()
    scene.render(painter, QRectF(0, top, image.width(), image.height() - top), area)
    painter.end()
    return image
