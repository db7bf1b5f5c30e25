"""The team dossier: a team's whole day on A4, from its cover to its pitch and action plan.

Made from a TeamDossier only (the data is read before, perhaps in another process), with Noto Sans
embedded, in the palette and type of app/pdf/style.py, page numbers and the date on every page but
the cover. Portrait A4, with landscape pages at the end (an appendix) for a brain-dump board too wide to read
upright (``board_pages``). Parts still empty say what is missing.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.export.dossier_data import TeamDossier
from app.pdf import fonts, sections, sections_pitch
from app.pdf import style
from app.pdf.style import Furniture, numbered_canvas
from app.pdf.words import word


def story(d: TeamDossier) -> list[Flowable]:
    """Every part in the order of the day."""
    parts = sections.cover(d) + sections.still_missing(d)
    for make in (sections.problem, sections.board, sections.knelpunten, sections.vehicle, sections.theme,
                 sections_pitch.race, sections_pitch.ideas, sections_pitch.crystal_balls, sections_pitch.storyboard,
                 sections_pitch.answers, sections_pitch.tasks, sections.appendix):
        parts += make(d)
    return parts


def render_dossier(dossier: TeamDossier, out: BinaryIO) -> int:
    """Write the dossier as a PDF to ``out``; return its number of pages."""
    fonts.register()
    title = f"{word('dossier', dossier.lang)} {dossier.shown_name}"
    doc = BaseDocTemplate(
        out, pagesize=style.PAGE, leftMargin=style.MARGIN_X, rightMargin=style.MARGIN_X, topMargin=style.MARGIN_TOP,
        bottomMargin=style.MARGIN_BOTTOM, title=title, author=dossier.event_name, subject=dossier.challenge, lang=dossier.lang,
        pageTemplates=_page_templates(),
    )
    furniture = Furniture(f"{dossier.event_name}  ·  {dossier.shown_name}", dossier.made_at.date(), dossier.lang)
    doc.build(story(dossier), canvasmaker=numbered_canvas(furniture))
    return doc.page


def _page_templates() -> list[PageTemplate]:
    """Portrait A4 ("body", the first) and landscape A4 ("wide") for a board too wide to read upright."""
    def frame(width: float, height: float, name: str) -> Frame:
        return Frame(style.MARGIN_X, style.MARGIN_BOTTOM, width, height, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("body", [frame(style.FRAME_WIDTH, style.FRAME_HEIGHT, "body")], pagesize=style.PAGE),
            PageTemplate("wide", [frame(style.WIDE_FRAME_WIDTH, style.WIDE_FRAME_HEIGHT, "wide")], pagesize=style.WIDE_PAGE)]
