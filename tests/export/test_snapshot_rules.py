"""The snapshot reads every team's rows at once, so it applies the day's rules to those rows itself:
for every demo team it must agree with the rules the pages use (problem statement, winning theme,
kept items, dots, the Crystal Ball's ideas, the final choice, the leaderboard, the pitch's answers)."""

from __future__ import annotations

from app.canvases.milestones import kept_ideas
from app.day.template import StepKind, VoteTarget
from app.event.events import event_template, get_event
from app.export.snapshot import event_summary
from app.outcomes.final_choice import plan
from app.outcomes.problem_statement import problem_statement
from app.pitch.answers import pitch_sections
from app.race.standings import leaderboard
from app.voting.selection import kept_items
from app.voting.vote_step import is_revealed, result


def _step(template, kind, votes_on=None):
    return next(s for s in template.steps() if s.kind is kind and (votes_on is None or s.rules.votes_on is votes_on))


def test_every_demo_team_agrees_with_the_rules_the_pages_use(demo):
    store, event_id = demo.store, demo.event_id
    template = event_template(get_event(store, event_id))
    summary = event_summary(store, event_id, "nl", True, demo.now)
    theme_vote, knelpunt_vote = _step(template, StepKind.DOT_VOTE, VoteTarget.THEMES), _step(template, StepKind.DOT_VOTE, VoteTarget.KNELPUNTEN)
    crystal, race = _step(template, StepKind.CRYSTAL_BALL), _step(template, StepKind.IDEA_RACE)
    board = leaderboard(store, template, event_id, race.key, demo.now)
    checked_themes = 0
    for team in summary.teams:
        statement = problem_statement(store, template, event_id, team.team_id, "nl")
        assert team.problem.sentence == ("" if statement.preview.missing else statement.preview.text)
        assert team.winning_theme == (statement.theme.name if statement.theme else "")
        assert team.winning_hkw == (statement.theme.hkw if statement.theme else "")
        kept_themes = kept_items(store, template, event_id, team.team_id, theme_vote)
        assert [t.name for t in team.themes if t.kept] == sorted((k.label for k in kept_themes), key=[t.name for t in team.themes].index)
        assert {t.name: t.decided_by for t in team.themes if t.tie_break} == {k.label: k.decided_by_name for k in kept_themes if k.tie_break}
        checked_themes += len(kept_themes)
        if is_revealed(store, event_id, team.team_id, knelpunt_vote.key):
            dots = dict(result(store, template, team.team_id, knelpunt_vote).ranking)
            assert sorted(k.dots for k in team.knelpunten) == sorted(dots.values())
        assert [b.idea for b in team.crystal_balls] == [i.text for i in kept_ideas(store, template, team.team_id, crystal)]
        chosen = plan(store, template, team.team_id, crystal)
        assert team.chosen_idea == (chosen.title if chosen else "")
        standing = next(s for s in board.standings if s.counts.team_id == team.team_id)
        assert team.race.total == standing.counts.total
        assert team.sections == pitch_sections(store, template, event_id, team.team_id, "nl")
    assert checked_themes > 0


def test_the_race_is_provisional_without_a_winner_until_every_racing_team_has_finished(demo):
    from datetime import timedelta

    store, event_id = demo.store, demo.event_id
    template = event_template(get_event(store, event_id))
    race = _step(template, StepKind.IDEA_RACE)
    for now in (demo.now, demo.now + timedelta(hours=6)):
        board = leaderboard(store, template, event_id, race.key, now)
        races = [team.race for team in event_summary(store, event_id, "nl", True, now).teams]
        assert all(r.provisional == (not board.final) for r in races)
        assert any(r.winner for r in races) == (board.final and bool(board.leaders))
    assert not leaderboard(store, template, event_id, race.key, demo.now).final  # the demo's race still runs
    assert leaderboard(store, template, event_id, race.key, demo.now + timedelta(hours=6)).final
