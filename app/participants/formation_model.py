"""The shared vocabulary of team formation: who is to be placed, a proposal of teams, and the warnings
of the rule (app/participants/formation.py proposes; app/participants/placing.py writes and moves;
ui/participants/ shows the board).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """A participant as formation sees them."""

    id: int
    name: str
    organisation: str = ""
    job_title: str = ""
    challenge_key: str | None = None  # the preferred challenge (None: no preference)
    absent: bool = False


@dataclass(frozen=True)
class Warning:
    """Something the rule finds in a team (live on the board while the facilitator adjusts).

    ``code``: "organisation_crowded" (more than ⌈k/T⌉ of one organisation: params organisation, count,
    limit), "role_crowded" (the same for a job title), "size_uneven" (sizes differ by more than one:
    params size, smallest, largest), "team_empty", "unplaced" (participants of this challenge not in a
    team: params count)."""

    code: str
    team_id: int | None  # None: about the challenge as a whole
    params: dict


@dataclass(frozen=True)
class TeamColumn:
    team_id: int
    number: int
    name: str | None
    room: str
    challenge_key: str | None
    members: tuple[Person, ...]
    started: bool  # the team has done work (notes, votes, answers...): re-forming leaves it alone


@dataclass(frozen=True)
class FormationBoard:
    """One challenge's board: its teams and the participants who prefer it but are not in a team."""

    challenge_key: str | None  # None: the participants with no (or an unknown) preference
    teams: tuple[TeamColumn, ...]
    unplaced: tuple[Person, ...]
    warnings: tuple[Warning, ...]
