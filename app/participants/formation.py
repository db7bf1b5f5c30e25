"""The rule of team formation, pure (no database): how many teams, who goes where, what is wrong.

``propose`` mixes organisations and job titles. For an organisation with k of the people placed
into T teams, no team gets more than ⌈k/T⌉ of them; that bound is **hard, by construction**: the
people are put in one sequence in which each organisation's people stand together, and the sequence
is dealt like cards (person i to team i mod T). Any k consecutive places of a deal hit each team
at most ⌈k/T⌉ times, and a deal of n people gives team sizes within one of each other.

Job titles ("functie") spread the same way **as far as the organisation bound allows** (best
effort): within each organisation its people are ordered by title, the people without an
organisation are ordered by title too (so when no organisation holds two people, the title bound
holds by the same construction), and then swaps between teams that keep both sizes and the
organisation bound take away the title crowding they can (app/participants/formation_swaps.py). Two people with the same name never
share a team (a member's name is unique within a team): swaps separate them, and when there are
more people with one name than teams, the proposal is refused.

Absent participants ("not there today") take no part: the callers leave them out of a proposal,
and ``warnings`` leaves them out of the sizes and the bounds.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence

from app.errors import DomainError
from app.participants.formation_model import Person, TeamColumn, Warning
from app.participants.formation_swaps import Swaps, bound, key


def team_count(participants: int, size: int | None = None, count: int | None = None) -> int:
    """How many teams: ``count`` itself, or for a chosen ``size`` as few teams as hold everyone with
    no team larger than ``size`` (⌈participants/size⌉; e.g. 23 people, size 5: 5 teams of 4 and 5).
    Exactly one of ``size`` and ``count`` is given."""
    if (size is None) == (count is None):
        raise ValueError("give a team size or a number of teams, not both or neither")
    if participants < 1:
        raise DomainError("nobody_to_place", "there is nobody to place in a team")
    if size is not None:
        if size < 1:
            raise DomainError("team_size_invalid", f"a team has at least one member, not {size}", size=size)
        if size > participants:
            raise DomainError("team_size_too_large", f"a team of {size} is larger than the {participants} participants to place",
                              size=size, participants=participants)
        return math.ceil(participants / size)
    _check_count(participants, count)
    return count


def _check_count(participants: int, count: int) -> None:
    if count < 1:
        raise DomainError("team_count_invalid", f"there is at least one team, not {count}", count=count)
    if count > participants:
        raise DomainError("team_count_too_large", f"{count} teams are more than the {participants} participants to place",
                          count=count, participants=participants)


def propose(people: Sequence[Person], teams: int, seed: int) -> list[list[Person]]:
    """``people`` in ``teams`` teams (see the module's rule); the same people and seed give the same
    teams, in whatever order the people come. Each team lists its members by name."""
    _check_count(len(people), teams)
    rng = random.Random(seed)
    ordered = sorted(people, key=lambda p: p.id)
    groups: list[list[Person]] = [[] for _ in range(teams)]
    for index, person in enumerate(_deal_order(ordered, rng)):
        groups[index % teams].append(person)
    Swaps(groups, ordered).separate_names().spread_titles()
    return [sorted(group, key=lambda p: (key(p.name), p.id)) for group in groups]


def _deal_order(people: list[Person], rng: random.Random) -> list[Person]:
    """One sequence: organisations together, largest first (ties in the seed's order), each ordered
    by title; the people without an organisation last, ordered by title."""
    title_rank = _ranks([key(p.job_title) for p in people], rng)
    tie = {p.id: rng.random() for p in people}

    def by_title(person: Person) -> tuple[float, float]:
        return title_rank[key(person.job_title)], tie[person.id]

    organisations: dict[str, list[Person]] = {}
    loose: list[Person] = []
    for person in people:
        name = key(person.organisation)
        (organisations.setdefault(name, []) if name else loose).append(person)
    order_rank = {name: rng.random() for name in organisations}
    blocks = sorted(organisations, key=lambda name: (-len(organisations[name]), order_rank[name]))
    sequence = [person for name in blocks for person in sorted(organisations[name], key=by_title)]
    return sequence + sorted(loose, key=by_title)


def _ranks(values: list[str], rng: random.Random) -> dict[str, float]:
    """A rank per value: the most frequent first (ties in the seed's order); "" (none) last."""
    counts = Counter(values)
    shuffled = {value: rng.random() for value in sorted(counts)}
    order = sorted(counts, key=lambda value: (value == "", -counts[value], shuffled[value]))
    return {value: float(rank) for rank, value in enumerate(order)}


def warnings(columns: Sequence[TeamColumn], unplaced: Sequence[Person]) -> tuple[Warning, ...]:
    """What the rule finds on one challenge's board (see ``Warning``). Absent people count for
    nothing: not in a team's size, not in an organisation's or title's k, not as unplaced. The
    bounds use the board's teams that hold anyone present (an empty team gets "team_empty")."""
    present = {c.team_id: [p for p in c.members if not p.absent] for c in columns}
    filled = [c for c in columns if present[c.team_id]]
    found: list[Warning] = []
    everyone = [p for c in filled for p in present[c.team_id]]
    fields = (("organisation", "organisation", "organisation_crowded"), ("job_title", "role", "role_crowded"))
    limits = {field: {value: bound(k, len(filled)) for value, k in Counter(key(getattr(p, field)) for p in everyone).items()}
              for field, _param, _code in fields}
    for column in columns:
        members = present[column.team_id]
        if not members:
            found.append(Warning("team_empty", column.team_id, {}))
            continue
        for field, param, code in fields:
            found += [Warning(code, column.team_id, {param: shown, "count": count, "limit": limits[field][value]})
                      for value, (shown, count) in _tally(members, field).items() if value and count > limits[field][value]]
    sizes = [len(present[c.team_id]) for c in filled]
    if sizes and max(sizes) - min(sizes) > 1:
        found += [Warning("size_uneven", c.team_id, {"size": len(present[c.team_id]), "smallest": min(sizes), "largest": max(sizes)})
                  for c in filled if len(present[c.team_id]) in (min(sizes), max(sizes))]
    order = {c.team_id: index for index, c in enumerate(columns)}
    found.sort(key=lambda w: order[w.team_id])  # by team, as the board shows them (a stable sort)
    waiting = sum(not p.absent for p in unplaced)
    if waiting:
        found.append(Warning("unplaced", None, {"count": waiting}))
    return tuple(found)


def _tally(members: list[Person], field: str) -> dict[str, tuple[str, int]]:
    """Per compared value of ``field``: its first spelling among ``members`` and how many hold it."""
    found: dict[str, tuple[str, int]] = {}
    for person in members:
        value = key(getattr(person, field))
        shown, count = found.get(value, (" ".join(getattr(person, field).split()), 0))
        found[value] = (shown, count + 1)
    return found
