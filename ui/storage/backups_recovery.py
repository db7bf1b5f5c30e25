"""At start, a damaged database (``db_damaged``, app/storage/integrity.py): the backups dialog at once, with
the reason; a chosen backup is restored (the damaged file kept aside) and the start goes on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from app.errors import DomainError
from ui.common.messages import message_for
from ui.storage.backups_dialog import BackupsDialog


def recover(url: str, error: DomainError, lang: str = "nl") -> bool:
    """Offer the backups of the damaged database at ``url``; True when one was restored (open it again)."""
    from app.storage.restore import restore_backup

    dialog = BackupsDialog(url, None, damaged=error.params.get("reason", ""), lang=lang)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    try:
        restore_backup(url, dialog.chosen)
    except DomainError as refused:
        QMessageBox.critical(None, QCoreApplication.translate("backups", "Not restored"), message_for(refused))
        return False
    return True
