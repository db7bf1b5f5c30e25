"""An export as a plain description, and running it: the data in, a whole file (or none) out.

A job says what to make (``kind``), of which event or team, in which language and where. The GUI
and the CLI read its data first (``read_data``: the plain dataclasses of app/export/dossier_data.py,
quick), then ``run`` renders it. In the window ``run`` happens in another process
(app/export/worker.py); the CLI runs it in its own. Nothing here imports Qt or touches the database
while rendering: a job and its data are picklable.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from app.errors import DomainError
from app.export.dossier_data import EventSummary, TeamDossier
from app.export.files import make_folder, write_atomically
from app.export.jury_lines import JuryExport
from app.pdf.agenda_data import Agenda
from app.pdf.words import word

KINDS = ("dossier", "poster", "report", "outcomes", "jury", "agenda")
SIZES = ("A0", "A1", "A3", "A4")
LANGS = ("nl", "en")
FORMATS = ("json", "csv")  # of the outcomes
RENDERERS = {  # the modules each kind is made with (a worker imports them ahead: app/export/worker.py)
    "dossier": ("app.pdf.dossier",),
    "poster": ("app.pdf.poster",),
    "report": ("app.pdf.report",),
    "outcomes": ("app.export.outcomes",),
    "jury": ("app.export.jury_csv",),
    "agenda": ("app.pdf.agenda",),
}

Progress = Callable[[int, int], None]
Data = TeamDossier | EventSummary | JuryExport | Agenda
Render = Callable[["ExportJob", Data, BinaryIO, Progress], int]


@dataclass(frozen=True)
class ExportJob:
    kind: str  # one of KINDS
    target: Path  # the file to write; for the outcomes as CSV and the jury's CSV the folder the files go into
    lang: str  # "nl" or "en": the language of the file's own words
    event_id: int
    team_id: int | None = None  # the dossier's and the poster's team
    size: str = "A1"  # the poster's paper
    with_names: bool = True  # the report and the outcomes: participants' names and organisations
    format: str = "json"  # the outcomes: "json" or "csv"

    @property
    def per_team(self) -> bool:
        return self.kind in ("dossier", "poster")


def checked(job: ExportJob) -> ExportJob:
    """``job`` when it can be made; a DomainError saying what is wrong otherwise."""
    if job.kind not in KINDS:
        raise DomainError("export_kind", f"not an export: {job.kind!r} (one of {', '.join(KINDS)})", kind=job.kind)
    if job.lang not in LANGS:
        raise DomainError("export_lang", f"not a language: {job.lang!r} (nl or en)", lang=job.lang)
    if job.kind == "poster" and job.size not in SIZES:
        raise DomainError("export_size", f"not a poster size: {job.size!r}; choose one of {', '.join(SIZES)}",
                          size=job.size, sizes=", ".join(SIZES))
    if job.per_team and job.team_id is None:
        raise DomainError("export_no_team", "choose a team first: the dossier and the poster are a team's")
    if job.kind == "outcomes" and job.format not in FORMATS:
        raise DomainError("export_format", f"not a format of the outcomes: {job.format!r} (json or csv)", format=job.format)
    if not job.target.parent.is_dir():  # said at once, before the data is read (the writer checks again)
        raise DomainError("export_no_folder", f"{job.target.name} was not written: the folder {job.target.parent} does not exist.",
                          path=str(job.target), folder=str(job.target.parent))
    return job


def read_data(store, job: ExportJob, now: datetime) -> Data:
    """What the job's file is made from, read from the database in one go (in the caller's process)."""
    from app.export.snapshot import event_summary, team_dossier

    if job.kind == "jury":
        from app.export.jury_data import jury_export

        return jury_export(store, job.event_id, job.lang)
    if job.kind == "agenda":
        from app.pdf.agenda_read import read_agenda

        return read_agenda(store, job.event_id, job.lang, now)
    if job.per_team:
        return team_dossier(store, job.event_id, job.team_id, job.lang, now)
    return event_summary(store, job.event_id, job.lang, job.with_names, now)


def export_note(job: ExportJob, data: Data, lang: str) -> str:
    """What a finished export should add to "saved": for the agenda, the teams without a room that
    get no door sign ("" when nothing to say)."""
    if job.kind != "agenda":
        return ""
    total, roomless = len(data.teams), sum(1 for team in data.teams if not team.room)
    if not roomless:
        return ""
    if roomless == 1:
        return word("agenda_export_one_no_room", lang, total=total)
    return word("agenda_export_no_rooms", lang, count=roomless, total=total)


def run(job: ExportJob, data: Data, progress: Progress | None = None, render: Render | None = None) -> tuple[Path, ...]:
    """Make the job's file(s) from ``data``; the paths written. A PDF is rendered in memory first and
    then written whole (app/export/files.py), so a render stopped halfway leaves nothing behind."""
    report = progress or (lambda done, total: None)
    if job.kind == "outcomes":
        return _outcomes(job, data)
    if job.kind == "jury":
        return _jury(job, data)
    pdf = io.BytesIO()
    (render or render_pdf)(job, data, pdf, report)
    write_atomically(job.target, lambda out: out.write(pdf.getbuffer()))
    return (job.target,)


def render_pdf(job: ExportJob, data: Data, out: BinaryIO, progress: Progress) -> int:
    """The PDF of ``job`` into ``out``; its page count. The renderers are imported here, in the
    process that renders, so starting a job imports no reportlab."""
    if job.kind == "dossier":
        from app.pdf.dossier import render_dossier

        progress(0, 1)
        pages = render_dossier(data, out)
    elif job.kind == "poster":
        from app.pdf.poster import render_poster

        progress(0, 1)
        pages = render_poster(data, out, job.size)
    elif job.kind == "agenda":
        from app.pdf.agenda import render_agenda

        progress(0, 1)
        pages = render_agenda(data, out)
    else:
        from app.pdf.report import render_report

        return render_report(data, out, progress)
    progress(1, 1)
    return pages


def _outcomes(job: ExportJob, data: Data) -> tuple[Path, ...]:
    from app.export.outcomes import write_outcomes_csv, write_outcomes_json

    if job.format == "json":
        write_outcomes_json(data, job.target)
        return (job.target,)
    make_folder(job.target)
    return tuple(write_outcomes_csv(data, job.target))


def _jury(job: ExportJob, data: Data) -> tuple[Path, ...]:
    from app.export.jury_csv import write_jury_csv

    make_folder(job.target)
    return tuple(write_jury_csv(data, job.target))
