"""Domain errors in the user's language.

``app`` raises DomainError with a stable code; this table turns the code into a
translated sentence. An unknown code falls back to the English message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def message_for(error: DomainError) -> str:
    p = error.params
    known = {
        "member_name_empty": lambda: _tr("Give the member a name."),
        "member_name_duplicate": lambda: _tr("{name} is already in this team. Use another name, e.g. with an initial.").format(name=p.get("name", "")),
        "member_name_long": lambda: _tr("A name can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "team_name_long": lambda: _tr("A team name can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "db_unreachable": lambda: _tr("The database cannot be reached:\n{url}\n\n{reason}").format(url=p.get("url", ""), reason=p.get("reason", "")),
        "db_newer_schema": lambda: _tr("This database was made by a newer version of Staatsprint. Update Staatsprint to open it; nothing was changed.\n\n{reason}").format(reason=p.get("reason", "")),
        "db_not_staatsprint": lambda: _tr("This database is not a Staatsprint database; nothing was changed.\n{url}").format(url=p.get("url", "")),
        "db_url": lambda: _tr("This is not a database address Staatsprint can use:\n{url}").format(url=p.get("url", "")),
    }
    if error.code.startswith("template_"):
        return _tr("The template cannot be used; nothing was changed.") + "\n\n" + error.message
    make = known.get(error.code)
    return make() if make else error.message
