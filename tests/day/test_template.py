"""The Staatsprint template holds the workbook's day; broken templates are refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.day.template import VEHICLE_ZONES, StepKind
from app.day.template_file import TemplateError, load_template, parse_template
from tests.conftest import MINI_TEMPLATE

# (step key, kind, minutes) in the workbook's order.
WORKBOOK_STEPS = [
    ("braindump", StepKind.BRAIN_DUMP, 5),
    ("clustering", StepKind.CLUSTER, 10),
    ("knelpunten", StepKind.KNELPUNTEN, 15),
    ("dot_vote", StepKind.DOT_VOTE, 5),
    ("vehicle", StepKind.VEHICLE, 35),
    ("hkw", StepKind.HKW, 5),
    ("themes", StepKind.CLUSTER, 10),
    ("theme_vote", StepKind.DOT_VOTE, 5),
    ("problem_statement", StepKind.PROBLEM_STATEMENT, 15),
    ("idea_race", StepKind.IDEA_RACE, 20),
    ("idea_vote", StepKind.DOT_VOTE, 30),
    ("crystal_ball", StepKind.CRYSTAL_BALL, 45),
    ("pitch", StepKind.PITCH, 55),
]


def test_every_workbook_step_is_in_the_template_with_its_kind_and_minutes(staatsprint_template):
    steps = [(s.key, s.kind, s.minutes) for s in staatsprint_template.steps()]
    assert steps == WORKBOOK_STEPS


def test_phases_have_the_workbook_clock_windows(staatsprint_template):
    windows = [(p.key, p.start, p.end) for p in staatsprint_template.phases]
    assert windows == [
        ("probleem", "10:30", "11:40"),
        ("definieren", "11:40", "12:15"),
        ("ideeen", "13:15", "14:50"),
        ("pitch", "14:50", "15:45"),
    ]


def test_programme_runs_from_opening_to_borrel(staatsprint_template):
    programme = staatsprint_template.programme
    assert [item.start for item in programme] == [
        "09:30", "09:40", "09:45", "10:15", "10:30", "11:40", "12:15", "12:30",
        "13:15", "14:50", "15:00", "15:45", "16:45", "17:00", "17:05",
    ]
    assert "Opening" in programme[0].title.nl
    assert "borrel" in programme[-1].title.nl.lower()
    assert [i.phase for i in programme if i.phase] == ["probleem", "definieren", "ideeen", "pitch"]


def test_vote_rules_are_named_values(staatsprint_template):
    t = staatsprint_template
    dots = t.step("dot_vote").rules
    assert (dots.budget_per_member, dots.several_per_item, dots.hidden_until_reveal) == (10, True, True)
    assert dots.votes_on.value == "knelpunten"
    themes = t.step("theme_vote").rules
    assert (themes.budget_per_member, themes.tie_breaker, themes.votes_on.value) == (2, "captain", "themes")
    ideas = t.step("idea_vote").rules
    assert (ideas.budget_per_member, ideas.keep_at_most, ideas.votes_on.value) == (3, 3, "ideas")
    assert t.step("braindump").rules.individual and t.step("braindump").rules.one_per_note
    assert t.step("hkw").rules.individual


def test_idea_race_is_two_silent_rounds_of_five_with_a_review(staatsprint_template):
    race = staatsprint_template.step("idea_race")
    assert [(p.key, p.minutes) for p in race.parts] == [("round1", 5), ("review", 10), ("round2", 5)]
    assert race.rules.prize_sheets == 2


def test_questions_examples_and_fields_are_complete(staatsprint_template):
    t = staatsprint_template
    assert len(t.step("braindump").questions) >= 7
    assert [f.key for f in t.step("knelpunten").fields] == ["who", "how", "where_when", "why"]
    assert len(t.step("hkw").examples) == 3
    assert all(e.nl.startswith("Hoe Kunnen We") for e in t.step("hkw").examples)
    assert [f.key for f in t.step("problem_statement").fields] == ["what", "owner", "activity", "result"]
    assert len(t.step("crystal_ball").questions) >= 5
    assert t.step("crystal_ball").rules.horizon_years == 5
    pitch = t.step("pitch")
    by_section = {s.key: [f.key for f in pitch.fields if f.section == s.key] for s in pitch.sections}
    assert len(by_section["pitch"]) == 7
    assert len(by_section["action_plan"]) == 9
    assert "yell" in by_section["finish"]
    assert len(t.result.action_plan) == 9


def test_vehicle_has_six_zones_each_with_questions_and_an_example(staatsprint_template):
    vehicle = staatsprint_template.step("vehicle")
    assert [z.key for z in vehicle.zones] == list(VEHICLE_ZONES)
    for zone in vehicle.zones:
        assert zone.questions and zone.example.nl and zone.example.en
    assert "burgemeester" in vehicle.zones[0].example.nl.lower()


def test_challenges_kennismaking_and_roles(staatsprint_template):
    t = staatsprint_template
    assert [c.key for c in t.challenges] == ["gemeentelijke_it", "markt_overheid", "it_personeel"]
    assert [len(c.consider) for c in t.challenges] == [7, 0, 3]
    assert all(c.question.nl and c.sections for c in t.challenges)
    assert [q.key for q in t.kennismaking.questions] == ["who", "organisation", "role", "motivation"]
    assert t.kennismaking.summary == "organisation"
    assert [r.key for r in t.roles] == ["captain", "timekeeper", "presenter"]
    assert t.role("presenter").may_wait


def test_every_text_exists_in_dutch_and_english(staatsprint_template):
    for step in staatsprint_template.steps():
        assert step.title.nl and step.title.en and step.instruction.nl and step.instruction.en
        assert len(step.instruction.nl) <= 120, f"{step.key}: the beamer line is too long"


def test_the_second_template_has_other_numbers(mini_template):
    assert mini_template.meta.key == "mini_sprint"
    assert [r.key for r in mini_template.roles] == ["captain", "timekeeper"]
    votes = [s for s in mini_template.steps() if s.kind == StepKind.DOT_VOTE]
    assert {v.rules.budget_per_member for v in votes} == {5, 3}
    assert mini_template.result is None


# -- bad templates ---------------------------------------------------------------
def _broken(replace: str, by: str) -> str:
    source = MINI_TEMPLATE.read_text(encoding="utf-8")
    assert replace in source, replace
    return source.replace(replace, by, 1)


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        ("minutes = 3\n", "minutes = 0\n", "minutes: Input should be greater than 0"),
        ("budget_per_member = 5", "budget_per_member = -2", "budget_per_member: Input should be greater than 0"),
        ('tie_breaker = "captain"', 'tie_breaker = "chairman"', "tie_breaker 'chairman' is not a role"),
        ('kind = "brain_dump"', 'kind = "brainstorm"', "kind: Input should be"),
        ("budget_per_member = 5, ", "", "a dot_vote step needs rules.budget_per_member"),
        ('[meta]\n', '[meta]\ntimezone = "Europe/Lutjebroek"\n', "unknown time zone 'Europe/Lutjebroek'"),
        ('summary = "werkplek"', 'summary = "schoenmaat"', "summary 'schoenmaat' is not one of the questions"),
        ('{ key = "werkplek"', '{ key = "intro"', "the key 'intro' appears twice in kennismaking.questions"),
        ("number = 2\n", "number = 1\n", "appears twice in challenge numbers"),
        ('start = "13:50"\nend = "14:30"', 'start = "13:30"\nend = "14:30"', "phase 'kiezen' starts (13:30) before phase 'verkennen' ends (13:40)"),
        ('kind = "phase"\nphase = "kiezen"', 'kind = "phase"', "an item of kind 'phase' names its phase"),
        ('prefix = { nl = "Hoe kunnen we", en = "How might we" }\n', "", "an hkw step needs a prefix"),
        ('statement = { nl = "{who} wil {goal}."', 'statement = { nl = "{who} wil {doel}."', "the statement names doel, which is not a field"),
        ('statement = { nl = "{who} wil {goal}.", en = "{who} wants {goal}." }\n', "", "a problem_statement step needs a statement"),
    ],
)
def test_a_broken_template_names_file_key_and_problem(replace, by, expected):
    with pytest.raises(TemplateError) as caught:
        parse_template(_broken(replace, by), "mini-sprint.toml")
    message = str(caught.value)
    assert message.startswith("mini-sprint.toml: ")
    assert expected in message


def test_the_message_names_the_step_by_its_key():
    with pytest.raises(TemplateError) as caught:
        parse_template(_broken("minutes = 3\n", "minutes = 0\n"), "mini-sprint.toml")
    assert "(ideas_dump)" in str(caught.value) and "phases[0]" in str(caught.value)


def test_toml_syntax_error_and_missing_file(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[meta\nkey = 1", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad.toml: not valid TOML"):
        load_template(bad)
    with pytest.raises(TemplateError, match=r"nothere.toml: file not found"):
        load_template(tmp_path / "nothere.toml")


def test_an_incomplete_template_lists_what_is_missing():
    with pytest.raises(TemplateError) as caught:
        parse_template('[meta]\nkey = "x"\n', "incomplete.toml")
    message = str(caught.value)
    for missing in ("meta.title: Field required", "programme: Field required", "phases: Field required"):
        assert missing in message


def test_steps_that_overflow_their_phase_are_refused():
    broken = _broken('end = "13:40"', 'end = "13:15"')
    with pytest.raises(TemplateError, match=r"its steps take 14 minutes, the window 13:10-13:15 has 5"):
        parse_template(broken, "mini-sprint.toml")
