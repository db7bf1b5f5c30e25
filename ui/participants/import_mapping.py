"""The mapping step: each column of the registration file with a few of its values and what it is.

Recognised columns come preset (by their header, or as these headers were mapped before); a column no
rule recognised is marked and starts as "do not import" until the facilitator chooses. One row per
column in a grid, so Tab walks from drop-down to drop-down in the file's order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from app.participants.registration import IGNORED, Mapping, Table
from ui.common.elided_label import ElidedLabel
from ui.common.widgets import ScrollSafeComboBox, card, label, scrolling
from ui.common.messages_import import import_field_label as field_label
from ui.participants.import_words import FIELD_CHOICES

SAMPLES = 3  # values shown per column: enough to recognise it, short enough for one line


def samples(table: Table, column: int) -> list[str]:
    """The first few values of ``column`` that are not empty."""
    found = []
    for _line, cells in table.rows:
        value = cells[column].strip() if column < len(cells) else ""
        if value:
            found.append(value)
            if len(found) == SAMPLES:
                break
    return found


class MappingStep(QWidget):
    """Which field each column is; ``fields()`` the choice, ``first_focus()`` where the keyboard starts.
    ``changed``: a column's choice changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingStep")
        self.combos: list[ScrollSafeComboBox] = []
        self.headers: tuple[str, ...] = ()
        self._unknown: tuple[int, ...] = ()
        self.lead = label("", "muted", "importMappingLead")
        frame, self._frame_layout = card("importMappingCard", spacing=0, margins=0)
        self.area = scrolling(QWidget(), "importMappingArea")
        self._frame_layout.addWidget(self.area)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(label(QCoreApplication.translate("import", "Which column holds what?"), "h3"))
        column.addWidget(self.lead)
        column.addWidget(frame, 1)

    def show_table(self, table: Table, mapping: Mapping) -> None:
        """One row per column of ``table``, its drop-down set as ``mapping`` proposes."""
        self._unknown = mapping.unknown
        self.headers = table.headers
        self.lead.setText(self._lead_text(len(table.headers), len(mapping.unknown)))
        grid_page = QWidget()
        grid_page.setAccessibleName(QCoreApplication.translate("import", "The file's columns"))
        grid = QGridLayout(grid_page)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for place, text in enumerate((QCoreApplication.translate("import", "Column in the file"),
                                      QCoreApplication.translate("import", "Values in the file"),
                                      QCoreApplication.translate("import", "Import as"))):
            grid.addWidget(label(text, "eyebrow"), 0, place)
        self.combos = []
        for index, header in enumerate(table.headers):
            self._add_row(grid, index, header, samples(table, index), mapping.fields.get(index, IGNORED))
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 260)  # a header and its "not recognised" on one line each
        grid.setRowStretch(2 * len(table.headers) + 1, 1)
        self.area.setWidget(grid_page)
        for before, after in zip(self.combos, self.combos[1:]):
            QWidget.setTabOrder(before, after)

    def _add_row(self, grid: QGridLayout, index: int, header: str, values: list[str], field: str) -> None:
        row = 2 * index + 1
        if index:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setProperty("role", "rule")
            grid.addWidget(line, row - 1, 0, 1, 3)
        unknown = index in self._unknown
        name = header or QCoreApplication.translate("import", "(column {number} without a header)").format(number=index + 1)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(label(name, "column", f"importHeader{index}"))
        if unknown:
            heading.addWidget(label(QCoreApplication.translate("import", "Not recognised: choose what it is"), "warning",
                                    f"importUnknown{index}"))
        grid.addLayout(heading, row, 0, Qt.AlignmentFlag.AlignVCenter)
        shown = ElidedLabel("  ·  ".join(values) or QCoreApplication.translate("import", "(empty in every row)"), "muted",
                            f"importSamples{index}")
        shown.setMinimumWidth(120)
        grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignVCenter)
        combo = ScrollSafeComboBox()
        combo.setObjectName(f"importField{index}")
        combo.setAccessibleName(QCoreApplication.translate("import", "Import column “{header}” as").format(header=name))
        if unknown:  # the facilitator says what it is, if only "do not import": nothing is dropped unseen
            combo.addItem(QCoreApplication.translate("import", "Choose…"), None)
        for choice in FIELD_CHOICES:
            combo.addItem(field_label(choice), choice)
        combo.setCurrentIndex(0 if unknown else FIELD_CHOICES.index(field) if field in FIELD_CHOICES else FIELD_CHOICES.index(IGNORED))
        combo.setMinimumWidth(220)
        combo.currentIndexChanged.connect(self.changed)
        grid.addWidget(combo, row, 2, Qt.AlignmentFlag.AlignVCenter)
        self.combos.append(combo)

    def _lead_text(self, columns: int, unknown: int) -> str:
        if unknown:
            # self.tr: lupdate reads a plural (%n) source from tr(), not from QCoreApplication.translate()
            return self.tr("Recognised: {known} of the %n column(s). Choose what the others hold, or “do not import”. "
                           "Staatsprint remembers this for files with the same columns.", "", columns).format(known=columns - unknown)
        return QCoreApplication.translate(
            "import", "Every column was recognised; change what is wrong. Staatsprint remembers this for files with the same columns.")

    def fields(self) -> dict[int, str]:
        """Column index -> the chosen field (or IGNORED); a column not chosen yet is left out."""
        return {index: combo.currentData() for index, combo in enumerate(self.combos) if combo.currentData() is not None}

    def unchosen(self) -> int | None:
        """The first unknown column the facilitator has not chosen for yet (None: all chosen)."""
        return next((index for index, combo in enumerate(self.combos) if combo.currentData() is None), None)

    def first_focus(self) -> QWidget | None:
        """The first unknown column's drop-down (else the first)."""
        index = self._unknown[0] if self._unknown else 0
        return self.combos[index] if index < len(self.combos) else None

