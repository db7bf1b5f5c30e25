"""The second half of the team dossier: the Idea Race, the kept ideas, the Crystal Balls, the storyboard,
the pitch, the action plan, the challenge's questions and the task split.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from app.export.dossier_data import Panel, TeamDossier
from app.pdf import fonts
from app.pdf.blocks import answer_block, cell, heading, para, section, table
from app.pdf.sections import in_full
from app.pdf.style import FRAME_HEIGHT, FRAME_WIDTH
from app.pdf.timeline import TimelinePicture
from app.pdf.words import word

PANEL_GAP = 6 * mm
PICTURE_HEIGHT = 62 * mm  # a storyboard picture's most height


def race(d: TeamDossier) -> list[Flowable]:
    lang, data = d.lang, d.race
    if data is None or data.rank is None:
        said = "no_race" if data is not None and data.final else "race_not_started"  # absent only once it is over
        return section(word("race", lang), [para(word(said, lang), "missing")], "", lang)
    rows = [[word("round", lang), word("ideas_count", lang)]]
    rows += [[cell(r.title), str(r.count)] for r in data.rounds]
    rows.append([cell(word("total", lang), "bold_cell"), str(data.total)])
    body: list[Flowable] = [table(rows, [FRAME_WIDTH * 0.85, FRAME_WIDTH * 0.15], align_right=(1,)), Spacer(1, 4)]
    body.append(para(word("rank_in_race", lang, rank=data.rank, teams=data.teams), "body"))
    if data.provisional:
        body.append(para(word("race_provisional", lang), "missing"))
    elif data.winner:
        body.append(para(word("race_winner", lang), "label"))
    return section(word("race", lang), body, "", lang)


def chosen_mark(d: TeamDossier) -> str:
    """How a chosen idea is marked: "gekozen voor de pitch", or, when the team combined several,
    that it was chosen together with the others under the combination's name."""
    if sum(1 for idea in d.ideas if idea.chosen) > 1 and d.chosen_idea:
        return word("chosen_together", d.lang, name=d.chosen_idea)
    return word("chosen", d.lang)


def ideas(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    kept = [i for i in d.ideas if i.kept] or list(d.ideas)
    if not kept:
        return section(word("ideas", lang), [], word("ideas", lang).lower(), lang)
    rows = [[word("idea", lang), word("votes", lang)]]
    for idea in kept:
        label = idea.text + (f"  · {chosen_mark(d)}" if idea.chosen else "")
        author = f"\n{idea.author}" if idea.author else ""
        rows.append([cell(label + author, "bold_cell" if idea.chosen else "body_cell"), str(idea.votes)])
    body: list[Flowable] = [table(rows, [FRAME_WIDTH * 0.85, FRAME_WIDTH * 0.15], align_right=(1,))]
    return section(word("ideas", lang), body, "", lang)


def crystal_balls(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    if not d.crystal_balls:
        return section(word("crystal_ball", lang), [], word("crystal_ball", lang), lang)
    body: list[Flowable | list[Flowable]] = []
    for ball in d.crystal_balls:
        picture = TimelinePicture(ball, lang, FRAME_HEIGHT * 0.8)
        title = ball.idea + (f"  · {chosen_mark(d)}" if ball.chosen else "")
        body.append([heading(title, "h2"), picture])
        body += [*in_full(picture.continued, lang), Spacer(1, 8)]
    return section(word("crystal_ball", lang), body, "", lang)


def storyboard(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    if not d.storyboard:
        return section(word("storyboard", lang), [], word("storyboard", lang), lang)
    column = (FRAME_WIDTH - PANEL_GAP) / 2
    rows = []
    for first in range(0, len(d.storyboard), 2):
        pair = d.storyboard[first:first + 2]
        slot = max(_picture_height(panel, column) for panel in pair)  # captions in a row line up
        cells = [_panel(panel, first + index + 1, column, slot, lang) for index, panel in enumerate(pair)]
        rows.append(cells + [""] * (2 - len(cells)))
    grid = Table(rows, colWidths=[column + PANEL_GAP / 2] * 2, hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), PANEL_GAP / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PANEL_GAP),
    ]))
    return section(word("storyboard", lang), [Continued(grid, word("storyboard_continued", lang))], "", lang)


class Continued(Flowable):
    """A table that, broken over pages, goes on under a heading such as "Storyboard (vervolg)"."""

    def __init__(self, grid: Table, title: str) -> None:
        super().__init__()
        self.grid, self.title = grid, title

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self.grid.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        pieces = self.grid.split(avail_width, avail_height)
        if len(pieces) != 2:
            return pieces
        return [pieces[0], KeepTogether([heading(self.title), Continued(pieces[1], self.title)])]

    def draw(self) -> None:
        self.grid.drawOn(self.canv, 0, 0)


def _picture_height(panel: Panel, width: float) -> float:
    """How high a panel's picture is drawn in a column of ``width`` (0 without a picture)."""
    if not (panel.image and panel.image_width and panel.image_height):
        return 0.0
    return panel.image_height * min(width / panel.image_width, PICTURE_HEIGHT / panel.image_height)


def _panel(panel: Panel, number: int, width: float, slot: float, lang: str) -> list[Flowable]:
    """One panel: its picture (scaled into the column, in a ``slot`` as high as its row's highest),
    its number and caption, its text."""
    parts: list[Flowable] = []
    height = _picture_height(panel, width)
    if height:
        picture = Image(io.BytesIO(panel.image), panel.image_width * height / panel.image_height, height, hAlign="LEFT")
        parts.append(picture)
    if slot:
        parts.append(Spacer(1, 4 + slot - height))
    title = word("panel", lang, number=number) + (f": {panel.caption}" if panel.caption else "")
    parts.append(para(title, "h2"))
    if panel.text:
        parts.append(para(panel.text))
    return parts


def answers(d: TeamDossier) -> list[Flowable]:
    """The pitch, the action plan, the finish and the challenge's questions, each answer as a block."""
    lang = d.lang
    if not d.sections:
        return section(word("pitch", lang), [], word("pitch", lang).lower(), lang)
    parts: list[Flowable] = []
    for part in d.sections:
        blocks = [answer_block(answer, lang) for answer in part.answers]
        parts += section(part.title, blocks, part.title.lower(), lang)
    return parts


def tasks(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    if not d.tasks:
        return []
    rows = [[word("tasks", lang), word("members", lang)]]
    rows += [[cell(t.title, "bold_cell"), cell(", ".join(t.members)) if t.members else para(word("nobody", lang), "missing")] for t in d.tasks]
    return section(word("tasks", lang), [table(rows, [FRAME_WIDTH * 0.35, FRAME_WIDTH * 0.65])], "", lang)

