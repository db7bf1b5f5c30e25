"""The pitch page's layout as a person meets it: another team starts at the top, the wheel scrolls the
page over an answer that shows its whole text, the presenter's names fit, the meter's bar keeps its width."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.event.teams import add_member, team_views
from tests.ui.conftest import settle


def test_another_team_shows_its_pitch_from_the_top(qtbot, pitch):
    window, store, team_id, page = pitch
    bar = page.questions.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.event_view.team_picker.setFocus()  # the focus outside the page, as when a team is chosen
    ws = window.event_view.workspace
    other = next(t.id for t in team_views(store, ws.event.id, ws.template) if t.id != team_id and t.current_step == "pitch")
    window.event_view.choose_team(other)
    settle()
    assert page._team.id == other and bar.value() == 0


def test_the_wheel_over_an_answer_that_shows_all_its_text_scrolls_the_page(qtbot, pitch):
    window, store, team_id, page = pitch
    window.resize(1366, 768)
    settle()
    box = page.questions.boxes["for_whom"]
    assert box.edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # the whole text shows
    bar = page.questions.scroll.verticalScrollBar()
    bar.setValue(0)
    before = bar.value()
    centre = box.edit.viewport().mapTo(window, box.edit.viewport().rect().center())
    wheel = QWheelEvent(QPointF(centre), QPointF(window.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.windowHandle(), wheel)  # as the window system delivers it (to the widget under the mouse)
    settle()
    assert bar.value() > before and box.edit.verticalScrollBar().value() == 0


def test_the_presenters_names_fit_in_its_choice(qtbot, pitch):
    window, store, team_id, page = pitch
    add_member(store, team_id, "Bart Claessens-Vandenbroucke")
    settle()
    combo = page.questions.presenter
    metrics = combo.fontMetrics()
    for index in range(combo.count()):
        assert combo.width() - 40 >= metrics.horizontalAdvance(combo.itemText(index)), combo.itemText(index)


def test_the_meters_bar_keeps_its_width_as_the_count_changes(qtbot, pitch):
    window, store, team_id, page = pitch
    window.resize(1366, 768)
    meter = page.meter
    meter.show_counts(1, 17, [])
    settle()
    width = meter.bar.width()
    meter.show_counts(17, 17, [])
    settle()
    assert meter.bar.width() == width
