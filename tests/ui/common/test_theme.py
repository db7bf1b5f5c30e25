"""Every theme's text pairs reach WCAG AA; sticky notes stay readable."""

from __future__ import annotations

import pytest

from ui.common.theme import NOTE_COLOURS, THEMES, contrast, stylesheet


def test_contrast_arithmetic_matches_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#01689B", "#FFFFFF") == pytest.approx(6.1, abs=0.05)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_text_pair_of_every_theme_is_readable(theme):
    weak = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in theme.text_pairs().items() if contrast(fg, bg) < 4.5}
    assert weak == {}


def test_note_colours_carry_dark_text():
    assert min(contrast("#1A1A1A", colour) for colour in NOTE_COLOURS.values()) >= 11


def test_high_contrast_has_thick_focus_rings():
    assert THEMES["high_contrast"].focus_width >= 3
    assert "4px solid #FFD23F" in stylesheet(THEMES["high_contrast"])


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_focus_indicator_stands_out_from_its_background(theme):
    weak = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in theme.indicator_pairs().items() if contrast(fg, bg) < 3}
    assert weak == {}


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_tables_their_cells_and_every_button_show_focus(theme):
    sheet = stylesheet(theme)
    ring = f"{theme.focus_width}px solid {theme.focus}"
    assert f"QAbstractButton:focus {{ border: {ring}; }}" in sheet
    assert f"QTableView:focus, QTableWidget:focus {{ border: {ring}; }}" in sheet
    assert f"QTableView::item:focus, QTableWidget::item:focus {{ border: {ring}; }}" in sheet
