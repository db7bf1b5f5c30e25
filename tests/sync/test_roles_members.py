"""Member logins: others' brain-dump notes and hidden dots stay private until the reveal, in the database.
And making the logins again: only what is missing, a removed team's role dropped."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.sync.logins import create_event_logins
from tests.conftest import _fresh_postgres
from tests.sync.roles_fixtures import make_roles_event, refused

pytestmark = pytest.mark.postgres

STEP = "braindump"  # hidden until its reveal in the staatsprint template
VOTE_STEP = "dot_vote"


@pytest.fixture(scope="module")
def event(pg_server):
    made = make_roles_event(_fresh_postgres(pg_server))
    yield made
    made.owner.engine.dispose()


def _two_members(event):
    members = [row for row in event.logins if row.kind == "member"]
    first = members[0]
    second = next(row for row in members if row.team_id == first.team_id and row.member_id != first.member_id)
    return first, second


def _hidden_work(event, first, second, revealed: bool):
    """Each member has a brain-dump note and a dot; the steps' reveals as asked."""
    with event.owner.write() as session:
        conn = session.connection()
        team, event_id = first.team_id, event.event_id
        conn.execute(text("DELETE FROM note WHERE team_id = :t AND step_key = :s"), {"t": team, "s": STEP})
        conn.execute(text("DELETE FROM vote WHERE team_id = :t AND step_key = :s"), {"t": team, "s": VOTE_STEP})
        for member in (first, second):
            conn.execute(text("INSERT INTO note (team_id, step_key, author_id, author_name, text, colour, x, y, part_key, "
                              "best_of_cluster, created_at, updated_at, version) VALUES (:t, :s, :m, '', 'mine', 'yellow', "
                              "0, 0, '', false, now(), now(), 1)"), {"t": team, "s": STEP, "m": member.member_id})
            conn.execute(text("INSERT INTO vote (team_id, step_key, voter_id, voter_name, target_id, dots, updated_at, version) "
                              "VALUES (:t, :s, :m, '', 1, 2, now(), 1)"), {"t": team, "s": VOTE_STEP, "m": member.member_id})
        for step in (STEP, VOTE_STEP):
            conn.execute(text("DELETE FROM step_state WHERE team_id = :t AND step_key = :s"), {"t": team, "s": step})
            conn.execute(text("INSERT INTO step_state (event_id, team_id, step_key, part_key, duration_s, paused_total_s, "
                              "extended_s, revealed_at, updated_at, version) VALUES (:e, :t, :s, '', 600, 0, 0, "
                              f"{'now()' if revealed else 'NULL'}, now(), 1)"), {"e": event_id, "t": team, "s": step})


def _authors(session, table: str, column: str, step: str) -> set[int]:
    return set(session.execute(text(f"SELECT {column} FROM {table} WHERE step_key = :s"), {"s": step}).scalars())


def test_before_the_reveal_a_member_sees_only_its_own_notes_and_dots(event):
    first, second = _two_members(event)
    _hidden_work(event, first, second, revealed=False)
    with event.connect(first) as session:
        assert _authors(session, "note", "author_id", STEP) == {first.member_id}
        assert _authors(session, "vote", "voter_id", VOTE_STEP) == {first.member_id}
        assert refused(session, "UPDATE note SET text = 'changed' WHERE author_id = :m AND step_key = :s",
                       m=second.member_id, s=STEP)
        assert refused(session, "DELETE FROM vote WHERE voter_id = :m AND step_key = :s", m=second.member_id, s=VOTE_STEP)
        # the team's shared work it sees whole
        assert session.execute(text("SELECT count(*) FROM note WHERE step_key <> :s"), {"s": STEP}).scalar() == \
            event.notes_of(first.team_id) - 2
    with event.connect(next(r for r in event.logins if r.kind == "team" and r.team_id == first.team_id)) as session:
        assert _authors(session, "note", "author_id", STEP) == {first.member_id, second.member_id}  # the team's laptop


def test_after_the_reveal_a_member_sees_everyones(event):
    first, second = _two_members(event)
    _hidden_work(event, first, second, revealed=True)
    with event.connect(first) as session:
        assert _authors(session, "note", "author_id", STEP) == {first.member_id, second.member_id}
        assert _authors(session, "vote", "voter_id", VOTE_STEP) == {first.member_id, second.member_id}


def test_a_member_cannot_see_another_teams_work(event):
    first, _second = _two_members(event)
    with event.connect(first) as session:
        assert set(session.execute(text("SELECT DISTINCT team_id FROM note")).scalars()) == {first.team_id}
        assert refused(session, "SELECT * FROM score")


def test_making_the_logins_again_adds_only_the_missing_and_drops_a_removed_teams_role(event):
    before = {row.role_name: row.password for row in event.logins}
    again = create_event_logins(event.owner.engine, event.event_id, members=True)
    assert {row.role_name: row.password for row in again} == before
    gone = event.teams()[-1]
    gone_role = next(row.role_name for row in event.logins if row.kind == "team" and row.team_id == gone.id)
    with event.owner.write() as session:
        session.connection().execute(text("DELETE FROM team WHERE id = :t"), {"t": gone.id})
    with event.owner.write() as session:
        session.connection().execute(text(
            "INSERT INTO team (event_id, number, name, room, updated_at, version) VALUES (:e, 99, 'Nieuw', '', now(), 1)"),
            {"e": event.event_id})
    after = create_event_logins(event.owner.engine, event.event_id)
    names = {row.role_name for row in after}
    added = names - set(before)
    assert len(added) == 1 and next(row.label for row in after if row.role_name in added) == "Team 99 · Nieuw"
    assert gone_role not in names
    with event.owner.read() as session:
        assert session.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": gone_role}).scalar() == 0
        assert all(session.execute(text("SELECT length(rolname) <= 63 FROM pg_roles WHERE rolname = ANY(:r)"),
                                   {"r": list(names)}).scalars())
