"""The pitch slide's path: the chosen idea's Crystal Ball as a timeline (Nu → milestones → the ideal
situation), with the years under the line as on the Crystal Ball. When the chosen idea combines ideas,
each idea's milestones get a row of their own, labelled with that idea, on the same years."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.canvases.crystal_ball import ticks
from app.export.dossier_data import CrystalBall, TeamDossier
from ui.beamer.palette import ACCENT, MUTED, TEXT
from ui.beamer.text_fit import fitted_font

ONE_ROW, PER_ROW, YEARS = 0.17, 0.085, 0.04  # heights (share of the screen): one idea's path; a row of a combination; the years
COMPACT = 0.78  # the path's height where the other blocks need its room
Draw = Callable[..., None]  # the slide's draw(text, box, colour, largest, smallest, bold, align), sizes as shares of the screen


def chosen_paths(dossier: TeamDossier) -> list[CrystalBall]:
    """The chosen idea's Crystal Ball, or each of a combination's balls (with at least one card)."""
    return [ball for ball in dossier.crystal_balls if ball.chosen and ball.moments]


def path_height(balls: list[CrystalBall], compact: bool = False) -> float:
    """The share of the screen the path needs (``compact``: the least it can do with)."""
    rows = ONE_ROW if len(balls) == 1 else PER_ROW * len(balls)
    return rows * (COMPACT if compact else 1.0) + YEARS


def paint_path(painter: QPainter, draw: Draw, balls: list[CrystalBall], box: QRectF, unit: float) -> None:
    """The timeline in ``box``; ``unit``: the screen's height (sizes are shares of it)."""
    w = box.width()
    end_w = w * 0.2
    label_w = w * 0.16 if len(balls) > 1 else 0.0
    x0, x1 = box.left() + label_w + w * 0.03, box.right() - end_w - w * 0.03
    horizon = max(ball.horizon for ball in balls)
    x_at = lambda years: x0 + (x1 - x0) * min(1.0, max(0.0, years / max(horizon, 1)))  # noqa: E731
    row_h = (box.height() - YEARS * unit) / len(balls)
    line_y = 0.0
    rows = []  # per idea: its label's and its titles' (text, box)
    for index, ball in enumerate(balls):
        top = box.top() + index * row_h
        line_y = top + row_h - 0.015 * unit
        label = [(ball.idea, QRectF(box.left(), top + 0.01 * unit, label_w, row_h - 0.01 * unit))] if label_w else []
        rows.append((label, _row(painter, ball, QRectF(box.left() + label_w, top, x1 - box.left() - label_w, line_y - top), x0, x_at, unit, levels=1 if label_w else 2)))
    label_size = _one_size(painter, [placed for label, _ in rows for placed in label], 0.02 * unit, 0.015 * unit, True) / unit
    title_size = _one_size(painter, [placed for _, titles in rows for placed in titles], 0.024 * unit, 0.015 * unit, False) / unit
    for label, titles in rows:  # each kind at one size, so that no title looks more important than another
        for text, rect in label:
            draw(text, rect, ACCENT, label_size, label_size, True)
        for text, rect in titles:
            draw(text, rect, TEXT, title_size, title_size, False, Qt.AlignmentFlag.AlignHCenter)
    _years(painter, draw, balls[0].start_label, horizon, x_at, box.top() + len(balls) * row_h - 0.015 * unit, unit, box.top() if label_w else None)
    ends = list(dict.fromkeys(moment.title for ball in balls for moment in ball.moments if moment.kind == "end"))
    end_box = QRectF(x1 + w * 0.03, box.top(), end_w, line_y - box.top())
    draw(balls[0].end_label, QRectF(end_box.left(), end_box.top(), end_w, 0.03 * unit), ACCENT, 0.022, 0.015, True)
    draw("\n".join(ends), end_box.adjusted(0, 0.035 * unit, 0, 0), TEXT, 0.024, 0.015)


def _one_size(painter: QPainter, placed: list[tuple[str, QRectF]], largest: float, smallest: float, bold: bool) -> float:
    """The largest pixel size (down to ``smallest``) at which every text fits its box."""
    return min((fitted_font(painter.font(), text, rect, largest, smallest, bold).pixelSize() for text, rect in placed), default=largest)


def _row(painter: QPainter, ball: CrystalBall, area: QRectF, x0: float, x_at, unit: float, levels: int) -> list[tuple[str, QRectF]]:
    """One idea's line (from ``x0`` to the end of ``area``, at its bottom) with its milestones' dots;
    returns where their titles go: above the line in ``levels`` levels, in turn."""
    y = area.bottom()
    painter.setPen(QPen(QColor(MUTED), max(2.0, unit * 0.003)))
    painter.drawLine(QPointF(x0, y), QPointF(area.right(), y))
    milestones = [moment for moment in ball.moments if moment.kind != "end"]
    xs = [x_at(moment.years) for moment in milestones]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    radius = unit * 0.009
    for x in xs:
        painter.drawEllipse(QPointF(x, y), radius, radius)
    level_h = (area.height() - radius - 4) / levels
    titles = []
    for level in range(levels):  # the first level just above the line, the next above that
        chosen = list(range(level, len(milestones), levels))
        slot = min(area.width() * 0.3, area.width() / max(1, len(chosen)))
        lefts = spread([xs[i] for i in chosen], slot, area.left(), area.right() + 0.02 * unit)
        top = y - radius - 4 - (level + 1) * level_h
        titles += [(milestones[i].title, QRectF(x + 4, top, slot - 8, level_h)) for i, x in zip(chosen, lefts)]
    return titles


def _years(painter: QPainter, draw: Draw, start: str, horizon: int, x_at, y: float, unit: float, guides_from: float | None) -> None:
    """Ticks under the line (every quarter, longer every year) with "Nu", "1 jaar" … under the years;
    ``guides_from``: draw faint year lines up to there (over a combination's rows)."""
    for tick in ticks(horizon):
        x = x_at(tick.years)
        painter.setPen(QPen(QColor(MUTED), max(1.0, unit * (0.002 if tick.major else 0.0015))))
        painter.drawLine(QPointF(x, y), QPointF(x, y + unit * (0.012 if tick.major else 0.006)))
        if not tick.major:
            continue
        if guides_from is not None:
            faint = QColor(MUTED)
            faint.setAlpha(70)
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, guides_from), QPointF(x, y))
        years = round(tick.years)
        label = start if years == 0 else (QCoreApplication.translate("BeamerPitch", "1 year") if years == 1
                                          else QCoreApplication.translate("BeamerPitch", "{years} years").format(years=years))
        draw(label, QRectF(x - unit * 0.08, y + unit * 0.014, unit * 0.16, unit * 0.03), MUTED, 0.022, 0.016, years == 0, Qt.AlignmentFlag.AlignHCenter)


def spread(centres: list[float], width: float, low: float, high: float) -> list[float]:
    """The left edges of boxes ``width`` wide, each as near its centre as it can be without two
    overlapping, all between ``low`` and ``high``."""
    lefts: list[float] = []
    for centre in centres:
        lefts.append(max(centre - width / 2, low, lefts[-1] + width if lefts else low))
    for index in range(len(lefts) - 1, -1, -1):
        limit = high - width if index == len(lefts) - 1 else lefts[index + 1] - width
        lefts[index] = min(lefts[index], limit)
    return lefts
