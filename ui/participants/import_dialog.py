"""Importing a registration file in the window: File → Import participants…, a .csv or .xlsx dropped on
the window, or the participants page's button (``start_import``).

One dialog, three states: a file that cannot be read (what and where, another file chosen from here),
the column mapping (when a header is unknown, or asked for), and the preview that says what the import
will do before anything is written. Import writes in one transaction and remembers the mapping for
these headers; a write that fails is said in the dialog and changes nothing. On success the dialog
closes and the window's status bar says how many were imported and where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.participants.import_fields import propose_mapping
from app.participants.import_plan import import_participants, preview
from app.participants.import_read import read_registration, sheet_names
from app.participants.registration import Mapping, Table
from ui.common.text_size import sized  # its font sizes at the chosen text size
from ui.common.elided_label import ElidedLabel
from ui.common.messages import message_for, message_line, say
from ui.common.theme import Theme
from ui.common.widgets import ScrollSafeComboBox, card, focus_again, label
from ui.participants.import_files import choose_registration, remember_folder
from ui.participants.import_mapping import MappingStep
from ui.participants.import_preview import PreviewStep
from ui.participants.import_words import import_button_text, imported_sentence, preview_note
from ui.window.workspace import Workspace

STATUS_MS = 20_000  # how long the status bar says what was imported


def start_import(parent: QWidget, workspace: Workspace, path: Path | None = None) -> bool:
    """Import a registration file into the open event (asked for when no ``path`` is given); True when
    participants were imported (the window's status bar then says how many)."""
    path = path or choose_registration(parent, workspace.prefs)
    if path is None:
        return False
    dialog = ImportDialog(workspace, path, parent)
    dialog.exec()
    dialog.deleteLater()
    focus_again(parent.window().focusWidget() or parent)
    if not dialog.imported:
        return False
    announce(parent, imported_sentence(dialog.imported))
    return True


def announce(parent: QWidget, text: str) -> None:
    """Say ``text`` in the main window's status bar (shown for the message, gone with it)."""
    window = parent.window()
    if not isinstance(window, QMainWindow):
        return
    bar = window.statusBar()
    if not bar.property("hidesWhenEmpty"):
        bar.messageChanged.connect(lambda shown: bar.setVisible(bool(shown)))
        bar.setProperty("hidesWhenEmpty", True)
    bar.show()
    bar.showMessage(text, STATUS_MS)


class ImportDialog(QDialog):
    """``imported``: how many participants the import wrote (0 until it did)."""

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Participants import"))
        self.setStyleSheet(_local_style(workspace.theme))
        self.workspace = workspace
        self.imported = 0
        self.path = path
        self.table: Table | None = None
        self._build()
        self._size_to_screen()
        self.load(path)

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = ElidedLabel("", "column", "importFileName")
        self.sheet_label = label(self.tr("Sheet in the file"), "muted", "importSheetLabel", wrap=False)
        self.sheets = ScrollSafeComboBox()
        self.sheets.setObjectName("importSheetCombo")
        self.sheets.setAccessibleName(self.tr("Sheet of the file to import"))
        self.sheets.setMinimumWidth(200)
        self.sheets.activated.connect(lambda _index: self.load(self.path, self.sheets.currentText()))
        self.sheet_hint = label("", "muted", "importSheetHint", wrap=False)
        self.other_file = self._button(self.tr("Choose another file…"), "importOtherFile", self.choose_other)
        keep_place = self.other_file.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the file's row keeps its height on the error page
        self.other_file.setSizePolicy(keep_place)

        self.error_text = label("", "error", "importFileError")
        self.error_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error_page = QWidget()
        error_page.setObjectName("importErrorPage")
        error_card, error_column = card("importErrorCard", spacing=12, margins=20)
        error_column.addWidget(self.error_text)
        error_column.addWidget(label(self.tr("Nothing was imported. Choose another file, or save this one again as CSV or "
                                             "Excel workbook (.xlsx) from the registration tool or spreadsheet, and choose it."), "muted"))
        error_page_column = QVBoxLayout(error_page)
        error_page_column.setContentsMargins(0, 8, 0, 0)
        error_page_column.addWidget(error_card)
        error_page_column.addStretch(1)
        self.mapping = MappingStep()
        self.mapping.changed.connect(self._mapping_changed)
        self.preview = PreviewStep(self.workspace.template, self.workspace.lang, self.workspace.theme.danger)
        self.steps = QStackedWidget()
        for page in (error_page, self.mapping, self.preview):
            self.steps.addWidget(page)
        self.error_page = error_page

        self.message = message_line("importMessage")
        self.map_columns = self._button(self.tr("Map columns…"), "importMapColumns", self.show_mapping)
        self.cancel = self._button(self.tr("Cancel"), "importCancel", self.reject)
        self.choose = self._button(self.tr("Choose another file…"), "importChooseFile", self.choose_other, primary=True)
        self.to_preview = self._button(self.tr("Show the preview"), "importShowPreview", self.show_preview, primary=True)
        self.reread = self._button(self.tr("Read the file again"), "importReread", self.read_again, primary=True)
        self.run = self._button("", "importRun", self.run_import, primary=True)
        self._lay_out()

    def _button(self, text: str, name: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        source = QHBoxLayout()
        source.setSpacing(12)
        source.addWidget(label(self.tr("File"), "muted", wrap=False))
        source.addWidget(self.file_label, 1)
        source.addSpacing(12)
        for widget in (self.sheet_label, self.sheets, self.sheet_hint):
            source.addWidget(widget)
        source.addSpacing(12)
        source.addWidget(self.other_file)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.map_columns)
        buttons.addStretch(1)
        for button in (self.cancel, self.choose, self.to_preview, self.reread, self.run):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 20, 28, 20)
        column.setSpacing(12)
        title = label(self.tr("Import participants into {event}").format(event=self.workspace.event.name), "h2", "importTitle")
        column.addWidget(title)
        column.addLayout(source)
        column.addWidget(self.steps, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)
        order = [self.sheets, self.other_file, self.mapping, self.preview, self.map_columns, self.cancel,
                 self.choose, self.to_preview, self.reread, self.run]
        for before, after in zip(order, order[1:]):
            QWidget.setTabOrder(before, after)

    def _size_to_screen(self) -> None:
        """As large as a 1366×768 screen allows (the preview's tables want the room), never larger."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.setMinimumSize(min(900, room.width() - 40), min(560, room.height() - 40))
        self.resize(min(1280, room.width() - 40), min(720, room.height() - 40))

    # -- the file ----------------------------------------------------------------
    def load(self, path: Path, sheet: str | None = None, keep: dict[int, str] | None = None) -> None:
        """Read ``path`` (``sheet`` of a workbook; None: the one most like registrations); then the mapping or the preview.
        ``keep``: the columns as chosen before, kept while the headers are the same (a file read again)."""
        headers_before = self.table.headers if self.table is not None else None
        self.path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.message.hide()
        try:
            table = read_registration(path, sheet)
            names = sheet_names(path) if table.sheet is not None else []
        except DomainError as error:
            self._show_error(error)
            return
        self.table = table
        remember_folder(self.workspace.prefs, path)
        self._show_sheets(names, table.sheet)
        if keep is not None and table.headers == headers_before:
            mapping = Mapping(fields=keep)
        else:
            mapping = propose_mapping(self.workspace.store, table.headers)
        self.mapping.show_table(table, mapping)
        if mapping.unknown:
            self.show_mapping()
        else:
            self.show_preview()

    def _show_sheets(self, names: list[str], current: str | None) -> None:
        several = len(names) > 1
        for widget in (self.sheet_label, self.sheets, self.sheet_hint):
            widget.setVisible(several)
        if not several:
            return
        self.sheets.clear()
        self.sheets.addItems(names)
        self.sheets.setCurrentIndex(names.index(current) if current in names else 0)
        self.sheet_hint.setText(self.tr("one of {count} sheets").format(count=len(names)))

    def _show_error(self, error: DomainError) -> None:
        self.table = None
        self.error_text.setText(message_for(error))
        for widget in (self.sheet_label, self.sheets, self.sheet_hint):
            widget.hide()
        self._to_step(self.error_page, self.choose)
        self.choose.setFocus(Qt.FocusReason.OtherFocusReason)

    def read_again(self) -> None:
        """The file as it is now (corrected and saved meanwhile), the same sheet and the columns as chosen."""
        fields = self.mapping.fields()
        self.load(self.path, self.table.sheet if self.table is not None else None, keep=fields)

    def choose_other(self) -> None:
        path = choose_registration(self, self.workspace.prefs)
        if path is not None:
            self.load(path)

    # -- the steps ---------------------------------------------------------------
    def show_mapping(self) -> None:
        if self.table is None:
            return
        self._to_step(self.mapping, self.to_preview)
        focus = self.mapping.first_focus()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_preview(self) -> None:
        """What importing with the chosen columns would do; a mapping the importer refuses (no name
        column, a field chosen twice) is said under the mapping, which stays."""
        unchosen = self.mapping.unchosen()
        if unchosen is not None:
            self.show_mapping()
            self._ask_for(unchosen)
            self.mapping.combos[unchosen].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            report = preview(self.workspace.store, self.workspace.event.id, self.table, self.mapping.fields(), self.workspace.lang)
        except DomainError as error:
            self.show_mapping()
            say(self.message, message_for(error))
            return
        self.message.hide()
        self.preview.show_report(report, self.table, self.mapping.fields(), preview_note(report))
        self.run.setText(import_button_text(report))
        self.run.setMinimumWidth(self.run.sizeHint().width())  # its new words whole at once, not after a later layout pass
        self.run.setEnabled(report.clean and bool(report.to_import))
        if self.run.isEnabled():
            self._to_step(self.preview, self.run)
            self.run.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # corrected in the file, then read again: the way on
            self._to_step(self.preview, self.reread)
            self.run.show()
            self.reread.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_for(self, column: int) -> None:
        say(self.message, self.tr("Choose what column “{header}” holds, or “do not import”.").format(
            header=self.mapping.headers[column] or column + 1))

    def _mapping_changed(self) -> None:
        """A message about the columns said before the change: ask for the next column still to choose,
        or, all chosen, take it away (it no longer holds)."""
        if self.steps.currentWidget() is not self.mapping or not self.message.isVisible():
            return
        unchosen = self.mapping.unchosen()
        if unchosen is not None:
            self._ask_for(unchosen)
        else:
            self.message.hide()

    def _to_step(self, page: QWidget, primary: QPushButton) -> None:
        self.steps.setCurrentWidget(page)
        for button in (self.choose, self.to_preview, self.reread, self.run):
            button.setVisible(button is primary)
            button.setDefault(button is primary)
        self.map_columns.setVisible(page is self.preview)
        self.other_file.setVisible(page is not self.error_page)

    # -- the import ------------------------------------------------------------
    def run_import(self) -> None:
        """Write the rows the preview showed, in one transaction that checks them again against the event as
        it is now (and remembers the columns for these headers); a refusal or failed write changes nothing."""
        if self.table is None or not self.run.isEnabled():
            return
        try:
            report = import_participants(self.workspace.store, self.workspace.event.id, self.table, self.mapping.fields(),
                                         self.workspace.lang)
        except DomainError as error:
            if error.code == "import_refused":  # the template changed meanwhile: show what is refused now
                self.show_preview()
            say(self.message, message_for(error))
            return
        self.imported = report.imported
        self.accept()


def _local_style(theme: Theme) -> str:
    """The few looks only this dialog has, in the theme's colours (STYLE.md: contrast ≥ 4.5:1)."""
    t = theme
    return sized(f"""
QDialog#importDialog {{ background: {t.page}; }}
QLabel[role="column"] {{ font-weight: 600; color: {t.text}; }}
QLabel[role="warning"] {{ color: {t.warning}; font-weight: 600; }}
QFrame[role="rule"] {{ background: {t.border}; border: none; max-height: 1px; }}
QFrame#importRefusedCard, QFrame#importErrorCard {{ border: 2px solid {t.danger}; }}
QLabel#importRefusedCardTitle, QLabel#importFileError {{ font-size: 12pt; }}
""")
