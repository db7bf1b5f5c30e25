"""What opening a database tells the user: which file it refused and why, what it created or saved.

The refusals name what the file is (another program's database, no database at all);
the notices name a new file and the backup taken before an upgrade, with how to restore it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.errors import DomainError
from app.storage.database import Opened


def database_message(error: DomainError) -> str | None:
    """The translated refusal for a database code of this module; None for other codes."""
    p = error.params
    texts = {
        "db_not_a_database": lambda: QCoreApplication.translate("database", "This file is not a database at all, so Staatsprint did not open it; nothing was changed.\n{url}"),
        "db_foreign_sqlite": lambda: QCoreApplication.translate("database", "This file is an SQLite database of another program (application id {what}), so Staatsprint did not open it; nothing was changed.\n{url}"),
        "db_foreign_alembic": lambda: QCoreApplication.translate("database", "This is the database of another program (schema revision {what}), not a Staatsprint database; nothing was changed.\n{url}"),
        "db_folder_missing": lambda: QCoreApplication.translate("database", "The folder {folder} does not exist, so no database was made there (a typo?). Check the path; nothing was created.\n{path}"),
        "db_is_folder": lambda: QCoreApplication.translate("database", "{path} is a folder, not a database file. Give a file name in it, e.g. staatsprint.sqlite."),
        "db_backup_failed": lambda: QCoreApplication.translate("database", "Staatsprint must upgrade this database, but could not first save a copy of it at {path} (is the disk full or the folder read-only?). Nothing was changed.\n\n{reason}"),
        "db_newer_schema": lambda: (QCoreApplication.translate("database", "This database was made by a newer version of Staatsprint. Install Staatsprint {version} or later to open it; nothing was changed.\n{url}")
                                    if p.get("version") else
                                    QCoreApplication.translate("messages", "This database was made by a newer version of Staatsprint. Update Staatsprint to open it; nothing was changed.\n\n{reason}")),
        "db_wait_for_facilitator": lambda: QCoreApplication.translate("database", "The event's server must be upgraded to this version of Staatsprint first. Only the facilitator's app does that (it saves a backup of every event first): wait until the facilitator has opened the event, then try again. Nothing was changed."),
        "db_migration_broken": lambda: QCoreApplication.translate("database", "Staatsprint could not upgrade this database without losing rows, so it left it as it was. Keep the file and report this.\n\n{reason}"),
    }
    make = texts.get(error.code)
    return make().format(**{key: p.get(key, "") for key in ("url", "what", "folder", "path", "reason", "version")}) if make else None


def created_text(opened: Opened) -> str | None:
    if opened.created is None:
        return None
    return QCoreApplication.translate("database", "New database created at {path}.").format(path=opened.created)


def notice_texts(opened: Opened) -> list[str]:
    """What must be read before going on: the backup of an upgrade and how to restore it."""
    lines = []
    if opened.backup is not None:
        restore = QCoreApplication.translate("database", "Staatsprint upgraded your database. A copy of it from before the upgrade is kept at:\n{backup}\n\nTo go back, close Staatsprint, delete {database}-wal if it is there, and copy that file over {database}.")
        lines.append(restore.format(backup=opened.backup, database=opened.database))
    if opened.archives:
        saved = QCoreApplication.translate("database", "Staatsprint upgraded the event's server. Before that it saved an archive of every event:\n{paths}\n\nFile → Import event archive… brings one back into any database.")
        lines.append(saved.format(paths="\n".join(str(path) for path in opened.archives)))
    return lines


def show_notices(parent: QMainWindow, opened: Opened) -> QMessageBox | None:
    """Show what opening the database did, once the window is up: a new file in the status bar (seen,
    not in the way: the demo's first start makes one), an upgrade's backup in a dialog (None if none)."""
    created = created_text(opened)
    if created:
        bar = parent.statusBar()
        bar.messageChanged.connect(lambda text: bar.setVisible(bool(text)))  # gone with its message: the board keeps the room
        bar.showMessage(created, 30_000)
    lines = notice_texts(opened)
    if not lines:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, "Staatsprint", "\n\n".join(lines), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("databaseNotice")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the paths can be copied
    QTimer.singleShot(0, box.open)
    return box
