"""The dossier's building blocks: headings that stay with what follows, "not filled in" lines, tables
in the house style, and an answer block that stays whole on its page unless it is long, in which case
it flows on with its question repeated "(vervolg)".
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.export.dossier_data import Answer
from app.pdf import fonts, style
from app.pdf.words import word

LONG_BLOCK = 0.45  # an answer block higher than this share of the page may break (else it moves on whole)
START_ROOM = 0.2  # what a part longer than a page needs left on this page to start on it
MIN_LINES = 4  # a broken answer keeps at least this many lines on each side of the break


def text(value: str) -> str:
    """Plain text made safe for a Paragraph, its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, kind: str = "body") -> Paragraph:
    return Paragraph(text(value), style.styles()[kind])


def heading(value: str, kind: str = "h1") -> Paragraph:
    return Paragraph(text(value), style.styles()[kind])


def missing(what: str, lang: str) -> Paragraph:
    """'Nog niet ingevuld: …' in the muted italic of what is missing; just 'Nog niet ingevuld' without
    ``what`` (under a heading or question that already says what)."""
    return para(f"{word('not_filled_in', lang)}: {what}" if what else word("not_filled_in", lang), "missing")


def in_full(texts: list[str], lang: str) -> list[Flowable | list[Flowable]]:
    """The texts a picture had to cut, numbered as in the picture; the label stays with the first."""
    if not texts:
        return []
    rows = [para(f"({number}) {value}", "small") for number, value in enumerate(texts, start=1)]
    return [[Spacer(1, 4), para(word("in_full", lang), "label"), rows[0]], *[[row] for row in rows[1:]]]


def section(title: str, body: list[Flowable | list[Flowable]], empty: str, lang: str) -> list[Flowable]:
    """A titled part of the dossier. A list in ``body`` is a group kept on one page; the heading stays
    with the first group or flowable, so it never ends a page alone. An empty part says what is missing."""
    content = body or [missing("" if empty.lower() == title.lower() else empty, lang)]
    first = content[0] if isinstance(content[0], list) else [content[0]]
    rest = [KeepTogether(part) if isinstance(part, list) else part for part in content[1:]]
    return [KeepStart([heading(title), *first]), *rest, Spacer(1, 10)]


class KeepStart(KeepTogether):
    """Kept on one page when it fits on one. What is longer than a page (a long table, a long answer)
    starts where it is if at least ``START_ROOM`` of the page is left, instead of leaving a hole."""

    def split(self, aW, aH):  # noqa: N803 (reportlab's names)
        self.wrap(aW, aH)
        if self._H > style.FRAME_HEIGHT and aH >= START_ROOM * style.FRAME_HEIGHT:
            return self._content[:]
        return super().split(aW, aH)


def table(rows: list[list], widths: list[float], header: bool = True, align_right: tuple[int, ...] = ()) -> Table:
    """A quiet table: a header row in primary dark, hairlines between rows, numbers right-aligned."""
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5, 12.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), style.TEXT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, style.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),  # the first column's text lines up with the headings
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in align_right]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8.5, 11),
            ("TEXTCOLOR", (0, 0), (-1, 0), style.PRIMARY_DARK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, style.PRIMARY_DARK),
        ]
    return Table(rows, colWidths=widths, repeatRows=1 if header else 0, style=TableStyle(commands), hAlign="LEFT")


def box(inside: list[Flowable], accent) -> Table:
    """Flowables in a tinted box with a coloured bar on its left (the challenge, what is missing)."""
    framed = Table([[inside]], colWidths=[style.FRAME_WIDTH])
    framed.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10),
        ("BACKGROUND", (0, 0), (-1, -1), style.PAGE_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, accent),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return framed


def cell(value: str, kind: str = "body_cell") -> Paragraph:
    """A table cell's text that wraps."""
    return Paragraph(text(value), cell_styles()[kind])


def cell_styles() -> dict:
    base = style.styles()
    body = base["body"].clone("body_cell", fontSize=9.5, leading=12.5, spaceAfter=0)
    return {
        "body_cell": body,
        "bold_cell": body.clone("bold_cell", fontName=fonts.BOLD),
        "muted_cell": body.clone("muted_cell", textColor=style.SECONDARY, fontSize=8.5, leading=11),
    }


def answer_head(answer: Answer, lang: str, continued: bool = False) -> list[Flowable]:
    """The question (with "(vervolg)" on a later page), its hint, and where a taken-over answer came from."""
    question = answer.question + (f" {word('continued', lang)}" if continued else "")
    head: list[Flowable] = [heading(question, "h2")]
    if answer.hint and not continued:
        head.append(para(answer.hint, "muted"))
    if answer.source in ("taken_over", "linked") and answer.text and not continued:
        head.append(para(_capitalised(answer.source_label) or word(answer.source, lang), "label"))
    return head


def _capitalised(text: str) -> str:
    """'overgenomen uit de probleemstelling' as a label: 'Overgenomen uit de probleemstelling'."""
    return text[:1].upper() + text[1:]


def answer_block(answer: Answer, lang: str) -> Flowable:
    """A question with its answer (or "Nog niet ingevuld")."""
    body = para(answer.text) if answer.text.strip() else missing("", lang)
    return AnswerBlock(answer, lang, answer_head(answer, lang), body)


class AnswerBlock(Flowable):
    """A question and its answer drawn as one block. It moves to the next page whole, unless it is long
    (over ``LONG_BLOCK`` of a page): then the answer breaks at the page's end and goes on under its
    question marked "(vervolg)"."""

    def __init__(self, answer: Answer, lang: str, head: list[Flowable], body: Paragraph) -> None:
        super().__init__()
        self.answer, self.lang, self.head, self.body = answer, lang, head, body
        self._heights: list[float] = []

    def _parts(self) -> list[Flowable]:
        return [*self.head, self.body]

    def wrap(self, avail_width, avail_height):
        self._heights = [part.wrap(avail_width, avail_height)[1] + _space_after(part) for part in self._parts()]
        self.width, self.height = avail_width, sum(self._heights) + 8
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        if self.height <= LONG_BLOCK * style.FRAME_HEIGHT:
            return []  # short: goes to the next page whole
        head_height = sum(self._heights[:-1])
        leading = self.body.style.leading
        if avail_height - head_height < MIN_LINES * leading:
            return []
        room = avail_height - head_height - 8 - _space_after(self.body) - 1
        pieces = self.body.split(avail_width, room)
        if len(pieces) == 2 and pieces[1].wrap(avail_width, style.FRAME_HEIGHT)[1] < MIN_LINES * leading:
            pieces = self.body.split(avail_width, room - MIN_LINES * leading)  # no widow lines on the next page
        if len(pieces) != 2 or pieces[0].wrap(avail_width, room)[1] < MIN_LINES * leading:
            return []
        first = AnswerBlock(self.answer, self.lang, self.head, pieces[0])
        rest = AnswerBlock(self.answer, self.lang, answer_head(self.answer, self.lang, continued=True), pieces[1])
        return [first, rest]

    def draw(self) -> None:
        y = self.height - 4
        for part, height in zip(self._parts(), self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y + _space_after(part))


def _space_after(part: Flowable) -> float:
    return getattr(getattr(part, "style", None), "spaceAfter", 0)
