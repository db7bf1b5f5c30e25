"""Where an export goes, as two rows of the dialog's form: the file's name (editable; it follows
the choices until a person changes it) and the folder it goes into, with "Choose…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.common.elided_label import ElidedLabel
from ui.common.widgets import label


class ExportTarget:
    def __init__(self, form: QFormLayout, folder: Path, owner: QWidget) -> None:
        self.folder, self._owner, self._default = folder, owner, ""
        self.name = QLineEdit()
        self.name.setObjectName("exportName")
        self.name.setMinimumWidth(420)
        self.name_label = label("", wrap=False)
        self.name_label.setBuddy(self.name)  # the field's name for a screen reader
        form.addRow(self.name_label, self.name)
        self.folder_label = ElidedLabel(str(folder), "muted", "exportFolder")
        self.choose = QPushButton(QCoreApplication.translate("export", "Choose…"))
        self.choose.setObjectName("exportChoose")
        self.choose.setAutoDefault(False)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose)
        form.addRow(QCoreApplication.translate("export", "In the folder"), row)

    def follow(self, name: str, csv: bool) -> None:
        """The default ``name``, unless a person typed or chose another."""
        self.name_label.setText(QCoreApplication.translate("export", "Name of the folder") if csv else QCoreApplication.translate("export", "File name"))
        if self.name.text() in ("", self._default):
            self._default = name
            self.name.setText(name)

    def path(self) -> Path | None:
        """The path asked for (a name typed as a whole path counts as one); None while the name is empty."""
        text = self.name.text().strip()
        return self.folder / Path(text).expanduser() if text else None

    def ask(self, csv: bool, pdf: bool) -> None:
        """The file dialog (Qt's own, the same everywhere and drivable by tests), starting at the current path."""
        current = self.path() or self.folder / self._default
        dialog = QFileDialog(self._owner, QCoreApplication.translate("export", "Save the export as"), str(current.parent))
        dialog.setObjectName("exportFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        if csv:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilter(QCoreApplication.translate("export", "PDF documents (*.pdf)") if pdf else QCoreApplication.translate("export", "JSON files (*.json)"))
            dialog.selectFile(current.name)
        dialog.fileSelected.connect(self._chosen)
        dialog.open()

    def _chosen(self, path: str) -> None:
        if path:
            chosen = Path(path)
            self.folder = chosen.parent
            self.folder_label.setText(str(chosen.parent))
            self.name.setText(chosen.name)
        self.name.setFocus()
