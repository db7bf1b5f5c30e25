"""Reading a template file: TOML, validated, or refused with a message naming the file, the key
and the problem (e.g. ``phases[0] (verkennen).steps[0] (ideas_dump).minutes: Input should be
greater than 0``)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from app.errors import DomainError
from app.template import Template


class TemplateError(DomainError):
    """A template file that cannot be used; the message says where and why."""


def load_template(path: Path) -> Template:
    """Read and validate a template file, or raise TemplateError naming file, key and problem."""
    name = path.name
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError("template_missing", f"{name}: file not found ({path})", file=name) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError("template_unreadable", f"{name}: cannot read the file: {exc}", file=name) from None
    return parse_template(source, name)


def parse_template(source: str, name: str) -> Template:
    """Validate a template's TOML text; ``name`` is the file name used in messages."""
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError("template_syntax", f"{name}: not valid TOML: {exc}", file=name) from None
    try:
        return Template.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(err, raw) for err in exc.errors()]
        message = f"{name}: " + f"\n{name}: ".join(problems)
        raise TemplateError("template_invalid", message, file=name, problems=problems) from None


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
    return f"{where}: {msg}"
