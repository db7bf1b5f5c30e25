"""Each step's minutes and rules, edited for one event through ``edit_event_template``: the template's
validation decides (a phase's steps must fit its window, a vote needs its budget, …), with its messages.

A vote's rules are what its dots were placed under: once any team has placed a dot in a step, its
rules stay as they are — except the budget, which may rise, or fall to what the busiest voter has
placed already (never below: nobody loses a dot they placed)."""

from __future__ import annotations

from sqlmodel import func, select

from app.day.template import StepKind, Template
from app.errors import DomainError
from app.event.event_template import edit_event_template
from app.storage.store import Store
from app.voting.revote import ROUND
from db.models import Team, Vote

NOTE_RULES = ("individual", "one_per_note", "hidden_until_reveal", "anonymous")
# The rules a facilitator may change, per kind of step (the rest are the step's wiring: what it votes on,
# where its items come from, which parts are race rounds).
RULES_BY_KIND: dict[StepKind, tuple[str, ...]] = {
    StepKind.BRAIN_DUMP: NOTE_RULES,
    StepKind.HKW: NOTE_RULES,
    StepKind.IDEA_RACE: ("prize_sheets", *NOTE_RULES),
    StepKind.DOT_VOTE: ("budget_per_member", "several_per_item", "keep_at_most", "tie_breaker",
                        "individual", "hidden_until_reveal", "anonymous"),
    StepKind.CRYSTAL_BALL: ("horizon_years",),
}
BUDGET = "budget_per_member"


def editable_rules(kind: StepKind) -> tuple[str, ...]:
    return RULES_BY_KIND.get(kind, ())


def set_step_minutes(store: Store, event_id: int, step_key: str, minutes: int) -> Template:
    """A step's minutes (a step with parts: set its parts' minutes instead, the step is their sum)."""

    def change(raw: dict) -> None:
        step = _step(raw, step_key)
        if step.get("parts"):
            raise DomainError("step_has_parts", f"step {step_key!r} takes the minutes of its parts: change those", step=step_key)
        step["minutes"] = minutes

    return edit_event_template(store, event_id, change)


def set_part_minutes(store: Store, event_id: int, step_key: str, part_key: str, minutes: int) -> Template:
    """A part's minutes (an idea race's round); the step's minutes become the sum of its parts."""

    def change(raw: dict) -> None:
        step = _step(raw, step_key)
        part = next((p for p in step.get("parts", []) if p["key"] == part_key), None)
        if part is None:
            raise DomainError("step_part_unknown", f"step {step_key!r} has no part {part_key!r}", step=step_key, part=part_key)
        part["minutes"] = minutes
        if all(isinstance(p["minutes"], int) for p in step["parts"]):
            step["minutes"] = sum(p["minutes"] for p in step["parts"])

    return edit_event_template(store, event_id, change)


def set_step_rule(store: Store, event_id: int, step_key: str, rule: str, value: object) -> Template:
    """One rule of a step (``None``: the rule no longer applies, e.g. no keep-at-most limit). Refused for
    a rule the facilitator does not set for this kind of step, and after votes (see the module)."""

    def change(raw: dict) -> None:
        step = _step(raw, step_key)
        if rule not in editable_rules(StepKind(step["kind"])):
            raise DomainError("step_rule_unknown", f"the rule {rule!r} is not set for step {step_key!r}", step=step_key, rule=rule)
        rules = step.setdefault("rules", {})
        if rules.get(rule) == value:
            return
        _check_votes(store, event_id, step_key, rule, rules.get(rule), value)
        if value is None:
            rules.pop(rule, None)
        else:
            rules[rule] = value

    return edit_event_template(store, event_id, change)


def most_dots_placed(store: Store, event_id: int, step_key: str) -> int | None:
    """The most dots one voter has placed in the step (any team); None when nobody voted in it yet
    (its re-vote rounds count as votes in it)."""
    with store.read() as session:
        voted = session.exec(
            select(func.count()).select_from(Vote).join(Team, Team.id == Vote.team_id)
            .where(Team.event_id == event_id, (Vote.step_key == step_key) | Vote.step_key.startswith(step_key + ROUND))
        ).one()
        if not voted:
            return None
        per_voter = (
            select(func.sum(Vote.dots).label("placed")).join(Team, Team.id == Vote.team_id)
            .where(Team.event_id == event_id, Vote.step_key == step_key)
            .group_by(Vote.team_id, Vote.voter_id, Vote.voter_name).subquery()
        )
        return int(session.exec(select(func.max(per_voter.c.placed))).one() or 0)


def _check_votes(store: Store, event_id: int, step_key: str, rule: str, old: object, new: object) -> None:
    placed = most_dots_placed(store, event_id, step_key)
    if placed is None:
        return
    if rule != BUDGET:
        raise DomainError("step_rules_voted", f"votes have been placed in step {step_key!r}: its rules stay as they are "
                          "(only the budget may still rise)", step=step_key)
    if isinstance(new, int) and new < placed:
        raise DomainError("step_budget_below_placed", f"someone has placed {placed} dots in step {step_key!r} already: "
                          f"the budget cannot go below {placed}", step=step_key, placed=placed)


def _step(raw: dict, step_key: str) -> dict:
    step = next((s for p in raw["phases"] for s in p["steps"] if s["key"] == step_key), None)
    if step is None:
        raise DomainError("step_unknown", f"there is no step {step_key!r}", step=step_key)
    return step
