"""The jury's scores and results as plain data for the CSV export (``app/export/jury_csv.py``).

Read from the database in one go (picklable, so the window's export worker can write it): every score
of the revisions in use — one line per juror × team × criterion, a team the juror did not see as lines
without a value — with where it came from (a signed file, a paper sheet, typed in directly), and per
prize pool every team's raw and adjusted score, its rank by each, how many jurors scored it and a
coverage warning. Before any juror file is in use there is nothing to export: a DomainError says so.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlmodel import select

from app.errors import DomainError
from app.event.events import event_template, get_event
from app.event.teams import team_views
from app.export.jury_lines import JuryExport, ResultLine, ScoreLine
from app.export import snapshot_jury
from app.export.snapshot_jury import pool_title
from app.jury.results_model import PoolResult
from app.storage.store import Store
from db.models import Criterion, Juror, JurorFile, Score, ScoreSheet

IN_USE = "in_use"


def check_scores(store: Store, event_id: int) -> None:
    """A DomainError while no juror file of the event is in use (nothing to export yet)."""
    with store.read() as session:
        used = session.exec(select(JurorFile.id).where(JurorFile.event_id == event_id, JurorFile.status == IN_USE)).first()
    if used is None:
        raise DomainError("jury_no_scores", "there are no jury scores yet: import the jurors' files first")


def jury_export(store: Store, event_id: int, lang: str) -> JuryExport:
    """Every score in use and every pool's results, in ``lang`` ("nl" or "en")."""
    check_scores(store, event_id)
    event = get_event(store, event_id)
    template = event_template(event)
    zone = ZoneInfo(template.meta.timezone)
    teams = {t.id: (t.number, t.label("Team")) for t in team_views(store, event_id, template)}
    with store.read() as session:
        jurors = session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all()
        files = {f.juror_id: f for f in session.exec(select(JurorFile).where(JurorFile.event_id == event_id,
                                                                            JurorFile.status == IN_USE))}
        criteria = session.exec(select(Criterion).where(Criterion.event_id == event_id).order_by(Criterion.position)).all()
        ids = [juror.id for juror in jurors if juror.id in files]
        values = {(s.juror_id, s.team_id, s.criterion_id): s.value
                  for s in session.exec(select(Score).where(Score.juror_id.in_(ids)))}
        sheets = {(s.juror_id, s.team_id): s for s in session.exec(select(ScoreSheet).where(ScoreSheet.juror_id.in_(ids)))}
    scored = {(juror, team) for juror, team, _ in values} | set(sheets)
    lines = []
    for juror in (j for j in jurors if j.id in files):
        used = files[juror.id]
        for team_id in sorted((t for j, t in scored if j == juror.id and t in teams), key=lambda t: teams[t][0]):
            sheet = sheets.get((juror.id, team_id))
            lines += [ScoreLine(juror.name, *teams[team_id], c.title_en if lang == "en" else c.title_nl,
                                values.get((juror.id, team_id, c.id)), bool(sheet and sheet.not_seen), used.source,
                                used.revision, used.received_at.astimezone(zone).replace(microsecond=0))
                      for c in criteria]
    minimum = template.jury.minimum_jurors if template.jury else 3
    results = tuple(line for result in snapshot_jury.pool_results(store, event_id, template)
                    for line in _result_lines(result, pool_title(result.pool_key, template, lang), teams, minimum))
    return JuryExport(event.name, event.day, lang, tuple(lines), results)


def _result_lines(result: PoolResult, title: str, teams: dict[int, tuple[int, str]], minimum: int) -> list[ResultLine]:
    lines = []
    for team in result.teams:
        by_raw = result.deciding == "raw"
        lines.append(ResultLine(title, *teams.get(team.team_id, (0, "")), team.raw, team.adjusted,
                                team.rank if by_raw else team.other_rank, team.other_rank if by_raw else team.rank,
                                team.jurors, result.deciding, team.few_jurors, team.absent, minimum))
    return lines
