"""New event: name, day, place and the template that describes the day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.event.events import create_event_from_file
from app.event.template_choice import template_title
from app.paths import templates_dir
from app.storage.store import Store
from ui.common.messages import message_for
from ui.common.widgets import label


class DayEdit(QDateEdit):
    """A day field that Tab leaves at once. Qt's date edit walks its day, month and year on Tab
    first, so a place typed "in the next field" landed in the date and was lost. Typing the
    digits moves through the parts by itself; the arrow keys move between them too."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, forward)


class NewEventDialog(QDialog):
    """Creates the event on OK; a template that cannot be used is explained and nothing is made."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newEventDialog")
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(520)
        self._store = store
        self.event_id: int | None = None

        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("eventNameEdit")
        self.name_edit.setPlaceholderText(self.tr("Leave empty to use the template's title"))
        form.addRow(self.tr("Name"), self.name_edit)
        self.date_edit = DayEdit(QDate.currentDate())
        self.date_edit.setObjectName("eventDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("Day"), self.date_edit)
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("eventLocationEdit")
        form.addRow(self.tr("Location"), self.location_edit)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templatePicker")
        # As wide as its longest name; the dialog never grows past the screen for it (showEvent).
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_combo.setMinimumWidth(200)  # on a narrow screen it gives way, not its label
        for path in sorted(templates_dir().glob("*.toml")):
            self.template_combo.addItem(_shown_name(path), str(path))
        browse = QPushButton(self.tr("Other template file…"))
        browse.setObjectName("browseTemplateButton")
        browse.clicked.connect(self._browse)
        form.addRow(self.tr("Template"), self.template_combo)
        form.addRow("", browse)

        self.error_label = label("", "error", "newEventError")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("createEventOk")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create event"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(buttons)
        ok = self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for before, after in ((self.name_edit, self.date_edit), (self.date_edit, self.location_edit),
                              (self.location_edit, self.template_combo), (self.template_combo, browse), (browse, ok)):
            QWidget.setTabOrder(before, after)  # the order they are read in, whatever the platform's buttons

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """At least 520 px wide, and as wide as its labels and fields need (200 % text), within the screen."""
        room = self.screen().availableGeometry().width() - 40
        self.setMinimumWidth(min(room, max(520, self.sizeHint().width())))
        super().showEvent(event)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a template"), str(Path.home()),
                                                     self.tr("Staatsprint templates (*.toml)"))
        if path:
            self.add_template_file(Path(path))
            self._ok.setFocus()  # chosen: Enter now creates the event (not the file dialog again)

    def add_template_file(self, path: Path) -> None:
        self.template_combo.addItem(_shown_name(path, with_file=True), str(path))
        self.template_combo.setCurrentIndex(self.template_combo.count() - 1)

    def create(self) -> None:
        day = self.date_edit.date()
        try:
            self.event_id = create_event_from_file(
                self._store,
                Path(self.template_combo.currentData()),
                date(day.year(), day.month(), day.day()),
                self.name_edit.text() or None,
                self.location_edit.text(),
            )
        except DomainError as error:
            self.error_label.setText(message_for(error))
            self.error_label.show()
            return
        self.accept()


def _shown_name(path: Path, with_file: bool = False) -> str:
    """A template by its title in the UI's language (and its file's name, for a file chosen by hand);
    its file's name when it has no readable title."""
    title = template_title(path)
    if title is None:
        return path.name
    shown = title["nl" if QLocale().language() == QLocale.Language.Dutch else "en"]
    return f"{shown} ({path.name})" if with_file else shown
