"""The team's work of phases 1–3 as plain data: the brain-dump board, the knelpunten, the vehicle, the
themes, the ideas and the Crystal Balls — from the rows of ``snapshot_rows``, with the day's rules:

- an author is "" wherever the step was anonymous (``TeamRows.anonymous``: the team's switch, else the
  template's rule, as ``app.day.privacy.is_anonymous``); a board shows no names when its notes' step or
  its clustering step is anonymous (as ``app.day.privacy.shown_anonymously``);
- dots are shown once the vote is revealed (or when its rules hide nothing), counted over the vote's
  items only (``app.voting.voting.outcome``);
- kept items are the vote's ``Selection`` rows in rank order (``app.voting.vote_step.kept``); the winning
  theme is the rank-0 kept theme, or before anything is kept the revealed vote's clear winner
  (``app.outcomes.problem_statement.winning_theme``); who broke a tie is shown by name, by role in an
  anonymous vote (``app.voting.selection.decider_role``), never when names are left out;
- the ideas are the idea race's notes; the Crystal Balls are the kept ideas' timelines in the order of
  time (``app.canvases.milestones``), labelled with the template's timeline texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.board.board import NoteView, note_source
from app.day.privacy import shown_name
from app.day.template import Step, StepKind, Template, VoteTarget
from app.export.dossier_data import Board, BoardCluster, BoardNote, CrystalBall, Idea, Knelpunt, Moment, Theme, VehicleZone
from app.export.snapshot_rows import TeamRows
from app.export.snapshot_words import say
from app.voting.selection import decider_role
from app.voting.vote_items import source_step
from app.voting.voting import outcome


@dataclass(frozen=True)
class Context:
    template: Template
    lang: str
    with_names: bool

    def step_of(self, kind: StepKind, votes_on: VoteTarget | None = None) -> Step | None:
        """The day's first step of ``kind`` (a vote: on ``votes_on``)."""
        return next((s for s in self.template.steps() if s.kind is kind and (votes_on is None or s.rules.votes_on is votes_on)), None)


def _author(ctx: Context, anonymous: bool, note: NoteView, names: dict[int, str]) -> str:
    return shown_name(anonymous or not ctx.with_names, note.author(names))


def _names(rows: TeamRows) -> dict[int, str]:
    return {m.id: m.name for m in rows.team.members}


def _note(ctx: Context, rows: TeamRows, note: NoteView, anonymous: bool) -> BoardNote:
    return BoardNote(note.id, note.text, note.x, note.y, note.colour, _author(ctx, anonymous, note, _names(rows)), note.cluster_id)


def board(ctx: Context, rows: TeamRows) -> Board | None:
    """The brain dump's notes where they lie, with the clusters of the step that bundles them."""
    dump = ctx.step_of(StepKind.BRAIN_DUMP)
    if dump is None:
        return None
    bundler = next((s for s in ctx.template.steps() if s.kind is StepKind.CLUSTER and s.rules.source == dump.key), None)
    keys = [dump.key] + ([bundler.key] if bundler else [])
    anonymous = any(rows.anonymous(ctx.template, key) for key in keys)
    clusters = rows.step_clusters(bundler.key) if bundler else []
    return Board(dump.title.get(ctx.lang), tuple(_note(ctx, rows, n, anonymous) for n in rows.step_notes(dump.key)),
                 tuple(BoardCluster(c.id, c.name, c.x, c.y, c.width, c.height) for c in clusters))


def _dots(rows: TeamRows, vote: Step | None, items: list[int]) -> dict[int, int]:
    """Each item's dots once the vote is revealed (or hides nothing); {} before."""
    if vote is None or (vote.rules.hidden_until_reveal and not rows.revealed(vote.key)):
        return {}
    return dict(outcome(vote.rules, [b for b in rows.ballots(vote.key) if b.target_id in items], items).ranking)


def knelpunten(ctx: Context, rows: TeamRows) -> tuple[Knelpunt, ...]:
    vote = ctx.step_of(StepKind.DOT_VOTE, VoteTarget.KNELPUNTEN)
    dots = _dots(rows, vote, [k.id for k in rows.knelpunten])
    kept = {s.target_id for s in rows.kept(vote.key)} if vote else set()
    names = {c.id: c.name for c in rows.clusters}
    return tuple(Knelpunt(k.title, dots.get(k.id, 0), k.id in kept, names.get(k.cluster_id, "")) for k in rows.knelpunten)


def vehicle(ctx: Context, rows: TeamRows) -> tuple[VehicleZone, ...]:
    step = ctx.step_of(StepKind.VEHICLE)
    if step is None:
        return ()
    anonymous = rows.anonymous(ctx.template, step.key)
    notes = rows.step_notes(step.key)
    return tuple(VehicleZone(z.key, z.title.get(ctx.lang), tuple(_note(ctx, rows, n, anonymous) for n in notes if n.zone_key == z.key))
                 for z in step.zones)


@dataclass(frozen=True)
class Themes:
    themes: tuple[Theme, ...] = ()
    winner: Theme | None = None
    tie_break: str = ""  # how the winner's tie was broken, in words


