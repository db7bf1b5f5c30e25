"""The jury's feedback for the teams: one PDF with a page per team, the jurors' words without their
names and without scores, so the facilitator can print it or send each team its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from app.errors import DomainError
from app.export.files import write_atomically
from app.jury.beraad_data import TeamFeedback, team_feedback
from app.pdf import fonts, style
from app.pdf.words import word
from app.storage.store import Store


def render_feedback(items: list[TeamFeedback], event_name: str, day: date, lang: str, out: BinaryIO) -> int:
    """Write the feedback PDF to ``out``; returns its number of pages (one per team at least)."""
    fonts.register()
    sheet = style.styles()
    story = []
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        story += [Paragraph(escape(word("feedback_title", lang)), sheet["label"]), Paragraph(escape(item.team), sheet["h1"]),
                  Paragraph(escape(word("feedback_intro", lang)), sheet["muted"]), Spacer(0, 6)]
        if not item.texts:
            story.append(Paragraph(escape(word("feedback_none", lang)), sheet["missing"]))
        for text in item.texts:
            lines = "<br/>".join(escape(line) for line in text.splitlines())
            story.append(KeepTogether([Paragraph("“" + lines + "”", sheet["body"]), Spacer(0, 8)]))
    doc = SimpleDocTemplate(out, pagesize=style.PAGE, leftMargin=style.MARGIN_X, rightMargin=style.MARGIN_X,
                            topMargin=style.MARGIN_TOP, bottomMargin=style.MARGIN_BOTTOM,
                            title=f"{event_name} — {word('feedback_title', lang)}", author=style.AUTHOR,
                            creator=style.AUTHOR, subject=word("feedback_subject", lang), lang=lang)
    furniture = style.Furniture(f"{event_name} · {word('feedback_title', lang)}", day, lang, on_first_page=True)
    doc.build(story, canvasmaker=style.numbered_canvas(furniture))
    return doc.page


def write_feedback(store: Store, event_id: int, path: Path | str, event_name: str, day: date, lang: str) -> int:
    """The feedback PDF written whole at ``path`` (or not at all); returns its number of pages."""
    items = team_feedback(store, event_id)
    if not items:
        raise DomainError("feedback_no_teams", "this event has no teams yet: there is no feedback to export")
    return write_atomically(path, lambda out: render_feedback(items, event_name, day, lang, out))
