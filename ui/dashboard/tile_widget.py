"""One team's tile on the dashboard: its name and challenge, where it is, a big timer, the slip, why it needs a
facilitator, and its counts. Focusable (Tab), opened by a click, Enter or Space; only texts that changed are set."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.dashboard.tiles import Attention, Tile
from ui.common import text_size
from ui.clock.countdown import tone_colours
from ui.common.elided_label import ElidedLabel
from ui.common.widgets import label
from ui.dashboard import tile_words as words

TIMER_PT = 24
URGENT = (Attention.FAR_BEHIND, Attention.TIMER_OVER)  # the danger stripe; the rest of the attention: the warning stripe


def attention_level(tile: Tile) -> str:
    """The tile's stripe: "urgent", "attention" or "" (the style sheet's ``attention`` property)."""
    if tile.attention in URGENT:
        return "urgent"
    return "attention" if tile.attention is not Attention.NONE else ""


def tile_style(theme) -> str:
    """The tiles' look in the window's theme: a card with a stripe for attention and a thick focus ring."""
    t = theme
    return f"""
QFrame#dashboardTile {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
QFrame#dashboardTile[attention="attention"] {{ border-left: 6px solid {t.warning}; }}
QFrame#dashboardTile[attention="urgent"] {{ border-left: 6px solid {t.danger}; }}
QFrame#dashboardTile:focus, QFrame#dashboardTile[attention="attention"]:focus, QFrame#dashboardTile[attention="urgent"]:focus {{
    border: {t.focus_width + 1}px solid {t.focus}; }}
QFrame#dashboardTile:hover {{ background: {t.selection}; }}
"""


class TileWidget(QFrame):
    opened = Signal(int)  # the team's id

    def __init__(self, team_id: int, theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_id = team_id
        self._theme = theme
        self._shown: dict[str, object] = {}
        self.setObjectName("dashboardTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(round(168 * text_size.factor()))  # 200 % text: twice the lines
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # as high as its text, not the screen
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.team_label = ElidedLabel("", "h3", "tileTeam")
        top.addWidget(self.team_label, 1)
        self.schedule_label = label("", None, "tileSchedule", wrap=False)
        top.addWidget(self.schedule_label)
        column.addLayout(top)
        self.challenge_label = ElidedLabel("", "muted", "tileChallenge")
        column.addWidget(self.challenge_label)
        self.place_label = ElidedLabel("", None, "tilePlace")
        column.addWidget(self.place_label)
        timer_row = QHBoxLayout()
        self.timer_label = label("", None, "tileTimer", wrap=False)
        font = QFont(self.timer_label.font())
        font.setPointSizeF(text_size.points(TIMER_PT))
        font.setWeight(QFont.Weight.Bold)
        self.timer_label.setFont(font)
        timer_row.addWidget(self.timer_label)
        self.state_label = label("", "muted", "tileTimerState", wrap=False)
        timer_row.addWidget(self.state_label, 1, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(timer_row)
        self.reason_label = label("", None, "tileReasons")
        column.addWidget(self.reason_label)
        self.counts_label = label("", "muted", "tileCounts")
        column.addWidget(self.counts_label)
        self.waiting_label = label("", "muted", "tileWaiting")
        column.addWidget(self.waiting_label)
        column.addStretch(1)

    def show_tile(self, tile: Tile) -> None:
        """Set what changed since the last tile (a tick changes the timer's text, little else)."""
        theme = self._theme
        urgent = tile.attention in URGENT
        self._set(self.team_label, tile.label(words.team_word()))
        self._set(self.challenge_label, tile.challenge_title)
        self._set(self.place_label, words.place_line(tile))
        self._set(self.timer_label, words.timer_text(tile), f"color: {tone_colours(tile.timer_tone, theme).text};")
        self._set(self.state_label, words.timer_state(tile))
        self._set(self.schedule_label, words.schedule(tile),
                  f"color: {theme.warning if words.schedule_warns(tile) else theme.muted}; font-weight: 600;")
        self._set(self.reason_label, words.reasons_line(tile), f"color: {theme.danger if urgent else theme.warning}; font-weight: 600;")
        self._set(self.counts_label, words.counts_line(tile))
        self._set(self.waiting_label, words.waiting_line(tile))
        level = attention_level(tile)
        if self.property("attention") != level:
            self.setProperty("attention", level)
            self.style().unpolish(self)
            self.style().polish(self)
        self._set_accessible(words.accessible(tile))

    def _set(self, widget: QLabel, text: str, style: str | None = None) -> None:
        """A label's text and colour, each only when it changed (a style sheet set restyles the label)."""
        name = widget.objectName()
        if self._shown.get(name) != text:
            self._shown[name] = text
            widget.setText(text)
            widget.setVisible(bool(text))
        if style is not None and self._shown.get(name + ":style") != style:
            self._shown[name + ":style"] = style
            widget.setStyleSheet(style)

    def _set_accessible(self, text: str) -> None:
        if self.accessibleName() != text:
            self.setAccessibleName(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.team_id)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.opened.emit(self.team_id)
        else:
            super().mouseReleaseEvent(event)
