"""The step navigator: challenge, team, then every phase with its steps and minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.day.navigation import step_keys
from app.day.template import Template
from ui.common.wrapping_rows import WrappingRows
from ui.window.places import PAGE_PLACES, menu_text

PLACE = Qt.ItemDataRole.UserRole  # ("challenge",) / ("team",) / ("step", key) / a page's (key,)
HIDDEN_KEY = "navigator_hidden"  # in the preferences: the list folded away, also next time


class StepNavigator(QTreeWidget):
    placeChosen = Signal(tuple)

    def __init__(self, template: Template, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setAccessibleName(self.tr("Steps of the day"))
        self.setHeaderHidden(True)
        self.setColumnCount(2)  # the step's title, and its minutes right-aligned
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(WrappingRows(self))  # a long title (or 200 % text) takes a second line, not a "…"
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self._template = template
        self._lang = lang
        self._items: dict[tuple, QTreeWidgetItem] = {}
        self._kept_hidden: set[tuple] = set()  # places a login may not open (hide_places), also after a rebuild
        self._build()
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def _build(self) -> None:
        lang = self._lang
        fixed = (
            (("programme",), self.tr("Programme and beamer")),
            (("challenge",), self.tr("The challenge")),
            (("team",), self.tr("Team and introductions")),
        )
        for place, text in fixed:
            item = QTreeWidgetItem([text])
            item.setData(0, PLACE, place)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            self._items[place] = item
        self._list_pages(self._items[("programme",)])
        for phase in self._template.phases:
            header = QTreeWidgetItem([f"{phase.number}  {phase.title.get(lang)}", ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setWeight(QFont.Weight.DemiBold)
            header.setFont(0, font)
            header.setData(0, Qt.ItemDataRole.AccessibleTextRole, phase.title.get(lang))
            self.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)  # a phase title may use the minutes column too
            for step in phase.steps:
                item = QTreeWidgetItem([step.title.get(lang), f"{step.minutes} min"])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(1, step.title.get(lang))
                item.setData(0, PLACE, ("step", step.key))
                item.setToolTip(0, step.instruction.get(lang))
                header.addChild(item)
                self._items[("step", step.key)] = item
            header.setExpanded(True)
        if self._template.jury is not None:  # after the phases: the afternoon's pitches, scores and winners
            item = QTreeWidgetItem([self.tr("The jury: pitches, scores, winners")])
            item.setData(0, PLACE, ("jury",))
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            self._items[("jury",)] = item
        for place in self._kept_hidden:
            if place in self._items:
                self._items[place].setHidden(True)
        _name_spanned_cells(self)

    def hide_places(self, places) -> None:
        """Hide these places' lines for good: a rebuild (the event edited here or on another laptop) keeps them away."""
        self._kept_hidden.update(tuple(place) for place in places)
        for place in places:
            item = self._items.get(tuple(place))
            if item is not None:
                item.setHidden(True)

    def _list_pages(self, programme: QTreeWidgetItem) -> None:
        """The facilitator's other pages (all teams, participants, the event editor), one click away."""
        for page in PAGE_PLACES:
            if page.in_navigator:
                item = QTreeWidgetItem([menu_text(page).replace("&", "")])
                item.setData(0, PLACE, (page.key,))
                programme.addChild(item)
                item.setFirstColumnSpanned(True)
                self._items[(page.key,)] = item
        programme.setExpanded(True)

    def set_template(self, template: Template, place: tuple, team_step: str | None) -> None:
        """The event's template changed (edited): its steps and minutes listed again, ``place`` chosen."""
        self._template = template
        self.clear()
        self._items = {}
        self._build()
        self.show_place(place, team_step)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        place = item.data(0, PLACE)
        if place:
            self.placeChosen.emit(tuple(place))

    def show_place(self, place: tuple, team_step: str | None) -> None:
        """Select ``place`` and mark where the team is: done steps with a tick, the current in bold."""
        keys = step_keys(self._template)
        current_index = keys.index(team_step) if team_step in keys else -1
        for index, key in enumerate(keys):
            item = self._items[("step", key)]
            step = self._template.step(key)
            mark = "✓ " if index < current_index else ("▶ " if index == current_index else "")
            item.setText(0, f"{mark}{step.title.get(self._lang)}")
            font = item.font(0)
            font.setWeight(QFont.Weight.Bold if index == current_index else QFont.Weight.Normal)
            item.setFont(0, font)
            item.setFont(1, font)
        item = self._items.get(place)
        self.blockSignals(True)
        if item is not None:
            self.setCurrentItem(item)
        else:  # a place without a line (a phase's gate): none highlighted, rather than the last one
            self.clearSelection()
            self.setCurrentItem(None)
        self.blockSignals(False)

    def item_for(self, place: tuple) -> QTreeWidgetItem:
        return self._items[place]


class NavigatorToggle(QPushButton):
    """Folds the list of steps away (the work surface gets its width) and back; remembered."""

    def __init__(self, navigator: StepNavigator, prefs, parent: QWidget | None = None) -> None:
        super().__init__("☰", parent)
        self.setObjectName("navigatorToggle")
        self.setCheckable(True)
        self.setAccessibleName(self.tr("List of steps"))
        self._navigator, self._prefs = navigator, prefs
        self.toggled.connect(self._show)
        self.setChecked(prefs.get(HIDDEN_KEY) != "1")
        self._show(self.isChecked())

    def _show(self, shown: bool) -> None:
        self._navigator.setVisible(shown)
        self._prefs.set(HIDDEN_KEY, int(not shown))
        self.setToolTip(self.tr("Hide the list of steps (Ctrl+L)") if shown else self.tr("Show the list of steps (Ctrl+L)"))


def _name_spanned_cells(tree: QTreeWidget) -> None:
    """A line spanning both columns still has a second cell for a screen reader: it says the line's name."""
    lines = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while lines:
        item = lines.pop()
        lines += [item.child(i) for i in range(item.childCount())]
        if not item.text(1):
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, item.data(0, Qt.ItemDataRole.AccessibleTextRole) or item.text(0))
