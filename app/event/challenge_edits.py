"""The event's challenges, edited by the facilitator: their texts in both languages, the questions the
pitch must answer, and challenges added or removed. Every edit goes through ``edit_event_template``
(validated as a template file is, one transaction, or nothing changed)."""

from __future__ import annotations

from sqlmodel import func, select

from app.day.template import LANGUAGES, Template
from app.errors import DomainError
from app.event.event_template import edit_event_template
from app.storage.store import Store
from app.text import clean_block, clean_line
from db.models import Challenge, Member, Team

# Where a text sits in a challenge: ("title",), ("teaser",), ("question",), ("consider", 2),
# ("sections", 0, "title"), ("sections", 0, "body"), ("sections", 1, "bullets", 3).
TextPlace = tuple[str | int, ...]

TEXT_MAX = 20_000  # a challenge's longest text (a section of the workbook is a few thousand characters)
BLOCKS = frozenset({"teaser", "body"})  # texts of several paragraphs: their line breaks are kept
NEW_QUESTION = {"nl": "Nieuwe vraag", "en": "New question"}
NEW_CHALLENGE = {
    "title": {"nl": "Nieuwe challenge", "en": "New challenge"},
    "teaser": {"nl": "Waar gaat deze challenge over?", "en": "What is this challenge about?"},
    "question": {"nl": "Hoe kunnen we …?", "en": "How might we …?"},
}


def set_challenge_text(store: Store, event_id: int, key: str, place: TextPlace, lang: str, value: str) -> Template:
    """One text of challenge ``key`` in one language. An empty text is refused by the template's
    validation ("must not be empty or only spaces"), as a template file's would be."""
    if lang not in LANGUAGES:
        raise DomainError("editor_language", f"no language {lang!r}", lang=lang)
    clean = (clean_block if place[-1] in BLOCKS else clean_line)(value, TEXT_MAX, "editor_text")

    def change(raw: dict) -> None:
        _text_at(_challenge(raw, key), place)[lang] = clean

    return edit_event_template(store, event_id, change)


def add_challenge_question(store: Store, event_id: int, key: str) -> int:
    """A question the pitch must answer ("neem ook mee"), added at the end with a text to overwrite;
    its index."""
    added: list[int] = []

    def change(raw: dict) -> None:
        questions = _challenge(raw, key).setdefault("consider", [])
        questions.append(dict(NEW_QUESTION))
        added.append(len(questions) - 1)

    edit_event_template(store, event_id, change)
    return added[0]


def remove_challenge_question(store: Store, event_id: int, key: str, index: int) -> Template:
    def change(raw: dict) -> None:
        questions = _challenge(raw, key).get("consider", [])
        if not 0 <= index < len(questions):
            raise DomainError("editor_text_unknown", f"challenge {key!r} has no question {index + 1}")
        del questions[index]

    return edit_event_template(store, event_id, change)


def add_challenge(store: Store, event_id: int) -> str:
    """A new challenge at the end (its texts to overwrite), in the template and as the event's row; its key."""
    made: list[str] = []

    def change(raw: dict) -> None:
        keys = {c["key"] for c in raw["challenges"]}
        key = next(f"challenge_{n}" for n in range(1, len(keys) + 2) if f"challenge_{n}" not in keys)
        number = max(c["number"] for c in raw["challenges"]) + 1
        raw["challenges"].append({"key": key, "number": number, **{name: dict(text) for name, text in NEW_CHALLENGE.items()}})
        made.append(key)

    with store.write() as session:
        edit_event_template(store, event_id, change)
        count = session.exec(select(func.count()).select_from(Challenge).where(Challenge.event_id == event_id)).one()
        session.add(Challenge(event_id=event_id, key=made[0], position=count))
    return made[0]


def remove_challenge(store: Store, event_id: int, key: str) -> None:
    """Remove challenge ``key`` from the event; refused while a team works on it or a participant
    prefers it. The others are numbered 1, 2, … again in their order."""
    with store.write() as session:
        row = session.exec(select(Challenge).where(Challenge.event_id == event_id, Challenge.key == key)).first()
        if row is not None:
            _refuse_in_use(session, event_id, key, row.id)

        def change(raw: dict) -> None:
            challenge = _challenge(raw, key)
            raw["challenges"].remove(challenge)
            for number, kept in enumerate(raw["challenges"], start=1):
                kept["number"] = number

        edit_event_template(store, event_id, change)
        if row is not None:
            session.delete(row)
            rest = session.exec(select(Challenge).where(Challenge.event_id == event_id, Challenge.id != row.id).order_by(Challenge.position)).all()
            for position, other in enumerate(rest):
                if other.position != position:
                    other.position = position
                    session.add(other)


def _refuse_in_use(session, event_id: int, key: str, challenge_id: int) -> None:
    teams = session.exec(select(func.count()).select_from(Team).where(Team.challenge_id == challenge_id)).one()
    if teams:
        raise DomainError("challenge_has_teams", f"{teams} team(s) work on this challenge: give them another challenge first", teams=teams)
    members = session.exec(select(func.count()).select_from(Member).where(Member.event_id == event_id, Member.challenge_pref == key)).one()
    if members:
        raise DomainError("challenge_preferred", f"{members} participant(s) prefer this challenge: change their preference first", members=members)


def _challenge(raw: dict, key: str) -> dict:
    challenge = next((c for c in raw["challenges"] if c["key"] == key), None)
    if challenge is None:
        raise DomainError("challenge_unknown", f"the event has no challenge {key!r}", key=key)
    return challenge


def _text_at(challenge: dict, place: TextPlace) -> dict:
    """The {nl, en} text at ``place`` in the challenge's data (DomainError when there is none)."""
    node: object = challenge
    for step in place:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
        else:
            node = node.get(step) if isinstance(node, dict) else None
    if not (isinstance(node, dict) and set(node) == set(LANGUAGES)):
        raise DomainError("editor_text_unknown", f"challenge {challenge['key']!r} has no text at {place}")
    return node
