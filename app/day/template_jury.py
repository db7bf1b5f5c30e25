"""The template's jury: the rubric (criteria with weights, a scale and what each score level means),
the prize pools, the pitch's minutes, which ranking decides and the tie-break order. The defaults
come from the workbook's own yardsticks (resources/templates/staatsprint.toml, ``[jury]``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, NonNegativeInt, PositiveInt, model_validator

from app.day.template_checks import unique
from app.day.template_parts import ClockTime, Key, Text, _Strict

DECIDING = ("raw", "adjusted")
TIE_BREAKS = ("head_to_head", "criterion", "chair")  # the only ways a tie at a prize position is broken


class Level(_Strict):
    """What the scores ``min``..``max`` of a criterion mean."""

    min: int
    max: int
    text: Text


class Criterion(_Strict):
    key: Key
    title: Text
    description: Text
    weight: PositiveInt = 1
    min: int = 1
    max: int = 10
    levels: list[Level] = []

    @model_validator(mode="after")
    def _check_scale(self) -> Criterion:
        if self.min >= self.max:
            raise ValueError(f"criterion {self.key!r}: min {self.min} is not below max {self.max}")
        covered: list[int] = []
        for level in self.levels:
            if not (self.min <= level.min <= level.max <= self.max):
                raise ValueError(f"criterion {self.key!r}: level {level.min}-{level.max} is not within {self.min}-{self.max}")
            covered.extend(range(level.min, level.max + 1))
        if len(covered) != len(set(covered)):
            raise ValueError(f"criterion {self.key!r}: its levels overlap")
        return self


class Pool(_Strict):
    """A prize pool: ``per_challenge`` gives one pool per challenge (the teams of that challenge);
    otherwise every team competes. ``places``: how many places are awarded (3: a podium)."""

    key: Key
    title: Text
    per_challenge: bool = False
    places: PositiveInt = 1


class Audience(_Strict):
    title: Text


class Jury(_Strict):
    criteria: Annotated[list[Criterion], Field(min_length=1)]
    pools: Annotated[list[Pool], Field(min_length=1)]  # revealed in this order, each from its last place to its first
    pitch_minutes: PositiveInt
    qa_minutes: PositiveInt
    changeover_minutes: NonNegativeInt = 0  # between two teams (the next team comes forward)
    pitches_at: ClockTime  # the start of the programme item in which the teams pitch (its window)
    minimum_jurors: PositiveInt = 3  # fewer jurors on a team: a coverage warning
    deciding: str = "raw"
    tie_break: list[str] = list(TIE_BREAKS)
    tie_criterion: Key | None = None  # the criterion the "criterion" tie-break compares
    disagreement: PositiveInt = 3  # a team whose jurors' weighted scores span more points than this is flagged
    audience: Audience | None = None  # None: no audience prize

    @model_validator(mode="after")
    def _check(self) -> Jury:
        unique("jury.criteria", [c.key for c in self.criteria])
        unique("jury.pools", [p.key for p in self.pools])
        if self.deciding not in DECIDING:
            raise ValueError(f"jury.deciding is {self.deciding!r}; use one of {', '.join(DECIDING)}")
        unknown = [name for name in self.tie_break if name not in TIE_BREAKS]
        if unknown or len(set(self.tie_break)) != len(self.tie_break):
            raise ValueError(f"jury.tie_break takes each of {', '.join(TIE_BREAKS)} at most once")
        if "criterion" in self.tie_break and self.tie_criterion not in {c.key for c in self.criteria}:
            raise ValueError("jury.tie_break names 'criterion': jury.tie_criterion must be one of the criteria")
        return self

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)
