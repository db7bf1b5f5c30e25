"""The fonts every PDF is drawn and measured with: Noto Sans, shipped in ``resources/fonts`` (SIL Open
Font License) and embedded in each PDF, so ë, é, ï and € render on any printer and pypdf reads them back.

Text is measured with the same TTF that draws it: ``width`` is the one font-metrics function the
geometry in ``app/`` is given when it lays out for paper, so no other font's widths decide a wrap.
"""

from __future__ import annotations

from functools import cache

from app.paths import resources_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
FAMILY = "NotoSansFamily"  # for reportlab's <b> and <i> in paragraphs

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}


def fonts_dir():
    return resources_dir() / "fonts"


@cache
def register() -> None:
    """Register the four faces and their family with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)


def width(text: str, size: float, font: str = REGULAR) -> float:
    """The width in points of ``text`` set in ``font`` at ``size`` points."""
    from reportlab.pdfbase import pdfmetrics

    register()
    return pdfmetrics.stringWidth(text, font, size)
