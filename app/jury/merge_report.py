"""The import report: per file what became of it (accepted, duplicate, superseded, after close,
refused) with the juror, the revision and the reason — the same for the window and the command line
(its words: ui/jury/import_report_dialog.py and app/jury/import_words.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import DomainError

ACCEPTED, DUPLICATE, SUPERSEDED, AFTER_CLOSE, REFUSED = "accepted", "duplicate", "superseded", "after_close", "refused"
OUTCOMES = (ACCEPTED, DUPLICATE, SUPERSEDED, AFTER_CLOSE, REFUSED)


@dataclass
class FileOutcome:
    """One file of an import. ``code``/``params``: why (a refusal's DomainError, or the outcome's own
    detail, e.g. ``replaces``) for a translated message; ``message``: the same in English."""

    name: str
    outcome: str
    juror: str = ""
    revision: int | None = None
    code: str = ""
    message: str = ""
    params: dict = field(default_factory=dict)
    juror_file_id: int | None = None
    claimed: str = ""  # a refused file: the juror its body names, NOT verified (its signature did not hold)


@dataclass
class ImportReport:
    """``replaced_before``: revisions received in an earlier import that a file of this one replaced
    (its line says "replaces revision N"); they count as superseded in the summary."""

    files: list[FileOutcome] = field(default_factory=list)
    replaced_before: int = 0

    def of(self, outcome: str) -> list[FileOutcome]:
        return [entry for entry in self.files if entry.outcome == outcome]

    @property
    def all_taken(self) -> bool:
        """Every file accepted or a duplicate (the command's exit code 0)."""
        return all(entry.outcome in (ACCEPTED, DUPLICATE) for entry in self.files)

    @property
    def superseded_count(self) -> int:
        """Revisions this import superseded: its own files kept as superseded, and the ones it replaced."""
        return len(self.of(SUPERSEDED)) + self.replaced_before


def refused(name: str, error: DomainError, juror: str = "", revision: int | None = None, claimed: str = "") -> FileOutcome:
    return FileOutcome(name, REFUSED, juror, revision, error.code, error.message, dict(error.params), claimed=claimed)


def accepted(name: str, juror: str, revision: int, juror_file_id: int, replaces: int | None) -> FileOutcome:
    message = f"in use; replaces revision {replaces}" if replaces is not None else "in use"
    return FileOutcome(name, ACCEPTED, juror, revision, "juror_file_accepted", message, {"replaces": replaces}, juror_file_id)


def duplicate(name: str, juror: str, revision: int, juror_file_id: int) -> FileOutcome:
    return FileOutcome(name, DUPLICATE, juror, revision, "juror_file_duplicate", "received before: nothing changed", {}, juror_file_id)


def older(name: str, juror: str, revision: int, juror_file_id: int, newer: int) -> FileOutcome:
    return FileOutcome(name, SUPERSEDED, juror, revision, "juror_file_older_kept",
                       f"older than revision {newer}, received before: kept for the record, the scores are unchanged",
                       {"newer": newer}, juror_file_id)


def held(name: str, juror: str, revision: int, juror_file_id: int) -> FileOutcome:
    return FileOutcome(name, AFTER_CLOSE, juror, revision, "juror_file_after_close",
                       "scoring is closed: held until the chair accepts it; the scores are unchanged", {}, juror_file_id)


def replaces_paper(entry: FileOutcome, revision: int) -> None:
    """A signed file that took the revision number of a paper sheet typed in for its juror
    (app/jury/revisions.py): the typed copy is kept for the record."""
    entry.message += f"; replaces the paper sheet typed as revision {revision} (kept for the record)"
    entry.params["paper"] = revision


def replaced_later(entry: FileOutcome, newer: int) -> None:
    """An entry accepted earlier in the same import that a newer revision of it replaced."""
    entry.outcome, entry.code = SUPERSEDED, "juror_file_replaced_here"
    entry.message, entry.params = f"replaced by revision {newer} of this import", {"newer": newer}

