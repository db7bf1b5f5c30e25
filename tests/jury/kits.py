"""Jury kits for tests: a kit body as COMMON describes it, sealed with ``app.signed.sealed.seal``
(the juror's laptop needs nothing else; the facilitator's real export is tested on its own)."""

from __future__ import annotations

from pathlib import Path

from app.jury.keys import KIT, event_ref, juror_key
from app.signed.sealed import digest, seal

SECRET = "ab" * 32
TOKEN = "c0ffee" * 5 + "ab"
CRITERIA = [
    ("problem", "Probleem scherp in beeld", "Problem sharply identified"),
    ("idea", "Concreet idee", "Concrete idea"),
    ("plan", "Realistisch actieplan", "Realistic action plan"),
    ("impact", "Impact", "Impact"),
    ("unique", "Uniek", "Unique"),
    ("pitch", "Enthousiaste, geloofwaardige pitch", "Enthusiastic, credible pitch"),
]
LEVELS = [(1, 3, "Vaag", "Vague"), (4, 5, "Herkenbaar", "Recognisable"), (6, 7, "Concreet", "Concrete"), (8, 10, "Scherp", "Sharp")]
TEAMS = [
    (11, 1, "De Datadokters", "gemeentelijke IT", "Eén gemeentelijke app-winkel: gemeenten delen bewezen oplossingen."),
    (12, 2, "Samen Sterk", "gemeentelijke IT", "Een gezamenlijk inkoopplatform voor kleine gemeenten."),
    (13, 3, "De Bruggenbouwers", "ketensamenwerking", "Eén dossier per gezin, met toestemming gedeeld tussen afdelingen."),
    (14, 4, "Team Transparant", "ketensamenwerking", "Inwoners zien zelf welke gegevens de gemeente over hen heeft."),
    (15, 5, "Vlotte Vergunning", "dienstverlening", "Een vergunning in één middag, met een vaste contactpersoon."),
]


def criteria(weights: dict[str, int] | None = None) -> list[dict]:
    weights = weights or {}
    return [
        {"key": key, "title": {"nl": nl, "en": en}, "description": {"nl": f"Beschrijving van {nl}.", "en": f"About {en}."},
         "weight": weights.get(key, 1), "min": 1, "max": 10,
         "levels": [{"min": lo, "max": hi, "nl": tnl, "en": ten} for lo, hi, tnl, ten in LEVELS]}
        for key, nl, en in CRITERIA
    ]


def kit_body(recused: tuple[int, ...] = (), weights: dict[str, int] | None = None, token: str = TOKEN,
             name: str = "Anna de Vries", teams=TEAMS) -> dict:
    rubric = criteria(weights)
    return {
        "event": {"ref": event_ref(SECRET), "name": "Staatsprint Den Haag", "day": "2026-03-11", "lang": "nl"},
        "rubric": {"version": 1, "fingerprint": digest(rubric)},
        "juror": {"token": token, "name": name, "organisation": "BZK", "chair": False},
        "key": juror_key(SECRET, token).hex(),
        "criteria": rubric,
        "teams": [{"id": tid, "number": number, "name": tname, "challenge": {"nl": ch, "en": ch}, "idea": idea,
                   "room": "", "position": position, "recused": tid in recused}
                  for position, (tid, number, tname, ch, idea) in enumerate(teams, start=1)],
        "made_at": "2026-03-11T15:30:00+01:00",
    }


def write_kit(folder: Path, body: dict | None = None, **kwargs) -> Path:
    body = body or kit_body(**kwargs)
    path = folder / f"Jurykit {body['juror']['name']}.json"
    path.write_bytes(seal(KIT, body, juror_key(SECRET, body["juror"]["token"])))
    return path
