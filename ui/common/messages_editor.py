"""The event editor's refusals in words (ui/common/messages.py's ``message_for`` reads this table);
the template validation's own refusals are shown in its words by ui/event/editor_fields.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def phase_title(p: dict) -> str:
    """The refused phase's title in the UI's language."""
    return p.get("phase_nl" if QLocale().language() == QLocale.Language.Dutch else "phase_en", "")


def editor_messages(p: dict) -> dict:
    def phase(text: str) -> str:
        return text.format(number=p.get("number", ""), phase=phase_title(p), window=p.get("window", ""), steps=p.get("steps", ""),
                           start=p.get("start", ""), end=p.get("end", ""))

    return {
        "phase_steps_over": lambda: phase(QCoreApplication.translate("messages", "Phase {number} “{phase}” would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Make a step shorter (Steps tab) or give the phase more time (Programme tab); nothing was changed.")),
        "challenge_has_teams": lambda: QCoreApplication.translate("messages", "Teams work on this challenge ({teams}): give them another challenge first. Nothing was removed.").format(teams=p.get("teams", "")),
        "challenge_preferred": lambda: QCoreApplication.translate("messages", "Participants prefer this challenge ({members}): change their preference first. Nothing was removed.").format(members=p.get("members", "")),
        "editor_text_long": lambda: QCoreApplication.translate("messages", "This text has at most {limit} characters; nothing was saved.").format(limit=p.get("limit", "")),
        "editor_text_unknown": lambda: QCoreApplication.translate("messages", "This text is no longer there (changed on another laptop?); nothing was saved."),
        "editor_language": lambda: QCoreApplication.translate("messages", "Texts are kept in Dutch and English only."),
        "step_unknown": lambda: QCoreApplication.translate("messages", "This event has no such step."),
        "step_has_parts": lambda: QCoreApplication.translate("messages", "This step takes the minutes of its parts: change those."),
        "step_part_unknown": lambda: QCoreApplication.translate("messages", "This step has no such part; nothing was saved."),
        "step_rule_unknown": lambda: QCoreApplication.translate("messages", "This rule is not set for this step; nothing was saved."),
        "step_rules_voted": lambda: QCoreApplication.translate("messages", "Dots have been placed in this vote: its rules stay as they are. Only the dots per person can still go up. Nothing was saved."),
        "step_budget_below_placed": lambda: QCoreApplication.translate("messages", "Someone has placed {placed} dots in this vote already: the dots per person cannot go below {placed}. Nothing was saved.").format(placed=p.get("placed", "")),
        "save_template_failed": lambda: QCoreApplication.translate("messages", "The file cannot be written ({reason}). Choose another folder or name; nothing was written.").format(reason=p.get("reason", "")),
    }
