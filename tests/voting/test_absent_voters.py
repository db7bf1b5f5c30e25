"""A member marked absent today does not vote: no turn, no dots in the budget (one rule for the vote page and the dashboard)."""

from __future__ import annotations

from datetime import date

from app.event.events import create_event
from app.event.teams import add_member, add_team, team_views
from app.participants.placing import set_absent
from app.paths import template_path
from app.voting.voting import voters


def test_an_absent_member_is_in_the_team_but_not_among_the_voters(store, staatsprint_template):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    anna, bram, cas = (add_member(store, team_id, name) for name in ("Anna", "Bram", "Cas"))
    set_absent(store, bram, True)
    (team,) = team_views(store, event_id, staatsprint_template)
    assert [(m.name, m.absent) for m in team.members] == [("Anna", False), ("Bram", True), ("Cas", False)]
    assert [m.id for m in voters(team.members)] == [anna, cas]
    set_absent(store, bram, False)
    (team,) = team_views(store, event_id, staatsprint_template)
    assert [m.id for m in voters(team.members)] == [anna, bram, cas]
