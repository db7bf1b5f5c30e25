"""The demo's trail: every team past a step or a phase has what it decided there — the top knelpunt
kept by the dot vote, the whole of phase 1, the theme kept with its best HKW, the problem statement —
so the phase gates and the "Terugkoppeling eerste fases" beamer have no gaps."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from app.board.board import clusters, notes
from app.demo.event import create_demo_event
from app.event.events import event_template, get_event
from app.event.teams import team_views
from app.outcomes.knelpunten import knelpunten
from app.voting.vote_step import is_revealed, kept, result
from db.models import Answer, Note

NOW = datetime(2026, 3, 11, 10, 59, 23, tzinfo=timezone.utc)  # 11:59 in Amsterdam: the demo's own moment
HKW_PREFIX = "Hoe kunnen we "


@pytest.fixture
def demo(store):
    event_id = create_demo_event(store, NOW)
    template = event_template(get_event(store, event_id))
    return event_id, template, team_views(store, event_id, template)


def _past(template, teams, step_key: str) -> list:
    """The teams whose current step comes after ``step_key``."""
    keys = [step.key for step in template.steps()]
    return [team for team in teams if keys.index(team.current_step) > keys.index(step_key)]


def _past_phase(template, teams, number: int) -> list:
    return [team for team in teams if template.phase_of(team.current_step).number > number]


def test_every_team_past_the_knelpunten_vote_kept_its_top_knelpunt_as_the_vote_stores_it(store, demo):
    event_id, template, teams = demo
    vote = template.step("dot_vote")
    past = _past(template, teams, "dot_vote")
    assert len(past) == 9  # every team: the one still in phase 1 is at its vehicle
    tops = []
    for team in past:
        assert is_revealed(store, event_id, team.id, "dot_vote")
        outcome = result(store, template, team.id, vote)
        assert outcome.tied == () and kept(store, team.id, "dot_vote") == list(outcome.kept)  # what decide() keeps
        (top, most), (_second, next_most) = outcome.ranking[:2]
        assert most > next_most  # a clear top knelpunt
        [knelpunt] = [k for k in knelpunten(store, team.id) if k.id == top]
        assert set(knelpunt.answers) == {"who", "how", "where_when", "why"} and all(knelpunt.answers.values())
        tops.append(knelpunt.title)
    assert len(set(tops)) == len(tops)  # each team its own


def test_every_team_past_phase_one_has_its_whole_trail(store, demo):
    _event_id, template, teams = demo
    zones = {zone.key for zone in template.step("vehicle").zones}
    past = _past_phase(template, teams, 1)
    assert len(past) == 8
    dumps = []
    for team in past:
        dump = notes(store, team.id, ["braindump"])
        assert len(dump) >= 10 and all(n.cluster_id for n in dump)
        assert len(clusters(store, team.id, "clustering")) >= 3
        assert len(knelpunten(store, team.id)) >= 4
        assert kept(store, team.id, "dot_vote")
        assert {n.zone_key for n in notes(store, team.id, ["vehicle"])} == zones
        assert len(notes(store, team.id, ["hkw"])) >= 4  # and phase 2 begun: its HKWs
        dumps.extend(n.text for n in dump)
    assert len(set(dumps)) == len(dumps)  # different work per team


def test_every_team_past_the_theme_vote_kept_a_theme_with_its_best_hkw(store, demo):
    event_id, template, teams = demo
    past = _past(template, teams, "theme_vote")
    assert len(past) == 4
    for team in past:
        assert is_revealed(store, event_id, team.id, "theme_vote")
        [theme] = kept(store, team.id, "theme_vote")
        assert theme in {c.id for c in clusters(store, team.id, "themes")}
        with store.read() as session:
            best = session.exec(select(Note).where(Note.cluster_id == theme, Note.best_of_cluster.is_(True))).scalars().all()
        assert len(best) == 1 and best[0].text.startswith(HKW_PREFIX)


def test_every_team_past_phase_two_has_its_problem_statement(store, demo):
    _event_id, template, teams = demo
    fields = {field.key for field in template.step("problem_statement").fields}
    past = _past_phase(template, teams, 2)
    assert len(past) == 3
    for team in past:
        with store.read() as session:
            answers = session.exec(select(Answer).where(Answer.team_id == team.id,
                                                         Answer.step_key == "problem_statement")).scalars().all()
        assert {a.field_key for a in answers} == fields and all(a.text.strip() for a in answers)
