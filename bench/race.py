"""The Idea Race as a team meets it: Enter until the new idea is in the row and in the count.

    python bench/race.py          (from the repository root; offscreen; well under a minute)

A database is prepared once (not timed): a Staatsprint event with six teams of five members, each
team already holding SEEDED ideas of round 1 (so the row, the counts and the six-team leaderboard
have something to read). Every figure then comes from RUNS fresh processes (bench/race_child.py),
each on its own copy of the database and preferences, started like ``app.main`` (database stack
before Qt, compiled ``.pyc`` files, ``build_window`` with the style sheet and Dutch, 1366 × 768).
In each child the facilitator's start signal starts round 1 for all six teams, the window opens on
the first team's race, and then (see bench/race_child.py):

race_note_on_screen_ms    a real Enter in the race's idea field until the race's row has handled a
                          paint event covering the new idea's card AND the big count shows the new
                          number — with the five other teams each writing an idea in the same
                          database just before (their changes handled, not timed); median and p95
                          of 15 ideas per child, over all children.
race_note_commit_ms       ``app.race.writing.add_idea`` alone: one committed transaction on SQLite
                          (the rule reads the team's timers, finds a free spot, inserts); median.

Not timed: starting the process, importing, opening the database, the start signal, building and
showing the window, the idle before typing, typing the idea's text, the other teams' ideas. There is
no bare-Qt floor for this figure; compare it with ``note_add_on_screen_ms`` of bench/board.py (the
same Enter on the board) taken in the same conditions. Conditions go to stderr.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import compile_sources, figure, median, p95, run_child  # noqa: E402

RUNS = 5
TEAMS = 6
MEMBERS = ("Sanne", "Emre", "Noëlle", "Ravi", "Joost")
SEEDED = 30  # ideas per team already in round 1
CHILD = ROOT / "bench" / "race_child.py"


def prepare(path: Path) -> tuple[int, list[int]]:
    """The event and its teams: (event id, team ids), the first team the one typing."""
    from sqlalchemy import insert

    from app.event.events import create_event
    from app.event.teams import add_member, add_team
    from app.paths import template_path
    from app.storage.database import open_store
    from db.models import Note
    from db.types import utcnow

    store = open_store(f"sqlite:///{path}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today(), "Race benchmark")
    teams = [add_team(store, event_id, None, f"Team {number + 1}") for number in range(TEAMS)]
    now = utcnow()
    rows = []
    for team_id in teams:
        authors = [add_member(store, team_id, name) for name in MEMBERS]
        rows += [{"team_id": team_id, "step_key": "idea_race", "author_id": authors[i % len(authors)], "author_name": MEMBERS[i % len(MEMBERS)],
                  "text": f"Idee {i + 1}", "colour": "yellow", "x": 0.0, "y": 0.0, "part_key": "round1", "version": 1,
                  "created_at": now, "updated_at": now} for i in range(SEEDED)]
    with store.engine.begin() as connection:
        connection.execute(insert(Note.__table__), rows)
    store.engine.dispose()
    return event_id, teams


def run(source: Path, folder: Path, event_id: int, teams: list[int]) -> dict:
    folder.mkdir()
    db = folder / "race.sqlite"
    shutil.copy(source, db)
    prefs = folder / "prefs.ini"
    prefs.write_text(f"[General]\nevent_id={event_id}\nteam_id={teams[0]}\npage=\nlang=nl\ntheme=light\n")
    return run_child(CHILD, str(db), str(prefs), str(event_id), *map(str, teams))


def main() -> int:
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="bench-race-") as tmp:
        scratch = Path(tmp)
        source = scratch / "race.sqlite"
        event_id, teams = prepare(source)
        results = [run(source, scratch / f"run{index}", event_id, teams) for index in range(RUNS)]
    typed = [value for result in results for value in result["typed"]]
    commits = [value for result in results for value in result["commits"]]
    figure("race_note_on_screen_ms", median(typed), "ms", 1)
    figure("race_note_on_screen_p95_ms", p95(typed), "ms", 1)
    figure("race_note_commit_ms", median(commits), "ms", 2)
    print(f"conditions: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, "
          f"{TEAMS} teams racing, {SEEDED} ideas each before the first Enter, {RUNS} children", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
