"""The report's closing page: the day in numbers (teams, participants, notes, ideas, votes, and any
later figures such as the jury's), and how the teams spread over the challenges."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.export.dossier_data import EventSummary
from app.pdf import fonts, style
from app.pdf.report_team import TABLE_FONT, Heading
from app.pdf.words import word

COLUMNS = 3
CELL_HEIGHT = 34 * mm


def numbers_page(summary: EventSummary) -> list[Flowable]:
    lang = summary.lang
    figures = [
        (len(summary.teams), word("report_teams", lang)),
        (summary.participants, word("report_participants", lang)),
        (summary.notes, word("report_notes", lang)),
        (summary.ideas, word("report_ideas", lang)),
        (summary.votes, word("report_votes", lang)),
        *((value, name) for name, value in summary.extra.items()),
    ]
    return [
        PageBreak(),
        Heading(word("report_numbers", lang), "title", 0, "numbers"),
        Spacer(1, 8 * mm),
        *_grid(figures),
        Spacer(1, 10 * mm),
        *_per_challenge(summary),
    ]


def _grid(figures: list[tuple[int, str]]) -> list[Flowable]:
    """The figures as tiles in rows of at most ``COLUMNS``, the rows as even as they can be (five: three and
    two) and each row filling the width, so the grid has no hole."""
    number = ParagraphStyle("figure", fontName=fonts.BOLD, fontSize=34, leading=40, textColor=style.PRIMARY,
                            alignment=TA_CENTER)
    label = ParagraphStyle("figure_label", fontName=fonts.REGULAR, fontSize=12, leading=15,
                           textColor=style.SECONDARY, alignment=TA_CENTER)
    cells = [[Paragraph(f"{value:,}".replace(",", "."), number), Paragraph(escape(capitalised(name)), label)]
             for value, name in figures]
    return [_tile_row(row) for row in balanced_rows(cells, COLUMNS)]


def balanced_rows(items: list, columns: int) -> list[list]:
    """``items`` in as few rows of at most ``columns`` as they need, the longer rows first and no row more
    than one longer than another."""
    count = -(-len(items) // columns)
    if count == 0:
        return []
    size, extra = divmod(len(items), count)
    rows, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        rows.append(items[start:end])
        start = end
    return rows


def _tile_row(cells: list) -> Table:
    width = style.FRAME_WIDTH / len(cells)
    table = Table([cells], colWidths=[width] * len(cells), rowHeights=[CELL_HEIGHT])
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, -1), style.PAGE_TINT),
                               ("LINEBEFORE", (1, 0), (-1, -1), 6, style.WHITE), ("LINEBELOW", (0, 0), (-1, -1), 6, style.WHITE)]))
    return table


def capitalised(text: str) -> str:
    """"deelnemers" as a tile's or a column's label: "Deelnemers"."""
    return text[:1].upper() + text[1:]


def _per_challenge(summary: EventSummary) -> list[Flowable]:
    s = style.styles()
    right = {name: ParagraphStyle(f"{name}_right", parent=s[name], alignment=TA_RIGHT) for name in ("label", "body")}
    rows = [[Paragraph(escape(word("challenge", summary.lang).upper()), s["label"]),
             Paragraph(escape(word("report_teams", summary.lang).upper()), right["label"])]]
    for title in summary.challenges:
        count = sum(1 for team in summary.teams if team.challenge == title)
        if count:
            rows.append([Paragraph(escape(title), s["body"]), Paragraph(str(count), right["body"])])
    if len(rows) == 1:
        return []
    table = Table(rows, colWidths=[style.FRAME_WIDTH * 0.8, style.FRAME_WIDTH * 0.2])
    table.setStyle(TableStyle([TABLE_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.4, style.RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0)]))
    return [table]
