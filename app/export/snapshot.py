"""The data snapshot: a team's whole day (``team_dossier``) or the whole event (``event_summary``) read
from the database into the plain data of ``app/export/dossier_data.py``, in one language, with the
privacy rules applied — the one input of every PDF, the beamer's pitch mode and the open outcomes.

Every field comes from the day's existing rules (listed in ``snapshot_work`` and ``snapshot_team``):
- members with their organisation (the kennismaking's summary question) and role titles; the presenter;
- the problem statement's sentence and answers (``app.outcomes.problem_statement``);
- the brain-dump board (notes with places and colours, clusters), the knelpunten with their dots and the
  kept ones, the vehicle's zones and notes — authors "" where the step is anonymous (``app.day.privacy``);
- the themes with dots, kept, tie-break and who decided; the winning theme and its best HKW;
- the race counts per round, rank, winner and prize sheets (``app.race.standings.leaderboard`` at ``now``);
- the race's ideas with their votes, the kept ones and the chosen one; every kept idea's Crystal Ball;
- the storyboard, the pitch sections (``app.pitch.answers.pitch_sections``), the yell, the task split;
- ``missing``: what is still empty, in words, in the order of the day;
- ``made_at``: ``now`` on the event's clock (the template's meta.timezone), whatever the computer's zone;
- the jury's results once the winners are confirmed (``snapshot_jury``), and the jurors among the numbers.

The rows are read for every team at once (``snapshot_rows``), so a 20-team summary reads about as many
queries as one dossier, plus each team's pitch answers. ``with_names=False`` leaves out every person's
name and organisation (members, presenter, authors, who decided, task members); the counts stay.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from app.day.template import StepKind
from app.export import snapshot_team as team_part
from app.export import snapshot_work as work
from app.export.dossier_data import EventSummary, TeamDossier
from app.export.snapshot_jury import jury_part
from app.export.snapshot_rows import EventRows, TeamRows, load
from app.export.snapshot_words import say
from app.pitch.answers import pitch_sections
from app.race.standings import Leaderboard, leaderboard
from app.storage.store import Store

LANGUAGES = ("nl", "en")


def team_dossier(store: Store, event_id: int, team_id: int, lang: str, now: datetime) -> TeamDossier:
    """One team's whole day, with names."""
    rows = load(store, event_id, team_id)
    ctx = work.Context(rows.template, _lang(lang), True)
    return _dossier(store, rows, rows.teams[0], ctx, _race_board(store, rows, now), _on_event_clock(rows, now))


def event_summary(store: Store, event_id: int, lang: str, with_names: bool, now: datetime) -> EventSummary:
    """Every team's day and the day's numbers; ``with_names=False``: no person's name or organisation."""
    rows = load(store, event_id)
    ctx = work.Context(rows.template, _lang(lang), with_names)
    board = _race_board(store, rows, now)
    now = _on_event_clock(rows, now)
    teams = tuple(_dossier(store, rows, team, ctx, board, now) for team in rows.teams)
    race = ctx.step_of(StepKind.IDEA_RACE)
    event = rows.event
    jury = jury_part(store, event_id, rows.template, {t.team.id: (t.team.number, t.team.label("Team")) for t in rows.teams}, ctx.lang)
    return EventSummary(
        event.name, event.day, event.location, now, ctx.lang, with_names, teams,
        tuple(c.title.get(ctx.lang) for c in rows.template.challenges),
        participants=sum(len(t.team.members) for t in rows.teams),
        notes=sum(len(t.notes) for t in rows.teams),
        ideas=sum(len(t.step_notes(race.key)) for t in rows.teams) if race else 0,
        votes=sum(v.ballot.dots for t in rows.teams for v in t.votes),
        extra={say("jurors", ctx.lang): jury.jurors} if jury is not None and jury.confirmed else {}, jury=jury)


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "nl"


def _on_event_clock(rows: EventRows, now: datetime) -> datetime:
    """``now`` on the event's clock (the template's meta.timezone), as every PDF and the JSON print it."""
    return now.astimezone(ZoneInfo(rows.template.meta.timezone))


def _race_board(store: Store, rows: EventRows, now: datetime) -> Leaderboard | None:
    step = next((s for s in rows.template.steps() if s.kind is StepKind.IDEA_RACE), None)
    return leaderboard(store, rows.template, rows.event.id, step.key, now) if step else None


def _dossier(store: Store, rows: EventRows, team: TeamRows, ctx: work.Context, board: Leaderboard | None, now: datetime) -> TeamDossier:
    template, view = rows.template, team.team
    challenge = template.challenge(view.challenge_key) if view.challenge_key else None
    themes = work.themes(ctx, team)
    ideas = work.ideas(ctx, team)
    chosen_ids, chosen_name = work.chosen_ids(ctx, team)
    chosen = chosen_name or next((i.text for i in ideas if i.id in chosen_ids), "")
    sections = pitch_sections(store, template, rows.event.id, view.id, ctx.lang)
    dossier = TeamDossier(
        rows.event.name, rows.event.day, now, ctx.lang, view.id, view.number, view.name or "",
        challenge.title.get(ctx.lang) if challenge else "", challenge.question.get(ctx.lang) if challenge else "",
        members=team_part.members(ctx, team), presenter=team_part.presenter(ctx, team), yell=team_part.yell(sections),
        problem=team_part.problem(ctx, team), board=work.board(ctx, team), knelpunten=work.knelpunten(ctx, team),
        vehicle=work.vehicle(ctx, team), themes=themes.themes,
        winning_theme=themes.winner.name if themes.winner else "", winning_hkw=themes.winner.best_hkw if themes.winner else "",
        tie_break=themes.tie_break, race=team_part.race(ctx, team, board), ideas=ideas,
        crystal_balls=work.crystal_balls(ctx, team, ideas), chosen_idea=chosen,
        storyboard=team_part.storyboard(ctx, team), sections=sections, tasks=team_part.tasks(ctx, team),
        participants=len(view.members))
    return replace(dossier, missing=team_part.missing(ctx, team, dossier))
