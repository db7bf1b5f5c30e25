"""What a registration file holds and what importing it would do: the shared vocabulary of the
participants import (app/participants/import_*.py), its screen (ui/participants/) and its command.

A registration export is read into a ``Table`` (file, sheet, headers, rows with the line numbers a
spreadsheet shows); its columns are mapped to ``FIELDS``; the ``ImportReport`` says, row by row, what an
import adds, what it skips as a duplicate and what it refuses, before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What a column can be; a column mapped to IGNORED is not read.
FIELDS = ("name", "email", "organisation", "job_title", "motivation", "challenge")
IGNORED = ""


@dataclass(frozen=True)
class Table:
    """A registration file as read: every cell as text (trimmed), ``line`` as the file or sheet numbers it."""

    source: str  # the file's name, for messages
    sheet: str | None  # an XLSX's sheet; None for CSV
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells) below the header row


@dataclass(frozen=True)
class Incoming:
    """A row that imports: a participant, not yet in a team."""

    line: int
    name: str
    email: str = ""
    organisation: str = ""
    job_title: str = ""
    motivation: str = ""
    challenge_key: str | None = None  # the preferred challenge, resolved to the template's key


@dataclass(frozen=True)
class Duplicate:
    line: int
    of: str  # whom it repeats, in words: "regel 4" / "line 4", or "Anna de Vries (al in het evenement)"


@dataclass(frozen=True)
class Refusal:
    line: int
    reason: str  # in words (the report's language): "geen naam", "onbekende challenge “7” (kolom Voorkeur)"
    column: str | None = None  # the header of the cell at fault, if one is


@dataclass(frozen=True)
class ImportReport:
    to_import: tuple[Incoming, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    refused: tuple[Refusal, ...] = ()
    skipped_empty: int = 0
    imported: int = 0  # after the import: how many were written (0 in a preview or a dry run)

    @property
    def clean(self) -> bool:
        """Every row imported or skipped: the command's exit code 0."""
        return not self.refused

    def as_json(self) -> dict:
        """The documented form of ``staatsprint import participants --json``."""
        return {
            "imported": self.imported,
            "duplicates": [{"line": d.line, "of": d.of} for d in self.duplicates],
            "refused": [{"line": r.line, "reason": r.reason} for r in self.refused],
            "skipped_empty": self.skipped_empty,
        }


@dataclass(frozen=True)
class Mapping:
    """Which field each column is (by column index); ``unknown``: headers no rule recognised and no
    remembered mapping names — the screen asks for these before the preview (the mapping step)."""

    fields: dict[int, str] = field(default_factory=dict)  # column index -> one of FIELDS or IGNORED
    unknown: tuple[int, ...] = ()
