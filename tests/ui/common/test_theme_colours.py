"""Every colour written in ui/ is in a theme or registered with the background it is seen on, and
every registered pair reaches its contrast (4.5:1 text, 3:1 graphics) — in both themes."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from ui.common.theme import DECORATIVE, FIXED_PAIRS, NOTE_COLOURS, THEMES, Theme, contrast

UI = Path(__file__).resolve().parents[3] / "ui"
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
NAMED = re.compile(r"""QColor\(["'](\w+)["']\)|:\s*(white|black)\s*;|GlobalColor\.(white|black)\b""")
NAMES = {"white": "#FFFFFF", "black": "#000000"}


def colours_in_ui() -> dict[str, set[str]]:
    """Colour -> the files that write it (the theme itself left out)."""
    found: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        if path.name == "theme.py":
            continue
        text = path.read_text(encoding="utf-8")
        for colour in HEX.findall(text):
            found.setdefault(colour.upper(), set()).add(str(path.relative_to(UI)))
        for match in NAMED.finditer(text):
            name = next(group for group in match.groups() if group)
            found.setdefault(NAMES.get(name.lower(), name), set()).add(str(path.relative_to(UI)))
    return found


def known() -> set[str]:
    colours = {getattr(theme, f.name).upper() for theme in THEMES.values() for f in fields(Theme) if f.type in ("str", str)}
    colours |= {c.upper() for c in NOTE_COLOURS.values()} | {c.upper() for c in DECORATIVE}
    for foreground, backgrounds, _ratio in FIXED_PAIRS.values():
        colours |= {foreground.upper(), *(b.upper() for b in backgrounds)}
    return colours


def test_every_colour_written_in_ui_is_in_a_theme_or_registered_with_its_background():
    unknown = {colour: sorted(paths) for colour, paths in colours_in_ui().items() if colour not in known()}
    assert unknown == {}, "add these to ui/common/theme.py's FIXED_PAIRS (with where they are seen) or a theme"


def test_the_scan_sees_colours_outside_the_theme():
    seen = colours_in_ui()
    assert "#FFD23F" in seen and "#F6C5C0" in seen and "#FFFFFF" in seen  # the beamer, the paper form, named white


@pytest.mark.parametrize("name", list(FIXED_PAIRS))
def test_every_registered_pair_reaches_its_contrast(name):
    foreground, backgrounds, needed = FIXED_PAIRS[name]
    weak = {background: round(contrast(foreground, background), 2) for background in backgrounds if contrast(foreground, background) < needed}
    assert weak == {}


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_marks_drawn_on_the_themes_surface_stand_out_in_both_themes(theme):
    from ui.day.programme_marks import lock_colour

    assert contrast(lock_colour(theme), theme.surface) >= 3
    assert contrast(lock_colour(theme), theme.selection) >= 3
