"""One team's pitch on the beamer, laid out for a 16:9 screen from the team's dossier (the same data as
the PDFs): the team and its challenge as a header, the idea huge, the problem and for whom in two
columns, the path as a horizontal timeline (Nu → milestones → the end), who is needed and what it
costs, and the yell at the bottom. Every text fits its box (shrinking within limits, elided last);
an empty answer says so instead of leaving a hole.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.export.dossier_data import CrystalBall, TeamDossier
from ui.beamer.palette import ACCENT, MUTED, TEXT
from ui.beamer.text_fit import draw_fitted, fitted_font, text_height

SMALLEST = 0.021  # answers never get smaller than this share of the screen height (16 px at 768): then they are elided
IDEA, PROBLEM, FOR_WHOM, PATH, WHO, COST, YELL = "idea", "problem", "for_whom", "path", "who_needed", "cost", "yell"


def answer(dossier: TeamDossier, key: str) -> str:
    """The pitch's answer to the template's field ``key`` ("" when empty or not asked)."""
    return next((a.text.strip() for s in dossier.sections for a in s.answers if a.key == key), "")


def chosen_path(dossier: TeamDossier) -> CrystalBall | None:
    """The chosen idea's Crystal Ball; for a combination, its ideas' timelines as one path."""
    chosen = [ball for ball in dossier.crystal_balls if ball.chosen]
    if len(chosen) < 2:
        return chosen[0] if chosen else None
    moments = tuple(sorted((moment for ball in chosen for moment in ball.moments), key=lambda moment: moment.years))
    return replace(chosen[0], idea=dossier.chosen_idea, horizon=max(ball.horizon for ball in chosen), moments=moments)


def paint_pitch(painter: QPainter, rect: QRectF, dossier: TeamDossier) -> list[str]:
    """Paint the slide in ``rect``; returns every line of text drawn (what a person can read)."""
    w, h = rect.width(), rect.height()
    m = w * 0.045
    left, inner = rect.left() + m, w - 2 * m
    at = lambda top, height, x=left, width=inner: QRectF(x, rect.top() + h * top, width, h * height)  # noqa: E731
    drawn: list[str] = []
    draw = lambda text, box, colour, big, small, bold=False, align=Qt.AlignmentFlag.AlignLeft: drawn.extend(  # noqa: E731
        draw_fitted(painter, text, box, colour, h * big, max(12.0, h * small), bold, align))

    draw(dossier.shown_name, at(0.045, 0.075, width=inner * 0.68), TEXT, 0.062, 0.035, True)
    draw(dossier.challenge, at(0.122, 0.045, width=inner * 0.68), MUTED, 0.032, 0.022)
    presenter = QCoreApplication.translate("BeamerPitch", "Presented by {name}").format(name=dossier.presenter) if dossier.presenter else ""
    draw(QCoreApplication.translate("BeamerPitch", "PITCH"), at(0.05, 0.04, left + inner * 0.7, inner * 0.3), ACCENT, 0.03, 0.02, True, Qt.AlignmentFlag.AlignRight)
    draw(presenter, at(0.095, 0.045, left + inner * 0.7, inner * 0.3), MUTED, 0.03, 0.02, False, Qt.AlignmentFlag.AlignRight)
    _rule(painter, left, rect.top() + h * 0.185, inner)

    idea = answer(dossier, IDEA) or dossier.chosen_idea
    idea_box = at(0.245, 0.155)
    _block(draw, QCoreApplication.translate("BeamerPitch", "Our idea"), idea, at(0.205, 0.035), idea_box, 0.085, 0.04, True)
    font = fitted_font(painter.font(), idea, idea_box, h * 0.085, h * 0.04, True)
    row = 0.275 + min(idea_box.height(), text_height(idea, font, inner)) / h if idea else 0.31  # right under the idea
    half = (inner - m) / 2
    for x, title, text in ((left, QCoreApplication.translate("BeamerPitch", "The problem"), answer(dossier, PROBLEM)),
                           (left + half + m, QCoreApplication.translate("BeamerPitch", "For whom"), answer(dossier, FOR_WHOM))):
        _block(draw, title, text, at(row, 0.03, x, half), at(row + 0.035, 0.595 - row - 0.035, x, half), 0.036, SMALLEST)

    draw(QCoreApplication.translate("BeamerPitch", "The path"), at(0.61, 0.03), ACCENT, 0.026, 0.018, True)
    ball = chosen_path(dossier)
    if ball is not None and ball.moments:
        _timeline(painter, draw, ball, at(0.645, 0.145))
    else:
        _text(draw, answer(dossier, PATH), at(0.645, 0.145), 0.032, 0.02)

    for x, title, text in ((left, QCoreApplication.translate("BeamerPitch", "Who we need"), answer(dossier, WHO)),
                           (left + half + m, QCoreApplication.translate("BeamerPitch", "What it costs"), answer(dossier, COST))):
        _block(draw, title, text, at(0.805, 0.03, x, half), at(0.835, 0.07, x, half), 0.03, SMALLEST)

    yell = dossier.yell or answer(dossier, YELL)
    if yell:
        draw(f"“{yell}”", at(0.915, 0.06), ACCENT, 0.045, 0.024, True, Qt.AlignmentFlag.AlignHCenter)
    else:
        draw(QCoreApplication.translate("BeamerPitch", "Yell: not filled in yet"), at(0.915, 0.06), MUTED, 0.03, 0.02, False, Qt.AlignmentFlag.AlignHCenter)
    return drawn


def _block(draw, title: str, text: str, title_box: QRectF, text_box: QRectF, big: float, small: float, bold: bool = False) -> None:
    """A question's short title (in the accent colour) over its answer."""
    draw(title, title_box, ACCENT, 0.026, 0.018, True)
    _text(draw, text, text_box, big, small, bold)


