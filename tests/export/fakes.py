"""Tiny stand-ins for the snapshot and the renderers: the export plumbing is tested without them.

The render functions are top-level, so the worker process (spawn) can import them by name.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from app.errors import DomainError
from app.export.dossier_data import EventSummary, TeamDossier
from app.export.files import write_atomically

DAY = date(2026, 3, 11)
MADE = datetime(2026, 3, 11, 16, 30, tzinfo=UTC)


def dossier(number: int = 3, name: str = "De Datadragers", lang: str = "nl") -> TeamDossier:
    return TeamDossier(event_name="Staatsprint", event_day=DAY, made_at=MADE, lang=lang, team_id=number * 10,
                       team_number=number, team_name=name, challenge="Digitale overheid")


def summary(teams: int = 4, lang: str = "nl", with_names: bool = True) -> EventSummary:
    return EventSummary(event_name="Staatsprint", event_day=DAY, location="Den Haag", made_at=MADE, lang=lang,
                        with_names=with_names, teams=tuple(dossier(n, f"Team {n}", lang) for n in range(1, teams + 1)))


def render_text(job, data, out, progress) -> int:
    """A 'PDF' that says what it was made of, with progress per team for the report."""
    teams = data.teams if isinstance(data, EventSummary) else (data,)
    for done, team in enumerate(teams, 1):
        out.write(f"{job.kind} {job.lang} {job.size} {team.shown_name}\n".encode())
        progress(done, len(teams))
    return len(teams)


def render_refused(job, data, out, progress) -> int:
    raise DomainError("export_fake_refusal", "the fake renderer refuses", reason="fake")


def render_broken(job, data, out, progress) -> int:
    raise ZeroDivisionError("division by zero")


def render_slowly(job, data, out, progress) -> int:
    """Says it started, then takes far longer than any test waits (it is cancelled)."""
    progress(0, 20)
    for _ in range(600):
        time.sleep(0.1)
    return 1


def render_into_the_file_slowly(job, data, out, progress) -> int:
    """Writes the target itself, slowly: a cancel lands while its temporary file exists."""

    def slow(handle):
        handle.write(b"half")
        handle.flush()
        progress(0, 1)
        time.sleep(60)

    write_atomically(job.target, slow)
    return 1
