"""Answers (a step's fields, a member's kennismaking) and jury scores written as compare-and-set edits
(``app.sync.keyed_edits``): a laptop that typed an answer (or gave a score) based on what it read is told when another laptop changed it since.

An answer's ``based_on`` is the text the field showed when the typing began (None: the team had no
text of its own); a score's is the value given before (None: none).
"""

from __future__ import annotations

from app.event.teams import clean_answers
from app.storage.store import Store
from app.sync.keyed_edits import set_keyed_value
from app.sync.versions import merged_answers, missing_error
from app.text import LONG_TEXT_MAX, clean_block
from db.models import Answer, Member, Score, ScoreSheet

ANSWER, SCORE, SHEET = Answer.__table__, Score.__table__, ScoreSheet.__table__
SHEET_FIELDS = ("not_seen", "note", "feedback")


def save_answer_based(store: Store, team_id: int, step_key: str, field_key: str, based_on: str | None, text: str | None) -> int | None:
    """The team's text for a field (None: no own text any more, "take over again"); its new version."""
    clean = clean_block(text, LONG_TEXT_MAX, "answer") if text is not None else None
    key = {"team_id": team_id, "step_key": step_key, "field_key": field_key}
    return set_keyed_value(store, ANSWER, key, "text", based_on, clean, "answer")


def set_score_based(store: Store, juror_id: int, team_id: int, criterion_id: int, based_on: int | None, value: int | None) -> int | None:
    """A juror's score for one criterion of a team (None: cleared); its new version."""
    key = {"juror_id": juror_id, "team_id": team_id, "criterion_id": criterion_id}
    return set_keyed_value(store, SCORE, key, "value", based_on, value, "score")


def set_sheet_based(store: Store, juror_id: int, team_id: int, field: str, based_on: object, value: object) -> int | None:
    """A juror's not-seen mark, private note or feedback for a team (``field`` one of SHEET_FIELDS)."""
    if field not in SHEET_FIELDS:
        raise ValueError(f"no score sheet field {field!r}")
    if field != "not_seen":
        value = clean_block(value, LONG_TEXT_MAX, f"juror_{field}")
    defaults = {"not_seen": False, "note": "", "feedback": ""}
    absent = defaults.pop(field)
    key = {"juror_id": juror_id, "team_id": team_id}
    return set_keyed_value(store, SHEET, key, field, based_on, value, "score_sheet", defaults, absent)


def save_member_answers_based(store: Store, member_id: int, changes: dict[str, tuple[str, str]]) -> None:
    """A member's kennismaking answers ``changes`` {question key: (based on, new text)} ("" = no answer), in
    one transaction: the member's row is read FOR UPDATE and each changed answer compared with its base
    (the answers are one JSON value, which PostgreSQL cannot compare for equality). The first answer
    changed meanwhile on another laptop raises EditConflict (``field`` = its key) and nothing is written;
    answers another laptop changed that this save does not touch are kept (they merge)."""
    mine = clean_answers({key: text for key, (_base, text) in changes.items()})
    with store.write() as session:
        member = session.get(Member, member_id, with_for_update=True, populate_existing=True)
        if member is None:
            raise missing_error("member", member_id)
        now = dict(member.kennismaking or {})
        changed = {key: (base, mine.get(key, "")) for key, (base, _text) in changes.items()}
        merged = merged_answers("member", member_id, member.version, now, changed, "answer")
        if merged != now:
            member.kennismaking = merged
            session.add(member)
