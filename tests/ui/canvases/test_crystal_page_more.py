"""The Crystal Ball page, continued: messages that move nothing, the Tab order, long texts, dragging by the dot."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from app.canvases import crystal_ball as cb
from app.canvases.milestones import add_milestone, milestones
from app.day.navigation import move_team
from app.outcomes.final_choice import final_choice
from app.paths import template_path
from tests.canvases.crystal_setup import keep_ideas
from tests.ui.canvases.conftest import _at, _line_y, _mouse, _stored
from tests.ui.conftest import find, settle
from ui.common.theme import LIGHT, stylesheet


def test_the_final_choice_message_moves_nothing_and_goes_with_a_tick(qtbot, crystal):
    """38.png/39.png: "Tick the idea first" pushed the boxes and the canvas up, and stayed after ticking."""
    window, store, kept, page = crystal
    first = find(window, QCheckBox, f"finalChoiceIdea_{kept.ideas[0]}")
    button = find(window, QPushButton, "finalChoiceButton")
    controls = [first, button, page.view]
    before = [w.mapTo(window, QPoint(0, 0)) for w in controls]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # nothing ticked
    settle()
    error = find(window, type(page.choice.error), "finalChoiceError")
    assert error.isVisible() and error.text().startswith("Tick the idea the team will pitch first")
    assert [w.mapTo(window, QPoint(0, 0)) for w in controls] == before and final_choice(store, kept.team_id, "crystal_ball") is None
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    settle()
    assert first.isChecked() and not error.isVisible()
    assert [w.mapTo(window, QPoint(0, 0)) for w in controls] == before


def _tab_names(qtbot, start, count: int, back: bool = False) -> list[str]:
    names = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        qtbot.keyClick(widget, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier)
        names.append(QApplication.focusWidget().objectName())
    return names


def test_tab_goes_through_the_page_in_reading_order_and_back_to_the_timeline(qtbot, crystal):
    window, store, kept, page = crystal
    first = add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot")
    settle()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, *_centre(page.view.scene().cards[first].placed.box)))
    settle()
    assert page.chosen == first and page.view.hasFocus()
    names = _tab_names(qtbot, page.view, 16)
    fields = [f"milestoneField_{key}" for key in page.panel.fields]
    ideas = [box.objectName() for box in page.choice.boxes.values()]
    assert names[: 7 + len(ideas)] == ["milestoneWhen", "milestoneTitle", *fields, "deleteMilestoneButton",
                                       "addMilestoneButton", "crystalUndo", "crystalRedo", "exportCrystalButton", *ideas][: 7 + len(ideas)]
    assert "finalChoiceButton" in names and "nextButton" in names  # then the step's buttons, never the window's header
    assert names.index("nextButton") > names.index("finalChoiceButton") and "addTeamButton" not in names[: names.index("nextButton")]
    find(window, QLineEdit, "milestoneTitle").setFocus()
    assert _tab_names(qtbot, None, 2, back=True) == ["milestoneWhen", "crystalView"]  # Shift+Tab: back on the timeline
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # its arrow keys work there
    settle()
    assert _stored(store, kept)[0][1] == 1.25
    roles = find(window, QPlainTextEdit, "milestoneField_roles")
    roles.setFocus()
    qtbot.keyClick(roles, Qt.Key.Key_Escape)  # Escape in a field: back on the timeline too
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    settle()
    assert _stored(store, kept)[0][1] == 1.0
    assert page.view.hasFocus()
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(LIGHT))
    try:  # the timeline with the focus shows it: its frame in the focus colour
        settle()
        assert page.view.grab().toImage().pixelColor(1, page.view.height() // 2).name().lower() == LIGHT.focus.lower()
    finally:
        app.setStyleSheet("")


def _centre(box) -> tuple[float, float]:
    return box.x + box.width / 2, box.y + box.height / 2


LONG_IDEAS = ("Gedeelde pool van data-engineers voor alle overheden", "Omscholingsbaan met baangarantie voor iedereen", "Uitlenen aan een coöperatie als ontwikkelstap")
LONG_ANSWER = "Daan en twee collega-engineers werken een dag per week voor elkaars organisatie, en dat wordt steeds meer. " * 3


def test_long_texts_end_in_an_ellipsis_and_the_delete_button_stays_in_view(qtbot, open_window, sqlite_store, staatsprint_template):
    from db.models import Note

    kept = keep_ideas(sqlite_store, staatsprint_template, template_path("staatsprint"), "gemeentelijke_it")
    with sqlite_store.write() as session:
        for idea_id, text in zip(kept.ideas, LONG_IDEAS):
            session.get(Note, idea_id).text = text
    answers = {"roles": LONG_ANSWER, "changes": LONG_ANSWER, "added": LONG_ANSWER}
    first = add_milestone(sqlite_store, staatsprint_template, kept.team_id, kept.step, kept.ideas[0], 0.5, "Proef met drie waterschappen", answers)
    move_team(sqlite_store, kept.team_id, "crystal_ball", staatsprint_template)
    window = open_window(sqlite_store)
    settle()
    page = window.event_view.step_page.work_area.surface("crystal")
    for idea_id in kept.ideas[:2]:  # a combination: the name's field takes room from the tick boxes
        qtbot.mouseClick(find(window, QCheckBox, f"finalChoiceIdea_{idea_id}"), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    settle()
    for idea_id, text in zip(kept.ideas, LONG_IDEAS):
        box = find(window, QCheckBox, f"finalChoiceIdea_{idea_id}")
        assert box.toolTip() == text
        assert box.text() == text or (box.text().endswith("…") and text.startswith(box.text()[:-1]))
        assert box.fontMetrics().horizontalAdvance(box.text()) <= box.text_room()  # never cut off mid-letter
    assert any(find(window, QCheckBox, f"finalChoiceIdea_{i}").text().endswith("…") for i in kept.ideas)
    page.choose_card(first)
    settle()
    remove = find(window, QPushButton, "deleteMilestoneButton")
    assert remove.isVisible() and remove.visibleRegion().boundingRect().size() == remove.size()  # whole, however long the answers
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle()
    assert milestones(sqlite_store, kept.team_id, "crystal_ball") == [] and page.view.hasFocus()


def test_a_press_on_a_milestones_dot_or_stem_chooses_it_and_a_drag_from_there_moves_it(qtbot, crystal):
    _window, store, kept, page = crystal
    first = add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot")
    settle()
    card = page.view.scene().cards[first]
    dot = _at(page, cb.x_for(1.0, 5), _line_y(page))
    stem = _at(page, cb.x_for(1.0, 5), (card.placed.box.y + card.placed.box.height + _line_y(page)) / 2)
    viewport = page.view.viewport()
    for where in (dot, stem):
        page.choose_card(None)
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
        settle()
        assert _stored(store, kept) == [("milestone", 1.0, "Pilot", {})] and page.undo_stack.count() == 0  # no second milestone
        assert page.chosen == first and page.view.scene().cards[first].selected
    to = _at(page, cb.x_for(3.2, 5), _line_y(page))
    card = page.view.scene().cards[first]
    _mouse(viewport, QEvent.Type.MouseButtonPress, dot, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseMove, (dot + to) / 2, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseMove, to, Qt.MouseButton.LeftButton)
    assert card.dragging_to == 3.25
    _mouse(viewport, QEvent.Type.MouseButtonRelease, to, Qt.MouseButton.NoButton)
    settle()
    assert _stored(store, kept) == [("milestone", 3.25, "Pilot", {})]
