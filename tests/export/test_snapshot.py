"""The data snapshot: every team's day from the database, in one language, names left out on request,
read in a few queries; an empty team says what is missing."""

from __future__ import annotations

import pickle

import pytest
from sqlalchemy import func, select

from app.day.privacy import set_anonymous
from app.errors import DomainError
from app.event.events import event_template, get_event
from app.event.teams import add_member, set_role
from app.export.snapshot import event_summary, team_dossier
from app.pitch.answers import pitch_sections
from db.models import Cluster, Member, Note, PitchTask, Selection, StoryPanel, Vote
from tests.statements import counted


def _team(summary, name):
    return next(t for t in summary.teams if t.team_name == name)


def test_the_demo_events_summary_holds_every_team_and_the_days_numbers(demo):
    summary = event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    with demo.store.read() as session:
        # the report's participants are the people in its teams (late registrations waiting for a team are not)
        members = session.execute(select(func.count()).select_from(Member).where(Member.team_id.is_not(None))).scalar()
        notes = session.execute(select(func.count()).select_from(Note)).scalar()
        ideas = session.execute(select(func.count()).select_from(Note).where(Note.step_key == "idea_race")).scalar()
        dots = session.execute(select(func.sum(Vote.dots))).scalar()
    assert [t.team_number for t in summary.teams] == list(range(1, len(summary.teams) + 1))
    assert (summary.participants, summary.notes, summary.ideas, summary.votes) == (members, notes, ideas, dots)
    assert summary.challenges == tuple(c.title.nl for c in event_template(get_event(demo.store, demo.event_id)).challenges)
    assert summary.made_at == demo.now and summary.with_names and summary.lang == "nl"
    pickle.loads(pickle.dumps(summary))  # plain data: a PDF may be rendered in another process


def test_a_team_far_in_the_day_has_its_statement_theme_race_ideas_and_crystal_balls(demo):
    team = _team(event_summary(demo.store, demo.event_id, "nl", True, demo.now), "Kennistafel")
    assert team.problem.sentence and not team.problem.missing
    assert team.winning_theme == "Eerder met de markt om tafel" and team.winning_hkw
    winner = next(t for t in team.themes if t.name == team.winning_theme)
    assert winner.kept and winner.tie_break and winner.decided_by == "Bart Claessens"
    assert team.tie_break == "Gelijke stand, beslist door Bart Claessens"
    assert team.race.rank == 1 and team.race.total == sum(r.count for r in team.race.rounds) == 22
    assert [r.title for r in team.race.rounds] == ["Deel 1", "Deel 2"]
    kept = [i for i in team.ideas if i.kept]
    assert kept and team.ideas[: len(kept)] == tuple(kept)  # the kept ideas first
    assert [b.idea for b in team.crystal_balls] == [i.text for i in kept]
    assert team.chosen_idea == "Kennistafel met leerclausule"
    assert all(b.start_label == "Nu" and b.end_label == "De ideale situatie over 5 jaar" for b in team.crystal_balls)
    moments = [m for b in team.crystal_balls for m in b.moments]
    assert moments and all(q and a for m in moments for q, a in m.answers)
    assert [m.years for m in team.crystal_balls[0].moments] == sorted(m.years for m in team.crystal_balls[0].moments)
    assert team.members[0].organisation and any(p.roles for p in team.members)
    assert team.board.notes and team.board.clusters and any(n.author for n in team.board.notes)
    assert sum(k.dots for k in team.knelpunten) > 0 and any(k.kept for k in team.knelpunten)
    assert {z.key for z in team.vehicle} == {"driver", "passengers", "chassis", "engine", "fuel", "road"}
    assert [s.key for s in team.sections][:3] == ["pitch", "action_plan", "finish"]


def test_without_names_no_person_is_named_anywhere_but_the_counts_stay(demo):
    named = event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    nameless = event_summary(demo.store, demo.event_id, "nl", False, demo.now)
    assert nameless.participants == named.participants and not nameless.with_names
    assert [t.participants for t in nameless.teams] == [len(t.members) for t in named.teams]
    for team in nameless.teams:
        assert team.members == () and team.presenter == ""
        assert all(n.author == "" for n in team.board.notes) and all(i.author == "" for i in team.ideas)
        assert all(n.author == "" for z in team.vehicle for n in z.notes)
        assert all(t.decided_by == "" for t in team.themes) and all(t.members == () for t in team.tasks)
    assert _team(nameless, "Kennistafel").tie_break == "Gelijke stand, beslist door Teamcaptain"
    text = repr(nameless)
    names = {p.name for t in named.teams for p in t.members}
    assert names and not [name for name in names if name in text]


def test_the_summary_reads_its_rows_once_for_all_teams(demo):
    event = get_event(demo.store, demo.event_id)
    teams = [t.team_id for t in event_summary(demo.store, demo.event_id, "nl", True, demo.now).teams]
    with counted(demo.store.engine) as pitch:
        for team_id in teams:
            pitch_sections(demo.store, event_template(event), demo.event_id, team_id, "nl")
    with counted(demo.store.engine) as summary:
        event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    assert len(summary) - len(pitch) <= 21, len(summary) - len(pitch)  # the same few queries for 9 teams as for one (one for the jury)


def test_english_on_request(demo):
    team = _team(event_summary(demo.store, demo.event_id, "en", True, demo.now), "Kennistafel")
    assert team.lang == "en" and [r.title for r in team.race.rounds] == ["Part 1", "Part 2"]
    assert team.crystal_balls[0].start_label == "Now" and team.tie_break == "A tie, decided by Bart Claessens"
    assert team.missing == ("6 of the 17 pitch questions still open", "The storyboard has 2 of at least 3 panels", "No presenter chosen yet")


