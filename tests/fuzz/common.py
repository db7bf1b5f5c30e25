"""What every fuzzer shares: its hypothesis settings (bounded, repeatable), a dump of the whole
database to show that a refused input changed nothing, and byte mutations of a valid file."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import SQLModel

import db.models  # noqa: F401  (every table registered)
import db.models_sync  # noqa: F401
from app.errors import DomainError


def fuzz(examples: int) -> settings:
    """Bounded and derandomised: CI runs the same inputs every time. ``STAATSPRINT_FUZZ_SCALE=20`` runs
    twenty times as many, new ones each run (a deeper search by hand; keep what it finds as a test)."""
    scale = int(os.environ.get("STAATSPRINT_FUZZ_SCALE", "1"))
    return settings(derandomize=scale == 1, max_examples=examples * scale, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])


def dump(store) -> dict[str, list[tuple]]:
    """Every row of every table (as sorted text), to compare before and after a refusal."""
    found = {}
    with store.read() as session:
        for table in SQLModel.metadata.sorted_tables:
            rows = session.execute(select(table)).all()
            found[table.name] = sorted(repr(tuple(row)) for row in rows)
    return found


# Edits of a valid file's bytes: (where, what to put there), and maybe a cut.
byte_edits = st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(max_size=6)), min_size=1, max_size=4)
cuts = st.none() | st.integers(0, 1 << 20)


def mutated(data: bytes, edits: list[tuple[int, bytes]], cut: int | None) -> bytes:
    out = bytearray(data)
    for position, replacement in edits:
        at = position % (len(out) + 1)
        out[at:at + len(replacement)] = replacement
    if cut is not None:
        out = out[:cut % (len(out) + 1)]
    return bytes(out)


def refused_with_message(error: DomainError) -> None:
    """A refusal a person can read: a code and an English message."""
    assert error.code and isinstance(error.code, str)
    assert str(error).strip()


# JSON-like values a structured mutation puts in place of a valid file's value.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def paths_in(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON-like document (the root first)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_in(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_in(item, prefix + (index,))
    return found


def set_at(document: object, path: tuple, replacement: object, delete: bool) -> None:
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement


def wrongly_typed(store) -> list[str]:
    """Values whose type is not their column's (SQLite stores what it is given): an import that took
    a text where a number belongs would break the screens later. Empty when all is well."""
    import datetime as dt

    found = []
    with store.read() as session:
        for table in SQLModel.metadata.sorted_tables:
            rows = session.execute(select(table)).all()
            for column in table.columns:
                expected = _python_type(column.type)
                if expected is None:
                    continue
                if expected is dt.datetime or expected is dt.date or expected is dt.time:
                    continue  # SQLite keeps these as text the dialect converts
                for row in rows:
                    value = row._mapping[column]
                    if value is not None and not isinstance(value, expected) and not (expected is float and isinstance(value, int)):
                        found.append(f"{table.name}.{column.name} = {value!r}")
    return found


def _python_type(kind) -> type | None:
    from sqlalchemy import String

    if isinstance(kind, String):  # sqlmodel's AutoString says "object"
        return str
    try:
        expected = kind.python_type
    except NotImplementedError:
        return None
    return None if expected is object else expected
