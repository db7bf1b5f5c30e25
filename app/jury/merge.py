"""Importing juror files: each verified (signature, event, rubric, juror, every score), then stored
and put in use by the rules of app/jury/revisions.py — several files in one transaction.

A refused file is reported with its reason and does not keep the others out; a database failure rolls
the whole import back (nothing of it is kept). Files are taken in order of revision, so a juror's
revisions 1 and 2 imported together leave revision 2 in use. A file identical to a stored revision
(same juror, revision and content) is a duplicate before anything else is checked, so importing a
folder again after the rubric changed reports duplicates, not "made for an earlier rubric".
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlmodel import Session, select

from app.errors import DomainError
from app.jury import merge_report as report
from app.jury.juror_file_check import CheckedSheet, EventJury, check_body, event_jury
from app.jury.keys import JUROR_FILE, juror_key
from app.jury.merge_report import FileOutcome, ImportReport
from app.jury.revisions import Placed, apply_revision, place_revision
from app.jury.scoring_state import accept_after_close, close_scoring, withdraw
from app.signed.sealed import digest, read_sealed_file
from app.storage.store import Store
from db.models import JurorFile

__all__ = ["ImportReport", "accept_after_close", "apply_revision", "close_scoring",
           "import_juror_files", "run_import_command", "withdraw"]


@dataclass
class _Verified:
    index: int
    body: dict
    sheet: CheckedSheet


CLAIMED_LENGTH = 80  # an unverified name is shown, so it is kept short


def import_juror_files(store: Store, event_id: int, paths: Iterable[Path | str]) -> ImportReport:
    """Verify and import the juror files at ``paths`` (one transaction); the report says per file what
    became of it. Raises WriteFailed (nothing imported) only when the database did not take the import."""
    paths = [Path(path) for path in paths]
    entries: list[FileOutcome | None] = [None] * len(paths)
    with store.write() as session:
        jury = event_jury(session, event_id)
        verified = []
        for index, path in enumerate(paths):
            named: list[str] = []
            try:
                body = _open(jury, path, named)
            except DomainError as error:
                entries[index] = report.refused(path.name, error, claimed=named[0] if named else "")
                continue
            stored = _stored_copy(session, jury, body)
            if stored is not None:  # the very file received before: a duplicate, whatever changed since
                entries[index] = report.duplicate(path.name, jury.jurors[body["juror"]].name, stored.revision, stored.id)
                continue
            try:
                verified.append(_Verified(index, body, check_body(jury, body)))
            except DomainError as error:  # signed by a juror of ours: name them in the report
                revision = body.get("revision")
                entries[index] = report.refused(path.name, error, jury.jurors[body["juror"]].name,
                                                revision if isinstance(revision, int) else None)
        accepted_here: dict[int, FileOutcome] = {}
        replaced_before = 0
        for item in sorted(verified, key=lambda v: v.sheet.revision):
            name, sheet = paths[item.index].name, item.sheet
            try:
                placed = place_revision(store, session, jury, sheet, item.body, digest(item.body), "file")
            except DomainError as error:
                entries[item.index] = report.refused(name, error, sheet.juror.name, sheet.revision)
                continue
            if placed.outcome == "accepted" and placed.replaces is not None and placed.replaces.id not in accepted_here:
                replaced_before += 1  # in use since an earlier import: superseded now
            entries[item.index] = _outcome(name, sheet, placed, accepted_here)
    return ImportReport([entry for entry in entries if entry is not None], replaced_before)


def run_import_command(store: Store, event_id: int, args: argparse.Namespace, out: TextIO) -> int:
    """``staatsprint jury import FILE…``: the report in ``--lang`` (default Dutch); 0 when every file was
    accepted or a duplicate, else 2."""
    from app.jury.import_words import report_lines

    result = import_juror_files(store, event_id, args.files)
    for line in report_lines(result, getattr(args, "lang", None) or "nl"):
        print(line, file=out)
    return 0 if result.all_taken else 2


def _open(jury: EventJury | None, path: Path, named: list[str]) -> dict:
    """The file's body once its signature holds: made by one of this event's jurors. ``named`` gets the
    juror the body names before it is verified (a refused file's report says whom it claims to be from)."""
    if jury is None:
        raise DomainError("jury_not_set_up", "this event has no jury yet: set up the jurors and send their kits first")

    def key_for(body: dict) -> bytes | None:
        token = body.get("juror")
        name = body.get("juror_name")
        if isinstance(name, str) and name.strip():
            named.append(" ".join(name.split())[:CLAIMED_LENGTH])
        elif isinstance(token, str) and token in jury.jurors:
            named.append(jury.jurors[token].name)
        if isinstance(token, str) and token in jury.jurors:
            return juror_key(jury.setting.secret, token)
        if body.get("event_ref") != jury.ref:  # unverified, so only to name the likely reason
            raise DomainError("juror_file_other_event", f"{path.name} was made for another event")
        return None

    return read_sealed_file(path, JUROR_FILE, key_for)


def _stored_copy(session: Session, jury: EventJury, body: dict) -> JurorFile | None:
    """The stored revision this verified body is an exact copy of (same juror, revision and content),
    looked up before the body is checked against today's rubric and teams: a file imported before the
    rubric changed, imported again, is a duplicate — not "made for an earlier rubric"."""
    revision = body.get("revision")
    if not isinstance(revision, int):
        return None
    juror = jury.jurors[body["juror"]]
    return session.exec(select(JurorFile).where(JurorFile.juror_id == juror.id, JurorFile.revision == revision,
                                                JurorFile.digest == digest(body))).first()


def _outcome(name: str, sheet: CheckedSheet, placed: Placed, accepted_here: dict[int, FileOutcome]) -> FileOutcome:
    entry = _placed_outcome(name, sheet, placed, accepted_here)
    if placed.paper is not None:
        report.replaces_paper(entry, placed.paper)
    return entry


def _placed_outcome(name: str, sheet: CheckedSheet, placed: Placed, accepted_here: dict[int, FileOutcome]) -> FileOutcome:
    juror, revision, row = sheet.juror.name, sheet.revision, placed.row
    if placed.outcome == "duplicate":
        return report.duplicate(name, juror, revision, row.id)
    if placed.outcome == "older":
        return report.older(name, juror, revision, row.id, placed.replaces.revision)
    if placed.outcome == "after_close":
        return report.held(name, juror, revision, row.id)
    replaces = placed.replaces
    if replaces is not None and replaces.id in accepted_here:
        report.replaced_later(accepted_here.pop(replaces.id), revision)
    replaced = replaces.revision if replaces is not None and placed.paper is None else None  # the paper sheet: said below
    entry = report.accepted(name, juror, revision, row.id, replaced)
    accepted_here[row.id] = entry
    return entry
