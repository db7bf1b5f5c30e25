"""Where a team is in the day, and moving it Back and Next in the template's order.

Looking at a step and moving the team are two things: anyone may read ahead or look back
(the navigator), while Back and Next move the team — from its own step, or, when someone
is looking at another step, "back to the team's step" and "move the team here".
"""

from __future__ import annotations

from dataclasses import dataclass

from app.clock.timers import Timers, finish_step, reopen_step, timer_plan
from app.day.template import Template
from app.errors import DomainError
from app.storage.store import Store, existing
from app.voting.vote_step import reveal
from db.models import Team


def step_keys(template: Template) -> list[str]:
    return [step.key for step in template.steps()]


def next_step(template: Template, current: str | None) -> str | None:
    """The step after ``current`` (the first step when the team has not started); None at the end."""
    keys = step_keys(template)
    if current is None:
        return keys[0]
    index = keys.index(current)
    return keys[index + 1] if index + 1 < len(keys) else None


def previous_step(template: Template, current: str | None) -> str | None:
    """The step before ``current``; None before the first step (the team page)."""
    if current is None:
        return None
    index = step_keys(template).index(current)
    return step_keys(template)[index - 1] if index > 0 else None


def position(template: Template, current: str | None) -> tuple[int, int]:
    """(1-based number of the current step, number of steps); 0 before the first."""
    keys = step_keys(template)
    return (keys.index(current) + 1 if current in keys else 0, len(keys))


def move_team(store: Store, team_id: int, step_key: str | None, template: Template) -> None:
    """Put the team on ``step_key`` (None: back to the start, before phase 1)."""
    if step_key is not None and step_key not in step_keys(template):
        raise DomainError("step_unknown", f"there is no step {step_key!r}", step=step_key)
    with store.write() as session:
        team = existing(session, Team, team_id, "team")
        if team.current_step != step_key:
            team.current_step = step_key
            session.add(team)


def leave_step(timers: Timers, event_id: int, team_id: int, from_step: str | None, to_step: str | None, template: Template) -> None:
    """Move the team on (or back); the step it leaves stops its timer. One transaction."""
    with timers.store.write():
        if from_step is not None:
            finish_step(timers, event_id, team_id, from_step, timer_plan(template, from_step))
            if template.step(from_step).rules.hidden_until_reveal:  # hidden "until the step ends"
                reveal(timers.store, event_id, team_id, template.step(from_step), timers.clock.now())
        if to_step is not None:
            reopen_step(timers, event_id, team_id, to_step, timer_plan(template, to_step))
        move_team(timers.store, team_id, to_step, template)


@dataclass(frozen=True)
class Move:
    """What Back or Next does: the step to show (None: the team page) and whether the team goes
    there; or, at the end of a phase, the gate of that phase (the team stays until it goes on)."""

    show: str | None
    moves_team: bool
    gate: str | None = None


def on_back(template: Template, viewing: str | None, team_step: str | None) -> Move | None:
    """Back: from the team's own step to the one before it; from another step, back to the team's."""
    if viewing is None:
        return None
    if viewing != team_step:
        return Move(team_step, moves_team=False)
    return Move(previous_step(template, team_step), moves_team=True)


def on_next(template: Template, viewing: str | None, team_step: str | None, gate: str | None = None) -> Move | None:
    """Next: from the team's own step to the next; from another step, the team moves there;
    from the team page, to the team's step (the first step when it has not started); from a phase's
    gate, on to the next phase (as the gate's own button; the day's last gate has no next)."""
    if gate is not None:
        return through_gate(template, gate) if gate != template.phases[-1].key else None
    if viewing is None:
        return Move(team_step, moves_team=False) if team_step else Move(next_step(template, None), moves_team=True)
    if viewing != team_step:
        return Move(viewing, moves_team=True)
    following = next_step(template, team_step)
    if following is None or ends_phase(template, team_step):  # the day's last step too: its gate checks the pitch
        return Move(team_step, moves_team=False, gate=template.phase_of(team_step).key)  # look back at the phase first
    return Move(following, moves_team=True)


def ends_phase(template: Template, step_key: str) -> bool:
    """The step is its phase's last: Next from it shows the phase's outcome (the gate) first."""
    following = next_step(template, step_key)
    return following is not None and template.phase_of(following).key != template.phase_of(step_key).key


def through_gate(template: Template, phase_key: str) -> Move:
    """From a phase's gate on to the first step of the next phase."""
    keys = [p.key for p in template.phases]
    following = template.phases[keys.index(phase_key) + 1]
    return Move(following.steps[0].key, moves_team=True)


def phase_entry(template: Template, phase_key: str, team_step: str | None) -> str:
    """The step to show for a phase: the team's own step when it is in that phase, else its first."""
    phase = template.phase(phase_key)
    return team_step if team_step in {step.key for step in phase.steps} else phase.steps[0].key
