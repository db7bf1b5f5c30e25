"""Where a new note goes: the first free spot of a grid, found by the database, not by reading every note.

The spots are numbered row by row: spot ``i`` is at column ``i % columns``, row ``i // columns``,
``pitch`` apart. A note takes a spot when it lies within half a unit of it; a spot too near a
cluster's frame is blocked (``app.board.cluster_layout.blocked_spots``: the few frames are read, the
many notes are not). The database finds the starts of the free runs of spots,

    0 and every taken spot + 1, that is not itself taken,

and returns only the first ``len(blocked) + 1`` of them. The first free, unblocked spot is one of
those or comes just after a blocked spot: at most ``len(blocked)`` run starts can be blocked, and a
free spot that starts no run follows a taken spot (then it starts a run) or a blocked one. So
a board of 10,000 notes answers with one row, and a second query only asks about the few spots
just after blocked ones.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, and_, func, literal, select, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.board.cluster_layout import Place, blocked_spots
from db.models import Cluster, Note

NOTE = Note.__table__
CLUSTER = Cluster.__table__


def first_free_spot(session, team_id: int, step_key: str, columns: int, pitch: Place) -> int:
    """The index of the first grid spot no note of the team's step takes (everyone's notes,
    also those a member's own laptop does not show before the reveal) and no frame blocks."""
    frames = session.execute(select(CLUSTER.c.x, CLUSTER.c.y, CLUSTER.c.width, CLUSTER.c.height)
                             .where(CLUSTER.c.team_id == team_id)).all()
    blocked = blocked_spots([tuple(frame) for frame in frames], columns, pitch)
    taken = _taken(team_id, step_key, columns, pitch)
    starts = union(select(literal(0, Integer).label("spot")), select((taken.c.spot + 1).label("spot"))).subquery()
    query = select(starts.c.spot).where(starts.c.spot.not_in(select(taken.c.spot))).order_by(starts.c.spot).limit(len(blocked) + 1)
    first_start = next((spot for spot in session.execute(query).scalars() if spot not in blocked), None)
    after_blocked = sorted(spot + 1 for spot in blocked
                           if spot + 1 not in blocked and (first_start is None or spot + 1 < first_start))
    if after_blocked:
        occupied = set(session.execute(select(taken.c.spot).where(taken.c.spot.in_(after_blocked))).scalars())
        free = [spot for spot in after_blocked if spot not in occupied]
        if free:
            return free[0]
    return first_start


def _taken(team_id: int, step_key: str, columns: int, pitch: Place):
    """The grid spots the team's notes of ``step_key`` take, each once (a CTE). Plain comparisons
    first: they turn away the notes off the grid before any arithmetic."""
    column, row = _Nearest(NOTE.c.x / pitch[0]), _Nearest(NOTE.c.y / pitch[1])
    near_grid = and_(NOTE.c.x > -0.5, NOTE.c.x < (columns - 1) * pitch[0] + 0.5, NOTE.c.y > -0.5)
    on_spot = and_(func.abs(NOTE.c.x - column * pitch[0]) < 0.5, func.abs(NOTE.c.y - row * pitch[1]) < 0.5)
    spot = row * columns + column
    return (select(spot.label("spot")).where(NOTE.c.team_id == team_id, NOTE.c.step_key == step_key, near_grid, on_spot)
            .distinct().cte("taken"))


class _Nearest(FunctionElement):
    """The nearest whole number of a non-negative float. A value this rounds the wrong way (a
    negative one on SQLite, a tie) lies half a spot from the result, so ``on_spot`` turns it away."""

    type = BigInteger()
    inherit_cache = True


@compiles(_Nearest)
def _nearest(element, compiler, **kw) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS BIGINT)"  # PostgreSQL rounds a float it casts


@compiles(_Nearest, "sqlite")
def _nearest_on_sqlite(element, compiler, **kw) -> str:
    # SQLite's CAST truncates, and its round() formats the number as text first (slow on 10,000 notes).
    return f"CAST({compiler.process(element.clauses, **kw)} + 0.5 AS BIGINT)"
