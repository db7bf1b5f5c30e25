"""A step's work surface (the board), with its one-line instruction above it.

Steps of a kind with a surface open on it; "Uitleg" switches to the full instructions and back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.day.template import Step, StepKind
from app.event.teams import TeamView
from ui.common.widgets import card, label

HEADER_SPACING = 16


def _board(workspace):
    from ui.board.board_page import BoardPage

    return BoardPage(workspace)


def _knelpunten(workspace):
    from ui.outcomes.knelpunten_page import KnelpuntenPage

    return KnelpuntenPage(workspace)


def _vote(workspace):
    from ui.voting.vote_page import VotePage

    return VotePage(workspace)


def _problem_statement(workspace):
    from ui.outcomes.problem_statement_page import ProblemStatementPage

    return ProblemStatementPage(workspace)


def _vehicle(workspace):
    from ui.canvases.vehicle_page import VehiclePage

    return VehiclePage(workspace)


def _crystal(workspace):
    from ui.canvases.crystal_page import CrystalPage

    return CrystalPage(workspace)


def _race(workspace):
    from ui.race.race_page import RacePage

    return RacePage(workspace)


def _pitch(workspace):
    from ui.pitch.pitch_page import PitchPage
    from ui.pitch.pitch_parts import add_parts

    page = PitchPage(workspace)
    add_parts(page, workspace)
    return page


# Each kind of step with a work surface, and how to make it (once, when first needed).
SURFACES = {
    StepKind.BRAIN_DUMP: ("board", _board),
    StepKind.CLUSTER: ("board", _board),
    StepKind.KNELPUNTEN: ("knelpunten", _knelpunten),
    StepKind.DOT_VOTE: ("vote", _vote),
    StepKind.VEHICLE: ("vehicle", _vehicle),
    StepKind.CRYSTAL_BALL: ("crystal", _crystal),
    StepKind.HKW: ("board", _board),
    StepKind.PROBLEM_STATEMENT: ("problem_statement", _problem_statement),
    StepKind.IDEA_RACE: ("race", _race),
    StepKind.PITCH: ("pitch", _pitch),
}


def elsewhere_text(workspace, team_step: str | None) -> str:
    """Said when someone reads another step than the one the team is at."""
    where = workspace.t(workspace.template.step(team_step).title) if team_step else QCoreApplication.translate("StepPage", "the introductions")
    return QCoreApplication.translate("StepPage", "You are looking at another step than the team's. The team is at: {step}.").format(step=where)


def has_surface(step: Step) -> bool:
    return step.kind in SURFACES


class WorkArea(QWidget):
    instructionsRequested = Signal()

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workArea")
        self._ws = workspace
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 4, 16, 0)
        column.setSpacing(4)
        self._timer: QWidget | None = None
        self._header = QHBoxLayout()  # the title, the timer strip (when it fits) and "Instructions"
        self._header.setSpacing(HEADER_SPACING)
        self.title_label = label("", "h2", "workTitle", wrap=False)
        self._header.addWidget(self.title_label, 1)
        self._explain = QPushButton(self.tr("Instructions"))
        self._explain.setObjectName("showInstructionsButton")
        self._explain.setToolTip(self.tr("The full instructions, questions and tips of this step"))
        self._explain.clicked.connect(self.instructionsRequested)
        self._header.addWidget(self._explain)
        column.addLayout(self._header)
        self._timer_row = QVBoxLayout()  # the timer strip when the title's row is too narrow for it
        column.addLayout(self._timer_row)
        self.instruction_label = label("", "lead", "workInstruction")
        column.addWidget(self.instruction_label)
        self.prompts_label = label("", "muted", "workPrompts")  # e.g. the brain dump's "what to write"
        column.addWidget(self.prompts_label)
        self.banner, banner_layout = card("otherStepBanner", margins=10)
        self.banner_label = label("")
        banner_layout.addWidget(self.banner_label)
        column.addWidget(self.banner)
        self._surfaces = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        column.addWidget(self._surfaces, 1)

    def set_timer(self, panel: QWidget) -> None:
        self._timer = panel
        self._place_timer()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_timer()

    def compact_timer_row(self) -> str:
        """Where the timer strip is: beside the "title" or on its "own" row."""
        return "title" if self._timer is not None and self._header.indexOf(self._timer) >= 0 else "own"

    def _place_timer(self) -> None:
        """The timer strip beside the title when the row has room for it (the list of steps
        folded away), else on a row of its own under the title: never squeezed or clipped."""
        if self._timer is None:
            return
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = self.title_label.sizeHint().width() + self._timer.sizeHint().width() + self._explain.sizeHint().width() + 2 * HEADER_SPACING
        beside = needed <= room
        if beside == (self._header.indexOf(self._timer) >= 0) and self._timer.parentWidget() is self:
            return
        self._header.removeWidget(self._timer)
        self._timer_row.removeWidget(self._timer)
        self._header.setStretchFactor(self.title_label, 0 if beside else 1)
        if beside:
            self._header.insertWidget(1, self._timer, 1)
        else:
            self._timer_row.addWidget(self._timer)
        self._tab_as_placed(beside)

    def _tab_as_placed(self, beside: bool) -> None:
        """Tab reads the header as it stands: the timer's buttons, then Instructions right of them (beside the
        title); Instructions first when the timer is on its own row below."""
        stops = [w for w in self._timer.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus]
        if not stops:
            return
        chain = [*stops, self._explain] if beside else [self._explain, *stops]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def surface(self, name: str) -> QWidget:
        if name not in self._built:
            make = next(factory for key, factory in SURFACES.values() if key == name)
            self._built[name] = make(self._ws)
            self._surfaces.addWidget(self._built[name])
        return self._built[name]

    @property
    def board(self):
        return self.surface("board")

    def show_step(self, step: Step, team: TeamView) -> None:
        self.title_label.setText(self._ws.t(step.title))
        self._place_timer()
        self.instruction_label.setText(self._ws.t(step.instruction))
        prompts = self._prompts(step)
        self.prompts_label.setText(prompts)
        self.prompts_label.setVisible(bool(prompts))
        elsewhere = team.current_step != step.key
        self.banner.setVisible(elsewhere)
        if elsewhere:
            self.banner_label.setText(elsewhere_text(self._ws, team.current_step))
        name, _factory = SURFACES[step.kind]
        page = self.surface(name)
        self._surfaces.setCurrentWidget(page)
        page.show_step(step, team)

    def _prompts(self, step: Step) -> str:
        """What to write, shown above the board: the brain dump's questions, the HKW step's examples."""
        if step.kind is StepKind.BRAIN_DUMP:
            return " · ".join(self._ws.t(q) for q in step.questions)
        if step.kind is StepKind.HKW and step.examples:
            return "\n".join([self.tr("For example:")] + [f"• {self._ws.t(example)}" for example in step.examples])
        return ""

    def landing(self) -> QWidget:
        """The surface in view takes the focus when the step is shown."""
        surface = self._surfaces.currentWidget()
        landing = getattr(surface, "landing", None)  # a surface may name the control that takes it
        return landing() if landing is not None else surface or self

    def flush_edits(self) -> None:
        """Save what is being typed on any surface that holds typing (the board's notes)."""
        for page in self._built.values():
            flush = getattr(page, "flush_edits", None)
            if flush is not None:
                flush()
