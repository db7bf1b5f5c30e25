"""The organiser's report of the day (A4): a cover, the contents with page numbers, every challenge with
its teams (``report_team``), the jury's results and feedback once the winners are confirmed
(``report_jury``; before that a line says they follow after the juryberaad), and the day in numbers to
close. Each challenge starts a page with its heading above its first team; a team is kept on whole pages (``report_pages``: it moves to the next page
when it does not fit, and one longer than a page flows on under a "(vervolg)" heading, never shrunk),
so a team with little filled in shares the page with the one before.

``summary.with_names`` False leaves every participant's name and organisation out (members, presenter,
authors, who broke a tie, who does which task), for sharing outside the event; the report never prints
a tie-break's decider or a task's members in either case.

Progress: the contents need their page numbers, so reportlab lays the document out twice (``multiBuild``);
``progress(done, total)`` counts the teams across both passes, halved, so it rises steadily to
``total - 1`` while the pages are made and reaches ``total`` when the file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.export.dossier_data import EventSummary, TeamDossier
from app.pdf import fonts, style
from app.pdf.report_cover import draw_cover
from app.pdf.report_jury import jury_pages, pending
from app.pdf.report_numbers import numbers_page
from app.pdf.report_pages import ContinuedTeams, whole_pages
from app.pdf.report_team import TABLE_FONT, Heading, team_section, team_title
from app.pdf.words import word

Progress = Callable[[int, int], None]
PASSES = 2  # multiBuild's usual passes: one to learn the pages, one to print them in the contents


class _Report(ContinuedTeams, BaseDocTemplate):
    """A4 with a cover page and body pages; headings go into the contents and the PDF's outline."""

    def __init__(self, out: BinaryIO, summary: EventSummary) -> None:
        self.report_lang = summary.lang
        super().__init__(out, pagesize=style.PAGE, leftMargin=style.MARGIN_X, rightMargin=style.MARGIN_X,
                         topMargin=style.MARGIN_TOP, bottomMargin=style.MARGIN_BOTTOM,
                         title=f"{summary.event_name} — {word('report_title', summary.lang)}", author=style.AUTHOR,
                         creator=style.AUTHOR, subject=word("report_subject", summary.lang), lang=summary.lang)
        frame = Frame(style.MARGIN_X, style.MARGIN_BOTTOM, style.FRAME_WIDTH, style.FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=lambda canvas, doc: draw_cover(canvas, summary)),
            PageTemplate("body", [frame]),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        entry = getattr(flowable, "toc", None)
        if entry is not None:
            level, text, key = entry
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level)
            self.notify("TOCEntry", (level, text, self.page, key))


class _Tick(Flowable):
    """An invisible mark after a team's section: drawing it counts the team for the progress."""

    def __init__(self, counter: _Counter) -> None:
        super().__init__()
        self.counter = counter

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        self.counter.tick()


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress, self.ticks, self.shown = total, progress, 0, -1

    def tick(self) -> None:
        self.ticks += 1
        self.show(min(self.total - 1, self.ticks // PASSES))

    def show(self, done: int) -> None:
        if self.progress is not None and done != self.shown:
            self.shown = done
            self.progress(done, self.total)


def render_report(summary: EventSummary, out: BinaryIO, progress: Progress | None = None) -> int:
    """Write the report to ``out``; returns its number of pages."""
    fonts.register()
    counter = _Counter(len(summary.teams), progress)
    counter.show(0)
    story: list[Flowable] = [NextPageTemplate("body"), PageBreak(), *_contents(summary.lang)]
    for number, (title, teams) in enumerate(_by_challenge(summary), start=1):
        opening = _challenge(number, title, teams, summary.lang)
        story.append(PageBreak())
        for index, team in enumerate(teams):
            section = partial(team_section, team, summary.with_names)
            story += [*whole_pages(opening if index == 0 else [], team_title(team), section), _Tick(counter)]
    story += jury_pages(summary) + numbers_page(summary) + pending(summary)
    doc = _Report(out, summary)
    furniture = style.Furniture(f"{summary.event_name} · {word('report_title', summary.lang)}",
                                summary.event_day, summary.lang)
    doc.multiBuild(story, canvasmaker=style.numbered_canvas(furniture))
    counter.show(len(summary.teams))
    return doc.page


def _contents(lang: str) -> list[Flowable]:
    toc = TableOfContents(dotsMinLevel=0)
    toc.tableStyle = TableStyle([*toc.tableStyle.getCommands(), TABLE_FONT])
    base = style.styles()["body"]
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=16, spaceBefore=7,
                             textColor=style.PRIMARY_DARK),
        ParagraphStyle("toc1", parent=base, fontSize=10.5, leading=14, leftIndent=6 * mm, spaceAfter=0),
    ]
    return [Paragraph(escape(word("report_contents", lang)), style.styles()["title"]), Spacer(1, 4 * mm), toc]


def _by_challenge(summary: EventSummary) -> list[tuple[str, list[TeamDossier]]]:
    """The challenges in the template's order with their teams by number; teams without one last."""
    teams = sorted(summary.teams, key=lambda team: team.team_number)
    groups = [(title, [team for team in teams if team.challenge == title]) for title in summary.challenges]
    rest = [team for team in teams if team.challenge not in summary.challenges]
    if rest:
        groups.append((word("report_no_challenge", summary.lang), rest))
    return [(title, members) for title, members in groups if members]


def _challenge(number: int, title: str, teams: list[TeamDossier], lang: str) -> list[Flowable]:
    s = style.styles()
    count = word("report_team_count", lang) if len(teams) == 1 else word("report_teams_count", lang, count=len(teams))
    return [
        Paragraph(escape(word("challenge", lang).upper()), s["label"]),
        Spacer(1, 1 * mm),
        Heading(title, "title", 0, f"challenge-{number}"),
        Paragraph(escape(count), s["muted"]),
    ]
