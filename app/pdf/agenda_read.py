"""Reading the printable agenda's data (app/pdf/agenda_data.py) from the database in one go: the
programme by its start times on the event's clock with each phase's steps planned from its start (the
day's rule, ``planned_step_starts``), the challenges in the template's order, the teams by number with
their members, and the participants in no team. A member's organisation is the registration's, else
the kennismaking's answer that says it (the template's summary question).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.day.programme import item_end, phase_window, planned_step_starts
from app.day.template import Template
from app.event.events import event_template, get_event, programme
from app.pdf.agenda_data import Agenda, ChallengeText, Item, Person, Step, TeamEntry
from app.storage.store import Store
from db.models import Challenge, Member, ProgrammeItem, Team


def read_agenda(store: Store, event_id: int, lang: str, now: datetime) -> Agenda:
    """The event ``event_id``'s agenda in ``lang`` ("nl" or "en"), as of ``now``."""
    event = get_event(store, event_id)
    template = event_template(event)
    zone = ZoneInfo(template.meta.timezone)
    items = sorted(programme(store, event_id), key=lambda item: (item.starts_at, item.position))
    teams, unplaced = _people(store, event_id, template, lang)
    return Agenda(
        event_name=event.name, day=event.day, location=event.location, lang=lang, made_at=now.astimezone(zone),
        programme=tuple(_item(template, items, item, zone, lang) for item in items),
        challenges=tuple(_challenge(template, key, lang) for key in _challenge_keys(store, event_id)),
        teams=teams, unplaced=unplaced,
    )


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%H:%M}"


def _item(template: Template, items: list[ProgrammeItem], item: ProgrammeItem, zone: ZoneInfo, lang: str) -> Item:
    end = item_end(items, item)
    window = phase_window(template, items, item.phase_key) if item.phase_key else None
    return Item(
        start=_clock(item.starts_at, zone), end=_clock(end, zone) if end else "",
        title=item.title_en if lang == "en" else item.title_nl, kind=item.kind, fixed=item.fixed,
        steps=_steps(template, items, item.phase_key, zone, lang) if item.phase_key else (),
        window_end=_clock(window[1], zone) if window and window[1] != end else "",
    )


def _steps(template: Template, items: list[ProgrammeItem], phase_key: str, zone: ZoneInfo, lang: str) -> tuple[Step, ...]:
    """A phase's steps, each at the time the plan gives it (the phase's start plus the steps before)."""
    phase = next((phase for phase in template.phases if phase.key == phase_key), None)
    if phase is None:
        return ()
    starts = planned_step_starts(template, items)
    return tuple(Step(_clock(starts[step.key], zone), step.title.get(lang), step.minutes)
                 for step in phase.steps if step.key in starts)


def _challenge_keys(store: Store, event_id: int) -> list[str]:
    with store.read() as session:
        return list(session.exec(select(Challenge.key).where(Challenge.event_id == event_id).order_by(Challenge.position)).all())


def _challenge(template: Template, key: str, lang: str) -> ChallengeText:
    challenge = template.challenge(key)
    return ChallengeText(key, challenge.number, challenge.title.get(lang), challenge.teaser.get(lang),
                         challenge.question.get(lang))


def _people(store: Store, event_id: int, template: Template, lang: str) -> tuple[tuple[TeamEntry, ...], tuple[Person, ...]]:
    """The teams with their members, and the participants in no team, each in their own order."""
    with store.read() as session:
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all()
        members = session.exec(select(Member).where(Member.event_id == event_id).order_by(Member.position, Member.id)).all()
        keys = dict(session.exec(select(Challenge.id, Challenge.key).where(Challenge.event_id == event_id)).all())
    summary = template.kennismaking.summary
    person = lambda member: Person(member.name, _organisation(member, summary), member.absent,  # noqa: E731
                                   _preference(template, member.challenge_pref, lang))
    entries = tuple(
        TeamEntry(team.number, team.name or "", keys.get(team.challenge_id), team.room.strip(),
                  tuple(person(member) for member in members if member.team_id == team.id))
        for team in teams
    )
    return entries, tuple(person(member) for member in members if member.team_id is None)


def _preference(template: Template, key: str | None, lang: str) -> str:
    """"2. Slimme IT-samenwerking markt en overheid": the challenge a participant asked for."""
    challenge = next((challenge for challenge in template.challenges if challenge.key == key), None) if key else None
    return f"{challenge.number}. {challenge.title.get(lang)}" if challenge else ""


def _organisation(member: Member, summary: str | None) -> str:
    """The organisation from the registration, else the kennismaking's answer that says it."""
    found = member.organisation.strip() or (member.kennismaking or {}).get(summary or "", "").strip()
    return " ".join(found.split())
