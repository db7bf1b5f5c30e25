"""A board of many notes: a change touches only the items of the notes it changed, the counts per
author stay right without recounting, and a drag past the edge leaves the scene's area alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

from app.board import board
from app.event.teams import add_member
from tests.ui.conftest import find, settle, type_text
from ui.board.board_items import NoteItem

NOTES = 60


@pytest.fixture
def big_board(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    anna, bram = add_member(store, team_id, "Anna Smit"), add_member(store, team_id, "Bram Jansen")
    with store.write():
        for index in range(NOTES):
            board.add_note(store, team_id, "braindump", anna if index % 3 else bram, f"Gedachte {index}", (index % 10) * 184, (index // 10) * 144)
    window = open_window(store)
    window.resize(1366, 900)
    window.event_view.next()  # the team starts: its brain dump opens on the board
    settle()
    page = window.event_view.step_page.work_area.board
    assert len(page._notes) == NOTES
    return window, store, team_id, (anna, bram), page


@pytest.fixture
def item_work(monkeypatch):
    """Counts the note items made and the updates of existing ones."""
    counted = {"made": 0, "updated": 0}
    made, updated = NoteItem.__init__, NoteItem.update_from

    def counting_init(self, *args, **kwargs):
        counted["made"] += 1
        made(self, *args, **kwargs)

    def counting_update(self, *args, **kwargs):
        counted["updated"] += 1
        return updated(self, *args, **kwargs)

    monkeypatch.setattr(NoteItem, "__init__", counting_init)
    monkeypatch.setattr(NoteItem, "update_from", counting_update)
    return counted


def test_one_note_changed_elsewhere_updates_one_item(big_board, item_work):
    _window, store, team_id, _authors, page = big_board
    note = board.notes(store, team_id, ["braindump"])[7]
    board.edit_note(store, note.id, "Anders gezegd")  # e.g. on another laptop: through the change feed
    settle()
    assert item_work == {"made": 0, "updated": 1}
    assert page.note_item(note.id).note.text == "Anders gezegd"


def test_one_note_typed_makes_one_item_inside_the_board_area(qtbot, big_board, item_work):
    window, store, team_id, _authors, page = big_board
    field = page.note_input
    type_text(qtbot, field, "Nog een gedachte")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert item_work == {"made": 1, "updated": 0}
    (new,) = [n for n in board.notes(store, team_id, ["braindump"]) if n.text == "Nog een gedachte"]
    assert page.scene.sceneRect().contains(page.note_item(new.id).sceneBoundingRect())


def test_a_colour_of_three_notes_updates_three_items(big_board, item_work):
    _window, store, team_id, _authors, page = big_board
    chosen = board.notes(store, team_id, ["braindump"])[:3]
    for note in chosen:
        page.note_item(note.id).setSelected(True)
    page.colour_selected("green")
    settle()
    assert item_work == {"made": 0, "updated": 3}
    assert {page.note_item(n.id).note.colour for n in chosen} == {"green"}


def _shown_counts(window, authors) -> list[str]:
    return [find(window, QPushButton, f"author_{member}").text().rsplit(" ", 1)[1] for member in authors]


def _stored_counts(store, team_id, authors) -> list[str]:
    counts = board.counts_per_author(board.notes(store, team_id, ["braindump"]))
    return [f"({counts.get(member, 0)})" for member in authors]


def test_the_count_per_author_stays_right_through_add_delete_undo_redo_and_the_feed(qtbot, big_board):
    window, store, team_id, authors, page = big_board
    anna, bram = authors
    assert _shown_counts(window, authors) == ["(40)", "(20)"]
    field = page.note_input
    qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Bram writes
    type_text(qtbot, field, "Van Bram")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert _shown_counts(window, authors) == ["(40)", "(21)"] == _stored_counts(store, team_id, authors)
    anna_notes = [n for n in board.notes(store, team_id, ["braindump"]) if n.author_id == anna][:2]
    page.scene.clearSelection()
    for note in anna_notes:
        page.note_item(note.id).setSelected(True)
    page.delete_selected()
    settle()
    assert _shown_counts(window, authors) == ["(38)", "(21)"] == _stored_counts(store, team_id, authors)
    page.undo_stack.undo()  # the two notes back
    settle()
    assert _shown_counts(window, authors) == ["(40)", "(21)"] == _stored_counts(store, team_id, authors)
    page.undo_stack.undo()  # Bram's note gone
    settle()
    assert _shown_counts(window, authors) == ["(40)", "(20)"]
    page.undo_stack.redo()
    page.undo_stack.redo()
    settle()
    assert _shown_counts(window, authors) == ["(38)", "(21)"] == _stored_counts(store, team_id, authors)
    board.add_note(store, team_id, "braindump", anna, "Van een andere laptop", 0, 2000)  # through the feed
    board.delete_notes(store, [n.id for n in board.notes(store, team_id, ["braindump"]) if n.author_id == bram][:3])
    settle()
    assert _shown_counts(window, authors) == ["(39)", "(18)"] == _stored_counts(store, team_id, authors)


def test_a_member_button_is_re_texted_only_when_its_count_changes(qtbot, big_board, monkeypatch):
    window, store, team_id, authors, page = big_board
    texted = []
    original = QPushButton.setText
    monkeypatch.setattr(QPushButton, "setText", lambda button, text: (texted.append(button.objectName()), original(button, text)))
    note = board.notes(store, team_id, ["braindump"])[0]
    board.edit_note(store, note.id, "Alleen de tekst")
    settle()
    assert texted == []
    board.add_note(store, team_id, "braindump", authors[1], "Nieuw van Bram", 0, 2000)
    settle()
    assert texted == [f"author_{authors[1]}"] and _shown_counts(window, authors) == ["(40)", "(21)"]


def _mouse(view, kind, point: QPointF, buttons) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, point, QPointF(view.viewport().mapToGlobal(point.toPoint())), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_a_drag_past_the_edge_leaves_the_area_alone_and_lands_the_note_inside_it(qtbot, big_board):
    _window, store, team_id, _authors, page = big_board
    page.fit()  # the whole board in view, as it opens
    area = page.scene.sceneRect()
    item = max(page._notes.values(), key=lambda note: note.x() + note.y())  # the bottom-right note
    view = page.view
    start = QPointF(view.mapFromScene(item.sceneBoundingRect().center()))
    end = QPointF(view.mapFromScene(area.bottomRight() + QPointF(400, 300)))
    changes = []
    page.scene.sceneRectChanged.connect(changes.append)
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 21):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * step / 20, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    assert not area.contains(item.sceneBoundingRect())  # the note is past the edge…
    assert changes == [] and page.scene.sceneRect() == area  # …and the area stayed as it was
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    settle()
    assert changes == [] and area.contains(item.sceneBoundingRect())  # let go of past the edge: it lands at the edge
    moved = next(n for n in board.notes(store, team_id, ["braindump"]) if n.id == item.note.id)
    assert (moved.x, moved.y) == (item.x(), item.y())


def test_notes_are_cached_as_pixmaps_only_where_they_can_be_read(qtbot, big_board):
    """Far out (a fitted board of many) a note is a fill of colour, drawn without a pixmap each;
    near enough to read, each is drawn once into a pixmap, so a drag of many blits."""
    from PySide6.QtWidgets import QGraphicsItem

    window, store, team_id, _authors, page = big_board
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    page.view.resize(300, 200)
    page.fit()
    assert page.view.transform().m11() < 0.2
    assert {item.cacheMode() for item in page._notes.values()} == {QGraphicsItem.CacheMode.NoCache}
    for _ in range(20):  # Ctrl+= up to readable
        qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.view.transform().m11() > 1.0
    assert {item.cacheMode() for item in page._notes.values()} == {QGraphicsItem.CacheMode.DeviceCoordinateCache}
    board.add_note(store, team_id, "braindump", None, "Erbij", 0, 3000)
    settle()
    assert {item.cacheMode() for item in page._notes.values()} == {QGraphicsItem.CacheMode.DeviceCoordinateCache}


def test_undoing_a_colour_of_many_notes_is_one_statement(big_board):
    from tests.statements import counted

    _window, store, team_id, _authors, page = big_board
    chosen = board.notes(store, team_id, ["braindump"])[:30]
    board.colour_notes(store, [n.id for n in chosen[:10]], "blue")  # two colours before: yellow and blue
    settle()
    for note in chosen:
        page.note_item(note.id).setSelected(True)
    page.colour_selected("green")
    settle()
    with counted(store.engine) as statements:
        page.undo_stack.undo()
    settle()
    assert len(statements) == 1
    colours = {n.id: n.colour for n in board.notes(store, team_id, ["braindump"])}
    assert [colours[n.id] for n in chosen] == ["blue"] * 10 + ["yellow"] * 20


def test_notes_dropped_into_a_cluster_together_join_it_in_one_step(qtbot, big_board):
    window, store, team_id, _authors, _page = big_board
    window.event_view.next()  # on to clustering
    settle()
    page = window.event_view.step_page.work_area.board
    first, *loose = [page.note_item(n.id) for n in board.notes(store, team_id, ["braindump"])[:4]]
    first.setSelected(True)
    page.cluster_selection("Doel")
    settle()
    (cluster,) = board.clusters(store, team_id, "clustering")
    centre = page.cluster_item(cluster.id).sceneBoundingRect().center()
    before = {item.note.id: (item.x(), item.y()) for item in loose}
    after = {note_id: (centre.x() - 80, centre.y() - 60) for note_id in before}
    page._dragged(before, after)  # what the scene reports when the mouse lets go of the three
    settle()
    drop = page.undo_stack.command(page.undo_stack.count() - 1)
    assert drop.childCount() == 2  # the move, and one "into the cluster" for all three
    assert {n.cluster_id for n in board.notes(store, team_id, ["braindump"]) if n.id in before} == {cluster.id}


def test_a_selected_note_shows_it_far_out_too(qtbot, big_board):
    """A rubber band over a fitted board of many: what it caught is seen, not only when zoomed in."""
    from ui.board.board_items import SELECTED

    _window, _store, _team_id, _authors, page = big_board
    page.view.resize(300, 200)
    page.fit()
    assert page.view.transform().m11() < 0.2
    item = next(iter(page._notes.values()))
    edge = item.mapToScene(QPointF(3, 60))  # inside the note, near its left edge

    def colour_at_edge():
        image = page.view.viewport().grab().toImage()
        return image.pixelColor(page.view.mapFromScene(edge)).name().upper()

    assert colour_at_edge() != SELECTED.name().upper()
    item.setSelected(True)
    assert colour_at_edge() == SELECTED.name().upper()


def test_a_typed_note_takes_the_free_spot_without_asking_the_database_for_every_note(qtbot, big_board, monkeypatch):
    _window, store, team_id, _authors, page = big_board
    board.delete_notes(store, [board.notes(store, team_id, ["braindump"])[12].id])  # a hole in the third row
    settle()
    expected = board.free_spot(store, team_id, "braindump")
    monkeypatch.setattr(board, "free_spot", lambda *_args: pytest.fail("the board knows every note's spot"))
    type_text(qtbot, page.note_input, "In het gat")
    qtbot.keyClick(page.note_input, Qt.Key.Key_Return)
    settle()
    made = next(n for n in board.notes(store, team_id, ["braindump"]) if n.text == "In het gat")
    assert (made.x, made.y) == expected == (2 * 184.0, 144.0)
