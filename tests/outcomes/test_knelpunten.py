"""Knelpunten: from clusters or typed, answering the phase's questions, in the team's order."""

from __future__ import annotations

from datetime import date

import pytest

from app.board.board import add_cluster
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_team
from app.outcomes.knelpunten import (
    add_knelpunt,
    delete_knelpunt,
    from_clusters,
    knelpunten,
    move_knelpunt,
    update_knelpunt,
)
from app.paths import template_path


@pytest.fixture
def team_id(store):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    return add_team(store, event_id, None)


def test_from_clusters_once_each(store, team_id):
    add_cluster(store, team_id, "clustering", "Inkoop", (0, 0, 10, 10))
    add_cluster(store, team_id, "clustering", "Data in kokers", (0, 0, 10, 10))
    assert from_clusters(store, team_id, "clustering").made == ["Inkoop", "Data in kokers"]
    again = from_clusters(store, team_id, "clustering")
    assert (again.made, again.existing) == ([], ["Inkoop", "Data in kokers"])
    assert [k.title for k in knelpunten(store, team_id)] == ["Inkoop", "Data in kokers"]


def test_answers_order_and_delete(store, team_id, staatsprint_template):
    a = add_knelpunt(store, team_id, "Elke gemeente koopt zelf in")
    b = add_knelpunt(store, team_id, "NAW-gegevens steeds opnieuw")
    keys = [f.key for f in staatsprint_template.step("knelpunten").fields]
    update_knelpunt(store, b, "NAW-gegevens steeds opnieuw invullen", {keys[0]: "Inwoners", keys[3]: " Verspilde tijd "})
    move_knelpunt(store, b, -1)
    first, second = knelpunten(store, team_id)
    assert (first.id, first.answers) == (b, {"who": "Inwoners", "why": "Verspilde tijd"})
    assert second.id == a
    delete_knelpunt(store, a)
    assert [k.id for k in knelpunten(store, team_id)] == [b]


def test_an_empty_title_is_refused(store, team_id):
    with pytest.raises(DomainError) as caught:
        add_knelpunt(store, team_id, "   ")
    assert caught.value.code == "knelpunt_empty"
    assert knelpunten(store, team_id) == []


def test_from_a_selection_of_clusters_and_notes(store, team_id):
    from app.outcomes.knelpunten import TITLE_MAX, from_selection

    cluster = add_cluster(store, team_id, "clustering", "Inkoop", (0, 0, 1, 1))
    made = from_selection(store, team_id, {cluster: "Inkoop"}, [("  NAW   steeds opnieuw ", None), ("x" * 300, None)])
    titles = [k.title for k in knelpunten(store, team_id)]
    assert len(made.made) == 3 and made.existing == [] and titles[:2] == ["Inkoop", "NAW steeds opnieuw"]
    assert len(titles[2]) == TITLE_MAX and titles[2].endswith("…")


def test_the_same_selection_twice_makes_nothing_new(store, team_id):
    from app.outcomes.knelpunten import from_selection

    cluster = add_cluster(store, team_id, "clustering", "Inkoop", (0, 0, 1, 1))
    add_knelpunt(store, team_id, "Data in kokers")
    from_selection(store, team_id, {cluster: "Inkoop"}, [])
    before = knelpunten(store, team_id)
    again = from_selection(store, team_id, {cluster: "Inkoop (hernoemd)"}, [(" data IN  kokers", None)])
    assert (again.made, again.existing) == ([], ["Inkoop (hernoemd)", "data IN kokers"])
    assert knelpunten(store, team_id) == before
