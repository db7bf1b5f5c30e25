"""The sticky notes' colours: one table for the screen (ui/common/theme.py) and for paper (app/pdf/style.py).

Text #1A1A1A reads on each at a contrast of at least 11:1 (shared/STYLE.md).
"""

from __future__ import annotations

NOTE_HEX: dict[str, str] = {
    "yellow": "#FFE97A",
    "peach": "#FFC9A8",
    "green": "#B8E3C6",
    "blue": "#BFD9F2",
    "lilac": "#E3CCF2",
}
