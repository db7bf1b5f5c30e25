"""Writing in the idea race: an idea written live, one a scribe types in afterwards, a count by hand.

Every action is one transaction. A refused one (an empty idea, writing before the start signal,
typing under a round that has not run, a count that is no count, a count by hand for a round
not run or written live) changes nothing.
"""

from __future__ import annotations

from sqlmodel import select

from app.board.board import NOTE_MAX, free_spot
from app.clock.clock import stamp
from app.clock.timers import Timers, state_of
from app.day.template import Template
from app.errors import DomainError
from app.race.rounds import counting_round, has_started, race_plan, round_has_run
from app.storage.store import Store
from app.text import clean_block, clean_line, column_limit
from db.models import Member, Note, RaceCount, StepState

ENTERED_BY = ("captain", "facilitator")
COUNT_MAX = 9_999  # more ideas than this in one round is a typing error


def clean_idea(text: str) -> str:
    return clean_block(text, NOTE_MAX, "idea", required=True)


def add_idea(timers: Timers, template: Template, event_id: int, team_id: int, step_key: str,
             author_id: int | None, text: str) -> int:
    """An idea written live: stored with the moment it was written and the round that moment
    counts for (``app.race.rounds.counting_round``). Refused before the start signal."""
    plan = race_plan(template, step_key)
    idea = clean_idea(text)
    with timers.store.write() as session:
        now = stamp(timers.clock, session)  # a shared event's server clock decides the round, not this laptop's
        states = timers.states(event_id, team_id)
        if not has_started(plan, states):
            raise DomainError("race_not_started", "the race has not started: wait for the start signal")
        return _insert(timers.store, session, team_id, step_key, author_id, idea, counting_round(plan, states, now), now)


def add_typed(timers: Timers, template: Template, event_id: int, team_id: int, step_key: str, round_key: str,
              author_id: int | None, text: str) -> int:
    """An idea raced on paper, typed in afterwards by a scribe under the round it belongs to."""
    plan = race_plan(template, step_key)
    if round_key not in plan.rounds:
        raise DomainError("race_round_unknown", f"the race has no round {round_key!r}", round=round_key)
    idea = clean_idea(text)
    with timers.store.write() as session:
        if not round_has_run(plan, timers.states(event_id, team_id), round_key):
            raise DomainError("race_round_not_run", "this round has not started yet: type its ideas in once it has", round=round_key)
        return _insert(timers.store, session, team_id, step_key, author_id, idea, plan.typed_key(round_key),
                       stamp(timers.clock, session))


def _insert(store: Store, session, team_id: int, step_key: str, author_id: int | None, text: str, part_key: str, now) -> int:
    author = session.get(Member, author_id) if author_id is not None else None
    if author_id is not None and (author is None or author.team_id != team_id):
        raise DomainError("member_missing", f"there is no member {author_id} in this team", member_id=author_id)
    x, y = free_spot(store, team_id, step_key)  # a place on the board, where the ideas are voted on next
    row = Note(team_id=team_id, step_key=step_key, author_id=author_id, author_name=author.name if author else "",
               text=text, x=x, y=y, part_key=part_key, created_at=now)
    session.add(row)
    session.flush()
    return row.id


def set_count(store: Store, template: Template, team_id: int, step_key: str, round_key: str, count: int | None,
              entered_by: str, name: str = "") -> None:
    """A round's count entered by hand (the team raced on paper); None takes it back. Refused for a
    round that has not run yet for the team, and for a round in which the team wrote ideas live."""
    plan = race_plan(template, step_key)
    if round_key not in plan.rounds:
        raise DomainError("race_round_unknown", f"the race has no round {round_key!r}", round=round_key)
    if entered_by not in ENTERED_BY:
        raise ValueError(f"not who enters a count: {entered_by}")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= COUNT_MAX):
        raise DomainError("race_count_invalid", f"a count is a whole number from 0 to {COUNT_MAX}", limit=COUNT_MAX)
    who = clean_line(name, column_limit(RaceCount.entered_by_name), "member_name")
    with store.write() as session:
        row = session.exec(select(RaceCount).where(RaceCount.team_id == team_id, RaceCount.step_key == step_key,
                                                   RaceCount.part_key == round_key).with_for_update()).first()
        if count is None:
            if row is not None:
                session.delete(row)
            return
        _check_paper_round(session, plan, team_id, round_key)
        row = row or RaceCount(team_id=team_id, step_key=step_key, part_key=round_key, count=count, entered_by=entered_by)
        row.count, row.entered_by, row.entered_by_name = count, entered_by, who
        session.add(row)


def _check_paper_round(session, plan, team_id: int, round_key: str) -> None:
    """A count by hand is for a round the team has run, on paper: not one still to come, not one written live."""
    rows = session.exec(select(StepState).where(StepState.team_id == team_id, StepState.step_key == plan.step_key)).all()
    if not round_has_run(plan, {(row.step_key, row.part_key): state_of(row) for row in rows}, round_key):
        raise DomainError("race_count_not_run", "this round has not run yet for this team: enter its count once it has",
                          round=round_key)
    live = session.exec(select(Note.id).where(Note.team_id == team_id, Note.step_key == plan.step_key,
                                              Note.part_key == round_key)).first()
    if live is not None:
        raise DomainError("race_count_live", "this team wrote its ideas live in this round: they are counted already",
                          round=round_key)


def hand_count(store: Store, team_id: int, step_key: str, round_key: str) -> int | None:
    """The round's count entered by hand, None when there is none."""
    with store.read() as session:
        row = session.exec(select(RaceCount).where(RaceCount.team_id == team_id, RaceCount.step_key == step_key,
                                                   RaceCount.part_key == round_key)).first()
    return row.count if row is not None else None
