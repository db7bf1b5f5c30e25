"""Where the poster's blocks go on a sheet, and at what size, in the A4 design's points.

The design is made once for A4 portrait; every ISO size has the same proportions, so a larger sheet is
the same layout scaled by its width (A1: × 2.83), and A4 is a readable hand-out.

Type scale: the text blocks (problem, for whom, path, who is needed, cost) share one size, the idea is
the largest and the yell has its own; a block not filled in is set a little smaller, in italics.

Fitting: every block starts at its design size. While the sheet overflows, all blocks shrink together,
by the same factor (each never below its minimum size), so the scale stays one scale; only when every
block is at its minimum is the tallest block cut to its fair share of the sheet, and then the block with
the most lines, line by line, ending in "…". Space left over is spread between the rows, so a sparse
poster is balanced rather than top-heavy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from app.pdf import fit, fonts
from app.pdf.poster_content import Block

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 portrait
MARGIN = 40.0
GUTTER = 28.0
ROW_GAP = 22.0
LABEL_SIZE = 11.0
LABEL_GAP = 5.0
LEADING = 1.22
PANEL_PAD = 16.0
SHRINK = 0.94
FAIR_SHARE = 1.6  # a cell may take 1.6 times an even share of the sheet's height ...
MAX_SHARE = 0.5  # ... but never more than half of it
EMPTY_SIZE = 13.0
FILL = 0.85  # a sheet grows its type while its blocks take at most this part of the height


@dataclass(frozen=True)
class Look:
    size: float  # design size in points at A4
    min_size: float
    font: str
    colour: str  # a role in the palette: "text", "primary", "primary_dark"
    panel: bool = False  # set on a tinted panel


TEXT = Look(17, 10, fonts.REGULAR, "text")  # every text block alike: at A1 × 2.83, 48 pt at most and 28 pt at least
LOOKS = {
    "problem": TEXT,
    "for_whom": TEXT,
    "idea": Look(30, 15, fonts.BOLD, "primary", panel=True),
    "path": TEXT,
    "who_needed": TEXT,
    "cost": TEXT,
    "yell": Look(22, 13, fonts.BOLD_ITALIC, "primary_dark"),
}


@dataclass
class Cell:
    block: Block
    look: Look
    width: float
    size: float = 0.0
    max_lines: int | None = None
    empty_text: str = ""
    grow: float = 1.0  # the sheet's growth over the design (labels and padding grow with it)
    start: float = 0.0  # the size before any fitting

    def __post_init__(self) -> None:
        self.start = self.size

    @property
    def empty(self) -> bool:
        return not self.block.text

    @property
    def font(self) -> str:
        return fonts.ITALIC if self.empty else self.look.font

    def lines(self) -> list[str]:
        text = self.empty_text if self.empty else self.block.text
        lines = _wrapped(text, self.size, self.text_width(), self.font)
        if self.max_lines is None:
            return lines
        return fit.cut(lines, self.max_lines, self.size, self.text_width(), self.font)

    @property
    def label_size(self) -> float:
        return LABEL_SIZE * self.grow

    @property
    def pad(self) -> float:
        return PANEL_PAD * self.grow if self.look.panel else 0.0

    def text_width(self) -> float:
        return self.width - 2 * self.pad

    def height(self) -> float:
        body = len(self.lines()) * self.size * LEADING
        return self.label_size * LEADING + LABEL_GAP * self.grow + body + 2 * self.pad

    def can_shrink(self) -> bool:
        return self.size > min(self.look.min_size, self.start)

    def scale(self, factor: float) -> None:
        """Set at ``factor`` times its starting size, never below its minimum."""
        self.size = max(min(self.look.min_size, self.start), self.start * factor)


@cache
def _wrapped(text: str, size: float, width: float, font: str) -> list[str]:
    return fit.wrap(text, size, width, font)


@dataclass(frozen=True)
class Placed:
    """A block placed on the sheet: ``top`` measured down from the sheet's top edge, design points."""

    x: float
    top: float
    width: float
    height: float
    label: str
    label_size: float
    pad: float  # the panel's padding, 0 without a panel
    lines: tuple[str, ...]
    size: float
    font: str
    colour: str
    panel: bool
    empty: bool


@dataclass
class Sheet:
    rows: list[list[Cell]] = field(default_factory=list)

    def heights(self) -> list[float]:
        return [max(cell.height() for cell in row) for row in self.rows]

    def total(self) -> float:
        return sum(self.heights()) + ROW_GAP * (len(self.rows) - 1)


def make_sheet(rows: list[list[Block]], grows: tuple[float, ...], room: float, empty_text: str) -> Sheet:
    """A sheet of rows of blocks (one or two a row) at the design sizes times the largest of ``grows``
    (largest first) that still leaves air in ``room``, or times the smallest."""
    for grow in grows:
        sheet = _sheet(rows, grow, empty_text)
        if sheet.total() <= room * FILL:
            return sheet
    return sheet


def _sheet(rows: list[list[Block]], grow: float, empty_text: str) -> Sheet:
    inner = PAGE_W - 2 * MARGIN
    sheet = Sheet()
    for row in rows:
        width = (inner - GUTTER * (len(row) - 1)) / len(row)
        cells = []
        for block in row:
            look = LOOKS[block.key]
            size = look.size if block.text else min(look.size, EMPTY_SIZE)
            cells.append(Cell(block, look, width, size * grow, empty_text=empty_text, grow=grow))
        sheet.rows.append(cells)
    return sheet


def fit_sheet(sheet: Sheet, room: float) -> None:
    """Shrink, and as a last resort cut, the sheet's cells until its rows fit ``room`` points of height.

    All cells shrink together by one factor, so the type scale holds; once every cell is at its minimum,
    the tallest is cut to its fair share of the sheet (so one very long answer does not push every other
    block out), and finally the longest is cut, line by line.
    """
    cells = [cell for row in sheet.rows for cell in row]
    factor = 1.0
    while sheet.total() > room and any(cell.can_shrink() for cell in cells):
        factor *= SHRINK
        for cell in cells:
            cell.scale(factor)
    share = room * min(MAX_SHARE, FAIR_SHARE / len(sheet.rows))
    while sheet.total() > room:
        tallest = max(cells, key=Cell.height)
        if tallest.height() > share and len(tallest.lines()) > 1:
            tallest.max_lines = len(tallest.lines()) - 1
            continue
        longest = max(cells, key=lambda cell: len(cell.lines()))
        if len(longest.lines()) <= 1:
            return
        longest.max_lines = len(longest.lines()) - 1


def place(sheet: Sheet, top: float, room: float) -> list[Placed]:
    """The sheet's cells placed from ``top`` down, the space left over spread evenly between the rows."""
    heights = sheet.heights()
    spare = max(0.0, room - sheet.total())
    gap = ROW_GAP + (spare / (len(heights) - 1) if len(heights) > 1 else 0.0)
    y = top + (spare / 2 if len(heights) == 1 else 0.0)
    placed: list[Placed] = []
    for row, height in zip(sheet.rows, heights, strict=True):
        x = MARGIN
        for cell in row:
            placed.append(
                Placed(x, y, cell.width, height if cell.look.panel else cell.height(), cell.block.label,
                       cell.label_size, cell.pad, tuple(cell.lines()), cell.size, cell.font, cell.look.colour,
                       cell.look.panel, cell.empty)
            )
            x += cell.width + GUTTER
        y += height + gap
    return placed
