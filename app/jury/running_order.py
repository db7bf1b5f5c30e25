"""The pitch running order: per room, which team pitches when; drawn by lot, then editable.

A draw is fair when anyone can re-run it. ``order_for`` is the whole draw: the teams' numbers (the
"Team 3" everyone sees) sorted ascending and shuffled by Python's ``random.Random(seed).shuffle``;
``draw`` records each room's seed and moment in ``JurySetting.draws[room] = {"seed", "at"}``. So
``order_for([1, 2, 3, 4, 5], 482913)`` gives the same order on any computer with Python 3.

Rooms: "" is the one room of an event where every team pitches in the same room; with parallel rooms
each room has its own order (and its own draw). Positions count from 1 within a room.
"""

from __future__ import annotations

import random
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import distinct, func
from sqlalchemy import select as select_columns
from sqlmodel import Session, select

from app.errors import DomainError
from app.event.events import event_template, get_event
from app.jury.keys import setting
from app.storage.store import Store, existing
from app.text import clean_line, column_limit
from db.models import JurySetting, PitchSlot, Score, Team
from db.types import utcnow

SEED_BELOW = 1_000_000  # a seed a person can read out and type: six digits at most


@dataclass(frozen=True)
class Slot:
    team_id: int
    room: str  # "" when every team pitches in one room
    position: int  # 1, 2, … within its room (gaps from a removed team closed)
    absent: bool


def room_key(room: str) -> tuple:
    """Rooms in a person's order: "Zaal 2" before "Zaal 10"; the single room "" first."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.lower()) for part in re.split(r"(\d+)", room) if part)


def order_for(keys: list[int], seed: int) -> list[int]:
    """The draw by lot: ``keys`` sorted ascending, shuffled with ``random.Random(seed)``."""
    drawn = sorted(keys)
    random.Random(seed).shuffle(drawn)
    return drawn


def running_order(store: Store, event_id: int) -> list[Slot]:
    """Every team's slot, sorted by room, then position; empty before the first draw."""
    with store.read() as session:
        return _slots(session, event_id)


def _slots(session: Session, event_id: int) -> list[Slot]:
    rows = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id)).all()
    ordered = sorted(rows, key=lambda row: (room_key(row.room), row.position, row.team_id))
    slots: list[Slot] = []
    for row in ordered:
        position = slots[-1].position + 1 if slots and slots[-1].room == row.room else 1
        slots.append(Slot(row.team_id, row.room, position, row.absent))
    return slots


def rooms_of(slots: list[Slot]) -> list[str]:
    """The rooms of an order, in order."""
    return list(dict.fromkeys(slot.room for slot in slots))


def draw(store: Store, event_id: int, rooms: dict[str, list[int]] | None = None, seed: int | None = None) -> int:
    """Draw the order of each room by lot (``rooms``: room -> team ids, a team named in no room leaves
    the order; None: the rooms as they are, teams not yet in the order added to the smallest room). Absent marks stay. Returns the seed
    (one per draw, recorded for every room drawn; a new random one when ``seed`` is None)."""
    seed = secrets.randbelow(SEED_BELOW) if seed is None else seed
    with store.write() as session:
        teams = {team.id: team.number for team in session.exec(select(Team).where(Team.event_id == event_id)).all()}
        if not teams:
            raise DomainError("order_no_teams", "there are no teams to put in a running order")
        rows = {row.team_id: row for row in session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id)).all()}
        plan = _rooms_plan(rooms, rows, teams)
        planned = {team_id for team_ids in plan.values() for team_id in team_ids}
        for team_id in [team_id for team_id in rows if team_id not in planned]:  # named in no room: out of the order
            session.delete(rows.pop(team_id))
        for room, team_ids in plan.items():
            by_number = {teams[team_id]: team_id for team_id in team_ids}
            for position, number in enumerate(order_for(list(by_number), seed), start=1):
                _place(session, rows, event_id, by_number[number], room, position)
        jury = setting(session, event_id, event_template(get_event(store, event_id)).jury)
        in_use = {row.room for row in rows.values()}
        drawn = {"seed": seed, "at": utcnow().isoformat()}
        jury.draws = {**{room: d for room, d in jury.draws.items() if room in in_use}, **{room: drawn for room in plan}}
        session.add(jury)
    return seed


