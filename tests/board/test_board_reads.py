"""The board's hot reads are column queries: no ORM object is built for a note or a cluster read."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from app.board.board import (
    ClusterView,
    NoteView,
    add_cluster,
    add_note,
    clusters,
    notes,
    notes_by_id,
)
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.paths import template_path
from db.models import Cluster, Note


def test_notes_and_clusters_are_read_as_columns_into_views(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    anna = add_member(store, team_id, "Anna")
    ids = [add_note(store, team_id, "braindump", anna, f"n{i}", 10.0 * i, 5.0, colour="green", part_key="r1") for i in range(3)]
    cluster_id = add_cluster(store, team_id, "clustering", "Geld", (1.0, 2.0, 300.0, 200.0), ids[:1])
    built = []

    def loaded(target, _context) -> None:
        built.append(target)

    for model in (Note, Cluster):
        event.listen(model, "load", loaded)
    try:
        read = notes(store, team_id, ["braindump"])
        some = notes_by_id(store, ids[1:])
        frames = clusters(store, team_id, "clustering")
    finally:
        for model in (Note, Cluster):
            event.remove(model, "load", loaded)
    assert built == []
    assert read[0] == NoteView(ids[0], team_id, "braindump", "n0", "green", 0.0, 5.0, anna, cluster_id, None, "r1", "Anna")
    assert sorted(n.id for n in some) == ids[1:]
    assert frames == [ClusterView(cluster_id, team_id, "clustering", "Geld", 1.0, 2.0, 300.0, 200.0)]
