"""The PDF benchmark's events: the demo event, and one of N teams made from the demo's teams.

The big event is the demo itself with its teams repeated (team 6 does what team 1 did, and so on,
under a name of its own), so every team has a real day behind it: board, votes, race, Crystal Balls.
Made through ``create_demo_event`` with its files read here and handed over in place of the
module's own readers (restored afterwards).
"""

from __future__ import annotations

import tomllib
import types

from app.demo import event as demo


def demo_event(store) -> int:
    return demo.create_demo_event(store)


def event_of(store, teams: int) -> int:
    """A demo-like event of ``teams`` teams, each repeating a demo team's work."""
    with demo.demo_path().open("rb") as handle:
        base = tomllib.load(handle)
    originals = base["teams"]
    count = len(originals)
    work = [entry for path in demo.work_paths() for entry in demo.load(path)]
    base["teams"] = [_renamed(originals[n % count], n // count) for n in range(teams)]
    copies = [dict(entry, team=entry["team"] + count * round_) for round_ in range(-(-teams // count))
              for entry in work if entry["team"] + count * round_ <= teams]
    saved = demo.tomllib, demo.work_paths, demo.load
    demo.tomllib = types.SimpleNamespace(load=lambda handle: base)
    demo.work_paths = lambda: [demo.demo_path()]
    demo.load = lambda path: copies
    try:
        return demo.create_demo_event(store)
    finally:
        demo.tomllib, demo.work_paths, demo.load = saved


def _renamed(team: dict, round_: int) -> dict:
    if round_ == 0 or not team.get("name"):
        return team
    return dict(team, name=f"{team['name']} {round_ + 1}")


def fullest_team(store, event_id: int) -> int:
    """The team furthest along the day (the most to put in its dossier)."""
    from app.event.events import event_template, get_event
    from app.event.teams import team_views

    template = event_template(get_event(store, event_id))
    order = [step.key for phase in template.phases for step in phase.steps]
    teams = team_views(store, event_id, template)
    return max(teams, key=lambda team: order.index(team.current_step) if team.current_step in order else -1).id
