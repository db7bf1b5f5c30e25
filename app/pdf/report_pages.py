"""A team of the event report on whole pages, never shrunk: its type stays at the report's sizes.

A team that fits a page is kept on one (moving to the next page when it does not fit where it is); a
team longer than a page is drawn compact (its car without the zones' notes beside it) when that fits
one page. A longer team flows on, in full: ``ContinuedTeams`` starts each page it flows onto with the team's
name and "(vervolg)", so a reader never meets the tail of a team without knowing whose it is. The
headings (the challenge's above its first team, the team's) stay with the team's first lines, so the
contents and the PDF's outline still find them.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.pdf import style
from app.pdf.style import FRAME_HEIGHT, FRAME_WIDTH
from app.pdf.words import word


class TeamMark(Flowable):
    """An invisible mark: from here on the pages belong to team ``title`` (None: to no team)."""

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.title = title

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        self.canv._doctemplate.flowing_team = self.title  # noqa: SLF001 (reportlab's link to its document)


class ContinuedTeams:
    """A document mixin: a page that starts inside a team begins with "<team> (vervolg)"."""

    report_lang = "nl"
    flowing_team: str | None = None
    _fresh_page = False

    def handle_documentBegin(self) -> None:  # noqa: N802 (reportlab's name)
        self.flowing_team, self._fresh_page = None, False
        super().handle_documentBegin()

    def handle_pageBegin(self) -> None:  # noqa: N802
        super().handle_pageBegin()
        self._fresh_page = True

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        if self._fresh_page and flowables and self.flowing_team and not isinstance(flowables[0], TeamMark):
            flowables.insert(0, continued_heading(self.flowing_team, self.report_lang))
        self._fresh_page = False
        super().handle_flowable(flowables)


def continued_heading(title: str, lang: str) -> Paragraph:
    heading = Paragraph(f"{escape(title)} {escape(word('continued', lang))}", style.styles()["h1"])
    heading.keepWithNext = 1
    return heading


def whole_pages(opening: list[Flowable], title: str, section: Callable[[bool], list[Flowable]]) -> list[Flowable]:
    """``opening`` (a challenge's heading, or nothing) and the section of team ``title`` on whole pages, or
    flowing on with a continuation heading; ``section(compact)`` makes the team's flowables, its heading first."""
    team = section(False)
    if fits_a_page([*opening, *team]):
        return [KeepTogether([*opening, *team])]
    team = section(True)
    if fits_a_page([*opening, *team]):
        return [KeepTogether([*opening, *team])]
    team = section(False)  # flowing on anyway: the car keeps its notes beside it
    heads, rest = [*opening, team[0]], team[1:]
    return [KeepTogether([*heads, *rest[:2]]), TeamMark(title), *rest[2:], TeamMark(None)]


def fits_a_page(flowables: list[Flowable]) -> bool:
    """Whether ``flowables`` fit one page from its top (where the first one's space above is dropped)."""
    return height(flowables) - flowables[0].getSpaceBefore() <= FRAME_HEIGHT


def height(flowables: list[Flowable]) -> float:
    """The height ``flowables`` take one under the other at the frame's width, with their spaces."""
    total = 0.0
    for flowable in flowables:
        _, high = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT * 10)
        total += high + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
