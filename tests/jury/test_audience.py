"""The audience prize: one code per participant, one vote per code, never for the voter's own team,
stored without the code; the tally hidden until the facilitator closes the vote."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.jury import audience
from app.jury.audience import ALPHABET, CODE_LENGTH, cast_vote, close_voting, confirm_audience, make_codes, open_voting, tally
from app.event.teams import add_member
from db.models import AudienceCode, AudienceVote, Award
from tests.jury.reveal_event import make_event


@pytest.fixture
def event(store):
    return make_event(store)


def codes(event) -> dict[int, list[str]]:
    """The codes by the voter's team."""
    with event.store.read() as session:
        rows = session.exec(select(AudienceCode)).all()
    found: dict[int, list[str]] = {}
    for row in rows:
        found.setdefault(row.team_id, []).append(row.code)
    return found


def opened(event) -> dict[int, list[str]]:
    make_codes(event.store, event.event_id, event.template.jury)
    open_voting(event.store, event.event_id, event.template.jury)
    return codes(event)


def refused(code: str, action) -> None:
    with pytest.raises(DomainError) as error:
        action()
    assert error.value.code == code


def stored(event) -> tuple:
    with event.store.read() as session:
        votes = [(v.team_id,) for v in session.exec(select(AudienceVote)).all()]
        used = sorted(c.code for c in session.exec(select(AudienceCode).where(AudienceCode.used)).all())
    return votes, used


def test_one_code_per_participant_unique_and_unambiguous(event):
    assert make_codes(event.store, event.event_id, event.template.jury) == 12
    every = [code for team in codes(event).values() for code in team]
    assert len(every) == len(set(every)) == 12
    assert all(len(code) == CODE_LENGTH and set(code) <= set(ALPHABET) for code in every)
    assert not set(ALPHABET) & set("0O1IL2Z5S8B")


def test_making_codes_again_only_gives_a_newcomer_one(event):
    before = codes(event) if make_codes(event.store, event.event_id, event.template.jury) else {}
    add_member(event.store, event.teams[0], "Laatkomer")
    assert make_codes(event.store, event.event_id, event.template.jury) == 1
    after = codes(event)
    assert set(before[event.teams[1]]) == set(after[event.teams[1]]) and len(after[event.teams[0]]) == 4


def test_a_vote_is_stored_without_its_code_and_the_code_is_used(event):
    mine = opened(event)[event.teams[0]][0]
    cast_vote(event.store, event.event_id, mine.lower(), event.teams[2])  # typed in any case
    votes, used = stored(event)
    assert votes == [(event.teams[2],)] and used == [mine]
    assert set(AudienceVote.model_fields) == {"id", "event_id", "team_id", "created_at", "version"}  # nothing links it to a code
    assert "used" in AudienceCode.model_fields and "vote_id" not in AudienceCode.model_fields


def test_the_change_feed_cannot_pair_a_voters_team_with_the_team_voted_for(event):
    mine = opened(event)[event.teams[0]][0]
    heard = []
    event.store.feed.subscribe(heard.extend)
    cast_vote(event.store, event.event_id, mine, event.teams[2])
    said = [(c.table, c.row_id, c.team_id) for c in heard if c.table in ("audience_code", "audience_vote")]
    assert sorted(said) == [("audience_code", None, None), ("audience_vote", None, None)]


def test_a_vote_for_the_own_team_is_refused_and_changes_nothing(event):
    mine = opened(event)[event.teams[0]][0]
    refused("audience_own_team", lambda: cast_vote(event.store, event.event_id, mine, event.teams[0]))
    assert stored(event) == ([], [])
    assert audience.voter_team(event.store, event.event_id, mine) == event.teams[0]  # the code is still good


def test_a_code_votes_once(event):
    mine = opened(event)[event.teams[0]][0]
    cast_vote(event.store, event.event_id, mine, event.teams[2])
    refused("audience_code_used", lambda: cast_vote(event.store, event.event_id, mine, event.teams[3]))
    refused("audience_code_used", lambda: audience.voter_team(event.store, event.event_id, mine))
    assert stored(event) == ([(event.teams[2],)], [mine])


def test_an_unknown_code_is_refused(event):
    opened(event)
    refused("audience_code_unknown", lambda: cast_vote(event.store, event.event_id, "XXXXXX", event.teams[2]))
    assert stored(event) == ([], [])


def test_no_vote_before_the_vote_opens_or_after_it_closed(event):
    make_codes(event.store, event.event_id, event.template.jury)
    mine = codes(event)[event.teams[0]][0]
    refused("audience_not_open", lambda: cast_vote(event.store, event.event_id, mine, event.teams[2]))
    open_voting(event.store, event.event_id, event.template.jury)
    close_voting(event.store, event.event_id)
    refused("audience_not_open", lambda: cast_vote(event.store, event.event_id, mine, event.teams[2]))
    refused("audience_closed", lambda: open_voting(event.store, event.event_id, event.template.jury))
    assert stored(event) == ([], [])


def test_the_vote_opens_only_with_codes(event):
    refused("audience_no_codes", lambda: open_voting(event.store, event.event_id, event.template.jury))
    assert audience.state(event.store, event.event_id) == "off"


def test_the_tally_is_hidden_until_the_vote_closes(event):
    by_team = opened(event)
    cast_vote(event.store, event.event_id, by_team[event.teams[0]][0], event.teams[2])
    refused("audience_tally_hidden", lambda: tally(event.store, event.event_id))
    assert audience.votes_cast(event.store, event.event_id) == 1  # the count, not for whom
    close_voting(event.store, event.event_id)
    result = tally(event.store, event.event_id)
    assert result.counts[0] == (event.teams[2], 1) and result.winners == [event.teams[2]] and not result.shared


def test_a_tie_is_a_shared_prize_recorded_when_confirmed(event):
    by_team = opened(event)
    t1, t2, t3, t4 = event.teams
    for voter, team in ((t1, t3), (t2, t4), (t3, t1)):
        cast_vote(event.store, event.event_id, by_team[voter][0], team)
    cast_vote(event.store, event.event_id, by_team[t1][1], t4)
    cast_vote(event.store, event.event_id, by_team[t2][1], t3)
    close_voting(event.store, event.event_id)
    result = tally(event.store, event.event_id)
    assert result.shared and result.winners == [t3, t4] and result.cast == 5
    assert confirm_audience(event.store, event.event_id) == [t3, t4]
    with event.store.read() as session:
        rows = session.exec(select(Award).where(Award.pool_key == "audience").order_by(Award.place)).all()
    assert [(a.place, a.team_id, a.reason) for a in rows] == [(1, t3, "shared"), (2, t4, "shared")]


def test_nothing_to_confirm_without_votes_or_while_open(event):
    opened(event)
    refused("audience_tally_hidden", lambda: confirm_audience(event.store, event.event_id))
    close_voting(event.store, event.event_id)
    refused("audience_no_votes", lambda: confirm_audience(event.store, event.event_id))
    assert audience.confirmed(event.store, event.event_id) == []
