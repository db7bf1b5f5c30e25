"""The refusals of team files, team kits and event archives in the user's language (app/sync/team_file.py,
app/sync/archive.py, app/sync/row_merge.py). The sealed_* codes (cut off, altered, another kind) are the
juror files' own words (ui/common/messages_juror.py): one signed-file scheme, one set of sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def files_messages(p: dict) -> dict:
    name, what = p.get("name", ""), p.get("what", "")
    return {
        "sync_file_newer": lambda: (QCoreApplication.translate("sync_files", "{name} was made by a newer Staatsprint: install Staatsprint {version} or later to import it; nothing was imported.")
                                    if p.get("version") else
                                    QCoreApplication.translate("sync_files", "{name} was made by a newer Staatsprint: update the app to import it; nothing was imported.")).format(name=name, version=p.get("version", "")),
        "sync_file_broken": lambda: QCoreApplication.translate("sync_files", "{name} is not a whole Staatsprint file ({what}); nothing was imported.").format(name=name, what=what),
        "sync_file_unknown_row": lambda: QCoreApplication.translate("sync_files", "{name} refers to a {what} this event does not have; nothing was imported.").format(name=name, what=what),
        "team_file_other_event": lambda: QCoreApplication.translate("sync_files", "{name} is a team file of another event ({what}), not of an event in this database; nothing was imported.").format(name=name, what=what),
        "team_file_team_missing": lambda: QCoreApplication.translate("sync_files", "{name} is for a team this event does not have ({what}); nothing was imported.").format(name=name, what=what),
        "team_file_other_team": lambda: QCoreApplication.translate("sync_files", "{name} holds another team's work than its own; nothing was imported.").format(name=name),
        "team_file_needs_kit": lambda: QCoreApplication.translate("sync_files", "This laptop does not hold the event's secret: sign the team file with the team's kit (the facilitator makes it)."),
        "team_kit_no_secret": lambda: QCoreApplication.translate("sync_files", "This event has no jury secret yet, so no team key can be made: open the jury once, then make the kit."),
        "team_archive_event_here": lambda: QCoreApplication.translate("sync_files", "{name} is one team's part of the event “{what}”, which this database already holds. A team archive never changes an event that is here (it lacks the jury and the other teams' work); nothing was imported.").format(name=name, what=what),
        "team_kit_unreadable": lambda: QCoreApplication.translate("sync_files", "{name} is not a team kit that can be read.").format(name=name),
        "team_kit_other_event": lambda: QCoreApplication.translate("sync_files", "This team kit is for another event ({what}).").format(what=what),
        "team_kit_other_team": lambda: QCoreApplication.translate("sync_files", "This team kit is for another team ({what}): choose the kit of this team.").format(what=what),
        "archive_not_written": lambda: QCoreApplication.translate("sync_files", "The archive could not be written to {path}; choose another folder.").format(path=p.get("path", "")),
        "team_file_not_written": lambda: QCoreApplication.translate("sync_files", "The team file could not be written to {path}; choose another folder.").format(path=p.get("path", "")),
    }
