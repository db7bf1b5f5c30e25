"""The PDFs as an organiser waits for them: a team's dossier, the 20-team report, and the window
while that report is exported.

    python bench/pdf.py          (from the repository root; offscreen; a few minutes on a busy machine)

Two databases are prepared once (not timed, bench/pdf_data.py): the demo event, and an event of 20
teams each repeating a demo team's day. Then:

dossier_s               the team furthest along in the demo: ``team_dossier`` (the snapshot, read
                        from the database) plus ``render_dossier`` into memory; median of RUNS in this
                        process after one untimed run (fonts registered, modules imported).
dossier_bare_s          a bare reportlab document (one paragraph per page, a built-in font) with as
                        many pages as that dossier, in the same process; ``dossier_bare_ratio`` the two
                        compared (compare ratios on a noisy machine).
dossier_export_s        the dossier through a worker started at that moment (app/export/worker.py: a
                        spawned process, its imports, the render, the file written whole): the wait
                        after the snapshot when Export is pressed the instant the dialog opens (the
                        dialog starts its worker ahead, so usually the imports are done by then);
                        median of RUNS.
report_20_teams_s       ``event_summary`` of the 20 teams plus ``render_report`` into memory; median
                        of REPORT_RUNS; ``report_20_snapshot_s`` the summary alone (read in the
                        window's process before the export starts: the window does wait for it).
export_worst_frame_ms   the real window (bench/pdf_child.py, a fresh process started like app.main,
                        offscreen) with a 10 ms timer repainting it: the worst gap between its ticks
                        from ``ExportRunner.start`` until ``finished`` of the 20-team report (its
                        worker started ahead, as the dialog does); median of CHILDREN.
                        ``export_idle_worst_frame_ms``: the same window idle (the floor);
                        ``export_report_20_window_s``: start to finished.

Conditions go to stderr.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import compile_sources, figure, median, run_child  # noqa: E402

RUNS = 5
REPORT_RUNS = 3
CHILDREN = 3
TEAMS = 20
CHILD = ROOT / "bench" / "pdf_child.py"


def timed(work) -> tuple[float, object]:
    begin = time.perf_counter()
    result = work()
    return time.perf_counter() - begin, result


def dossier_figures(store, event_id: int, team_id: int, folder: Path) -> None:
    from app.export.jobs import ExportJob
    from app.export.snapshot import team_dossier
    from app.pdf.dossier import render_dossier

    def once() -> int:
        return render_dossier(team_dossier(store, event_id, team_id, "nl", datetime.now(UTC)), io.BytesIO())

    pages = once()
    times = [timed(once)[0] for _ in range(RUNS)]
    bare = [timed(lambda: bare_document(pages))[0] for _ in range(RUNS)]
    figure("dossier_s", median(times), "s", 3)
    figure("dossier_bare_s", median(bare), "s", 3)
    figure("dossier_bare_ratio", median(times) / median(bare), "x", 1)
    data = team_dossier(store, event_id, team_id, "nl", datetime.now(UTC))
    job = ExportJob("dossier", folder / "dossier.pdf", "nl", event_id, team_id)
    figure("dossier_export_s", median([timed(lambda: through_worker(job, data))[0] for _ in range(RUNS)]), "s", 3)
    print(f"dossier: {pages} pages", file=sys.stderr)


def through_worker(job, data) -> None:
    from app.export.worker import ExportProcess, Finished

    process = ExportProcess.started(job, data)
    while process.running:
        process.poll()
        time.sleep(0.005)
    if not isinstance(process.outcome, Finished):
        raise RuntimeError(f"the export failed: {process.outcome}")


def bare_document(pages: int) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    story = []
    for page in range(pages):
        story += [Paragraph(f"Pagina {page + 1}", style), PageBreak()]
    SimpleDocTemplate(io.BytesIO()).build(story[:-1])


def report_figures(store, event_id: int) -> None:
    from app.export.snapshot import event_summary
    from app.pdf.report import render_report

    snapshots, totals, pages = [], [], 0
    for _ in range(REPORT_RUNS):
        snapshot_s, summary = timed(lambda: event_summary(store, event_id, "nl", True, datetime.now(UTC)))
        render_s, pages = timed(lambda: render_report(summary, io.BytesIO()))
        snapshots.append(snapshot_s)
        totals.append(snapshot_s + render_s)
    figure("report_20_teams_s", median(totals), "s", 2)
    figure("report_20_snapshot_s", median(snapshots), "s", 3)
    print(f"report: {TEAMS} teams, {pages} pages", file=sys.stderr)


def frame_figures(db: Path, event_id: int, folder: Path) -> None:
    results = []
    for index in range(CHILDREN):
        prefs = folder / f"prefs{index}.ini"
        prefs.write_text(f"[General]\nevent_id={event_id}\nlang=nl\ntheme=light\n")
        results.append(run_child(CHILD, str(db), str(prefs), str(event_id), str(folder / f"report{index}.pdf"), timeout=300))
    figure("export_worst_frame_ms", median([r["worst_ms"] for r in results]), "ms", 1)
    figure("export_idle_worst_frame_ms", median([r["idle_worst_ms"] for r in results]), "ms", 1)
    figure("export_report_20_window_s", median([r["export_s"] for r in results]), "s", 2)
    print(f"window: worst gaps {[round(r['worst_ms'], 1) for r in results]} ms while exporting, "
          f"idle {[round(r['idle_worst_ms'], 1) for r in results]} ms; ExportRunner.start "
          f"{[round(r['start_ms'], 1) for r in results]} ms; snapshot in the window "
          f"{[round(r['snapshot_s'], 2) for r in results]} s", file=sys.stderr)


def main() -> int:
    compile_sources()
    from app.storage.database import open_store
    from bench.pdf_data import demo_event, event_of, fullest_team

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        folder = Path(tmp)
        demo_store = open_store(f"sqlite:///{folder / 'demo.sqlite'}")
        demo_id = demo_event(demo_store)
        big_db = folder / "big.sqlite"
        big_store = open_store(f"sqlite:///{big_db}")
        big_id = event_of(big_store, TEAMS)
        dossier_figures(demo_store, demo_id, fullest_team(demo_store, demo_id), folder)
        report_figures(big_store, big_id)
        big_store.engine.dispose()
        frame_figures(big_db, big_id, folder)
    print(f"conditions: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, "
          f"{RUNS} dossier runs, {REPORT_RUNS} reports, {CHILDREN} window children", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
