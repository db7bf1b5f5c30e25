"""The preview: what an import would do, before anything is written.

The counts first, then the refused rows (line, reason and what the row holds, in the danger colour:
they are what the facilitator acts on), the duplicates (line and whom they repeat), and beside them
the rows that will be imported (name, organisation, job title, preferred challenge)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.day.template import Template
from app.participants.registration import ImportReport, Table
from ui.common.widgets import card, label
from ui.participants.import_words import challenge_title, counts_sentence

CHALLENGE_WIDTH = 220  # the preferred challenge's column: its number and the title's start (whole in the tooltip)


def row_text(table: Table, line: int, fields: dict[int, str]) -> str:
    """Who the row at ``line`` is, to find it by in the file: "Anna de Vries · UWV" (its name and
    organisation; without a name its e-mail address and organisation)."""
    cells = next((cells for number, cells in table.rows if number == line), ())

    def value(field: str) -> str:
        return " ".join(cells[i] for i, f in sorted(fields.items()) if f == field and i < len(cells) and cells[i].strip())

    who = value("name") or value("email")
    return " · ".join(part for part in (who, value("organisation")) if part)


def read_only_table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    """A table to read (rows selectable to copy, never edited), its first column (the line) narrow."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move within it
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[str]], colour: str | None = None) -> None:
    """Put ``rows`` in ``table``; each cell's whole text also in its tooltip (a narrow column cuts it)."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colour:
                item.setForeground(QColor(colour))
            table.setItem(r, c, item)
    table.resizeColumnToContents(0)


def _wrap_middle(table: QTableWidget) -> None:
    """A problem table: its reason may take two lines; what the row holds (to find it by) gets a fixed width."""
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # its columns fit its width: no scroll bar to allow for
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.horizontalHeader()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(2, 220)
    header.sectionResized.connect(lambda *_: _fit_rows(table))  # a narrower column: the text wraps, the row grows


def _fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text; the table at most as tall as its rows (it grows into the column's
    room, then scrolls).
    Measured here with a margin to spare: Qt's own row fit measures a little wider than it paints, so a
    text just too long for one line was cut instead of wrapped."""
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        lines = max(metrics.boundingRect(QRect(0, 0, max(1, table.columnWidth(c) - 16), 100_000), Qt.TextFlag.TextWordWrap,
                                         table.item(r, c).text()).height() for c in range(table.columnCount()))
        table.setRowHeight(r, max(table.verticalHeader().defaultSectionSize(), lines + 10))
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setMaximumHeight(height + 2 * table.frameWidth() + 4)
    table.setMinimumHeight(min(table.maximumHeight(), 140))  # two rows at least, however many problems there are
    card = table.parentWidget()
    margins = card.layout().contentsMargins()
    title = card.layout().itemAt(0).widget()
    title_height = title.heightForWidth(max(1, card.width() - margins.left() - margins.right()))
    title.setMinimumHeight(title_height)  # wrapped (200 % text): all its lines, the table gives way
    card.setMaximumHeight(margins.top() + margins.bottom() + card.layout().spacing() + table.maximumHeight() + title_height + 2)


class PreviewStep(QWidget):
    """``show_report`` fills it; the dialog owns the buttons."""

    def __init__(self, template: Template, lang: str, danger: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewStep")
        self.template, self.lang, self.danger = template, lang, danger
        self.counts = label("", "lead", "importCounts")
        self.note = label("", "info", "importPreviewNote")
        self.refused = read_only_table("importRefusedTable", QCoreApplication.translate("import", "Refused rows"),
                                       [QCoreApplication.translate("import", "Line in the file"), QCoreApplication.translate("import", "Why refused"), QCoreApplication.translate("import", "The row holds")])
        self.duplicates = read_only_table("importDuplicatesTable", QCoreApplication.translate("import", "Duplicate rows"),
                                          [QCoreApplication.translate("import", "Line in the file"), QCoreApplication.translate("import", "The row holds"), QCoreApplication.translate("import", "Repeats")])
        self.incoming = read_only_table("importIncomingTable", QCoreApplication.translate("import", "Rows that will be imported"),
                                        [QCoreApplication.translate("import", "Line in the file"), QCoreApplication.translate("import", "Name"), QCoreApplication.translate("import", "Organisation"),
                                         QCoreApplication.translate("import", "Job title (at work)"), QCoreApplication.translate("import", "Preferred challenge")])
        challenge = self.incoming.horizontalHeader()
        challenge.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        challenge.resizeSection(4, CHALLENGE_WIDTH)
        self.incoming.horizontalHeaderItem(4).setToolTip(QCoreApplication.translate("import", "Preferred challenge"))
        _wrap_middle(self.refused)
        _wrap_middle(self.duplicates)
        self.refused_card, self.refused_title = self._section("importRefusedCard", self.refused, "error")
        self.duplicates_card, self.duplicates_title = self._section("importDuplicatesCard", self.duplicates, "h3")
        self.incoming_card, self.incoming_title = self._section("importIncomingCard", self.incoming, "h3")
        self._lay_out()

    def _section(self, name: str, table: QTableWidget, role: str):
        frame, layout = card(name, spacing=8, margins=12)
        title = label("", role, f"{name}Title")
        layout.addWidget(title)
        layout.addWidget(table, 1)
        return frame, title

    def _lay_out(self) -> None:
        for frame in (self.refused_card, self.duplicates_card):  # they share the column's height, each at most as tall as its rows
            frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.problems = QWidget()
        self.problems.setObjectName("importProblems")
        problems = QVBoxLayout(self.problems)
        problems.setContentsMargins(0, 0, 0, 0)
        problems.setSpacing(12)
        problems.addWidget(self.refused_card, 2)
        problems.addWidget(self.duplicates_card, 1)
        problems.addStretch(0)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.problems, 5)
        body.addWidget(self.incoming_card, 6)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.counts)
        column.addWidget(self.note)
        column.addLayout(body, 1)

    def show_report(self, report: ImportReport, table: Table, fields: dict[int, str], note: str) -> None:
        self.counts.setText(counts_sentence(report))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.refused_title.setText(QCoreApplication.translate("import", "Refused ({count}): correct these rows in the file").format(count=len(report.refused)))
        fill(self.refused, [[str(r.line), r.reason, row_text(table, r.line, fields)] for r in report.refused], self.danger)
        self.duplicates_title.setText(QCoreApplication.translate("import", "Duplicates, skipped ({count})").format(count=len(report.duplicates)))
        fill(self.duplicates, [[str(d.line), row_text(table, d.line, fields), d.of] for d in report.duplicates])
        self.incoming_title.setText(QCoreApplication.translate("import", "Will be imported ({count})").format(count=len(report.to_import)))
        fill(self.incoming, [[str(p.line), p.name, p.organisation, p.job_title,
                              challenge_title(self.template, p.challenge_key, self.lang)] for p in report.to_import])
        self.refused_card.setVisible(bool(report.refused))
        self.duplicates_card.setVisible(bool(report.duplicates))
        self.incoming_card.setVisible(bool(report.to_import))
        self.problems.setVisible(bool(report.refused or report.duplicates))
        _fit_rows(self.refused)
        _fit_rows(self.duplicates)

    def first_problem(self) -> QTableWidget | None:
        """The table a facilitator reads first when nothing can be imported."""
        for table, frame in ((self.refused, self.refused_card), (self.duplicates, self.duplicates_card)):
            if not frame.isHidden():
                return table
        return None
