"""A juror file's body: built on the juror's laptop, checked there and again by the facilitator's import.

The body (sealed as ``JUROR_FILE`` with the juror's key, see docs in COMMON/app.signed.sealed)::

    {"event_ref", "rubric_fingerprint", "rubric_version", "juror": token, "juror_name", "revision",
     "finalised_at": iso (information only),
     "teams": [{"id", "not_seen", "scores": {criterion key: int}, "note", "feedback"}]}

Every team the juror is to score appears once: not seen with no scores, or every criterion scored
within its scale; a team the juror recused from never appears.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from app.errors import DomainError
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


def check_body(body: dict, criteria: list[dict], teams: Mapping[int, str], recused: Collection[int] = ()) -> None:
    """Raise DomainError unless ``body`` holds exactly ``teams`` (id -> the team as people know it,
    "Team 3 De Datadragers"), each not seen or fully scored within ``criteria`` (rubric_body form).

    Codes: ``juror_file_shape``, ``juror_file_recused``, ``juror_file_team_unknown``, ``juror_file_team_twice``,
    ``juror_file_team_missing``, ``juror_file_not_seen_scored``, ``juror_file_criterion_missing``,
    ``juror_file_criterion_unknown``, ``juror_file_out_of_scale``."""
    rows = body.get("teams") if isinstance(body, dict) else None
    if not isinstance(rows, list) or not all(_team_shape(row) for row in rows):
        raise DomainError("juror_file_shape", "the juror file's teams are not in the expected form")
    seen: set[int] = set()
    for row in rows:
        _check_team(row, criteria, teams, set(recused), seen)
    missing = [label for team_id, label in teams.items() if team_id not in seen]
    if missing:
        raise DomainError("juror_file_team_missing", f"the juror file has no scores for {', '.join(missing)}",
                          teams=", ".join(missing))


def _team_shape(row: object) -> bool:
    return (isinstance(row, dict) and isinstance(row.get("id"), int) and isinstance(row.get("not_seen"), bool)
            and isinstance(row.get("scores"), dict) and isinstance(row.get("note"), str) and isinstance(row.get("feedback"), str))


def _check_team(row: dict, criteria: list[dict], teams: Mapping[int, str], recused: set[int], seen: set[int]) -> None:
    team_id = row["id"]
    if team_id in recused:
        raise DomainError("juror_file_recused", f"the juror file scores team {team_id}, from which the juror recused", team=team_id)
    if team_id not in teams:
        raise DomainError("juror_file_team_unknown", f"the juror file scores a team this event does not have ({team_id})", team=team_id)
    label = teams[team_id]
    if team_id in seen:
        raise DomainError("juror_file_team_twice", f"the juror file holds {label} twice", team=label)
    seen.add(team_id)
    scores = row["scores"]
    if row["not_seen"]:
        if scores:
            raise DomainError("juror_file_not_seen_scored", f"{label} is marked not seen but has scores", team=label)
        return
    keys = {c["key"] for c in criteria}
    unknown = sorted(set(scores) - keys)
    if unknown:
        raise DomainError("juror_file_criterion_unknown", f"{label} has a score for an unknown criterion ({unknown[0]})",
                          team=label, criterion=unknown[0])
    for criterion in criteria:
        _check_score(label, criterion, scores.get(criterion["key"]))


def _check_score(label: str, criterion: dict, value: object) -> None:
    title = criterion["title"]["nl"] or criterion["key"]
    if value is None:
        raise DomainError("juror_file_criterion_missing", f"{label} has no score for {title} and is not marked not seen",
                          team=label, criterion=title)
    if not isinstance(value, int) or isinstance(value, bool) or not criterion["min"] <= value <= criterion["max"]:
        raise DomainError("juror_file_out_of_scale", f"{label}: {value} for {title} is outside {criterion['min']}-{criterion['max']}",
                          team=label, criterion=title, value=str(value), min=criterion["min"], max=criterion["max"])
