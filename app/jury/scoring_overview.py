"""Where each juror's scores stand, for the facilitator's Scores tab: waiting for a file, a revision in
use, withdrawn, or a file held after close (with what the chair may accept); and whether the revision
shown was scored against an earlier rubric (the rubric changed since: it counts with the new weights
until the juror sends a file made with a new kit — see app/jury/rubric.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from app.jury.revisions import AFTER_CLOSE, IN_USE, WITHDRAWN
from app.storage.store import Store
from db.models import Criterion, Juror, JurorFile, JurySetting

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
    revision: int | None  # the revision in use (withdrawn: the one withdrawn); a typed copy kept as -R shows R
    source: str  # "file", "paper", "direct"; "" while waiting
    received_at: datetime | None
    juror_file_id: int | None  # the revision in use (or withdrawn)
    in_use: bool  # ``juror_file_id`` is in use (it can be withdrawn)
    held: tuple[Held, ...]  # revisions after close, oldest first
    earlier_rubric: bool = False  # the revision shown was scored against an earlier rubric version
    lacks_criterion: bool = False  # … and has no score on a criterion added since: its sheets do not count
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
        keys = set(session.exec(select(Criterion.key).where(Criterion.event_id == event_id)).all())
    version = setting.rubric_version if setting else 1
    return ScoringOverview(setting is not None, setting.closed_at if setting else None,
                           [_juror(juror, [f for f in files if f.juror_id == juror.id], version, keys) for juror in jurors])


def _juror(juror: Juror, files: list[JurorFile], rubric_version: int, keys: set[str]) -> JurorScoring:
    held = tuple(Held(f.id, f.revision) for f in files if f.status == AFTER_CLOSE)
    shown = next((f for f in files if f.status == IN_USE), None)
    if shown is None:
        shown = next((f for f in reversed(files) if f.status == WITHDRAWN), None)
    status = AFTER_CLOSE if held else shown.status if shown else WAITING
    if shown is None:
        return JurorScoring(juror.id, juror.name, juror.chair, status, None, "", None, None, False, held)
    return JurorScoring(juror.id, juror.name, juror.chair, status, abs(shown.revision), shown.source, shown.received_at, shown.id,
                        shown.status == IN_USE, held, shown.rubric_version < rubric_version, _lacks(shown, keys),
                        shown.reason if shown.status == WITHDRAWN else "")


def _lacks(juror_file: JurorFile, keys: set[str]) -> bool:
    """A seen team of the file has no score on one of the rubric's criteria (one added since)."""
    return any(not team.get("not_seen") and not keys <= team["scores"].keys() for team in juror_file.body["teams"])
