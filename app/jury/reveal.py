"""The winners' reveal: the confirmed places, in the order they are announced.

The jury's pools come in the template's order (``template.jury.pools``; a per-challenge pool once per
challenge, in the challenges' order), each from its last place to its first — the Staatsprint: each
challenge's winner, then the overall third, second and first. The facilitator may let the Idea Race's
winner and the audience prize go first. Each step carries what the room may see: the pool, the place,
the team, its pitched idea (``app.pitch.brief``) and its members' names — never a juror or a score.
A shared prize (a tie in the Idea Race or the audience's vote) is one prize: one step naming every
team that shares it (``sharing``).

Nothing is revealed before the chair confirmed the winners (``JurySetting.confirmed_at``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import select

from app.day.template import Template
from app.errors import DomainError
from app.export.snapshot import team_dossier
from app.jury.awards import awards, confirmed_at
from app.pitch.brief import IDEA, brief
from app.race.rounds import race_steps
from app.race.standings import leaderboard
from app.storage.store import Store
from db.models import Award

RACE, AUDIENCE, SHARED = "race", "audience", "shared"  # Award pool keys; SHARED: an Award's reason when a prize is shared


@dataclass(frozen=True)
class RevealStep:
    pool_key: str  # the Award's pool: "overall", "challenge:<key>", "race" or "audience"
    title: str  # the pool's title, e.g. "Eindklassement"
    subtitle: str  # a per-challenge pool's challenge title; "" otherwise
    place: int  # 1 = first
    places: int  # how many places the pool awards (1: a single winner)
    shared: bool  # the prize is shared with another team (a tie in the Idea Race or the audience's vote)
    team_id: int
    team_number: int
    team_name: str  # the team's name, or "Team 3" while it has none
    challenge: str  # the team's challenge title; "" when it has none
    idea: str  # the idea the team pitched; "" when not filled in
    members: tuple[str, ...]  # the members' names, in the team's order
    sharing: tuple[tuple[int, str], ...] = ()  # a shared prize: (number, name) of every team sharing it; () otherwise


@dataclass(frozen=True)
class RevealOptions:
    race: bool = False  # announce the Idea Race's winner first
    audience: bool = False  # then the audience prize


def reveal_sequence(store: Store, event_id: int, template: Template, lang: str, now: datetime,
                    options: RevealOptions = RevealOptions()) -> list[RevealStep]:
    """Every step of the reveal, in order. Refused until the chair confirmed the winners."""
    if confirmed_at(store, event_id) is None:
        raise DomainError("reveal_not_confirmed", "the winners are not confirmed yet: the chair confirms them in the juryberaad first")
    by_pool: dict[str, list[Award]] = {}
    for award in awards(store, event_id):
        by_pool.setdefault(award.pool_key, []).append(award)
    planned = _planned(template, lang, options)
    steps = []
    for pool_key, title, subtitle, places in planned:
        rows = sorted(by_pool.get(pool_key, []), key=lambda award: -award.place)
        if pool_key in (RACE, AUDIENCE) and len(rows) > 1:  # a shared prize: one step, the winners in the order recorded
            each = [_step(store, event_id, award, title, subtitle, places, True, lang, now) for award in reversed(rows)]
            steps.append(replace(each[0], sharing=tuple((step.team_number, step.team_name) for step in each)))
            continue
        steps.extend(_step(store, event_id, award, title, subtitle, places, False, lang, now) for award in rows)
    return steps


def _planned(template: Template, lang: str, options: RevealOptions) -> list[tuple[str, str, str, int]]:
    """(pool key, title, subtitle, places) in the order of the reveal."""
    planned = []
    if options.race:
        planned.append((RACE, _race_title(template, lang), "", 1))
    if options.audience and template.jury and template.jury.audience:
        planned.append((AUDIENCE, template.jury.audience.title.get(lang), "", 1))
    for pool in template.jury.pools if template.jury else []:
        if pool.per_challenge:
            for challenge in sorted(template.challenges, key=lambda c: c.number):
                planned.append((f"{pool.key}:{challenge.key}", pool.title.get(lang), challenge.title.get(lang), pool.places))
        else:
            planned.append((pool.key, pool.title.get(lang), "", pool.places))
    return planned


def _step(store: Store, event_id: int, award: Award, title: str, subtitle: str, places: int, shared: bool,
          lang: str, now: datetime) -> RevealStep:
    dossier = team_dossier(store, event_id, award.team_id, lang, now)
    return RevealStep(
        award.pool_key, title, subtitle, award.place if places > 1 else 1, places, shared, award.team_id,
        dossier.team_number, dossier.shown_name, dossier.challenge, brief(dossier)[IDEA],
        tuple(person.name for person in dossier.members))


def _race_title(template: Template, lang: str) -> str:
    steps = race_steps(template)
    return steps[0].title.get(lang) if steps else "Idea Race"


def race_winners(store: Store, event_id: int, template: Template, now: datetime) -> list[int]:
    """The Idea Race's winners as its leaderboard finds them (every team tied for the most ideas, once
    the race is over); none while it runs or when the day has no race."""
    steps = race_steps(template)
    if not steps:
        return []
    return [standing.counts.team_id for standing in leaderboard(store, template, event_id, steps[0].key, now).winners]


def record_race_award(store: Store, event_id: int, template: Template, now: datetime) -> list[int]:
    """Record the Idea Race's winners as Award "race" rows (a shared prize: places 1, 2, … each with the
    reason "shared"), replacing any recorded before. Refused while the race has no winner."""
    winners = race_winners(store, event_id, template, now)
    if not winners:
        raise DomainError("reveal_no_race_winner", "the Idea Race has no winner yet: every racing team must finish its last round")
    with store.write() as session:
        for old in session.exec(select(Award).where(Award.event_id == event_id, Award.pool_key == RACE)).all():
            session.delete(old)
        session.flush()
        for place, team_id in enumerate(winners, start=1):
            session.add(Award(event_id=event_id, pool_key=RACE, place=place, team_id=team_id,
                              reason=SHARED if len(winners) > 1 else ""))
    return winners
