"""The leaderboard card: who leads (or won), the chart, and every team's count in words."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.race.standings import Leaderboard
from ui.common.widgets import card, label, scrolling
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
        self.first_round_label = label("", "muted", "raceFirstRound")
        for widget in (self.title_label, self.headline_label, self.first_round_label):
            layout.addWidget(widget)
        # The chart (as tall as its bars) and the counts in words scroll under the headline when
        # many teams race on a small screen, rather than being squeezed over each other.
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.chart = None  # made when first shown: pyqtgraph is imported then
        self._layout.addWidget(self.lines_label)
        self._layout.addStretch(1)
        layout.addWidget(scrolling(body, "raceLeaderboardBody"), 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def show_board(self, board: Leaderboard, labels: dict[int, str], first_round: tuple[str, str]) -> None:
        """``first_round``: the first round's key and title (its leader is named once round 2 has ideas)."""
        bars = standing_text.bars(board, labels)
        # After the race the final line (the winner) leads alone; who led after round 1 was news before.
        line = "" if board.final else standing_text.first_round_line(board, labels, *first_round)
        self.first_round_label.setText(line)
        self.first_round_label.setVisible(bool(line))
        self.title_label.setText(standing_text.title(board))
        self.headline_label.setText(standing_text.headline(board, labels))
        self.lines_label.setText("\n".join(standing_text.line(bar) for bar in bars))
        if self.chart is None:
            self.chart = make_chart(self._theme)
            self._layout.insertWidget(0, self.chart)
        draw(self.chart, bars)
