"""The demo teams' work of phases 2 and 3 (resources/demo/staatsprint-demo-phase23.toml): the theme
vote with its winner (a tie broken by the captain), the problem statement, the Idea Race's ideas in
the rounds they count for, the idea vote with the ideas kept, their Crystal Balls and a final choice.

Rows are built in memory (``app.demo.rows``) by the shared conventions the screens read: a race
idea's ``part_key`` is the round whose running time holds its ``created_at`` ("" in the review),
"roundN:typed" when a scribe typed it in after round N; a hand-entered count is a ``RaceCount``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.day.template import Step, Template
from app.demo.rows import DemoTeam, Rows
from app.demo.states import StepStates
from app.demo.work import GAP, NOTE_H, NOTE_W, dots, note
from app.event.teams import clean_answers
from app.text import clean_line
from app.voting.vote_items import source_step
from db.models import (
    Answer,
    Cluster,
    FinalChoice,
    Milestone,
    Note,
    RaceCount,
    Selection,
    Vote,
)

THEME_VOTE, STATEMENT, RACE, IDEA_VOTE, CRYSTAL = "theme_vote", "problem_statement", "idea_race", "idea_vote", "crystal_ball"
ROUNDS = ("round1", "round2")  # the race's parts that count; ideas written in another (the review) count for none
MILESTONE_KEYS = ("roles", "changes", "added")
TITLE_MAX = 200
IDEAS_PER_LINE = 8  # the team's row of ideas, wrapped


def ideation_rows(rows: Rows, template: Template, teams: list[DemoTeam], work: list[dict], states: StepStates,
                  now: datetime) -> None:
    """Every listed team's phase 2 and 3 work as rows, after its HKWs and themes are in ``rows``."""
    for entry in work:
        team = teams[entry["team"] - 1]
        if "theme_vote" in entry:
            _theme_vote(rows, template, team, entry["theme_vote"])
        if "problem_statement" in entry:
            _problem_statement(rows, template.step(STATEMENT), team, entry["problem_statement"])
        if "race" in entry:
            states.ran(team.id, template, RACE, entry["race"]["started_minutes_ago"], now)
        if "ideas" in entry:
            ideas = _race_ideas(rows, team, entry["ideas"], states.windows(team.id, RACE, now))
            rows.race_counts.extend(RaceCount(team_id=team.id, step_key=RACE, part_key=count["part"], count=count["count"],
                                              entered_by=count["by"], entered_by_name=count.get("name", ""))
                                    for count in entry.get("race_counts", []))
            kept = _idea_vote(rows, template.step(IDEA_VOTE), team, entry["ideas"], ideas)
            _crystal_balls(rows, template.step(CRYSTAL), team, entry.get("crystal_balls", []), kept, now)
            if "final_choice" in entry:
                _final_choice(rows, team, entry["final_choice"], kept)


def _theme_vote(rows: Rows, template: Template, team: DemoTeam, vote: dict) -> None:
    """The team's dots on its themes and the winner; a tie for first is the captain's to break."""
    step = template.step(THEME_VOTE)
    source = source_step(template, step)
    themes = [c for c in rows.clusters if c.team_id == team.id and c.step_key == source.key]
    ballots = dots(step.rules, list(team.members.values()), vote["dots"])
    rows.votes.extend((Vote(team_id=team.id, step_key=step.key, voter_id=b.voter_id, target_id=0, dots=b.dots),
                       themes[b.target_id]) for b in ballots)
    winner = next(i for i, theme in enumerate(themes) if theme.name == vote["winner"])
    _keep(rows, step, team, themes, vote["dots"], [winner])


def _keep(rows: Rows, step: Step, team: DemoTeam, items: list[Cluster | Note], counts: list[int],
          kept: list[int]) -> None:
    """The items a vote kept (``kept``: their indexes, best first); picking among equal counts at the
    cut is a tie-break by the step's tie-breaker (the captain). A kept item with fewer dots than one
    left out: the file is wrong."""
    lowest = min(counts[i] for i in kept)
    left_out = [count for i, count in enumerate(counts) if i not in kept]
    if left_out and max(left_out) > lowest:
        raise ValueError(f"{step.key}: an item with more dots than a kept one is left out")
    tied = lowest in left_out
    captain = team.roles[step.rules.tie_breaker or "captain"] if tied else None
    for rank, index in enumerate(kept):  # rank 0 first, as vote_step.decide stores it
        tie_break = tied and counts[index] == lowest
        rows.selections.append((Selection(team_id=team.id, step_key=step.key, target_id=0, rank=rank, tie_break=tie_break,
                                          decided_by_id=captain if tie_break else None,
                                          decided_by_name=team.name_of(captain) if tie_break else ""), items[index]))


