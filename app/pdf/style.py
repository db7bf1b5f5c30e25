"""How every PDF looks: the palette of shared/STYLE.md as reportlab colours, paragraph styles on Noto Sans,
and the page furniture (a header line with the event and the team, a footer with "Pagina 3 van 12" and the date).

The furniture needs the page total, so ``numbered_canvas`` returns a canvas class that keeps each page
until the document is complete and then draws the header and footer on all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.board.colours import NOTE_HEX
from app.pdf import fonts
from app.pdf.words import word

AUTHOR = "Staatsprint"  # the PDFs' author and creator (their metadata)
PRIMARY = HexColor("#01689B")
PRIMARY_DARK = HexColor("#154273")
TEXT = HexColor("#1A1A1A")
SECONDARY = HexColor("#5A6270")
WARNING = HexColor("#B35900")
DANGER = HexColor("#A4262C")
PAGE_TINT = HexColor("#F5F7FA")
RULE = HexColor("#C9D1DB")  # thin lines and card borders
WHITE = HexColor("#FFFFFF")
NOTE_COLOURS: dict[str, Color] = {name: HexColor(value) for name, value in NOTE_HEX.items()}

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # room for the header line
MARGIN_BOTTOM = 20 * mm  # room for the footer
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
WIDE_PAGE = landscape(A4)  # a dossier page for what is wider than high (a big brain-dump board)
WIDE_FRAME_WIDTH = WIDE_PAGE[0] - 2 * MARGIN_X
WIDE_FRAME_HEIGHT = WIDE_PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM


def note_colour(name: str) -> Color:
    """The fill of a note of colour ``name`` (yellow when the name is unknown)."""
    return NOTE_COLOURS.get(name, NOTE_COLOURS["yellow"])


def _style(name: str, size: float, leading: float, font: str = fonts.REGULAR, colour: Color = TEXT, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=colour, alignment=TA_LEFT, **extra)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The typographic hierarchy: title, h1, h2, body, small, muted and missing (what is not filled in)."""
    fonts.register()
    return {
        "title": _style("title", 26, 32, fonts.BOLD, PRIMARY_DARK, spaceAfter=6),
        "subtitle": _style("subtitle", 14, 19, fonts.REGULAR, PRIMARY, spaceAfter=4),
        "h1": _style("h1", 17, 22, fonts.BOLD, PRIMARY_DARK, spaceBefore=4, spaceAfter=8),
        "h2": _style("h2", 12.5, 16, fonts.BOLD, PRIMARY_DARK, spaceBefore=8, spaceAfter=3),
        "body": _style("body", 10.5, 14.5, spaceAfter=4),
        "small": _style("small", 8.5, 11),
        "muted": _style("muted", 9, 12, fonts.REGULAR, SECONDARY, spaceAfter=3),
        "missing": _style("missing", 10, 13.5, fonts.ITALIC, SECONDARY, spaceAfter=4),
        "label": _style("label", 8, 10, fonts.BOLD, SECONDARY),
    }


def long_date(day: date, lang: str) -> str:
    """``day`` written out: "2 december 2026" or "2 December 2026"."""
    month = word("months", lang).split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def one_line(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with "…" to fit ``width`` on one line."""
    if fonts.width(text, size, font) <= width:
        return text
    while text and fonts.width(text + "…", size, font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class Furniture:
    """What the header and footer say. ``header``: the event's name and the team; ``day``: the date printed."""

    header: str
    day: date
    lang: str
    on_first_page: bool = False  # a cover page usually goes without


def draw_furniture(canvas: Canvas, furniture: Furniture, page: int, pages: int) -> None:
    """The header line and the footer of one page."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    top = height - MARGIN_TOP + 8 * mm
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.setFillColor(SECONDARY)
    canvas.drawString(MARGIN_X, top + 2.2 * mm, one_line(furniture.header, width - 2 * MARGIN_X, fonts.REGULAR, 8.5))
    canvas.line(MARGIN_X, top, width - MARGIN_X, top)
    bottom = MARGIN_BOTTOM - 9 * mm
    canvas.line(MARGIN_X, bottom + 4.5 * mm, width - MARGIN_X, bottom + 4.5 * mm)
    canvas.drawString(MARGIN_X, bottom, long_date(furniture.day, furniture.lang))
    canvas.drawRightString(width - MARGIN_X, bottom, word("page", furniture.lang, page=page, pages=pages))
    canvas.restoreState()


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class (for ``doc.build(..., canvasmaker=...)``) that draws ``furniture`` on every page,
    knowing the page total."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            fonts.register()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR  # never Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1 or furniture.on_first_page:
                    draw_furniture(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
