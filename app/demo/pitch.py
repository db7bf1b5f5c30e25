"""The demo teams' pitches (resources/demo/staatsprint-demo-phase4.toml): the pitch step's answers, the
challenge's "neem ook mee" questions answered, the pitch's tasks split among the members and the
storyboard, its pictures drawn by the app (``app.demo.pictures``).

Rows are built in memory (``app.demo.rows``) by the conventions the pitch page and the exports read:
a pitch answer is an ``Answer`` of the pitch step under its field's key, the challenge's questions
under "consider_1", "consider_2", ... (1-based, in the challenge's order); a blank answer is no row.
"""

from __future__ import annotations

from app.day.template import Step, Template
from app.demo.pictures import picture
from app.demo.rows import DemoTeam, Rows
from app.event.teams import clean_answers
from app.text import LONG_TEXT_MAX, clean_block, clean_line
from db.models import Answer, PitchTask, StoryPanel

PITCH = "pitch"
CAPTION_MAX = 120  # story_panel.caption


def consider_key(number: int) -> str:
    """The answer key of the challenge's ``number``-th "neem ook mee" question (1-based)."""
    return f"consider_{number}"


def pitch_rows(rows: Rows, template: Template, teams: list[DemoTeam], challenges: list[str], work: list[dict]) -> None:
    """Every listed team's pitch as rows (``challenges``: each team's challenge key, in the teams' order)."""
    step = template.step(PITCH)
    for entry in work:
        index = entry["team"] - 1
        team = teams[index]
        _answers(rows, step, team, entry.get("answers", {}))
        _considered(rows, step, team, len(template.challenge(challenges[index]).consider), entry.get("consider", []))
        _tasks(rows, step, team, entry.get("tasks", {}))
        _storyboard(rows, step, team, entry.get("panels", []))


def _answers(rows: Rows, step: Step, team: DemoTeam, answers: dict[str, str]) -> None:
    unknown = set(answers) - {field.key for field in step.fields}
    if unknown:
        raise ValueError(f"{step.key} has no fields {sorted(unknown)}")
    rows.answers.extend(Answer(team_id=team.id, step_key=step.key, field_key=key, text=text)
                        for key, text in clean_answers(answers).items())


def _considered(rows: Rows, step: Step, team: DemoTeam, questions: int, answers: list[str]) -> None:
    if len(answers) > questions:
        raise ValueError(f"{len(answers)} answers to the challenge's {questions} 'neem ook mee' questions")
    keyed = {consider_key(number): text for number, text in enumerate(answers, start=1)}
    rows.answers.extend(Answer(team_id=team.id, step_key=step.key, field_key=key, text=text)
                        for key, text in clean_answers(keyed).items())


def _tasks(rows: Rows, step: Step, team: DemoTeam, tasks: dict[str, list[str]]) -> None:
    unknown = set(tasks) - {task.key for task in step.tasks}
    if unknown:
        raise ValueError(f"{step.key} has no tasks {sorted(unknown)}")
    for task_key, names in tasks.items():
        strangers = [name for name in names if name not in team.members]
        if strangers or len(set(names)) != len(names):
            raise ValueError(f"task {task_key!r}: {strangers or names} not each a member of the team once")
        rows.tasks.extend(PitchTask(team_id=team.id, step_key=step.key, task_key=task_key, member_id=team.members[name])
                          for name in names)


def _storyboard(rows: Rows, step: Step, team: DemoTeam, panels: list[dict]) -> None:
    bounds = step.storyboard
    if bounds is None or len(panels) > bounds.max_panels:
        raise ValueError(f"{len(panels)} panels do not fit the storyboard of {step.key}")
    for position, panel in enumerate(panels):
        drawn = picture(panel["picture"]) if "picture" in panel else None
        rows.panels.append(StoryPanel(
            team_id=team.id, step_key=step.key, position=position,
            caption=clean_line(panel["caption"], CAPTION_MAX, "caption", required=True),
            text=clean_block(panel.get("text", ""), LONG_TEXT_MAX, "panel_text"),
            image=drawn.png if drawn else None, image_type="png" if drawn else "",
            image_width=drawn.width if drawn else 0, image_height=drawn.height if drawn else 0))
