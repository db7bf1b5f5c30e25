"""The programme's refusals in words: an edit or a shift that runs into a fixed item says which item
and where (ui/common/messages.py's ``message_for`` reads this table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ui.common.messages_editor import phase_title


def _title(p: dict, role: str) -> str:
    dutch = QLocale().language() == QLocale.Language.Dutch
    return p.get(f"{role}_nl" if dutch else f"{role}_en", "")


def programme_messages(p: dict) -> dict:
    item, fixed = _title(p, "item"), _title(p, "fixed")

    def fill(text: str) -> str:
        return text.format(item=item, fixed=fixed, at=p.get("at", ""), starts=p.get("starts", ""), kind=p.get("kind", ""),
                           limit=p.get("limit", ""), clock=p.get("clock", ""), most=p.get("most", ""), number=p.get("number", ""),
                           phase=phase_title(p), window=p.get("window", ""), steps=p.get("steps", ""), start=p.get("start", ""), end=p.get("end", ""))

    return {
        "shift_fixed_next": lambda: fill(QCoreApplication.translate("messages", "The next item, {fixed}, has a fixed time ({at}): nothing before it to shift. Unlock it in the event editor to move it; nothing was changed.")),
        "shift_into_fixed": lambda: fill(QCoreApplication.translate("messages", "“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shift at most {most} minutes, or unlock “{fixed}” in Edit the event → Programme; nothing was changed.")),
        "programme_overlaps_fixed": lambda: fill(QCoreApplication.translate("messages", "“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shorten an item before it, or change the fixed time; nothing was changed.")),
        "programme_move_fixed": lambda: fill(QCoreApplication.translate("messages", "“{item}” has a fixed time ({at}): change its time, or unlock it to move it.")),
        "programme_phase_item": lambda: fill(QCoreApplication.translate("messages", "“{item}” is where its phase runs: a phase item cannot be removed.")),
        "programme_last_one": lambda: fill(QCoreApplication.translate("messages", "The programme keeps at least one item.")),
        "programme_ends_at_fixed": lambda: fill(QCoreApplication.translate("messages", "“{item}” lasts until “{fixed}” (fixed at {at}): make an earlier item longer, or change the fixed time.")),
        "programme_last_item": lambda: fill(QCoreApplication.translate("messages", "“{item}” is the day's last item: it has no end to change.")),
        "programme_not_fixed": lambda: fill(QCoreApplication.translate("messages", "“{item}” has no fixed time: lock it first.")),
        "programme_clock": lambda: fill(QCoreApplication.translate("messages", "“{clock}” is not a clock time: write it as 12:30.")),
        "programme_kind": lambda: fill(QCoreApplication.translate("messages", "A new item is a plenary item, a break, the jury or the drinks; a phase comes with the template.")),
        "programme_minutes": lambda: fill(QCoreApplication.translate("messages", "An item lasts 1 to {limit} minutes.")),
        "programme_past_midnight": lambda: fill(QCoreApplication.translate("messages", "“{item}” would start at {starts}, past the end of the day; nothing was changed.")),
        "programme_phase_over": lambda: fill(QCoreApplication.translate("messages", "The time of “{item}” belongs to the window of phase {number} “{phase}”: the phase would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Keep “{item}” longer, or make a step shorter (Steps tab); nothing was changed.")),
        "programme_item_missing": lambda: fill(QCoreApplication.translate("messages", "This programme item no longer exists (removed on another laptop?); nothing was changed.")),
    }
