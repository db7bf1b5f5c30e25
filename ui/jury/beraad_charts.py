"""The juryberaad's charts (pyqtgraph: imported when the first chart is drawn): each juror's profile
against the panel, the score against pitch position (a drift shows as a sloped line) and the spread
per team. Pictures, not controls: no mouse zoom, Tab passes them by. Every mark that colour sets
apart also carries a word or a symbol ("harsh", "lenient", "⚠")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.jury.beraad_data import drift
from app.jury.plain_words import MARKED_OFFSET, Names, number
from app.jury.results_model import PoolResult
from ui.jury.beraad_tables import short_team



def _canvas(name: str, theme, scale: tuple[int, int]):
    import pyqtgraph as pg

    class StillChart(pg.PlotWidget):
        def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
            event.ignore()

    widget = StillChart(background=theme.surface)
    widget.setObjectName(name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setMinimumSize(240, 220)  # the splitter, not the chart, decides the width
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMouseEnabled(False, False)
    plot.showGrid(x=False, y=True, alpha=0.25)
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen(theme.text)
        plot.getAxis(side).setPen(theme.border)
    plot.setYRange(scale[0], scale[1], padding=0.08)
    return pg, widget, plot


def _label(pg, plot, x: float, y: float, text: str, colour: str, anchor=(0.5, 1.0), bold: bool = False) -> None:
    weight = "600" if bold else "400"
    item = pg.TextItem(html=f'<span style="color:{colour}; font-weight:{weight}">{text}</span>', anchor=anchor)
    item.setPos(x, y)
    plot.addItem(item)


def juror_chart(result: PoolResult, names: Names, lang: str, scale: tuple[int, int], theme) -> QWidget:
    """A bar per juror: their mean weighted score, ± their standard deviation, against the panel's
    mean (a dashed line); the harsh and the lenient juror are named above their bar."""
    pg, widget, plot = _canvas("jurorChart", theme, scale)
    profiles = [p for p in result.profiles if p.mean is not None]
    xs = list(range(len(profiles)))
    means = [float(p.mean) for p in profiles]
    brushes = [theme.warning if p.offset is not None and abs(p.offset) >= MARKED_OFFSET else theme.primary for p in profiles]
    plot.addItem(pg.BarGraphItem(x=xs, height=[m - scale[0] for m in means], y0=scale[0], width=0.55, brushes=brushes, pen=None))
    spread = [p.spread or 0.0 for p in profiles]
    import numpy as np

    plot.addItem(pg.ErrorBarItem(x=np.array(xs, dtype=float), y=np.array(means), top=np.array(spread), bottom=np.array(spread),
                                 beam=0.18, pen=pg.mkPen(theme.text, width=1.5)))
    panel = [float(p.mean - p.offset) for p in profiles if p.offset is not None]
    if panel:
        plot.addItem(pg.InfiniteLine(pos=sum(panel) / len(panel), angle=0, pen=pg.mkPen(theme.text, width=1, style=Qt.PenStyle.DashLine)))
    for x, p, mean, sd in zip(xs, profiles, means, spread):
        if p.offset is not None and p.offset <= -MARKED_OFFSET:
            harsh = QCoreApplication.translate("BeraadCharts", "harsh")
            _label(pg, plot, x, mean + sd + 0.1, f"{harsh} {number(p.offset, lang)}", theme.warning, bold=True)
        elif p.offset is not None and p.offset >= MARKED_OFFSET:
            lenient = QCoreApplication.translate("BeraadCharts", "lenient")
            _label(pg, plot, x, mean + sd + 0.1, f"{lenient} +{number(p.offset, lang)}", theme.warning, bold=True)
    plot.getAxis("bottom").setTicks([[(x, short) for x, short in zip(xs, first_names([names.juror(p.juror_id) for p in profiles]))]])
    plot.setXRange(-0.6, max(len(xs) - 0.4, 0.6), padding=0)
    plot.setLabel("left", QCoreApplication.translate("BeraadCharts", "mean score (bar ± spread); dashed: the panel"), color=theme.text)
    widget.setAccessibleName(", ".join(f"{names.juror(p.juror_id)}: {number(p.mean, lang)}" for p in profiles))
    return widget


def first_names(full: list[str]) -> list[str]:
    """Each juror by first name where that is unambiguous (an axis has room for a word each), else in full."""
    firsts = [name.split(" ")[0] for name in full]
    return [first if firsts.count(first) == 1 else name for first, name in zip(firsts, full)]


def drift_chart(result: PoolResult, positions: dict[int, int], names: Names, lang: str, scale: tuple[int, int], theme) -> QWidget:
    """Each team's score (its number beside it) and every juror's score (small dots) at its pitch
    position, with the trend line through the teams: a slope means later pitches scored otherwise."""
    pg, widget, plot = _canvas("driftChart", theme, scale)
    points = [(positions[t.team_id], float(t.raw), t) for t in result.teams if t.raw is not None and t.team_id in positions]
    for x, _y, team in points:
        dots = [float(v) for v in team.juror_scores.values()]
        plot.addItem(pg.ScatterPlotItem(x=[x] * len(dots), y=dots, size=6, brush=pg.mkBrush(theme.border), pen=pg.mkPen(theme.muted)))
    plot.addItem(pg.ScatterPlotItem(x=[x for x, _y, _t in points], y=[y for _x, y, _t in points], size=13,
                                    brush=pg.mkBrush(theme.primary), pen=pg.mkPen(theme.surface, width=1.5)))
    for x, y, team in points:
        _label(pg, plot, x + 0.12, y, short_team(names.team(team.team_id)), theme.text, anchor=(0, 0.5), bold=True)
    slope = drift([(x, y) for x, y, _t in points])
    if slope is not None:
        xs = [x for x, _y, _t in points]
        mean_x, mean_y = sum(xs) / len(xs), sum(y for _x, y, _t in points) / len(points)
        ends = [min(xs), max(xs)]
        plot.addItem(pg.PlotDataItem(ends, [mean_y + slope * (x - mean_x) for x in ends], pen=pg.mkPen(theme.warning, width=2, style=Qt.PenStyle.DashLine)))
    plot.getAxis("bottom").setTicks([[(x, str(x)) for x, _y, _t in points]])
    plot.setXRange(0.5, max((x for x, _y, _t in points), default=1) + 0.7, padding=0)
    plot.setLabel("bottom", QCoreApplication.translate("BeraadCharts", "pitch position (1 = first)"), color=theme.text)
    plot.setLabel("left", QCoreApplication.translate("BeraadCharts", "score"), color=theme.text)
    widget.slope = slope
    return widget


def spread_chart(result: PoolResult, names: Names, lang: str, scale: tuple[int, int], theme) -> QWidget:
    """Per team (in rank order) a line from the lowest to the highest juror's score, a dot per juror;
    a team the jurors disagree about is drawn in the warning colour with ⚠ and its spread."""
    pg, widget, plot = _canvas("spreadChart", theme, scale)
    teams = [t for t in result.teams if t.juror_scores]
    for x, team in enumerate(teams):
        values = [float(v) for v in team.juror_scores.values()]
        colour = theme.warning if team.disagreement else theme.primary
        plot.addItem(pg.PlotDataItem([x, x], [min(values), max(values)], pen=pg.mkPen(colour, width=4 if team.disagreement else 2)))
        plot.addItem(pg.ScatterPlotItem(x=[x] * len(values), y=values, size=8, brush=pg.mkBrush(colour), pen=pg.mkPen(theme.surface)))
        if team.disagreement:
            _label(pg, plot, x, max(values), f"⚠ {number(team.spread, lang)}", theme.warning, bold=True)
    plot.getAxis("bottom").setTicks([[(x, short_team(names.team(t.team_id))) for x, t in enumerate(teams)]])
    plot.setXRange(-0.6, max(len(teams) - 0.4, 0.6), padding=0)
    plot.setLabel("bottom", QCoreApplication.translate("BeraadCharts", "team (by place)"), color=theme.text)
    plot.setLabel("left", QCoreApplication.translate("BeraadCharts", "jurors' scores"), color=theme.text)
    return widget
