"""Two laptops adding a note at once pick the same free spot (each from what it had read): the second gives way."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.board.board import add_note, free_spot
from app.storage.database import open_store
from db.models import Note
from tests.conftest import _fresh_postgres
from tests.sync.outbox_server import event_with_team


@pytest.mark.postgres
def test_two_laptops_adding_on_the_same_spot_do_not_pile_up(pg_server):
    url = _fresh_postgres(pg_server)
    laptop, other = open_store(url), open_store(url)
    try:
        _event, team_id = event_with_team(laptop)
        spot = free_spot(laptop, team_id, "braindump")
        assert free_spot(other, team_id, "braindump") == spot  # both read the same free spot
        mine = add_note(laptop, team_id, "braindump", None, "Dubbel werk bij elke gemeente", *spot)
        theirs = add_note(other, team_id, "braindump", None, "Niemand weet wie wat heeft", *spot)
        with laptop.read() as session:
            rows = {row.id: (row.x, row.y) for row in session.execute(select(Note.id, Note.x, Note.y).where(Note.team_id == team_id))}
        assert set(rows) == {mine, theirs}
        assert rows[mine] == spot and rows[theirs] != spot  # the second gave way: no pile
    finally:
        laptop.engine.dispose()
        other.engine.dispose()
