"""People's text, checked once so SQLite and PostgreSQL keep exactly the same things.

SQLite stores any string of any length; PostgreSQL refuses a NUL and a VARCHAR(n) longer
than n, and neither engine can encode a lone surrogate. Every write of a person's text goes
through ``clean_line`` (names, titles: one line, inner whitespace folded) or ``clean_block``
(notes, answers: line breaks kept), so both engines accept and refuse the same inputs, with a
message. Lengths are counted in characters (code points), as PostgreSQL counts them: an
emoji is one character. A column's limit is read from the model (``column_limit``); text in
unbounded columns has the app's ``LONG_TEXT_MAX``.

``shorten`` and ``printable`` are the other side: bounded, safe text for a list entry or a
terminal, whatever a database holds; ``labelled`` prints a question or label before its answer.
"""

from __future__ import annotations

import re
import unicodedata

from app.errors import DomainError

LONG_TEXT_MAX = 5000  # a note, a kennismaking or knelpunt answer: enough for a paragraph, never a book
LABEL_MAX = 200  # the most a list entry or a label shows of a text (the rest is elided)
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n"}
# Control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) other than a line break or a
# tab, and lone surrogates (Cs): one search instead of a look-up per character.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Shown escaped by ``printable``: besides control characters and surrogates, the characters that
# reorder or break a terminal's line (bidirectional overrides and isolates, line/paragraph separators).
_INVISIBLE = frozenset("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def column_limit(column) -> int:
    """The number of characters a model's text column holds (``Event.name`` -> 200)."""
    return column.type.length


def clean_line(value: str, limit: int, code: str, required: bool = False) -> str:
    """One line as stored: whitespace runs folded to one space, ends trimmed, checked."""
    _check_characters(value, code)
    clean = " ".join(value.split())
    return _check_length(clean, limit, code, required)


def clean_block(value: str, limit: int, code: str, required: bool = False) -> str:
    """Text with line breaks (a note, an answer) as stored: line ends as ``\\n``, ends trimmed, checked."""
    _check_characters(value, code)
    clean = value
    for old, new in _LINE_BREAKS.items():
        clean = clean.replace(old, new)
    return _check_length(clean.strip(), limit, code, required)


def refused_character(value: str) -> str | None:
    """The first character no text of ours may hold (a control character other than a line
    break or tab, or a lone surrogate), or None."""
    found = _REFUSED.search(value)
    return found.group() if found else None


def code_point(char: str) -> str:
    """'\\x1b' -> 'U+001B': how a message names a character that cannot be shown."""
    return f"U+{ord(char):04X}"


def shorten(value: str, limit: int) -> str:
    """One line of at most ``limit`` characters for a list or a label: whitespace folded, the
    rest cut with '…' (the full text belongs in a tooltip or an editor)."""
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def labelled(label: str, text: str) -> str:
    """A label and its text on one line: "Bestuurder: Jan", but "Wie speelt welke rol? Jan" — no colon
    after a label that already ends in a question mark, exclamation mark or colon."""
    label = label.rstrip()
    return f"{label} {text}" if label.endswith(("?", "!", ":")) else f"{label}: {text}"


def printable(value: str) -> str:
    """Text safe to print on a terminal: control characters, lone surrogates and the characters
    that reorder a line are shown as escapes ('\\x1b', '\\n', '\\u202e'), the rest as it is."""
    return "".join(_escaped(char) for char in value)


def _escaped(char: str) -> str:
    if char in _INVISIBLE or unicodedata.category(char) in ("Cc", "Cs"):
        return char.encode("unicode_escape", "backslashreplace").decode("ascii")
    return char


def _check_characters(value: str, code: str) -> None:
    char = refused_character(value)
    if char is None:
        return
    what = code.replace("_", " ")
    if unicodedata.category(char) == "Cs":
        raise DomainError("text_surrogate", f"the {what} holds a broken character ({code_point(char)}); type it again", field=code, char=code_point(char))
    raise DomainError("text_control", f"the {what} holds the control character {code_point(char)}, which cannot be stored; remove it", field=code, char=code_point(char))


def _check_length(clean: str, limit: int, code: str, required: bool) -> str:
    what = code.replace("_", " ")
    if required and not clean:
        raise DomainError(f"{code}_empty", f"the {what} is empty")
    if len(clean) > limit:
        raise DomainError(f"{code}_long", f"the {what} has at most {limit} characters (this one has {len(clean)})", limit=limit, length=len(clean))
    return clean


def initials(name: str) -> str:
    """'Fatima El Amrani' -> 'FA', 'Jan van der Berg' -> 'JB' (Dutch particles skipped)."""
    particles = {"van", "der", "de", "den", "het", "ten", "ter", "te", "la", "le", "el", "al", "da", "di", "du"}
    words = [w for w in name.replace("-", " ").split() if w]
    if not words:
        return "?"
    last = next((w for w in reversed(words[1:]) if w.lower() not in particles), None)
    return (words[0][0] + (last[0] if last else "")).upper()
