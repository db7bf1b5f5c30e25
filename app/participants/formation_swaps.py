"""The second half of a proposal (app/participants/formation.py): swaps of two people between teams.

A swap never changes a team's size, and one is only made when it keeps every organisation within
its bound and puts no two people of one name together — so what the deal guaranteed stays true.
First people of one name are separated (hard: refused when impossible), then job titles are
spread (best effort): a swap, or a chain of two (the first only moving a title's crowding to
another title or team, the second taking it away), is made when it lowers the total crowding,
the sum over teams and titles of how far a team is above the title's bound. That sum only goes
down, so the search ends.
"""

from __future__ import annotations

from collections import Counter

from app.errors import DomainError
from app.participants.formation_model import Person


def key(text: str) -> str:
    """An organisation, job title or name as formation compares it: spaces folded, case ignored."""
    return " ".join(text.split()).casefold()


def bound(k: int, teams: int) -> int:
    """The most of a group of ``k`` people one of ``teams`` teams may hold: ⌈k/T⌉."""
    return -(-k // teams)


class Swaps:
    def __init__(self, groups: list[list[Person]], people: list[Person]) -> None:
        self.groups = groups
        teams = len(groups)
        self.org = {p.id: key(p.organisation) for p in people}
        self.title = {p.id: key(p.job_title) for p in people}
        self.name = {p.id: key(p.name) for p in people}
        self.org_bound = {o: bound(k, teams) for o, k in Counter(self.org.values()).items()}
        self.title_bound = {t: bound(k, teams) for t, k in Counter(self.title.values()).items()}
        self.orgs = [Counter(self.org[p.id] for p in group) for group in groups]
        self.titles = [Counter(self.title[p.id] for p in group) for group in groups]
        self.names = [Counter(self.name[p.id] for p in group) for group in groups]
        crowded = [name for name, k in Counter(self.name.values()).items() if k > teams]
        if crowded:
            name = next(p.name for p in people if key(p.name) == crowded[0])
            raise DomainError("member_name_duplicate", f"{name!r}: more people of this name than teams", name=name)

    def separate_names(self) -> Swaps:
        for here in range(len(self.groups)):
            while clash := next((p for p in self.groups[here] if self.names[here][self.name[p.id]] > 1), None):
                partner = next(((there, other) for there, other in self._others(here)
                                if self.name[other.id] != self.name[clash.id] and self._allowed(here, clash, there, other)), None)
                if partner is None:
                    raise DomainError("member_name_duplicate", f"{clash.name!r} cannot be kept apart", name=clash.name)
                self._swap(here, clash, *partner)
        return self

    def spread_titles(self) -> Swaps:
        while any(self._lower_crowding(here, person, chain=2)
                  for here in range(len(self.groups)) for person in self._crowded(here)):
            pass
        return self

    def _lower_crowding(self, here: int, person: Person, chain: int) -> bool:
        """Make a swap (or chain) from ``person``, over their title's bound in team ``here``, that
        lowers the crowding; False (nothing changed) when there is none."""
        for there, other in self._others(here):
            if self.title[other.id] == self.title[person.id] or not self._allowed(here, person, there, other):
                continue
            change = self._swap(here, person, there, other)
            if change < 0:
                return True
            if change == 0 and chain > 1 and any(self._lower_crowding(team, p, chain - 1)
                                                 for team in (here, there) for p in self._crowded(team)):
                return True
            self._swap(here, other, there, person)
        return False

    def _crowded(self, team: int) -> list[Person]:
        titles, bounds = self.titles[team], self.title_bound
        return [p for p in self.groups[team] if self.title[p.id] and titles[self.title[p.id]] > bounds[self.title[p.id]]]

    def _others(self, here: int):
        for there, group in enumerate(self.groups):
            if there != here:
                for other in list(group):
                    yield there, other

    def _allowed(self, here: int, person: Person, there: int, other: Person) -> bool:
        """Whether swapping keeps the organisation bound and no two people of one name together."""
        mine, theirs = self.org[person.id], self.org[other.id]
        if mine != theirs and ((mine and self.orgs[there][mine] >= self.org_bound[mine])
                               or (theirs and self.orgs[here][theirs] >= self.org_bound[theirs])):
            return False
        mine, theirs = self.name[person.id], self.name[other.id]
        return mine == theirs or (self.names[there][mine] == 0 and self.names[here][theirs] == 0)

    def _swap(self, here: int, person: Person, there: int, other: Person) -> int:
        """Swap the two; how much the title crowding changed."""
        cells = {(team, self.title[p.id]) for team in (here, there) for p in (person, other)}
        before = sum(self._excess(*cell) for cell in cells)
        for team, leaving, coming in ((here, person, other), (there, other, person)):
            group = self.groups[team]
            group[group.index(leaving)] = coming
            for counts, of in ((self.orgs, self.org), (self.titles, self.title), (self.names, self.name)):
                counts[team][of[leaving.id]] -= 1
                counts[team][of[coming.id]] += 1
        return sum(self._excess(*cell) for cell in cells) - before

    def _excess(self, team: int, title: str) -> int:
        return max(0, self.titles[team][title] - self.title_bound[title]) if title else 0
