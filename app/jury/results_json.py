"""``staatsprint jury results [--json]``: every prize pool's ranking, agreement, stability and margins.

The JSON format is documented in README.md ("staatsprint jury results --json"). Scores appear twice:
as a decimal string with 2 decimals (rounded half away from zero) and as the exact fraction ("29/4").
Without ``--json`` a readable table in Dutch or English (``--lang``, default Dutch).
"""

from __future__ import annotations

import argparse
import json
from fractions import Fraction
from typing import TextIO

from sqlmodel import select

from app.event.events import event_template, get_event
from app.export.names import team_label
from app.jury.results import jury_results
from app.jury.results_model import PoolResult, TeamResult
from app.jury.results_text import decimal2, write_table
from app.storage.store import Store
from db.models import Juror, Team

FORMAT = "staatsprint-jury-results"
VERSION = 1


def run_results_command(store: Store, event_id: int, args: argparse.Namespace, out: TextIO) -> int:
    event = get_event(store, event_id)
    template = event_template(event)
    results = jury_results(store, event_id, template)
    if getattr(args, "json", False):
        names = _names(store, event_id)
        document = {"format": FORMAT, "version": VERSION,
                    "event": {"id": event.id, "name": event.name, "day": event.day.isoformat()},
                    "pools": [pool_document(r, names) for r in results]}
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _write_text(store, event_id, template, results, getattr(args, "lang", None) or "nl", out)
    return 0


def _write_text(store: Store, event_id: int, template, results: list[PoolResult], lang: str, out: TextIO) -> None:
    from app.export.snapshot_jury import pool_title
    from app.jury.beraad_data import names

    titles = {r.pool_key: pool_title(r.pool_key, template, lang) for r in results}
    minimum = template.jury.minimum_jurors if template.jury else 3
    write_table(results, names(store, event_id, lang, template), titles, minimum, lang, out)


def _names(store: Store, event_id: int) -> dict[str, dict[int, dict]]:
    with store.read() as session:
        teams = session.exec(select(Team).where(Team.event_id == event_id)).all()
        jurors = session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all()
    return {
        "team": {t.id: {"id": t.id, "number": t.number, "name": t.name, "label": team_label(t.number, t.name)} for t in teams},
        "juror": {j.id: {"id": j.id, "number": i, "name": j.name} for i, j in enumerate(jurors, start=1)},
    }


def exact(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def _number(value: Fraction | None) -> dict:
    return {"value": decimal2(value), "exact": exact(value)}


def pool_document(result: PoolResult, names: dict[str, dict[int, dict]]) -> dict:
    team = names["team"].get
    juror = names["juror"].get
    return {
        "key": result.pool_key, "places": result.places, "deciding": result.deciding,
        "adjusted_note": result.adjusted_note,
        "podium": [team(t) for t in result.podium],
        "teams": [_team_document(t, names) for t in result.teams],
        "ties": [{"place": tie.place, "teams": [team(t) for t in tie.teams], "order": [team(t) for t in tie.order],
                  "broken_by": tie.broken_by} for tie in result.ties],
        "kendall_w": result.kendall_w, "w_note": result.w_note,
        "jurors": [{"juror": juror(p.juror_id), "teams": p.teams, "mean": _number(p.mean), "offset": _number(p.offset),
                    "spread": p.spread, "spearman": p.spearman, "complete": p.complete} for p in result.profiles],
        "dissenter": juror(result.dissenter) if result.dissenter is not None else None,
        "stability": {"changes_set": [juror(j) for j in result.changes_set],
                      "changes_order": [juror(j) for j in result.changes_order]},
        "margins": [{"place": m.place, "higher": team(m.higher), "lower": team(m.lower), "points": m.points,
                     "juror": juror(m.juror_id) if m.juror_id is not None else None, "criterion": m.criterion}
                    for m in result.margins],
        "coverage": {"few_jurors": [team(t) for t in result.few_jurors]},
        "unranked": [team(t) for t in result.unranked],
    }


def _team_document(result: TeamResult, names: dict[str, dict[int, dict]]) -> dict:
    juror = names["juror"].get
    return {
        "team": names["team"].get(result.team_id), "rank": result.rank, "other_rank": result.other_rank,
        "raw": _number(result.raw), "adjusted": _number(result.adjusted), "jurors": result.jurors,
        "juror_scores": [{"juror": juror(j), **_number(s)} for j, s in result.juror_scores.items()],
        "per_criterion": {key: _number(mean) for key, mean in result.per_criterion.items()},
        "spread": _number(result.spread), "disagreement": result.disagreement, "few_jurors": result.few_jurors,
        "recused": [juror(j) for j in result.recused], "not_seen": [juror(j) for j in result.not_seen],
        "absent": result.absent,
    }
