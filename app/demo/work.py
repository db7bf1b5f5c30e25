"""The demo teams' work (resources/demo/staatsprint-demo-phase1.toml): sticky notes laid out in their
clusters, knelpunten with answers and dots, the vehicle, HKW questions — so a newcomer sees real work.

The rows are built in memory and inserted a table at a time (clusters and knelpunten first, whose
ids the notes and the dots name), inside the caller's transaction. The dots are counted once, by the
same rules a member placing them meets (``app.voting.voting.check_dot``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from math import ceil
from pathlib import Path

from sqlmodel import Session

from app.board.board import COLOURS, clean_cluster_name, clean_note
from app.canvases import vehicle
from app.day.template import Rules, Template, VoteTarget
from app.demo.states import StepStates
from app.event.teams import clean_answers
from app.outcomes.knelpunten import TITLE_MAX
from app.storage.store import Store, insert_many
from app.text import clean_line
from app.voting.voting import Ballot, check_dot
from db.models import Cluster, Knelpunt, Note, Vote

NOTE_W, NOTE_H, GAP, TITLE = 160.0, 120.0, 24.0, 34.0
PER_ROW = 3  # notes per row inside a cluster
CLUSTERS_PER_LINE = 3
ANSWER_KEYS = ("who", "how", "where_when", "why")


@dataclass(frozen=True)
class DemoTeam:
    """A demo team as made: its id and its members' ids by name, in the team's order."""

    id: int
    members: dict[str, int]


@dataclass
class _Rows:
    """The work's rows, in the order they are made (ids follow it, table by table)."""

    clusters: list[Cluster] = field(default_factory=list)
    knelpunten: list[Knelpunt] = field(default_factory=list)
    notes: list[tuple[Note, Cluster | None]] = field(default_factory=list)  # a note and the cluster it is in
    votes: list[tuple[Vote, Knelpunt]] = field(default_factory=list)  # a member's dots and their knelpunt


def load(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)["teams"]


def add_work(store: Store, session: Session, template: Template, teams: list[DemoTeam], work: list[dict], states: StepStates,
             now: datetime) -> None:
    """Put each listed team's work on its boards: one insert per table, in the caller's transaction."""
    rows = _work_rows(template, teams, work, states, now)
    insert_many(store, session, rows.clusters, "team_id", "step_key", "x", "y")  # each cluster has its place
    insert_many(store, session, rows.knelpunten, "team_id", "position")
    for note, cluster in rows.notes:
        note.cluster_id = cluster.id if cluster is not None else None
    for vote, knelpunt in rows.votes:
        vote.target_id = knelpunt.id
    insert_many(store, session, [note for note, _cluster in rows.notes])
    insert_many(store, session, [vote for vote, _knelpunt in rows.votes])


def _work_rows(template: Template, teams: list[DemoTeam], work: list[dict], states: StepStates, now: datetime) -> _Rows:
    """Every team's work as rows, in the order the team would have made it."""
    rows = _Rows()
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
    return rows


def _note(team: DemoTeam, step_key: str, author: str | None, text: str, x: float, y: float, colour: str = "yellow",
          zone_key: str | None = None) -> Note:
    author_id = team.members.get(author)  # a name not in the team: a note without author
    return Note(team_id=team.id, step_key=step_key, author_id=author_id, author_name=author if author_id is not None else "",
                text=clean_note(text), colour=colour, x=x, y=y, zone_key=zone_key)


def _loose_notes(rows: _Rows, team: DemoTeam, step_key: str, notes: list[dict]) -> None:
    for index, note in enumerate(notes):
        x, y = (index % 6) * (NOTE_W + GAP), (index // 6) * (NOTE_H + GAP)
        rows.notes.append((_note(team, step_key, note["author"], note["text"], x, y), None))


def _clustered_notes(rows: _Rows, team: DemoTeam, all_notes: list[dict], all_clusters: list[dict],
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
        for i, note in enumerate(inside):
            x, y = left + GAP + (i % PER_ROW) * (NOTE_W + GAP), top + TITLE + GAP + (i // PER_ROW) * (NOTE_H + GAP)
            rows.notes.append((_note(team, note_step, note["author"], note["text"], x, y, COLOURS[index % len(COLOURS)]), made))


def _knelpunten_and_dots(rows: _Rows, template: Template, team: DemoTeam, entries: list[dict], states: StepStates,
                         now: datetime) -> None:
    vote = next(s for s in template.steps() if s.rules.votes_on is VoteTarget.KNELPUNTEN)
    made = [
        Knelpunt(team_id=team.id, position=position, title=clean_line(entry["title"], TITLE_MAX, "knelpunt", required=True),
                 answers=clean_answers({key: entry[key] for key in ANSWER_KEYS if key in entry}))
        for position, entry in enumerate(entries)
    ]
    rows.knelpunten.extend(made)
    for ballot in dots(vote.rules, list(team.members.values()), [entry.get("dots", 0) for entry in entries]):
        rows.votes.append((Vote(team_id=team.id, step_key=vote.key, voter_id=ballot.voter_id, target_id=0, dots=ballot.dots),
                           made[ballot.target_id]))
    states.reveal(team.id, vote, now)


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


def _vehicle(rows: _Rows, team: DemoTeam, zones: dict[str, list[str]]) -> None:
    authors = list(team.members) or [None]
    for key, answers in zones.items():
        for index, text in enumerate(answers):
            x, y = vehicle.slot(key, index)
            rows.notes.append((_note(team, "vehicle", authors[index % len(authors)], text, x, y, zone_key=key), None))
