"""The printable agenda (A4): for the facilitator's clipboard the day's programme (the phases with their
steps and minutes, the fixed times marked), the challenges, and the teams per challenge with their
members and rooms (and who is not in a team yet); then for the door of each room a sign that reads
from a few metres (``agenda_doors``).

Made from an ``Agenda`` only (app/pdf/agenda_data.py: read before, perhaps in another process), in the
pitch issue's type and palette (app/pdf/style.py) with Noto Sans embedded; the event's name, day and
place head every page, the page number and the day it was printed foot it. Everything wraps and flows
on: a long name or a challenge with many teams never clips, it continues on the next page under its
heading marked "(vervolg)".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.pdf import fonts, style
from app.pdf.agenda_data import Agenda, Item
from app.pdf.agenda_doors import door_signs
from app.pdf.agenda_teams import challenge_pages, team_pages
from app.pdf.report_pages import ContinuedTeams, TeamMark, fits_a_page
from app.pdf.report_team import TABLE_FONT
from app.pdf.words import word

TIME_WIDTH = 32 * mm
MARK_WIDTH = 34 * mm
FIXED_TINT = HexColor("#FDF1E6")  # behind a fixed item: the warning colour, very light


@dataclass(frozen=True)
class Density:
    """How tightly the programme is set: its items' and steps' type sizes, the air above and below an item."""

    item: float
    step: float
    band: float


DENSITIES = (Density(12, 10, 4.5), Density(11.5, 9.5, 3), Density(11, 9, 2), Density(10.5, 8.5, 1.5))


class _AgendaDocument(ContinuedTeams, BaseDocTemplate):
    """A4 pages with one frame; a page that starts inside a challenge's teams begins with its heading."""

    def __init__(self, out: BinaryIO, agenda: Agenda) -> None:
        self.report_lang = agenda.lang
        super().__init__(out, pagesize=style.PAGE, leftMargin=style.MARGIN_X, rightMargin=style.MARGIN_X,
                         topMargin=style.MARGIN_TOP, bottomMargin=style.MARGIN_BOTTOM,
                         title=f"{agenda.event_name} — {word('agenda_title', agenda.lang)}", author=style.AUTHOR,
                         creator=style.AUTHOR, subject=word("agenda_subject", agenda.lang), lang=agenda.lang)
        frame = Frame(style.MARGIN_X, style.MARGIN_BOTTOM, style.FRAME_WIDTH, style.FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("body", [frame])])
        self._page_has_ink = False

    def handle_pageBegin(self) -> None:  # noqa: N802 (reportlab's name)
        super().handle_pageBegin()
        self._page_has_ink = False

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        """Whether the page shows anything yet: a spacer or an invisible mark does not count."""
        if not isinstance(flowable, (Spacer, TeamMark, ActionFlowable)):
            self._page_has_ink = True

    def handle_pageBreak(self, slow=None) -> None:  # noqa: N802
        """A page break on a page that shows nothing yet (a section ending exactly at the foot of a
        page, its last spacer carried over) stays on that page: never a blank page."""
        if self._page_has_ink:
            super().handle_pageBreak(slow)


def render_agenda(agenda: Agenda, out: BinaryIO) -> int:
    """Write the agenda to ``out``; returns its number of pages."""
    fonts.register()
    story = programme_page(agenda) + challenge_pages(agenda) + team_pages(agenda) + door_signs(agenda)
    doc = _AgendaDocument(out, agenda)
    doc.build(story, canvasmaker=style.numbered_canvas(style.Furniture(header(agenda), agenda.made_at.date(),
                                                                          agenda.lang, on_first_page=True)))
    return doc.page


def header(agenda: Agenda) -> str:
    """"Staatsprint 2026 · 11 maart 2026 · Den Haag": the line above every page."""
    parts = (agenda.event_name, style.long_date(agenda.day, agenda.lang), agenda.location)
    return "  ·  ".join(part for part in parts if part)