def _problem_statement(rows: Rows, step: Step, team: DemoTeam, answers: dict[str, str]) -> None:
    keys = [field.key for field in step.fields]
    unknown = set(answers) - set(keys)
    if unknown:
        raise ValueError(f"{step.key} has no fields {sorted(unknown)}")
    rows.answers.extend(Answer(team_id=team.id, step_key=step.key, field_key=key, text=text)
                        for key, text in clean_answers(answers).items())


def _race_ideas(rows: Rows, team: DemoTeam, entries: list[dict], windows: dict[str, tuple[datetime, datetime]]) -> list[Note]:
    """The ideas (in ``entries``' order) in the row they were written: each created inside the
    part it was written in (spread evenly over it), a typed one just after its round ended."""
    made: dict[int, Note] = {}
    for part, (start, end) in windows.items():
        written = [i for i, e in enumerate(entries) if e["round"] == part and not e.get("typed")]
        for n, i in enumerate(written):
            made[i] = _idea(team, entries[i], start + (end - start) * (n + 0.5) / len(written), part if part in ROUNDS else "")
        typed = [i for i, e in enumerate(entries) if e["round"] == part and e.get("typed")]
        if typed and part not in ROUNDS:
            raise ValueError(f"ideas typed in after {part!r}, which is no round")
        for n, i in enumerate(typed):
            made[i] = _idea(team, entries[i], end + timedelta(seconds=20 * (n + 1)), f"{part}:typed")
    if len(made) != len(entries):
        raise ValueError("an idea of a race part that has not started")
    for place, idea in enumerate(sorted(made.values(), key=lambda idea: idea.created_at)):
        idea.x, idea.y = (place % IDEAS_PER_LINE) * (NOTE_W + GAP), (place // IDEAS_PER_LINE) * (NOTE_H + GAP)
        rows.notes.append((idea, None))
    return [made[i] for i in range(len(entries))]


def _idea(team: DemoTeam, entry: dict, created_at: datetime, part_key: str) -> Note:
    idea = note(team, RACE, entry["author"], entry["text"], 0.0, 0.0)
    idea.created_at = idea.updated_at = created_at
    idea.part_key = part_key
    return idea


def _idea_vote(rows: Rows, step: Step, team: DemoTeam, entries: list[dict], ideas: list[Note]) -> list[Note]:
    """Everyone's votes on the ideas, one per idea, and the ideas kept (``kept``: their rank)."""
    wanted = [entry.get("dots", 0) for entry in entries]
    ballots = dots(step.rules, list(team.members.values()), wanted)
    rows.votes.extend((Vote(team_id=team.id, step_key=step.key, voter_id=b.voter_id, target_id=0, dots=b.dots),
                       ideas[b.target_id]) for b in ballots)
    kept = sorted((i for i, entry in enumerate(entries) if "kept" in entry), key=lambda i: entries[i]["kept"])
    if [entries[i]["kept"] for i in kept] != list(range(1, len(kept) + 1)) or len(kept) > (step.rules.keep_at_most or 0):
        raise ValueError(f"{step.key}: the kept ideas are not ranked 1 to at most {step.rules.keep_at_most}")
    if kept:
        _keep(rows, step, team, ideas, wanted, kept)
    return [ideas[i] for i in kept]


def _crystal_balls(rows: Rows, step: Step, team: DemoTeam, balls: list[dict], kept: list[Note], now: datetime) -> None:
    """Each kept idea's timeline (``kept``: the idea's rank): its milestones, answering the step's
    questions about that moment, and the end card at the ideal situation."""
    horizon = step.rules.horizon_years or 0
    for ball in balls:
        idea = kept[ball["kept"] - 1]
        for card in ball.get("milestones", []):
            if not 0 <= card["years"] <= horizon:
                raise ValueError(f"a milestone at {card['years']} years is off the {horizon}-year timeline")
            rows.milestones.append((_card(team, step, "milestone", card["years"], card["title"],
                                          {key: card[key] for key in MILESTONE_KEYS if key in card}, now), idea))
        if "end" in ball:
            end = ball["end"]
            rows.milestones.append((_card(team, step, "end", horizon, end["title"], {"goal": end["goal"]}, now), idea))


def _card(team: DemoTeam, step: Step, kind: str, years: float, title: str, answers: dict[str, str],
          now: datetime) -> Milestone:
    return Milestone(team_id=team.id, step_key=step.key, idea_id=None, kind=kind, years=float(years),
                     title=clean_line(title, TITLE_MAX, "milestone", required=True), answers=clean_answers(answers),
                     created_at=now, updated_at=now)


def _final_choice(rows: Rows, team: DemoTeam, choice: dict, kept: list[Note]) -> None:
    """The idea (or named combination of kept ideas, by their rank) the team pitches, decided by its captain."""
    chosen = [kept[rank - 1] for rank in choice["kept"]]
    captain = team.roles["captain"]
    rows.choices.append((FinalChoice(team_id=team.id, step_key=CRYSTAL, idea_ids=[], name=choice.get("name", ""),
                                     decided_by_name=team.name_of(captain)), chosen))
