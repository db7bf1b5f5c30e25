"""Text size (WCAG 1.4.4): View → Text size 100 %, 150 % or 200 %, remembered per laptop, applied at once.

One factor scales every font of the window: the application's font (every widget that sets no size of
its own follows it), the sizes in the style sheets (``font-size: 12pt`` becomes ``24pt`` at 200 %) and
the few fonts a widget sets itself (they ask ``points()``/``pixels()``; ``sized()`` for a widget's own
style sheet). A change rescales what is already on screen by the ratio old → new, so nothing needs
rebuilding; what is built later asks the current factor.

The board and the canvases are drawings that zoom as a whole; their notes keep their text in
proportion to the note (the board's zoom is the way to read them bigger).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

SIZES = (100, 150, 200)  # per cent of the platform's normal text size
PREFERENCE = "text_size"
_SIZE_RESOLVED = 0x2  # QFont::SizeResolved (PySide6 does not expose the enum)
_BASE_POINTS = "textSizeBasePoints"
_BASE_WIDTH = "textSizeBaseWidth"  # a widget's fixed width at 100 % (fixed_width)  # the application's font size at 100 %, kept on the QApplication
_FONT_SIZE = re.compile(r"(font-size:\s*)([0-9]+(?:\.[0-9]+)?)(pt|px)")
NAVIGATOR_WIDTH = 340  # the list of steps at 100 % (ui/window/event_view.py)
_current = {"percent": 100}


def factor() -> float:
    """The text size now: 1.0, 1.5 or 2.0."""
    return _current["percent"] / 100


def percent() -> int:
    return _current["percent"]


def points(size: float) -> float:
    """A point size a widget sets itself, at the current text size."""
    return size * factor()


def pixels(size: float) -> int:
    """A pixel size of a font a widget sets itself (text, not a drawing), at the current text size."""
    return max(1, round(size * factor()))


def scale_sheet(sheet: str, ratio: float) -> str:
    """``sheet`` with every ``font-size`` multiplied by ``ratio``."""
    if ratio == 1 or "font-size" not in sheet:
        return sheet

    def scaled(match: re.Match) -> str:
        return f"{match.group(1)}{round(float(match.group(2)) * ratio, 2):g}{match.group(3)}"

    return _FONT_SIZE.sub(scaled, sheet)


def sized(sheet: str) -> str:
    """A style sheet written for 100 %, at the current text size."""
    return scale_sheet(sheet, factor())


def navigator_width() -> int:
    """The list of steps: 340 px at 100 %, 425 at 150 %, 510 at 200 %."""
    return round(NAVIGATOR_WIDTH * (1 + (factor() - 1) / 2))


def fixed_width(widget: QWidget, width: int) -> None:
    """A widget ``width`` px wide at 100 % text, wider with the text (kept when the size changes)."""
    widget.setProperty(_BASE_WIDTH, width)
    widget.setFixedWidth(round(width * factor()))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """A window ``width``×``height`` px at 100 % text, larger with the text, never past the screen's room."""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else QSize(width, height)
    window.resize(min(round(width * factor()), room.width() - 40), min(round(height * factor()), room.height() - 60))


def saved_percent(prefs) -> int:
    """The size this laptop chose last time (100 % when none or not one of ``SIZES``)."""
    value = prefs.get_int(PREFERENCE)
    return value if value in SIZES else 100


def apply_text_size(new: int) -> None:
    """Make every font of the application ``new`` per cent: now, on what is shown, and for what comes."""
    app = QApplication.instance()
    old = _current["percent"]
    if new not in SIZES:
        raise ValueError(f"text size {new} is not one of {SIZES}")
    if app is None:
        _current["percent"] = new
        return
    base = app.property(_BASE_POINTS)
    if base is None:  # the platform's size, before any scaling: the 100 %
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINTS, base)
    if new == old and abs(app.font().pointSizeF() - base * new / 100) < 0.01:
        return
    _current["percent"] = new
    ratio = new / old
    # The sizes widgets set themselves, times the ratio, measured before anything moves (re-polishing
    # with the new style sheet may hand a widget back the font it had when first polished).
    own_sizes = [(w, _scaled_font(w.font(), ratio)) for w in app.allWidgets() if _sets_own_size(w)] if ratio != 1 else []
    font = QFont(app.font())
    font.setPointSizeF(base * new / 100)
    app.setFont(font)
    if ratio == 1:
        return
    if app.styleSheet():  # first: re-polishing every widget, it resets some of their fonts
        app.setStyleSheet(scale_sheet(app.styleSheet(), ratio))
    for widget, scaled in own_sizes:
        widget.setFont(scaled)
    for widget in app.allWidgets():
        if "font-size" in widget.styleSheet():
            widget.setStyleSheet(scale_sheet(widget.styleSheet(), ratio))
    for widget in app.allWidgets():  # what lays itself out by the text size
        if widget.objectName() == "stepNavigator" and widget.maximumWidth() == widget.minimumWidth():
            widget.setFixedWidth(navigator_width())
        elif widget.property(_BASE_WIDTH) is not None:
            widget.setFixedWidth(round(widget.property(_BASE_WIDTH) * factor()))
        elif widget.property("sideways") is not None:  # a page of ui.common.widgets.scrolling, or the pages
            fit_sideways(widget)
        elif hasattr(widget, "refit_text_size"):  # e.g. the phase stepper: its times on a second line
            widget.refit_text_size()