def test_a_team_with_nothing_filled_in_says_what_is_missing_in_the_order_of_the_day(empty_team):
    e = empty_team
    dossier = team_dossier(e.store, e.event_id, e.team_id, "nl", _now())
    assert dossier.shown_name == "Team 1" and dossier.challenge and dossier.members == ()
    assert dossier.problem.sentence == "" and len(dossier.problem.missing) == len(dossier.problem.answers)
    assert dossier.knelpunten == () and dossier.ideas == () and dossier.crystal_balls == () and dossier.storyboard == ()
    assert dossier.race.rank is None and dossier.race.total == 0
    assert dossier.missing == (
        "Nog geen teamleden", "Nog geen knelpunten", "Build Your Vehicle is nog leeg", "Nog geen gekozen thema",
        "Nog geen probleemstelling", "Nog geen ideeën uit de Idea Race", "Nog geen gekozen idee",
        "Nog 17 van de 17 pitchvragen open", "Storyboard heeft 0 van minimaal 3 panelen", "Nog geen presentator gekozen")
    pickle.loads(pickle.dumps(dossier))


def test_storyboard_tasks_presenter_and_an_anonymous_brain_dump(empty_team):
    e = empty_team
    template = event_template(get_event(e.store, e.event_id))
    anna, bram = add_member(e.store, e.team_id, "Anna"), add_member(e.store, e.team_id, "Bram")
    set_role(e.store, e.team_id, "presenter", bram, template)
    set_anonymous(e.store, template, e.event_id, e.team_id, "braindump", True)
    with e.store.write() as session:
        session.add(Note(team_id=e.team_id, step_key="braindump", author_id=anna, author_name="Anna", text="Te veel loketten", x=10, y=20))
        session.add(Note(team_id=e.team_id, step_key="vehicle", author_id=anna, text="De burger", zone_key="driver", x=1320, y=80))
        session.add(StoryPanel(team_id=e.team_id, step_key="pitch", position=1, caption="Daarna", image=b"\x89PNG", image_type="png",
                               image_width=4, image_height=3))
        session.add(StoryPanel(team_id=e.team_id, step_key="pitch", position=0, caption="Eerst", text="Het loket"))
        session.add(PitchTask(team_id=e.team_id, step_key="pitch", task_key="rehearsal", member_id=bram))
        session.add(PitchTask(team_id=e.team_id, step_key="pitch", task_key="rehearsal", member_id=anna))
    dossier = team_dossier(e.store, e.event_id, e.team_id, "nl", _now())
    assert dossier.presenter == "Bram" and [p.name for p in dossier.members] == ["Anna", "Bram"]
    assert dossier.members[1].roles == ("Presentator",)
    assert [(n.text, n.author) for n in dossier.board.notes] == [("Te veel loketten", "")]
    driver = next(z for z in dossier.vehicle if z.key == "driver")
    assert [(n.text, n.author) for n in driver.notes] == [("De burger", "Anna")]
    assert [(p.caption, p.image) for p in dossier.storyboard] == [("Eerst", None), ("Daarna", b"\x89PNG")]
    assert next(t for t in dossier.tasks if t.title == "Pitch oefenen").members == ("Anna", "Bram")
    assert "Nog geen presentator gekozen" not in dossier.missing and "Build Your Vehicle is nog leeg" not in dossier.missing


def test_an_unknown_event_or_team_is_refused(empty_team):
    e = empty_team
    with pytest.raises(DomainError, match="no team 999"):
        team_dossier(e.store, e.event_id, 999, "nl", _now())
    with pytest.raises(DomainError, match="no event 999"):
        event_summary(e.store, 999, "nl", True, _now())


def _now():
    from tests.export.conftest import NOW

    return NOW


def test_an_anonymous_theme_vote_names_the_deciders_role_not_the_person(empty_team):
    e = empty_team
    template = event_template(get_event(e.store, e.event_id))
    anna = add_member(e.store, e.team_id, "Anna")
    set_anonymous(e.store, template, e.event_id, e.team_id, "theme_vote", True)
    set_anonymous(e.store, template, e.event_id, e.team_id, "idea_race", True)
    with e.store.write() as session:
        theme = Cluster(team_id=e.team_id, step_key="themes", name="Eén loket")
        session.add(theme)
        session.flush()
        session.add(Note(team_id=e.team_id, step_key="hkw", author_id=anna, text="Hoe kunnen we één loket maken?",
                         cluster_id=theme.id, best_of_cluster=True))
        session.add(Note(team_id=e.team_id, step_key="idea_race", author_id=anna, text="Een loket-app", part_key="round1"))
        session.add(Selection(team_id=e.team_id, step_key="theme_vote", target_id=theme.id, rank=0, tie_break=True,
                              decided_by_id=anna, decided_by_name="Anna"))
    dossier = team_dossier(e.store, e.event_id, e.team_id, "nl", _now())
    assert [(t.name, t.kept, t.tie_break, t.decided_by, t.best_hkw) for t in dossier.themes] == [
        ("Eén loket", True, True, "", "Hoe kunnen we één loket maken?")]
    assert (dossier.winning_theme, dossier.winning_hkw) == ("Eén loket", "Hoe kunnen we één loket maken?")
    assert dossier.tie_break == "Gelijke stand, beslist door Teamcaptain"
    assert [(i.text, i.author) for i in dossier.ideas] == [("Een loket-app", "")]
    assert dossier.race.total == 1 and dossier.race.rounds[0].count == 1
