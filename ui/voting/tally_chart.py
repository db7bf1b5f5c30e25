"""The tally of a vote as a horizontal bar chart (pyqtgraph: imported when the first chart is drawn).

Dots are whole: the axis counts in whole dots. The chart is a picture, not a control: the mouse
wheel over it scrolls the page it sits on, so what lies below (a tie to break) stays in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

AXIS_HEIGHT, BAR_HEIGHT, MAX_HEIGHT = 70, 30, 360  # pixels
LABEL_CHARS = 34  # longer item names are elided on the axis (the full tally is the accessible name)


def whole_dot_step(most: int) -> int:
    """A tick every 1, 2, 5, 10, 20, 50… dots: at most ten steps, never a fraction of a dot."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if most <= 10 * factor * magnitude:
                return factor * magnitude
        magnitude *= 10


def chart_height(bars: int) -> int:
    """Room for the axis and a bar per item; a long list of items gets thinner bars, not a taller chart."""
    return min(AXIS_HEIGHT + BAR_HEIGHT * bars, MAX_HEIGHT)


def tally_chart(rows: list[tuple[str, int]], theme) -> QWidget:
    import pyqtgraph as pg

    class StillChart(pg.PlotWidget):
        def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
            event.ignore()  # the page scrolls

    widget = StillChart(background=theme.surface)
    widget.setObjectName("voteChart")
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: Tab passes it by
    widget.setFixedHeight(chart_height(len(rows)))  # as tall as its bars need, never the whole page
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMouseEnabled(False, False)
    positions = list(range(len(rows)))[::-1]
    counts = [dots for _label, dots in rows]
    plot.addItem(pg.BarGraphItem(x0=0, y=positions, height=0.6, width=counts, brush=theme.primary, pen=None))
    axis = plot.getAxis("left")
    axis.setTicks([[(pos, text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…") for pos, (text, _d) in zip(positions, rows)]])
    axis.setTextPen(theme.text)
    most = max(counts, default=0)
    step = whole_dot_step(most)
    bottom = plot.getAxis("bottom")
    bottom.setTickSpacing(major=step, minor=step)
    bottom.setTextPen(theme.text)
    plot.setXRange(0, max(most, 1), padding=0.05)
    plot.setLabel("bottom", QCoreApplication.translate("TallyChart", "dots"))  # the unit, in words
    widget.rows = rows  # what is drawn, for tests and screen readers
    widget.setAccessibleName(", ".join(f"{text}: {dots}" for text, dots in rows))
    return widget
