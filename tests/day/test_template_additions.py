"""An event made before its template gained a field opens with it: filled in from the shipped template."""

from __future__ import annotations

import json
from datetime import date

from app.day.template import StepKind
from app.event.events import create_event, event_template, get_event
from app.paths import template_path
from db.models import Event

ADDED = {"hkw": ("prefix",), "problem_statement": ("statement",), "pitch": ("tasks", "storyboard")}


def _as_an_older_event(store, event_id: int, key: str | None = None) -> None:
    """Strip what the template gained in issue 9 from the event's stored template (and maybe its key)."""
    with store.write() as session:
        event = session.get(Event, event_id)
        stored = json.loads(event.template_json)
        for phase in stored["phases"]:
            for step in phase["steps"]:
                for name in ADDED.get(step["kind"], ()):
                    step.pop(name, None)
                for field in step.get("fields") or []:
                    field.pop("prefill", None)
                    field.pop("starts_from", None)
                if step["kind"] == "idea_race":
                    step["rules"].pop("race_rounds", None)
                if step.get("timeline"):
                    step["timeline"].pop("milestone_fields", None)
                    step["timeline"].pop("end_fields", None)
        event.template_json = json.dumps(stored)
        if key is not None:
            event.template_key = key
        session.add(event)


def _source():
    return template_path("staatsprint").read_text(encoding="utf-8")


def test_an_older_event_gets_the_hkw_prefix_the_sentence_and_the_crystal_ball_questions(store, staatsprint_template):
    event_id = create_event(store, _source(), date(2026, 3, 11))
    _as_an_older_event(store, event_id)
    template = event_template(get_event(store, event_id))
    assert template.step("hkw").prefix == staatsprint_template.step("hkw").prefix
    assert template.step("problem_statement").statement == staatsprint_template.step("problem_statement").statement
    timeline = template.step("crystal_ball").timeline
    assert [f.key for f in timeline.milestone_fields] == ["roles", "changes", "added"]
    assert [f.key for f in timeline.end_fields] == ["goal"]
    assert template.step("idea_race").rules.race_rounds == ["round1", "round2"]  # the review is no round


def test_an_older_event_gets_the_pitch_tasks_storyboard_and_links_between_its_questions(store, staatsprint_template):
    event_id = create_event(store, _source(), date(2026, 3, 11))
    _as_an_older_event(store, event_id)
    pitch = event_template(get_event(store, event_id)).step("pitch")
    assert [t.key for t in pitch.tasks] == ["storyboard", "flipover", "rehearsal", "presenting", "questions"]
    assert (pitch.storyboard.min_panels, pitch.storyboard.max_panels) == (3, 8)
    fields = {f.key: f for f in pitch.fields}
    assert fields["needs"].starts_from == "who_needed" and fields["path"].prefill == ["crystal_path"]


def test_an_older_event_of_a_template_staatsprint_does_not_ship_opens_without_them(store):
    event_id = create_event(store, _source(), date(2026, 3, 11))
    _as_an_older_event(store, event_id, key="eigen_dag")
    template = event_template(get_event(store, event_id))
    assert template.step("hkw").prefix is None and template.step("problem_statement").statement is None
    assert [s.kind for s in template.steps()].count(StepKind.HKW) == 1


def test_what_the_event_holds_is_never_changed(store):
    event_id = create_event(store, _source(), date(2026, 3, 11))
    with store.write() as session:
        event = session.get(Event, event_id)
        stored = json.loads(event.template_json)
        hkw = next(s for p in stored["phases"] for s in p["steps"] if s["kind"] == "hkw")
        hkw["prefix"] = {"nl": "Hoe zouden we", "en": "How could we"}
        event.template_json = json.dumps(stored)
        session.add(event)
    assert event_template(get_event(store, event_id)).step("hkw").prefix.nl == "Hoe zouden we"
