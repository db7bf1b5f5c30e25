"""Joining an event (app/sync/joined.py) against a real PostgreSQL server with TLS and passwords."""

from __future__ import annotations

import stat
from dataclasses import replace

import pytest

from app.errors import DomainError
from app.sync.joined import connect, forget, login_info, remember, remembered
from tests.ui.sync.conftest import other_event

pytestmark = pytest.mark.postgres


def test_a_good_join_file_opens_its_event_as_its_login(join_server, tmp_path):
    opened, event_id = connect(join_server.team_join, tmp_path)
    try:
        assert event_id == join_server.event_id
        info = login_info(opened.store)
        assert (info.kind, info.team_id, info.label) == ("team", join_server.team_id, "Team 4 · Bits & Banen")
    finally:
        opened.store.engine.dispose()


@pytest.mark.parametrize(("change", "code"), [
    (lambda j, s: replace(j, password="wrong"), "join_wrong_password"),
    (lambda j, s: replace(j, certificate=s.other_certificate), "join_certificate"),
    (lambda j, s: replace(j, port=1), "join_server_unreachable"),
    (lambda j, s: other_event(j), "join_other_event"),
    (lambda j, s: replace(j, database="newer"), "db_newer_schema"),
])
def test_each_refusal_says_what(join_server, tmp_path, change, code):
    with pytest.raises(DomainError) as refused:
        connect(change(join_server.team_join, join_server), tmp_path)
    assert refused.value.code == code
    assert "secret" not in str(refused.value)  # the password is in no message


def test_remembered_events_are_private_newest_first_and_forgotten(join_server, tmp_path):
    first = remember(join_server.team_join, tmp_path)
    second = remember(join_server.facilitator_join, tmp_path)
    again = remember(join_server.team_join, tmp_path)  # joining again replaces, and comes first
    assert again.key == first.key
    assert [j.join.role for j in remembered(tmp_path)] == ["sp_team_4", "sp_facilitator"]
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.path.parent.stat().st_mode) == 0o700
    forget(second.key, tmp_path)
    assert [j.join.role for j in remembered(tmp_path)] == ["sp_team_4"]
