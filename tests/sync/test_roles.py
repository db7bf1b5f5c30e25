"""Roles enforced by PostgreSQL: each login, connected with its own password, tries what it may not."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.race.rounds import race_steps
from app.race.standings import leaderboard
from app.storage.database import open_store
from app.sync.whoami import who_am_i
from app.event.events import event_template
from db.models import Event
from tests.conftest import _fresh_postgres
from tests.sync.roles_fixtures import NOW, make_roles_event, refused

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def event(pg_server):
    made = make_roles_event(_fresh_postgres(pg_server))
    yield made
    made.owner.engine.dispose()


def test_every_table_has_row_security_and_a_policy(event):
    from sqlmodel import SQLModel

    with event.owner.read() as session:
        secured = dict(session.execute(text(
            "SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r'")).all())
        with_policy = set(session.execute(text("SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = 'public'")).scalars())
    for table in SQLModel.metadata.tables:
        assert secured.get(table) is True, f"{table} has no row-level security"
        assert table in with_policy, f"{table} has no policy"


def test_a_team_reads_its_own_work_and_not_another_teams(event):
    own, other = event.teams()[:2]
    with event.connect(event.login("team", 0)) as session:
        notes = session.execute(text("SELECT DISTINCT team_id FROM note")).scalars().all()
        assert notes == [own.id]
        assert session.execute(text("SELECT count(*) FROM note")).scalar() == event.notes_of(own.id)
        for table in ("vote", "answer", "cluster", "knelpunt", "selection", "milestone", "story_panel"):
            assert set(session.execute(text(f"SELECT DISTINCT team_id FROM {table}")).scalars()) <= {own.id}, table
        assert session.execute(text("SELECT count(*) FROM note WHERE team_id = :t"), {"t": other.id}).scalar() == 0
        # the event's shared things: its own event, every team, the programme, the challenges
        assert session.execute(text("SELECT id FROM event")).scalars().all() == [event.event_id]
        assert session.execute(text("SELECT count(*) FROM team")).scalar() == len(event.teams())
        assert session.execute(text("SELECT count(*) FROM programme_item")).scalar() > 0


@pytest.mark.parametrize("statement", [
    "SELECT * FROM score", "SELECT * FROM score_sheet", "SELECT token FROM juror", "SELECT secret FROM jury_setting",
    "SELECT * FROM juror_file", "SELECT * FROM jury_log", "SELECT * FROM audience_code", "SELECT password FROM login",
    "SELECT * FROM import_mapping",
])
def test_a_team_cannot_read_the_jury_nor_passwords(event, statement):
    with event.connect(event.login("team", 2)) as session:
        assert refused(session, statement)


def test_a_team_sees_only_its_own_login_row_without_the_password(event):
    login = event.login("team", 1)
    with event.connect(login) as session:
        rows = session.execute(text("SELECT role_name, team_id FROM login")).all()
        assert rows == [(login.role_name, login.team_id)]


def test_a_team_cannot_write_into_another_team_nor_change_the_event(event):
    own, other = event.teams()[:2]
    before = event.notes_of(other.id)
    with event.connect(event.login("team", 0)) as session:
        assert refused(session, "INSERT INTO note (team_id, step_key, author_name, text, colour, x, y, part_key, "
                       "best_of_cluster, created_at, updated_at, version) VALUES (:t, 'braindump', '', 'sneaky', "
                       "'yellow', 0, 0, '', false, now(), now(), 1)", t=other.id)
        assert refused(session, "UPDATE note SET text = 'overwritten' WHERE team_id = :t", t=other.id)
        assert refused(session, "DELETE FROM answer WHERE team_id = :t", t=other.id)
        assert refused(session, "UPDATE event SET name = 'ours now'")
        assert refused(session, "UPDATE team SET name = 'renamed' WHERE id = :t", t=other.id)
        assert refused(session, "UPDATE note SET team_id = :other WHERE team_id = :own", other=other.id, own=own.id)
        # its own work it may write
        assert session.execute(text("UPDATE note SET x = x WHERE team_id = :t"), {"t": own.id}).rowcount > 0
    assert event.notes_of(other.id) == before
    with event.owner.read() as session:
        assert session.get(Event, event.event_id).name != "ours now"


def test_the_race_leaderboard_under_a_team_login_shows_every_teams_counts(event):
    with event.owner.read() as session:
        template = event_template(session.get(Event, event.event_id))
    step = race_steps(template)[0]
    expected = leaderboard(event.owner, template, event.event_id, step.key, NOW)
    team_store = open_store(event.url_of(event.login("team", 3)))
    try:
        board = leaderboard(team_store, template, event.event_id, step.key, NOW)
    finally:
        team_store.engine.dispose()
    totals = {s.counts.team_id: s.counts.total for s in board.standings}
    assert totals == {s.counts.team_id: s.counts.total for s in expected.standings}
    assert len(totals) == len(event.teams()) and sum(totals.values()) > 0
    own = event.login("team", 3).team_id
    others = [s.counts for s in board.standings if s.counts.team_id != own and s.counts.total]
    assert all(set(c.per_member) == {None} for c in others)  # other teams' authors are not named


def test_a_juror_writes_only_its_own_scores_and_reads_no_team_work(event):
    juror = event.login("juror", 0)
    other_juror = [j for j in event.jurors() if j.id != juror.juror_id][0]
    team = event.teams()[0]
    with event.connect(juror) as session:
        assert set(session.execute(text("SELECT DISTINCT juror_id FROM score")).scalars()) <= {juror.juror_id}
        assert refused(session, "UPDATE score SET value = 1 WHERE juror_id = :j", j=other_juror.id)
        assert refused(session, "INSERT INTO score_sheet (juror_id, team_id, not_seen, note, feedback, updated_at, version) "
                       "VALUES (:j, :t, false, '', '', now(), 1)", j=other_juror.id, t=team.id)
        for statement in ("SELECT * FROM note", "SELECT * FROM answer", "SELECT * FROM vote", "SELECT * FROM member",
                          "SELECT secret FROM jury_setting", "SELECT * FROM juror_file WHERE juror_id <> :j"):
            assert refused(session, statement, j=juror.juror_id), statement
        assert session.execute(text("SELECT rubric_version FROM jury_setting")).scalar() >= 1  # all but the secret
        assert session.execute(text("SELECT count(*) FROM criterion")).scalar() > 0
        assert session.execute(text("SELECT count(*) FROM team")).scalar() == len(event.teams())
        mine = session.execute(text("UPDATE score SET value = value WHERE juror_id = :j"), {"j": juror.juror_id}).rowcount
    with event.owner.read() as session:
        has_scores = session.execute(text("SELECT count(*) FROM score WHERE juror_id = :j"), {"j": juror.juror_id}).scalar()
    assert mine == has_scores


def test_the_facilitator_has_its_whole_event_and_nothing_of_another(event):
    with event.connect(event.login("facilitator")) as session:
        assert session.execute(text("SELECT id FROM event")).scalars().all() == [event.event_id]
        assert session.execute(text("SELECT count(DISTINCT team_id) FROM note")).scalar() == len(
            [t for t in event.teams() if event.notes_of(t.id)])
        assert session.execute(text("SELECT count(*) FROM score")).scalar() > 0
        assert session.execute(text("SELECT count(*) FROM login WHERE password <> ''")).scalar() == len(event.logins)
        other_teams = [t.id for t in event.teams(event.other_event_id)]
        assert refused(session, "SELECT * FROM note WHERE team_id = ANY(:t)", t=other_teams)
        assert refused(session, "UPDATE team SET room = 'x' WHERE event_id = :e", e=event.other_event_id)
        assert session.execute(text("UPDATE event SET announcement = 'Lunch!' WHERE id = :e"), {"e": event.event_id}).rowcount == 1


def test_no_login_sees_another_event(event):
    for kind in ("team", "juror", "member"):
        with event.connect(event.login(kind)) as session:
            assert refused(session, "SELECT * FROM event WHERE id = :e", e=event.other_event_id), kind
            assert refused(session, "SELECT * FROM team WHERE event_id = :e", e=event.other_event_id), kind
            assert refused(session, "SELECT * FROM public_note_count WHERE team_id = ANY(:t)",
                           t=[t.id for t in event.teams(event.other_event_id)]), kind


def test_who_am_i_names_the_login_and_none_for_the_owner(event):
    login = event.login("team", 4)
    team_store = open_store(event.url_of(login))
    try:
        me = who_am_i(team_store)
    finally:
        team_store.engine.dispose()
    assert (me.kind, me.team_id, me.role_name, me.event_id) == ("team", login.team_id, login.role_name, event.event_id)
    assert who_am_i(event.owner) is None
