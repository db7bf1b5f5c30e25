"""The jury's results read from the database: one ``PoolInput`` per prize pool, and their results.

The pools come from the template's ``jury.pools`` in order: a ``per_challenge`` pool gives one pool per
challenge (in the template's order, key "challenge:<challenge key>", the teams of that challenge; a
challenge without teams gives none), any other pool holds every team of the event (key = the pool's key).
Scores are the rows in use (the revision each juror's file in use put there); a sheet marked not seen
counts as not seen. Chair decisions come from the log (kind "tie_chair", detail {"pool", "teams":
[a, b], "first": a}; a later decision on the same pair replaces an earlier one).
"""

from __future__ import annotations

from sqlmodel import select

from app.jury.results_model import PoolInput, RubricItem, Sheet
from app.storage.store import Store
from db.models import Challenge, Criterion, Juror, JuryLog, JurySetting, PitchSlot, Recusal, Score, ScoreSheet, Team


def pool_inputs(store: Store, event_id: int, template) -> list[PoolInput]:
    jury = template.jury
    with store.read() as session:
        criteria = session.exec(select(Criterion).where(Criterion.event_id == event_id)
                                .order_by(Criterion.position, Criterion.id)).all()
        jurors = session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all()
        juror_ids = [j.id for j in jurors]
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number, Team.id)).all()
        challenges = {c.id: c.key for c in session.exec(select(Challenge).where(Challenge.event_id == event_id)).all()}
        # Plain rows, not objects (an event holds thousands of scores: 50 teams × 15 jurors × 8 criteria).
        connection = session.connection()
        scores = connection.execute(_of_event(select(Score.juror_id, Score.team_id, Score.criterion_id, Score.value),
                                              Score.juror_id, event_id)).all()
        sheets = connection.execute(_of_event(select(ScoreSheet.juror_id, ScoreSheet.team_id)
                                              .where(ScoreSheet.not_seen.is_(True)), ScoreSheet.juror_id, event_id)).all()
        recusals = connection.execute(_of_event(select(Recusal.juror_id, Recusal.team_id), Recusal.juror_id, event_id)).all()
        slots = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id)).all()
        setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
        chair_log = session.exec(select(JuryLog).where(JuryLog.event_id == event_id, JuryLog.kind == "tie_chair")
                                 .order_by(JuryLog.created_at, JuryLog.id)).all()
    keys = {c.id: c.key for c in criteria}
    values: dict[tuple[int, int], dict[str, int]] = {}
    for juror_id, team_id, criterion_id, value in scores:
        if criterion_id in keys:
            values.setdefault((juror_id, team_id), {})[keys[criterion_id]] = value
    not_seen = {(juror_id, team_id) for juror_id, team_id in sheets}
    all_sheets = [Sheet(j, t, values.get((j, t), {}), (j, t) in not_seen) for (j, t) in sorted(set(values) | not_seen)]
    shared = dict(
        criteria=tuple(RubricItem(c.key, c.title_nl, c.weight, c.min_score, c.max_score) for c in criteria),
        jurors=tuple(juror_ids),
        recusals=frozenset((juror_id, team_id) for juror_id, team_id in recusals),
        absent=frozenset(s.team_id for s in slots if s.absent),
        positions={s.team_id: s.position for s in slots},
        deciding=setting.deciding if setting else jury.deciding,
        tie_break=tuple(setting.tie_break if setting and setting.tie_break else jury.tie_break),
        tie_criterion=setting.tie_criterion if setting else jury.tie_criterion,
        minimum_jurors=jury.minimum_jurors,
        disagreement=jury.disagreement,
    )
    pools: list[PoolInput] = []
    for pool in jury.pools:
        if pool.per_challenge:
            for challenge in template.challenges:
                members = tuple(t.id for t in teams if challenges.get(t.challenge_id) == challenge.key)
                if members:
                    pools.append(_pool(f"challenge:{challenge.key}", pool.places, members, all_sheets, chair_log, shared))
        else:
            pools.append(_pool(pool.key, pool.places, tuple(t.id for t in teams), all_sheets, chair_log, shared))
    return pools


def _of_event(query, juror_column, event_id: int):
    """The query limited to the rows of the event's jurors."""
    return query.join(Juror, Juror.id == juror_column).where(Juror.event_id == event_id)


def _pool(key: str, places: int, teams: tuple[int, ...], sheets: list[Sheet], chair_log, shared: dict) -> PoolInput:
    members = set(teams)
    decisions: dict[tuple[int, int], int] = {}
    for entry in chair_log:
        detail = entry.detail or {}
        pair = detail.get("teams") or []
        if detail.get("pool") == key and len(pair) == 2 and detail.get("first") in pair:
            decisions[tuple(sorted(pair))] = detail["first"]
    return PoolInput(pool_key=key, places=places, teams=teams, sheets=tuple(s for s in sheets if s.team_id in members),
                     chair_decisions=decisions, **shared)

