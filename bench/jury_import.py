"""The jury's import figure, printed by bench/jury.py after the results' figures.

jury_import_15_s    ``app.jury.merge.import_juror_files`` of 15 signed juror files (50 teams × 8
                    criteria each, every one accepted) into a fresh SQLite event: reading, verifying
                    the signatures and every score, storing the files and the 6,000 score rows, one
                    committed transaction; median of RUNS runs, each on its own new database.

Not timed: making the event, its jurors and criteria, and writing the 15 files. Conditions go to stderr.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import figure, median  # noqa: E402

RUNS = 5
TEAMS, JURORS, CRITERIA = 50, 15, 8


def import_figures() -> None:
    times = []
    for run in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="staatsprint-jury-") as folder:
            store, event_id, paths = _prepare(Path(folder), run)
            from app.jury.merge import import_juror_files

            started = time.perf_counter()
            result = import_juror_files(store, event_id, paths)
            times.append(time.perf_counter() - started)
            store.engine.dispose()
            if [e.outcome for e in result.files] != ["accepted"] * JURORS:
                raise SystemExit(f"not every file was accepted: {result.lines()}")
    figure("jury_import_15_s", median(times), "s", 3)


def _prepare(folder: Path, run: int):
    """A fresh event with 50 teams, 8 criteria and 15 jurors, and each juror's finalised file."""
    from app.event.events import create_event
    from app.jury.keys import JUROR_FILE, event_ref, juror_key, new_token, rubric_fingerprint, setting
    from app.paths import template_path
    from app.signed.sealed import seal
    from app.storage.database import open_store
    from db.models import Criterion, Juror, Team

    store = open_store(f"sqlite:///{folder / 'jury.sqlite'}")
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today(), "Jury benchmark")
    with store.write() as session:
        teams = [Team(event_id=event_id, number=n + 1, name=f"Team {n + 1}") for n in range(TEAMS)]
        jurors = [Juror(event_id=event_id, name=f"Jurylid {j + 1}", position=j, token=new_token()) for j in range(JURORS)]
        criteria = [Criterion(event_id=event_id, key=f"c{c}", position=c, title_nl=f"Criterium {c}", title_en=f"Criterion {c}",
                              weight=1 + c % 3) for c in range(CRITERIA)]
        session.add_all(teams + jurors + criteria)
        session.flush()
        secret = setting(session, event_id, _template().jury).secret
    paths = []
    for j, juror in enumerate(jurors):
        body = {"event_ref": event_ref(secret), "rubric_fingerprint": rubric_fingerprint(criteria), "rubric_version": 1,
                "juror": juror.token, "juror_name": juror.name, "revision": 1, "finalised_at": "2026-03-11T16:40:00+00:00",
                "teams": [{"id": team.id, "not_seen": False, "note": f"Notitie {t}", "feedback": f"Feedback voor team {t}",
                           "scores": {c.key: 1 + (t * 7 + j * 3 + c.position + run) % 10 for c in criteria}}
                          for t, team in enumerate(teams)]}
        path = folder / f"Juryscores {juror.name} r1.json"
        path.write_bytes(seal(JUROR_FILE, body, juror_key(secret, juror.token)))
        paths.append(path)
    return store, event_id, paths


def _template():
    from app.day.template_file import load_template
    from app.paths import template_path

    return load_template(template_path("staatsprint"))
