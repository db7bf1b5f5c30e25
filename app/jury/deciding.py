"""Which ranking decides the prizes and how a tie at a prize position is broken.

Both are set before the first score arrives (any juror file of the event); a later change needs a
reason and is logged ("deciding_changed", "tie_break_changed") with what it was and what it became.
"""

from __future__ import annotations

from sqlmodel import select

from app.day.template import Template
from app.day.template_jury import DECIDING, TIE_BREAKS
from app.errors import DomainError
from app.jury import keys
from app.jury.arrival import scores_arrived
from app.storage.store import Store
from app.text import LONG_TEXT_MAX, clean_block
from db.models import Criterion, JuryLog


def fixed(store: Store, event_id: int) -> bool:
    """Scores have arrived: a change now needs a reason."""
    with store.read() as session:
        return scores_arrived(session, event_id)


def set_deciding(store: Store, event_id: int, template: Template, deciding: str, reason: str = "") -> None:
    if deciding not in DECIDING:
        raise DomainError("deciding_unknown", f"the deciding ranking is one of {', '.join(DECIDING)}")
    reason = clean_block(reason, LONG_TEXT_MAX, "deciding_reason")
    with store.write() as session:
        setting = keys.setting(session, event_id, template.jury)
        if setting.deciding == deciding:
            return
        _log_if_fixed(session, event_id, "deciding_changed", reason, {"from": setting.deciding, "to": deciding})
        setting.deciding = deciding


def set_tie_break(store: Store, event_id: int, template: Template, order: list[str], criterion: str | None,
                  reason: str = "") -> None:
    """The tie-breaks in ``order`` (each of head_to_head, criterion, chair at most once) and the
    criterion the "criterion" tie-break compares (needed when it is in the order)."""
    if any(step not in TIE_BREAKS for step in order) or len(set(order)) != len(order):
        raise DomainError("tie_break_unknown", f"the tie-break order takes each of {', '.join(TIE_BREAKS)} at most once")
    reason = clean_block(reason, LONG_TEXT_MAX, "deciding_reason")
    with store.write() as session:
        known = set(session.exec(select(Criterion.key).where(Criterion.event_id == event_id)).all())
        if "criterion" in order and criterion not in known:
            raise DomainError("tie_criterion_missing", "choose the criterion that breaks a tie")
        setting = keys.setting(session, event_id, template.jury)
        if setting.tie_break == list(order) and setting.tie_criterion == criterion:
            return
        before = {"order": list(setting.tie_break), "criterion": setting.tie_criterion}
        _log_if_fixed(session, event_id, "tie_break_changed", reason, {"from": before, "to": {"order": list(order), "criterion": criterion}})
        setting.tie_break = list(order)
        setting.tie_criterion = criterion


def _log_if_fixed(session, event_id: int, kind: str, reason: str, detail: dict) -> None:
    if not scores_arrived(session, event_id):
        return
    if not reason:
        raise DomainError("deciding_needs_reason", "scores have arrived: a change of how the winners are decided needs a reason")
    session.add(JuryLog(event_id=event_id, kind=kind, reason=reason, detail=detail))
