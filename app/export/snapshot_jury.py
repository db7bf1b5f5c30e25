"""The jury's part of the event summary (``EventSummary.jury``), read once the chair confirmed the winners.

Per prize pool: the ranking of ``app.jury.results.jury_results`` (raw and adjusted, the deciding one,
the coverage), the confirmed podium (the Award rows, an override with its reason), the margins and the
ties, W; then the other confirmed prizes (the Idea Race's, the audience's) and the jury's feedback per
team — the texts only: no juror's name, no juror's score, never the private note. Before the
confirmation only ``confirmed=False`` is filled in, so no score leaves the juryberaad early; an event
without jurors and without confirmation has no jury part at all (None).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func
from sqlmodel import select

from app.day.template import Template
from app.export.dossier_data import JuryFeedback, JuryMargin, JuryPlace, JuryPool, JuryResults, JuryRow, JuryTie
from app.export.snapshot_words import say
from app.jury.beraad_data import feedback_texts
from app.jury.results_model import PoolResult
from app.storage.store import Store
from db.models import Award, Criterion, Juror, JurySetting

OTHER_PRIZES = ("race", "audience")  # Award pools that are not the jury's


def pool_results(store: Store, event_id: int, template: Template) -> list[PoolResult]:
    """Every prize pool's results (helper module imported here: the results are computed only when asked)."""
    from app.jury.results import jury_results

    return jury_results(store, event_id, template)


def jury_part(store: Store, event_id: int, template: Template, teams: dict[int, tuple[int, str]], lang: str) -> JuryResults | None:
    """The jury's results for the report; ``teams``: team id -> (number, name as shown)."""
    with store.read() as session:
        confirmed_at = select(JurySetting.confirmed_at).where(JurySetting.event_id == event_id).scalar_subquery()
        count, confirmed = session.exec(select(func.count(Juror.id), confirmed_at).where(Juror.event_id == event_id)).one()
        if confirmed is None:  # one query for an event whose jury is still at work (or that has none)
            return JuryResults(False, count) if count else None
        jurors = session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all()
        awards = session.exec(select(Award).where(Award.event_id == event_id).order_by(Award.pool_key, Award.place)).all()
        criteria = {c.key: (c.title_en if lang == "en" else c.title_nl)
                    for c in session.exec(select(Criterion).where(Criterion.event_id == event_id))}
        feedback = _feedback(feedback_texts(session, event_id), teams)
        places = _places(awards, teams)
    pools = tuple(_pool(result, template, teams, criteria, places.get(result.pool_key, ()), lang)
                  for result in pool_results(store, event_id, template))
    prizes = tuple((_prize_title(key, template, lang), place) for key in OTHER_PRIZES for place in places.get(key, ()))
    return JuryResults(True, len(jurors), pools, prizes, feedback)


def _places(awards, teams: dict[int, tuple[int, str]]) -> dict[str, tuple[JuryPlace, ...]]:
    by_pool: dict[str, list[JuryPlace]] = defaultdict(list)
    for award in awards:
        number, name = teams.get(award.team_id, (0, ""))
        by_pool[award.pool_key].append(JuryPlace(award.place, number, name, award.reason.strip()))
    return {key: tuple(sorted(places, key=lambda p: p.place)) for key, places in by_pool.items()}


def _feedback(texts: dict[int, tuple[str, ...]], teams: dict[int, tuple[int, str]]) -> tuple[JuryFeedback, ...]:
    """Every team by number with its feedback texts in the jurors' order (none for an absent team:
    see ``app.jury.beraad_data.feedback_texts``)."""
    return tuple(JuryFeedback(number, name, texts.get(team_id, ()))
                 for team_id, (number, name) in sorted(teams.items(), key=lambda item: item[1][0]))


def _pool(result: PoolResult, template: Template, teams: dict[int, tuple[int, str]], criteria: dict[str, str],
          podium: tuple[JuryPlace, ...], lang: str) -> JuryPool:
    def shown(team_id: int) -> str:
        number, name = teams.get(team_id, (0, ""))
        return name or f"Team {number}"

    ranking = tuple(JuryRow(*teams.get(t.team_id, (0, "")), t.rank, t.raw, t.adjusted, t.jurors, t.few_jurors, t.absent)
                    for t in result.teams)
    margins = tuple(JuryMargin(m.place, shown(m.higher), shown(m.lower), m.points, criteria.get(m.criterion or "", ""))
                    for m in result.margins)
    tie_criterion = criteria.get(template.jury.tie_criterion or "", "") if template.jury else ""
    ties = tuple(JuryTie(t.place, tuple(shown(team) for team in t.order), t.broken_by,
                         tie_criterion if t.broken_by == "criterion" else "") for t in result.ties)
    minimum = template.jury.minimum_jurors if template.jury else 3
    return JuryPool(result.pool_key, pool_title(result.pool_key, template, lang), result.places, result.deciding, ranking,
                    podium, margins, ties, result.kendall_w, result.w_note, result.adjusted_note, minimum)


def pool_title(pool_key: str, template: Template, lang: str) -> str:
    """"Eindklassement"; "Winnaar van de challenge: Digitale inclusie" for a per-challenge pool."""
    key, _, challenge_key = pool_key.partition(":")
    pool = next((p for p in template.jury.pools if p.key == key), None) if template.jury else None
    title = pool.title.get(lang) if pool else key
    challenge = next((c for c in template.challenges if c.key == challenge_key), None) if challenge_key else None
    return f"{title}: {challenge.title.get(lang)}" if challenge else title


def _prize_title(key: str, template: Template, lang: str) -> str:
    if key == "audience" and template.jury is not None and template.jury.audience is not None:
        return template.jury.audience.title.get(lang)
    return say(f"prize_{key}", lang)
