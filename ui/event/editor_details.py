"""The event editor's "General" tab: the event's name, its day and its place."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.event.event_details import set_event_details
from app.text import column_limit
from db.models import Event
from ui.common.widgets import card, label
from ui.event.editor_fields import Bound, error_label
from ui.event.editor_state import EditedEvent


class DayEdit(QDateEdit):
    """A date field that Tab leaves (Qt's date field would walk its day, month and year with Tab
    first; the arrow keys still go from one to the other)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, forward)


class DetailsTab(QWidget):
    def __init__(self, edited: EditedEvent, saved, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorDetailsTab")
        self._edited = edited
        frame, layout = card("editorDetailsCard", spacing=8)
        layout.addWidget(label(self.tr("The event"), "h3"))
        layout.addWidget(label(self.tr("What the header, the beamer and the printed agenda call this day. "
                                       "A new date moves the whole programme to that day, at the same times."), "muted"))
        form = QFormLayout()
        form.setSpacing(8)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("editorEventName")
        self.name_edit.setMaxLength(column_limit(Event.name))
        self.day_edit = DayEdit()
        self.day_edit.setObjectName("editorEventDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setMaximumWidth(180)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("editorEventPlace")
        self.place_edit.setMaxLength(column_limit(Event.location))
        self.place_edit.setPlaceholderText(self.tr("e.g. the building and the city"))
        self.bindings: list[Bound] = []
        rows = (
            (self.tr("Name"), self.name_edit, lambda: edited.event.name, self._set_name, "editorNameError"),
            (self.tr("Date"), self.day_edit, lambda: edited.event.day, self._set_day, "editorDayError"),
            (self.tr("Place"), self.place_edit, lambda: edited.event.location, self._set_place, "editorPlaceError"),
        )
        for text, widget, read, write, error_name in rows:
            widget.setAccessibleName(text)
            error = error_label(error_name)
            holder = QVBoxLayout()
            holder.setSpacing(4)
            holder.addWidget(widget)
            holder.addWidget(error)
            form.addRow(text, holder)
            self.bindings.append(Bound(widget, read, write, error, saved))
        layout.addLayout(form)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 16, 0, 0)
        column.addWidget(frame)
        column.addStretch(1)

    def _details(self, **change) -> None:
        event = self._edited.event
        values = {"name": event.name, "day": event.day, "location": event.location, **change}
        set_event_details(self._edited.store, self._edited.id, values["name"], values["day"], values["location"])

    def _set_name(self, name: str) -> None:
        self._details(name=name)

    def _set_day(self, day) -> None:
        self._details(day=day)

    def _set_place(self, place: str) -> None:
        self._details(location=place)

    def landing(self) -> QWidget:
        return self.name_edit

    def refresh(self) -> None:
        for bound in self.bindings:
            bound.load()
