"""The phase-3 gate's plan: the problem statement, and under it the chosen idea and its timeline.

The problem statement is the phase-2 gate's card (ui/outcomes/statement_card.py); the timeline is
drawn as on the Crystal Ball page (all chosen ideas' timelines, one above the other), as wide as
the page and as tall as it takes, so its cards read as on the Crystal Ball (the page scrolls).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.canvases.milestones import milestones
from app.outcomes.phase_gate import chosen_plan
from app.outcomes.problem_statement import problem_statement
from ui.canvases.crystal_page import moment_text
from ui.canvases.crystal_scenes import OverviewScene, TimelineView
from ui.common.widgets import card, label
from ui.outcomes.statement_card import statement_card


def plan_section(ws, team_id: int, phase_key: str) -> QVBoxLayout | None:
    """The problem statement and under it the chosen plan, for a phase with a Crystal Ball (else None)."""
    found = chosen_plan(ws.store, ws.template, team_id, phase_key)
    if found is None:
        return None
    step, chosen = found
    column = QVBoxLayout()
    column.setSpacing(16)
    statement = statement_card(problem_statement(ws.store, ws.template, ws.event.id, team_id, ws.lang), ws.lang)
    column.addWidget(statement)
    plan, plan_layout = card("gatePlan")
    plan_layout.addWidget(label(QCoreApplication.translate("GatePage", "Final choice and its plan"), "h3"))
    if chosen is None:
        plan_layout.addWidget(label(QCoreApplication.translate("GatePage", "Not chosen yet: choose the idea to pitch under the Crystal Balls."), "muted"))
    else:
        plan_layout.addWidget(_title(chosen))
        view = TimelineView()
        view.setObjectName("gatePlanTimeline")
        view.setAccessibleName(QCoreApplication.translate("GatePage", "The chosen idea's timeline"))
        view.grow = True  # as wide as the card, every chosen idea's timeline in full
        cards = [m for m in milestones(ws.store, team_id, step.key) if m.idea_id in chosen.choice.idea_ids]
        view.show_scene(OverviewScene(ws, step, list(chosen.ideas), cards, moment_text))
        plan_layout.addWidget(view)
    column.addWidget(plan)
    return column


def _title(chosen) -> QLabel:
    text = chosen.title
    if chosen.choice.decided_by_name:
        text += "  " + QCoreApplication.translate("GatePage", "(chosen by {name})").format(name=chosen.choice.decided_by_name)
    return label(text, "lead", "gatePlanTitle")
