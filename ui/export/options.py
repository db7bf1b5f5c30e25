"""The choices of an export dialog that depend on what is exported: the team of a dossier or poster,
the poster's paper, the names in the report and the outcomes, the outcomes' format, and the language
of every file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QRadioButton, QVBoxLayout, QWidget

from app.event.teams import TeamView
from app.export.jobs import SIZES
from app.export.names import team_label


class ExportOptions(QWidget):
    """The form of choices; ``changed`` when any of them changes (the default name follows)."""

    changed = Signal()

    def __init__(self, kind: str, lang: str, teams: tuple[TeamView, ...] = (), team_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.teams = kind, teams
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(12)
        self.form.setHorizontalSpacing(16)
        self.team_box = self._team(team_id) if teams else None
        self.size = self._size() if kind == "poster" else None
        self.names = self._pair("exportNames", QCoreApplication.translate("export", "Participants' names"), QCoreApplication.translate("export", "Include names and organisations"),
                                QCoreApplication.translate("export", "Leave them out (for sharing outside the event)")) if kind in ("report", "outcomes") else None
        self.format = self._pair("exportFormat", QCoreApplication.translate("export", "Format"), QCoreApplication.translate("export", "JSON: one file, for other programs"),
                                 QCoreApplication.translate("export", "CSV: a folder of tables, for Excel")) if kind == "outcomes" else None
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(lang))
        self.language.currentIndexChanged.connect(self.changed)
        self.form.addRow(QCoreApplication.translate("export", "Language of the file"), self.language)

    def _team(self, team_id: int | None) -> QComboBox:
        box = QComboBox()
        box.setObjectName("exportTeam")
        for team in self.teams:
            box.addItem(team_label(team.number, team.name, QCoreApplication.translate("export", "Team")), team.id)
        box.setCurrentIndex(max(box.findData(team_id), 0))
        box.currentIndexChanged.connect(self.changed)
        self.form.addRow(QCoreApplication.translate("export", "Team"), box)
        return box

    def _size(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("exportSize")
        for size in SIZES:
            box.addItem(QCoreApplication.translate("export", "A1 (a flip-over sheet)") if size == "A1" else size, size)
        box.setCurrentIndex(box.findData("A1"))
        box.currentIndexChanged.connect(self.changed)
        self.form.addRow(QCoreApplication.translate("export", "Paper size"), box)
        return box

    def _pair(self, name: str, title: str, first: str, second: str) -> QButtonGroup:
        """Two radio buttons (``name``First, ``name``Second); the first chosen."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        group = QButtonGroup(self)
        for index, (text, suffix) in enumerate(((first, "First"), (second, "Second"))):
            button = QRadioButton(text)
            button.setObjectName(name + suffix)
            button.setChecked(index == 0)
            group.addButton(button, index)
            layout.addWidget(button)
        group.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.form.addRow(title, column)
        return group

    @property
    def lang(self) -> str:
        return self.language.currentData()

    @property
    def team(self) -> TeamView | None:
        return self.teams[self.team_box.currentIndex()] if self.team_box is not None else None

    @property
    def paper(self) -> str:
        return self.size.currentData() if self.size is not None else "A1"

    @property
    def with_names(self) -> bool:
        return self.names is None or self.names.checkedId() == 0

    @property
    def csv(self) -> bool:
        """Whether the export is a folder of CSV tables (the jury's always is)."""
        return self.kind == "jury" or (self.format is not None and self.format.checkedId() == 1)
