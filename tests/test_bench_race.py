"""The race benchmark runs end to end: six teams racing in one database, a real Enter timed until
the idea is in the row and the count (the figures themselves are never asserted, only that they exist)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.storage.database import open_store
from bench import race
from db.models import Note


def test_six_teams_race_and_every_enter_is_timed(tmp_path):
    event_id, teams = race.prepare(tmp_path / "race.sqlite")
    assert len(teams) == race.TEAMS
    result = race.run(tmp_path / "race.sqlite", tmp_path / "run", event_id, teams)
    assert len(result["typed"]) == 15 and all(value > 0 for value in result["typed"])
    assert len(result["commits"]) == 30
    store = open_store(f"sqlite:///{tmp_path / 'run' / 'race.sqlite'}")
    with store.read() as session:
        counted = dict(session.execute(select(Note.part_key, func.count()).where(Note.team_id == teams[0]).group_by(Note.part_key)).all())
    store.engine.dispose()
    assert counted == {"round1": race.SEEDED + 15 + 30}  # every idea typed inside round 1 counts for it
