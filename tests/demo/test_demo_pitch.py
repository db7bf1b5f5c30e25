"""The demo in phase 4: one team's pitch finished and ready to export, another halfway."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest
from PIL import Image
from sqlalchemy import select

from app.day.template_file import parse_template
from app.demo.event import create_demo_event
from app.demo.pictures import SCENES, picture
from app.demo.pitch import pitch_rows
from app.demo.rows import DemoTeam, Rows
from app.event.events import event_template, get_event
from app.event.teams import team_views
from app.paths import template_path
from db.models import Answer, FinalChoice, PitchTask, StepState, StoryPanel

NOW = datetime(2026, 3, 11, 10, 59, 23, tzinfo=timezone.utc)  # 11:59 in Amsterdam: the demo's own moment


def _rows(store, model, *where) -> list:
    with store.read() as session:
        return list(session.exec(select(model).where(*where).order_by(model.id)).scalars())


@pytest.fixture
def pitching(store):
    """The demo's template and its teams at the pitch, the one furthest along (its timer started first) first."""
    event_id = create_demo_event(store, NOW)
    template = event_template(get_event(store, event_id))
    teams = [team for team in team_views(store, event_id, template) if team.current_step == "pitch"]
    started = {state.team_id: state.started_at for state in _rows(store, StepState, StepState.step_key == "pitch")}
    return template, sorted(teams, key=lambda team: started[team.id])


def _answers(store, team) -> dict[str, str]:
    return {a.field_key: a.text for a in _rows(store, Answer, Answer.team_id == team.id, Answer.step_key == "pitch")}


def test_the_team_furthest_along_has_every_pitch_answer_typed(store, pitching):
    template, (finished, _halfway) = pitching
    step = template.step("pitch")
    questions = template.challenge(finished.challenge_key).consider
    answers = _answers(store, finished)
    assert len(questions) == 3
    assert set(answers) == {field.key for field in step.fields} | {f"consider_{n}" for n in range(1, 4)}
    assert all(len(text.strip()) > 20 for text in answers.values())
    assert finished.name == "Talentenpool Publiek" and answers["yell"].endswith("Talentenpool Publiek!")
    [choice] = _rows(store, FinalChoice, FinalChoice.team_id == finished.id)
    assert "coöperatie" in choice.name and "coöperatie" in answers["idea"]  # the pitch follows from its final choice


def test_the_finished_team_split_every_task_and_has_its_presenter(store, pitching):
    template, (finished, _halfway) = pitching
    presenter = finished.holder("presenter")
    assert presenter is not None
    tasks = _rows(store, PitchTask, PitchTask.team_id == finished.id)
    by_task = {task.key: {t.member_id for t in tasks if t.task_key == task.key} for task in template.step("pitch").tasks}
    assert all(by_task.values()) and any(len(members) == 2 for members in by_task.values())
    assert set().union(*by_task.values()) <= {member.id for member in finished.members}
    assert by_task["presenting"] == {presenter.id} and all(t.step_key == "pitch" for t in tasks)


def test_the_finished_storyboard_has_five_panels_with_drawn_pictures(store, pitching):
    template, (finished, _halfway) = pitching
    panels = _rows(store, StoryPanel, StoryPanel.team_id == finished.id)
    bounds = template.step("pitch").storyboard
    assert [panel.position for panel in panels] == list(range(5)) and bounds.min_panels <= 5 <= bounds.max_panels
    for panel in panels:
        assert panel.caption and len(panel.caption) <= 120 and panel.text and panel.step_key == "pitch"
        opened = Image.open(io.BytesIO(panel.image))
        assert (opened.format, panel.image_type) == ("PNG", "png")
        assert opened.size == (panel.image_width, panel.image_height) == (800, 600)
    assert len({panel.image for panel in panels}) == 5  # five different pictures


def test_the_team_halfway_has_gaps_for_the_meter_and_work_to_take_over(store, pitching):
    template, (_finished, halfway) = pitching
    fields = template.step("pitch").fields
    answers = _answers(store, halfway)
    assert 0 < len(answers) < len(fields) // 2
    assert any(field.prefill for field in fields if field.key not in answers)  # shown as taken over from earlier work
    assert halfway.holder("presenter") is None
    panels = _rows(store, StoryPanel, StoryPanel.team_id == halfway.id)
    assert len(panels) == 2 and [panel.image_type for panel in panels] == ["png", ""]  # the second still without a photo
    tasks = {task.task_key for task in _rows(store, PitchTask, PitchTask.team_id == halfway.id)}
    assert tasks and tasks < {task.key for task in template.step("pitch").tasks}


def test_each_picture_is_a_drawing_on_white_made_once_per_process():
    for key in SCENES:
        drawn = picture(key)
        assert picture(key) is drawn
        image = Image.open(io.BytesIO(drawn.png)).convert("RGB")
        colours = image.getcolors(maxcolors=800 * 600)
        white = next(count for count, colour in colours if colour == (255, 255, 255))
        assert white > 0.6 * 800 * 600, key  # mostly white paper, a few lines and fills
    with pytest.raises(KeyError):
        picture("no_such_scene")


# The phase 4 file is checked as it is read: a pitch the template does not have is refused.

TEAM = DemoTeam(7, {"Ada": 1, "Bo": 2})


@pytest.fixture(scope="module")
def template():
    return parse_template(template_path("staatsprint").read_text(encoding="utf-8"), "staatsprint.toml")


@pytest.mark.parametrize(("entry", "says"), [
    ({"answers": {"slogan": "Kort"}}, "no fields"),
    ({"consider": ["a", "b", "c", "d"]}, "'neem ook mee'"),
    ({"tasks": {"dancing": ["Ada"]}}, "no tasks"),
    ({"tasks": {"flipover": ["Cas"]}}, "not each a member"),
    ({"panels": [{"caption": f"Vak {n}"} for n in range(9)]}, "do not fit the storyboard"),
])
def test_a_pitch_the_template_does_not_have_is_refused(template, entry, says):
    with pytest.raises(ValueError, match=says):
        pitch_rows(Rows(), template, [TEAM], ["it_personeel"], [{"team": 1, **entry}])


def test_blank_answers_are_no_rows_and_the_questions_are_numbered_from_one(template):
    rows = Rows()
    entry = {"team": 1, "answers": {"idea": "Een pool", "yell": "  "}, "consider": ["", "Eerst de pool"]}
    pitch_rows(rows, template, [TEAM], ["it_personeel"], [entry])
    assert [(a.field_key, a.text) for a in rows.answers] == [("idea", "Een pool"), ("consider_2", "Eerst de pool")]
