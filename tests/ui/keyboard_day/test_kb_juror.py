"""The keyboard-only day, part 6: scoring as a juror on the juror's desk opened from a kit — a digit
per criterion, Down to the next, Page Down to the next team — keys only, kept on disk at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.jury.juror_desk import open_kit
from tests.jury.kits import write_kit
from tests.ui.jury.test_juror_window import KEYS, shown
from tests.ui.keyboard_day.keys import focus, press


def test_every_team_scored_by_digits_and_arrows(qtbot, tmp_path):
    window = shown(qtbot, open_kit(write_kit(tmp_path, recused=(13,)), tmp_path / "data"))
    teams = [team.id for team in window.desk.scorable]
    for number, team in enumerate(teams):
        assert window.panel.team.id == team and focus() == "score_problem"
        for key in KEYS:
            assert focus() == f"score_{key}"
            press(qtbot, str(5 + number))
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_PageDown)
    assert {team: [window.desk.value(team, key) for key in KEYS] for team in teams} == {
        team: [5 + number] * len(KEYS) for number, team in enumerate(teams)}
