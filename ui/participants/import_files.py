"""Which files a registration import takes: asked for with the file dialog, or dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.common.preferences import Preferences

SUFFIXES = (".csv", ".xlsx")


LAST_FOLDER = "registration_folder"  # the Preferences key of the folder of the registration file last read


def choose_registration(parent: QWidget, prefs: Preferences) -> Path | None:
    """Ask for a registration export, starting in the folder of the one last read (while it is still
    there; else Documents); None when the person cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("import", "Choose the registration file"), str(start_folder(prefs)),
        QCoreApplication.translate("import", "Registrations (*.csv *.xlsx)"))
    return Path(path) if path else None


def start_folder(prefs: Preferences) -> Path:
    from app.export.names import default_folder

    last = prefs.get(LAST_FOLDER)
    return Path(last) if last and Path(last).is_dir() else default_folder()


def remember_folder(prefs: Preferences, path: Path) -> None:
    """The folder of a registration file read (chosen or dropped): where the file dialog opens next time."""
    prefs.set(LAST_FOLDER, path.resolve().parent)


def registration_paths(mime) -> list[Path]:
    """The files dropped (a drag's QMimeData) that may be registration exports: local .csv and .xlsx files."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SUFFIXES]
