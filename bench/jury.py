"""The jury's numbers as the juryberaad waits for them.

    python bench/jury.py          (from the repository root; a few seconds)

A SQLite database is prepared once (not timed): a Staatsprint event with 50 teams spread over the
three challenges, 15 jurors (one harsh, one lenient, the rest around the teams' quality) and a rubric
of 8 criteria with weights 1 to 3 on 1–10; each juror recused from 2 teams and missed 1 pitch (not
seen), and scored every other team on every criterion (about 5,600 scores).

jury_results_ms            ``app.jury.results.jury_results`` for that event, as the juryberaad screen and
                           ``staatsprint jury results`` call it: reading the rubric, jurors, scores,
                           sheets, recusals, running order, settings and log from the database, then for
                           each of the four prize pools (three challenge winners and the overall podium)
                           S_jt, raw, the exact adjusted fit, ranks and ties, Kendall's W, each juror's
                           Spearman and profile, podium stability (the ranking again without each juror)
                           and the margins; the raw ranking decides (the template's default). Median of
                           RUNS runs in this process after one untimed run (imports, the first query).
jury_results_adjusted_ms   the same with the adjusted ranking deciding (stability refits without each
                           juror; margins from one influence solve per pair).
…_cpu_ms                   the same runs' CPU time of this process (median): on a loaded machine the
                           wall time waits for other processes, the CPU time much less.

Not timed: making the database, opening the store, parsing the event's template.

jury_import_15_s           importing 15 signed juror files: see bench/jury_import.py.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import figure, median  # noqa: E402

RUNS = 9
TEAMS = 50
JURORS = 15
CRITERIA = 8


def prepare(path: Path) -> int:
    """The event with its jury and scores; its id."""
    from sqlalchemy import insert

    from app.event.events import create_event_from_file
    from app.event.teams import add_team
    from app.paths import template_path
    from app.storage.database import open_store
    from db.models import Criterion, Juror, JurySetting, PitchSlot, Recusal, Score, ScoreSheet
    from db.types import utcnow

    rng = random.Random(11)
    store = open_store(f"sqlite:///{path}")
    event_id = create_event_from_file(store, template_path("staatsprint"), date(2027, 3, 10), "Jury benchmark")
    challenges = ("gemeentelijke_it", "markt_overheid", "it_personeel")
    teams = [add_team(store, event_id, challenges[i % 3], f"Team {i + 1}") for i in range(TEAMS)]
    with store.write() as session:
        criteria = [Criterion(event_id=event_id, key=f"c{i}", position=i, title_nl=f"C{i}", title_en=f"C{i}",
                              weight=1 + i % 3) for i in range(CRITERIA)]
        jurors = [Juror(event_id=event_id, name=f"Jurylid {i + 1}", position=i, token=f"{i:032d}") for i in range(JURORS)]
        session.add_all(criteria + jurors)
        session.add(JurySetting(event_id=event_id, secret="0" * 64, tie_break=["head_to_head", "criterion", "chair"],
                                tie_criterion="c0"))
        session.flush()
        quality = {t: rng.uniform(3, 9) for t in teams}
        offsets = [0.0] * JURORS
        offsets[0], offsets[1] = -1.5, 1.5  # the harsh and the lenient juror
        now = utcnow()
        score_rows, sheet_rows, recusal_rows = [], [], []
        for index, juror in enumerate(jurors):
            away = rng.sample(teams, 3)
            recusal_rows += [{"juror_id": juror.id, "team_id": t, "reason": ""} for t in away[:2]]
            sheet_rows.append({"juror_id": juror.id, "team_id": away[2], "not_seen": True, "note": "", "feedback": "",
                               "updated_at": now})
            for team in (t for t in teams if t not in away):
                for criterion in criteria:
                    value = round(quality[team] + offsets[index] + rng.gauss(0, 1.2))
                    score_rows.append({"juror_id": juror.id, "team_id": team, "criterion_id": criterion.id,
                                       "value": min(10, max(1, value)), "updated_at": now})
        session.execute(insert(Score), score_rows)
        session.execute(insert(ScoreSheet), sheet_rows)
        session.execute(insert(Recusal), recusal_rows)
        session.execute(insert(PitchSlot), [{"event_id": event_id, "team_id": t, "room": "", "position": i + 1, "absent": False}
                                            for i, t in enumerate(teams)])
    store.engine.dispose()
    return event_id


def _time_results(store, event_id: int, template) -> tuple[float, float]:
    """(wall, CPU) milliseconds, medians."""
    from app.jury.results import jury_results

    jury_results(store, event_id, template)  # untimed: imports, the first query
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        jury_results(store, event_id, template)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return median(wall), median(cpu)


def results_figures() -> None:
    from sqlmodel import select

    from app.event.events import event_template, get_event
    from app.storage.database import open_store
    from db.models import JurySetting

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "jury.sqlite"
        event_id = prepare(path)
        store = open_store(f"sqlite:///{path}")
        template = event_template(get_event(store, event_id))
        for name, deciding in (("jury_results", "raw"), ("jury_results_adjusted", "adjusted")):
            with store.write() as session:
                session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().deciding = deciding
            wall, cpu = _time_results(store, event_id, template)
            figure(f"{name}_ms", wall, "ms", 1)
            figure(f"{name}_cpu_ms", cpu, "ms", 1)
        store.engine.dispose()


def main() -> None:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"teams {TEAMS}, jurors {JURORS}, criteria {CRITERIA}; cores {os.cpu_count()}, load {load}; "
          f"python {sys.version.split()[0]}", file=sys.stderr)
    results_figures()
    from bench.jury_import import import_figures

    import_figures()


if __name__ == "__main__":
    main()
