"""The flip-over poster: the team's pitch in big type on one sheet (two for the Idea Race's winner).

Shown: team name (or "Team N"), challenge, the problem, for whom, the idea (the largest type), the
path as one timeline line, who is needed, the cost and the yell. The poster is a poster: the dossier
holds everything. A long answer first makes the blocks shrink together (each has a minimum size, readable from a few
metres on A1); only when every block is at its minimum and the sheet still overflows is the longest
block cut, its last line ending in "…". The text blocks share one size (``poster_layout``). An empty block
is left out, so the filled ones get its room, except the problem and the idea: without them the sheet
would say nothing, so they say "not filled in yet"; a sheet with nothing filled in says so for each block.

Sizes: A1 portrait by default, A0, A3 and A4; the type scales with the sheet's width. The winner of
the Idea Race (``race.prize_sheets >= 2``) gets two sheets in bigger type: the problem, for whom and
the idea on the first; the path, who is needed, the cost and the yell on the second.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A0, A1, A3, A4
from reportlab.pdfgen.canvas import Canvas

from app.errors import DomainError
from app.export.dossier_data import TeamDossier
from app.pdf import fit, fonts, poster_layout as layout
from app.pdf.poster_content import Block, poster_blocks
from app.pdf import style
from app.pdf.style import long_date
from app.pdf.words import word

SIZES = {"A0": A0, "A1": A1, "A3": A3, "A4": A4}
CORE = ("problem", "idea")  # shown on a sheet even when empty: a poster without them says nothing
GROWS = (1.5, 1.35, 1.2, 1.1, 1.0)  # one sheet: the design, grown when the answers are short
WINNER_GROWS = (2.2, 2.0, 1.8, 1.6, 1.45, 1.3)  # the winner's two sheets: bigger type

NAME_SIZE, NAME_MIN = 34.0, 18.0
CHALLENGE_SIZE = 13.0
BAND_PAD = 24.0
FOOTER_SIZE = 9.0
PANEL_RADIUS = 6.0
COLOURS = {
    "text": style.TEXT,
    "primary": style.PRIMARY,
    "primary_dark": style.PRIMARY_DARK,
    "secondary": style.SECONDARY,
    "rule": style.RULE,
    "white": style.WHITE,
    "panel": HexColor("#E8F1F8"),  # the idea's panel: primary on it has a contrast of 5.3
    "band_text": HexColor("#D6E4F0"),  # the challenge on primary dark: 7.9
}


def render_poster(dossier: TeamDossier, out: BinaryIO, size: str = "A1") -> int:
    """Write the poster to ``out`` at ``size`` ("A0", "A1", "A3", "A4"); returns the number of pages."""
    page = SIZES.get(size.upper())
    if page is None:
        names = ", ".join(SIZES)
        raise DomainError("poster_size_unknown", f"Unknown poster size {size!r}: choose one of {names}.",
                          size=size, sizes=names)
    fonts.register()
    blocks = poster_blocks(dossier)
    sheets = _sheet_rows(blocks, winner=dossier.race is not None and dossier.race.prize_sheets >= 2)
    canvas = Canvas(out, pagesize=page, pageCompression=1, initialFontName=fonts.REGULAR)  # never Helvetica
    canvas.setTitle(f"{dossier.shown_name} — {word('poster_title', dossier.lang)}")
    canvas.setAuthor("Staatsprint")
    for number, rows in enumerate(sheets, start=1):
        _draw_sheet(canvas, dossier, rows, number, len(sheets), page[0] / layout.PAGE_W)
        canvas.showPage()
    canvas.save()
    return len(sheets)


def _sheet_rows(blocks: dict[str, Block], winner: bool) -> list[list[list[Block]]]:
    """The sheets' rows of blocks; once the team filled in anything, its empty blocks other than the problem
    and the idea are left out (a sheet with nothing filled in says "not filled in yet" for each block)."""
    b = blocks
    if winner:
        sheets = [
            [[b["problem"]], [b["for_whom"]], [b["idea"]]],
            [[b["path"]], [b["who_needed"]], [b["cost"]], [b["yell"]]],
        ]
    else:
        sheets = [[[b["problem"]], [b["for_whom"]], [b["idea"]], [b["path"]], [b["who_needed"], b["cost"]], [b["yell"]]]]
    return [_filled(rows) for rows in sheets]


def _filled(rows: list[list[Block]]) -> list[list[Block]]:
    """``rows`` without their empty blocks (and rows left empty), or all of them when none is filled in;
    the core of a pitch (the problem and the idea) always stays, saying "not filled in yet" when empty."""
    if not any(block.text for row in rows for block in row):
        return rows
    kept = [[block for block in row if block.text or block.key in CORE] for row in rows]
    return [row for row in kept if row]


def _draw_sheet(canvas: Canvas, dossier: TeamDossier, rows, number: int, sheets: int, scale: float) -> None:
    canvas.saveState()
    canvas.scale(scale, scale)
    canvas.translate(0, layout.PAGE_H)  # from here on y runs down the sheet as negative numbers
    band = _draw_band(canvas, dossier, number, sheets)
    footer = _draw_footer(canvas, dossier)
    top = band + layout.MARGIN * 0.8
    room = footer - layout.ROW_GAP - top
    sheet = layout.make_sheet(rows, WINNER_GROWS if sheets > 1 else GROWS, room, word("not_filled_in", dossier.lang))
    layout.fit_sheet(sheet, room)
    for placed in layout.place(sheet, top, room):
        _draw_block(canvas, placed)
    canvas.restoreState()


def _draw_band(canvas: Canvas, dossier: TeamDossier, number: int, sheets: int) -> float:
    """The coloured band at the top with the team's name and challenge; returns its height."""
    inner = layout.PAGE_W - 2 * layout.MARGIN
    name_size = NAME_SIZE
    while name_size > NAME_MIN and fonts.width(dossier.shown_name, name_size, fonts.BOLD) > inner:
        name_size -= 1
    name = fit.cut(fit.wrap(dossier.shown_name, name_size, inner, fonts.BOLD), 2, name_size, inner, fonts.BOLD)
    challenge = dossier.challenge or word("poster_no_challenge", dossier.lang)
    lines = fit.cut(fit.wrap(challenge, CHALLENGE_SIZE, inner, fonts.REGULAR), 2, CHALLENGE_SIZE, inner)
    height = BAND_PAD * 2 + len(name) * name_size * 1.15 + 6 + len(lines) * CHALLENGE_SIZE * layout.LEADING
    canvas.setFillColor(COLOURS["primary_dark"])
    canvas.rect(0, -height, layout.PAGE_W, height, stroke=0, fill=1)
    canvas.setFillColor(COLOURS["white"])
    y = BAND_PAD - name_size * 0.15
    canvas.setFont(fonts.BOLD, name_size)
    for line in name:
        y += name_size * 1.15
        canvas.drawString(layout.MARGIN, -y, line)
    canvas.setFillColor(COLOURS["band_text"])
    canvas.setFont(fonts.REGULAR, CHALLENGE_SIZE)
    y += 6 + CHALLENGE_SIZE * 0.15
    for line in lines:
        y += CHALLENGE_SIZE * layout.LEADING
        canvas.drawString(layout.MARGIN, -y, line)
    if sheets > 1:
        canvas.setFont(fonts.BOLD, CHALLENGE_SIZE)
        sheet = word("poster_sheet", dossier.lang, sheet=number, sheets=sheets)
        canvas.drawRightString(layout.PAGE_W - layout.MARGIN, -(BAND_PAD + name_size), sheet)
    return height