def _text(draw, text: str, box: QRectF, big: float, small: float, bold: bool = False) -> None:
    if text:
        draw(text, box, TEXT, big, small, bold)
    else:
        draw(QCoreApplication.translate("BeamerPitch", "not filled in yet"), box, MUTED, min(big, 0.03), min(small, 0.02))


def _timeline(painter: QPainter, draw, ball: CrystalBall, box: QRectF) -> None:
    """Nu ── ● ── ● ── the end: the milestones where their years put them, titles above and below in
    turn; the end (its label and the end cards) at the right."""
    h = box.height()
    y = box.top() + h * 0.5
    end_width = box.width() * 0.2
    x0, x1 = box.left() + box.width() * 0.06, box.right() - end_width - box.width() * 0.015
    draw(ball.start_label, QRectF(box.left(), y - h * 0.2, x0 - box.left() - 8, h * 0.4), ACCENT, 0.03, 0.02, True)
    ends = [moment.title for moment in ball.moments if moment.kind == "end"]
    end_box = QRectF(x1 + box.width() * 0.015, box.top(), end_width, h)
    draw(ball.end_label, QRectF(end_box.left(), end_box.top(), end_width, h * 0.3), ACCENT, 0.022, 0.015, True)
    draw(" · ".join(ends), QRectF(end_box.left(), end_box.top() + h * 0.3, end_width, h * 0.7), TEXT, 0.024, 0.015)
    painter.setPen(QPen(QColor(MUTED), max(2.0, h * 0.02)))
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    milestones = [moment for moment in ball.moments if moment.kind != "end"]
    xs = [x0 + (x1 - x0) * min(1.0, max(0.0, moment.years / max(ball.horizon, 1))) for moment in milestones]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    for x in xs:
        painter.drawEllipse(QPointF(x, y), h * 0.055, h * 0.055)
    for side in (0, 1):  # above the line, then below it: every other milestone
        chosen = list(range(side, len(milestones), 2))
        slot = min(box.width() * 0.24, (x1 - box.left()) / max(1, len(chosen)))
        lefts = spread([xs[i] for i in chosen], slot, box.left(), x1 + box.width() * 0.01)  # clear of the end
        top = box.top() if side == 0 else y + h * 0.1
        for i, x in zip(chosen, lefts):
            draw(milestones[i].title, QRectF(x, top, slot - 8, h * 0.4), TEXT, 0.026, 0.016, False, Qt.AlignmentFlag.AlignHCenter)


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


def _rule(painter: QPainter, x: float, y: float, width: float) -> None:
    painter.setPen(QPen(QColor(ACCENT), 3))
    painter.drawLine(QPointF(x, y), QPointF(x + width * 0.08, y))
