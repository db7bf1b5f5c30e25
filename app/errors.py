"""Errors the domain reports to people.

A DomainError carries a stable ``code`` and its ``params`` so the UI can show a
translated message, and an English ``message`` for the command line and logs.
"""

from __future__ import annotations


class DomainError(Exception):
    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class WriteFailed(DomainError):
    """The database did not take a write (disk full, busy, read-only, a value it refuses, gone).

    The transaction was rolled back whole, so nothing of the action was changed. Codes:
    ``db_write_full``, ``db_write_locked``, ``db_write_readonly``, ``db_write_refused``,
    ``db_write_io`` and ``db_write_connection``; ``reason`` holds the database's own words.
    """
