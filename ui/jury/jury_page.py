"""The facilitator's jury page: one tab per stage of the afternoon, each built when first shown.

Jury and rubric (set-up, kits) · Running order (the pitches, on the beamer) · Scores (juror files,
paper sheets, close scoring) · Juryberaad (results, confirm the winners) · Reveal (the winners on
the beamer, the audience prize). Ctrl+PgDown / Ctrl+PgUp (and Ctrl+Tab / Ctrl+Shift+Tab) switch tabs
while the page shows, wherever the focus is (a table that would take Ctrl+PgDown itself, the step list); the
focus lands in the new tab.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.common import text_size
from ui.common.keymap import bind_window
from ui.window.workspace import Workspace

# (objectName, title, module, class): each tab's widget takes (workspace, beamer) and may offer landing().
TABS = (
    ("jurySetupTab", QT_TRANSLATE_NOOP("JuryPage", "Jury and rubric"), "ui.jury.setup_tab", "SetupTab"),
    ("juryOrderTab", QT_TRANSLATE_NOOP("JuryPage", "Running order"), "ui.jury.order_tab", "OrderTab"),
    ("juryScoresTab", QT_TRANSLATE_NOOP("JuryPage", "Scores"), "ui.jury.scores_tab", "ScoresTab"),
    ("juryBeraadTab", QT_TRANSLATE_NOOP("JuryPage", "Juryberaad"), "ui.jury.beraad_tab", "BeraadTab"),
    ("juryRevealTab", QT_TRANSLATE_NOOP("JuryPage", "Reveal"), "ui.jury.reveal_tab", "RevealTab"),
)


class JuryPage(QWidget):
    def __init__(self, workspace: Workspace, beamer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("juryPage")
        self._ws = workspace
        self._beamer = beamer  # the event view's BeamerSource (made on first use)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("juryTabs")
        self.tabs.setDocumentMode(True)
        self._built: dict[int, QWidget] = {}
        for name, title, _module, _cls in TABS:
            holder = QWidget()
            holder.setObjectName(f"{name}Holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, QCoreApplication.translate("JuryPage", title))
        self.tabs.currentChanged.connect(self._build)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.addWidget(self.tabs)
        self._build(self.tabs.currentIndex())
        bind_window("juryNextTab", self, lambda: self.enter_tab(self.tabs.currentIndex() + 1))
        bind_window("juryPreviousTab", self, lambda: self.enter_tab(self.tabs.currentIndex() - 1))

    def enter_tab(self, index: int) -> None:
        """Switch to tab ``index`` (round the ends, as the desktop's tabs do) and put the focus in it."""
        self.tabs.setCurrentIndex(index % self.tabs.count())
        self.landing().setFocus(Qt.FocusReason.TabFocusReason)

    def show_tab(self, name: str) -> QWidget:
        """Switch to the tab ``name`` (its objectName) and return its widget."""
        index = next(i for i, tab in enumerate(TABS) if tab[0] == name)
        self.tabs.setCurrentIndex(index)
        return self.tab(index)

    def tab(self, index: int) -> QWidget:
        self._build(index)
        return self._built[index]

    def _build(self, index: int) -> None:
        if index < 0 or index in self._built:
            return
        name, _title, module, cls = TABS[index]
        widget = getattr(import_module(module), cls)(self._ws, self._beamer)
        widget.setObjectName(name)
        self.tabs.widget(index).layout().addWidget(text_size.scroll_when_large(widget))  # 200 % text: a tab may scroll
        self._built[index] = widget

    def landing(self) -> QWidget:
        widget = self.tab(self.tabs.currentIndex())
        landing = getattr(widget, "landing", None)
        return landing() if landing is not None else self.tabs.tabBar()

    def refresh(self) -> None:
        """Shown again: each built tab re-reads (tabs also follow the change feed themselves)."""
        for widget in self._built.values():
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh()
