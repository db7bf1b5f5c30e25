"""The gate of phase 3: the chosen idea and its timeline beside the problem statement."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel

from app.canvases.milestones import add_milestone
from app.day.navigation import move_team
from app.outcomes.final_choice import choose
from app.paths import template_path
from db.models import Answer
from tests.canvases.crystal_setup import IDEAS, keep_ideas
from tests.ui.conftest import settle
from ui.canvases.crystal_canvas import MilestoneCard


def _texts(window, name: str) -> str:
    frame = window.findChild(QFrame, name)
    return " ".join(label.text() for label in frame.findChildren(QLabel) if label.isVisible())


def test_the_plan_beside_the_problem_statement(qtbot, open_window, sqlite_store, staatsprint_template):
    t = staatsprint_template
    kept = keep_ideas(sqlite_store, t, template_path("staatsprint"), "gemeentelijke_it")
    with sqlite_store.write() as session:
        session.add(Answer(team_id=kept.team_id, step_key="problem_statement", field_key="owner", text="De gemeenteraad"))
    add_milestone(sqlite_store, t, kept.team_id, kept.step, kept.ideas[1], 1.5, "Eerste kluizen in gebruik")
    move_team(sqlite_store, kept.team_id, "crystal_ball", t)
    window = open_window(sqlite_store)
    settle()
    window.event_view.next()  # the last step of phase 3: on to its gate
    settle()
    assert window.event_view.place == ("gate", "ideeen")
    assert "De gemeenteraad" in _texts(window, "gateStatement")
    assert "Not chosen yet" in _texts(window, "gatePlan")
    choose(sqlite_store, t, kept.team_id, kept.step, [kept.ideas[1]], decided_by=kept.members[1])  # the feed redraws the gate
    settle()
    plan = _texts(window, "gatePlan")
    assert IDEAS[1] in plan and "Bram" in plan
    view = window.findChild(QGraphicsView, "gatePlanTimeline")
    assert view.isVisible()
    assert [i.text.title for i in view.scene().items() if isinstance(i, MilestoneCard)] == ["Eerste kluizen in gebruik"]


def test_a_combination_reads_as_one_bullet_and_its_timelines_in_full_at_the_pages_width(qtbot, open_window, sqlite_store, staatsprint_template):
    t = staatsprint_template
    kept = keep_ideas(sqlite_store, t, template_path("staatsprint"), "gemeentelijke_it")
    for idea_id in kept.ideas[:2]:
        add_milestone(sqlite_store, t, kept.team_id, kept.step, idea_id, 1.5, "Eerste stap")
    choose(sqlite_store, t, kept.team_id, kept.step, kept.ideas[:2], "Loket met kluis")
    move_team(sqlite_store, kept.team_id, "crystal_ball", t)
    window = open_window(sqlite_store)
    settle()
    window.event_view.next()
    settle()
    outcome = _texts(window, "gateOutcome")
    assert f"Loket met kluis ({IDEAS[0]} + {IDEAS[1]})" in outcome and "·" not in outcome  # no bullet inside a bullet
    view = window.findChild(QGraphicsView, "gatePlanTimeline")
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(shown)  # both timelines whole: no scrolling inside the page
    assert not view.verticalScrollBar().isVisible()
    assert view.transform().m11() > 0.6  # wide enough that the cards read (the page's width, not a corner of it)
    assert sum(isinstance(i, MilestoneCard) for i in view.scene().items()) == 2
