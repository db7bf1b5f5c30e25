"""What each kind of login does with the event's window: decided in app/, the screens only follow."""

from __future__ import annotations

import pytest

from app.sync.whoami import LoginInfo, runs_the_event


def _login(kind: str) -> LoginInfo:
    return LoginInfo(f"sp_x_{kind}", kind, 1, 2 if kind in ("team", "member") else None, 3 if kind == "juror" else None,
                     4 if kind == "member" else None, kind.title())


@pytest.mark.parametrize(("kind", "runs", "opens"), [
    ("facilitator", True, True), ("team", False, True), ("member", False, True), ("juror", False, False),
])
def test_only_the_facilitator_runs_the_event_and_a_juror_scores_with_the_kit(kind, runs, opens):
    login = _login(kind)
    assert (runs_the_event(login), login.opens_the_event) == (runs, opens)


def test_the_owner_or_sqlite_runs_the_event():
    assert runs_the_event(None)
