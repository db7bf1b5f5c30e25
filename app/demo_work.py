"""The demo teams' work (resources/demo/staatsprint-demo-phase1.toml): sticky notes laid out in their
clusters, knelpunten with answers and dots, the vehicle, HKW questions — so a newcomer sees real work."""

from __future__ import annotations

import tomllib
from datetime import datetime
from math import ceil
from pathlib import Path

from app import board, vehicle
from app.knelpunten import add_knelpunt
from app.store import Store
from app.teams import TeamView
from app.template import Template
from app.vote_step import reveal
from app.voting import cast

NOTE_W, NOTE_H, GAP, TITLE = 160.0, 120.0, 24.0, 34.0
PER_ROW = 3  # notes per row inside a cluster
CLUSTERS_PER_LINE = 3


def load(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)["teams"]


def add_work(store: Store, template: Template, event_id: int, teams: list[TeamView], work: list[dict], now: datetime) -> None:
    """Put each listed team's work on its boards (inside the caller's transaction)."""
    for entry in work:
        team = teams[entry["team"] - 1]
        members = {m.name: m.id for m in team.members}
        if entry.get("clusters"):
            _clustered_notes(store, team.id, entry["notes"], entry["clusters"], "braindump", "clustering", members)
        else:
            _loose_notes(store, team.id, "braindump", entry.get("notes", []), members)
        if entry.get("knelpunten"):
            _knelpunten_and_dots(store, template, event_id, team, entry["knelpunten"], now)
        if entry.get("vehicle"):
            _vehicle(store, team, entry["vehicle"])
        if entry.get("themes"):  # phase 2 under way: HKW notes bundled into themes
            _clustered_notes(store, team.id, entry["hkw"], entry["themes"], "hkw", "themes", members)
        elif entry.get("hkw"):  # still writing HKW questions
            _loose_notes(store, team.id, "hkw", entry["hkw"], members)


def _loose_notes(store: Store, team_id: int, step_key: str, notes: list[dict], members: dict[str, int]) -> None:
    for index, note in enumerate(notes):
        x, y = (index % 6) * (NOTE_W + GAP), (index // 6) * (NOTE_H + GAP)
        board.add_note(store, team_id, step_key, members.get(note["author"]), note["text"], x, y)


def _clustered_notes(store: Store, team_id: int, all_notes: list[dict], all_clusters: list[dict],
                     note_step: str, cluster_step: str, members: dict[str, int]) -> None:
    """Each cluster a block of notes, three blocks to a line."""
    top, line_height = 0.0, 0.0
    for index, cluster in enumerate(all_clusters):
        inside = [n for n in all_notes if n.get("cluster") == cluster["name"]]
        rows = max(1, ceil(len(inside) / PER_ROW))
        width = PER_ROW * NOTE_W + (PER_ROW + 1) * GAP
        height = TITLE + GAP + rows * (NOTE_H + GAP)
        column = index % CLUSTERS_PER_LINE
        if column == 0 and index:
            top += line_height + 2 * GAP
            line_height = 0.0
        left = column * (width + 2 * GAP)
        line_height = max(line_height, height)
        note_ids = [
            board.add_note(store, team_id, note_step, members.get(note["author"]), note["text"],
                           left + GAP + (i % PER_ROW) * (NOTE_W + GAP), top + TITLE + GAP + (i // PER_ROW) * (NOTE_H + GAP),
                           colour=board.COLOURS[index % len(board.COLOURS)])
            for i, note in enumerate(inside)
        ]
        board.add_cluster(store, team_id, cluster_step, cluster["name"], (left, top, width, height), note_ids)


def _knelpunten_and_dots(store: Store, template: Template, event_id: int, team: TeamView, entries: list[dict], now: datetime) -> None:
    vote = next(s for s in template.steps() if s.rules.votes_on is not None and s.rules.votes_on.value == "knelpunten")
    budget = {m.id: vote.rules.budget_per_member for m in team.members}
    for entry in entries:
        answers = {key: entry[key] for key in ("who", "how", "where_when", "why") if key in entry}
        knelpunt = add_knelpunt(store, team.id, entry["title"], answers)
        for _ in range(entry.get("dots", 0)):  # dots from whoever still has some, in turn
            voter = max(budget, key=budget.get)
            if budget[voter] == 0:
                break
            cast(store, vote.rules, team.id, vote.key, voter, knelpunt)
            budget[voter] -= 1
    reveal(store, event_id, team.id, vote, now)


def _vehicle(store: Store, team: TeamView, zones: dict[str, list[str]]) -> None:
    authors = [m.id for m in team.members] or [None]
    for key, answers in zones.items():
        for index, text in enumerate(answers):
            x, y = vehicle.slot(key, index)
            board.add_note(store, team.id, "vehicle", authors[index % len(authors)], text, x, y, zone_key=key)
