"""The jury's refusals in words: signed files, juror files and paper sheets, withdraw and close
(ui/common/messages.py's ``message_for`` reads this table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def juror_file_messages(p: dict) -> dict:
    criterion = p.get("criterion_nl") if QLocale().language() == QLocale.Language.Dutch else p.get("criterion")
    what = p.get("what_nl") if QLocale().language() == QLocale.Language.Dutch else p.get("what")
    return {
        "jury_not_set_up": lambda: QCoreApplication.translate("messages", "This event has no jury yet: set up the jurors and send their kits first."),
        "juror_file_other_event": lambda: QCoreApplication.translate("messages", "Made for another event."),
        "juror_file_unknown_juror": lambda: QCoreApplication.translate("messages", "Made by a juror this event does not know."),
        "juror_file_old_rubric": lambda: QCoreApplication.translate("messages", "Made for an earlier rubric (version {version}; now {now}): the juror needs a new kit.").format(version=p.get("version", ""), now=p.get("now", "")),
        "juror_file_other_rubric": lambda: QCoreApplication.translate("messages", "Made for a rubric that has changed since: the juror needs a new kit."),
        "juror_file_malformed": lambda: QCoreApplication.translate("messages", "Its “{field}” is not as a Staatsprint juror file has it.").format(field=p.get("field", "")),
        "juror_file_unknown_team": lambda: QCoreApplication.translate("messages", "It scores a team this event does not have."),
        "juror_file_recused": lambda: QCoreApplication.translate("messages", "It scores {team}, from which {juror} is recused.").format(team=p.get("team", ""), juror=p.get("juror", "")),
        "juror_file_not_seen_scored": lambda: QCoreApplication.translate("messages", "It marks {team} not seen and scores it too.").format(team=p.get("team", "")),
        "juror_file_out_of_scale": lambda: QCoreApplication.translate("messages", "{team} has {value} for “{criterion}”, outside its scale {min}–{max}.").format(team=p.get("team", ""), value=p.get("value", ""), criterion=criterion, min=p.get("min", ""), max=p.get("max", "")),
        "juror_file_missing_score": lambda: QCoreApplication.translate("messages", "{team} has no score for “{criterion}” and is not marked not seen.").format(team=p.get("team", ""), criterion=criterion),
        "juror_file_unknown_criterion": lambda: QCoreApplication.translate("messages", "It scores {team} on a criterion the rubric does not have ({key}).").format(team=p.get("team", ""), key=p.get("key", "")),
        "juror_file_team_twice": lambda: QCoreApplication.translate("messages", "It lists {team} twice.").format(team=p.get("team", "")),
        "juror_file_missing_team": lambda: QCoreApplication.translate("messages", "It has nothing for {team} (not even “not seen”): was the kit older than the team list?").format(team=p.get("team", "")),
        "juror_file_text": lambda: QCoreApplication.translate("messages", "A comment for {team} cannot be stored: {reason}").format(team=p.get("team", ""), reason=p.get("reason", "")),
        "juror_file_revision_clash": lambda: QCoreApplication.translate("messages", "Revision {revision} of {juror} was received before with other scores: ask the juror which is right and to finalise a new revision.").format(revision=p.get("revision", ""), juror=p.get("juror", "")),
        "juror_file_older_differs": lambda: QCoreApplication.translate("messages", "This revision {revision} differs from the revision {revision} received before, but changes nothing: the newer revision {newer} counts.").format(revision=p.get("revision", ""), newer=p.get("newer", "")),
        "juror_file_not_in_use": lambda: QCoreApplication.translate("messages", "Only the revision in use can be withdrawn; nothing was changed."),
        "juror_file_not_after_close": lambda: QCoreApplication.translate("messages", "This revision did not come after close; nothing was changed."),
        "juror_file_older": lambda: QCoreApplication.translate("messages", "Revision {revision} is older than revision {in_use} in use; nothing was changed.").format(revision=p.get("revision", ""), in_use=p.get("in_use", "")),
        "juror_file_missing": lambda: QCoreApplication.translate("messages", "This juror file no longer exists; nothing was changed."),
        "juror_missing": lambda: QCoreApplication.translate("messages", "This juror no longer exists."),
        "scoring_closed_already": lambda: QCoreApplication.translate("messages", "Scoring is closed already."),
        "jury_reason_empty": lambda: QCoreApplication.translate("messages", "Give a reason: it goes into the jury's log. Nothing was changed."),
        "jury_reason_long": lambda: QCoreApplication.translate("messages", "A reason has at most {limit} characters; nothing was changed.").format(limit=p.get("limit", "")),
        "paper_mismatch": lambda: QCoreApplication.translate("messages", "The second entry differs from the first at {team}, {what} (differences: {count}). Nothing was stored: correct the second entry, or start again.").format(team=p.get("team", ""), what=what, count=p.get("more", 0) + 1),
        "paper_not_a_number": lambda: QCoreApplication.translate("messages", "{team}, {criterion}: “{text}” is not a whole number.").format(team=p.get("team", ""), criterion=p.get("criterion", ""), text=p.get("text", "")),
    }
