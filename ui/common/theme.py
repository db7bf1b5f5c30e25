"""The look: one palette per theme, its Qt style sheet, and contrast arithmetic.

Colours follow shared/STYLE.md. Every theme lists the text/background pairs it
uses, and a test checks each pair reaches WCAG AA (4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.board.colours import NOTE_HEX
from ui.common.text_size import sized


@dataclass(frozen=True)
class Theme:
    key: str
    page: str  # window background
    surface: str  # cards, panels
    text: str
    muted: str  # secondary text
    primary: str  # buttons, active phase, links
    primary_dark: str  # headers
    on_primary: str
    on_dark: str  # text on the header
    border: str
    selection: str  # background of a selected row
    warning: str
    danger: str
    focus: str
    focus_width: int = 2

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair the style sheet draws text with."""
        return {
            "body": (self.text, self.page),
            "card": (self.text, self.surface),
            "muted on card": (self.muted, self.surface),
            "muted on page": (self.muted, self.page),
            "button": (self.on_primary, self.primary),
            "focused or hovered button": (self.primary, self.selection),
            "focused danger button": (self.danger, self.selection),
            "focused done phase": (self.muted, self.selection),
            "header": (self.on_dark, self.primary_dark),
            "link": (self.primary, self.surface),
            "selected row": (self.text, self.selection),
            "warning": (self.warning, self.surface),
            "danger": (self.danger, self.surface),
        }

    def indicator_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (indicator, background) pair of the focus rules: a test checks each reaches 3:1 (WCAG 1.4.11)."""
        return {
            "focus on page": (self.focus, self.page),
            "focus on card": (self.focus, self.surface),
            "focus in a selected row": (self.focus, self.selection),
            "focused primary button": (self.text, self.page),
            "focused primary button on card": (self.text, self.surface),
        }


LIGHT = Theme(
    key="light",
    page="#F5F7FA",
    surface="#FFFFFF",
    text="#1A1A1A",
    muted="#5A6270",
    primary="#01689B",
    primary_dark="#154273",
    on_primary="#FFFFFF",
    on_dark="#FFFFFF",
    border="#D5DBE3",
    selection="#DCEBF5",
    warning="#B35900",
    danger="#A4262C",
    focus="#01689B",
)

HIGH_CONTRAST = Theme(
    key="high_contrast",
    page="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    primary="#FFD23F",
    primary_dark="#000000",
    on_primary="#000000",
    on_dark="#FFFFFF",
    border="#FFFFFF",
    selection="#333333",
    warning="#FFD23F",
    danger="#FF8A80",
    focus="#FFD23F",
    focus_width=4,
)

THEMES = {t.key: t for t in (LIGHT, HIGH_CONTRAST)}

# Sticky-note colours (text #1A1A1A on each); used by the board and the team avatars. One source: app/board/colours.py.
NOTE_COLOURS = dict(NOTE_HEX)


# Colours drawn outside the themes' style sheet (the notes, the beamer, banners, a few marks), each with
# where it is seen: (foreground, the backgrounds it sits on, the ratio it needs: 4.5 for text, 3 for a
# graphic that carries meaning, WCAG 1.4.11). They look the same in both themes: the notes and the beamer
# keep their colours. tests/ui/common/test_theme_colours.py finds every colour written in ui/ and wants it
# in a theme, here, or among the decorative ones.
_NOTES = tuple(NOTE_HEX.values())
_BEAMER = ("#0B1F33", "#132B45", "#14314F", "#1B3550")  # background, pitch timer panel, dashboard card, race track
FIXED_PAIRS: dict[str, tuple[str, tuple[str, ...], float]] = {
    "text on a note, an avatar, a race card": ("#1A1A1A", (*_NOTES, "#E9ECF0"), 4.5),
    "a note's author initials": ("#4D5563", _NOTES, 4.5),
    "a selected note's outline": ("#01689B", _NOTES, 3),
    "the best note of a cluster: outline and star": ("#B35900", _NOTES, 3),
    "an outbox note's outline": ("#3A4250", _NOTES, 3),
    "an outbox note's badge": ("#FFFFFF", ("#3A4250",), 4.5),
    "a race card's edge": ("#7A8494", ("#F5F7FA", "#FFFFFF", "#E9ECF0"), 3),
    "the fixed-time lock (programme)": ("#154273", ("#FFFFFF", "#DCEBF5"), 3),
    "the fixed-time button (programme editor)": ("#5A6270", ("#FFFFFF",), 4.5),
    "an overrun start time's frame (programme editor)": ("#A4262C", ("#FFFFFF",), 3),
    "the announcement bar": ("#1B1B1B", ("#FFF4CC",), 4.5),
    "the connection banner: lost, and back": ("#FFFFFF", ("#B35900", "#01689B"), 4.5),
    "a juror's paper form: a cell that differs": ("#1A1A1A", ("#F6C5C0",), 4.5),
    "beamer text": ("#FFFFFF", _BEAMER, 4.5),
    "beamer accent: last minute, next, the lead": ("#FFD23F", _BEAMER, 4.5),
    "beamer over time": ("#FF9C94", _BEAMER, 4.5),
    "beamer clock and labels": ("#B8C4D1", _BEAMER, 4.5),
    "race bars on the beamer": ("#4A90C8", ("#0B1F33", "#1B3550"), 3),
}
# Drawn beside text or a mark that carries the meaning: not held to a ratio.
DECORATIVE = {"#D0D5DD"}  # the fixed-time button's border in the programme editor

def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of '#RRGGBB'."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two '#RRGGBB' colours (1 to 21)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def stylesheet(theme: Theme) -> str:
    """The application's style sheet in ``theme``, its font sizes at the chosen text size."""
    return sized(_sheet(theme))


