"""The template's jury: the workbook's yardsticks as the default rubric, and a broken [jury] refused by name."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.day.template_file import TemplateError, parse_template
from app.event.events import create_event, event_template, get_event
from app.paths import template_path
from db.models import Event


def _source() -> str:
    return template_path("staatsprint").read_text(encoding="utf-8")


def test_the_rubric_is_the_workbooks_six_yardsticks_on_one_to_ten_with_equal_weights(staatsprint_template):
    jury = staatsprint_template.jury
    assert [c.key for c in jury.criteria] == ["problem", "idea", "plan", "impact", "unique", "pitch"]
    assert {(c.weight, c.min, c.max) for c in jury.criteria} == {(1, 1, 10)}
    for criterion in jury.criteria:  # the levels cover the scale without gaps
        covered = sorted(score for level in criterion.levels for score in range(level.min, level.max + 1))
        assert covered == list(range(1, 11))


def test_the_prize_pools_are_a_winner_per_challenge_then_the_overall_podium(staatsprint_template):
    pools = staatsprint_template.jury.pools
    assert [(p.key, p.per_challenge, p.places) for p in pools] == [("challenge", True, 1), ("overall", False, 3)]
    jury = staatsprint_template.jury
    assert (jury.deciding, jury.tie_break, jury.tie_criterion) == ("raw", ["head_to_head", "criterion", "chair"], "idea")
    assert jury.pitches_at == "15:45" and jury.minimum_jurors == 3


def _broken(replace: str, by: str) -> str:
    source = _source()
    assert replace in source, replace
    return source.replace(replace, by, 1)


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        ('pitches_at = "15:45"', 'pitches_at = "15:50"', "jury.pitches_at 15:50 is not the start of a programme item"),
        ('deciding = "raw"', 'deciding = "gemiddeld"', "jury.deciding is 'gemiddeld'"),
        ('tie_break = ["head_to_head", "criterion", "chair"]', 'tie_break = ["chair", "chair"]', "jury.tie_break takes each of"),
        ('tie_criterion = "idea"', 'tie_criterion = "charisma"', "jury.tie_criterion must be one of the criteria"),
        ('key = "problem"\n', 'key = "idea"\n', "the key 'idea' appears twice in jury.criteria"),
        ("weight = 1\nmin = 1\nmax = 10\nlevels = [\n  { min = 1, max = 3,", "weight = 0\nmin = 1\nmax = 10\nlevels = [\n  { min = 1, max = 3,", "weight: Input should be greater than 0"),
        ("min = 1\nmax = 10\n", "min = 10\nmax = 1\n", "min 10 is not below max 1"),
        ("{ min = 4, max = 5,", "{ min = 3, max = 5,", "its levels overlap"),
        ("{ min = 8, max = 10,", "{ min = 8, max = 12,", "level 8-12 is not within 1-10"),
    ],
)
def test_a_broken_jury_names_the_key_and_the_problem(replace, by, expected):
    with pytest.raises(TemplateError) as caught:
        parse_template(_broken(replace, by), "staatsprint.toml")
    assert expected in str(caught.value)


def test_an_older_event_without_a_jury_gets_the_shipped_one(store, staatsprint_template):
    event_id = create_event(store, _source(), date(2026, 3, 11))
    with store.write() as session:
        event = session.get(Event, event_id)
        stored = json.loads(event.template_json)
        stored.pop("jury")
        event.template_json = json.dumps(stored)
        session.add(event)
    assert event_template(get_event(store, event_id)).jury == staatsprint_template.jury


def test_an_older_event_whose_programme_lost_the_pitches_opens_without_a_jury(store):
    event_id = create_event(store, _source(), date(2026, 3, 11))
    with store.write() as session:
        event = session.get(Event, event_id)
        stored = json.loads(event.template_json)
        stored.pop("jury")
        stored["programme"] = [item for item in stored["programme"] if item["start"] != "15:45"]
        event.template_json = json.dumps(stored)
        session.add(event)
    assert event_template(get_event(store, event_id)).jury is None
