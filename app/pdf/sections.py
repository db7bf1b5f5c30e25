"""The first half of the team dossier, part by part: the cover, what is missing, the problem statement,
the board, the knelpunten, the vehicle and the theme. Each part returns its flowables and says
what is missing where nothing was filled in.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from app.export.dossier_data import TeamDossier
from app.pdf import style
from app.pdf.blocks import box, cell, heading, in_full, missing, para, section, table
from app.pdf.board_pages import board_appendix, board_part
from app.pdf.drawings import VehiclePicture
from app.pdf.style import FRAME_HEIGHT, FRAME_WIDTH, long_date
from app.pdf.words import word


def cover(d: TeamDossier) -> list[Flowable]:
    """The cover, always on one page: with many members or long organisations it is shrunk to fit."""
    lang = d.lang
    parts: list[Flowable] = [Spacer(1, 24 * mm), para(word("dossier", lang), "subtitle"), heading(d.shown_name, "title")]
    if d.team_name:
        parts.append(para(f"Team {d.team_number}", "muted"))
    parts += [Spacer(1, 6 * mm), _challenge_box(d), Spacer(1, 8 * mm), heading(word("members", lang), "h2")]
    parts.append(_members(d) if d.members else missing("", lang))
    parts.append(Spacer(1, 5 * mm))
    facts = [(word("presenter", lang), d.presenter), (word("yell", lang), d.yell)]
    for label, value in facts:
        parts += [para(label, "label"), para(value) if value else missing("", lang)]
    made = word("made_at", lang, date=long_date(d.made_at.date(), lang), time=d.made_at.strftime("%H:%M"))
    parts += [Spacer(1, 8 * mm), para(d.event_name, "h2"), para(long_date(d.event_day, lang), "muted"), para(made, "muted")]
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, parts, mode="shrink"), PageBreak()]


def _challenge_box(d: TeamDossier) -> Table:
    lang = d.lang
    inside: list[Flowable] = [para(word("challenge", lang), "label")]
    if d.challenge:
        inside.append(para(d.challenge, "h1"))
        if d.challenge_question:
            inside.append(para(d.challenge_question))
    else:
        inside.append(missing(word("no_challenge", lang), lang))
    return box(inside, style.PRIMARY)


def _members(d: TeamDossier) -> Table:
    rows = [[cell(p.name, "bold_cell"), cell(p.organisation), cell(", ".join(p.roles), "muted_cell")] for p in d.members]
    return table(rows, [FRAME_WIDTH * 0.36, FRAME_WIDTH * 0.40, FRAME_WIDTH * 0.24], header=False)


def still_missing(d: TeamDossier) -> list[Flowable]:
    """The short "Wat nog ontbreekt" block: the team's missing list, early in the dossier."""
    if not d.missing:
        return []
    items = [para(f"• {item}", "body") for item in d.missing]
    framed = box([heading(word("still_missing", d.lang), "h2"), *items], style.WARNING)
    return [framed, Spacer(1, 8 * mm)]


def problem(d: TeamDossier) -> list[Flowable]:
    lang, statement = d.lang, d.problem
    body: list[Flowable | list[Flowable]] = []
    if statement and statement.sentence:
        body.append(para(statement.sentence, "subtitle"))
    for question, answer in statement.answers if statement else ():
        body.append([para(question, "label"), para(answer) if answer else missing("", lang)])
    return section(word("problem", lang), body, word("problem", lang).lower(), lang)


def board(d: TeamDossier) -> list[Flowable]:
    lang, data = d.lang, d.board
    if data is None or not (data.notes or data.clusters):
        return section(word("board", lang), [], word("board", lang).lower(), lang)
    return board_part(data, lang)


def appendix(d: TeamDossier) -> list[Flowable]:
    """What goes after the day's parts: the board when it is too large for the flow."""
    data = d.board
    return board_appendix(data, d.lang) if data is not None and (data.notes or data.clusters) else []


def knelpunten(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    if not d.knelpunten:
        return section(word("knelpunten", lang), [], word("knelpunten", lang).lower(), lang)
    most = max(k.dots for k in d.knelpunten) or 1
    clustered = any(k.cluster for k in d.knelpunten)  # the Cluster column only when it says something
    rows = [[word("knelpunt", lang), *([word("cluster", lang)] if clustered else []), word("dots", lang), ""]]
    for k in d.knelpunten:
        title = cell(k.title + (f"  · {word('kept', lang)}" if k.kept else ""), "bold_cell" if k.kept else "body_cell")
        rows.append([title, *([cell(k.cluster, "muted_cell")] if clustered else []), DotBar(k.dots, most, k.kept), str(k.dots)])
    shares = (0.50, 0.22, 0.20, 0.08) if clustered else (0.62, 0.30, 0.08)
    widths = [FRAME_WIDTH * share for share in shares]
    return section(word("knelpunten", lang), [table(rows, widths, align_right=(len(shares) - 1,))], "", lang)


class DotBar(Flowable):
    """A knelpunt's dots as a bar against the most dots any got; kept ones in primary blue."""

    def __init__(self, dots: int, most: int, kept: bool) -> None:
        super().__init__()
        self.dots, self.most, self.kept = dots, most, kept

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, 10
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(style.PAGE_TINT)
        self.canv.roundRect(0, 1, self.width, 8, 2, stroke=0, fill=1)
        if self.dots:
            self.canv.setFillColor(style.PRIMARY if self.kept else style.SECONDARY)
            self.canv.roundRect(0, 1, max(4, self.width * self.dots / self.most), 8, 2, stroke=0, fill=1)


def vehicle(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    if not any(zone.notes for zone in d.vehicle):
        return section(word("vehicle", lang), [], word("vehicle", lang), lang)
    picture = VehiclePicture(d.vehicle, FRAME_HEIGHT * 0.6)
    return section(word("vehicle", lang), [picture, *in_full(picture.continued, lang)], "", lang)


def theme(d: TeamDossier) -> list[Flowable]:
    lang = d.lang
    body: list[Flowable] = []
    if d.winning_theme:
        body += [para(word("winning_theme", lang), "label"), para(d.winning_theme, "subtitle")]
    if d.winning_hkw:
        body += [para(word("winning_hkw", lang), "label"), para(d.winning_hkw, "subtitle")]
    if d.tie_break:
        body += [para(word("tie_break", lang), "label"), para(d.tie_break, "muted")]
    if d.themes:
        rows = [[word("themes", lang), word("dots", lang)]]
        rows += [[cell(t.name + (f"  · {word('kept', lang)}" if t.kept else ""), "bold_cell" if t.kept else "body_cell"), str(t.dots)] for t in d.themes]
        body += [Spacer(1, 6), table(rows, [FRAME_WIDTH * 0.85, FRAME_WIDTH * 0.15], align_right=(1,))]
    return section(word("theme", lang), body, word("winning_theme", lang).lower(), lang)

