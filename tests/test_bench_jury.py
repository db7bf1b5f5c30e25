"""The jury benchmark's results part runs end to end on its prepared event (figures never asserted)."""

from __future__ import annotations

from app.event.events import event_template, get_event
from app.jury.results import jury_results
from app.storage.database import open_store
from bench import jury


def test_the_benchmark_event_has_four_pools_of_scored_teams(tmp_path):
    path = tmp_path / "jury.sqlite"
    event_id = jury.prepare(path)
    store = open_store(f"sqlite:///{path}")
    results = jury_results(store, event_id, event_template(get_event(store, event_id)))
    store.engine.dispose()
    assert [r.pool_key for r in results][-1] == "overall" and len(results) == 4
    overall = results[-1]
    assert len(overall.teams) == jury.TEAMS and len(overall.podium) == 3 and len(overall.margins) == 3
    assert sum(t.jurors for t in overall.teams) == jury.JURORS * (jury.TEAMS - 3)  # 2 recusals, 1 not seen each
