"""The problem statement: the winning theme and its best HKW, the team's answers to the step's
fields, and the one sentence they make ("… is eigenaar van …; zij moeten …; zodat …").

Plain functions without Qt: the problem statement's page, the phase gate, the beamer's
terugkoppeling and the pitch PDF all read the statement from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import select

from app.board.best_note import best_of
from app.day.privacy import is_anonymous, shown_name
from app.day.template import Step, StepKind, Template, VoteTarget
from app.storage.store import Store
from app.text import LONG_TEXT_MAX, clean_block
from app.voting.selection import decider_role
from app.voting.vote_step import is_revealed, result
from db.models import Answer, Cluster, Note, Selection

GAP = "…"  # where a field not answered yet stands in the sentence
_PLACEHOLDER = re.compile(r"{([a-z][a-z0-9_]*)}")


@dataclass(frozen=True)
class WinningTheme:
    """The theme the vote chose, the HKW that states it best ("" when none is marked), and
    whether a tie was broken, by whom."""

    cluster_id: int
    name: str
    hkw: str
    tie_break: bool = False
    decided_by_name: str = ""  # "" in an anonymous vote: then ``decided_by_role`` says who
    decided_by_role: str = ""  # the role (key) of who broke the tie, when the vote is anonymous


@dataclass(frozen=True)
class Preview:
    """The sentence, with ``GAP`` for each field still empty; ``missing``: those fields' keys."""

    text: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ProblemStatement:
    """Everything another view shows of a team's problem statement."""

    step: Step
    theme: WinningTheme | None
    answers: dict[str, str]
    preview: Preview


def statement_step(template: Template) -> Step | None:
    """The day's problem-statement step (the first), if the template has one."""
    return next((s for s in template.steps() if s.kind == StepKind.PROBLEM_STATEMENT), None)


def theme_vote(template: Template, step_key: str) -> Step | None:
    """The vote on themes nearest before ``step_key``: where its theme comes from."""
    steps = template.steps()
    earlier = steps[: [s.key for s in steps].index(step_key)]
    return next((s for s in reversed(earlier) if s.kind == StepKind.DOT_VOTE and s.rules.votes_on == VoteTarget.THEMES), None)


def winning_theme(store: Store, template: Template, event_id: int, team_id: int, step_key: str) -> WinningTheme | None:
    """The theme vote's kept theme of rank 0 (with its tie-break); before anything is kept, the
    revealed vote's clear winner; None while there is none."""
    vote = theme_vote(template, step_key)
    if vote is None:
        return None
    with store.read() as session:
        chosen = session.exec(select(Selection).where(Selection.team_id == team_id, Selection.step_key == vote.key)
                              .order_by(Selection.rank)).first()
        if chosen is not None:
            decider = _decider(store, template, event_id, team_id, vote, chosen.decided_by_name)
            return _theme(store, session, chosen.target_id, chosen.tie_break, decider)
    if not is_revealed(store, event_id, team_id, vote.key):
        return None
    outcome = result(store, template, team_id, vote)
    if not outcome.kept:
        return None
    with store.read() as session:
        return _theme(store, session, outcome.kept[0], False, ("", ""))


def _decider(store: Store, template: Template, event_id: int, team_id: int, vote: Step, name: str) -> tuple[str, str]:
    """Who broke the vote's tie as it may be shown: (name, "") — or ("", role) when the vote is anonymous."""
    anonymous = is_anonymous(store, template, event_id, team_id, vote.key)
    return shown_name(anonymous, name), decider_role(anonymous, name, vote)


def _theme(store: Store, session, cluster_id: int, tie_break: bool, decider: tuple[str, str]) -> WinningTheme | None:
    cluster = session.get(Cluster, cluster_id)
    if cluster is None:
        return None
    best = best_of(store, [cluster_id]).get(cluster_id)
    hkw = session.get(Note, best).text if best is not None else ""
    return WinningTheme(cluster_id, cluster.name, hkw, tie_break, *decider)


def answers(store: Store, team_id: int, step_key: str) -> dict[str, str]:
    with store.read() as session:
        rows = session.exec(select(Answer).where(Answer.team_id == team_id, Answer.step_key == step_key)).all()
    return {row.field_key: row.text for row in rows}


def save_answer(store: Store, team_id: int, step_key: str, field_key: str, text: str) -> None:
    """One field as typed (checked and trimmed); an unchanged text (or an empty one never typed) writes nothing."""
    clean = clean_block(text, LONG_TEXT_MAX, "answer")
    with store.write() as session:
        row = session.exec(select(Answer).where(Answer.team_id == team_id, Answer.step_key == step_key,
                                                Answer.field_key == field_key)).first()
        if (row.text if row is not None else "") == clean:
            return
        if row is None:
            row = Answer(team_id=team_id, step_key=step_key, field_key=field_key)
        row.text = clean
        session.add(row)


def sentence(pattern: str, given: dict[str, str]) -> Preview:
    """The pattern with each ``{field}`` filled by its answer on one line (a closing full stop
    dropped: the pattern has its own), ``GAP`` where a field is still empty."""
    missing = []

    def fill(match: re.Match) -> str:
        text = " ".join(given.get(match.group(1), "").split()).rstrip(" .;")
        if not text:
            missing.append(match.group(1))
            return GAP
        return text

    text = _PLACEHOLDER.sub(fill, pattern).replace(GAP + ".", GAP)  # "zodat …", not "zodat …."
    return Preview(text[:1].upper() + text[1:], tuple(dict.fromkeys(missing)))


def missing_labels(step: Step, preview: Preview, lang: str) -> list[str]:
    """The questions of the fields the sentence still misses, in the form's order."""
    return [f.label.get(lang) for f in step.fields if f.key in preview.missing]


def problem_statement(store: Store, template: Template, event_id: int, team_id: int, lang: str) -> ProblemStatement | None:
    """A team's problem statement as every view shows it; None when the template has no such step."""
    step = statement_step(template)
    if step is None or step.statement is None:
        return None
    given = answers(store, team_id, step.key)
    return ProblemStatement(step, winning_theme(store, template, event_id, team_id, step.key), given,
                            sentence(step.statement.get(lang), given))
