"""How complete a team's pitch is, as the team's own pitch page counts it: the questions answered (typed or
taken over from earlier work) of those asked, and the storyboard's panels against its minimum.

The pitch's rule reads a team's earlier work (the problem statement, the final choice, the vehicle), so it
is asked per team — only for the teams in the pitch's phase (before it, a pitch is not yet being made),
and by the dashboard's screen only again for a team whose work changed (``PitchFills``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.day.template import Template
from app.pitch.answers import completeness, pitch_sections, pitch_step
from app.pitch.readiness import panel_count
from app.storage.store import Store


@dataclass(frozen=True)
class PitchFill:
    answered: int
    asked: int
    panels: int = 0
    min_panels: int = 0  # 0: the pitch has no storyboard

    @property
    def fraction(self) -> float:
        """How far the pitch is, 0..1: its answers and its storyboard's panels (up to the minimum) together."""
        total = self.asked + self.min_panels
        return (self.answered + min(self.panels, self.min_panels)) / total if total else 1.0


def in_pitch_phase(template: Template, step_key: str | None) -> bool:
    step = pitch_step(template)
    return step is not None and step_key is not None and template.phase_of(step_key).key == template.phase_of(step.key).key


def pitch_fill(store: Store, template: Template, event_id: int, team_id: int, lang: str) -> PitchFill:
    step = pitch_step(template)
    answered, asked = completeness(pitch_sections(store, template, event_id, team_id, lang))
    if step is None or step.storyboard is None:
        return PitchFill(answered, asked)
    return PitchFill(answered, asked, panel_count(store, team_id, step.key), step.storyboard.min_panels)


class PitchFills:
    """Each pitch-phase team's fill, kept until that team's work or the template changes (a timer alone changes
    nothing)."""

    def __init__(self) -> None:
        self._fills: dict[int, PitchFill] = {}
        self._template: Template | None = None  # the template the fills were read under

    def forget(self, team_ids: Iterable[int] | None) -> None:
        """Read these teams' pitches again next time (None: every team's)."""
        if team_ids is None:
            self._fills.clear()
        for team_id in team_ids or ():
            self._fills.pop(team_id, None)

    def read(self, store: Store, template: Template, event_id: int, steps: dict[int, str | None], lang: str) -> dict[int, PitchFill]:
        """The fills of the teams (``steps``: team id -> current step) in the pitch's phase; read for those not kept."""
        if template is not self._template:  # other questions, another storyboard: every pitch counts anew
            self._fills.clear()
            self._template = template
        wanted = [team for team, step in steps.items() if in_pitch_phase(template, step)]
        for team in wanted:
            if team not in self._fills:
                self._fills[team] = pitch_fill(store, template, event_id, team, lang)
        return {team: self._fills[team] for team in wanted}
