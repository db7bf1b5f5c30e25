"""The pitch's task split: which members take on which of the pitch step's tasks (storyboard, flip-over,
rehearsal, presenting, the jury's questions). A task may have several members, a member several tasks.

The presenter and the task "presenting" never disagree: the member with the role "presenter" always
presents (the split shows them ticked, and unticking them is refused: choose another presenter first);
others may be ticked to present with them. So choosing a presenter is all it takes to tick them, and
a new presenter takes the old one's place without leaving the old one ticked by accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.day.template import Step, Template
from app.errors import DomainError
from app.event.teams import set_role
from app.pitch.answers import pitch_step
from app.storage.store import Store, existing
from db.models import Member, PitchTask, TeamRole

PRESENTING = "presenting"  # the template's task the presenter role stands for
PRESENTER = "presenter"  # the template's role


@dataclass(frozen=True)
class TaskLine:
    key: str
    title: str  # in the language asked for
    member_ids: tuple[int, ...]  # in the team's member order
    presenter_id: int | None = None  # on the "presenting" line: the presenter, who is always on it


def task_split(store: Store, template: Template, team_id: int, lang: str) -> tuple[TaskLine, ...]:
    """The pitch step's tasks, each with the members who take it on (the presenter on "presenting")."""
    step = pitch_step(template)
    if step is None:
        return ()
    with store.read() as session:
        order = [m.id for m in session.exec(select(Member).where(Member.team_id == team_id).order_by(Member.position, Member.id)).all()]
        rows = session.exec(select(PitchTask).where(PitchTask.team_id == team_id, PitchTask.step_key == step.key)).all()
        presenter = _presenter(session, team_id) if _coupled(template, step) else None
    taken: dict[str, set[int]] = {}
    for row in rows:
        taken.setdefault(row.task_key, set()).add(row.member_id)
    lines = []
    for task in step.tasks:
        members = set(taken.get(task.key, set()))
        on_line = presenter if task.key == PRESENTING else None
        if on_line is not None:
            members.add(on_line)
        lines.append(TaskLine(task.key, task.title.get(lang), tuple(m for m in order if m in members), on_line))
    return tuple(lines)


def split_count(lines: tuple[TaskLine, ...]) -> tuple[int, int]:
    """(tasks with at least one member, tasks)."""
    return sum(1 for line in lines if line.member_ids), len(lines)


def assign(store: Store, template: Template, team_id: int, task_key: str, member_id: int) -> bool:
    """Tick a member for a task; False (nothing written) when they already had it."""
    step = _step_with(template, task_key)
    with store.write() as session:
        _check_member(session, team_id, member_id)
        if _row(session, team_id, step.key, task_key, member_id) is not None:
            return False
        session.add(PitchTask(team_id=team_id, step_key=step.key, task_key=task_key, member_id=member_id))
    return True


def unassign(store: Store, template: Template, team_id: int, task_key: str, member_id: int) -> bool:
    """Untick a member for a task; False (nothing written) when they did not have it. The presenter
    cannot be unticked for "presenting"."""
    step = _step_with(template, task_key)
    with store.write() as session:
        _check_member(session, team_id, member_id)
        if task_key == PRESENTING and _coupled(template, step) and _presenter(session, team_id) == member_id:
            raise DomainError("presenter_presents", "the presenter presents: choose another presenter first")
        row = _row(session, team_id, step.key, task_key, member_id)
        if row is None:
            return False
        session.delete(row)
    return True


def presenter(store: Store, team_id: int) -> int | None:
    with store.read() as session:
        return _presenter(session, team_id)


def set_presenter(store: Store, template: Template, team_id: int, member_id: int | None) -> int | None:
    """Choose the presenter (None: leave it open); returns the one before, for undo. The presenter
    presents: the split shows them on "presenting" from now on."""
    before = presenter(store, team_id)
    set_role(store, team_id, PRESENTER, member_id, template)
    return before


def _coupled(template: Template, step: Step) -> bool:
    """Does this template have both the presenter role and the task "presenting"?"""
    return any(r.key == PRESENTER for r in template.roles) and any(t.key == PRESENTING for t in step.tasks)


def _presenter(session, team_id: int) -> int | None:
    role = session.exec(select(TeamRole).where(TeamRole.team_id == team_id, TeamRole.role_key == PRESENTER)).first()
    return role.member_id if role is not None else None


def _step_with(template: Template, task_key: str) -> Step:
    step = pitch_step(template)
    if step is None or all(t.key != task_key for t in step.tasks):
        raise DomainError("task_unknown", f"there is no pitch task {task_key!r}", task=task_key)
    return step


def _check_member(session, team_id: int, member_id: int) -> None:
    if existing(session, Member, member_id, "member").team_id != team_id:
        raise DomainError("member_other_team", "that member is in another team")


def _row(session, team_id: int, step_key: str, task_key: str, member_id: int) -> PitchTask | None:
    return session.exec(select(PitchTask).where(PitchTask.team_id == team_id, PitchTask.step_key == step_key,
                                                PitchTask.task_key == task_key, PitchTask.member_id == member_id)).first()
