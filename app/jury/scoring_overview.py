"""Where each juror's scores stand, for the facilitator's Scores tab: waiting for a file, a revision in
use, withdrawn, or a file held after close (with what the chair may accept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.jury.revisions import AFTER_CLOSE, IN_USE, WITHDRAWN
from app.storage.store import Store
from db.models import Juror, JurorFile, JurySetting

WAITING = "waiting"


@dataclass(frozen=True)
class Held:
    juror_file_id: int
    revision: int


@dataclass(frozen=True)
class JurorScoring:
    juror_id: int
    name: str
    chair: bool
    status: str  # "waiting", "in_use", "withdrawn" or "after_close" (a file waits for the chair)
    revision: int | None  # the revision in use (withdrawn: the one withdrawn)
    source: str  # "file", "paper", "direct"; "" while waiting
    received_at: datetime | None
    juror_file_id: int | None  # the revision in use (or withdrawn)
    in_use: bool  # ``juror_file_id`` is in use (it can be withdrawn)
    held: tuple[Held, ...]  # revisions after close, oldest first
    reason: str = ""  # withdrawn: why (as given when it was withdrawn)


@dataclass(frozen=True)
class ScoringOverview:
    set_up: bool  # the event has a jury (settings, a secret)
    closed_at: datetime | None
    jurors: list[JurorScoring]


def scoring_overview(store: Store, event_id: int) -> ScoringOverview:
    with store.read() as session:
        setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
        jurors = list(session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)))
        files = list(session.exec(select(JurorFile).where(JurorFile.event_id == event_id).order_by(JurorFile.revision)))
    return ScoringOverview(setting is not None, setting.closed_at if setting else None,
                           [_juror(juror, [f for f in files if f.juror_id == juror.id]) for juror in jurors])


def _juror(juror: Juror, files: list[JurorFile]) -> JurorScoring:
    held = tuple(Held(f.id, f.revision) for f in files if f.status == AFTER_CLOSE)
    shown = next((f for f in files if f.status == IN_USE), None)
    if shown is None:
        shown = next((f for f in reversed(files) if f.status == WITHDRAWN), None)
    status = AFTER_CLOSE if held else shown.status if shown else WAITING
    if shown is None:
        return JurorScoring(juror.id, juror.name, juror.chair, status, None, "", None, None, False, held)
    return JurorScoring(juror.id, juror.name, juror.chair, status, shown.revision, shown.source, shown.received_at, shown.id,
                        shown.status == IN_USE, held, shown.reason if shown.status == WITHDRAWN else "")
