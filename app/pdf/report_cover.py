"""The report's cover: the event's name in a band of primary dark, the day, the place, and whether
participants' names were left out."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.dossier_data import EventSummary
from app.pdf import fit, fonts, style
from app.pdf.words import word

BAND_SHARE = 0.42  # the band takes this part of the page's height
NAME_SIZE, NAME_MIN = 34.0, 20.0
BAND_TEXT = HexColor("#D6E4F0")  # on primary dark: a contrast of 7.9


def draw_cover(canvas: Canvas, summary: EventSummary) -> None:
    width, height = canvas._pagesize
    inner = width - 2 * style.MARGIN_X
    band = height * BAND_SHARE
    canvas.saveState()
    canvas.setFillColor(style.PRIMARY_DARK)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    size = NAME_SIZE
    lines = fit.wrap(summary.event_name, size, inner, fonts.BOLD)
    while len(lines) > 2 and size > NAME_MIN:
        size -= 1
        lines = fit.wrap(summary.event_name, size, inner, fonts.BOLD)
    lines = fit.cut(lines, 3, size, inner, fonts.BOLD)
    y = height - band + 18 * mm + len(lines) * size * 1.15
    canvas.setFillColor(BAND_TEXT)
    canvas.setFont(fonts.REGULAR, 16)
    canvas.drawString(style.MARGIN_X, height - band + 14 * mm, word("report_title", summary.lang))
    canvas.setFillColor(style.WHITE)
    canvas.setFont(fonts.BOLD, size)
    for line in lines:
        y -= size * 1.15
        canvas.drawString(style.MARGIN_X, y + 8 * mm, line)
    y = height - band - 18 * mm
    canvas.setFillColor(style.TEXT)
    canvas.setFont(fonts.BOLD, 15)
    canvas.drawString(style.MARGIN_X, y, style.long_date(summary.event_day, summary.lang))
    if summary.location:
        canvas.setFont(fonts.REGULAR, 13)
        canvas.drawString(style.MARGIN_X, y - 8 * mm, summary.location)
    canvas.setFillColor(style.SECONDARY)
    canvas.setFont(fonts.REGULAR, 10)
    made = summary.made_at
    canvas.drawString(style.MARGIN_X, style.MARGIN_BOTTOM,
                      word("made_at", summary.lang, date=style.long_date(made.date(), summary.lang),
                           time=made.strftime("%H:%M")))
    if not summary.with_names:
        canvas.setFont(fonts.ITALIC, 10)
        canvas.drawString(style.MARGIN_X, style.MARGIN_BOTTOM + 6 * mm, word("report_without_names", summary.lang))
    canvas.restoreState()