def _draw_footer(canvas: Canvas, dossier: TeamDossier) -> float:
    """The event's name and day at the foot of the sheet; returns where the footer's rule is."""
    rule = layout.PAGE_H - layout.MARGIN * 0.6 - FOOTER_SIZE * 1.8
    canvas.setStrokeColor(COLOURS["rule"])
    canvas.setLineWidth(0.6)
    canvas.line(layout.MARGIN, -rule, layout.PAGE_W - layout.MARGIN, -rule)
    canvas.setFillColor(COLOURS["secondary"])
    canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
    text = f"{dossier.event_name} · {long_date(dossier.event_day, dossier.lang)}"
    canvas.drawString(layout.MARGIN, -(rule + FOOTER_SIZE * 1.6), text)
    return rule


def _draw_block(canvas: Canvas, placed: layout.Placed) -> None:
    if placed.panel:
        canvas.setFillColor(COLOURS["panel"])
        canvas.roundRect(placed.x, -(placed.top + placed.height), placed.width, placed.height,
                         PANEL_RADIUS, stroke=0, fill=1)
    x, y = placed.x + placed.pad, placed.top + placed.pad
    canvas.setFillColor(COLOURS["primary"])
    canvas.setFont(fonts.BOLD, placed.label_size)
    y += placed.label_size
    canvas.drawString(x, -y, placed.label.upper())
    y += placed.label_size * (layout.LEADING - 1) + layout.LABEL_GAP * placed.label_size / layout.LABEL_SIZE
    canvas.setFillColor(COLOURS["secondary" if placed.empty else placed.colour])
    canvas.setFont(placed.font, placed.size)
    leading = placed.size * layout.LEADING
    for line in placed.lines:
        y += leading
        canvas.drawString(x, -(y - leading + placed.size), line)
