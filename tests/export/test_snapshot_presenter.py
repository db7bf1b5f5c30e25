"""The dossier's task split agrees with the pitch page's: the presenter always presents."""

from __future__ import annotations

from datetime import datetime, timezone

from app.event.events import event_template, get_event
from app.event.teams import add_member, set_role
from app.export.snapshot import team_dossier
from app.pitch.tasks import assign


def test_the_presenter_is_on_presenting_in_the_dossier(empty_team):
    e = empty_team
    template = event_template(get_event(e.store, e.event_id))
    anna, bram = add_member(e.store, e.team_id, "Anna"), add_member(e.store, e.team_id, "Bram")
    set_role(e.store, e.team_id, "presenter", bram, template)  # no tick of their own
    assign(e.store, template, e.team_id, "presenting", anna)  # presenting with them
    dossier = team_dossier(e.store, e.event_id, e.team_id, "nl", datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc))
    assert next(t for t in dossier.tasks if t.title == "Presenteren").members == ("Anna", "Bram")
