"""A small Staatsprint event for the reveal and the audience prize: four teams (two per challenge) with
members and pitched ideas, a jury of two, and — on request — the chair's confirmed winners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from app.event.events import create_event, event_template, get_event
from app.event.teams import add_member, add_team
from app.jury.keys import new_token, setting
from app.pitch.answers import save_pitch_answer
from app.paths import template_path
from db.models import Award, Juror, JurySetting
from db.types import utcnow

JURORS = ("Juul Jurylid", "Karel Kritisch")
IDEAS = ("Eén loket voor alle gemeenten", "Kennistafel met leerclausule", "Datakluis per inwoner", "Gedeelde inkoop")


@dataclass(frozen=True)
class RevealEvent:
    store: object
    event_id: int
    template: object
    teams: tuple[int, ...]  # team 1 and 2: the first challenge; 3 and 4: the second


def make_event(store) -> RevealEvent:
    source = template_path("staatsprint").read_text(encoding="utf-8")
    event_id = create_event(store, source, date(2026, 3, 11))
    template = event_template(get_event(store, event_id))
    first, second = (c.key for c in sorted(template.challenges, key=lambda c: c.number)[:2])
    teams = []
    for number, (challenge, idea) in enumerate(zip((first, first, second, second), IDEAS), start=1):
        team = add_team(store, event_id, challenge, f"Team Nummer {number}")
        save_pitch_answer(store, team, "pitch", "idea", idea)
        for who in ("Anna", "Bram", "Cem"):
            add_member(store, team, f"{who} {number}")
        teams.append(team)
    with store.write() as session:
        setting(session, event_id, template.jury)
        for position, name in enumerate(JURORS):
            session.add(Juror(event_id=event_id, name=name, position=position, chair=position == 0, token=new_token()))
    return RevealEvent(store, event_id, template, tuple(teams))


def confirm(event: RevealEvent, podiums: dict[str, list[int]]) -> None:
    """The chair's confirmed winners (as helper F's confirm_winners writes them): place 1 first."""
    with event.store.write() as session:
        for pool_key, teams in podiums.items():
            for place, team_id in enumerate(teams, start=1):
                session.add(Award(event_id=event.event_id, pool_key=pool_key, place=place, team_id=team_id))
        row = session.exec(select(JurySetting).where(JurySetting.event_id == event.event_id)).one()
        row.confirmed_at = utcnow()


def staatsprint_podiums(event: RevealEvent) -> dict[str, list[int]]:
    first, second = (c.key for c in sorted(event.template.challenges, key=lambda c: c.number)[:2])
    t1, t2, t3, t4 = event.teams
    return {"overall": [t3, t1, t4], f"challenge:{first}": [t1], f"challenge:{second}": [t3]}
