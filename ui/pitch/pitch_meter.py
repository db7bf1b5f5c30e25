"""The pitch's completeness at a glance: how many questions are answered (a bar), the storyboard, the
task split and the presenter, and the questions still empty — each a link that jumps to its place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import FlowLayout, label
from ui.pitch.link_button import LinkButton

LINKS_SHOWN = 3  # the first empty questions as links (one line on a laptop); the rest behind "and N more"
LINK_CHARS = 40  # a link shows at most this much of its question


def _short(text: str) -> str:
    return text if len(text) <= LINK_CHARS else text[: LINK_CHARS - 1].rstrip() + "…"


def _link(text: str, name: str, tip: str = "") -> LinkButton:
    button = LinkButton(text)
    button.setObjectName(name)
    button.setAccessibleName(tip or text)
    button.setToolTip(tip)
    return button


class PitchMeter(QFrame):
    jump = Signal(str)  # a field key, "storyboard", "tasks" or "presenter"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pitchMeter")
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.count_label = label("", "h3", "pitchCount", wrap=False)
        top.addWidget(self.count_label)
        self.bar = QProgressBar()
        self.bar.setObjectName("pitchProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.bar.setAccessibleName(self.tr("Questions answered"))
        top.addWidget(self.bar, 1)
        column.addLayout(top)
        states = QHBoxLayout()  # the parts' states on a line of their own: on one line with the bar they did not fit at 1366 pixels
        states.setSpacing(16)
        self.storyboard = _link("", "pitchStoryboardState")
        self.storyboard.clicked.connect(lambda: self.jump.emit("storyboard"))
        states.addWidget(self.storyboard)
        self.tasks = _link("", "pitchTasksState")
        self.tasks.clicked.connect(lambda: self.jump.emit("tasks"))
        self.tasks.hide()  # until there is a task split to tell about
        states.addWidget(self.tasks)
        self.presenter = _link("", "pitchPresenterState")
        self.presenter.clicked.connect(lambda: self.jump.emit("presenter"))
        states.addWidget(self.presenter)
        states.addStretch(1)
        column.addLayout(states)
        self._empty_row = QWidget()
        self._flow = FlowLayout(self._empty_row, spacing=4)
        column.addWidget(self._empty_row)
        self._links: list[LinkButton] = []
        self._shown: list[tuple[str, str]] | None = None

    def show_counts(self, answered: int, asked: int, empty: list[tuple[str, str]]) -> bool:
        """The count, the bar and the empty questions ((key, question), in the order asked). True when
        the links were made anew (the page then puts them in its Tab order)."""
        self.count_label.setText(self.tr("{answered} of {asked} questions answered").format(answered=answered, asked=asked))
        widest = self.tr("{answered} of {asked} questions answered").format(answered=asked, asked=asked)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest) + 4)  # the bar keeps its width
        self.bar.setMaximum(max(asked, 1))
        self.bar.setValue(answered)
        if empty == self._shown:
            return False
        self._shown = list(empty)
        self._make_links(empty)
        return True

    def show_storyboard(self, panels: int, minimum: int, reachable: bool) -> None:
        """The storyboard's panels against its minimum; ``reachable``: the page has a storyboard to jump to."""
        if panels < minimum:
            text = self.tr("Storyboard: {panels} of at least {minimum} panels").format(panels=panels, minimum=minimum)
        else:
            text = self.tr("Storyboard: {panels} panels").format(panels=panels)
        self.storyboard.setText(text)
        self.storyboard.setAccessibleName(text)
        self.storyboard.setEnabled(reachable)

    def show_tasks(self, summary: str) -> None:
        """The task split's own summary ("3 of 5 tasks split"), a link to it."""
        self.tasks.setText(summary)
        self.tasks.setAccessibleName(summary)
        self.tasks.show()

    def show_presenter(self, name: str | None) -> None:
        text = self.tr("Presenter: {name}").format(name=name) if name else self.tr("Presenter: not chosen yet")
        self.presenter.setText(text)
        self.presenter.setAccessibleName(text)

    def controls(self) -> list[QWidget]:
        """The meter's links in reading order (for the page's Tab order)."""
        return [*self._links, self.storyboard, self.tasks, self.presenter]

    def _make_links(self, empty: list[tuple[str, str]]) -> None:
        while self._flow.count():
            widget = self._flow.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._links = []
        if not empty:
            self._flow.addWidget(label(self.tr("Every question is answered."), "muted", "pitchAllAnswered", wrap=False))
            return
        still = label(self.tr("Still empty:"), "muted", wrap=False)
        still.setContentsMargins(0, 4, 0, 0)  # on the links' line of text (they have a padding and a focus border)
        self._flow.addWidget(still)
        for key, question in empty[:LINKS_SHOWN]:
            link = _link(_short(question), f"pitchJump_{key}", self.tr("Go to: {question}").format(question=question))
            link.clicked.connect(lambda _=False, k=key: self.jump.emit(k))
            self._add_link(link)
        rest = empty[LINKS_SHOWN:]
        if rest:
            more = _link(self.tr("and {count} more…").format(count=len(rest)), "pitchJumpMore")
            menu = QMenu(more)
            for key, question in rest:
                menu.addAction(_short(question), lambda k=key: self.jump.emit(k))
            menu.aboutToShow.connect(lambda: menu.setActiveAction(menu.actions()[0]))  # Return picks the first at once
            more.setMenu(menu)
            self._add_link(more)

    def _add_link(self, link: LinkButton) -> None:
        self._flow.addWidget(link)
        self._links.append(link)
