"""An event with a jury, for the jury's tests: four teams, three criteria, four jurors (Anna chairs;
Cas is recused from team 2), the jury's secret — and juror files sealed by the COMMON format, made
here so these tests do not depend on the juror's laptop code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from app.event.events import create_event
from app.jury.keys import JUROR_FILE, event_ref, juror_key, new_token, rubric_fingerprint, setting
from app.paths import template_path
from app.signed.sealed import seal
from db.models import Criterion, Juror, JurorFile, JuryLog, JurySetting, Recusal, Score, ScoreSheet, Team

JURORS = ("Anna", "Bram", "Cas", "Dirk")
CRITERIA = (("problem", "Problem sharply identified", 2, 1, 10), ("idea", "Concrete idea", 1, 1, 10), ("pitch", "Pitch", 1, 1, 5))


@dataclass
class JuryEvent:
    store: object
    event_id: int
    secret: str
    team_ids: list[int]
    jurors: dict[str, Juror]
    criteria: list[Criterion]
    folder: Path

    def recused(self, name: str) -> set[int]:
        return {self.team_ids[1]} if name == "Cas" else set()

    def body(self, name: str, revision: int = 1, bump: int = 0, not_seen: tuple[int, ...] = ()) -> dict:
        """A valid juror file body: every team the juror may score (indexes in ``not_seen`` marked not seen)."""
        juror, teams = self.jurors[name], []
        for index, team_id in enumerate(self.team_ids):
            if team_id in self.recused(name):
                continue
            if index in not_seen:
                teams.append({"id": team_id, "not_seen": True, "scores": {}, "note": "", "feedback": ""})
                continue
            scores = {c.key: c.min_score + (index + position + bump + len(name)) % (c.max_score - c.min_score + 1)
                      for position, c in enumerate(self.criteria)}
            teams.append({"id": team_id, "not_seen": False, "scores": scores, "note": f"note {index}", "feedback": f"feedback {index}"})
        with self.store.read() as session:
            version = session.exec(select(JurySetting).where(JurySetting.event_id == self.event_id)).one().rubric_version
        return {"event_ref": event_ref(self.secret), "rubric_fingerprint": rubric_fingerprint(self.criteria),
                "rubric_version": version, "juror": juror.token, "juror_name": name, "revision": revision,
                "finalised_at": "2026-03-11T16:40:00+00:00", "teams": teams}

    def sealed(self, body: dict, name: str | None = None) -> bytes:
        token = body.get("juror") if isinstance(body.get("juror"), str) else self.jurors["Anna"].token
        return seal(JUROR_FILE, body, juror_key(self.secret, token if name is None else self.jurors[name].token))

    def write(self, data: bytes, file_name: str) -> Path:
        path = self.folder / file_name
        path.write_bytes(data)
        return path

    def file(self, name: str, revision: int = 1, **options) -> Path:
        return self.write(self.sealed(self.body(name, revision, **options)), f"Juryscores {name} r{revision}.json")

    def state(self) -> dict:
        """Everything an import may change, to show that a refusal changed nothing."""
        with self.store.read() as session:
            return {
                "files": sorted((f.juror_id, f.revision, f.status, f.digest, f.reason) for f in session.exec(select(JurorFile))),
                "scores": sorted((s.juror_id, s.team_id, s.criterion_id, s.value) for s in session.exec(select(Score))),
                "sheets": sorted((s.juror_id, s.team_id, s.not_seen, s.note, s.feedback) for s in session.exec(select(ScoreSheet))),
                "log": sorted((g.kind, g.reason) for g in session.exec(select(JuryLog))),
                "closed": session.exec(select(JurySetting.closed_at)).one(),
            }

    def scores_of(self, name: str) -> dict[tuple[int, str], int]:
        keys = {c.id: c.key for c in self.criteria}
        with self.store.read() as session:
            rows = session.exec(select(Score).where(Score.juror_id == self.jurors[name].id))
            return {(s.team_id, keys[s.criterion_id]): s.value for s in rows}

    def files_of(self, name: str) -> list[tuple[int, str, str]]:
        with self.store.read() as session:
            rows = session.exec(select(JurorFile).where(JurorFile.juror_id == self.jurors[name].id).order_by(JurorFile.revision))
            return [(f.revision, f.status, f.source) for f in rows]


def make_jury_event(store, template, folder: Path, teams: int = 4, jurors: tuple[str, ...] = JURORS,
                    criteria: tuple = CRITERIA) -> JuryEvent:
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    with store.write() as session:
        team_rows = [Team(event_id=event_id, number=n, name=f"Team {n}") for n in range(1, teams + 1)]
        juror_rows = [Juror(event_id=event_id, name=name, position=i, chair=(i == 0), token=new_token()) for i, name in enumerate(jurors)]
        criterion_rows = [Criterion(event_id=event_id, key=key, position=i, title_nl=title, title_en=title, weight=weight,
                                    min_score=low, max_score=high) for i, (key, title, weight, low, high) in enumerate(criteria)]
        session.add_all(team_rows + juror_rows + criterion_rows)
        session.flush()
        if "Cas" in jurors and teams > 1:
            cas = next(j for j in juror_rows if j.name == "Cas")
            session.add(Recusal(juror_id=cas.id, team_id=team_rows[1].id, reason="works there"))
        secret = setting(session, event_id, template.jury).secret
    return JuryEvent(store, event_id, secret, [t.id for t in team_rows], {j.name: j for j in juror_rows}, criterion_rows, folder)


@pytest.fixture
def jury_event(store, staatsprint_template, tmp_path) -> JuryEvent:
    return make_jury_event(store, staatsprint_template, tmp_path)


@pytest.fixture
def sqlite_jury_event(sqlite_store, staatsprint_template, tmp_path) -> JuryEvent:
    return make_jury_event(sqlite_store, staatsprint_template, tmp_path)
