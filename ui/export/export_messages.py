"""Why an export was not written, in the UI's language (the English originals: app/export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError
from ui.common.messages import message_for


def export_message(error: DomainError) -> str:
    p = error.params
    name = Path(str(p.get("path", ""))).name
    known = {
        "export_disk_full": lambda: QCoreApplication.translate("export", "{name} was not written: the disk is full. Free some space and try again.").format(name=name),
        "export_no_folder": lambda: QCoreApplication.translate("export", "{name} was not written: the folder {folder} does not exist. Choose another folder.").format(name=name, folder=p.get("folder", "")),
        "export_not_writable": lambda: QCoreApplication.translate("export", "{name} was not written: the folder {folder} may not be written to. Choose another folder.").format(name=name, folder=p.get("folder", "")),
        "export_is_folder": lambda: QCoreApplication.translate("export", "{path} is a folder. Give a file name.").format(path=p.get("path", "")),
        "export_failed": lambda: QCoreApplication.translate("export", "{name} was not written ({reason}). Nothing was changed.").format(name=name, reason=p.get("reason", "")),
        "export_worker_died": lambda: QCoreApplication.translate("export", "The export stopped unexpectedly; nothing was written. Try again."),
        "export_unexpected": lambda: QCoreApplication.translate("export", "The export failed ({reason}); nothing was written.").format(reason=p.get("reason", "")),
        "export_no_path": lambda: QCoreApplication.translate("export", "Give the file a name."),
        "export_cancelled": lambda: QCoreApplication.translate("export", "Cancelled: nothing was written."),
        "export_no_team": lambda: QCoreApplication.translate("export", "Choose a team first: the dossier and the poster are a team's."),
    }
    make = known.get(error.code)
    return make() if make else message_for(error)
