"""The juryberaad's tables: the ranking (deciding and other side by side), the juror × team heatmap of
weighted scores (recusals and not seen marked with a letter and a hatch, never by colour alone) and the
per-criterion breakdown. Each fills a QTableWidget from a PoolResult."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.jury.plain_words import Names, number
from app.jury.results_model import PoolResult
from ui.common.theme import Theme, contrast

CRITERION_CHARS = 22  # a longer criterion title is cut in the breakdown's rows (whole in its tooltip)


def table(name: str) -> QTableWidget:
    grid = QTableWidget()
    grid.setObjectName(name)
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    grid.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    grid.setTabKeyNavigation(False)  # one Tab stop, as every table: Tab walked its cells, never on to Confirm
    grid.verticalHeader().setDefaultSectionSize(26)
    grid.setWordWrap(False)
    grid.setTextElideMode(Qt.TextElideMode.ElideNone)  # a name or a number is shown whole: the width is made for it
    grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return grid


def fit_width(grid: QTableWidget, stretch: int | None = None, even: bool = False) -> None:
    """At least as wide as every column's contents (the table's minimum width), so nothing is cut:
    ``stretch`` takes the room left over; ``even`` columns share it, each at least the widest."""
    header = grid.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    grid.resizeColumnsToContents()
    widths = [grid.columnWidth(column) for column in range(grid.columnCount())]
    if even and widths:
        widths = [max(widths)] * len(widths)
        header.setMinimumSectionSize(widths[0])
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    side = grid.verticalHeader().sizeHint().width() if grid.verticalHeader().isVisible() else 0
    grid.setMinimumWidth(sum(widths) + side + 2 * grid.frameWidth() + 2)


def fit_height(grid: QTableWidget) -> None:
    """As tall as its rows: no empty band under a short table (the page scrolls when it must)."""
    rows = sum(grid.rowHeight(row) for row in range(grid.rowCount()))
    grid.setFixedHeight(grid.horizontalHeader().sizeHint().height() + rows + 2 * grid.frameWidth() + 2)


def _item(text: str, tip: str = "", align=Qt.AlignmentFlag.AlignCenter) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


def fill_ranking(grid: QTableWidget, result: PoolResult, names: Names, lang: str, theme: Theme) -> None:
    """Place, team, the deciding and the other score, the other ranking's place (a difference flagged
    with an arrow), jurors (⚠ under the minimum) and spread (⚠ large disagreement)."""
    deciding_raw = result.deciding == "raw"
    headers = [QCoreApplication.translate("BeraadTables", "Place"), QCoreApplication.translate("BeraadTables", "Team"), QCoreApplication.translate("BeraadTables", "Raw") + (" ★" if deciding_raw else ""),
               QCoreApplication.translate("BeraadTables", "Adjusted") + ("" if deciding_raw else " ★"), QCoreApplication.translate("BeraadTables", "Other\nranking"), QCoreApplication.translate("BeraadTables", "Jurors"), QCoreApplication.translate("BeraadTables", "Spread")]
    grid.clear()
    grid.setColumnCount(len(headers))
    grid.setHorizontalHeaderLabels(headers)
    grid.horizontalHeaderItem(2 if deciding_raw else 3).setToolTip(QCoreApplication.translate("BeraadTables", "★ This score decides the ranking"))
    grid.setRowCount(len(result.teams))
    bold = QFont(grid.font())
    bold.setBold(True)
    for row, team in enumerate(result.teams):
        on_podium = team.team_id in result.podium
        cells = [
            _item("–" if team.rank is None else f"{team.rank}."),
            _item(names.team(team.team_id), names.team(team.team_id), align=Qt.AlignmentFlag.AlignLeft),
            _item(_score(team.raw, lang)),
            _item(_score(team.adjusted, lang)),
            _other_rank(team.rank, team.other_rank, theme),
            _jurors(team, theme),
            _spread(team, lang, theme),
        ]
        for column, cell in enumerate(cells):
            if on_podium:
                cell.setFont(bold)
                if column < 2:
                    cell.setBackground(QBrush(QColor(theme.selection)))
            grid.setItem(row, column, cell)
    grid.verticalHeader().hide()
    fit_width(grid, stretch=1)
    fit_height(grid)


def _score(value, lang: str) -> str:
    return "–" if value is None else number(value, lang, 2)


def _other_rank(rank: int | None, other: int | None, theme: Theme) -> QTableWidgetItem:
    if rank is None or other is None:
        return _item("–")
    if other == rank:
        return _item(f"{other}.", QCoreApplication.translate("BeraadTables", "The same place in the other ranking"))
    arrow = "▼" if other > rank else "▲"
    cell = _item(f"{other}. {arrow}{abs(other - rank)}", QCoreApplication.translate("BeraadTables", "Another place in the other ranking"))
    cell.setForeground(QBrush(QColor(theme.warning)))
    return cell


def _jurors(team, theme: Theme) -> QTableWidgetItem:
    text = str(team.jurors)
    if team.few_jurors:
        cell = _item(f"⚠ {text}", QCoreApplication.translate("BeraadTables", "Fewer jurors than the minimum"))
        cell.setForeground(QBrush(QColor(theme.warning)))
        return cell
    return _item(text)


def _spread(team, lang: str, theme: Theme) -> QTableWidgetItem:
    text = number(team.spread, lang)
    if team.disagreement:
        cell = _item(f"⚠ {text}", QCoreApplication.translate("BeraadTables", "The jurors disagree widely"))
        cell.setForeground(QBrush(QColor(theme.warning)))
        return cell
    return _item(text)


def fill_heatmap(grid: QTableWidget, result: PoolResult, names: Names, lang: str, scale: tuple[int, int], theme: Theme) -> None:
    """Jurors down, teams (in rank order) across: each cell the juror's weighted score on a blue scale,
    "R" hatched for a recusal, "NS" grey for not seen, empty where nothing arrived."""
    jurors = [p.juror_id for p in result.profiles] or sorted({j for t in result.teams for j in t.juror_scores})
    grid.clear()
    grid.setRowCount(len(jurors))
    grid.setColumnCount(len(result.teams))
    grid.setVerticalHeaderLabels([names.juror(j) for j in jurors])
    _team_headers(grid, result, names)
    for column, team in enumerate(result.teams):
        for row, juror in enumerate(jurors):
            grid.setItem(row, column, _heat_cell(team, juror, lang, scale, theme))
    grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    fit_width(grid, even=True)
    fit_height(grid)


def _heat_cell(team, juror: int, lang: str, scale: tuple[int, int], theme: Theme) -> QTableWidgetItem:
    if juror in team.recused:
        cell = _item(QCoreApplication.translate("BeraadTables", "R"), QCoreApplication.translate("BeraadTables", "Recused (conflict of interest)"))
        cell.setBackground(QBrush(QColor(theme.border), Qt.BrushStyle.BDiagPattern))
        return cell
    if juror in team.not_seen:
        cell = _item(QCoreApplication.translate("BeraadTables", "NS"), QCoreApplication.translate("BeraadTables", "Not seen: the juror missed this pitch"))
        cell.setBackground(QBrush(QColor(theme.page)))
        cell.setForeground(QBrush(QColor(theme.muted)))
        return cell
    value = team.juror_scores.get(juror)
    if value is None:
        return _item("")
    share = min(max((float(value) - scale[0]) / max(scale[1] - scale[0], 1), 0.0), 1.0)
    cell = _item(number(value, lang))
    fill = _blend(QColor(theme.surface), QColor(theme.primary), share * 0.85).name()
    cell.setBackground(QBrush(QColor(fill)))
    cell.setForeground(QBrush(QColor(max((theme.text, theme.on_primary), key=lambda ink: contrast(ink, fill)))))
    return cell


def _blend(low: QColor, high: QColor, share: float) -> QColor:
    return QColor(*(round(a + (b - a) * share) for a, b in ((low.red(), high.red()), (low.green(), high.green()),
                                                          (low.blue(), high.blue()))))


def fill_criteria(grid: QTableWidget, result: PoolResult, names: Names, lang: str) -> None:
    """Criteria down, teams (in rank order) across: the mean score per criterion, the best team on
    each criterion in bold (not by colour)."""
    keys = list(names.criteria) or sorted({k for t in result.teams for k in t.per_criterion})
    grid.clear()
    grid.setRowCount(len(keys))
    grid.setColumnCount(len(result.teams))
    for row, key in enumerate(keys):
        title = names.criteria.get(key, key)
        head = QTableWidgetItem(title if len(title) <= CRITERION_CHARS else title[: CRITERION_CHARS - 1].rstrip() + "…")
        head.setToolTip(title)
        grid.setVerticalHeaderItem(row, head)
    _team_headers(grid, result, names)
    bold = QFont(grid.font())
    bold.setBold(True)
    for row, key in enumerate(keys):
        best = max((t.per_criterion.get(key) for t in result.teams if t.per_criterion.get(key) is not None), default=None)
        for column, team in enumerate(result.teams):
            value = team.per_criterion.get(key)
            cell = _item("–" if value is None else number(value, lang))
            if value is not None and value == best:
                cell.setFont(bold)
            grid.setItem(row, column, cell)
    fit_width(grid, even=True)
    fit_height(grid)


def _team_headers(grid: QTableWidget, result: PoolResult, names: Names) -> None:
    """Columns headed by the team's number (its full name in the tooltip)."""
    for column, team in enumerate(result.teams):
        head = QTableWidgetItem(short_team(names.team(team.team_id)))
        head.setToolTip(names.team(team.team_id))
        grid.setHorizontalHeaderItem(column, head)


def short_team(label: str) -> str:
    """ "Team 3 De Datadragers" -> "3" (the number the heatmap's and the charts' axes show)."""
    return label.removeprefix("Team ").split(" ")[0]