def _rooms_plan(rooms: dict[str, list[int]] | None, rows: dict[int, PitchSlot], teams: dict[int, int]) -> dict[str, list[int]]:
    if rooms is not None:
        named = [team_id for team_ids in rooms.values() for team_id in team_ids]
        if sorted(named) != sorted(set(named)) or set(named) - set(teams):
            raise DomainError("order_rooms_teams", "each of the event's teams goes in one room at most")
        return {_room_name(room): list(team_ids) for room, team_ids in rooms.items()}
    plan: dict[str, list[int]] = {}
    for team_id in teams:
        if team_id in rows:
            plan.setdefault(rows[team_id].room, []).append(team_id)
    for team_id in sorted(set(teams) - set(rows), key=teams.get):
        smallest = min(plan, key=lambda room: (len(plan[room]), room_key(room))) if plan else ""
        plan.setdefault(smallest, []).append(team_id)
    return plan


def _room_name(room: str) -> str:
    return clean_line(room, column_limit(PitchSlot.room), "order_room")


def _place(session: Session, rows: dict[int, PitchSlot], event_id: int, team_id: int, room: str, position: int) -> None:
    row = rows.get(team_id) or PitchSlot(event_id=event_id, team_id=team_id, position=position)
    row.room, row.position = room, position
    rows[team_id] = row
    session.add(row)


def move(store: Store, event_id: int, team_id: int, delta: int) -> bool:
    """Move a team ``delta`` places (-1 up, +1 down) within its room; False at either end."""
    with store.write() as session:
        rows = _room_rows(session, event_id, team_id)
        index = next(i for i, row in enumerate(rows) if row.team_id == team_id)
        target = index + delta
        if not 0 <= target < len(rows):
            return False
        rows.insert(target, rows.pop(index))
        _renumber(session, rows)
    return True


def move_to_room(store: Store, event_id: int, team_id: int, room: str) -> None:
    """Put a team at the end of ``room``'s order (a new room when no team is in it yet)."""
    room = _room_name(room)
    with store.write() as session:
        row = _slot_row(session, event_id, team_id)
        if row.room == room:
            return
        old = row.room
        others = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id, PitchSlot.room == room)).all()
        row.room, row.position = room, max((other.position for other in others), default=0) + 1
        session.add(row)
        session.flush()
        _renumber(session, _rows_in(session, event_id, old))


def set_rooms(store: Store, event_id: int, names: list[str]) -> None:
    """Pitch in these rooms (one name or none: one room for all). The teams are dealt over the rooms
    in their present order (1st to the first room, 2nd to the second, …; teams not in the order yet
    after the others, by number); draw by lot after."""
    clean = [_room_name(name) for name in names]
    if len(set(clean)) != len(clean) or any(not name for name in clean):
        raise DomainError("order_room_names", "each room needs its own name")
    rooms = clean if len(clean) > 1 else [""]
    with store.write() as session:
        by_team = {row.team_id: row for row in session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id)).all()}
        order = [slot.team_id for slot in sorted(_slots(session, event_id), key=lambda slot: (slot.position, room_key(slot.room)))]
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all()
        order += [team.id for team in teams if team.id not in by_team]  # not in the order yet: after the others
        for index, team_id in enumerate(order):
            row = by_team.get(team_id) or PitchSlot(event_id=event_id, team_id=team_id, position=0)
            row.room, row.position = rooms[index % len(rooms)], index // len(rooms) + 1
            session.add(row)


