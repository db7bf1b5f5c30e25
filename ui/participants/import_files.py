"""Which files a registration import takes: asked for with the file dialog, or dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIXES = (".csv", ".xlsx")


def choose_registration(parent: QWidget) -> Path | None:
    """Ask for a registration export (the Documents folder first); None when the person cancels."""
    from app.export.names import default_folder

    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("import", "Choose the registration file"), str(default_folder()),
        QCoreApplication.translate("import", "Registrations (*.csv *.xlsx)"))
    return Path(path) if path else None


def registration_paths(mime) -> list[Path]:
    """The files dropped (a drag's QMimeData) that may be registration exports: local .csv and .xlsx files."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SUFFIXES]
