"""A template file as the New event dialog offers it: by the title of the day it describes."""

from __future__ import annotations

import tomllib
from pathlib import Path


def template_title(path: Path) -> dict[str, str] | None:
    """The template's title ({"nl": ..., "en": ...}) from its [meta], or None when the file cannot be
    read or has none (the dialog then shows the file's name; creating the event says what is wrong)."""
    try:
        title = tomllib.loads(path.read_text(encoding="utf-8-sig"))["meta"]["title"]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return None
    if not isinstance(title, dict) or not all(isinstance(title.get(lang), str) and title[lang].strip() for lang in ("nl", "en")):
        return None
    return {"nl": title["nl"], "en": title["en"]}
