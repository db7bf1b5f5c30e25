"""What a commit announces to other laptops on a shared (PostgreSQL) event, and how a listener reads it.

The store sends one notification per commit on ``CHANNEL``, in the same transaction as the change
(``pg_notify`` is delivered only if, and when, the transaction commits). A payload carries only ids
and kinds — NOTIFY is not private, any login may listen and send on any channel — so a listener only
learns *that* something changed and re-reads it through its own permissions; no payload alone ever
makes the app do anything (a forged "race start" re-reads a race that has not started).

Payload, compact JSON::

    {"v": 1, "o": "<origin>", "c": [["note", "u", 12, 3, 1], ...]}   # table, action, row, team, event
    {"v": 1, "o": "<origin>", "e": [1]}                              # too many to list: re-read event 1

``origin`` names the store that sent it (its own notifications are skipped: it told its own feed
already). A batch whose list would not fit ``MAX_BYTES`` (PostgreSQL refuses payloads of 8,000 bytes
and more) is sent as a summary that makes every listener re-read everything (``RESYNC``).
"""

from __future__ import annotations

import json
import logging

from app.storage.feed import RESYNC, Change

log = logging.getLogger(__name__)

CHANNEL = "staatsprint"
FORMAT_VERSION = 1
MAX_BYTES = 7_900  # below PostgreSQL's 8,000-byte limit, with room for the envelope
_ACTIONS = {"i": "insert", "u": "update", "d": "delete"}
_CODES = {name: code for code, name in _ACTIONS.items()}


def encode(origin: str, changes: tuple[Change, ...] | list[Change]) -> str:
    """The payload for one commit's ``changes``: listed when it fits, else a summary."""
    listed = [[c.table, _CODES[c.action], c.row_id, c.team_id, c.event_id] for c in changes]
    payload = _dumps({"v": FORMAT_VERSION, "o": origin, "c": listed})
    if len(payload.encode("utf-8")) <= MAX_BYTES:
        return payload
    events = sorted({c.event_id for c in changes if c.event_id is not None})[:100]
    return _dumps({"v": FORMAT_VERSION, "o": origin, "e": events})


def decode(payload: str, known_tables: frozenset[str] | set[str]) -> tuple[str, tuple[Change, ...]] | None:
    """``(origin, changes)`` of a payload, or None for one this app does not know (logged, ignored):
    not JSON, another format version, an unknown table or action, ids that are not whole numbers."""
    try:
        document = json.loads(payload)
        if not isinstance(document, dict) or document.get("v") != FORMAT_VERSION:
            raise ValueError("unknown format")
        origin = document.get("o")
        if not isinstance(origin, str) or len(origin) > 64:
            raise ValueError("no origin")
        if "e" in document:
            return origin, (RESYNC,)
        return origin, tuple(_change(entry, known_tables) for entry in document["c"])
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        log.warning("ignored a notification this app does not know (%s): %.200s", exc, payload)
        return None


def _change(entry: object, known_tables) -> Change:
    if not isinstance(entry, list) or len(entry) != 5:
        raise ValueError("not a change")
    table, action, row_id, team_id, event_id = entry
    if table not in known_tables or action not in _ACTIONS:
        raise ValueError(f"unknown table or action {table!r} {action!r}")
    for value in (row_id, team_id, event_id):
        if value is not None and (type(value) is not int or value < 0):
            raise ValueError("an id that is not a whole number")
    return Change(table=table, action=_ACTIONS[action], row_id=row_id, team_id=team_id, event_id=event_id)


def _dumps(document: dict) -> str:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)
