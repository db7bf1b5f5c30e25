"""A Crystal Ball for the screenshots: three kept ideas, each with three milestones and an end card.

Used only when the demo team at the Crystal Ball has none yet (the demo fills its own once it does).
"""

from __future__ import annotations

from sqlmodel import select

from app.board.board import add_note
from app.canvases.milestones import add_milestone, idea_vote, kept_ideas, milestones, set_end
from app.day.template import Template
from app.storage.store import Store
from db.models import Selection

IDEAS = {
    "Eén digitaal loket voor alle vergunningen": [
        (0.5, "Pilot in drie gemeenten", {"roles": "Utrecht trekt, de VNG begeleidt", "changes": "Papieren formulieren vallen weg"}),
        (1.0, "Landelijke standaard afgesproken", {"roles": "Logius beheert de standaard", "added": "Een API voor leveranciers"}),
        (2.5, "Alle gemeenten aangesloten", {"changes": "Eigen portalen zijn niet meer nodig", "added": "Een helpdesk voor inwoners"}),
    ],
    "Data-kluis: inwoners bepalen wie hun gegevens ziet": [
        (1.0, "Proef met 500 inwoners", {"roles": "Inwoners testen, de AP kijkt mee"}),
        (2.0, "Wettelijke grondslag geregeld", {"changes": "Toestemming wordt per gebruik gevraagd"}),
        (4.0, "Standaard voor alle overheden", {"added": "Een inzage-app"}),
    ],
    "Leerbanen IT bij de gemeente": [
        (0.25, "Eerste tien leerbanen", {"roles": "HR en de IT-afdeling samen"}),
        (1.5, "Samenwerking met het mbo", {"added": "Een gedeeld opleidingsprogramma"}),
        (3.0, "Regionale IT-academie", {"changes": "Minder inhuur van externen"}),
    ],
}
GOALS = ("Iedere inwoner regelt een vergunning in één keer, online", "Inwoners houden zelf de regie over hun gegevens",
         "Gemeenten vullen hun IT-vacatures zelf")


def fill_crystal_ball(store: Store, template: Template, team_id: int, step_key: str = "crystal_ball") -> None:
    step = template.step(step_key)
    if kept_ideas(store, template, team_id, step) and milestones(store, team_id, step_key):
        return
    vote = idea_vote(template, step)
    ids = [add_note(store, team_id, "idea_race", None, text, 0, 0, part_key="round1") for text in IDEAS]
    with store.write() as session:
        for row in session.exec(select(Selection).where(Selection.team_id == team_id, Selection.step_key == vote.key)).all():
            session.delete(row)
        session.flush()
        for rank, idea_id in enumerate(ids):
            session.add(Selection(team_id=team_id, step_key=vote.key, target_id=idea_id, rank=rank))
    for idea_id, moments, goal in zip(ids, IDEAS.values(), GOALS):
        for years, title, answers in moments:
            add_milestone(store, template, team_id, step, idea_id, years, title, answers)
        set_end(store, template, team_id, step, idea_id, {"goal": goal})
