"""A small judged event written straight into the database (the jury's own rows), and a tiny local
aggregation standing in for ``app.jury.results.jury_results`` in these export tests only: the raw mean
of each juror's weighted score, one "overall" pool, adjusted equal to raw."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from fractions import Fraction

from sqlmodel import select

from app.event.events import create_event_from_file
from app.event.teams import add_team
from app.jury.results_model import Margin, PoolResult, TeamResult
from app.paths import template_path
from app.storage.store import Store
from db.models import Award, Criterion, Juror, JurorFile, JurySetting, Score, ScoreSheet, Team

RECEIVED = datetime(2026, 11, 24, 16, 50, 5, 123456, tzinfo=UTC)  # 17:50:05 on the event's clock (Amsterdam)
CRITERIA = (("idea", "Concreet idee", "Concrete idea", 1), ("pitch", "Pitch", "Pitch", 2))


@dataclass
class JuryEvent:
    store: Store
    event_id: int
    teams: list[int] = field(default_factory=list)
    jurors: list[int] = field(default_factory=list)
    criteria: list[int] = field(default_factory=list)


def jury_event(store: Store, team_names=("De Datadragers", 'De "Data"; dragers'), juror_names=("Marieke van Dam", "Hans Verbeek")) -> JuryEvent:
    """An event with its teams, the two criteria and the jurors set up; no scores yet."""
    event_id = create_event_from_file(store, template_path("staatsprint"), date(2026, 11, 24), "Jurydag")
    made = JuryEvent(store, event_id, [add_team(store, event_id, "markt_overheid", name) for name in team_names])
    with store.write() as session:
        session.add(JurySetting(event_id=event_id, secret="ab" * 32))
        criteria = [Criterion(event_id=event_id, key=key, position=n, title_nl=nl, title_en=en, weight=weight)
                    for n, (key, nl, en, weight) in enumerate(CRITERIA)]
        jurors = [Juror(event_id=event_id, name=name, position=n, chair=n == 0, token=f"t{n}") for n, name in enumerate(juror_names)]
        session.add_all([*criteria, *jurors])
        session.flush()
        made.criteria, made.jurors = [c.id for c in criteria], [j.id for j in jurors]
    return made


def score(made: JuryEvent, juror: int, values: dict[int, tuple[int, ...] | None], feedback: dict[int, str] | None = None,
          source: str = "file", revision: int = 1, note: str = "") -> None:
    """Juror number ``juror``'s revision in use: per team index its values (criteria in order) or None (not seen)."""
    juror_id = made.jurors[juror]
    with made.store.write() as session:
        session.add(JurorFile(event_id=made.event_id, juror_id=juror_id, revision=revision, rubric_version=1, digest=f"d{juror}",
                              source=source, status="in_use", received_at=RECEIVED))
        for index, scores in values.items():
            team_id = made.teams[index]
            session.add(ScoreSheet(juror_id=juror_id, team_id=team_id, not_seen=scores is None, note=note,
                                   feedback=(feedback or {}).get(index, "")))
            for criterion_id, value in zip(made.criteria, scores or (), strict=False):
                session.add(Score(juror_id=juror_id, team_id=team_id, criterion_id=criterion_id, value=value))


def confirm(made: JuryEvent, podium: list[int], reason: str = "") -> None:
    """The chair confirms ``podium`` (team indexes, first first) for the overall pool."""
    with made.store.write() as session:
        setting = session.exec(select(JurySetting).where(JurySetting.event_id == made.event_id)).one()
        setting.confirmed_at = RECEIVED
        session.add_all([Award(event_id=made.event_id, pool_key="overall", place=n, team_id=made.teams[i], reason=reason)
                         for n, i in enumerate(podium, start=1)])


def local_results(store: Store, event_id: int, template) -> list[PoolResult]:
    """The tiny aggregation: raw_t = the mean over its jurors of Σ w·x / Σ w; ranked by raw."""
    with store.read() as session:
        weights = {c.id: c.weight for c in session.exec(select(Criterion).where(Criterion.event_id == event_id))}
        jurors = list(session.exec(select(Juror.id).where(Juror.event_id == event_id).order_by(Juror.position)))
        scores = session.exec(select(Score).where(Score.juror_id.in_(jurors))).all()
        teams = list(session.exec(select(Team.id).where(Team.event_id == event_id).order_by(Team.number)))
    cells: dict[tuple[int, int], Fraction] = {}
    for row in scores:
        cells[(row.juror_id, row.team_id)] = cells.get((row.juror_id, row.team_id), Fraction(0)) + row.value * weights[row.criterion_id]
    total = sum(weights.values())
    raw = {t: [v / total for (j, team), v in cells.items() if team == t] for t in teams}
    means = {t: sum(values) / len(values) for t, values in raw.items() if values}
    order = sorted(means, key=lambda t: -means[t]) + [t for t in teams if t not in means]
    results = tuple(TeamResult(t, means.get(t), means.get(t), order.index(t) + 1 if t in means else None,
                               order.index(t) + 1 if t in means else None, len(raw[t]), {}, {}, Fraction(0), False,
                               len(raw[t]) < 3, (), (), False) for t in order)
    margins = (Margin(1, order[0], order[1], 1, jurors[0], "pitch"),) if len(means) > 1 else ()
    return [PoolResult("overall", 3, "raw", results, tuple(order[:3]), (), None, None, "few_teams", (), None, (), (),
                       margins, tuple(t for t in teams if len(raw[t]) < 3), tuple(t for t in teams if t not in means))]
