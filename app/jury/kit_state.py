"""Whether each juror's kit still matches the set-up: when it was written, and whether the rubric or the
running order (rooms, places, absent marks) changed since; and whether the juror's scores arrived.

Writing a kit logs "kit_exported" with the rubric's fingerprint and the order's (``order_fingerprint``);
a kit logged before the order was kept there has no order fingerprint and is taken as current.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.jury.keys import rubric_fingerprint
from app.jury.rubric import criteria
from app.jury.running_order import Slot, running_order
from app.signed.sealed import digest
from app.storage.store import Store
from db.models import Juror, JurorFile, JuryLog


@dataclass(frozen=True)
class KitExport:
    at: datetime
    rubric: str  # the rubric's fingerprint the kit was written for
    order: str | None  # the running order's fingerprint then; None: logged before it was kept


@dataclass(frozen=True)
class KitState:
    exported_at: datetime | None  # the juror's latest kit; None: never written
    earlier_rubric: bool  # that kit was written for a rubric since changed
    earlier_order: bool  # the running order (or an absent mark) changed since
    file_in: bool  # a file or paper sheet of the juror arrived


def order_fingerprint(slots: list[Slot]) -> str:
    """The running order as a kit lists it, with the absent marks: any change gives another fingerprint."""
    return digest([[slot.team_id, slot.room, slot.position, slot.absent] for slot in slots])


def kit_exports(store: Store, event_id: int) -> dict[str, KitExport]:
    """{juror token: its latest kit written}."""
    with store.read() as session:
        rows = session.exec(select(JuryLog).where(JuryLog.event_id == event_id, JuryLog.kind == "kit_exported")
                            .order_by(JuryLog.id)).all()
        return {row.detail["juror"]: KitExport(row.created_at, row.detail["fingerprint"], row.detail.get("order")) for row in rows}


def kit_states(store: Store, event_id: int) -> dict[int, KitState]:
    """Every juror's kit state, by juror id."""
    exports = kit_exports(store, event_id)
    rubric = rubric_fingerprint(criteria(store, event_id))
    order = order_fingerprint(running_order(store, event_id))
    with store.read() as session:
        jurors = session.exec(select(Juror.id, Juror.token).where(Juror.event_id == event_id)).all()
        arrived = set(session.exec(select(JurorFile.juror_id).where(JurorFile.event_id == event_id)).all())
    states = {}
    for juror_id, token in jurors:
        export = exports.get(token)
        states[juror_id] = KitState(
            export.at if export else None, export is not None and export.rubric != rubric,
            export is not None and export.order is not None and export.order != order, juror_id in arrived)
    return states
