"""What the juryberaad screen shows beside the results: the names of jurors, teams and criteria, the
pitch running order (for the drift chart) and the feedback the jurors wrote for each team."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from app.export.names import team_label
from app.jury.plain_words import Names
from app.storage.store import Store
from db.models import Criterion, Juror, PitchSlot, ScoreSheet, Team


def names(store: Store, event_id: int, lang: str, template=None) -> Names:
    """Jurors by id, teams as "Team 3 De Datadragers", criteria by key in ``lang`` (the event's rubric,
    else the template's)."""
    with store.read() as session:
        jurors = session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all()
        teams = session.exec(select(Team).where(Team.event_id == event_id)).all()
        criteria = session.exec(select(Criterion).where(Criterion.event_id == event_id).order_by(Criterion.position)).all()
    titles = {c.key: c.title_nl if lang == "nl" else c.title_en for c in criteria}
    if not titles and template is not None and template.jury is not None:
        titles = {c.key: c.title.get(lang) for c in template.jury.criteria}
    return Names(jurors={j.id: j.name for j in jurors}, teams={t.id: team_label(t.number, t.name) for t in teams}, criteria=titles)


def pitch_positions(store: Store, event_id: int) -> dict[int, int]:
    """Each team's place in its room's running order (1 = first); absent teams left out."""
    with store.read() as session:
        slots = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id, PitchSlot.absent == False)).all()  # noqa: E712
    return {slot.team_id: slot.position for slot in slots}


@dataclass(frozen=True)
class TeamFeedback:
    team: str  # "Team 3 De Datadragers"
    texts: tuple[str, ...]  # the jurors' feedback, in the jury's order, without names


def team_feedback(store: Store, event_id: int) -> list[TeamFeedback]:
    """Per team (by number) the feedback texts the jurors wrote for it; no juror names, no scores."""
    with store.read() as session:
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all()
        said = feedback_texts(session, event_id)
    return [TeamFeedback(team_label(t.number, t.name), said.get(t.id, ())) for t in teams]


def feedback_texts(session: Session, event_id: int) -> dict[int, tuple[str, ...]]:
    """Team id -> the jurors' feedback texts, in the jury's order (set-up position), trimmed. Feedback
    counts where the scores count: a sheet marked "not seen", or for a team marked absent (it did not
    pitch, so the results leave it unranked), gives none — the report and the feedback PDF agree."""
    absent = select(PitchSlot.team_id).where(PitchSlot.event_id == event_id, PitchSlot.absent == True)  # noqa: E712
    rows = session.exec(select(ScoreSheet.team_id, ScoreSheet.feedback).join(Juror, Juror.id == ScoreSheet.juror_id)
                        .where(Juror.event_id == event_id, ScoreSheet.not_seen == False, ScoreSheet.team_id.not_in(absent))  # noqa: E712
                        .order_by(Juror.position, Juror.id)).all()
    said: dict[int, list[str]] = {}
    for team_id, feedback in rows:
        if feedback.strip():
            said.setdefault(team_id, []).append(feedback.strip())
    return {team_id: tuple(texts) for team_id, texts in said.items()}


def drift(points: list[tuple[int, float]]) -> float | None:
    """The least-squares slope of score against pitch position (points per later pitch), or None with
    fewer than three teams or a single position: does a later pitch score higher or lower?"""
    if len(points) < 3 or len({x for x, _ in points}) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)
