"""The audience prize's slips: one per participant (their name, their team and their one-time code),
ten to an A4 page with cut lines, packed in team order (a team's slips may share a page with the next
team's: each slip names its team). The header (the prize and the event) is never cut: a long event
name is set smaller, then over two lines."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.errors import DomainError
from app.event.events import get_event
from app.jury.audience import Slip, slips
from app.storage.store import Store
from app.pdf import fonts, style
from app.pdf.style import one_line
from app.pdf.words import word

COLUMNS, ROWS = 2, 5
MARGIN = 12 * mm
PAD = 7 * mm


def save_slips(store: Store, event_id: int, lang: str, path: Path) -> int:
    """Write the event's slips to ``path``; how many slips. A file that cannot be written is refused
    (and none is left half-written)."""
    every = slips(store, event_id)
    if not every:
        raise DomainError("audience_no_codes", "make the participants' codes first")
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            slips_pdf(out, every, get_event(store, event_id).name, lang)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise DomainError("slips_not_written", f"the slips could not be written: {error.strerror or error}",
                          reason=error.strerror or str(error)) from error
    return len(every)


def slips_pdf(out: BinaryIO, every: list[Slip], event_name: str, lang: str) -> None:
    """Write the slips of ``every`` (in team order) as a PDF to ``out``."""
    fonts.register()
    canvas = Canvas(out, pagesize=A4, initialFontName=fonts.REGULAR)
    canvas.setTitle(f"{word('audience_prize', lang)} — {event_name}")
    canvas.setAuthor(style.AUTHOR)
    canvas.setCreator(style.AUTHOR)
    canvas.setSubject(word("slips_subject", lang))
    for start in range(0, len(every), COLUMNS * ROWS):
        _page(canvas, every[start:start + COLUMNS * ROWS], event_name, lang)
    canvas.save()


def _page(canvas: Canvas, slips: list[Slip], event_name: str, lang: str) -> None:
    width, height = (A4[0] - 2 * MARGIN) / COLUMNS, (A4[1] - 2 * MARGIN) / ROWS
    _cut_lines(canvas, width, height, -(-len(slips) // COLUMNS))
    for index, slip in enumerate(slips):
        column, row = index % COLUMNS, index // COLUMNS
        _slip(canvas, slip, MARGIN + column * width, A4[1] - MARGIN - (row + 1) * height, width, height, event_name, lang)
    canvas.showPage()


def _cut_lines(canvas: Canvas, width: float, height: float, rows: int) -> None:
    """The cut lines around the first ``rows`` rows (the last page's empty rows stay blank)."""
    canvas.saveState()
    canvas.setStrokeColor(style.RULE)
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.6)
    bottom = A4[1] - MARGIN - rows * height
    for column in range(COLUMNS + 1):
        x = MARGIN + column * width
        canvas.line(x, bottom, x, A4[1] - MARGIN)
    for row in range(rows + 1):
        y = A4[1] - MARGIN - row * height
        canvas.line(MARGIN, y, A4[0] - MARGIN, y)
    canvas.restoreState()


def _slip(canvas: Canvas, slip: Slip, x: float, y: float, width: float, height: float, event_name: str, lang: str) -> None:
    inner = width - 2 * PAD
    top = y + height - PAD
    _header(canvas, f"{word('audience_prize', lang)} · {event_name}", x + PAD, top, inner)
    canvas.setFillColor(style.TEXT)
    size = next((size for size in (13, 12, 11, 10) if fonts.width(slip.member, size, fonts.BOLD) <= inner), 10)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(x + PAD, top - 26, one_line(slip.member, inner, fonts.BOLD, size))  # a long name shrinks before it is cut
    team = f"Team {slip.team_number}" + (f" · {slip.team_name}" if slip.team_name else "")
    canvas.setFillColor(style.SECONDARY)
    canvas.setFont(fonts.REGULAR, 9)
    canvas.drawString(x + PAD, top - 40, one_line(team, inner, fonts.REGULAR, 9))
    canvas.setFont(fonts.REGULAR, 8)
    canvas.drawString(x + PAD, top - 56, word("audience_code", lang))
    canvas.setFillColor(style.PRIMARY_DARK)
    canvas.setFont(fonts.BOLD, 24)
    canvas.drawString(x + PAD, top - 80, " ".join(slip.code))
    _wrapped(canvas, word("audience_how", lang), x + PAD, y + PAD, inner)


def header_lines(text: str, width: float) -> tuple[float, list[str]]:
    """(size, lines) of the header: one line at the largest size from 8.5 down to 6.5 points that fits
    ``width``, else two lines at 6.5 points (a word too long for a line is cut, as a last resort)."""
    size = next((size for size in (8.5, 8, 7.5, 7, 6.5) if fonts.width(text, size, fonts.BOLD) <= width), None)
    if size is not None:
        return size, [text]
    words, first = text.split(), ""
    while words and fonts.width(f"{first} {words[0]}".strip(), 6.5, fonts.BOLD) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:
        first = words.pop(0)
    return 6.5, [one_line(first, width, fonts.BOLD, 6.5), one_line(" ".join(words), width, fonts.BOLD, 6.5)]


def _header(canvas: Canvas, text: str, x: float, top: float, width: float) -> None:
    size, lines = header_lines(text, width)
    canvas.setFillColor(style.PRIMARY)
    canvas.setFont(fonts.BOLD, size)
    for index, line in enumerate(lines):
        canvas.drawString(x, top - 6 - index * 7 if len(lines) > 1 else top - 8, line)


def _wrapped(canvas: Canvas, text: str, x: float, y: float, width: float) -> None:
    """``text`` in two or three small lines, the last one at ``y``."""
    lines, line = [], ""
    for part in text.split():
        trial = f"{line} {part}".strip()
        if fonts.width(trial, 7.5) > width and line:
            lines.append(line)
            line = part
        else:
            line = trial
    lines.append(line)
    canvas.setFillColor(style.SECONDARY)
    canvas.setFont(fonts.REGULAR, 7.5)
    for index, text_line in enumerate(lines):
        canvas.drawString(x, y + (len(lines) - 1 - index) * 9.5, text_line)
