"""The leaderboard as a horizontal bar chart (pyqtgraph: imported when the first chart is made).

Made once and redrawn in place on every change: a new idea costs a bar's new length, not a new chart.
Teams in the lead are drawn in the accent colour. A picture, not a control: Tab and the wheel pass it by.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.race.standing_text import Bar
from ui.voting.tally_chart import LABEL_CHARS, chart_height, whole_dot_step


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def make_chart(theme) -> QWidget:
    import pyqtgraph as pg

    class StillChart(pg.PlotWidget):
        def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
            event.ignore()

    widget = StillChart(background=theme.surface)
    widget.setObjectName("raceChart")
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMouseEnabled(False, False)
    widget.others = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=theme.primary, pen=None)
    widget.leaders = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=theme.warning, pen=None)
    plot.addItem(widget.others)
    plot.addItem(widget.leaders)
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen(theme.text)
    widget.bars = []
    return widget


def draw(widget: QWidget, bars: list[Bar]) -> None:
    """The bars, best at the top; the chart as tall as they need."""
    widget.bars = bars
    widget.setFixedHeight(chart_height(len(bars)))
    positions = list(range(len(bars)))[::-1]
    for item, lead in ((widget.leaders, True), (widget.others, False)):
        chosen = [(pos, bar.count) for pos, bar in zip(positions, bars) if bar.first == lead]
        item.setOpts(x0=[0] * len(chosen), y=[pos for pos, _c in chosen], width=[count for _p, count in chosen], height=0.6)
    plot = widget.getPlotItem()
    plot.getAxis("left").setTicks([[(pos, _short(bar.label)) for pos, bar in zip(positions, bars)]])
    most = max((bar.count for bar in bars), default=0)
    step = whole_dot_step(most)
    plot.getAxis("bottom").setTickSpacing(major=step, minor=step)
    plot.setXRange(0, max(most, 1), padding=0.05)
    plot.setYRange(-0.5, max(len(bars) - 0.5, 0.5), padding=0)
    widget.setAccessibleName(", ".join(f"{bar.label}: {bar.count}" for bar in bars))
