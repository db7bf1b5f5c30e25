"""A team's laptop: the header's team picker is fixed, and looks and reads so (no field, no arrow, named as fixed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ui.common.theme import THEMES, stylesheet
from ui.sync.joined_events import fix_picker

WHY = "This laptop joined as Team 1: it is this team's laptop."


@pytest.fixture
def themed():
    app = QApplication.instance()
    yield lambda name: app.setStyleSheet(stylesheet(THEMES[name]))
    app.setStyleSheet("")


def share(picker, colour: str) -> float:
    """How much of the picker is painted in ``colour``."""
    window = picker.window()  # as seen: the header behind it included (the picker may sit in a row of its own)
    image = window.grab(QRect(picker.mapTo(window, QPoint(0, 0)), picker.size())).toImage()
    wanted = QColor(colour).rgb()
    pixels = [image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    return sum(1 for p in pixels if p == wanted) / len(pixels)


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_fixed_team_picker_reads_as_plain_text_in_the_header(qtbot, open_window, event_with_team, themed, theme):
    store, _event_id, _team = event_with_team
    window = open_window(store, "en")
    themed(theme)
    header = THEMES[theme].primary_dark
    picker = window.event_view.team_picker
    QApplication.processEvents()
    if THEMES[theme].surface != header:
        assert share(picker, header) < 0.35  # choosable: mostly a field of its own (its margins show the header)
    fix_picker(picker, "Team (fixed on this laptop)", WHY)
    QApplication.processEvents()
    assert not picker.isEnabled() and picker.property("fixed") is True
    assert share(picker, header) > 0.6  # no field, no arrow: the header's own background behind the text
    assert picker.accessibleName() == "Team (fixed on this laptop)"
    assert picker.accessibleDescription() == WHY and picker.toolTip() == WHY
    assert picker.currentText().startswith("Team 1")  # the team's name stays readable


def test_a_dutch_screen_reader_hears_that_it_is_fixed(qtbot, open_window, event_with_team):
    store, _event_id, _team = event_with_team
    window = open_window(store, "nl", translated=True)
    from ui.sync import joined_events
    from PySide6.QtCore import QCoreApplication

    name = QCoreApplication.translate("join", "Team (fixed on this laptop)")
    assert name == "Team (vast op deze laptop)"
    joined_events.fix_picker(window.event_view.team_picker, name, WHY)
    assert window.event_view.team_picker.accessibleName() == "Team (vast op deze laptop)"
