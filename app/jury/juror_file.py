"""A juror file's body and name, as the juror's laptop writes them (the facilitator's import checks
them: app/jury/juror_file_check.py).

The body (sealed as ``JUROR_FILE`` with the juror's key, see docs in COMMON/app.signed.sealed)::

    {"event_ref", "rubric_fingerprint", "rubric_version", "juror": token, "juror_name", "revision",
     "finalised_at": iso (information only),
     "teams": [{"id", "not_seen", "scores": {criterion key: int}, "note", "feedback"}]}

Every team the juror is to score appears once: not seen with no scores, or every criterion scored
within its scale; a team the juror recused from never appears.
"""

from __future__ import annotations

from app.export.names import safe

FILE_PREFIX = "Juryscores"


def file_name(juror_name: str, revision: int) -> str:
    """``Juryscores <Juror Name> r<revision>.json``, safe on every file system."""
    name = safe(juror_name)[:100].rstrip(" .") or "juror"
    return f"{FILE_PREFIX} {name} r{revision}.json"


def build_body(*, event_ref: str, fingerprint: str, rubric_version: int, token: str, juror_name: str,
               revision: int, finalised_at: str, teams: list[dict]) -> dict:
    """The body for ``teams`` (each ``{"id", "not_seen", "scores", "note", "feedback"}``, in running order)."""
    return {
        "event_ref": event_ref, "rubric_fingerprint": fingerprint, "rubric_version": rubric_version,
        "juror": token, "juror_name": juror_name, "revision": revision, "finalised_at": finalised_at,
        "teams": [
            {"id": t["id"], "not_seen": bool(t["not_seen"]), "scores": {} if t["not_seen"] else dict(t["scores"]),
             "note": t["note"], "feedback": t["feedback"]}
            for t in teams
        ],
    }