def set_absent(store: Store, event_id: int, team_id: int, absent: bool, confirmed: bool = False) -> None:
    """Mark a team that did not show up (absent: its turn is skipped, and the results leave it out),
    or present again. Marking absent a team that jurors' scores in use are for takes it out of the
    results: refused with ``order_absent_scored`` (naming how many jurors scored it) unless ``confirmed``.
    While the chair's confirmed winners stand nothing changes (``order_winners_confirmed``): reopen first."""
    with store.write() as session:
        row = _slot_row(session, event_id, team_id)
        if row.absent == absent:
            return
        confirmed_at = session.exec(select(JurySetting.confirmed_at).where(JurySetting.event_id == event_id)).first()
        if confirmed_at is not None:
            raise DomainError("order_winners_confirmed", "the winners are confirmed: who pitched cannot change under them; "
                              "the chair reopens the winners first (juryberaad)")
        jurors = _jurors_who_scored(session, team_id) if absent else 0
        if jurors and not confirmed:
            team = session.get(Team, team_id)
            raise DomainError("order_absent_scored", f"{jurors} juror(s) scored {team.name or f'team {team.number}'} already: "
                              "marking it absent takes it out of the results", jurors=jurors, team=team.name,
                              number=team.number)
        row.absent = absent
        session.add(row)


def jurors_who_scored(store: Store, team_id: int) -> int:
    """How many jurors' scores in use are for ``team_id`` (what marking it absent would take out)."""
    with store.read() as session:
        return _jurors_who_scored(session, team_id)


def _jurors_who_scored(session: Session, team_id: int) -> int:
    """How many jurors' revisions in use score ``team_id`` (a sheet marked "not seen" has no scores)."""
    return session.execute(select_columns(func.count(distinct(Score.juror_id))).where(Score.team_id == team_id)).scalar_one()


def absent_teams(store: Store, event_id: int) -> set[int]:
    """The teams marked absent (they did not pitch)."""
    with store.read() as session:
        return set(session.exec(select(PitchSlot.team_id).where(PitchSlot.event_id == event_id, PitchSlot.absent == True)).all())  # noqa: E712


def add_missing(store: Store, event_id: int) -> list[int]:
    """Teams made after the draw: each at the end of the smallest room. The ids placed."""
    with store.write() as session:
        teams = session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all()
        rows = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id)).all()
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.room] = max(counts.get(row.room, 0), row.position)
        placed = [team.id for team in teams if team.id not in {row.team_id for row in rows}]
        for team_id in placed:
            room = min(counts, key=lambda r: (counts[r], room_key(r))) if counts else ""
            counts[room] = counts.get(room, 0) + 1
            session.add(PitchSlot(event_id=event_id, team_id=team_id, room=room, position=counts[room]))
    return placed


def draws(store: Store, event_id: int) -> dict[str, dict]:
    """Each room's last draw: {room: {"seed": int, "at": iso time}}."""
    with store.read() as session:
        return _draws_of(session, event_id)


def _draws_of(session: Session, event_id: int) -> dict[str, dict]:
    row = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
    return dict(row.draws) if row is not None else {}


def _slot_row(session: Session, event_id: int, team_id: int) -> PitchSlot:
    existing(session, Team, team_id, "team")
    row = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id, PitchSlot.team_id == team_id).with_for_update()).first()
    if row is None:
        raise DomainError("order_not_drawn", "this team is not in the running order yet: draw it first")
    return row


def _room_rows(session: Session, event_id: int, team_id: int) -> list[PitchSlot]:
    return _rows_in(session, event_id, _slot_row(session, event_id, team_id).room)


def _rows_in(session: Session, event_id: int, room: str) -> list[PitchSlot]:
    rows = session.exec(select(PitchSlot).where(PitchSlot.event_id == event_id, PitchSlot.room == room).with_for_update()).all()
    return sorted(rows, key=lambda row: (row.position, row.team_id))


def _renumber(session: Session, rows: list[PitchSlot]) -> None:
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position
            session.add(row)
