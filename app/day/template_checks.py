"""The checks a template's parts share: texts people read, keys that appear once, the problem
statement's sentence, clock times. Plain functions; app/day/template.py applies them."""

from __future__ import annotations

import re
from datetime import time

from pydantic import ValidationInfo

from app.text import code_point, refused_character


def stored(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("stored"))


def words(value: str, info: ValidationInfo) -> str:
    """A text people read: not blank, and no character a database or a terminal chokes on."""
    if stored(info):
        return value
    if not value.strip():
        raise ValueError("must not be empty or only spaces")
    char = refused_character(value)
    if char is not None:
        raise ValueError(f"holds the control character {code_point(char)}; remove it")
    return value



def by_key(items, key: str):
    """The item whose ``key`` is ``key``; KeyError when there is none."""
    for item in items:
        if item.key == key:
            return item
    raise KeyError(key)


def unique(what: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"the key {key!r} appears twice in {what}")
        seen.add(key)


def check_statement(statement, field_keys: set[str]) -> None:
    """A problem statement's sentence names only the step's fields, each as ``{key}``."""
    if statement is None:
        raise ValueError("a problem_statement step needs a statement (the sentence its fields make)")
    for text in (statement.nl, statement.en):
        unknown = set(re.findall(r"{([^{}]*)}", text)) - field_keys
        if unknown:
            raise ValueError(f"the statement names {', '.join(sorted(unknown))}, which is not a field")


def minutes_of(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def clock_of(clock: str) -> time:
    hours, minutes = clock.split(":")
    return time(int(hours), int(minutes))
