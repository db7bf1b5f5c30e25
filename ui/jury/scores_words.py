"""The Scores tab's words: a juror's status and source, and when a file was received."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.jury.scoring_overview import JurorScoring


def status_word(juror: JurorScoring) -> str:
    if juror.held:
        revisions = ", ".join(str(held.revision) for held in juror.held)
        return QCoreApplication.translate("ScoresTab", "After close: revision {revisions} waits for the chair").format(revisions=revisions)
    if juror.status == "in_use" and juror.lacks_criterion:
        return QCoreApplication.translate("ScoresTab", "For an earlier rubric: no score on a criterion added since, so it does not count until a new file")
    if juror.status == "in_use" and juror.earlier_rubric:
        return QCoreApplication.translate("ScoresTab", "In use, for an earlier rubric: counts with the new weights until a new file")
    if juror.status == "withdrawn":
        return (QCoreApplication.translate("ScoresTab", "Withdrawn: {reason}").format(reason=juror.reason) if juror.reason
                else QCoreApplication.translate("ScoresTab", "Withdrawn"))
    return {
        "waiting": QCoreApplication.translate("ScoresTab", "Waiting"),
        "in_use": QCoreApplication.translate("ScoresTab", "In use"),
    }[juror.status]


def revision_word(juror: JurorScoring) -> str:
    """The revision in use: none ("—") while waiting or once withdrawn."""
    return str(juror.revision) if juror.in_use else "—"


def source_word(source: str) -> str:
    return {
        "": "—",
        "file": QCoreApplication.translate("ScoresTab", "Juror file"),
        "paper": QCoreApplication.translate("ScoresTab", "Paper sheet"),
        "direct": QCoreApplication.translate("ScoresTab", "Scored directly"),
    }[source]


def received(when: datetime | None, zone: ZoneInfo) -> str:
    return when.astimezone(zone).strftime("%H:%M") if when is not None else "—"
