"""The name an export gets unless a person gives another: readable, dated, and safe on every file system.

"Staatsprint 2026-03-11 – Team 3 De Datadragers – dossier.pdf": the day first, so a folder of
exports sorts by event; characters Windows, macOS or a USB stick refuse become spaces.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

NAME_MAX = 150  # characters of the whole name: well inside every file system's 255 bytes, also in UTF-8 on a stick
_REFUSED = re.compile(r'[<>:"/\\|?*]')

# What the file holds, in the export's language.
_WHAT = {
    "dossier": ("dossier", "dossier"),
    "poster": ("poster {size}", "poster {size}"),
    "report": ("eventrapport", "event report"),
    "report_nameless": ("eventrapport zonder namen", "event report without names"),
    "outcomes": ("uitkomsten", "outcomes"),
    "outcomes_nameless": ("uitkomsten zonder namen", "outcomes without names"),
    "jury": ("juryresultaten", "jury results"),
    "agenda": ("agenda", "agenda"),
}
_SUFFIX = {"dossier": ".pdf", "poster": ".pdf", "report": ".pdf", "outcomes": ".json", "jury": "", "agenda": ".pdf"}  # the jury's: a CSV folder


def default_name(day: date, kind: str, lang: str, team: str = "", *, size: str = "A1", with_names: bool = True,
                 csv: bool = False) -> str:
    """The file name (for CSV outcomes: the folder name) of an export of ``kind`` made for ``day``;
    ``team`` is the team as people know it ("Team 3 De Datadragers"), "" for the whole event."""
    key = f"{kind}_nameless" if kind in ("report", "outcomes") and not with_names else kind
    dutch, english = _WHAT[key]
    what = (dutch if lang == "nl" else english).format(size=size)
    head, suffix = "Staatsprint " + day.isoformat(), "" if csv else _SUFFIX[kind]
    room = NAME_MAX - len(head) - len(what) - len(suffix) - 2 * len(" – ")  # a long team name is cut, never what the file is
    team = safe(team)[:room].rstrip(" .")
    return " – ".join(part for part in (head, team, safe(what)) if part) + suffix


def team_label(number: int, name: str | None, word: str = "Team") -> str:
    """'Team 3 De Datadragers', or 'Team 3' while the team has no name."""
    return f"{word} {number} {name}" if name else f"{word} {number}"


def safe(text: str) -> str:
    """``text`` as part of a file name: no path separators, reserved or control characters, no
    leading or trailing dots and spaces, runs of white space as one space."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    text = _REFUSED.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def default_folder(home: Path | None = None) -> Path:
    """Where an export goes unless a person chooses: the Documents folder, else the home folder."""
    home = home or Path.home()
    for name in ("Documents", "Documenten"):
        if (home / name).is_dir():
            return home / name
    return home
