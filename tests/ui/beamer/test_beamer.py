"""The beamer view: on the projector's screen, huge digits, readable colours, F11 and Esc."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.beamer.beamer import (
    ACCENT,
    BACKGROUND,
    MUTED,
    OVER,
    TEXT,
    BeamerFrame,
    BeamerView,
)
from ui.common.theme import contrast

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}


def test_the_beamer_opens_on_the_second_screen_with_huge_digits(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    script = Path(__file__).with_name("beamer_on_second_screen.py")
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"][0].startswith("Automatic")
    assert sorted(name.split(" ")[1] for name in result["screens"][1:]) == ["beamer", "laptop"]
    assert result["screen"] == "beamer" and result["fullscreen"]
    assert result["geometry"] == [1366, 1920, 1080]
    assert result["digits_height"] >= 1080 / 4  # the ink of "50:00" (10:50, the next item at 11:40)
    assert result["overrun_digits_height"] >= 1080 / 4  # also a long "+1:05:00"


@pytest.mark.parametrize("colour", [TEXT, ACCENT, OVER, MUTED])
def test_every_beamer_colour_reaches_seven_to_one(colour):
    assert contrast(colour, BACKGROUND) >= 7


def test_f11_and_escape(qtbot):
    view = BeamerView()
    qtbot.addWidget(view)
    view.show_frame(BeamerFrame(heading="Pauze", countdown="9:59"))
    view.showFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert not view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # the hint: "Esc: leave full screen, then close"
    assert view.isVisible() and not view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_escape_on_a_beamer_that_is_not_full_screen_closes_it_at_once(qtbot):
    view = BeamerView()
    qtbot.addWidget(view)
    view.show_frame(BeamerFrame(heading="Pauze", countdown="9:59"))
    view.show()
    qtbot.waitExposed(view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_frame_that_did_not_change_does_not_repaint(qtbot):
    view = BeamerView()
    qtbot.addWidget(view)
    frame = BeamerFrame(heading="Lunch", countdown="30:00")
    view.show_frame(frame)
    assert view.accessibleName() == "Lunch · 30:00"
    view.setAccessibleName("untouched")
    view.show_frame(BeamerFrame(heading="Lunch", countdown="30:00"))
    assert view.accessibleName() == "untouched"
