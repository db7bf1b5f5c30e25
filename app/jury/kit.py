"""A juror's kit: the sealed file a juror opens on any laptop to score (``staatsprint jury kit``).

The body (COMMON format) names the event and the rubric it is for, the juror and their key, the
criteria, and the teams in running order with their challenge, pitched idea and whether the juror
recuses from them. It is sealed with the juror's own key (which it carries, so the juror's laptop can
check it arrived whole). Writing a kit logs "kit_exported" with the rubric it is for and the running
order it lists, so the set-up can tell a kit of an earlier rubric or order (``app.jury.kit_state``).
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlmodel import select

from app.day.template import Template
from app.errors import DomainError
from app.event.events import event_template
from app.export.files import make_folder, write_atomically
from app.export.snapshot import event_summary
from app.jury import keys
from app.jury.kit_state import order_fingerprint
from app.jury.rubric import ensure_rubric
from app.jury.running_order import running_order
from app.pitch.brief import IDEA, brief
from app.signed.sealed import seal
from app.storage.store import Store, existing
from db.models import (
    Challenge,
    Criterion,
    Event,
    Juror,
    JuryLog,
    JurySetting,
    Recusal,
    Team,
)

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def kit_body(store: Store, event_id: int, juror_id: int, template: Template, lang: str) -> dict:
    return kit_bodies(store, event_id, [juror_id], template, lang)[0]


def kit_bodies(store: Store, event_id: int, juror_ids: list[int], template: Template, lang: str) -> list[dict]:
    """The kits of ``juror_ids`` (the teams' texts are read once for all of them)."""
    ensure_rubric(store, event_id, template)
    teams = _teams(store, event_id, template, lang)
    with store.read() as session:
        event = existing(session, Event, event_id, "event")
        setting = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one()
        criteria = list(session.exec(select(Criterion).where(Criterion.event_id == event_id)).all())
        rubric = {"version": setting.rubric_version, "fingerprint": keys.rubric_fingerprint(criteria)}
        bodies = []
        for juror_id in juror_ids:
            juror = existing(session, Juror, juror_id, "juror")
            recused = set(session.exec(select(Recusal.team_id).where(Recusal.juror_id == juror_id)).all())
            bodies.append({
                "event": {"ref": keys.event_ref(setting.secret), "name": event.name, "day": event.day.isoformat(), "lang": lang},
                "rubric": rubric,
                "juror": {"token": juror.token, "name": juror.name, "organisation": juror.organisation, "chair": juror.chair},
                "key": keys.juror_key(setting.secret, juror.token).hex(),
                "criteria": keys.rubric_body(criteria),
                "teams": [{**team, "recused": team["id"] in recused} for team in teams],
                "made_at": datetime.now(ZoneInfo(template.meta.timezone)).isoformat(timespec="seconds"),
            })
    return bodies


def kit_name(juror_name: str) -> str:
    """``Jurykit <Juror Name>.json``, with the characters a file name may not hold replaced."""
    safe = _UNSAFE.sub("_", juror_name).strip(" .") or "_"
    return f"Jurykit {safe}.json"


def write_kit(store: Store, event_id: int, juror_id: int, template: Template, lang: str, folder: Path | str) -> Path:
    return write_kits(store, event_id, [juror_id], template, lang, folder)[0]


def write_kits(store: Store, event_id: int, juror_ids: list[int], template: Template, lang: str, folder: Path | str) -> list[Path]:
    """Each juror's kit into ``folder`` (made when its parent is there), each written whole or not at all;
    each written kit is logged ("kit_exported": the juror, the rubric's version and fingerprint, the order's)."""
    folder = make_folder(folder)
    return [_write_as(store, event_id, body, folder / kit_name(body["juror"]["name"]))
            for body in kit_bodies(store, event_id, juror_ids, template, lang)]


def run_kit_command(store: Store, event_id: int, args: argparse.Namespace, out: TextIO) -> int:
    """``staatsprint jury kit --juror NAME|all [--out PATH]``: the kit(s) written, each path printed."""
    with store.read() as session:
        event = existing(session, Event, event_id, "event")
        rows = list(session.exec(select(Juror).where(Juror.event_id == event_id).order_by(Juror.position, Juror.id)).all())
    chosen = _chosen(rows, args.juror)
    target = Path(args.out) if args.out else Path.cwd()
    template = event_template(event)
    lang = args.lang or "nl"
    if len(chosen) == 1 and args.out and target.suffix.lower() == ".json":
        body = kit_body(store, event_id, chosen[0].id, template, lang)
        paths = [_write_as(store, event_id, body, target)]
    else:
        paths = write_kits(store, event_id, [juror.id for juror in chosen], template, lang, target)
    for path in paths:
        out.write(f"{path}\n")
    return 0


def _write_as(store: Store, event_id: int, body: dict, path: Path) -> Path:
    write_atomically(path, lambda handle: handle.write(seal(keys.KIT, body, bytes.fromhex(body["key"]))))
    order = order_fingerprint(running_order(store, event_id))
    with store.write() as session:
        session.add(JuryLog(event_id=event_id, kind="kit_exported", detail={
            "juror": body["juror"]["token"], "version": body["rubric"]["version"],
            "fingerprint": body["rubric"]["fingerprint"], "order": order, "file": path.name}))
    return path


def _chosen(rows: list[Juror], name: str) -> list[Juror]:
    if not rows:
        raise DomainError("jury_no_jurors", "this event has no jurors yet: add them in the jury's set-up first")
    if name.strip().casefold() == "all":
        return rows
    found = [row for row in rows if row.name.casefold() == " ".join(name.split()).casefold()]
    if not found:
        known = ", ".join(row.name for row in rows)
        raise DomainError("juror_unknown", f"there is no juror called {name!r}; the jurors are: {known} (or 'all')",
                          name=name, known=known)
    return found


def _teams(store: Store, event_id: int, template: Template, lang: str) -> list[dict]:
    """The event's teams in running order: slotted teams by room and place, then the rest by number."""
    ideas = {d.team_id: brief(d)[IDEA] for d in event_summary(store, event_id, lang, False, datetime.now(ZoneInfo("UTC"))).teams}
    with store.read() as session:
        teams = {t.id: t for t in session.exec(select(Team).where(Team.event_id == event_id)).all()}
        challenges = {c.id: c.key for c in session.exec(select(Challenge).where(Challenge.event_id == event_id)).all()}
    placed = [(slot.room, teams[slot.team_id]) for slot in running_order(store, event_id) if slot.team_id in teams]
    slotted = {team.id for _room, team in placed}
    placed += [("", team) for team in sorted(teams.values(), key=lambda t: (t.number, t.id)) if team.id not in slotted]
    ordered, count = [], {}
    for room, team in placed:  # positions counted here too: the teams without a slot follow in room ""
        count[room] = count.get(room, 0) + 1
        key = challenges.get(team.challenge_id)
        title = template.challenge(key).title if key else None
        ordered.append({"id": team.id, "number": team.number, "name": team.name or f"Team {team.number}",
                        "challenge": {"nl": title.nl if title else "", "en": title.en if title else ""},
                        "idea": ideas.get(team.id, ""), "room": room, "position": count[room]})
    return ordered