def _sets_own_size(widget: QWidget) -> bool:
    """Did the widget set its font's size itself? (Qt marks an inherited size as set too: a size that
    differs from its parent's is the widget's own.)"""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) or not widget.font().resolveMask() & _SIZE_RESOLVED:
        return False
    parent = widget.parentWidget()
    return parent is None or _size(parent.font()) != _size(widget.font())


def _size(font: QFont) -> tuple[int, float]:
    return (font.pixelSize(), 0.0) if font.pixelSize() > 0 else (-1, round(font.pointSizeF(), 2))


def _scaled_font(font: QFont, ratio: float) -> QFont:
    scaled = QFont(font)
    if scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * ratio)))
    else:
        scaled.setPointSizeF(scaled.pointSizeF() * ratio)
    return scaled


def apply_saved_text_size(prefs) -> None:
    """At start: the size this laptop chose, before any window is built."""
    apply_text_size(saved_percent(prefs))


def add_text_size_menu(window, view_menu, action) -> None:
    """View → Text size ▸ 100 % / 150 % / 200 %: one checked, the choice remembered for this laptop."""
    apply_saved_text_size(window.prefs)
    menu = view_menu.addMenu(QCoreApplication.translate("text_size", "Te&xt size"))
    menu.setObjectName("textSizeMenu")
    group = QActionGroup(window)
    for size in SIZES:
        choice = action(menu, f"{size} %", lambda _=False, s=size: choose(window, s), f"textSize{size}Action")
        choice.setCheckable(True)
        choice.setChecked(size == percent())
        group.addAction(choice)
    menu.aboutToShow.connect(lambda: [a.setChecked(a.objectName() == f"textSize{percent()}Action") for a in group.actions()])


def choose(window, size: int) -> None:
    """The person chose ``size``: remembered for this laptop, applied at once."""
    window.prefs.set(PREFERENCE, size)
    apply_text_size(size)


def fit_event_view(view) -> None:
    """The event's pages scroll when they need more room than the screen (200 % text; at 100 % nothing
    scrolls). The list of steps grows with the text (half as fast: the page keeps most of the width)."""
    view.navigator.setFixedWidth(navigator_width())
    scroll_pages(view, view.pages)


def scroll_when_large(widget: QWidget) -> QWidget:
    """At 150/200 % text ``widget`` in a scroll area (it may need more room than it gets); at 100 % itself."""
    if factor() == 1:
        return widget
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll


def fit_sideways(scroll: QScrollArea) -> None:
    """At 100 % text a page never slides sideways: it takes the window's width, as without a scroll area
    (its long texts elide and wrap); at 150/200 % a page wider than the window scrolls sideways instead."""
    large = factor() > 1
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if large else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if scroll.widget() is not None:  # a resizable scroll area keeps its widget at least this wide (0: its hint)
        scroll.widget().setMinimumWidth(0 if large else 1)


def scroll_pages(owner: QWidget, pages: QWidget) -> QScrollArea:
    """``pages`` (in ``owner``'s layout) in a scroll area: a page that needs more room than the window has
    scrolls instead of squeezing its text (and buttons) out of sight."""
    scroll = QScrollArea()
    scroll.setObjectName("pagesScroll")
    scroll.setWidgetResizable(True)  # as wide and high as the window allows, never smaller than the page needs
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: the page's controls are
    scroll.setProperty("sideways", "at large text")
    owner.layout().replaceWidget(pages, scroll)
    scroll.setWidget(pages)
    fit_sideways(scroll)
    if hasattr(pages, "currentChanged"):  # another page starts at its left edge
        pages.currentChanged.connect(lambda _: QTimer.singleShot(0, scroll, lambda: scroll.horizontalScrollBar().setValue(0)))
    return scroll
