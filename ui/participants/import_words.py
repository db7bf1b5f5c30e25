"""The import's words: what each field is called, the preview's counts, the import button and what the
window says afterwards (ui/participants/import_dialog.py and its steps read them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.day.template import Template
from app.participants.registration import FIELDS, IGNORED, ImportReport

# The fields in the order the mapping's drop-downs offer them; "do not import" last.
FIELD_CHOICES = (*FIELDS, IGNORED)


def counted(count: int, one: str, many: str) -> str:
    """``one`` (translated, for 1) or ``many`` (translated, with {count}) — the two written out, so each
    language words both as it needs."""
    return (one if count == 1 else many).format(count=count)


def counts_sentence(report: ImportReport) -> str:
    """"38 participants will be imported · 2 duplicates · 3 refused · 1 empty line skipped" (zeros left out,
    except the first). With a refused row nothing is imported yet: the rows are "ready to import"."""
    count = len(report.to_import)
    if report.refused:
        parts = [counted(count, QCoreApplication.translate("import", "1 participant ready to import"), QCoreApplication.translate("import", "{count} participants ready to import"))]
    else:
        parts = [counted(count, QCoreApplication.translate("import", "1 participant will be imported"), QCoreApplication.translate("import", "{count} participants will be imported"))]
    if report.duplicates:
        parts.append(counted(len(report.duplicates), QCoreApplication.translate("import", "1 duplicate"), QCoreApplication.translate("import", "{count} duplicates")))
    if report.refused:
        parts.append(QCoreApplication.translate("import", "{count} refused").format(count=len(report.refused)))
    if report.skipped_empty:
        parts.append(counted(report.skipped_empty, QCoreApplication.translate("import", "1 empty line skipped"), QCoreApplication.translate("import", "{count} empty lines skipped")))
    return " · ".join(parts)


def import_button_text(report: ImportReport) -> str:
    """What the import button does: "Import 38 participants"."""
    if not report.to_import:
        return QCoreApplication.translate("import", "Nothing to import")
    return counted(len(report.to_import), QCoreApplication.translate("import", "Import 1 participant"),
                   QCoreApplication.translate("import", "Import {count} participants"))


def preview_note(report: ImportReport) -> str:
    """Why the import cannot run yet ("" when it can). The importer writes nothing while a row is refused
    (app/participants/import_plan.py, as the command does): the file is corrected and read again."""
    if report.refused:
        return QCoreApplication.translate(
            "import", "Nothing is imported while a row is refused. Correct the refused rows in the file, save it and read it again.")
    if not report.to_import and report.duplicates:
        return QCoreApplication.translate("import", "Everyone in this file is in the event already: importing it again adds nobody.")
    if not report.to_import:
        return QCoreApplication.translate("import", "This file holds no participants: every row is empty.")
    return ""


def imported_sentence(count: int) -> str:
    """The status bar after the import."""
    return counted(count, QCoreApplication.translate("import", "1 participant imported; they are under Participants and teams, not yet in a team"),
                   QCoreApplication.translate("import", "{count} participants imported; they are under Participants and teams, not yet in a team"))


def challenge_title(template: Template, key: str | None, lang: str) -> str:
    """The preferred challenge as its number and title ("2 · Slimme IT-samenwerking…"), or a dash."""
    if key is None:
        return "—"
    challenge = next((c for c in template.challenges if c.key == key), None)
    return f"{challenge.number} · {challenge.title.get(lang)}" if challenge is not None else key
