"""A Staatsprint event with teams and jurors for the jury's set-up tests, and a juror file arriving."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from app.event.events import create_event
from app.event.teams import add_team, set_team_name
from app.jury.rubric import ensure_rubric
from app.jury.setup import add_juror
from app.paths import template_path
from db.models import JurorFile, JurySetting

JURORS = ("Annelies de Vries", "Mohammed El Amrani", "Pieter Jansen", "Sanne Bakker", "Femke van Dijk")


def jury_event(store, template, teams: int = 3, jurors: int = 3) -> tuple[int, list[int], list[int]]:
    """(event id, team ids, juror ids): a fresh event with named teams, the rubric and jurors."""
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    keys = [c.key for c in template.challenges]
    team_ids = []
    for n in range(teams):
        team_id = add_team(store, event_id, keys[n % len(keys)])
        set_team_name(store, team_id, f"De Doeners {n + 1}")
        team_ids.append(team_id)
    ensure_rubric(store, event_id, template)
    juror_ids = [add_juror(store, event_id, name) for name in JURORS[:jurors]]
    return event_id, team_ids, juror_ids


def file_arrives(store, event_id: int, juror_id: int) -> None:
    """A juror file of the current rubric arrives (as the merge would record it)."""
    with store.write() as session:
        version = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().rubric_version
        session.add(JurorFile(event_id=event_id, juror_id=juror_id, revision=version, rubric_version=version,
                              digest="0" * 64, body={}))
