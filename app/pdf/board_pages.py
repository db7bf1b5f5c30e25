"""The brain-dump board in the dossier, drawn so its notes can be read on paper.

A note's text must print at ``READABLE_PT`` or more. The board goes, in order of preference:
1. in the portrait flow, under its heading, when it is readable at the frame's width;
2. else in an appendix at the end of the dossier (so no portrait page is left half empty before a
   landscape page), its part in the flow saying so: on its own landscape page(s) (the dossier's "wide"
   page template) as a whole, when readable there;
3. else on landscape pages cluster by cluster, two side by side, each drawn no larger than its smallest
   text needs to print at ``CLUSTER_PT`` (so rows share a page), then the notes outside any cluster; a cluster too big to read
   even alone is drawn across the page as a map with all its notes listed in full under it.
Texts cut on their card are listed in full under the picture, numbered as on the cards.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Table, TableStyle

from app.board import note_text
from app.export.dossier_data import Board
from app.pdf.blocks import in_full, para, section
from app.pdf.drawings import BoardPicture, measure_regular
from app.pdf.style import FRAME_HEIGHT, FRAME_WIDTH, RULE, WIDE_FRAME_HEIGHT, WIDE_FRAME_WIDTH
from app.pdf.words import word

READABLE_PT = 6.0  # the smallest a note's text may print, where the board allows it
CLUSTER_SCALE = 0.6  # points per board unit at most for a cluster on its own: a 14-unit text prints at 8.4 pt
PORTRAIT_SHARE = 0.72  # of the portrait frame's height the board may take in the flow
WIDE_SHARE = 0.86  # of the landscape frame's height: room for the heading and the count line
MAP_SHARE = 0.45  # of the landscape frame's height for a cluster too big to read: a map, its notes listed under it
CLUSTER_PT = 7.0  # a cluster on its own is drawn no larger than needed to print its smallest text at this size
GUTTER = 12.0  # points between two clusters side by side
LISTING_COLUMNS = 3  # a huge cluster's notes, listed in full


def fits_inline(data: Board) -> bool:
    """Whether the board is readable in the portrait flow (else it goes to the appendix)."""
    return readable(BoardPicture(data, FRAME_HEIGHT * PORTRAIT_SHARE), data, FRAME_WIDTH, FRAME_HEIGHT)


def _count(data: Board, lang: str) -> Flowable:
    return para(word("board_notes", lang, notes=len(data.notes), clusters=len(data.clusters)), "muted")


def board_part(data: Board, lang: str) -> list[Flowable]:
    """The board's section in the flow: the board itself when readable there, else where to find it."""
    if not fits_inline(data):
        return section(word("board", lang), [[_count(data, lang), para(word("board_in_appendix", lang))]], "", lang)
    inline = BoardPicture(data, FRAME_HEIGHT * PORTRAIT_SHARE)
    return section(word("board", lang), [[_count(data, lang), inline], *in_full(inline.continued, lang)], "", lang)


def board_appendix(data: Board, lang: str) -> list[Flowable]:
    """The board on landscape pages at the end of the dossier, when it is not readable in the flow."""
    if fits_inline(data):
        return []
    whole = BoardPicture(data, WIDE_FRAME_HEIGHT * WIDE_SHARE)
    if readable(whole, data, WIDE_FRAME_WIDTH, WIDE_FRAME_HEIGHT):
        body = [[_count(data, lang), whole], *in_full(whole.continued, lang)]
    else:
        body = [_count(data, lang), *cluster_by_cluster(data, lang)]
    return [NextPageTemplate("wide"), PageBreak(), *section(word("board_appendix", lang), body, "", lang)]


def readable(picture: BoardPicture, data: Board, width: float, height: float) -> bool:
    """Whether ``picture`` of ``data`` drawn in ``width`` × ``height`` points prints every note at READABLE_PT."""
    return picture.scale_in(width, height) * smallest_text(data) >= READABLE_PT - 1e-9


def smallest_text(data: Board) -> float:
    """The smallest text size (board units) a note of ``data`` is fitted at; a board without notes: the base size."""
    sizes = [note_text.fit_note(note.text, measure_regular).size for note in data.notes]
    return min(sizes, default=note_text.BASE_SIZE)


def parts_of(data: Board) -> list[Board]:
    """Each cluster with its notes, then the notes outside any cluster, as boards of their own."""
    groups = [Board(data.title, tuple(n for n in data.notes if n.cluster_id == c.id), (c,)) for c in data.clusters]
    known = {c.id for c in data.clusters}
    loose = tuple(n for n in data.notes if n.cluster_id not in known)
    return groups + ([Board(data.title, loose)] if loose else [])


def cluster_by_cluster(data: Board, lang: str) -> list[Flowable | list[Flowable]]:
    """The readable clusters two by two in rows (a row stays on its page), then the unreadable ones across."""
    half = (WIDE_FRAME_WIDTH - GUTTER) / 2
    height = WIDE_FRAME_HEIGHT * WIDE_SHARE
    small, big = [], []
    for group in parts_of(data):
        picture = BoardPicture(group, height, min(CLUSTER_SCALE, CLUSTER_PT / smallest_text(group)))
        (small if readable(picture, group, half, height) else big).append((group, picture))
    rows: list[Flowable | list[Flowable]] = []
    for start in range(0, len(small), 2):
        cells = [[*_label(group, lang), picture, *_flat(in_full(picture.continued, lang))] for group, picture in small[start:start + 2]]
        rows.append(_row(cells, half))
    for group, _ in big:
        picture = BoardPicture(group, WIDE_FRAME_HEIGHT * MAP_SHARE)
        rows += [[*_label(group, lang), picture], para(word("board_all_notes", lang), "label"), _listing(group)]
    return rows


def _listing(group: Board) -> Table:
    """Every note of ``group`` in full, three to a row; the table flows on over pages."""
    cells = [para(note.text, "small") for note in group.notes]
    rows = [cells[i:i + LISTING_COLUMNS] for i in range(0, len(cells), LISTING_COLUMNS)]
    rows[-1] += [""] * (LISTING_COLUMNS - len(rows[-1]))
    listing = Table(rows, colWidths=[WIDE_FRAME_WIDTH / LISTING_COLUMNS] * LISTING_COLUMNS)
    listing.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return listing


def _label(group: Board, lang: str) -> list[Flowable]:
    """A cluster's picture shows its name; the notes outside any cluster get a heading."""
    return [] if group.clusters else [para(word("board_loose", lang), "h2")]


def _flat(parts: list[Flowable | list[Flowable]]) -> list[Flowable]:
    return [item for part in parts for item in (part if isinstance(part, list) else [part])]


def _row(cells: list[list[Flowable]], half: float) -> Flowable:
    grid = Table([cells + [[]] * (2 - len(cells))], colWidths=[half + GUTTER, half])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, -1), GUTTER), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([grid])
