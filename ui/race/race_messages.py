"""The race's refusals in the user's language (every other code: ``ui.common.messages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError
from ui.common.messages import message_for, say


def race_message(error: DomainError) -> str:
    p = error.params
    known = {
        "race_not_started": lambda: QCoreApplication.translate("RaceMessages", "The race has not started: wait for the start signal. Nothing was written."),
        "race_started": lambda: QCoreApplication.translate("RaceMessages", "The race has started already."),
        "race_false_start_late": lambda: QCoreApplication.translate("RaceMessages", "The first round is over: a false start can no longer be called."),
        "race_round_not_run": lambda: QCoreApplication.translate("RaceMessages", "This round has not started yet: type its ideas in once it has. Nothing was written."),
        "race_round_unknown": lambda: QCoreApplication.translate("RaceMessages", "The race has no such round."),
        "race_count_invalid": lambda: QCoreApplication.translate("RaceMessages", "A count is a whole number from 0 to {limit}; nothing was changed.").format(limit=p.get("limit", "")),
        "race_count_not_run": lambda: QCoreApplication.translate("RaceMessages", "This round has not run yet for this team: enter its count once it has. Nothing was changed."),
        "race_count_live": lambda: QCoreApplication.translate("RaceMessages", "This team wrote its ideas live in this round: they are counted already. A count by hand is for a team that raced on paper; nothing was changed."),
        "idea_empty": lambda: QCoreApplication.translate("RaceMessages", "An empty idea is not written: type your idea first."),
        "idea_long": lambda: QCoreApplication.translate("RaceMessages", "An idea has at most {limit} characters.").format(limit=p.get("limit", "")),
    }
    make = known.get(error.code)
    return make() if make else message_for(error)


def race_attempt(error_label, action) -> bool:
    """Do a user's action; a refusal shows why in ``error_label`` (nothing changed). True when done."""
    try:
        action()
    except DomainError as error:
        say(error_label, race_message(error))
        return False
    error_label.hide()
    return True
