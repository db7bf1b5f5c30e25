"""The demo's jury (resources/demo/staatsprint-demo-jury.toml): five jurors with a chair, two recusals, a
missed pitch, a harsh and a lenient juror, the running order drawn by lot, and every juror's finalised
file imported — one juror's twice, so a superseded revision shows — so the juryberaad can be seen at
once. Scoring stays open and the winners unconfirmed: the chair's decisions are the newcomer's to try.

Like the rest of the demo, its rows are made in memory by the rules the facilitator's actions use (the
template's rubric, the draw by lot, the juror file's body and the importer's own checks of it, a
revision's score rows) and inserted a table at a time.
"""

from __future__ import annotations

import tomllib
from datetime import datetime

from sqlmodel import Session, select

from app.day.template import Template
from app.jury import keys
from app.jury.juror_file import build_body
from app.jury.juror_file_check import EventJury, check_body
from app.jury.revisions import IN_USE, SUPERSEDED, opening_log, revision_values
from app.jury.rubric import template_rubric
from app.jury.running_order import order_for
from app.paths import resources_dir
from app.signed.sealed import digest
from app.storage.store import Store, insert_many
from db.models import Juror, JurorFile, PitchSlot, Recusal, Score, ScoreSheet, Team

JURY_FILE = "staatsprint-demo-jury.toml"


def jury_demo(store: Store, session: Session, event_id: int, template: Template, now: datetime) -> None:
    """The demo jury for the event's teams (the demo file names them by number)."""
    with (resources_dir() / "demo" / JURY_FILE).open("rb") as handle:
        demo = tomllib.load(handle)
    teams = {team.number: team for team in session.exec(select(Team).where(Team.event_id == event_id))}
    setting = keys.setting(session, event_id, template.jury)
    criteria = template_rubric(event_id, template)
    insert_many(store, session, criteria, "key")
    jurors = [Juror(event_id=event_id, name=entry["name"], organisation=entry.get("organisation", ""), position=position,
                    chair=bool(entry.get("chair")), token=keys.new_token()) for position, entry in enumerate(demo["jurors"])]
    insert_many(store, session, jurors, "token")
    recused = {juror.id: {teams[r["team"]].id: r.get("reason", "") for r in entry.get("recusals", [])}
               for juror, entry in zip(jurors, demo["jurors"])}
    insert_many(store, session, [Recusal(juror_id=juror_id, team_id=team_id, reason=reason)
                                 for juror_id, teams_of in recused.items() for team_id, reason in teams_of.items()])
    _draw(store, session, setting, event_id, teams, demo["draw_seed"], now)
    jury = EventJury(setting, keys.event_ref(setting.secret), keys.rubric_fingerprint(criteria), {j.token: j for j in jurors},
                     criteria, {team.id: team for team in teams.values()}, {team.id for team in teams.values()},
                     {juror_id: set(teams_of) for juror_id, teams_of in recused.items()})
    _files(store, session, jury, demo, teams, now)


def _draw(store: Store, session: Session, setting, event_id: int, teams: dict[int, Team], seed: int, now: datetime) -> None:
    """The running order, drawn by lot in one room with the demo's seed (recorded, as a draw records it)."""
    order = order_for(list(teams), seed)
    insert_many(store, session, [PitchSlot(event_id=event_id, team_id=teams[number].id, position=position)
                                 for position, number in enumerate(order, start=1)])
    setting.draws = {"": {"seed": seed, "at": now.isoformat()}}
    session.add(setting)


def _files(store: Store, session: Session, jury: EventJury, demo: dict, teams: dict[int, Team], now: datetime) -> None:
    """Every juror's finalised file (a first draft too, superseded), checked as the import checks it; the
    revision in use of each as its Score and ScoreSheet rows."""
    comments = {(item["juror"], teams[item["team"]].id): item for item in demo.get("feedback", [])}
    criterion_ids = {c.key: c.id for c in jury.criteria}
    files, sheets, scores = [], [], []
    for juror, entry in zip(jury.jurors.values(), demo["jurors"]):
        revisions = ([entry["first_draft"]] if "first_draft" in entry else []) + [entry["scores"]]
        for revision, values in enumerate(revisions, start=1):
            body = _body(jury, juror, entry, values, revision, teams, comments, now)
            check_body(jury, body)  # the importer's checks: the demo's file is a valid one
            in_use = revision == len(revisions)
            files.append(JurorFile(event_id=jury.setting.event_id, juror_id=juror.id, revision=revision, rubric_version=1,
                                   digest=digest(body), status=IN_USE if in_use else SUPERSEDED, body=body, finalised_at=now))
            if in_use:
                made = revision_values(juror.id, body, criterion_ids)
                sheets += made[0]
                scores += made[1]
    insert_many(store, session, files)
    store.insert_rows(session, ScoreSheet.__table__, sheets)
    store.insert_rows(session, Score.__table__, scores)
    session.add(opening_log(jury.setting))


def _body(jury: EventJury, juror: Juror, entry: dict, values: list[list[int]], revision: int, teams: dict[int, Team],
          comments: dict, now: datetime) -> dict:
    keys_in_order = [c.key for c in jury.criteria]
    not_seen = {teams[number].id for number in entry.get("not_seen", [])}
    rows = []
    for number, scored in zip(sorted(teams), values):
        team_id = teams[number].id
        if team_id in jury.recusals[juror.id]:
            continue
        said = comments.get((juror.name, team_id), {})
        rows.append({"id": team_id, "not_seen": team_id in not_seen, "scores": dict(zip(keys_in_order, scored)),
                     "note": said.get("note", ""), "feedback": said.get("feedback", "")})
    return build_body(event_ref=jury.ref, fingerprint=jury.fingerprint, rubric_version=jury.setting.rubric_version,
                      token=juror.token, juror_name=juror.name, revision=revision, finalised_at=now.isoformat(), teams=rows)
