"""The open outcomes' JSON Schema (``resources/outcomes.schema.json``, draft 2020-12) and the check of a
document against it, refused with a message that says where and what is wrong."""

from __future__ import annotations

import json
from functools import cache

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from app.errors import DomainError
from app.paths import resources_dir

SCHEMA_FILE = "outcomes.schema.json"


@cache
def schema() -> dict:
    return json.loads((resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


def check_outcomes(document: object) -> None:
    """Refuse a document that is not what ``outcomes_document`` writes: the first error, with its place."""
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    error = best_match(validator.iter_errors(document))
    if error is None:
        return
    place = "/".join(str(part) for part in error.absolute_path) or "the document"
    raise DomainError("outcomes_invalid", f"the outcomes document does not match {SCHEMA_FILE} at {place}: {error.message}",
                      place=place, reason=error.message)
