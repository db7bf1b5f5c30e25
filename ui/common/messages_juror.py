"""The juror's refusals in the UI's language: a kit that cannot be opened (the signed-file scheme's
reasons too), a score off the scale, finalising too early, and a juror file's body that does not hold
(also said by the facilitator's import). ``ui.common.messages.message_for`` includes these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def desk_messages(p: dict) -> dict:
    name = p.get("name", "")
    return {
        **_sealed(p, name),
        "not_a_kit": lambda: (QCoreApplication.translate("jury", "{name} is a juror file (the scores you hand to the facilitator), not a jury kit. Open the kit "
                                 "the facilitator gave you (“Jurykit …”).") if p.get("juror_file")
                              else QCoreApplication.translate("jury", "{name} is not a jury kit. Open the kit the facilitator gave you (“Jurykit …”).")).format(name=name),
        "kit_in_use": lambda: QCoreApplication.translate("jury", "This kit is already open in another Staatsprint window on this laptop; scoring there keeps all scores in one place."),
        "kit_scores_unreadable": lambda: QCoreApplication.translate("jury", "The scores kept for this kit cannot be read ({path}); nothing was changed. "
                                            "Ask the facilitator for help before scoring again.").format(path=p.get("path", "")),
        "kit_no_teams": lambda: QCoreApplication.translate("jury", "This kit has no team for you to score (none yet, or you recused from every one). Ask the facilitator for a new kit."),
        "kit_team_unknown": lambda: QCoreApplication.translate("jury", "This kit has no such team; nothing was changed."),
        "kit_criterion_unknown": lambda: QCoreApplication.translate("jury", "This kit has no such criterion; nothing was changed."),
        "score_out_of_scale": lambda: QCoreApplication.translate("jury", "{value} is not on the scale ({min} to {max}); nothing was changed.").format(
            value=p.get("value", ""), min=p.get("min", ""), max=p.get("max", "")),
        "team_not_seen": lambda: QCoreApplication.translate("jury", "{team} is marked as not seen: untick “Not seen” to score it.").format(team=p.get("team", "")),
        "team_recused": lambda: QCoreApplication.translate("jury", "You recused from {team}: it is not scored.").format(team=p.get("team", "")),
        "juror_finalised": lambda: QCoreApplication.translate("jury", "Your scores are finalised. Start a new revision to change them."),
        "finalise_incomplete": lambda: QCoreApplication.translate("jury", "Not finalised yet: score these teams, or mark them as not seen: {teams}.").format(
            teams="; ".join(QCoreApplication.translate("jury", "{team} ({count} of {total} criteria open)").format(team=team, count=count, total=p.get("criteria", ""))
                            for team, count in p.get("teams", []))),
        "juror_note_long": lambda: QCoreApplication.translate("jury", "A note has at most {limit} characters; nothing was saved.").format(limit=p.get("limit", "")),
        "juror_feedback_long": lambda: QCoreApplication.translate("jury", "Feedback has at most {limit} characters; nothing was saved.").format(limit=p.get("limit", "")),
    }


def _sealed(p: dict, name: str) -> dict:
    return {
        "sealed_too_large": lambda: QCoreApplication.translate("jury", "{name} is far too large to be a Staatsprint file; nothing was read.").format(name=name),
        "sealed_unreadable": lambda: (QCoreApplication.translate("jury", "{name} does not exist: is the name or the folder right?") if p.get("missing")
                                      else QCoreApplication.translate("jury", "{name} could not be read (a removed USB stick?).")).format(name=name),
        "sealed_not_json": lambda: QCoreApplication.translate("jury", "{name} is not a Staatsprint file, or it was cut off while copying.").format(name=name),
        "sealed_not_sealed": lambda: QCoreApplication.translate("jury", "{name} is not a signed Staatsprint file.").format(name=name),
        "sealed_wrong_kind": lambda: (QCoreApplication.translate("jury", "{name} is a jury kit, not a juror file: import the “Juryscores …” files the jurors hand in.")
                                      if (p.get("found"), p.get("expected")) == ("jury_kit", "juror_scores")
                                      else QCoreApplication.translate("jury", "{name} is another kind of Staatsprint file than the one expected here.")).format(name=name),
        "sealed_newer": lambda: QCoreApplication.translate("jury", "{name} was made by a newer Staatsprint: update the app to open it.").format(name=name),
        "sealed_unknown_key": lambda: QCoreApplication.translate("jury", "{name} was not made for this event (or by someone it does not know).").format(name=name),
        "sealed_altered": lambda: QCoreApplication.translate("jury", "{name} was changed after it was signed; it is not used. Ask for the original file.").format(name=name),
    }
