"""Which of the dashboard's rows a committed batch of changes makes stale: the tables it changed, for the
teams it names — so a note of one team re-reads that team's notes, dots and race counts, not twenty teams'.
"""

from __future__ import annotations

from app.storage.feed import Change, resync_in

# What a tile shows comes from these tables (a pitch's completeness from the team's earlier work too).
DASHBOARD_TABLES = frozenset({"team", "member", "note", "vote", "step_state", "answer", "programme_item", "event",
                              "story_panel", "race_count", "knelpunt", "cluster", "selection", "milestone",
                              "final_choice", "team_role"})
# A pitch's completeness is the team's own work under the template: a timer, the programme and the event's
# own row leave it as it was (a template changed makes PitchFills read every pitch again itself).
KEEPS_PITCHES = frozenset({"step_state", "programme_item", "event"})
EVERY_TILE = frozenset({"member", "programme_item"})  # read in whole: a member may move between teams, the programme is everyone's


def what_changed(batch: tuple[Change, ...]) -> tuple[set[int], set[str]] | None:
    """The teams and the tables a batch changes on the dashboard (``app.dashboard.rows.read_again`` reads
    them); None: read everything again — a change that names no team (the event itself), a team made or removed."""
    if resync_in(batch):
        return None
    teams: set[int] = set()
    tables: set[str] = set()
    for change in batch:
        if change.table not in DASHBOARD_TABLES or (change.table == "step_state" and change.team_id is None):
            continue  # not on a tile (a plenary timer neither)
        tables.add(change.table)
        if change.table in EVERY_TILE:
            continue
        if change.team_id is None or (change.table == "team" and change.action != "update"):
            return None
        teams.add(change.team_id)
    return teams, tables


def pitches_changed(batch: tuple[Change, ...]) -> set[int] | None:
    """The teams whose pitch a batch may have changed (``PitchFills.forget``); None: every team's."""
    if resync_in(batch):
        return None
    teams: set[int] = set()
    for change in batch:
        if change.table not in DASHBOARD_TABLES or change.table in KEEPS_PITCHES:
            continue
        if change.team_id is None:
            return None
        teams.add(change.team_id)
    return teams
