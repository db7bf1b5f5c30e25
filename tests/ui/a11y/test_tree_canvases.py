"""Graphics items through the accessibility factory (ui/a11y/factory.py): the Crystal Ball's timeline and
milestones, and what the factory does as items come and go, take the focus or sit under the pointer."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from app.board.board import ClusterView, NoteView
from app.canvases.milestones import add_milestone
from tests.ui.a11y.tree import unnamed, walk
from tests.ui.canvases.conftest import crystal  # noqa: F401 (the fixture)
from tests.ui.conftest import settle
from ui.a11y.factory import CanvasInterface, ItemInterface, install
from ui.board.board_items import ClusterItem, NoteItem
from ui.common.theme import LIGHT

Role = QAccessible.Role


def test_the_crystal_balls_timeline_and_milestones_are_named(qtbot, crystal):  # noqa: F811 (the fixture)
    window, store, kept, page = crystal
    add_milestone(store, page._ws.template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot in three towns")
    settle()
    nodes = walk(window)
    assert not unnamed(nodes)
    items = [node for node in nodes if node.cls == "ItemInterface"]
    milestone = next(node for node in items if node.role == Role.ListItem)
    assert milestone.name == "Pilot in three towns" and milestone.description  # its moment (and answers)
    timeline = next(node for node in items if node.role == Role.Graphic)
    assert timeline.name.startswith("Timeline from ")


def _note(note_id: int, text: str, x: float, cluster_id: int | None = None) -> NoteItem:
    return NoteItem(NoteView(note_id, 1, "braindump", text, "yellow", x, 10, 1, cluster_id, author_name="Anna de Vries"), "Anna de Vries")


def _board(qtbot, watched: bool = True):
    install()  # once per process; the windows install it too
    view = QGraphicsView()
    scene = QGraphicsScene(view)  # the view keeps it
    view.setScene(scene)
    if watched:  # closed by qtbot at the end (not when the test deletes it itself)
        qtbot.addWidget(view)
    cluster = ClusterItem(ClusterView(7, 1, "braindump", "Rules", 0, 200, 400, 200), LIGHT)
    notes = [_note(1, "Forms are too long", 0), _note(2, "Nobody reads the rules", 200, cluster_id=7)]
    for item in [cluster, *notes]:
        scene.addItem(item)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    canvas = QAccessible.queryAccessibleInterface(view.viewport())
    return view, canvas, notes, cluster


def test_the_canvas_lists_its_items_in_reading_order_with_names_and_descriptions(qtbot):
    view, canvas, notes, cluster = _board(qtbot)
    assert isinstance(canvas, CanvasInterface) and canvas.role() == Role.Canvas
    kids = [canvas.child(i) for i in range(canvas.childCount())]
    assert [kid.text(QAccessible.Text.Name) for kid in kids] == ["Forms are too long", "Nobody reads the rules", "Rules"]
    assert kids[1].text(QAccessible.Text.Description) == "By Anna de Vries, in cluster Rules"
    assert kids[2].text(QAccessible.Text.Description) == "Cluster; notes in it: 1"
    assert all(kid.parent().object() is view.viewport() and canvas.indexOfChild(kid) == i for i, kid in enumerate(kids))
    on_screen = QRect(view.viewport().mapToGlobal(QPoint(0, 0)), view.viewport().size())
    assert all(on_screen.contains(kid.rect()) and not kid.rect().isEmpty() for kid in kids)
    centre = kids[0].rect().center()
    assert canvas.childAt(centre.x(), centre.y()).text(QAccessible.Text.Name) == "Forms are too long"


def test_the_focused_and_selected_note_say_so(qtbot):
    view, canvas, notes, _cluster = _board(qtbot)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()
    notes[1].setSelected(True)
    notes[1].setFocus()
    focus = canvas.focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Name) == "Nobody reads the rules"
    assert focus.state().focused and focus.state().selected and focus.state().focusable and focus.state().movable


def test_an_item_that_leaves_the_scene_leaves_the_tree_and_its_interface_is_freed(qtbot):
    view, canvas, notes, _cluster = _board(qtbot)
    first = canvas.child(0)
    assert first.isValid() and QAccessible.accessibleInterface(QAccessible.uniqueId(first)) is first
    view.scene().removeItem(notes[0])
    assert canvas.childCount() == 2 and not shiboken6.isValid(first)  # out of Qt's cache, deleted there
    assert canvas.child(0).text(QAccessible.Text.Name) == "Nobody reads the rules"


def test_a_view_that_goes_takes_its_items_interfaces_with_it(qtbot):
    view, canvas, _notes, _cluster = _board(qtbot, watched=False)
    kid = canvas.child(0)
    assert isinstance(kid, ItemInterface)
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(canvas) and not shiboken6.isValid(kid)
