"""The one signed-file scheme: juror files, team files and event archives are sealed alike.

A sealed file is JSON: ``{"format": "staatsprint-sealed", "version": 1, "kind": …, "body": …, "hmac": …}``.
The HMAC-SHA256 is taken with a key derived from the event's secret over the *canonical* form of
``{"body", "kind", "version"}``: keys sorted, UTF-8, no spaces, and no floats anywhere (a float prints
differently on different machines; scores and weights are integers). Whitespace or key order in the
file itself does not matter; any change of content does.

Opening one never trusts it before the signature holds: its size is checked before it is read, its
JSON before its shape, and the key is looked up from the (unverified) body only to verify it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from pathlib import Path

from app.errors import DomainError

FORMAT = "staatsprint-sealed"
VERSION = 1
MAX_BYTES = 2_000_000  # a juror file of 50 teams is ~60 kB; anything near this size is not one


class SealError(DomainError):
    """A file that is not a valid sealed file of the kind expected. ``code`` says why:
    ``sealed_too_large``, ``sealed_unreadable``, ``sealed_not_json``, ``sealed_not_sealed``,
    ``sealed_wrong_kind``, ``sealed_newer``, ``sealed_unknown_key`` or ``sealed_altered``."""


def canonical(value: object) -> bytes:
    """``value`` as canonical JSON bytes; a float (or NaN) anywhere is refused with ValueError."""
    _refuse_floats(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def digest(value: object) -> str:
    """SHA-256 (hex) of ``value``'s canonical form: the same content gives the same digest."""
    return hashlib.sha256(canonical(value)).hexdigest()


def derive_key(secret_hex: str, purpose: str) -> bytes:
    """A key for one purpose (``"juror:<token>"``) from the event's secret: HMAC-SHA256(secret, purpose)."""
    return hmac.new(bytes.fromhex(secret_hex), purpose.encode("utf-8"), hashlib.sha256).digest()


def seal(kind: str, body: dict, key: bytes) -> bytes:
    """The file's bytes: ``body`` sealed as ``kind`` with ``key`` (readable JSON, indented)."""
    mac = _mac(kind, body, key)
    document = {"format": FORMAT, "version": VERSION, "kind": kind, "body": body, "hmac": mac}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def read_sealed_file(path: Path | str, kind: str, key_for: Callable[[dict], bytes | None],
                     max_bytes: int = MAX_BYTES) -> dict:
    """The verified body of the sealed file at ``path``: size checked before reading (``max_bytes``:
    an event archive with its storyboard pictures is allowed more)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SealError("sealed_too_large", f"{path.name} is {size // 1_000_000} MB: no Staatsprint file is that large",
                            name=path.name, size=size)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SealError("sealed_unreadable", f"{path.name} could not be read: {exc.strerror or exc}", name=path.name,
                        missing=isinstance(exc, FileNotFoundError)) from exc
    return open_sealed(data, kind, key_for, name=path.name, max_bytes=max_bytes)


def open_sealed(data: bytes, kind: str, key_for: Callable[[dict], bytes | None], name: str = "the file",
                max_bytes: int = MAX_BYTES) -> dict:
    """The verified body of sealed ``data`` of ``kind``; ``key_for(body)`` gives the key to verify with
    (None: the body names no key we know). Raises SealError with the reason."""
    if len(data) > max_bytes:
        raise SealError("sealed_too_large", f"{name} is too large to be a Staatsprint file", name=name, size=len(data))
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SealError("sealed_not_json", f"{name} is not a Staatsprint file (not JSON, or cut off)", name=name) from exc
    if not (isinstance(document, dict) and document.get("format") == FORMAT and isinstance(document.get("body"), dict)
            and isinstance(document.get("hmac"), str) and isinstance(document.get("version"), int)):
        raise SealError("sealed_not_sealed", f"{name} is not a signed Staatsprint file", name=name)
    if document.get("kind") != kind:
        raise SealError("sealed_wrong_kind", f"{name} is {kind_words(document.get('kind'))}, not {kind_words(kind)}",
                        name=name, found=str(document.get("kind")), expected=kind)
    if document["version"] > VERSION:
        raise SealError("sealed_newer", f"{name} was made by a newer Staatsprint: update the app", name=name)
    body = document["body"]
    key = key_for(body)
    if key is None:
        raise SealError("sealed_unknown_key", f"{name} was not made for this event (or by someone it does not know)", name=name)
    try:
        expected = _mac(kind, body, key)
    except ValueError as exc:  # a float slipped in: no file we seal has one
        raise SealError("sealed_altered", f"{name} was changed after it was signed", name=name) from exc
    if not hmac.compare_digest(expected, document["hmac"]):
        raise SealError("sealed_altered", f"{name} was changed after it was signed, or signed with another key", name=name)
    return body


KIND_WORDS = {"juror_scores": "a juror file", "jury_kit": "a jury kit", "team-file": "a team file",
              "event-archive": "an event archive", "team-archive": "a team archive"}


def kind_words(kind: object) -> str:
    """A sealed file's kind as people say it ("a team file"), for messages."""
    return KIND_WORDS.get(kind, "another kind of Staatsprint file") if isinstance(kind, str) else "another kind of Staatsprint file"


def _mac(kind: str, body: dict, key: bytes) -> str:
    return hmac.new(key, canonical({"body": body, "kind": kind, "version": VERSION}), hashlib.sha256).hexdigest()


def _refuse_floats(value: object) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            raise ValueError("a float has no canonical form: use integers")
        if isinstance(item, dict):
            if not all(isinstance(key, str) for key in item):
                raise ValueError("object keys are text")
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
