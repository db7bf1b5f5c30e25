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
