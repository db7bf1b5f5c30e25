"""Reading a jury kit on the juror's laptop: verified with the key it carries, then read into plain
records. A kit proves it was not changed on the way (a juror scores the teams and criteria the
facilitator sent); the juror file the laptop writes is signed with the same key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import DomainError
from app.jury.keys import JUROR_FILE, KIT
from app.signed.sealed import SealError, read_sealed_file


@dataclass(frozen=True)
class Level:
    min: int
    max: int
    text: dict  # {"nl", "en"}


@dataclass(frozen=True)
class KitCriterion:
    key: str
    title: dict
    description: dict
    weight: int
    min: int
    max: int
    levels: tuple[Level, ...]

    def level_for(self, value: int | None) -> Level | None:
        return next((level for level in self.levels if value is not None and level.min <= value <= level.max), None)


@dataclass(frozen=True)
class KitTeam:
    id: int
    number: int
    name: str
    challenge: dict
    idea: str
    room: str
    position: int
    recused: bool


@dataclass(frozen=True)
class Kit:
    body: dict  # as verified: the juror file repeats parts of it
    event_ref: str
    event_name: str
    day: str
    lang: str
    rubric_version: int
    fingerprint: str
    token: str
    juror_name: str
    organisation: str
    chair: bool
    key: bytes
    criteria: tuple[KitCriterion, ...]
    teams: tuple[KitTeam, ...]  # the running order


def read_kit(path: Path | str) -> Kit:
    """The kit at ``path``, verified. Refusals: the SealError of the file, or ``not_a_kit``."""
    path = Path(path)
    try:
        body = read_sealed_file(path, KIT, _key_of)
    except SealError as error:
        if error.code == "sealed_wrong_kind":
            raise _not_a_kit(path, juror_file=error.params.get("found") == JUROR_FILE) from error
        raise
    try:
        return _parsed(body)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _not_a_kit(path) from error


def _key_of(body: dict) -> bytes | None:
    try:
        key = bytes.fromhex(body["key"])
    except (KeyError, TypeError, ValueError):
        return None
    return key or None


def _not_a_kit(path: Path, juror_file: bool = False) -> DomainError:
    if juror_file:
        return DomainError("not_a_kit", f"{path.name} is a juror file (scores for the facilitator), not a jury kit",
                           name=path.name, juror_file=True)
    return DomainError("not_a_kit", f"{path.name} is not a jury kit", name=path.name, juror_file=False)


def _parsed(body: dict) -> Kit:
    event, rubric, juror = body["event"], body["rubric"], body["juror"]
    criteria = tuple(_criterion(item) for item in body["criteria"])
    teams = tuple(_team(item) for item in body["teams"])
    if not criteria or len({c.key for c in criteria}) != len(criteria) or len({t.id for t in teams}) != len(teams):
        raise ValueError("criteria and teams are unique and there is a criterion")
    return Kit(
        body=body, event_ref=_text(event["ref"]), event_name=_text(event["name"]), day=_text(event["day"]),
        lang=event["lang"] if event.get("lang") in ("nl", "en") else "nl",
        rubric_version=_int(rubric["version"]), fingerprint=_text(rubric["fingerprint"]),
        token=_text(juror["token"]), juror_name=_text(juror["name"]), organisation=_text(juror.get("organisation", "")),
        chair=bool(juror.get("chair", False)), key=bytes.fromhex(body["key"]), criteria=criteria, teams=teams,
    )


def _criterion(item: dict) -> KitCriterion:
    low, high = _int(item["min"]), _int(item["max"])
    if low >= high or _int(item["weight"]) < 1:
        raise ValueError("a criterion has a scale and a positive weight")
    levels = tuple(Level(_int(level["min"]), _int(level["max"]), _texts(level)) for level in item.get("levels") or [])
    return KitCriterion(key=_text(item["key"]), title=_texts(item["title"]), description=_texts(item["description"]),
                        weight=_int(item["weight"]), min=low, max=high, levels=levels)


def _team(item: dict) -> KitTeam:
    return KitTeam(id=_int(item["id"]), number=_int(item["number"]), name=_text(item["name"]),
                   challenge=_texts(item.get("challenge") or {}), idea=_text(item.get("idea", "")),
                   room=_text(item.get("room", "")), position=_int(item.get("position", 0)), recused=bool(item.get("recused", False)))


def _texts(value: dict) -> dict:
    return {lang: _text(value.get(lang, "")) for lang in ("nl", "en")}


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("an integer expected")
    return value


def in_lang(texts: dict, lang: str) -> str:
    """A kit text in ``lang``, else in the other language."""
    return texts.get(lang) or texts.get("nl") or texts.get("en") or ""
