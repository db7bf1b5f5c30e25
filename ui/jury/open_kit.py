"""Opening a jury kit from the window (File → Open a jury kit…, a kit dropped on it) or at start-up
(``staatsprint --kit FILE``). A kit this app has open already is brought to the front, never opened
twice; a refusal (not a kit, changed, open in another app) is said in a message and opens nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import DomainError
from app.jury.juror_desk import JurorDesk
from app.jury.kit_reader import read_kit
from ui.common.messages import message_for
from ui.common.theme import LIGHT, Theme
from ui.jury.juror_window import JurorWindow
from ui.window.screen_fit import size_for_screen

_OPEN: dict[Path, JurorWindow] = {}  # the kits this app has open, by where their scores are kept


def choose_kit(parent: QWidget) -> Path | None:
    """Ask for a kit file (the Documents folder first)."""
    from app.export.names import default_folder

    path, _filter = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("jury", "Open a jury kit"),
                                                str(default_folder()), "JSON (*.json)")
    return Path(path) if path else None


def kit_paths(mime) -> list[Path]:
    """The files dropped (a drag's QMimeData) that may be kits: local .json files."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() == ".json"]


def juror_window(path: Path, data_dir: Path, lang: str, theme: Theme = LIGHT) -> JurorWindow:
    """The juror window for the kit at ``path`` (the one already open for it, if any), shown;
    raises DomainError when the kit cannot be opened."""
    kit = read_kit(path)
    state = data_dir / "jury" / f"{kit.event_ref}-{kit.token}.json"
    window = _OPEN.get(state)
    if window is None:
        window = JurorWindow(JurorDesk(kit, data_dir, path), lang, theme)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN[state] = window
        window.destroyed.connect(lambda _=None, key=state: _OPEN.pop(key, None))
        size_for_screen(window)  # the design size, or maximised where a title bar would push its bottom off
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_kit_window(parent: QWidget | None, path: Path, data_dir: Path, lang: str, theme: Theme = LIGHT) -> JurorWindow | None:
    """The juror window for the kit at ``path``, or None after saying why it cannot open."""
    try:
        return juror_window(path, data_dir, lang, theme)
    except DomainError as error:
        refuse(parent, error)
        return None


def refuse(parent: QWidget | None, error: DomainError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("jury", "The jury kit was not opened"),
                      message_for(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("kitRefusedDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
