"""The demo's jury (resources/demo/staatsprint-demo-jury.toml): five jurors with a chair, two recusals, a
missed pitch, a harsh and a lenient juror, the running order drawn by lot, and every juror's finalised
file imported — one juror's twice, so a superseded revision shows — so the juryberaad can be seen at
once. Scoring stays open and the winners unconfirmed: the chair's decisions are the newcomer's to try.

Made with the facilitator's own actions (the rubric from the template, jurors, recusals, the draw) and
the importer's own checks (each juror file body checked and placed like an imported file).
"""

from __future__ import annotations

import tomllib
from datetime import datetime

from sqlmodel import Session

from app.day.template import Template
from app.jury.juror_file import build_body
from app.jury.juror_file_check import check_body, event_jury
from app.jury.revisions import place_revision
from app.jury.rubric import ensure_rubric
from app.jury.running_order import draw
from app.jury.setup import add_juror, set_chair, set_recusal
from app.paths import resources_dir
from app.signed.sealed import digest
from app.storage.store import Store

JURY_FILE = "staatsprint-demo-jury.toml"


def jury_demo(store: Store, session: Session, event_id: int, template: Template, team_ids: list[int], now: datetime) -> None:
    """The demo jury for the event's teams (``team_ids`` in the demo file's order, team 1 first)."""
    with (resources_dir() / "demo" / JURY_FILE).open("rb") as handle:
        demo = tomllib.load(handle)
    ensure_rubric(store, event_id, template)
    juror_ids = []
    for entry in demo["jurors"]:
        juror_id = add_juror(store, event_id, entry["name"], entry.get("organisation", ""))
        juror_ids.append(juror_id)
        if entry.get("chair"):
            set_chair(store, juror_id)
        for recusal in entry.get("recusals", []):
            set_recusal(store, juror_id, team_ids[recusal["team"] - 1], True, recusal.get("reason", ""))
    draw(store, event_id, None, demo["draw_seed"])
    comments = _comments(demo, team_ids)
    for juror_id, entry in zip(juror_ids, demo["jurors"]):
        drafts = [entry["first_draft"]] if "first_draft" in entry else []  # finalised, then corrected: revision 2
        for revision, scores in enumerate(drafts + [entry["scores"]], start=1):
            _import(store, session, event_id, juror_id, entry, scores, revision, team_ids, comments, now)


def _comments(demo: dict, team_ids: list[int]) -> dict[tuple[str, int], dict]:
    """(juror name, team id) -> {"feedback", "note"}."""
    return {(item["juror"], team_ids[item["team"] - 1]): item for item in demo.get("feedback", [])}


def _import(store: Store, session: Session, event_id: int, juror_id: int, entry: dict, scores: list[list[int]],
            revision: int, team_ids: list[int], comments: dict, now: datetime) -> None:
    """One finalised juror file, checked and placed as the importer does."""
    jury = event_jury(session, event_id)
    juror = next(j for j in jury.jurors.values() if j.id == juror_id)
    keys_of = [c.key for c in sorted(jury.criteria, key=lambda c: c.position)]
    recused = {team_ids[r["team"] - 1] for r in entry.get("recusals", [])}
    not_seen = {team_ids[number - 1] for number in entry.get("not_seen", [])}
    teams = []
    for team_id, values in zip(team_ids, scores):
        if team_id in recused:
            continue
        said = comments.get((entry["name"], team_id), {})
        teams.append({"id": team_id, "not_seen": team_id in not_seen, "scores": dict(zip(keys_of, values)),
                      "note": said.get("note", ""), "feedback": said.get("feedback", "")})
    body = build_body(event_ref=jury.ref, fingerprint=jury.fingerprint,
                      rubric_version=jury.setting.rubric_version, token=juror.token, juror_name=juror.name,
                      revision=revision, finalised_at=now.isoformat(), teams=teams)
    place_revision(store, session, jury, check_body(jury, body), body, digest(body), "file")