def programme_page(agenda: Agenda) -> list[Flowable]:
    """The title and the programme on one page: set tighter, step by step, as the facilitator adds
    items, and only when even the tightest does not fit flowing on to the next page."""
    s = style.styles()
    lang = agenda.lang
    made = word("made_at", lang, date=style.long_date(agenda.made_at.date(), lang), time=f"{agenda.made_at:%H:%M}")
    opening = [
        Paragraph(escape(word("agenda_title", lang).upper()), s["label"]),
        Paragraph(escape(agenda.event_name), s["h1"].clone("agenda_event", fontSize=20, leading=25, spaceBefore=2, spaceAfter=2)),
        Paragraph(escape(_day_line(agenda)), s["subtitle"]),
        Paragraph(escape(made), s["muted"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(word("agenda_programme", lang)), s["h1"]),
    ]
    for density in DENSITIES:
        table = _programme_table(agenda.programme, lang, density)
        if fits_a_page([*opening, table]):
            break
    return [*opening, table]


def _day_line(agenda: Agenda) -> str:
    day = style.long_date(agenda.day, agenda.lang)
    return day + (f"  ·  {agenda.location}" if agenda.location else "")


def _programme_styles(density: Density) -> dict:
    body = style.styles()["body"]
    item = body.clone("agenda_item", fontSize=density.item, leading=density.item * 1.3, spaceAfter=0)
    step = body.clone("agenda_step", fontSize=density.step, leading=density.step * 1.3, spaceAfter=0, leftIndent=4 * mm)
    return {
        "time": item.clone("agenda_time", fontName=fonts.BOLD),
        "item": item,
        "phase": item.clone("agenda_phase", fontName=fonts.BOLD, textColor=style.PRIMARY_DARK),
        "step_time": step.clone("agenda_step_time", leftIndent=0, textColor=style.SECONDARY),
        "step": step,
        "minutes": step.clone("agenda_minutes", leftIndent=0, textColor=style.SECONDARY),
        "fixed": body.clone("agenda_fixed", fontName=fonts.BOLD, fontSize=9, leading=density.item * 1.3, textColor=style.WARNING, spaceAfter=0),
        "rooms": body.clone("agenda_rooms", fontSize=9, leading=density.item * 1.3, textColor=style.PRIMARY, spaceAfter=0),
    }


def _programme_table(items: tuple[Item, ...], lang: str, density: Density) -> Table:
    """Each item on a row (its time span, its title, a mark for a fixed time or work in the rooms);
    under a phase its steps, each with its start and minutes. A phase shows its own window (the
    pitch phase holds the afternoon break), as the day's header does."""
    st = _programme_styles(density)
    rows: list[list] = []
    commands: list[tuple] = [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for item in items:
        span = f"{item.start} – {item.shown_end}" if item.shown_end else item.start
        mark = (Paragraph(escape(word("agenda_fixed", lang).upper()), st["fixed"]) if item.fixed else
                Paragraph(escape(word("agenda_in_rooms", lang)), st["rooms"]) if item.in_rooms else "")
        first = len(rows)
        rows.append([Paragraph(escape(span), st["time"]), Paragraph(escape(item.title), st["phase" if item.in_rooms else "item"]), mark])
        for step in item.steps:
            rows.append([Paragraph(escape(step.start), st["step_time"]), Paragraph(escape(step.title), st["step"]),
                         Paragraph(escape(word("agenda_minutes", lang, minutes=step.minutes)), st["minutes"])])
        last = len(rows) - 1
        commands += _item_style(first, last, item, density.band)
    return Table(rows, colWidths=[TIME_WIDTH, style.FRAME_WIDTH - TIME_WIDTH - MARK_WIDTH, MARK_WIDTH],
                 style=TableStyle(commands), hAlign="LEFT")


def _item_style(first: int, last: int, item: Item, band: float) -> list[tuple]:
    """An item and its steps as one band: a rule under the band only, the steps close together, a
    fixed item on a light tint."""
    commands: list[tuple] = [("LINEBELOW", (0, last), (-1, last), 0.5, style.RULE),
                             ("TOPPADDING", (0, first), (-1, first), band), ("BOTTOMPADDING", (0, last), (-1, last), band)]
    if item.fixed:
        commands.append(("BACKGROUND", (0, first), (-1, last), FIXED_TINT))
    return commands
