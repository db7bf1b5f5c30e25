"""An event carries the template it was made from; what later versions of that template added is
filled in when it is read, so an older event opens with every screen a newer Staatsprint has.

Only what was absent is added, from the shipped template of the same key, step by step (same step
key and kind): the HKW prefix, the problem statement's sentence, the Crystal Ball's questions, which
parts of the Idea Race are its rounds, the pitch's tasks, storyboard and links between its fields;
and the jury (rubric, prize pools, pitch minutes) as a whole. Nothing the event already holds is changed.
"""

from __future__ import annotations

import json
from functools import lru_cache

from app.paths import template_path

ADDED_TO_STEPS = ("prefix", "statement", "tasks", "storyboard")  # step fields a later template added
ADDED_TO_FIELDS = ("prefill", "starts_from")  # input-field settings a later template added
ADDED_TO_TIMELINES = ("milestone_fields", "end_fields")


def completed(stored_json: str, key: str) -> str:
    """``stored_json`` with what the shipped template ``key`` added since; itself when nothing is missing."""
    stored = json.loads(stored_json)
    lacking = [step for phase in stored.get("phases", []) for step in phase.get("steps", []) if _lacks(step)]
    shipped = _shipped_steps(key) if lacking else {}
    changed = _fill_jury(stored, key)
    for step in lacking:
        newer = shipped.get((step.get("key"), step.get("kind")))
        if newer is not None:
            changed |= _fill(step, newer)
    return json.dumps(stored) if changed else stored_json


def _lacks(step: dict) -> bool:
    timeline = step.get("timeline") or {}
    return (step.get("kind") == "hkw" and step.get("prefix") is None
            or step.get("kind") == "problem_statement" and step.get("statement") is None
            or step.get("kind") == "idea_race" and not (step.get("rules") or {}).get("race_rounds")
            or step.get("kind") == "pitch" and step.get("tasks") is None
            or bool(timeline) and not all(timeline.get(name) for name in ADDED_TO_TIMELINES))


def _fill(step: dict, newer: dict) -> bool:
    changed = False
    for name in ADDED_TO_STEPS:
        if step.get(name) is None and newer.get(name) is not None:
            step[name] = newer[name]
            changed = True
    changed |= _fill_fields(step, newer)
    rules, newer_rules = step.setdefault("rules", {}), newer.get("rules") or {}
    if not rules.get("race_rounds") and newer_rules.get("race_rounds"):
        rules["race_rounds"] = newer_rules["race_rounds"]
        changed = True
    timeline, newer_timeline = step.get("timeline"), newer.get("timeline")
    if timeline and newer_timeline:
        for name in ADDED_TO_TIMELINES:
            if not timeline.get(name) and newer_timeline.get(name):
                timeline[name] = newer_timeline[name]
                changed = True
    return changed


def _fill_fields(step: dict, newer: dict) -> bool:
    """The pitch's links between fields (``prefill``, ``starts_from``), for the fields of the same key."""
    changed = False
    newer_fields = {f["key"]: f for f in newer.get("fields") or []}
    for field in step.get("fields") or []:
        newer_field = newer_fields.get(field.get("key"), {})
        for name in ADDED_TO_FIELDS:
            if name not in field and name in newer_field:
                field[name] = newer_field[name]
                changed = True
    return changed


def _fill_jury(stored: dict, key: str) -> bool:
    """The shipped jury, for an event made before the template had one (when its programme still has
    the item the pitches happen in)."""
    if "jury" in stored:
        return False
    jury = _shipped(key).get("jury")
    starts = {item.get("start") for item in stored.get("programme", [])}
    if jury is None or jury["pitches_at"] not in starts:
        return False
    stored["jury"] = jury
    return True


def _shipped_steps(key: str) -> dict[tuple[str, str], dict]:
    """The shipped template's steps by (key, kind); empty when Staatsprint ships no template ``key``."""
    shipped = _shipped(key)
    return {(s["key"], s["kind"]): s for phase in shipped.get("phases", []) for s in phase["steps"]}


@lru_cache(maxsize=4)
def _shipped(key: str) -> dict:
    """The shipped template ``key`` as JSON; empty when Staatsprint ships no such template."""
    path = template_path(key)
    if not path.is_file():
        return {}
    from app.day.template_file import (
        load_template,  # only for an event that lacks something
    )

    return json.loads(load_template(path).model_dump_json())
