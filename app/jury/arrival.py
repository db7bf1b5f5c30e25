"""Whether the jury's scores have started to arrive: the moment the set-up becomes fixed.

"The first score arrived" is any juror file of the event (a signed file, a paper sheet or direct
scores, whatever its status). From then on the deciding ranking and the tie-break order change only
with a reason, and a change of the rubric that files were scored against must be confirmed.
"""

from __future__ import annotations

from sqlmodel import Session, select

from app.storage.store import Store
from db.models import JurorFile


def scores_arrived(session: Session, event_id: int) -> bool:
    return session.exec(select(JurorFile.id).where(JurorFile.event_id == event_id).limit(1)).first() is not None


def any_scores(store: Store, event_id: int) -> bool:
    """``scores_arrived`` in a read of its own."""
    with store.read() as session:
        return scores_arrived(session, event_id)


def scored_against(session: Session, event_id: int, rubric_version: int) -> bool:
    """A juror file of the event was scored against rubric ``rubric_version``."""
    query = select(JurorFile.id).where(JurorFile.event_id == event_id, JurorFile.rubric_version == rubric_version)
    return session.exec(query.limit(1)).first() is not None
