"""The jury's identities and keys: the event's secret (only the facilitator's database holds it),
the event's public reference, each juror's signing key, and the rubric's fingerprint.

A juror's key is HMAC-SHA256(secret, "juror:<token>"): the facilitator's database can recompute it
for every juror, so a juror file proves which juror made it, for this event, without any key being
stored beside the secret. A kit carries its juror's key (the juror's laptop signs with it).
"""

from __future__ import annotations

import hashlib
import secrets

from sqlmodel import Session, select

from app.day.template_jury import Jury
from app.signed.sealed import derive_key, digest
from db.models import Criterion, JurySetting

JUROR_FILE = "juror_scores"  # the sealed kind of a juror file
KIT = "jury_kit"  # the sealed kind of a jury kit


def event_ref(secret_hex: str) -> str:
    """The event's reference in kits and juror files: names the event without revealing the secret."""
    return hashlib.sha256(f"event:{secret_hex}".encode()).hexdigest()[:16]


def juror_key(secret_hex: str, token: str) -> bytes:
    return derive_key(secret_hex, f"juror:{token}")


def new_token() -> str:
    return secrets.token_hex(16)


def setting(session: Session, event_id: int, jury: Jury) -> JurySetting:
    """The event's jury settings; made on first use (inside a store write) with a new secret and the
    template's ``jury`` defaults (the deciding ranking, the tie-break order)."""
    row = session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).first()
    if row is None:
        row = JurySetting(event_id=event_id, secret=secrets.token_hex(32), deciding=jury.deciding,
                          tie_break=list(jury.tie_break), tie_criterion=jury.tie_criterion)
        session.add(row)
        session.flush()
    return row


def rubric_body(criteria: list[Criterion]) -> list[dict]:
    """The rubric as kits and juror files carry it (criteria in order, integers only)."""
    return [
        {
            "key": c.key, "title": {"nl": c.title_nl, "en": c.title_en},
            "description": {"nl": c.description_nl, "en": c.description_en},
            "weight": c.weight, "min": c.min_score, "max": c.max_score, "levels": c.levels,
        }
        for c in sorted(criteria, key=lambda c: (c.position, c.id or 0))
    ]


def rubric_fingerprint(criteria: list[Criterion]) -> str:
    """Changes whenever a criterion, weight, scale or level text changes: a juror file must match it."""
    return digest(rubric_body(criteria))
