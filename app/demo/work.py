"""The demo teams' work (resources/demo/staatsprint-demo-phase1*.toml): sticky notes laid out in their
clusters, knelpunten with answers and dots and what the dot vote kept, the vehicle, HKW questions and
their themes (the best HKW of a theme marked) — so a newcomer sees real work.

The rows are built in memory (``app.demo.rows``) and inserted a table at a time by the caller. The
dots are counted once, by the same rules a member placing them meets (``app.voting.voting.check_dot``)."""

from __future__ import annotations

import tomllib
from datetime import datetime
from math import ceil
from pathlib import Path

from app.board.board import COLOURS, clean_cluster_name, clean_note
from app.canvases import vehicle
from app.day.template import Rules, Step, Template, VoteTarget
from app.demo.rows import DemoTeam, Rows
from app.demo.states import StepStates
from app.event.teams import clean_answers
from app.outcomes.knelpunten import TITLE_MAX
from app.text import clean_line
from app.voting.voting import Ballot, check_dot, outcome
from db.models import Cluster, Knelpunt, Note, Selection, Vote

NOTE_W, NOTE_H, GAP, TITLE = 160.0, 120.0, 24.0, 34.0
PER_ROW = 3  # notes per row inside a cluster
CLUSTERS_PER_LINE = 3
ANSWER_KEYS = ("who", "how", "where_when", "why")


def load(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)["teams"]


def work_rows(rows: Rows, template: Template, teams: list[DemoTeam], work: list[dict], states: StepStates,
              now: datetime) -> None:
    """Every listed team's work of phase 1 and its HKWs and themes as rows, in the order the team made them."""
    for entry in work:
        team = teams[entry["team"] - 1]
        if entry.get("clusters"):
            _clustered_notes(rows, team, entry["notes"], entry["clusters"], "braindump", "clustering")
        else:
            _loose_notes(rows, team, "braindump", entry.get("notes", []))
        if entry.get("knelpunten"):
            _knelpunten_and_dots(rows, template, team, entry["knelpunten"], states, now)
        if entry.get("vehicle"):
            _vehicle(rows, team, entry["vehicle"])
        if entry.get("themes"):  # phase 2 under way: HKW notes bundled into themes
            _clustered_notes(rows, team, entry["hkw"], entry["themes"], "hkw", "themes")
        elif entry.get("hkw"):  # still writing HKW questions
            _loose_notes(rows, team, "hkw", entry["hkw"])


def note(team: DemoTeam, step_key: str, author: str | None, text: str, x: float, y: float, colour: str = "yellow",
         zone_key: str | None = None) -> Note:
    author_id = team.members.get(author)  # a name not in the team: a note without author
    return Note(team_id=team.id, step_key=step_key, author_id=author_id, author_name=author if author_id is not None else "",
                text=clean_note(text), colour=colour, x=x, y=y, zone_key=zone_key)


