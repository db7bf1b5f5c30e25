"""A team's people, problem statement, race, storyboard, tasks and what is still missing, as plain data.

Rules (besides those of ``snapshot_work``):
- a member's organisation is their answer to the kennismaking's ``summary`` question; their roles are
  the template's role titles in the template's order; the presenter is who holds the role "presenter";
- the problem statement is the step's sentence (``app.outcomes.problem_statement.sentence``): "" while a
  part is empty, and then the questions still empty are listed. The sentence is always built with the
  template's Dutch pattern (``CONTENT_LANG``): the teams write their answers in Dutch, the language the
  day runs in, so an English dossier shows the team's sentence as the team wrote it, not Dutch answers
  inside an English pattern; its questions are in the dossier's language;
- the race is the event's leaderboard (``app.race.standings.leaderboard`` at ``now``): the counts per
  round, the rank among the racing teams (None for a team that did not race), the winner once the race
  is final and the flip-over sheets it earned; provisional while not every racing team has finished;
- the storyboard is the pitch step's panels in order, pictures as stored; a task lists its members in
  the team's order, the presenter always on "presenting" (``app.pitch.tasks``); the yell is the pitch's
  answer "yell";
- without names (``with_names`` False) there are no members, presenter or task members.
"""

from __future__ import annotations

from app.day.template import StepKind, VoteTarget
from app.export.dossier_data import (
    Panel,
    Person,
    ProblemStatement,
    Race,
    RaceRound,
    Task,
    TeamDossier,
)
from app.export.snapshot_rows import TeamRows
from app.export.snapshot_words import say
from app.export.snapshot_work import Context
from app.outcomes.problem_statement import missing_labels, sentence, statement_step
from app.pitch.answers import completeness
from app.pitch.tasks import PRESENTER, PRESENTING
from app.race.standings import Leaderboard

YELL = "yell"  # the pitch's field of the team's yell
CONTENT_LANG = "nl"  # the language the teams write in (the UI's default): the problem statement's pattern


def members(ctx: Context, rows: TeamRows) -> tuple[Person, ...]:
    if not ctx.with_names:
        return ()
    summary = ctx.template.kennismaking.summary
    return tuple(Person(m.name, m.kennismaking.get(summary, "").strip() if summary else "",
                        tuple(ctx.template.role(key).title.get(ctx.lang) for key in m.roles))
                 for m in rows.team.members)


def presenter(ctx: Context, rows: TeamRows) -> str:
    holder = rows.team.holder(PRESENTER)
    return holder.name if holder is not None and ctx.with_names else ""


def problem(ctx: Context, rows: TeamRows) -> ProblemStatement | None:
    step = statement_step(ctx.template)
    if step is None or step.statement is None:
        return None
    given = rows.step_answers(step.key)
    preview = sentence(step.statement.get(CONTENT_LANG), given)
    return ProblemStatement("" if preview.missing else preview.text,
                            tuple((f.label.get(ctx.lang), given.get(f.key, "")) for f in step.fields),
                            tuple(missing_labels(step, preview, ctx.lang)))


def race(ctx: Context, rows: TeamRows, board: Leaderboard | None) -> Race | None:
    step = ctx.step_of(StepKind.IDEA_RACE)
    standing = next((s for s in board.standings if s.counts.team_id == rows.team.id), None) if board else None
    if step is None or standing is None:
        return None
    titles = {p.key: p.title.get(ctx.lang) for p in step.parts}
    counts = standing.counts
    winner = any(w.counts.team_id == rows.team.id for w in board.winners)
    return Race(tuple(RaceRound(titles.get(key, key), count.total) for key, count in counts.rounds.items()), counts.total,
                standing.rank if counts.racing else None, sum(1 for s in board.standings if s.counts.racing), winner,
                (board.prize_sheets or 1) if winner else 1, board.final)


def storyboard(ctx: Context, rows: TeamRows) -> tuple[Panel, ...]:
    step = ctx.step_of(StepKind.PITCH)
    return tuple(Panel(p.caption, p.text, p.image, p.image_type, p.image_width, p.image_height)
                 for p in rows.panels if step is not None and p.step_key == step.key)


def tasks(ctx: Context, rows: TeamRows) -> tuple[Task, ...]:
    step = ctx.step_of(StepKind.PITCH)
    if step is None:
        return ()
    order = [m.id for m in rows.team.members]
    names = {m.id: m.name for m in rows.team.members}
    made = []
    for task in step.tasks:
        ids = {t.member_id for t in rows.tasks if t.step_key == step.key and t.task_key == task.key and t.member_id in names}
        if task.key == PRESENTING and (holder := rows.team.holder(PRESENTER)) is not None:
            ids.add(holder.id)  # the presenter always presents (app.pitch.tasks)
        ids = sorted(ids, key=order.index)
        made.append(Task(task.title.get(ctx.lang), tuple(names[i] for i in ids) if ctx.with_names else ()))
    return tuple(made)


def yell(dossier_sections) -> str:
    return next((a.text for s in dossier_sections for a in s.answers if a.key == YELL), "")


def missing(ctx: Context, rows: TeamRows, d: TeamDossier) -> tuple[str, ...]:
    """What is still empty, in words, in the order of the day (only for the steps the day has)."""
    lang, gaps = ctx.lang, []
    if not rows.team.members:
        gaps.append(say("no_members", lang))
    if ctx.step_of(StepKind.KNELPUNTEN) and not d.knelpunten:
        gaps.append(say("no_knelpunten", lang))
    if d.vehicle and not any(z.notes for z in d.vehicle):
        gaps.append(say("no_vehicle", lang))
    if ctx.step_of(StepKind.DOT_VOTE, VoteTarget.THEMES) and not d.winning_theme:
        gaps.append(say("no_theme", lang))
    if d.problem is not None and not d.problem.sentence:
        gaps.append(say("no_statement", lang))
    if ctx.step_of(StepKind.IDEA_RACE):
        gaps += [say("no_ideas", lang)] if not d.ideas else [say("no_kept_ideas", lang)] if not any(i.kept for i in d.ideas) else []
    if ctx.step_of(StepKind.CRYSTAL_BALL) and not d.chosen_idea:
        gaps.append(say("no_choice", lang))
    answered, asked = completeness(d.sections)
    if answered < asked:
        gaps.append(say("unanswered", lang, count=asked - answered, asked=asked))
    pitch = ctx.step_of(StepKind.PITCH)
    if pitch is not None and pitch.storyboard is not None and len(d.storyboard) < pitch.storyboard.min_panels:
        gaps.append(say("storyboard_short", lang, count=len(d.storyboard), minimum=pitch.storyboard.min_panels))
    if any(r.key == PRESENTER for r in ctx.template.roles) and rows.team.holder(PRESENTER) is None:
        gaps.append(say("no_presenter", lang))
    return tuple(gaps)
