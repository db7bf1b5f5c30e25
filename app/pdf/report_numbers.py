"""The report's closing page: the day in numbers (teams, participants, notes, ideas, votes, and any
later figures such as the jury's), and how the teams spread over the challenges."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
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
        _grid(figures),
        Spacer(1, 10 * mm),
        *_per_challenge(summary),
    ]


def _grid(figures: list[tuple[int, str]]) -> Table:
    number = ParagraphStyle("figure", fontName=fonts.BOLD, fontSize=34, leading=40, textColor=style.PRIMARY,
                            alignment=TA_CENTER)
    label = ParagraphStyle("figure_label", fontName=fonts.REGULAR, fontSize=12, leading=15,
                           textColor=style.SECONDARY, alignment=TA_CENTER)
    cells = [[Paragraph(f"{value:,}".replace(",", "."), number), Paragraph(escape(name), label)] for value, name in figures]
    while len(cells) % COLUMNS:
        cells.append("")
    rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    width = style.FRAME_WIDTH / COLUMNS
    table = Table(rows, colWidths=[width] * COLUMNS, rowHeights=[CELL_HEIGHT] * len(rows))
    commands = [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBEFORE", (1, 0), (-1, -1), 6, style.WHITE),
                ("LINEBELOW", (0, 0), (-1, -1), 6, style.WHITE)]
    commands += [("BACKGROUND", (i % COLUMNS, i // COLUMNS), (i % COLUMNS, i // COLUMNS), style.PAGE_TINT)
                 for i in range(len(figures))]
    table.setStyle(TableStyle(commands))
    return table


def _per_challenge(summary: EventSummary) -> list[Flowable]:
    s = style.styles()
    rows = [[Paragraph(escape(word("challenge", summary.lang)), s["label"]),
             Paragraph(escape(word("report_teams", summary.lang)), s["label"])]]
    for title in summary.challenges:
        count = sum(1 for team in summary.teams if team.challenge == title)
        if count:
            rows.append([Paragraph(escape(title), s["body"]), Paragraph(str(count), s["body"])])
    if len(rows) == 1:
        return []
    table = Table(rows, colWidths=[style.FRAME_WIDTH * 0.8, style.FRAME_WIDTH * 0.2])
    table.setStyle(TableStyle([TABLE_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.4, style.RULE),
                               ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return [table]
