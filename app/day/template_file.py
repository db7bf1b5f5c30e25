"""Reading a template file: TOML, validated, or refused with a message naming the file, the key
and the problem (e.g. ``phases[0] (verkennen).steps[0] (ideas_dump).minutes: Input should be
greater than 0``).

A file is read only up to ``MAX_BYTES`` (a template is tens of kilobytes; a huge file is
refused before it is read whole), may start with a UTF-8 byte order mark (Notepad writes one),
and may nest arrays and tables at most ``MAX_NESTING`` deep (deeper would exhaust the TOML
reader's recursion).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from app.day.template import Template
from app.errors import DomainError

MAX_BYTES = 1_000_000
MAX_NESTING = 32
_BOM = "\ufeff"


class TemplateError(DomainError):
    """A template file that cannot be used; the message says where and why."""


def load_template(path: Path) -> Template:
    """Read and validate a template file, or raise TemplateError naming file, key and problem."""
    return parse_template(read_template_source(path), path.name)


def read_template_source(path: Path) -> str:
    """A template file's text (without a byte order mark), or TemplateError; never more than
    ``MAX_BYTES`` are read."""
    name = path.name
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise TemplateError("template_missing", f"{name}: file not found ({path})", file=name) from None
    except OSError as exc:
        raise TemplateError("template_unreadable", f"{name}: cannot read the file: {exc}", file=name) from None
    if len(data) > MAX_BYTES:
        raise TemplateError("template_too_big", f"{name}: the file is larger than {MAX_BYTES // 1_000_000} MB; a template is far smaller (is this the right file?)", file=name, limit=MAX_BYTES)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError("template_unreadable", f"{name}: not UTF-8 text (byte {exc.start + 1} cannot be read)", file=name) from None


def parse_template(source: str, name: str) -> Template:
    """Validate a template's TOML text; ``name`` is the file name used in messages."""
    source = source.removeprefix(_BOM)
    too_deep = nesting_too_deep_at(source)
    if too_deep is not None:
        raise TemplateError("template_nested", f"{name}: line {too_deep}: arrays, tables or dotted keys are nested more than {MAX_NESTING} deep", file=name, line=too_deep)
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError("template_syntax", f"{name}: not valid TOML: {exc}", file=name) from None
    return validate_template(raw, name)


def validate_template(raw: dict, name: str) -> Template:
    """A template's data (as TOML gives it, or as the event editor changed it) validated, or
    TemplateError with every problem named by its place (the messages a template file gets)."""
    try:
        return Template.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(err, raw) for err in exc.errors()]
        message = f"{name}: " + f"\n{name}: ".join(problems)
        raise TemplateError("template_invalid", message, file=name, problems=problems) from None


def nesting_too_deep_at(source: str) -> int | None:
    """The line where arrays or tables (brackets and braces outside strings and comments, or
    the parts of a dotted key) nest deeper than ``MAX_NESTING``, or None. Checked before the
    TOML parser, which recurses once per bracket and slows down with every part of a key."""
    depth = 0
    for match in _LEVELS.finditer(source):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return source.count("\n", 0, match.start()) + 1
        elif token in "]}":
            depth -= 1
    dotted = _DOTTED_KEY.search(source)
    return None if dotted is None else source.count("\n", 0, dotted.start()) + 1


# Strings and comments (skipped whole), and the brackets that open or close a level.
_LEVELS = re.compile(r'"""(?:\\.|[^\\])*?"""|\'\'\'.*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]', re.DOTALL)
# A key of more than MAX_NESTING parts (possessive, so a long word costs one pass).
_DOTTED_KEY = re.compile(r"(?<![\w-])(?:(?:[\w-]++|\"[^\"\n]*+\"|'[^'\n]*+')\s*+\.\s*+){%d}" % MAX_NESTING)


def _describe(err: dict, raw: dict) -> str:
    """One pydantic error as 'phases[0] (probleem).steps[2] (knelpunten).minutes: problem'."""
    parts: list[str] = []
    node: object = raw
    for loc in err["loc"]:
        if isinstance(loc, int):
            label = f"[{loc}]"
            node = node[loc] if isinstance(node, list) and loc < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("key"), str):
                label += f" ({node['key']})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(loc))
            node = node.get(loc) if isinstance(node, dict) else None
    where = "".join(parts) or "(top level)"
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] in _TYPE_ERRORS:
        msg += f", not {_toml_kind(err['input'])} ({_short_repr(err['input'])})"
    return f"{where}: {msg}"


_TYPE_ERRORS = frozenset({"int_type", "bool_type", "string_type", "list_type", "dict_type", "model_type"})


def _toml_kind(value: object) -> str:
    kinds = {bool: "true/false", int: "a number", float: "a decimal number", str: "text in quotes", list: "an array", dict: "a table"}
    return next((kind for python, kind in kinds.items() if isinstance(value, python)), type(value).__name__)


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"
