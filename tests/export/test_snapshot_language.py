"""The problem statement's sentence is the team's own, in the language it was written (the template's Dutch
pattern) whatever the dossier's language; the race says whether it is over."""

from __future__ import annotations

from app.day.template import StepKind
from app.event.events import event_template, get_event
from app.export.snapshot import event_summary
from app.race.standings import leaderboard


def test_an_english_snapshot_keeps_the_teams_dutch_problem_statement_whole(demo):
    dutch = event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    english = event_summary(demo.store, demo.event_id, "en", True, demo.now)
    written = [(nl.problem.sentence, en.problem.sentence) for nl, en in zip(dutch.teams, english.teams, strict=True) if nl.problem.sentence]
    assert written and all(nl == en for nl, en in written)
    assert not any(" owns " in en or "; they must " in en for _, en in written)  # no English pattern around Dutch answers
    questions = [q for t in english.teams for q, _ in t.problem.answers]
    assert questions and questions != [q for t in dutch.teams for q, _ in t.problem.answers]  # the questions follow the PDF


def test_the_race_says_whether_it_is_over(demo):
    template = event_template(get_event(demo.store, demo.event_id))
    step = next(s for s in template.steps() if s.kind is StepKind.IDEA_RACE)
    board = leaderboard(demo.store, template, demo.event_id, step.key, demo.now)
    summary = event_summary(demo.store, demo.event_id, "nl", True, demo.now)
    assert {t.race.final for t in summary.teams if t.race} == {board.final}
