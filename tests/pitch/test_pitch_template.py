"""The pitch step's settings in the template: sources an answer starts from, links between questions,
the tasks and the storyboard's bounds — a wrong one is refused with the file, the key and the problem."""

from __future__ import annotations

import pytest

from app.day.template_file import TemplateError, parse_template
from app.paths import template_path


def _broken(replace: str, by: str) -> str:
    source = template_path("staatsprint").read_text(encoding="utf-8")
    assert replace in source, replace
    return source.replace(replace, by, 1)


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        ('prefill = ["chosen_idea"]', 'prefill = ["horoscope"]', "prefill horoscope is not one of problem_statement"),
        ('starts_from = "who_needed"', 'starts_from = "yell"', "field 'needs' starts from 'yell', which is not an earlier field"),
        ('storyboard = { min_panels = 3, max_panels = 8 }', 'storyboard = { min_panels = 9, max_panels = 8 }',
         "min_panels 9 is more than max_panels 8"),
        ('{ key = "flipover"', '{ key = "storyboard"', "the key 'storyboard' appears twice in tasks"),
    ],
)
def test_a_wrong_pitch_setting_is_refused_with_its_place(replace, by, expected):
    with pytest.raises(TemplateError) as caught:
        parse_template(_broken(replace, by), "staatsprint.toml")
    message = str(caught.value)
    assert message.startswith("staatsprint.toml: ") and "(pitch)" in message
    assert expected in message


def test_the_shipped_pitch_step_has_its_tasks_storyboard_and_links(staatsprint_template):
    pitch = staatsprint_template.step("pitch")
    assert [t.title.nl for t in pitch.tasks][0] == "Storyboard tekenen"
    links = {f.key: f.starts_from for f in pitch.fields if f.starts_from}
    assert links == {"needs": "who_needed", "how": "path", "cost_plan": "cost"}
