"""Every team of the kit in running order with its state: scored (with the weighted score), not seen,
criteria still open, or recused (listed, never chosen). Choosing one (Enter, a click) goes there."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget

from app.jury.juror_desk import NOT_SEEN, OPEN, PARTIAL, RECUSED, SCORED, JurorDesk
from ui.common.theme import LIGHT, Theme
from ui.common.widgets import label
from ui.jury.scoring_panel import score_text

TEAM_ROLE = Qt.ItemDataRole.UserRole
MARKS = {SCORED: "✓", NOT_SEEN: "⊘", PARTIAL: "◐", OPEN: "○", RECUSED: "—"}


class TeamOverview(QWidget):
    teamChosen = Signal(int)

    def __init__(self, desk: JurorDesk, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamOverviewPanel")
        self.desk = desk
        self._muted = QColor(theme.muted)
        self.setFixedWidth(240)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(label(self.tr("Running order"), "eyebrow"))
        self.list = QListWidget()
        self.list.setObjectName("teamOverview")
        self.list.setAccessibleName(self.tr("The teams and how far their scoring is"))
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long name wraps
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(_TeamRow(self.list))
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        column.addWidget(self.list, 1)

    def refresh(self, current: int | None) -> None:
        self.list.clear()
        for place, team in enumerate(self.desk.teams, start=1):
            state = self.desk.state(team.id)
            item = QListWidgetItem(f"{MARKS[state]}  {place}. {team.name}\n{self._state_text(team.id, state)}")
            item.setData(TEAM_ROLE, team.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{team.name}: {self._state_text(team.id, state)}")
            if state == RECUSED:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # listed, never chosen
                item.setForeground(self._muted)
            self.list.addItem(item)
            if team.id == current:
                self.list.setCurrentItem(item)

    def _state_text(self, team_id: int, state: str) -> str:
        if state == SCORED:
            return self.tr("scored · {score}").format(score=score_text(self.desk.weighted(team_id)))
        if state == NOT_SEEN:
            return self.tr("not seen")
        if state == RECUSED:
            return self.tr("You do not score this team (recusal)")
        missing = sum(1 for c in self.desk.criteria if self.desk.value(team_id, c.key) is None)
        if state == PARTIAL:
            return self.tr("%n criteria missing", "", missing)
        return self.tr("to score")

    def _chosen(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.teamChosen.emit(item.data(TEAM_ROLE))


class _TeamRow(QStyledItemDelegate):
    """A team's row: its name on one line (ending in "…" when too long), its state under it, indented,
    wrapping within the list's width — never a sideways scrollbar, never a line cut off."""

    PAD_X, PAD_Y = 6, 4  # the style sheet's QListView::item padding

    def _split(self, index) -> tuple[str, str]:
        name, _, state = (index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return name, state.strip()

    def _boxes(self, option, index) -> tuple[QRect, QRect]:
        metrics, (_name, state) = option.fontMetrics, self._split(index)
        inner = option.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        indent = metrics.horizontalAdvance("○  ")
        state_width = max(20, inner.width() - indent)
        state_box = metrics.boundingRect(QRect(0, 0, state_width, 10_000), int(Qt.TextFlag.TextWordWrap), state)
        name_box = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        return name_box, QRect(inner.left() + indent, name_box.bottom() + 1, state_width, state_box.height())

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        option.rect = QRect(0, 0, self.parent().viewport().width() - 2 * self.parent().spacing(), 0)
        name_box, state_box = self._boxes(option, index)
        return QSize(option.rect.width(), name_box.height() + state_box.height() + 2 * self.PAD_Y)

    def paint(self, painter, option, index) -> None:
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        name, state = self._split(index)
        name_box, state_box = self._boxes(option, index)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        painter.setPen(colour.color() if colour is not None else option.palette.text().color())
        painter.drawText(name_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         option.fontMetrics.elidedText(name, Qt.TextElideMode.ElideRight, name_box.width()))
        painter.drawText(state_box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), state)
        painter.restore()
