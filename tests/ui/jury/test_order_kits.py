"""Drawing the running order again once scores arrived: the question says the jurors' kits list the
present order (and No keeps it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.jury.rubric import ensure_rubric
from app.jury.running_order import draw, running_order
from app.jury.setup import add_juror
from tests.jury.setup_data import file_arrives
from tests.ui.conftest import settle
from tests.ui.jury import test_order_tab
from tests.ui.modal import answer_modal

four_teams, order_tab = test_order_tab.four_teams, test_order_tab.order_tab  # the running order tab's fixtures


def ask_draw(qtbot, tab) -> str:
    said: list[str] = []
    answer_modal("", lambda box: said.append(box.text()) or qtbot.keyClick(box.button(QMessageBox.StandardButton.No), Qt.Key.Key_Space), [])
    tab.draw_button.setFocus()
    qtbot.keyClick(tab.draw_button, Qt.Key.Key_Space)
    settle()
    return said[0]


def test_drawing_again_after_scores_says_the_kits_list_the_old_order(qtbot, order_tab):
    tab, _clock, store, event_id, _teams = order_tab
    draw(store, event_id, seed=1)
    settle()
    assert "kits" not in ask_draw(qtbot, tab)  # no scores yet
    ensure_rubric(store, event_id, tab._ws.template)
    file_arrives(store, event_id, add_juror(store, event_id, "Annelies de Vries"))
    before = running_order(store, event_id)
    question = ask_draw(qtbot, tab)
    assert "Scores have arrived" in question and "the kits then list the old order" in question
    assert running_order(store, event_id) == before and tab.focusWidget() is tab.draw_button  # No: nothing changed, the focus stays
