"""The jury pitch's countdown on the beamer's pitch slide: painted in the header's right corner, clear of
the team's name and of every block below, in the timer's tone; the slide without one is unchanged."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.export.dossier_data import Answer, AnswerSection, TeamDossier
from ui.beamer.beamer import BeamerFrame, BeamerView
from ui.beamer.palette import ACCENT, MUTED, OVER, TEXT
from ui.beamer.pitch_slide import TOP, paint_pitch
from ui.beamer.pitch_timer import PANEL, timer_box
from ui.common.theme import contrast

SIZES = [(1920, 1080), (1366, 768)]
LONG_NAME = "Van Bestek naar Bondgenoot met een heel lange teamnaam"


def dossier() -> TeamDossier:
    section = AnswerSection("pitch", "Pitch", (Answer("idea", "idea", "Kennistafel met leerclausule"), Answer("problem", "problem", "Te laat praten")))
    return TeamDossier("Dag", date(2026, 12, 2), datetime.now(timezone.utc), "en", 1, 5, LONG_NAME, "Slimme IT-samenwerking",
                       presenter="Anna", sections=(section,), chosen_idea="Kennistafel")


def paint(size, timer) -> tuple[list[str], QImage]:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#0B1F33"))
    painter = QPainter(image)
    lines = paint_pitch(painter, QRectF(0, 0, *size), dossier(), timer)
    painter.end()
    return lines, image


def _box(size) -> QRectF:
    w = size[0]
    return timer_box(QRectF(0, 0, *size), w * 0.045, w * (1 - 0.09))


@pytest.mark.parametrize("size", SIZES)
def test_the_countdown_stands_in_the_header_beside_the_name(qapp, size):
    lines, image = paint(size, ("Pitch", "3:12", "normal"))
    assert "Pitch" in lines and "3:12" in lines
    assert " ".join(lines).startswith(LONG_NAME.split()[0]) and "Presented by Anna" in " ".join(lines)  # the presenter moves under the name
    box, w, h = _box(size), size[0], size[1]
    assert box.left() > w * 0.045 + w * 0.91 * 0.68  # right of the name's column
    assert box.bottom() < h * TOP  # above the blocks: the content is not covered
    assert image.pixelColor(int(box.left() + 4), int(box.top() + 4)) == QColor(PANEL)


@pytest.mark.parametrize(("tone", "colour"), [("last", ACCENT), ("over", OVER), ("idle", MUTED)])
def test_the_bar_under_the_countdown_takes_the_timers_tone(qapp, tone, colour):
    size = (1366, 768)
    _lines, image = paint(size, ("Questions", "0:40", tone))
    box = _box(size)
    assert image.pixelColor(int(box.center().x()), int(box.bottom() - 2)) == QColor(colour)


def test_without_a_timer_the_slide_says_pitch_and_who_presents_in_the_corner(qapp):
    lines, _image = paint((1366, 768), None)
    assert "PITCH" in lines and "Presented by Anna" in lines and "3:12" not in lines


def test_the_view_paints_the_frames_timer_and_reads_it_out(qtbot):
    view = BeamerView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_frame(BeamerFrame(pitch=dossier(), pitch_timer=("Pitch", "+0:05", "over")))
    view.grab()
    assert "+0:05" in view.pitch_lines and "+0:05" in view.accessibleName()


def test_every_colour_of_the_countdown_reads_on_its_box():
    assert min(contrast(colour, PANEL) for colour in (TEXT, ACCENT, OVER, MUTED)) >= 7


def unfinished() -> TeamDossier:
    return TeamDossier("Dag", date(2026, 12, 2), datetime.now(timezone.utc), "en", 1, 5, "Kennistafel", "Slimme IT-samenwerking")


def test_during_a_jury_pitch_an_unfinished_pitch_is_not_called_unfinished(qapp):
    image = QImage(1366, 768, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    lines = paint_pitch(painter, QRectF(0, 0, 1366, 768), unfinished(), ("Pitch", "3:00", "idle"), "Room 2")
    painter.end()
    assert "Kennistafel" in lines and "Slimme IT-samenwerking" in lines and "Room 2" in lines
    assert "The pitch is still being made" not in lines and "No idea chosen yet" not in lines


def test_outside_the_jury_pitches_an_unfinished_pitch_says_so_once(qapp):
    image = QImage(1366, 768, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    lines = paint_pitch(painter, QRectF(0, 0, 1366, 768), unfinished())
    painter.end()
    assert lines.count("The pitch is still being made") == 1 and "No idea chosen yet" in lines
