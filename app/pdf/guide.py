"""The guide as a printable A4 PDF, from the same source as the window: a contents page with page numbers,
each ## part on a new page, the screenshots at the text's width, links between parts that jump, and the
parts as the PDF's bookmarks. ``staatsprint guide pdf`` and Help → Guide as PDF… write it."""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from html import escape
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.export.files import write_atomically
from app.guide.parser import Block, Guide, Span
from app.guide.source import load_guide, shot_path
from app.pdf import fonts
from app.pdf.style import (
    AUTHOR,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE,
    PRIMARY,
    PRIMARY_DARK,
    Furniture,
    numbered_canvas,
    styles,
)
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle

NOTE_TINT = HexColor("#E8F1F8")
CODE_TINT = "#EEF2F6"
PICTURE_WIDTH = FRAME_WIDTH
SHOT_SIZE = (1366, 768)  # the screenshots' pixels: the picture keeps their proportion
SYMBOLS = "GuideSymbols"
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)  # a table's own text: never Helvetica
WORDS = {"contents": ("Inhoud", "Contents"), "subtitle": ("Staatsprint — handleiding", "Staatsprint — guide")}


def word(key: str, lang: str) -> str:
    return WORDS[key][0 if lang == "nl" else 1]


@cache
def _glyphs() -> tuple[frozenset[int], frozenset[int]]:
    """The characters Noto Sans draws, and those the symbols font (arrows, stars, ⚠) adds, registered."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts.register()
    symbols = TTFont(SYMBOLS, str(fonts.fonts_dir() / "DejaVuSans-Symbols.ttf"))
    pdfmetrics.registerFont(symbols)
    return frozenset(pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph), frozenset(symbols.face.charToGlyph)


# Characters neither font draws, and what stands in for them (else they vanish: "−1 min" read "1 min").
STAND_INS = {"\u2212": "\u2013", "\u2630": "\u039e"}  # the minus sign: an en dash; the ☰ button: Ξ


def _text(text: str) -> str:
    """``text`` escaped for a paragraph, a character Noto Sans lacks (→, ★, ⚠) set in the symbols font."""
    noto, symbols = _glyphs()
    text = "".join(STAND_INS.get(char, char) for char in text)
    return "".join(f'<font name="{SYMBOLS}">{char}</font>' if ord(char) not in noto and ord(char) in symbols
                   else escape(char, quote=False) for char in text)


def spans_markup(spans: tuple[Span, ...]) -> str:
    """reportlab's paragraph markup of the spans: links jump to the part's destination in the PDF."""
    out = []
    for span in spans:
        text = _text(span.text)
        if span.kind == "bold":
            out.append(f"<b>{text}</b>")
        elif span.kind == "italic":
            out.append(f"<i>{text}</i>")
        elif span.kind == "code":
            out.append(f'<font backColor="{CODE_TINT}">&nbsp;{text}&nbsp;</font>')
        elif span.kind == "link":
            out.append(f'<a href="#{span.target}" color="#01689B"><u>{text}</u></a>')
        else:
            out.append(text)
    return "".join(out)


class _Heading(Paragraph):
    """A ## or ### heading: a destination for links, a bookmark, an entry of the contents."""

    def __init__(self, block: Block, style: ParagraphStyle) -> None:
        name = f'<a name="{block.anchor}"/>' if block.anchor else ""
        super().__init__(name + spans_markup(block.spans), style)
        self.block = block


class _GuideDocument(BaseDocTemplate):
    def __init__(self, out: BinaryIO, guide: Guide, lang: str) -> None:
        super().__init__(out, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=0, bottomMargin=0,
                         title=guide.title, author=AUTHOR, creator=AUTHOR, lang=lang)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body", leftPadding=0, rightPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, _Heading):
            block = flowable.block
            key = block.anchor or f"line-{block.line}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(block.text, key, level=block.level - 2, closed=block.level > 2)
            self.notify("TOCEntry", (block.level - 2, _text(block.text), self.page, key))


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    return {
        **base,
        "h2": ParagraphStyle("guide-h2", parent=base["h1"], fontSize=18, leading=23, spaceAfter=10),
        "h3": ParagraphStyle("guide-h3", parent=base["h2"], fontSize=12.5, leading=16, spaceBefore=10),
        "body": ParagraphStyle("guide-body", parent=base["body"], fontName=fonts.REGULAR),
        "caption": ParagraphStyle("guide-caption", parent=base["muted"], fontSize=8.5, leading=11, spaceBefore=2, spaceAfter=8),
        "toc0": ParagraphStyle("toc0", parent=base["body"], fontName=fonts.BOLD, leftIndent=0, spaceBefore=5),
        "toc1": ParagraphStyle("toc1", parent=base["body"], fontSize=9.5, leading=12.5, leftIndent=6 * mm, spaceAfter=1),
    }


