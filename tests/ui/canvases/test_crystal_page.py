"""The Crystal Ball on screen, by mouse and keyboard: a milestone placed by a click on the line and
answered beside it, dragged along the line (the moment shown while dragging), moved and placed by
keys, undone and redone; the end card; the ideas' tabs and the overview; a PNG; the final choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from app.canvases import crystal_ball as cb
from app.canvases.milestones import add_milestone, end_card, milestones
from app.day.navigation import move_team
from app.outcomes.final_choice import final_choice
from tests.canvases.crystal_setup import keep_ideas
from tests.ui.canvases.conftest import _at, _line_y, _mouse, _stored
from tests.ui.conftest import find, settle, type_text
from ui.canvases import crystal_export
from ui.canvases.crystal_page import moment_text


def test_place_by_click_answer_as_typed_then_undo_and_redo(qtbot, crystal):
    window, store, kept, page = crystal
    assert len(page.idea_buttons.buttons()) == 4 and page.idea_id == kept.ideas[0]
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, cb.x_for(2.1, 5), _line_y(page) - 30))
    settle()
    assert _stored(store, kept) == [("milestone", 2.0, "", {})]  # snapped to the nearest quarter
    title = find(window, QLineEdit, "milestoneTitle")
    assert title.hasFocus()  # ready to say what happens then
    type_text(qtbot, title, "Pilot in drie gemeenten")
    roles = find(window, QPlainTextEdit, "milestoneField_roles")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert roles.hasFocus()
    type_text(qtbot, roles, "Utrecht trekt, VNG helpt")
    page.view.setFocus()  # leaving the field ends the edit: one undo step
    settle()
    assert _stored(store, kept) == [("milestone", 2.0, "Pilot in drie gemeenten", {"roles": "Utrecht trekt, VNG helpt"})]
    card = next(iter(page.view.scene().cards.values()))
    assert card.text.title == "Pilot in drie gemeenten" and card.text.lines == ("Utrecht trekt, VNG helpt",)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _stored(store, kept) == [("milestone", 2.0, "Pilot in drie gemeenten", {})]  # the answer's edit undone
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _stored(store, kept) == []  # the title's edit, then the placing
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert _stored(store, kept) == [("milestone", 2.0, "Pilot in drie gemeenten", {"roles": "Utrecht trekt, VNG helpt"})]


def test_a_click_far_from_the_line_places_nothing_and_lets_go_of_the_chosen_card(qtbot, crystal):
    _window, store, kept, page = crystal
    first = add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot")
    settle()
    page.choose_card(first)
    viewport = page.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(page, cb.x_for(3.75, 5), 30))  # high above the line
    settle()
    assert _stored(store, kept) == [("milestone", 1.0, "Pilot", {})] and page.chosen is None
    assert not any(card.selected for card in page.view.scene().cards.values())
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(page, cb.x_for(3.75, 5), _line_y(page) + 60))  # under the years
    settle()
    assert len(_stored(store, kept)) == 1 and page.undo_stack.count() == 0
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(page, cb.x_for(3.75, 5), _line_y(page) + 10))  # on the line
    settle()
    assert [m[1] for m in _stored(store, kept)] == [1.0, 3.75]


def test_drag_along_the_line_shows_the_moment_and_snaps_to_a_quarter(qtbot, crystal):
    _window, store, kept, page = crystal
    first = add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot")
    add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Wet aangepast")
    settle()
    scene = page.view.scene()
    assert sorted(card.placed.level for card in scene.cards.values()) == [0, 1]  # the same moment: stacked
    card = scene.cards[first]
    box = card.placed.box
    start = _at(page, box.x + box.width / 2, box.y + box.height / 2)
    to = _at(page, box.x + box.width / 2 + cb.x_for(3.2, 5) - cb.x_for(1.0, 5), box.y + box.height / 2)
    viewport = page.view.viewport()
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseMove, (start + to) / 2, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseMove, to, Qt.MouseButton.LeftButton)
    assert card.dragging_to == 3.25 and moment_text(card.dragging_to) == "3¼ years"  # shown above the card while dragging
    assert milestones(store, kept.team_id, "crystal_ball")[0].years == 1.0  # stored only when let go
    _mouse(viewport, QEvent.Type.MouseButtonRelease, to, Qt.MouseButton.NoButton)
    settle()
    assert {m.id: m.years for m in milestones(store, kept.team_id, "crystal_ball")}[first] == 3.25
    assert [c.placed.level for c in page.view.scene().cards.values()] == [0, 0]  # apart now: both on the lowest level
    page.undo_stack.undo()
    settle()
    assert {m.id: m.years for m in milestones(store, kept.team_id, "crystal_ball")}[first] == 1.0


def test_keyboard_places_moves_and_deletes_and_a_moment_off_the_line_is_refused(qtbot, crystal):
    window, store, kept, page = crystal
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    settle()
    assert _stored(store, kept) == [("milestone", 1.0, "", {})]  # the first whole year without a milestone
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    settle()
    assert _stored(store, kept)[0][1] == 1.5
    when = find(window, type(page.panel.when), "milestoneWhen")
    assert when.currentText() == "1½ years"
    when.setFocus()
    for _ in range(16):
        qtbot.keyClick(when, Qt.Key.Key_Down)
    settle()
    assert _stored(store, kept)[0][1] == 5.0 and when.currentText() == "5 years"  # the list ends at the horizon
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # past the ideal situation: refused, nothing changed
    settle()
    error = find(window, type(page.error), "crystalError")
    assert error.isVisible() and "between now and 5 years ahead" in error.text()
    assert _stored(store, kept) == [("milestone", 5.0, "", {})]
    # A click just past the end of the line is refused the same way.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, page.view.scene().drawing.layout.end_box.x - 1, _line_y(page)))
    settle()
    assert error.isVisible() and len(_stored(store, kept)) == 1
    count = page.undo_stack.count()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle()
    assert _stored(store, kept) == [] and page.undo_stack.count() == count + 1  # the refusals never entered the stack
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _stored(store, kept) == [("milestone", 5.0, "", {})]
    # ↓ and ↑ go from card to card in time, the end card last.
    page.choose_card(None)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.chosen == milestones(store, kept.team_id, "crystal_ball")[0].id
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    settle()
    assert page.chosen == "end" and find(window, QPlainTextEdit, "endField_goal").isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    settle()
    assert isinstance(page.chosen, int) and find(window, QLineEdit, "milestoneTitle").isVisible()


def test_the_end_card_answers_which_goal_is_reached(qtbot, crystal):
    window, store, kept, page = crystal
    end = page.view.scene().drawing.layout.end_box
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, end.x + end.width / 2, end.y + end.height / 2))
    settle()
    goal = find(window, QPlainTextEdit, "endField_goal")
    type_text(qtbot, goal, "Iedere inwoner regelt het in een keer")
    page.view.setFocus()
    settle()
    assert end_card(store, kept.team_id, "crystal_ball", kept.ideas[0]).answers == {"goal": "Iedere inwoner regelt het in een keer"}
    assert page.view.scene().drawing.end.lines == ("Iedere inwoner regelt het in een keer",)
    page.undo_stack.undo()
    settle()
    assert end_card(store, kept.team_id, "crystal_ball", kept.ideas[0]).answers == {}


def test_three_ideas_three_timelines_and_the_overview(qtbot, crystal):
    _window, store, kept, page = crystal
    t = page._ws.template
    add_milestone(store, t, kept.team_id, kept.step, kept.ideas[0], 1.0, "Eerste")
    add_milestone(store, t, kept.team_id, kept.step, kept.ideas[2], 2.0, "Derde")
    settle()
    assert [c.text.title for c in page.view.scene().cards.values()] == ["Eerste"]
    window = page.window()
    for name in ("crystalIdea_2", "crystalIdea_3", "crystalOverviewButton"):
        button = find(window, QPushButton, name)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        settle()
        if name == "crystalIdea_2":
            assert page.idea_id == kept.ideas[1] and not page.view.scene().cards
        elif name == "crystalIdea_3":
            assert page.idea_id == kept.ideas[2] and [c.text.title for c in page.view.scene().cards.values()] == ["Derde"]
    assert page.idea_id is None and page.views.currentWidget() is page.overview
    from ui.canvases.crystal_canvas import MilestoneCard, TimelineDrawing

    items = page.overview.scene().items()
    assert sum(isinstance(i, TimelineDrawing) for i in items) == 3
    assert sorted(i.text.title for i in items if isinstance(i, MilestoneCard)) == ["Derde", "Eerste"]
    # Nothing is clicked here (nor in the PNG, nor on the gate): no card says "click".
    assert all(i.end.muted == "" for i in items if isinstance(i, TimelineDrawing)) and all(i.text.muted == "" for i in items if isinstance(i, MilestoneCard))


def test_export_writes_a_png_under_the_idea_and_the_team_and_says_where(qtbot, crystal, tmp_path, monkeypatch):
    window, store, kept, page = crystal
    add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot")
    settle()
    target = tmp_path / "tijdlijn.png"
    asked = []
    monkeypatch.setattr("ui.canvases.crystal_page.QFileDialog.getSaveFileName", lambda *a, **k: asked.append(a[2]) or (str(target), "PNG (*.png)"))
    page.choose_card(next(iter(page.view.scene().cards)))  # a chosen card is exported unmarked, and stays chosen
    qtbot.mouseClick(page.findChild(QPushButton, "exportCrystalButton"), Qt.MouseButton.LeftButton)
    suggested = Path(asked[0])
    assert suggested.parent == crystal_export.default_folder() and suggested.parent != Path.cwd()  # never the program's folder
    team = page._team_name().lower().split()[0]
    assert suggested.name.startswith(team) and "loket" in suggested.name and suggested.suffix == ".png"
    saved = find(window, type(page.saved), "crystalSaved")
    assert saved.isVisible() and str(target) in saved.text()
    assert next(iter(page.view.scene().cards.values())).selected
    image = QImage(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and image.width() == crystal_export.EXPORT_WIDTH
    roomy = crystal_export.EXPORT_WIDTH * cb.layout(5, [(1, 1.0)]).height / cb.WIDTH  # with room kept for cards to come
    assert 400 < image.height() < roomy  # no empty band above the cards
    surface = QColor(page._ws.theme.surface)
    heading = [image.pixelColor(x, y) for y in range(crystal_export.MARGIN, crystal_export.MARGIN + 40) for x in range(crystal_export.MARGIN, 600)]
    assert sum(colour != surface for colour in heading) > 200  # the idea's title is written at the top


def test_the_final_choice_one_idea_or_a_named_combination(qtbot, crystal):
    window, store, kept, page = crystal
    first, second = (find(window, QCheckBox, f"finalChoiceIdea_{i}") for i in kept.ideas[:2])
    button = find(window, QPushButton, "finalChoiceButton")
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert final_choice(store, kept.team_id, "crystal_ball").idea_ids == (kept.ideas[1],)
    assert "Data-kluis voor inwoners" in page.choice.status.text()
    # Two ticked without a name: refused, with what to do; the choice stays as it was.
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    error = find(window, type(page.choice.error), "finalChoiceError")
    assert error.isVisible() and "give the combination a name" in error.text()
    assert final_choice(store, kept.team_id, "crystal_ball").idea_ids == (kept.ideas[1],)
    name = find(window, QLineEdit, "finalChoiceName")
    type_text(qtbot, name, "Loket met kluis")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    settle()
    choice = final_choice(store, kept.team_id, "crystal_ball")
    assert choice.idea_ids == tuple(kept.ideas[:2]) and choice.name == "Loket met kluis"
    assert "Loket met kluis" in page.choice.status.text() and not error.isVisible()
    page.undo_stack.undo()
    settle()
    assert final_choice(store, kept.team_id, "crystal_ball").idea_ids == (kept.ideas[1],)
    assert not first.isChecked() and second.isChecked()


def test_typing_on_an_end_card_then_switching_ideas_keeps_it_on_its_own_idea(qtbot, crystal):
    window, store, kept, page = crystal
    end = page.view.scene().drawing.layout.end_box
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, end.x + end.width / 2, end.y + end.height / 2))
    settle()
    type_text(qtbot, find(window, QPlainTextEdit, "endField_goal"), "Een loket")
    page.choose_idea(1)  # another idea shown while still typing (as another laptop's change or a shortcut would)
    settle()
    assert page.idea_id == kept.ideas[1]
    assert end_card(store, kept.team_id, "crystal_ball", kept.ideas[0]).answers == {"goal": "Een loket"}
    assert end_card(store, kept.team_id, "crystal_ball", kept.ideas[1]) is None


def test_before_the_idea_vote_keeps_ideas_the_page_says_where_to_keep_them(qtbot, open_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    move_team(store, team_id, "crystal_ball", staatsprint_template)
    window = open_window(store)
    settle()
    page = window.event_view.step_page.work_area.surface("crystal")
    empty = find(window, type(page.empty), "crystalEmpty")
    assert empty.isVisible() and "Keep the best ideas in the step “Dot voting”" in empty.text()
    assert not page.view.isVisible() and not page.choice.isVisible() and not page.idea_buttons.buttons()


def test_the_mini_templates_three_year_crystal_ball_asks_its_own_questions(qtbot, open_window, sqlite_store, mini_template):
    from tests.conftest import MINI_TEMPLATE

    kept = keep_ideas(sqlite_store, mini_template, MINI_TEMPLATE)
    move_team(sqlite_store, kept.team_id, "outlook", mini_template)
    window = open_window(sqlite_store)
    settle()
    page = window.event_view.step_page.work_area.surface("crystal")
    assert len(page.idea_buttons.buttons()) == 3  # two kept ideas and the overview
    assert [t.years for t in page.view.scene().drawing.layout.ticks if t.major] == [0, 1, 2, 3]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    settle()
    when = find(window, type(page.panel.when), "milestoneWhen")
    assert when.count() == 13 and when.itemText(12) == "3 years" and set(page.panel.fields) == {"who", "next"}
    type_text(qtbot, find(window, QPlainTextEdit, "milestoneField_who"), "De buurt")
    page.view.setFocus()
    settle()
    assert [(m.years, m.answers) for m in milestones(sqlite_store, kept.team_id, "outlook")] == [(1.0, {"who": "De buurt"})]
