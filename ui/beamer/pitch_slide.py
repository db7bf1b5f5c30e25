"""One team's pitch on the beamer, laid out for a 16:9 screen from the team's dossier (the same data as
the PDFs): the team and its challenge as a header, then the idea (the point of the slide: it gets the
room it needs first), the problem and for whom in two columns, the path as a timeline, who is needed
and what it costs, and the yell at the bottom. The other blocks share what the idea leaves, one size
for all their answers, the largest that fits, with the room left over between the blocks; only a
very long answer is cut (ending in "…"). A block nobody filled in yet is left out: the public screen
says once, calmly, that the pitch is still being made — except during the jury's pitches (a countdown on
the slide), when the room sees what the team has (its name, challenge and idea, if any) and nothing more.
With several rooms pitching at once, the room's name stands beside the countdown's label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.export.dossier_data import TeamDossier
from app.pitch.brief import COST, FOR_WHOM, IDEA, PATH, PROBLEM, WHO_NEEDED, YELL, brief
from ui.beamer.palette import ACCENT, MUTED, TEXT
from ui.beamer.pitch_path import chosen_paths, paint_path, path_height
from ui.beamer.pitch_timer import paint_timer, timer_box
from ui.beamer.text_fit import STEP, draw_fitted, fitted_font, text_height

SMALLEST = 0.021  # answers never get smaller than this share of the screen height (16 px at 768): then they are cut
LARGEST = 0.036  # nor larger than this
COMFORTABLE = 0.027  # the size the idea leaves room for when it is long
IDEA_SIZES = (0.085, 0.031)  # the idea: from this size down to this one before it is cut
TOP, BOTTOM = 0.205, 0.895  # the blocks' room between the header and the yell (shares of the screen height)
TITLE, GAP, MOST_GAP = 0.032, 0.02, 0.05  # a block's title line; the least and the most room between blocks


@dataclass(frozen=True)
class Row:
    """Blocks side by side (one: the whole width): each a (title, answer) with an answer."""

    blocks: tuple[tuple[str, str], ...]


def paint_pitch(painter: QPainter, rect: QRectF, dossier: TeamDossier, timer: tuple | None = None, room: str = "") -> list[str]:
    """Paint the slide in ``rect``; returns every line of text drawn (what a person can read).
    ``timer`` (label, countdown, tone): the jury pitch's countdown, in the header's right corner
    (``ui.beamer.pitch_timer``) where the slide otherwise says "PITCH" and who presents; ``room``: the
    room the jury's pitches are in, when there are several ("" for one)."""
    w, h = rect.width(), rect.height()
    m = w * 0.045
    left, inner = rect.left() + m, w - 2 * m
    at = lambda top, height, x=left, width=inner: QRectF(x, rect.top() + h * top, width, h * height)  # noqa: E731
    drawn: list[str] = []
    draw = lambda text, box, colour, big, small, bold=False, align=Qt.AlignmentFlag.AlignLeft: drawn.extend(  # noqa: E731
        draw_fitted(painter, text, box, colour, h * big, max(12.0, h * small), bold, align))

    draw(dossier.shown_name, at(0.045, 0.075, width=inner * 0.68), TEXT, 0.062, 0.035, True)
    presenter = QCoreApplication.translate("BeamerPitch", "Presented by {name}").format(name=dossier.presenter) if dossier.presenter else ""
    byline = " · ".join(part for part in (dossier.challenge, presenter) if part) if timer is not None else dossier.challenge
    draw(byline, at(0.122, 0.045, width=inner * 0.68), MUTED, 0.032, 0.022)
    if timer is not None:
        paint_timer(painter, draw, timer_box(rect, left, inner), timer, h, room)
    else:
        draw(QCoreApplication.translate("BeamerPitch", "PITCH"), at(0.05, 0.04, left + inner * 0.7, inner * 0.3), ACCENT, 0.03, 0.02, True, Qt.AlignmentFlag.AlignRight)
        draw(presenter, at(0.095, 0.045, left + inner * 0.7, inner * 0.3), MUTED, 0.03, 0.02, False, Qt.AlignmentFlag.AlignRight)
    _rule(painter, left, rect.top() + h * 0.185, inner)

    yell = brief(dossier)[YELL]
    unfinished = not _complete(dossier) and timer is None  # before the jury, the room is not told the pitch is unfinished
    bottom = BOTTOM if yell or unfinished else 0.975  # nothing under the blocks: they may use the yell's room
    _paint_blocks(painter, draw, dossier, QRectF(left, rect.top() + h * TOP, inner, h * (bottom - TOP)), h, timer is None)
    if yell:
        draw(f"“{yell}”", at(0.915, 0.06), ACCENT, 0.045, 0.024, True, Qt.AlignmentFlag.AlignHCenter)
    elif unfinished:
        draw(QCoreApplication.translate("BeamerPitch", "The pitch is still being made"), at(0.925, 0.045), MUTED, 0.03, 0.02, False, Qt.AlignmentFlag.AlignHCenter)
    return drawn