def _flowables(block: Block, lang: str, style: dict, first_part: bool, draft: bool) -> list:
    if block.kind == "heading":
        heading = _Heading(block, style["h2" if block.level == 2 else "h3"])
        return [heading] if block.level == 3 or first_part else [PageBreak(), heading]
    if block.kind == "paragraph":
        return [Paragraph(spans_markup(block.spans), style["body"])]
    if block.kind in ("bullets", "numbered"):
        items = [ListItem(Paragraph(spans_markup(item), style["body"])) for item in block.items]
        if block.kind == "bullets":
            kind = {"bulletType": "bullet", "start": "\u2022", "bulletFontSize": 13, "bulletOffsetY": 1.5}
        else:
            kind = {"bulletType": "1", "bulletFormat": "%s.", "bulletFontSize": 10.5}
        return [ListFlowable(items, leftIndent=6 * mm, bulletFontName=fonts.REGULAR, bulletColor=PRIMARY_DARK, **kind)]
    if block.kind == "note":
        box = Table([[Paragraph(spans_markup(block.spans), style["body"])]], colWidths=[FRAME_WIDTH])
        box.setStyle(TableStyle([TABLE_FONT, ("BACKGROUND", (0, 0), (-1, -1), NOTE_TINT), ("LINEBEFORE", (0, 0), (0, -1), 3, PRIMARY),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm), ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))
        return [Spacer(1, 2 * mm), box, Spacer(1, 3 * mm)]
    return _picture(block, lang, style, draft)


def _picture(block: Block, lang: str, style: dict, draft: bool) -> list:
    path = shot_path(lang, block.shot)
    caption = Paragraph(_text(block.caption), style["caption"])
    if not path.is_file():
        return [caption]
    height = PICTURE_WIDTH * SHOT_SIZE[1] / SHOT_SIZE[0]
    # The passes that number the pages lay out a box of the picture's size: the same pages, without
    # compressing every picture again in each pass.
    picture = Spacer(PICTURE_WIDTH, height) if draft else Image(str(path), width=PICTURE_WIDTH, height=height)
    frame = Table([[picture]], colWidths=[PICTURE_WIDTH])
    frame.setStyle(TableStyle([TABLE_FONT, ("BOX", (0, 0), (-1, -1), 0.5, HexColor("#C9D1DB")), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 2 * mm), KeepTogether([frame, caption])]


def story(guide: Guide, lang: str, contents: TableOfContents, draft: bool) -> list:
    style = _styles()
    flow: list = [Paragraph(_text(guide.title), style["title"])]
    if "Staatsprint" not in guide.title:
        flow.append(Paragraph(word("subtitle", lang), style["subtitle"]))
    flow += [Spacer(1, 8 * mm), Paragraph(word("contents", lang), style["h2"]), contents, PageBreak()]
    first = True
    for block in guide.blocks:
        flow += _flowables(block, lang, style, first, draft)
        if block.kind == "heading" and block.level == 2:
            first = False
    return flow


def contents_table() -> TableOfContents:
    style = _styles()
    return TableOfContents(levelStyles=[style["toc0"], style["toc1"]], dotsMinLevel=0,
                           tableStyle=TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))


def render_guide(guide: Guide, lang: str, out: BinaryIO, day: date | None = None) -> int:
    """Write the guide's PDF to ``out``; the number of pages. The contents' page numbers come from draft
    passes (pictures as boxes of their size), then the PDF is made once with them."""
    contents = contents_table()
    canvas = numbered_canvas(Furniture(guide.title, day or date.today(), lang))
    _GuideDocument(io.BytesIO(), guide, lang).multiBuild(story(guide, lang, contents, draft=True), canvasmaker=canvas)
    document = _GuideDocument(out, guide, lang)
    document.build(story(guide, lang, contents, draft=False), canvasmaker=canvas)  # the contents keep the last pass's entries
    return document.page


def write_guide_pdf(lang: str, path: Path | str) -> int:
    """The guide in ``lang`` as a PDF at ``path`` (written whole or not at all); the number of pages."""
    guide = load_guide(lang)
    return write_atomically(path, lambda out: render_guide(guide, lang, out))