def _loose_notes(rows: Rows, team: DemoTeam, step_key: str, notes: list[dict]) -> None:
    for index, entry in enumerate(notes):
        x, y = (index % 6) * (NOTE_W + GAP), (index // 6) * (NOTE_H + GAP)
        rows.notes.append((note(team, step_key, entry["author"], entry["text"], x, y), None))


def _clustered_notes(rows: Rows, team: DemoTeam, all_notes: list[dict], all_clusters: list[dict],
                     note_step: str, cluster_step: str) -> None:
    """Each cluster a block of notes, three blocks to a line."""
    top, line_height = 0.0, 0.0
    for index, cluster in enumerate(all_clusters):
        inside = [n for n in all_notes if n.get("cluster") == cluster["name"]]
        rows_in = max(1, ceil(len(inside) / PER_ROW))
        width = PER_ROW * NOTE_W + (PER_ROW + 1) * GAP
        height = TITLE + GAP + rows_in * (NOTE_H + GAP)
        column = index % CLUSTERS_PER_LINE
        if column == 0 and index:
            top += line_height + 2 * GAP
            line_height = 0.0
        left = column * (width + 2 * GAP)
        line_height = max(line_height, height)
        made = Cluster(team_id=team.id, step_key=cluster_step, name=clean_cluster_name(cluster["name"]),
                       x=left, y=top, width=width, height=height)
        rows.clusters.append(made)
        for i, entry in enumerate(inside):
            x, y = left + GAP + (i % PER_ROW) * (NOTE_W + GAP), top + TITLE + GAP + (i // PER_ROW) * (NOTE_H + GAP)
            made_note = note(team, note_step, entry["author"], entry["text"], x, y, COLOURS[index % len(COLOURS)])
            made_note.best_of_cluster = entry.get("best", False)
            rows.notes.append((made_note, made))
        if sum(1 for entry in inside if entry.get("best")) > 1:
            raise ValueError(f"more than one best note in {cluster['name']!r}")


def _knelpunten_and_dots(rows: Rows, template: Template, team: DemoTeam, entries: list[dict], states: StepStates,
                         now: datetime) -> None:
    vote = next(s for s in template.steps() if s.rules.votes_on is VoteTarget.KNELPUNTEN)
    made = [
        Knelpunt(team_id=team.id, position=position, title=clean_line(entry["title"], TITLE_MAX, "knelpunt", required=True),
                 answers=clean_answers({key: entry[key] for key in ANSWER_KEYS if key in entry}))
        for position, entry in enumerate(entries)
    ]
    rows.knelpunten.extend(made)
    ballots = dots(vote.rules, list(team.members.values()), [entry.get("dots", 0) for entry in entries])
    for ballot in ballots:
        rows.votes.append((Vote(team_id=team.id, step_key=vote.key, voter_id=ballot.voter_id, target_id=0, dots=ballot.dots),
                           made[ballot.target_id]))
    states.reveal(team.id, vote, now)
    _kept_knelpunten(rows, vote, team, made, ballots)


def _kept_knelpunten(rows: Rows, vote: Step, team: DemoTeam, made: list[Knelpunt], ballots: list[Ballot]) -> None:
    """What the revealed dot vote keeps, stored as ``app.voting.vote_step.decide`` stores it: every
    knelpunt with dots, most first (rank 0 is the team's top knelpunt); a tie left to decide: the file is wrong."""
    result = outcome(vote.rules, ballots, list(range(len(made))))
    if result.tied:
        raise ValueError(f"{vote.key}: a tie at the cut that someone must break")
    rows.selections.extend((Selection(team_id=team.id, step_key=vote.key, target_id=0, rank=rank), made[index])
                           for rank, index in enumerate(result.kept))


def dots(rules: Rules, voters: list[int], wanted: list[int]) -> list[Ballot]:
    """The dots on each item (``wanted[i]``: item i's), placed one by one by whoever has most left
    (the first of them in the team's order), until nobody has any; each dot within ``rules``.
    One ballot per voter and item (target: the item's index), in the order first placed."""
    budget = {voter: rules.budget_per_member or 0 for voter in voters}
    placed: dict[tuple[int, int], int] = {}
    for target, count in enumerate(wanted):
        for _ in range(count):
            voter = max(budget, key=budget.get)
            if budget[voter] == 0:
                break
            check_dot(rules, [Ballot(v, t, n) for (v, t), n in placed.items()], voter, target)
            placed[(voter, target)] = placed.get((voter, target), 0) + 1
            budget[voter] -= 1
    return [Ballot(voter, target, count) for (voter, target), count in placed.items()]


def _vehicle(rows: Rows, team: DemoTeam, zones: dict[str, list[str]]) -> None:
    authors = list(team.members) or [None]
    for key, answers in zones.items():
        for index, text in enumerate(answers):
            x, y = vehicle.slot(key, index)
            rows.notes.append((note(team, "vehicle", authors[index % len(authors)], text, x, y, zone_key=key), None))
