"""A juror's revisions as the facilitator holds them: which one is in use, and its scores as rows.

Each juror has at most one revision "in_use"; its values are the juror's ``Score`` and ``ScoreSheet``
rows, which the results read. A newer revision replaces it (the older becomes "superseded"); an older
one than any already received is kept for the record as "superseded" and changes nothing; after scoring
closed a new revision is held as "after_close" until the chair accepts it.

A paper sheet is typed in as the juror's next revision number (app/jury/paper.py), a number the
juror's own laptop does not know about: it may sign a file with that same number later. The juror's
signed file wins that number. When a signed file arrives with revision R and the stored R is a paper
sheet (other content), the typed copy is kept for the record under revision -R (a negative number: a
paper sheet a signed file replaced; the unique (juror, revision) pair stays whole) with its reason
said, and the signed file is placed as revision R by the usual rules: in use, it supersedes the typed
copy if that was in use; after close it is held and the typed copy stays in use until the chair
accepts it (the Scores tab shows that typed copy as revision R, source paper). The report says it
"replaces the paper sheet". Any other clash of a revision number (two signed files, or a paper sheet
against a stored file) is refused: ask the juror.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from app.errors import DomainError
from app.jury.arrival import scores_arrived
from app.jury.juror_file_check import CheckedSheet, EventJury
from app.storage.store import Store
from db.models import Criterion, JurorFile, JuryLog, JurySetting, Score, ScoreSheet

IN_USE, SUPERSEDED, WITHDRAWN, AFTER_CLOSE = "in_use", "superseded", "withdrawn", "after_close"
FILE, PAPER = "file", "paper"


@dataclass(frozen=True)
class Placed:
    """What storing one revision did: ``outcome`` "accepted", "duplicate", "older" (kept as superseded)
    or "after_close"; ``replaces``: the revision it took over from (for "older": the newer one received before)."""

    outcome: str
    row: JurorFile
    replaces: JurorFile | None = None
    paper: int | None = None  # the revision number of the paper sheet this signed file took over (see above)


def place_revision(store: Store, session: Session, jury: EventJury, sheet: CheckedSheet, body: dict, digest: str,
                   source: str) -> Placed:
    """Store ``sheet`` (checked) as its juror's revision and put it in use where the rules say so.
    The same revision again with the same content is a duplicate; with other content it is refused —
    except a signed file over a paper sheet of its number, which takes the number (module docstring)."""
    juror = sheet.juror
    rows = list(session.exec(select(JurorFile).where(JurorFile.juror_id == juror.id)))
    same = next((row for row in rows if row.revision == sheet.revision), None)
    if same is not None:
        if same.digest == digest:
            return Placed("duplicate", same)
        if not (same.source == PAPER and source == FILE):
            newer = max(row.revision for row in rows)
            if newer > sheet.revision:
                raise DomainError("juror_file_older_differs", f"this revision {sheet.revision} differs from the revision "
                                  f"{sheet.revision} received before, but changes nothing: the newer revision {newer} counts",
                                  juror=juror.name, revision=sheet.revision, newer=newer)
            raise DomainError("juror_file_revision_clash", f"revision {sheet.revision} of {juror.name} was received before with "
                              "other scores: ask the juror which is right and to finalise a new revision",
                              juror=juror.name, revision=sheet.revision)
        _renumber_paper(session, same)
    placed = _place(store, session, jury, sheet, body, digest, source, rows)
    return placed if same is None else Placed(placed.outcome, placed.row, placed.replaces, sheet.revision)


def _renumber_paper(session: Session, paper: JurorFile) -> None:
    """The typed copy makes way for the juror's signed file of its number: kept as revision -R."""
    paper.reason = f"typed from the paper sheet as revision {paper.revision}; replaced by the juror's signed file of that number"
    paper.revision = -paper.revision
    session.add(paper)
    session.flush()


def _place(store: Store, session: Session, jury: EventJury, sheet: CheckedSheet, body: dict, digest: str, source: str,
           rows: list[JurorFile]) -> Placed:
    juror = sheet.juror
    if not scores_arrived(session, jury.setting.event_id):
        session.add(opening_log(jury.setting))
    newest = max(rows, key=lambda row: row.revision, default=None)
    in_use = next((row for row in rows if row.status == IN_USE), None)
    if newest is not None and newest.revision > sheet.revision:
        status, outcome = SUPERSEDED, "older"
    elif jury.setting.closed_at is not None:
        status, outcome = AFTER_CLOSE, "after_close"
    else:
        status, outcome = IN_USE, "accepted"
    row = JurorFile(event_id=jury.setting.event_id, juror_id=juror.id, revision=sheet.revision, rubric_version=sheet.rubric_version,
                    digest=digest, source=source, status=status, body=body, finalised_at=sheet.finalised_at)
    session.add(row)
    if status != IN_USE:
        session.flush()
        return Placed(outcome, row, newest if outcome == "older" else None)
    if in_use is not None:
        in_use.status = SUPERSEDED
        session.add(in_use)
    session.flush()
    apply_revision(session, row, store)
    return Placed(outcome, row, in_use)


def apply_revision(session: Session, juror_file: JurorFile, store: Store | None = None) -> None:
    """The revision's values become its juror's Score and ScoreSheet rows (replacing the juror's earlier rows).
    With ``store`` (the store whose write ``session`` is) they go in as one multi-row INSERT per table — an
    import of many files — otherwise as ORM rows; the change feed hears of them either way."""
    clear_scores(session, juror_file.juror_id)
    criteria = {c.key: c.id for c in session.exec(select(Criterion).where(Criterion.event_id == juror_file.event_id))}
    sheets, scores = revision_values(juror_file.juror_id, juror_file.body, criteria)
    if store is not None:
        store.insert_rows(session, ScoreSheet.__table__, sheets)
        store.insert_rows(session, Score.__table__, scores)
        return
    session.add_all([ScoreSheet(**row) for row in sheets] + [Score(**row) for row in scores])
    session.flush()


def revision_values(juror_id: int, body: dict, criteria: dict[str, int]) -> tuple[list[dict], list[dict]]:
    """A checked revision's ScoreSheet and Score rows as values (``criteria``: criterion key -> id)."""
    sheets, scores = [], []
    for team in body["teams"]:
        sheets.append({"juror_id": juror_id, "team_id": team["id"], "not_seen": team.get("not_seen", False),
                       "note": team.get("note", ""), "feedback": team.get("feedback", ""), "version": 1})
        scores.extend({"juror_id": juror_id, "team_id": team["id"], "criterion_id": criteria[key], "value": value, "version": 1}
                      for key, value in team["scores"].items())
    return sheets, scores


def opening_log(setting: JurySetting) -> JuryLog:
    """Scoring opened: what decides, and how ties break, as they stood when the first revision came."""
    return JuryLog(event_id=setting.event_id, kind="scoring_opened",
                   detail={"deciding": setting.deciding, "tie_break": list(setting.tie_break),
                           "tie_criterion": setting.tie_criterion, "rubric_version": setting.rubric_version})


def clear_scores(session: Session, juror_id: int) -> None:
    """The juror's Score and ScoreSheet rows go (loaded first, so the change feed hears of each)."""
    for model in (Score, ScoreSheet):
        for row in session.exec(select(model).where(model.juror_id == juror_id)):
            session.delete(row)
    session.flush()



