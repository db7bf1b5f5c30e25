"""The leaderboard card: who leads (or won), the chart, and every team's count in words."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from app.race.standings import Leaderboard
from ui.common.widgets import card, label
from ui.race import standing_text
from ui.race.leaderboard_chart import draw, make_chart


class LeaderboardPanel(QFrame):
    def __init__(self, theme, parent=None) -> None:
        super().__init__(parent)
        frame, layout = card("raceLeaderboard", spacing=6, margins=12)
        self._theme = theme
        self.title_label = label("", "h3", "raceLeaderboardTitle")
        self.headline_label = label("", "info", "raceHeadline")
        self.lines_label = label("", None, "raceStandings")
        for widget in (self.title_label, self.headline_label):
            layout.addWidget(widget)
        self._layout = layout
        self.chart = None  # made when first shown: pyqtgraph is imported then
        layout.addWidget(self.lines_label)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def show_board(self, board: Leaderboard, labels: dict[int, str]) -> None:
        bars = standing_text.bars(board, labels)
        self.title_label.setText(standing_text.title(board))
        self.headline_label.setText(standing_text.headline(board, labels))
        self.lines_label.setText("\n".join(standing_text.line(bar) for bar in bars))
        if self.chart is None:
            self.chart = make_chart(self._theme)
            self._layout.insertWidget(2, self.chart)
        draw(self.chart, bars)