def _sheet(theme: Theme) -> str:
    t = theme
    return f"""
QMainWindow, QWidget#page {{ background: {t.page}; color: {t.text}; }}
QWidget {{ color: {t.text}; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="h1"] {{ font-size: 20pt; font-weight: 600; color: {t.text}; }}
QLabel[role="h2"] {{ font-size: 16pt; font-weight: 600; color: {t.text}; }}
QLabel[role="h3"] {{ font-size: 12pt; font-weight: 600; color: {t.text}; }}
QLabel[role="eyebrow"] {{ font-size: 9pt; font-weight: 600; color: {t.muted}; letter-spacing: 1px; }}
QLabel[role="lead"] {{ font-size: 13pt; color: {t.text}; }}
QLabel[role="error"] {{ color: {t.danger}; font-weight: 600; }}
QLabel[role="info"] {{ color: {t.text}; font-weight: 600; }}
QLabel[role="chip"] {{ background: {t.selection}; color: {t.text}; border-radius: 10px; padding: 2px 10px; }}
QLabel[role="minutes"] {{ background: {t.primary}; color: {t.on_primary}; border-radius: 12px;
    padding: 4px 12px; font-weight: 600; }}
QFrame[role="card"] {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
QFrame[role="header"] {{ background: {t.primary_dark}; }}
QFrame[role="header"] {{ border-bottom: 1px solid {t.border}; }}
QFrame[role="header"] QLabel {{ color: {t.on_dark}; }}
QFrame[role="header"] QLabel[role="muted"] {{ color: {t.on_dark}; }}
QFrame[role="header"] QComboBox[fixed="true"] {{ color: {t.on_dark}; background: transparent; border-color: transparent; font-weight: 600; }}
QFrame[role="header"] QComboBox[fixed="true"]::drop-down {{ width: 0px; border: none; }}
QAbstractButton:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QPushButton {{ background: {t.surface}; color: {t.primary}; border: 1px solid {t.primary};
    border-radius: 6px; padding: 6px 14px; font-weight: 600; }}
QPushButton:hover {{ background: {t.selection}; }}
QPushButton[role="primary"] {{ background: {t.primary}; color: {t.on_primary}; border: 1px solid {t.primary}; }}
QPushButton[role="danger"] {{ color: {t.danger}; border-color: {t.danger}; }}
QPushButton[role="choice"]:checked {{ background: {t.primary}; color: {t.on_primary}; border: 1px solid {t.primary}; }}
QPushButton[role="choice"]:checked:focus, QPushButton[role="primary"]:focus {{ border: {t.focus_width}px solid {t.text}; }}
QPushButton:focus {{ padding: {7 - t.focus_width}px {15 - t.focus_width}px; }}
QProgressBar {{ background: {t.page}; border: 1px solid {t.border}; border-radius: 5px; }}
QProgressBar::chunk {{ background: {t.primary}; border-radius: 4px; }}
QTabBar::tab {{ background: {t.surface}; color: {t.primary}; border: 1px solid {t.primary}; padding: 6px 18px;
    font-weight: 600; margin-right: -1px; }}
QTabBar::tab:first {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
QTabBar::tab:last {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
QTabBar::tab:selected {{ background: {t.primary}; color: {t.on_primary}; }}
QTabBar:focus {{ border: {t.focus_width}px solid {t.focus}; border-radius: 8px; }}
QTabBar::tab:selected:focus {{ border: {t.focus_width + 1}px solid {t.text}; text-decoration: underline; }}
QPushButton[role="link"] {{ background: transparent; border: {t.focus_width}px solid transparent; padding: 2px 6px;
    text-decoration: underline; }}
QPushButton[role="link"]:hover {{ background: {t.selection}; }}
QPushButton[role="link"]:focus {{ border: {t.focus_width}px solid {t.focus}; padding: 2px 6px; }}
QPushButton[role="link"]:disabled {{ color: {t.muted}; text-decoration: none; background: transparent; border-color: transparent; }}
QPushButton[phase="done"] {{ color: {t.muted}; border-color: {t.border}; }}
QPushButton:disabled {{ color: {t.muted}; border-color: {t.border}; background: {t.page}; }}
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QTreeWidget:focus,
QListWidget:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QGraphicsView#crystalView {{ border: {t.focus_width}px solid {t.border}; }}
QGraphicsView#crystalView:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QCheckBox {{ color: {t.text}; spacing: 6px; padding: 2px 4px; border: {t.focus_width}px solid transparent; border-radius: 4px; }}
QCheckBox:focus {{ border-color: {t.focus}; }}
QCheckBox:disabled {{ color: {t.muted}; }}
QLineEdit, QPlainTextEdit, QComboBox {{ background: {t.surface}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 6px; padding: 5px 8px; }}
QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text};
    selection-background-color: {t.selection}; selection-color: {t.text}; }}
QTreeWidget, QListWidget {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 8px; padding: 4px; outline: 0; }}
QTableView {{ background: {t.surface}; color: {t.text}; gridline-color: {t.border}; border: 1px solid {t.border}; outline: 0; }}
QTableView:focus, QTableWidget:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QTableView::item:selected, QTableWidget::item:selected {{ background: {t.selection}; color: {t.text}; }}
QTableView::item:focus, QTableWidget::item:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QHeaderView::section {{ background: {t.page}; color: {t.text}; border: none; border-right: 1px solid {t.border};
    border-bottom: 1px solid {t.border}; padding: 3px 6px; font-weight: 600; }}
QTreeView::item, QListView::item {{ padding: 4px 6px; min-height: 26px; border-radius: 4px; }}
QTreeWidget#stepNavigator {{ font-size: 10.5pt; padding: 8px 4px; }}
QTreeWidget::item:selected, QListWidget::item:selected {{ background: {t.selection}; color: {t.text}; }}
QScrollArea {{ border: none; background: transparent; }}
QFrame#focusRing {{ border: {t.focus_width}px solid {t.focus}; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QMenuBar {{ background: {t.surface}; color: {t.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {t.selection}; color: {t.text}; }}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
QStatusBar {{ background: {t.surface}; color: {t.muted}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
"""