def _complete(dossier: TeamDossier) -> bool:
    """Every block of the slide has an answer."""
    texts = brief(dossier)
    return bool(texts[IDEA]) and bool(chosen_paths(dossier) or texts[PATH]) and all(texts[key] for key in (PROBLEM, FOR_WHOM, WHO_NEEDED, COST))


def _paint_blocks(painter: QPainter, draw, dossier: TeamDossier, area: QRectF, h: float, say_missing: bool = True) -> None:
    """The idea, then the filled blocks in what it leaves (``say_missing`` False: no idea yet is left
    unsaid, as during the jury's pitches)."""
    texts = brief(dossier)
    rows = [Row(tuple(pair for pair in pairs if pair[1])) for pairs in (
        ((QCoreApplication.translate("BeamerPitch", "The problem"), texts[PROBLEM]), (QCoreApplication.translate("BeamerPitch", "For whom"), texts[FOR_WHOM])),
        ((QCoreApplication.translate("BeamerPitch", "Who we need"), texts[WHO_NEEDED]), (QCoreApplication.translate("BeamerPitch", "What it costs"), texts[COST])))]
    balls, path_text = chosen_paths(dossier), texts[PATH]
    path = Row(((QCoreApplication.translate("BeamerPitch", "The path"), path_text),)) if path_text and not balls else None
    flexible = [row for row in (rows[0], path, rows[1]) if row is not None and row.blocks]
    order = [row for row in (rows[0], "timeline" if balls else path, rows[1]) if row == "timeline" or (row is not None and row.blocks)]

    idea = texts[IDEA]
    fixed = (path_height(balls) + TITLE) * h if balls else 0.0
    others = fixed + h * GAP * len(order) + sum(_need(painter.font(), row, area.width(), h * COMFORTABLE, h) for row in flexible)
    whole = text_height(idea, _sized(painter.font(), h * IDEA_SIZES[1], True), area.width())  # the idea whole at its smallest
    idea_room = min(area.height() * 0.9, max(min(whole, area.height() * 0.5), area.height() - h * TITLE - others))
    idea_font = fitted_font(painter.font(), idea or "x", QRectF(0, 0, area.width(), idea_room), h * IDEA_SIZES[0], h * IDEA_SIZES[1], True)
    idea_h = min(idea_room, text_height(idea, idea_font, area.width())) if idea else h * 0.05
    shown = bool(idea) or say_missing  # the idea's block (or that there is none yet); else the other blocks move up
    box = QRectF(area.left(), area.top() + h * TITLE, area.width(), idea_h) if shown else QRectF(area.left(), area.top() - h * GAP, area.width(), 0)
    if shown:
        draw(QCoreApplication.translate("BeamerPitch", "Our idea"), QRectF(area.left(), area.top(), area.width(), h * TITLE), ACCENT, 0.026, 0.018, True)
    if idea:
        draw(idea, box, TEXT, idea_font.pixelSize() / h, idea_font.pixelSize() / h, True)
    elif say_missing:
        draw(QCoreApplication.translate("BeamerPitch", "No idea chosen yet"), box, MUTED, 0.04, 0.03)

    room = area.bottom() - box.bottom() - fixed - h * GAP * len(order)
    if balls and sum(_need(painter.font(), row, area.width(), h * SMALLEST, h) for row in flexible) > room:  # the path gives room
        compact = (path_height(balls, compact=True) + TITLE) * h
        room, fixed = room + fixed - compact, compact
    size = _common_size(painter.font(), flexible, area.width(), room, h)
    needs = {id(row): _need(painter.font(), row, area.width(), size, h) for row in flexible}
    spare = room - sum(needs.values())  # < 0 only when even the smallest size does not fit: closer together, then cut
    gap = h * GAP + min(h * MOST_GAP, spare / max(1, len(order))) if spare >= 0 else h * GAP / 2
    if spare < 0:
        needs = _share(needs, room + h * GAP / 2 * len(order), QFontMetricsF(_sized(painter.font(), size)).lineSpacing(), h)
    top = box.bottom()
    for row in order:
        top += gap
        if row == "timeline":
            draw(QCoreApplication.translate("BeamerPitch", "The path"), QRectF(area.left(), top, area.width(), h * TITLE), ACCENT, 0.026, 0.018, True)
            paint_path(painter, draw, balls, QRectF(area.left(), top + h * TITLE, area.width(), fixed - h * TITLE), h)
            top += fixed
            continue
        height = needs[id(row)]
        _paint_row(draw, row, QRectF(area.left(), top, area.width(), height), size, h)
        top += height


