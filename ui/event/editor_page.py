"""Edit the event: everything a facilitator changes for their own event — its name, day and place, the
challenges' texts, each step's minutes and rules — saved to the event as it is changed (the template
it was made from stays as it is), and "Save as template…" to start next year's event from this one.

Tabs: General, Programme (ui/event/programme_editor.py), Challenges, Steps.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.event.template_save import save_as_template
from ui.common.keymap import bind_window
from ui.common.messages import say
from ui.common.widgets import label
from ui.event.editor_challenges import ChallengesTab
from ui.event.editor_details import DetailsTab
from ui.event.editor_fields import refusal_text
from ui.event.editor_state import EditedEvent
from ui.event.editor_steps import StepsTab
from ui.event.programme_editor import ProgrammeEditor
from ui.storage.feed_bridge import touches
from ui.window.workspace import Workspace

FOLLOWED = {"event", "challenge", "vote", "programme_item"}  # what the editor shows: the event and its template, the challenges, the votes cast, the phases' times


def template_file_name(event_name: str) -> str:
    """A file name for the event's template: "Staatsprint 2027 Den Haag" -> "staatsprint-2027-den-haag.toml"."""
    stem = re.sub(r"[^\w]+", "-", event_name.lower(), flags=re.UNICODE).strip("-_")[:60].strip("-_")
    return f"{stem or 'template'}.toml"


class EditorPage(QWidget):
    def __init__(self, workspace: Workspace, beamer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPage")
        self._ws = workspace
        self._edited = EditedEvent(workspace)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(4)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(label(self.tr("EDIT THE EVENT"), "eyebrow"))
        heading.addWidget(label(self.tr("Every change is saved at once, for this event only: the template it was made from stays as it is."), "muted"))
        top.addLayout(heading, 1)
        self.save_button = QPushButton(self.tr("Save as template…"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        self.save_button.setToolTip(self.tr("Write this event's day, with every change, as a template file: next year's event can start from it"))
        self.save_button.clicked.connect(lambda: self.save_template())
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.status = label("", "info", "editorStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        column.addWidget(self.status)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.details = DetailsTab(self._edited, self._saved)
        self.challenges = ChallengesTab(self._edited, self._saved)
        self.steps = StepsTab(self._edited, self._saved)
        self.tabs.addTab(self.details, self.tr("General"))
        self.programme = ProgrammeEditor(workspace)
        self.tabs.addTab(self.programme, self.tr("Programme"))
        self.tabs.addTab(self.challenges, self.tr("Challenges"))
        self.tabs.addTab(self.steps, self.tr("Steps"))
        column.addWidget(self.tabs, 1)
        bind_window("editorNextTab", self, lambda: self.enter_tab(self.tabs.currentIndex() + 1))
        bind_window("editorPreviousTab", self, lambda: self.enter_tab(self.tabs.currentIndex() - 1))
        workspace.bridge.changed.connect(self._on_changes)

    # -- the page's contract (ui/window/places.py) ---------------------------
    def refresh(self) -> None:
        """Shown (again): every tab shows what is stored now."""
        self._edited.reload()
        for index in range(self.tabs.count()):
            refresh = getattr(self.tabs.widget(index), "refresh", None)
            if refresh is not None:
                refresh()

    def landing(self) -> QWidget:
        """The first field of the tab in view."""
        landing = getattr(self.tabs.currentWidget(), "landing", None)
        return landing() if landing is not None else self.tabs.tabBar()


    def enter_tab(self, index: int) -> None:
        """Switch to tab ``index`` (round the ends) with the focus on its first field."""
        self.tabs.setCurrentIndex(index % self.tabs.count())
        self.landing().setFocus(Qt.FocusReason.TabFocusReason)

    def flush_edits(self) -> None:
        """Store what is being typed (the window closes, another event opens)."""
        for tab in (self.details, self.challenges, self.steps):
            for bound in tab.bindings:
                bound.flush()

    # -- saving --------------------------------------------------------------
    def save_template(self, path: Path | None = None) -> Path | None:
        """Write the event's template to ``path`` (None: ask where, with a file dialog); the status
        line says where it went, or why it did not."""
        self.flush_edits()
        if path is None:
            path = self._ask_path()
            if path is None:
                return None
        try:
            saved = save_as_template(self._ws.store, self._edited.id, path)
        except DomainError as refused:
            say(self.status, self.tr("The template was not saved: {reason}").format(reason=refusal_text(refused)))
            return None
        say(self.status, self.tr("Saved as template: {path}").format(path=saved), "info")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved as template: {path}").format(path=saved), 8000)
        return saved

    def _ask_path(self) -> Path | None:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as template"), str(folder / template_file_name(self._edited.event.name)),
                                                      self.tr("Staatsprint templates (*.toml)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".toml" else path.with_name(path.name + ".toml")

    def _saved(self) -> None:
        """An edit was stored: the next one builds on it."""
        self._edited.reload()
        self.status.hide()

    def _on_changes(self, batch) -> None:
        """Changes from this laptop or another: shown when the page is (a hidden page costs nothing and
        re-reads when it is shown again)."""
        if self.isVisible() and touches(batch, FOLLOWED):
            self.refresh()
