"""The template's building blocks: its texts, keys, and the small parts a step may have (its parts and
zones, input fields, sections, timeline, the pitch's storyboard and tasks). ``app.day.template`` builds
the day from them and is where the rest of the app imports them from.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PositiveInt,
    ValidationInfo,
    model_validator,
)

from app.day.template_checks import stored, unique, words

Words = Annotated[str, AfterValidator(words)]
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class _Strict(BaseModel):
    """No unknown keys and no conversions: ``minutes = "5"`` is refused, not read as 5. (An enum
    field says ``Field(strict=False)``: TOML gives its value as text, which is then checked.)"""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(_Strict):
    """A text in every language the UI speaks."""

    nl: Words
    en: Words

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


class Part(_Strict):
    key: Key
    title: Text
    minutes: PositiveInt
    instruction: Text


class Zone(_Strict):
    key: Key
    title: Text
    questions: list[Text]
    example: Text


# Where a pitch answer may start from (app/pitch/prefill.py fills each): earlier work of the team.
PREFILL_SOURCES = ("problem_statement", "winning_hkw", "statement_owner", "chosen_idea", "crystal_path", "vehicle_people")


class InputField(_Strict):
    key: Key
    label: Text
    hint: Text | None = None
    section: Key | None = None
    prefill: list[Key] = []  # pitch: earlier work the answer starts from (PREFILL_SOURCES), marked as taken over
    starts_from: Key | None = None  # pitch: an earlier field of the step this one repeats ("linked")

    @model_validator(mode="after")
    def _check_prefill(self) -> InputField:
        unknown = [name for name in self.prefill if name not in PREFILL_SOURCES]
        if unknown:
            raise ValueError(f"field {self.key!r}: prefill {', '.join(unknown)} is not one of {', '.join(PREFILL_SOURCES)}")
        return self


class Storyboard(_Strict):
    """How many panels a pitch's storyboard has (the workbook suggests one; the app keeps it in bounds)."""

    min_panels: PositiveInt
    max_panels: PositiveInt

    @model_validator(mode="after")
    def _check_bounds(self) -> Storyboard:
        if self.min_panels > self.max_panels:
            raise ValueError(f"storyboard: min_panels {self.min_panels} is more than max_panels {self.max_panels}")
        return self


class Task(_Strict):
    """A task of the pitch the team may split among its members (storyboard, rehearsal, ...)."""

    key: Key
    title: Text


class Section(_Strict):
    key: Key
    title: Text


class Timeline(_Strict):
    """The Crystal Ball's line from ``start`` ("Nu") to ``end`` (the ideal situation), and what is
    asked about each moment on it: ``milestone_fields`` for every milestone, ``end_fields`` for the
    end card. Their keys are the keys of Milestone.answers."""

    start: Text
    end: Text
    milestone_fields: list[InputField] = []
    end_fields: list[InputField] = []

    @model_validator(mode="after")
    def _check_fields(self, info: ValidationInfo) -> Timeline:
        if not stored(info) and not (self.milestone_fields and self.end_fields):
            raise ValueError("a timeline needs milestone_fields and end_fields (what each moment answers)")
        unique("milestone_fields", [f.key for f in self.milestone_fields])
        unique("end_fields", [f.key for f in self.end_fields])
        return self