def themes(ctx: Context, rows: TeamRows) -> Themes:
    """The theme vote's themes with their dots, HKWs and best HKW; the winner and its tie-break."""
    vote = ctx.step_of(StepKind.DOT_VOTE, VoteTarget.THEMES)
    source = source_step(ctx.template, vote) if vote else None
    if vote is None or source is None:
        return Themes()
    clusters = rows.step_clusters(source.key)
    items = [c.id for c in clusters]
    dots = _dots(rows, vote, items)
    kept = {s.target_id: s for s in rows.kept(vote.key)}
    anonymous = rows.anonymous(ctx.template, vote.key)
    hkw_notes = rows.step_notes(note_source(source))
    made = {}
    for c in clusters:
        hkws = [n for n in hkw_notes if n.cluster_id == c.id]
        chosen = kept.get(c.id)
        decided = shown_name(anonymous or not ctx.with_names, chosen.decided_by_name) if chosen and chosen.tie_break else ""
        made[c.id] = Theme(c.name or "…", dots.get(c.id, 0), chosen is not None, bool(chosen and chosen.tie_break), decided,
                           tuple(n.text for n in hkws), next((n.text for n in hkws if n.best_of_cluster), ""))
    winner_id = _winner(rows, vote, items)
    winner = made.get(winner_id) if winner_id is not None else None
    return Themes(tuple(made.values()), winner, _tie_words(ctx, vote, kept.get(winner_id), anonymous) if winner else "")


def _winner(rows: TeamRows, vote: Step, items: list[int]) -> int | None:
    kept = rows.kept(vote.key)
    if kept:
        return kept[0].target_id
    if not rows.revealed(vote.key):
        return None
    result = outcome(vote.rules, [b for b in rows.ballots(vote.key) if b.target_id in items], items)
    return result.kept[0] if result.kept else None


def _tie_words(ctx: Context, vote: Step, chosen, anonymous: bool) -> str:
    if chosen is None or not chosen.tie_break:
        return ""
    role = decider_role(anonymous or not ctx.with_names, chosen.decided_by_name, vote)
    if role:
        return say("tie_by", ctx.lang, who=ctx.template.role(role).title.get(ctx.lang))
    name = shown_name(anonymous or not ctx.with_names, chosen.decided_by_name)
    return say("tie_by", ctx.lang, who=name) if name else say("tie_team", ctx.lang)


def chosen_ids(ctx: Context, rows: TeamRows) -> tuple[tuple[int, ...], str]:
    """The final choice's idea ids and its name ("" for one idea); ((), "") before the choice."""
    step = ctx.step_of(StepKind.CRYSTAL_BALL)
    row = next((c for c in rows.choices if step and c.step_key == step.key), None)
    return (tuple(row.idea_ids), row.name) if row else ((), "")


def ideas(ctx: Context, rows: TeamRows) -> tuple[Idea, ...]:
    """Every idea of the race with its votes: the kept ones first in rank order, then by votes."""
    vote = ctx.step_of(StepKind.DOT_VOTE, VoteTarget.IDEAS)
    source = source_step(ctx.template, vote) if vote else ctx.step_of(StepKind.IDEA_RACE)
    if source is None:
        return ()
    notes = rows.step_notes(source.key)
    dots = _dots(rows, vote, [n.id for n in notes])
    kept = [s.target_id for s in rows.kept(vote.key)] if vote else []
    chosen, _name = chosen_ids(ctx, rows)
    anonymous = rows.anonymous(ctx.template, source.key)
    order = sorted(notes, key=lambda n: (kept.index(n.id) if n.id in kept else len(kept), -dots.get(n.id, 0), n.id))
    return tuple(Idea(n.id, n.text, dots.get(n.id, 0), n.id in kept, n.id in chosen, _author(ctx, anonymous, n, _names(rows)))
                 for n in order)


def crystal_balls(ctx: Context, rows: TeamRows, all_ideas: tuple[Idea, ...]) -> tuple[CrystalBall, ...]:
    """Every kept idea's timeline, in the idea vote's rank order."""
    step = ctx.step_of(StepKind.CRYSTAL_BALL)
    if step is None or step.timeline is None:
        return ()
    labels = {"milestone": {f.key: f.label.get(ctx.lang) for f in step.timeline.milestone_fields},
              "end": {f.key: f.label.get(ctx.lang) for f in step.timeline.end_fields}}
    cards = [m for m in rows.milestones if m.step_key == step.key]
    balls = []
    for idea in (i for i in all_ideas if i.kept):
        moments = tuple(Moment(m.years, m.title, m.body, m.kind, _card_answers(labels.get(m.kind, {}), m.answers))
                        for m in sorted((m for m in cards if m.idea_id == idea.id), key=lambda m: (m.years, m.kind == "end", m.id)))
        balls.append(CrystalBall(idea.text, step.rules.horizon_years, step.timeline.start.get(ctx.lang),
                                 step.timeline.end.get(ctx.lang), moments, idea.chosen))
    return tuple(balls)


def _card_answers(labels: dict[str, str], answers: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """(question, answer) in the template's order; a key the template no longer asks keeps its key."""
    known = [(labels[key], answers[key]) for key in labels if answers.get(key, "").strip()]
    return tuple(known + [(key, text) for key, text in answers.items() if key not in labels and text.strip()])
