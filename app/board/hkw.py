"""'Hoe kunnen we'-questions: every HKW note starts with the step's prefix, which nobody types.

The note field shows the prefix fixed; what is stored is the whole question, so every view and
the PDF show it as the team wrote it.
"""

from __future__ import annotations

from app.errors import DomainError

ELLIPSES = ("…", "...")


def question(prefix: str, typed: str) -> str:
    """The whole question: the prefix and what was typed after it. Typed text that starts with
    the prefix itself (pasted) does not repeat it; only the prefix, or nothing, is refused."""
    body = " ".join(typed.split())
    if body.casefold().startswith(prefix.casefold()):
        body = body[len(prefix):]
    body = body.strip()
    for dots in ELLIPSES:
        body = body.removeprefix(dots)
    body = body.strip()
    if not body:
        raise DomainError("hkw_empty", f"type the rest of the question after “{prefix} …”", prefix=prefix)
    return f"{prefix} {body}"
