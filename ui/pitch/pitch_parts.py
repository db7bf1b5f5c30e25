"""The pitch page's other parts beside its questions: the storyboard, the task split and sharing, each a tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.pitch.pitch_page import PitchPage


class _PassesOn:
    """Passes the page's calls on to the part it holds (``self.part``)."""

    part: QWidget

    def show_step(self, step, team) -> None:
        self.part.show_step(step, team)

    def focus_first(self) -> QWidget:
        """Where the focus goes in this part: its own choice (``focus_first()``), else the part itself."""
        first = getattr(self.part, "focus_first", None)
        return first() if first is not None else self.part

    def focus_chain(self) -> list[QWidget]:
        chain = getattr(self.part, "focus_chain", None)
        return chain() if chain is not None else []

    def flush_edits(self) -> None:
        flush = getattr(self.part, "flush_edits", None)
        if flush is not None:
            flush()


class ScrollingPart(_PassesOn, QScrollArea):
    """A part that may be taller than the page (the task split with many members), scrolled."""

    def __init__(self, part: QWidget, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(part)
        self.part = part


class HeldPart(_PassesOn, QWidget):
    """A part that scrolls its own content (the storyboard: its buttons stay in view above its panels)."""

    def __init__(self, part: QWidget, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(part)
        self.part = part


def add_parts(page: PitchPage, workspace) -> None:
    from ui.pitch.pitch_exports import PitchExports
    from ui.pitch.storyboard_panel import StoryboardPanel
    from ui.pitch.task_panel import TaskPanel

    page.add_part("storyboard", QCoreApplication.translate("PitchPage", "Storyboard"),
                  HeldPart(StoryboardPanel(workspace), "storyboardPart"))
    tasks = TaskPanel(workspace)
    tasks.summaryChanged.connect(page.meter.show_tasks)  # the meter tells how far the split is, a link to it
    page.add_part("tasks", QCoreApplication.translate("PitchPage", "Task split"), ScrollingPart(tasks, "taskScroll"))
    page.add_part("share", QCoreApplication.translate("PitchPage", "Share"), PitchExports(workspace))
