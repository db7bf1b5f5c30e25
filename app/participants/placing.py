"""Team formation on the database: the boards, forming a challenge's teams, and the facilitator's
moves on a board. Every function that changes something is one user action: one ``store.write()``
transaction; a refusal raises DomainError before anything is written.

Absent participants ("not there today") are not placed by ``form_teams``: the rule leaves them out
(app/participants/formation.py). Moving a participant out of a team is, for that team, a removal by
the rules of app/event/teams.py (``Removal``): their roles and pitch tasks there go, their notes stay
under their name, their dots in a closed vote stay, in an open vote they are taken back. A board
warns before such a move with ``removal(store, member_id)``.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from sqlalchemy import case, func, update
from sqlmodel import Session, select

from app.day.template import Template
from app.errors import DomainError
from app.event.teams import add_team, leave_team
from app.participants.formation import key, propose, team_count, warnings
from app.participants.formation_model import FormationBoard, Person, TeamColumn
from app.participants.team_work import started_teams
from app.storage.store import Store, existing, insert_many
from app.text import clean_line, column_limit
from db.models import Challenge, Event, Member, Team


def formation_boards(store: Store, event_id: int, template: Template) -> list[FormationBoard]:
    """One board per challenge, in the template's order, and last one (``challenge_key`` None) for the
    participants with no or an unknown preference and the teams without a challenge, if there are any."""
    with store.read() as session:
        challenge_keys = dict(session.exec(select(Challenge.id, Challenge.key).where(Challenge.event_id == event_id)).all())
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number, Team.id)).all()
        members = session.exec(select(*_PERSON_COLUMNS).where(Member.event_id == event_id).order_by(Member.position, Member.id)).all()
        started = started_teams(session, [t.id for t in teams])
    known = [c.key for c in template.challenges]
    in_team: dict[int, list[Person]] = {}
    waiting: dict[str | None, list[Person]] = {}
    for member in members:
        if member.team_id is not None:
            in_team.setdefault(member.team_id, []).append(person(member))
        else:
            waiting.setdefault(member.challenge_pref if member.challenge_pref in known else None, []).append(person(member))
    columns: dict[str | None, list[TeamColumn]] = {}
    for team in teams:
        challenge = challenge_keys.get(team.challenge_id)
        challenge = challenge if challenge in known else None
        columns.setdefault(challenge, []).append(TeamColumn(
            team_id=team.id, number=team.number, name=team.name, room=team.room, challenge_key=challenge,
            members=tuple(in_team.get(team.id, ())), started=team.id in started))
    boards = [_board(k, columns.get(k, []), waiting.get(k, [])) for k in known]
    if columns.get(None) or waiting.get(None):
        boards.append(_board(None, columns.get(None, []), waiting.get(None, [])))
    return boards


def _board(challenge_key: str | None, columns: list[TeamColumn], unplaced: list[Person]) -> FormationBoard:
    return FormationBoard(challenge_key, tuple(columns), tuple(unplaced), warnings(columns, unplaced))


# What a board reads of a participant (not whole rows: 2,000 participants read in a few milliseconds).
_PERSON_COLUMNS = (Member.id, Member.team_id, Member.name, Member.organisation, Member.job_title, Member.challenge_pref, Member.absent)


def person(member: Member) -> Person:
    """A participant (a row, or a row's ``_PERSON_COLUMNS``) as formation sees them."""
    return Person(id=member.id, name=member.name, organisation=member.organisation, job_title=member.job_title,
                  challenge_key=member.challenge_pref, absent=member.absent)


def form_teams(store: Store, event_id: int, template: Template, challenge_key: str,
               size: int | None = None, count: int | None = None, seed: int | None = None) -> list[int]:
    """Form ``challenge_key``'s teams by the rule: its unplaced participants and the members of its
    teams that have not started are dealt into ``team_count(..., size, count)`` teams. Started teams
    (see app/participants/team_work.py) and their members are left alone and count for nothing in the
    bounds; absent participants are not placed (an absent member of a re-formed team becomes
    unplaced). The not-started teams are reused first (number, name and room kept), new ones get the
    next numbers, the challenge, no name and no roles (the team chooses them together), and the ones
    no longer needed are deleted. ``seed``: the proposal's (default: a new random one). The formed
    teams' ids, by number."""
    if challenge_key not in {c.key for c in template.challenges}:
        raise DomainError("challenge_unknown", f"there is no challenge {challenge_key!r}", challenge=challenge_key)
    seed = secrets.randbelow(2**31) if seed is None else seed
    with store.write() as session:
        challenge_id = _challenge_id(session, event_id, challenge_key)
        teams = session.exec(select(Team).where(Team.event_id == event_id, Team.challenge_id == challenge_id)
                             .order_by(Team.number, Team.id)).all()
        started = started_teams(session, [t.id for t in teams])
        reusable = [t for t in teams if t.id not in started]
        movable = session.exec(select(Member).where(
            Member.event_id == event_id,
            Member.team_id.in_([t.id for t in reusable])
            | (Member.team_id.is_(None) & (Member.challenge_pref == challenge_key)),
        ).order_by(Member.id)).all()
        present = [person(m) for m in movable if not m.absent]
        if not present:
            raise DomainError("nobody_to_place", f"challenge {challenge_key!r} has nobody to place", challenge=challenge_key)
        groups = propose(present, team_count(len(present), size, count), seed)
        targets = reusable[:len(groups)] + _new_teams(store, session, event_id, challenge_id, len(groups) - len(reusable))
        places = {p.id: (team.id, position) for team, group in zip(targets, groups) for position, p in enumerate(group)}
        places |= _unplace(session, event_id, [m for m in movable if m.absent and m.team_id is not None])
        place_many(store, session, places)
        for team in reusable[len(groups):]:
            session.delete(team)
        return [t.id for t in targets]


def _new_teams(store: Store, session: Session, event_id: int, challenge_id: int, how_many: int) -> list[Team]:
    if how_many <= 0:
        return []
    highest = session.exec(select(func.max(Team.number)).where(Team.event_id == event_id)).one() or 0
    teams = [Team(event_id=event_id, challenge_id=challenge_id, number=highest + i) for i in range(1, how_many + 1)]
    insert_many(store, session, teams, "number")
    return teams


def _unplace(session: Session, event_id: int, members: Sequence[Member]) -> dict[int, tuple[None, int]]:
    """Places among the unplaced for ``members``, after the ones there now."""
    last = session.exec(select(func.max(Member.position)).where(Member.event_id == event_id, Member.team_id.is_(None))).one()
    start = -1 if last is None else last
    return {m.id: (None, start + offset) for offset, m in enumerate(members, start=1)}


def place_many(store: Store, session: Session, places: dict[int, tuple[int | None, int]]) -> None:
    """Every member of ``places`` to their (team, position), in one UPDATE inside ``store``'s write:
    a proposal applied at once (``form_teams``, the demo's teams as its facilitator adjusted them)."""
    if not places:
        return
    store.execute(session, update(Member).where(Member.id.in_(list(places))).values(
        team_id=case({mid: team for mid, (team, _p) in places.items()}, value=Member.id),
        position=case({mid: position for mid, (_t, position) in places.items()}, value=Member.id),
    ))


def place_member(store: Store, member_id: int, team_id: int | None, position: int | None = None) -> None:
    """Move a participant into team ``team_id`` (None: back among the unplaced) at ``position`` in
    it (None: last). Refused when the team holds someone of the same name. Leaving a team is a
    removal from it (see the module's docstring)."""
    with store.write() as session:
        member = existing(session, Member, member_id, "member")
        if team_id is not None:
            team = existing(session, Team, team_id, "team")
            if team.event_id != member.event_id:
                raise DomainError("team_missing", f"there is no team {team_id}", team_id=team_id)
        others = _group(session, member.event_id, team_id, member_id)
        if team_id is not None and any(key(m.name) == key(member.name) for m in others):
            raise DomainError("member_name_duplicate", f"{member.name!r} is already in this team", name=member.name)
        if member.team_id is not None and member.team_id != team_id:
            leave_team(store, session, member)
        at = len(others) if position is None else max(0, min(position, len(others)))
        order = others[:at] + [member] + others[at:]
        member.team_id = team_id
        for index, row in enumerate(order):
            if row.position != index or row is member:
                row.position = index
                session.add(row)


def _group(session: Session, event_id: int, team_id: int | None, member_id: int) -> list[Member]:
    """The members of a team (or the event's unplaced), in order, without ``member_id``."""
    place = Member.team_id == team_id if team_id is not None else Member.team_id.is_(None)
    rows = session.exec(select(Member).where(Member.event_id == event_id, place, Member.id != member_id)
                        .order_by(Member.position, Member.id)).all()
    return list(rows)


def add_empty_team(store: Store, event_id: int, challenge_key: str | None) -> int:
    """A new team of the challenge with the next number, no members, no name: its id."""
    return add_team(store, event_id, challenge_key)


def remove_team_if_empty(store: Store, team_id: int) -> None:
    """Delete a team that has no members (absent ones count) and has not started."""
    with store.write() as session:
        team = existing(session, Team, team_id, "team")
        members = session.exec(select(func.count()).select_from(Member).where(Member.team_id == team_id)).one()
        if members:
            raise DomainError("team_has_members", f"team {team.number} still has {members} members",
                              number=team.number, count=members)
        if started_teams(session, [team_id]):
            raise DomainError("team_started", f"team {team.number} has started its work", number=team.number)
        session.delete(team)


def set_team_room(store: Store, team_id: int, room: str) -> None:
    """The team's break-out room ("" clears it)."""
    clean = clean_line(room, column_limit(Team.room), "team_room")
    with store.write() as session:
        team = existing(session, Team, team_id, "team")
        if team.room != clean:
            team.room = clean
            session.add(team)


def set_absent(store: Store, member_id: int, absent: bool) -> None:
    with store.write() as session:
        member = existing(session, Member, member_id, "member")
        if member.absent != absent:
            member.absent = absent
            session.add(member)


def set_challenge_pref(store: Store, member_id: int, challenge_key: str | None) -> None:
    """The participant's preferred challenge (None: no preference)."""
    with store.write() as session:
        member = existing(session, Member, member_id, "member")
        if challenge_key is not None:
            _challenge_id(session, member.event_id, challenge_key)
        if member.challenge_pref != challenge_key:
            member.challenge_pref = challenge_key
            session.add(member)


def forget_emails(store: Store, event_id: int) -> int:
    """Every e-mail address of the event's participants emptied (personal data, after the event):
    how many were forgotten."""
    with store.write() as session:
        existing(session, Event, event_id, "event")
        return len(store.execute(session, update(Member).where(Member.event_id == event_id, Member.email != "")
                                 .values(email="")))


def _challenge_id(session: Session, event_id: int, challenge_key: str) -> int:
    found = session.exec(select(Challenge.id).where(Challenge.event_id == event_id, Challenge.key == challenge_key)).first()
    if found is None:
        raise DomainError("challenge_unknown", f"there is no challenge {challenge_key!r}", challenge=challenge_key)
    return found
