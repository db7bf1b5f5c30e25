"""A team marked absent after jurors scored it leaves the results: a deliberate act (refused unless
confirmed, naming how many jurors scored it); an absent team is not on the audience's ballot, and the
report and the feedback PDF give no feedback for it (it is unranked because absent)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import DomainError
from app.export.snapshot_jury import jury_part
from app.jury.audience import cast_vote, make_codes, open_voting
from app.jury.beraad_data import team_feedback
from app.jury.merge import import_juror_files
from app.jury.results import jury_results
from app.jury.running_order import draw, jurors_who_scored, running_order, set_absent
from db.models import AudienceCode, AudienceVote, JurySetting, PitchSlot
from db.types import utcnow
from tests.jury.reveal_event import make_event


def absent_marks(event) -> list[bool]:
    with event.store.read() as session:
        return sorted(row.absent for row in session.exec(select(PitchSlot)))


def scored(jury_event):
    draw(jury_event.store, jury_event.event_id, seed=7)
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file(name) for name in ("Anna", "Bram", "Cas")])
    return jury_event.team_ids


def test_marking_a_scored_team_absent_is_refused_unconfirmed_naming_the_jurors_and_changes_nothing(jury_event):
    teams = scored(jury_event)
    assert jurors_who_scored(jury_event.store, teams[0]) == 3
    assert jurors_who_scored(jury_event.store, teams[1]) == 2  # Cas is recused from team 2
    before = (absent_marks(jury_event), jury_event.state())
    with pytest.raises(DomainError) as refused:
        set_absent(jury_event.store, jury_event.event_id, teams[0], True)
    assert refused.value.code == "order_absent_scored"
    assert refused.value.params == {"jurors": 3, "team": "Team 1", "number": 1}
    assert refused.value.message == "3 juror(s) scored Team 1 already: marking it absent takes it out of the results"
    assert (absent_marks(jury_event), jury_event.state()) == before


def test_confirmed_the_team_is_absent_and_leaves_the_ranking(jury_event, staatsprint_template):
    teams = scored(jury_event)
    set_absent(jury_event.store, jury_event.event_id, teams[0], True, confirmed=True)
    assert [slot.absent for slot in running_order(jury_event.store, jury_event.event_id) if slot.team_id == teams[0]] == [True]
    overall = next(r for r in jury_results(jury_event.store, jury_event.event_id, staatsprint_template) if r.pool_key == "overall")
    assert teams[0] in overall.unranked and next(t for t in overall.teams if t.team_id == teams[0]).absent
    set_absent(jury_event.store, jury_event.event_id, teams[0], False)  # present again needs no confirmation
    assert not any(absent_marks(jury_event))


def test_no_absent_mark_changes_while_the_winners_are_confirmed(jury_event):
    teams = scored(jury_event)
    with jury_event.store.write() as session:
        session.exec(select(JurySetting)).one().confirmed_at = utcnow()
    before = (absent_marks(jury_event), jury_event.state())
    for team, confirmed in ((teams[0], True), (teams[3], False)):
        with pytest.raises(DomainError) as refused:
            set_absent(jury_event.store, jury_event.event_id, team, True, confirmed=confirmed)
        assert refused.value.code == "order_winners_confirmed"
        assert refused.value.message == ("the winners are confirmed: who pitched cannot change under them; "
                                         "the chair reopens the winners first (juryberaad)")
    assert (absent_marks(jury_event), jury_event.state()) == before


def test_a_team_nobody_scored_is_marked_absent_without_asking(jury_event):
    draw(jury_event.store, jury_event.event_id, seed=7)
    assert jurors_who_scored(jury_event.store, jury_event.team_ids[0]) == 0
    set_absent(jury_event.store, jury_event.event_id, jury_event.team_ids[0], True)
    assert absent_marks(jury_event).count(True) == 1


def test_a_team_seen_by_nobody_counts_no_jurors(jury_event):
    draw(jury_event.store, jury_event.event_id, seed=7)
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", not_seen=(0,))])
    assert jurors_who_scored(jury_event.store, jury_event.team_ids[0]) == 0


def test_feedback_for_an_absent_team_is_not_given_in_the_feedback_pdf_nor_the_report(jury_event):
    teams = scored(jury_event)
    assert team_feedback(jury_event.store, jury_event.event_id)[0].texts == ("feedback 0",) * 3
    set_absent(jury_event.store, jury_event.event_id, teams[0], True, confirmed=True)
    feedback = team_feedback(jury_event.store, jury_event.event_id)
    assert feedback[0].texts == () and feedback[2].texts == ("feedback 2",) * 3


def test_feedback_of_a_sheet_marked_not_seen_is_not_given(jury_event):
    draw(jury_event.store, jury_event.event_id, seed=7)
    body = jury_event.body("Anna", not_seen=(0,))
    body["teams"][0]["feedback"] = "niet gezien, toch een opmerking"
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.write(jury_event.sealed(body), "Juryscores Anna r1.json")])
    assert team_feedback(jury_event.store, jury_event.event_id)[0].texts == ()


@pytest.fixture
def voting(store):
    event = make_event(store)
    draw(store, event.event_id, seed=3)
    make_codes(store, event.event_id, event.template.jury)
    open_voting(store, event.event_id, event.template.jury)
    return event


def test_an_absent_team_cannot_be_voted_for_and_the_code_stays_unused(voting):
    absent, voter = voting.teams[1], voting.teams[0]
    set_absent(voting.store, voting.event_id, absent, True)
    with voting.store.read() as session:
        code = session.exec(select(AudienceCode.code).where(AudienceCode.team_id == voter)).first()
    with pytest.raises(DomainError) as refused:
        cast_vote(voting.store, voting.event_id, code, absent)
    assert refused.value.code == "audience_team_absent"
    assert refused.value.message == "this team did not pitch (absent): it cannot be voted for"
    with voting.store.read() as session:
        assert session.exec(select(AudienceVote)).all() == []
        assert not session.exec(select(AudienceCode.used).where(AudienceCode.code == code)).one()
    cast_vote(voting.store, voting.event_id, code, voting.teams[2])  # another team: the vote counts


def test_the_reports_jury_feedback_leaves_an_absent_team_empty(jury_event, staatsprint_template):
    teams = scored(jury_event)
    set_absent(jury_event.store, jury_event.event_id, teams[0], True, confirmed=True)
    with jury_event.store.write() as session:
        session.exec(select(JurySetting)).one().confirmed_at = utcnow()
    names = {team_id: (number, f"Team {number}") for number, team_id in enumerate(teams, start=1)}
    part = jury_part(jury_event.store, jury_event.event_id, staatsprint_template, names, "nl")
    assert [(f.team_number, f.texts) for f in part.feedback][:2] == [(1, ()), (2, ("feedback 1",) * 2)]
