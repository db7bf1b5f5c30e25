"""A criterion's score by keyboard: what a digit and an arrow give on each kind of scale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.jury.score_field import ScoreField, stepped, typed_value


@pytest.mark.parametrize(("low", "high", "keys", "value"), [
    (1, 10, [7], 7),
    (1, 10, [0], 10),  # 0 is 10 on a 1-10 scale
    (1, 10, [1, 0], 10),  # typed as "10" it is 10 as well
    (1, 5, [4], 4),
    (0, 10, [0], 0),  # where 0 is on the scale it is 0 …
    (0, 10, [1, 0], 10),  # … and 10 is typed as 1 then 0
    (0, 20, [1, 5], 15),
    (0, 20, [2, 5], 5),  # 25 is off the scale: the 5 starts again
    (1, 100, [1, 0, 0], 100),
])
def test_digits_typed_give_the_value_the_scale_means(low, high, keys, value):
    buffer = None
    for digit in keys:
        result, buffer = typed_value(buffer, digit, low, high)
    assert result == value


def test_left_and_right_step_within_the_scale_and_only_right_starts_an_unscored_criterion():
    assert stepped(None, 1, 1, 10) == 1 and stepped(None, -1, 1, 10) is None
    assert stepped(7, 1, 1, 10) == 8 and stepped(10, 1, 1, 10) == 10 and stepped(1, -1, 1, 10) == 1


def test_the_field_asks_and_never_changes_itself(qtbot):
    field = ScoreField(1, 10)
    qtbot.addWidget(field)
    asked = []
    field.chosen.connect(asked.append)
    moves = []
    field.moveAsked.connect(moves.append)
    field.show_value(4)
    for key in ("8", Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Delete):
        qtbot.keyClick(field, key)
    assert asked == [8, 5, 3, None] and field.value == 4
    assert moves == [1, -1]  # Up and Down go to another criterion, they never give a value


def test_on_an_unscored_criterion_down_and_left_give_nothing_and_right_gives_the_bottom(qtbot):
    field = ScoreField(1, 10)
    qtbot.addWidget(field)
    asked = []
    field.chosen.connect(asked.append)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left):
        qtbot.keyClick(field, key)
    assert asked == []
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert asked == [1]
