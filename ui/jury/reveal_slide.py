"""The winners' reveal on the beamer: one card per key press, calm and festive, readable at the back.

Three kinds of card: the opening ("The winners", the event's name), the suspense card (the place and
the prize, large: "Derde plaats — Eindklassement") and the winner (the team's name very large, its
place above it, its idea and its members below; a shared prize: every sharing team's name, one under
the other, each with its number). A gold medal with the place marks the moment; nothing moves or flashes. The cards hold only what the room may see: never a juror or a score.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ui.beamer.palette import ACCENT, BACKGROUND, MUTED, TEXT
from ui.beamer.text_fit import draw_fitted

OPENING, SUSPENSE, WINNER = "opening", "suspense", "winner"


@dataclass(frozen=True)
class RevealCard:
    kind: str  # OPENING, SUSPENSE or WINNER
    place_line: str  # "Derde plaats", "Winnaar" (a suspense card's and a winner's top line); the opening's title
    prize: str  # "Eindklassement", or "Winnaar van de challenge · Moderniseren …"; the opening: the event's name
    medal: str = ""  # what the medal says: "1", "2", "3"; "" for none
    team: str = ""  # the team's name (a winner card)
    team_line: str = ""  # "Team 3 · its challenge"
    idea: str = ""  # the idea it pitched
    members: str = ""  # "Anna · Bram · Cem"
    counter: str = ""  # "3 / 5": where in the reveal (small, for the facilitator's eye too)
    teams: tuple[tuple[str, str], ...] = ()  # a shared prize: (name, "Team 3 · its challenge") of every team sharing it


def paint_reveal(painter: QPainter, rect: QRectF, card: RevealCard) -> list[str]:
    """Paint ``card`` in ``rect``; returns every line of text drawn (what a person can read)."""
    w, h = rect.width(), rect.height()
    m = w * 0.06
    left, inner = rect.left() + m, w - 2 * m
    drawn: list[str] = []
    centre = Qt.AlignmentFlag.AlignHCenter

    def draw(text: str, top: float, height: float, colour: str, big: float, small: float, bold: bool = False) -> None:
        box = QRectF(left, rect.top() + h * top, inner, h * height)
        drawn.extend(draw_fitted(painter, text, box, colour, h * big, max(14.0, h * small), bold, centre))

    _frame(painter, rect)
    if card.kind == OPENING:
        _medal(painter, QPointF(rect.center().x(), rect.top() + h * 0.31), h * 0.075, "★", h)
        draw(card.place_line, 0.44, 0.14, TEXT, 0.11, 0.06, True)
        draw(card.prize, 0.61, 0.08, MUTED, 0.055, 0.035)
    elif card.kind == SUSPENSE:
        if card.medal:
            _medal(painter, QPointF(rect.center().x(), rect.top() + h * 0.28), h * 0.08, card.medal, h)
        draw(card.place_line, 0.41, 0.20, ACCENT, 0.13, 0.05, True)
        draw(card.prize, 0.62, 0.16, TEXT, 0.06, 0.035)
    else:
        if card.medal:
            _medal(painter, QPointF(rect.center().x(), rect.top() + h * 0.105), h * 0.045, card.medal, h)
        draw(f"{card.place_line} · {card.prize}" if card.prize else card.place_line, 0.16, 0.07, ACCENT, 0.045, 0.03, True)
        if card.teams:
            _shared(draw, card.teams)
        else:
            _winner(painter, draw, card, rect)
    if card.counter:
        painter.setPen(QColor(MUTED))
        font = QFont(painter.font())
        font.setPixelSize(max(12, int(h * 0.022)))
        font.setWeight(QFont.Weight.Normal)
        painter.setFont(font)
        painter.drawText(QRectF(left, rect.top() + h * 0.945, inner, h * 0.04), Qt.AlignmentFlag.AlignRight, card.counter)
        drawn.append(card.counter)
    return drawn


def _winner(painter: QPainter, draw, card: RevealCard, rect: QRectF) -> None:
    """One team: its name very large, its number and challenge, its idea and its members."""
    draw(card.team, 0.235, 0.17, TEXT, 0.13, 0.07, True)
    draw(card.team_line, 0.41, 0.05, MUTED, 0.038, 0.028)
    _rule(painter, rect.center().x(), rect.top() + rect.height() * 0.48, rect.width() * 0.12)
    draw(card.idea, 0.505, 0.27, TEXT, 0.065, 0.038)
    draw(card.members, 0.80, 0.12, MUTED, 0.042, 0.03)


def _shared(draw, teams: tuple[tuple[str, str], ...]) -> None:
    """The teams sharing the prize, one under the other, each name large with its number under it."""
    share = 0.68 / len(teams)
    for index, (name, line) in enumerate(teams):
        top = 0.25 + index * share
        draw(name, top, share * 0.62, TEXT, min(0.11, share * 0.5), 0.04, True)
        draw(line, top + share * 0.62, share * 0.3, MUTED, min(0.038, share * 0.25), 0.022)


def _frame(painter: QPainter, rect: QRectF) -> None:
    """The background and a thin gold line around it, a little inside the edge."""
    painter.fillRect(rect, QColor(BACKGROUND))
    inset = rect.height() * 0.025
    pen = QPen(QColor(ACCENT))
    pen.setWidthF(max(1.5, rect.height() * 0.003))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))


def _medal(painter: QPainter, centre: QPointF, radius: float, text: str, h: float) -> None:
    """A gold disc with the place in it."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    painter.drawEllipse(centre, radius, radius)
    ring = QPen(QColor(BACKGROUND))
    ring.setWidthF(max(2.0, h * 0.004))
    painter.setPen(ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius * 0.82, radius * 0.82)
    font = QFont(painter.font())
    font.setPixelSize(max(12, int(radius * 1.05)))
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(QColor(BACKGROUND))
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter, text)


def _rule(painter: QPainter, centre_x: float, y: float, width: float) -> None:
    pen = QPen(QColor(ACCENT))
    pen.setWidthF(3)
    painter.setPen(pen)
    painter.drawLine(QPointF(centre_x - width / 2, y), QPointF(centre_x + width / 2, y))
