"""The winners' reveal: the template's pools in order, each from its last place to its first; the Idea
Race and the audience prize first when chosen; nothing before the chair confirmed; no juror in sight."""

from __future__ import annotations

from dataclasses import astuple
from datetime import datetime, timezone

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.jury.reveal import RevealOptions, record_race_award, reveal_sequence
from db.models import Award
from tests.jury.reveal_event import IDEAS, JURORS, confirm, make_event, staatsprint_podiums

NOW = datetime(2026, 3, 11, 16, 0, tzinfo=timezone.utc)


@pytest.fixture
def event(sqlite_store):
    return make_event(sqlite_store)


def sequence(event, options=RevealOptions()):
    return reveal_sequence(event.store, event.event_id, event.template, "nl", NOW, options)


def test_each_challenges_winner_then_the_overall_third_second_first(event):
    confirm(event, staatsprint_podiums(event))
    steps = sequence(event)
    t1, _t2, t3, t4 = event.teams
    first, second = sorted(event.template.challenges, key=lambda c: c.number)[:2]
    assert [(s.pool_key, s.place, s.team_id) for s in steps] == [
        (f"challenge:{first.key}", 1, t1), (f"challenge:{second.key}", 1, t3),
        ("overall", 3, t4), ("overall", 2, t1), ("overall", 1, t3)]
    assert [s.title for s in steps] == ["Winnaar van de challenge"] * 2 + ["Eindklassement"] * 3
    assert steps[0].subtitle == first.title.nl and steps[2].subtitle == ""
    assert steps[-1].places == 3 and steps[0].places == 1


def test_a_step_shows_the_team_its_idea_and_its_members(event):
    confirm(event, staatsprint_podiums(event))
    last = sequence(event)[-1]
    assert (last.team_name, last.team_number, last.idea) == ("Team Nummer 3", 3, IDEAS[2])
    assert last.members == ("Anna 3", "Bram 3", "Cem 3")


def test_no_step_names_a_juror_or_holds_a_score(event):
    confirm(event, staatsprint_podiums(event))
    for step in sequence(event):
        text = " ".join(str(part) for part in astuple(step))
        assert not any(juror in text for juror in JURORS)
        assert not any(name in step.__dataclass_fields__ for name in ("score", "raw", "adjusted", "juror"))


def test_refused_before_the_winners_are_confirmed(event):
    with event.store.write() as session:  # places written, but the chair has not confirmed them
        session.add(Award(event_id=event.event_id, pool_key="overall", place=1, team_id=event.teams[0]))
    with pytest.raises(DomainError) as refused:
        sequence(event)
    assert refused.value.code == "reveal_not_confirmed"


def test_the_audience_prize_goes_first_when_chosen(event):
    confirm(event, {**staatsprint_podiums(event), "audience": [event.teams[1]]})
    assert "audience" not in [s.pool_key for s in sequence(event)]
    steps = sequence(event, RevealOptions(audience=True))
    assert (steps[0].pool_key, steps[0].title, steps[0].team_id, steps[0].shared) == ("audience", "Publieksprijs", event.teams[1], False)
    assert len(steps) == 6


def test_a_shared_prize_is_one_step_naming_every_winner(event):
    confirm(event, {**staatsprint_podiums(event), "audience": [event.teams[1], event.teams[2], event.teams[3]]})
    steps = sequence(event, RevealOptions(audience=True))
    assert len(steps) == 6 and [s.pool_key for s in steps].count("audience") == 1  # one prize, not three
    first = steps[0]
    assert (first.pool_key, first.team_id, first.place, first.shared) == ("audience", event.teams[1], 1, True)
    assert [number for number, _name in first.sharing] == [2, 3, 4]
    assert all(not step.sharing for step in steps[1:])


def test_the_race_award_is_refused_while_the_race_has_no_winner(event):
    with pytest.raises(DomainError) as refused:
        record_race_award(event.store, event.event_id, event.template, NOW)
    assert refused.value.code == "reveal_no_race_winner"
    with event.store.read() as session:
        assert not session.exec(select(Award).where(Award.pool_key == "race")).all()


def test_the_race_winner_goes_first(event):
    confirm(event, {**staatsprint_podiums(event), "race": [event.teams[3]], "audience": [event.teams[1]]})
    steps = sequence(event, RevealOptions(race=True, audience=True))
    assert [s.pool_key for s in steps[:3]] == ["race", "audience", f"challenge:{sorted(event.template.challenges, key=lambda c: c.number)[0].key}"]
    assert steps[0].team_id == event.teams[3] and steps[0].title == "Idee Race"


def test_a_finished_race_records_its_winners_a_tie_shares_the_prize(event):
    from db.models import RaceCount

    step = next(s for s in event.template.steps() if s.kind.value == "idea_race")
    with event.store.write() as session:  # teams 1 and 2 raced on paper: 9 ideas each; team 3: 4
        for team, counts in ((event.teams[0], (5, 4)), (event.teams[1], (6, 3)), (event.teams[2], (2, 2))):
            for part, count in zip(("round1", "round2"), counts):
                session.add(RaceCount(team_id=team, step_key=step.key, part_key=part, count=count, entered_by="facilitator"))
    assert record_race_award(event.store, event.event_id, event.template, NOW) == [event.teams[0], event.teams[1]]
    confirm(event, staatsprint_podiums(event))
    steps = sequence(event, RevealOptions(race=True))
    assert (steps[0].pool_key, steps[0].team_id, steps[0].shared) == ("race", event.teams[0], True)
    assert [number for number, _name in steps[0].sharing] == [1, 2] and steps[1].pool_key != "race"
