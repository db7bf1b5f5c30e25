"""The facilitator's decisions about juror files: withdraw one, close scoring, and (the chair) accept a
file that came after close. Each is one transaction, logged in the JuryLog with its reason."""

from __future__ import annotations

from sqlmodel import Session, select

from app.errors import DomainError
from app.jury.revisions import AFTER_CLOSE, IN_USE, SUPERSEDED, WITHDRAWN, apply_revision, clear_scores
from app.storage.store import Store
from app.text import clean_block
from db.models import Juror, JurorFile, JuryLog, JurySetting
from db.types import utcnow

REASON_LIMIT = 500


def withdraw(store: Store, event_id: int, juror_file_id: int, reason: str) -> None:
    """The juror's revision in use leaves the results (their scores with it), with a reason."""
    reason = clean_block(reason, REASON_LIMIT, "jury_reason", required=True)
    with store.write() as session:
        row = _file(session, event_id, juror_file_id)
        if row.status != IN_USE:
            raise DomainError("juror_file_not_in_use", f"revision {row.revision} is not in use: only the revision in use can be withdrawn",
                              revision=row.revision)
        row.status, row.reason = WITHDRAWN, reason
        session.add(row)
        clear_scores(session, row.juror_id)
        _log(session, event_id, "withdrawn", reason, row)


def close_scoring(store: Store, event_id: int) -> None:
    """Freeze the revisions in use: a file that arrives later is held as "after close"."""
    with store.write() as session:
        setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
        if setting is None:
            raise DomainError("jury_not_set_up", "this event has no jury yet")
        if setting.closed_at is not None:
            raise DomainError("scoring_closed_already", "scoring is closed already")
        setting.closed_at = utcnow()
        session.add(setting)


def accept_after_close(store: Store, event_id: int, juror_file_id: int, reason: str) -> None:
    """The chair takes a revision that came after close into use (it replaces the juror's revision in use)."""
    reason = clean_block(reason, REASON_LIMIT, "jury_reason", required=True)
    with store.write() as session:
        row = _file(session, event_id, juror_file_id)
        if row.status != AFTER_CLOSE:
            raise DomainError("juror_file_not_after_close", f"revision {row.revision} did not come after close",
                              revision=row.revision)
        in_use = session.exec(select(JurorFile).where(JurorFile.juror_id == row.juror_id, JurorFile.status == IN_USE)).first()
        if in_use is not None and in_use.revision > row.revision:
            raise DomainError("juror_file_older", f"revision {row.revision} is older than revision {in_use.revision} in use",
                              revision=row.revision, in_use=in_use.revision)
        if in_use is not None:
            in_use.status = SUPERSEDED
            session.add(in_use)
        row.status, row.reason = IN_USE, reason
        session.add(row)
        session.flush()
        apply_revision(session, row, store)
        _log(session, event_id, "accepted_after_close", reason, row, replaces=in_use.revision if in_use else None)


def _file(session: Session, event_id: int, juror_file_id: int) -> JurorFile:
    row = session.get(JurorFile, juror_file_id)
    if row is None or row.event_id != event_id:
        raise DomainError("juror_file_missing", "this juror file no longer exists")
    return row


def _log(session: Session, event_id: int, kind: str, reason: str, row: JurorFile, **extra: object) -> None:
    juror = session.get(Juror, row.juror_id)
    detail = {"juror_file_id": row.id, "juror": juror.name if juror else "", "revision": row.revision, **extra}
    session.add(JuryLog(event_id=event_id, kind=kind, reason=reason, detail=detail))
