"""What the window says about a damaged database, a backup that could not be written and a refused
restore (codes of app/storage/integrity.py, backups.py and restore.py; message_for reads these)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def durability_messages(p: dict) -> dict:
    return {
        "db_damaged": lambda: QCoreApplication.translate("durability", "The database is damaged, so Staatsprint did not open it; nothing was changed. Restore a backup with File → Backups… (offered now), or keep the file and report this.\n{url}\n\n{reason}").format(url=p.get("url", ""), reason=p.get("reason", "")),
        "backup_failed": lambda: QCoreApplication.translate("durability", "Staatsprint could not save a backup at {path} (is the disk full or the folder read-only?). Your work is saved in the database as before.\n\n{reason}").format(path=p.get("path", ""), reason=p.get("reason", "")),
        "restore_wrong_kind": lambda: QCoreApplication.translate("durability", "This backup belongs to another kind of database and cannot be restored here; nothing was changed.\n{name}").format(name=p.get("name", "")),
        "restore_damaged": lambda: QCoreApplication.translate("durability", "This backup is itself damaged and cannot be restored; nothing was changed. Choose an older one.\n{name}").format(name=p.get("name", "")),
        "restore_failed": lambda: QCoreApplication.translate("durability", "The backup could not be written into the database, so it is as it was.\n{path}\n\n{reason}").format(path=p.get("path", ""), reason=p.get("reason", "")),
        "backup_unknown": lambda: QCoreApplication.translate("durability", "There is no such backup; nothing was changed."),
    }