def _share(needs: dict[int, float], room: float, line: float, h: float) -> dict[int, float]:
    """Rows that together need more than ``room``: each its title and whole lines, in proportion to
    what it needs, the lines left over to the rows still short, first come first served."""
    text = {key: need - h * TITLE for key, need in needs.items()}
    lines_room = (room - h * TITLE * len(needs)) / line
    lines = {key: int(lines_room * height / sum(text.values())) for key, height in text.items()}
    for key in lines:
        extra = min(int(lines_room) - sum(lines.values()), round(text[key] / line) - lines[key])
        lines[key] += max(0, extra)
    return {key: h * TITLE + count * line + 1.0 for key, count in lines.items()}


def _columns(row: Row, width: float, h: float) -> list[tuple[float, float]]:
    """Each block's (x offset, width) in a row ``width`` wide."""
    if len(row.blocks) == 1:
        return [(0.0, width)]
    half = (width - h * 0.06) / 2
    return [(0.0, half), (half + h * 0.06, half)]


def _need(base: QFont, row: Row, width: float, size: float, h: float) -> float:
    """The height ``row`` needs with its answers at ``size`` pixels (and a pixel to spare for rounding)."""
    font = _sized(base, size)
    return h * TITLE + 1.0 + max(text_height(text, font, cw) for (_, text), (_, cw) in zip(row.blocks, _columns(row, width, h)))


def _common_size(base: QFont, rows: list[Row], width: float, room: float, h: float) -> float:
    """The largest answer size (between SMALLEST and LARGEST) at which every row fits ``room`` together."""
    size = h * LARGEST
    while size > h * SMALLEST and sum(_need(base, row, width, size, h) for row in rows) > room:
        size = max(h * SMALLEST, size * STEP)
    return size


def _sized(base: QFont, size: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, int(size)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return font


def _paint_row(draw, row: Row, box: QRectF, size: float, h: float) -> None:
    for (title, text), (x, width) in zip(row.blocks, _columns(row, box.width(), h)):
        draw(title, QRectF(box.left() + x, box.top(), width, h * TITLE), ACCENT, 0.026, 0.018, True)
        draw(text, QRectF(box.left() + x, box.top() + h * TITLE, width, box.height() - h * TITLE), TEXT, size / h, size / h)


def _rule(painter: QPainter, x: float, y: float, width: float) -> None:
    painter.setPen(QPen(QColor(ACCENT), 3))
    painter.drawLine(QPointF(x, y), QPointF(x + width * 0.08, y))
