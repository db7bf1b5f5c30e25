"""The board as a team uses it: typing notes in scribe mode, clustering by drag, merging, undo/redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit

from app.board.board import clusters, notes
from app.event.teams import add_member
from tests.ui.conftest import find, settle, type_text
from tests.ui.modal import answer_modal


@pytest.fixture
def board(qtbot, open_window, event_with_team):
    store, event_id, team_id = event_with_team
    members = [add_member(store, team_id, name) for name in ("Noëlle Hendriks", "Emre Yılmaz", "Sanne de Vries")]
    window = open_window(store)
    window.resize(1366, 900)
    window.event_view.next()  # the team starts: its brain dump opens on the board
    settle()
    page = window.event_view.step_page.work_area.board
    return window, store, team_id, members, page


def state(store, team_id):
    return (
        sorted((n.text, n.author_id, n.cluster_id is not None) for n in notes(store, team_id, ["braindump"])),
        sorted(c.name for c in clusters(store, team_id, "clustering")),
    )


def test_five_notes_typed_by_keyboard_only(qtbot, board):
    window, store, team_id, members, page = board
    field = find(window, QLineEdit, "noteInput")
    assert page.isVisible() and field.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    typed = [("1", "Elke gemeente koopt zelf"), ("1", "400 applicaties"), ("2", "Data zit in kokers"), ("3", "NAW steeds opnieuw invullen"), ("2", "Geen tijd voor innovatie ë")]
    for member_key, text in typed:
        qtbot.keyClick(field, getattr(Qt.Key, f"Key_{member_key}"), Qt.KeyboardModifier.AltModifier)
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == "" and field.hasFocus()  # the next note starts at once
    settle()
    stored = notes(store, team_id, ["braindump"])
    assert [(n.text, n.author_id) for n in stored] == [(text, members[int(key) - 1]) for key, text in typed]
    assert len({(n.x, n.y) for n in stored}) == 5  # each on its own spot
    assert find(window, type(page.member_bar.itemAt(1).widget()), f"author_{members[0]}").text().endswith("(2)")


def test_an_empty_note_is_not_made(qtbot, board):
    window, store, team_id, _members, page = board
    field = find(window, QLineEdit, "noteInput")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert notes(store, team_id, ["braindump"]) == []
    assert page.error_label.text() == "An empty note is not made: type a thought first."


def _type_notes(qtbot, window, texts):
    field = find(window, QLineEdit, "noteInput")
    for text in texts:
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()


def _drag(qtbot, page, item, to_scene: QPointF, grip: QPointF | None = None):
    """Drag ``item`` by ``grip`` (a scene point; default its centre) to ``to_scene``."""
    view = page.view
    start = view.mapFromScene(grip if grip is not None else item.sceneBoundingRect().center())
    end = view.mapFromScene(to_scene)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), move)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    settle()


def test_cluster_by_drag_merge_and_undo_redo_everything(qtbot, board):
    window, store, team_id, _members, _page = board
    _type_notes(qtbot, window, ["Elke gemeente koopt zelf", "400 applicaties", "Data in kokers", "NAW opnieuw"])
    start = state(store, team_id)
    window.event_view.next()  # on to clustering: the same notes, now to be grouped
    settle()
    page = window.event_view.step_page.work_area.board
    assert len(page._notes) == 4
    first, second, third, fourth = [page.note_item(n.id) for n in notes(store, team_id, ["braindump"])]
    page.scene.clearSelection()
    first.setSelected(True)
    second.setSelected(True)
    page.cluster_selection("Inkoop")
    settle()
    (inkoop,) = clusters(store, team_id, "clustering")
    page.scene.clearSelection()
    third.setSelected(True)
    page.cluster_selection("Data")
    settle()
    # Drag the fourth note into the "Data" cluster by mouse.
    data = next(c for c in clusters(store, team_id, "clustering") if c.name == "Data")
    page.scene.clearSelection()
    _drag(qtbot, page, fourth, page.cluster_item(data.id).sceneBoundingRect().center())
    by_text = {n.text: n.cluster_id for n in notes(store, team_id, ["braindump"])}
    assert by_text["NAW opnieuw"] == data.id
    # Merge the two clusters.
    page.scene.clearSelection()
    page.cluster_item(inkoop.id).setSelected(True)
    page.cluster_item(data.id).setSelected(True)
    asked = []
    answer_modal("mergeNameDialog", lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return), asked)
    page.merge_selected_clusters()
    settle()
    assert asked  # two names: which one stays is asked, the first offered
    assert [c.name for c in clusters(store, team_id, "clustering")] == ["Inkoop"]
    assert {n.cluster_id for n in notes(store, team_id, ["braindump"])} == {inkoop.id}
    merged = state(store, team_id)
    # Undo every step, then redo every step.
    while page.undo_stack.canUndo():
        page.undo_stack.undo()
        settle()
    assert state(store, team_id)[1] == [] and not any(flag for _t, _a, flag in state(store, team_id)[0])
    while page.undo_stack.canRedo():
        page.undo_stack.redo()
        settle()
    assert state(store, team_id) == merged
    assert start[0] and len(start[0]) == 4


def test_undo_redo_of_typing_editing_and_deleting(qtbot, board):
    window, store, team_id, _members, page = board
    _type_notes(qtbot, window, ["één", "twee"])
    one = page.note_item(notes(store, team_id, ["braindump"])[0].id)
    one.start_editing()
    one._editor.setPlainText("één — aangescherpt")
    one.finish_editing()
    settle()
    page.scene.clearSelection()
    one.setSelected(True)
    page.delete_selected()
    settle()
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["twee"]
    page.undo_stack.undo()
    settle()
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["één — aangescherpt", "twee"]
    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()
    settle()
    assert notes(store, team_id, ["braindump"]) == []
    for _ in range(4):
        page.undo_stack.redo()
    settle()
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["twee"]


def test_a_long_note_is_clipped_on_the_board_and_whole_in_the_editor(qtbot, board):
    window, store, team_id, _members, page = board
    long_text = "lange gedachte " * 300
    field = find(window, QLineEdit, "noteInput")
    field.setMaxLength(10_000)
    field.setText(long_text)
    page.add_typed_note()
    settle()
    (note,) = notes(store, team_id, ["braindump"])
    assert note.text == long_text.strip()
    item = page.note_item(note.id)
    item.start_editing()
    assert item._editor.toPlainText() == note.text
    item.finish_editing(save=False)
    assert item.toolTip() == note.text


def test_rename_a_cluster_and_undo(qtbot, board, monkeypatch):
    from PySide6.QtWidgets import QDialog, QInputDialog

    window, store, team_id, _members, _page = board
    _type_notes(qtbot, window, ["a", "b"])
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    for item in page._notes.values():
        item.setSelected(True)
    page.cluster_selection("Eerst")
    settle()
    (cluster,) = clusters(store, team_id, "clustering")
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: (dialog.setTextValue("Inkoop en contracten"), QDialog.DialogCode.Accepted)[1])
    page.ask_cluster_name(cluster.id)
    settle()
    assert [c.name for c in clusters(store, team_id, "clustering")] == ["Inkoop en contracten"]
    page.undo_stack.undo()
    settle()
    assert [c.name for c in clusters(store, team_id, "clustering")] == ["Eerst"]


def test_the_brain_dump_prompts_are_on_screen(board):
    window, _store, _team_id, _members, _page = board
    from PySide6.QtWidgets import QLabel

    prompts = find(window, QLabel, "workPrompts")
    assert prompts.isVisible() and "Associaties" in prompts.text()


def test_a_refused_action_leaves_nothing_to_undo(qtbot, board):
    window, store, team_id, _members, page = board
    _type_notes(qtbot, window, ["één"])
    depth = page.undo_stack.count()
    field = find(window, QLineEdit, "noteInput")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # empty: refused
    settle()
    assert page.undo_stack.count() == depth and page.error_label.isVisible()
    page.undo_stack.undo()  # undoes the real note, not the refused one
    settle()
    assert notes(store, team_id, ["braindump"]) == []


def test_ctrl_z_in_the_empty_note_field_undoes_on_the_board(qtbot, board):
    window, store, team_id, _members, page = board
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _type_notes(qtbot, window, ["weg ermee"])
    field = find(window, QLineEdit, "noteInput")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert notes(store, team_id, ["braindump"]) == [] and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["weg ermee"]


def test_a_note_deleted_elsewhere_while_being_edited_here(qtbot, board):
    from app.board.board import delete_notes

    window, store, team_id, _members, page = board
    _type_notes(qtbot, window, ["wordt bewerkt"])
    (note,) = notes(store, team_id, ["braindump"])
    page.note_item(note.id).start_editing()
    delete_notes(store, [note.id])  # e.g. on another laptop
    settle()
    assert note.id not in page._notes  # gone, and no crash


def test_leaving_the_brain_dump_reveals_it(qtbot, board, staatsprint_template):
    from app.voting.vote_step import is_revealed

    window, store, team_id, _members, _page = board
    event_id = window.event_view.workspace.event.id
    assert not is_revealed(store, event_id, team_id, "braindump")
    window.event_view.next()
    settle()
    assert is_revealed(store, event_id, team_id, "braindump")


def test_a_cluster_dragged_by_its_title_takes_its_notes_along_and_makes_knelpunten(qtbot, board):
    from app.outcomes.knelpunten import knelpunten

    window, store, team_id, _members, _page = board
    _type_notes(qtbot, window, ["a", "b", "los"])
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    first, second, loose = [page.note_item(n.id) for n in notes(store, team_id, ["braindump"])]
    first.setSelected(True)
    second.setSelected(True)
    page.cluster_selection("Geld")
    settle()
    (cluster,) = clusters(store, team_id, "clustering")
    before = {n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])}
    page._clusters_dragged({cluster.id: (100.0, 500.0)})  # to a clear part of the board
    settle()
    after = {n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])}
    assert after[first.note.id] == (before[first.note.id][0] + 100, before[first.note.id][1] + 500)
    assert after[loose.note.id] == before[loose.note.id]
    assert clusters(store, team_id, "clustering")[0].x == cluster.x + 100
    page.undo_stack.undo()
    settle()
    assert {n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])} == before
    page.scene.clearSelection()
    page.cluster_item(cluster.id).setSelected(True)
    loose.setSelected(True)
    page.knelpunten_from_selection()
    assert sorted(k.title for k in knelpunten(store, team_id)) == ["Geld", "los"]


def test_a_rubber_band_cluster_gathers_clear_of_other_notes_and_undo_puts_them_back(qtbot, board):
    from tests.board.test_cluster_layout import assert_frames_hold_exactly_their_notes

    window, store, team_id, _members, _page = board
    _type_notes(qtbot, window, ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht"])
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    before = {n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])}
    view = page.view
    start, end = view.mapFromScene(QPointF(-10, -10)), view.mapFromScene(QPointF(350, 130))  # around the first two
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert sorted(item.note.text for item in page.selected_notes()) == ["een", "twee"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()

    def name_it(dialog):
        type_text(qtbot, dialog.focusWidget(), "Inkoop")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_modal("clusterNameDialog", name_it, [])
    qtbot.keyClick(view.viewport(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    settle()
    (cluster,) = clusters(store, team_id, "clustering")
    assert cluster.name == "Inkoop"
    assert sorted(n.text for n in notes(store, team_id, ["braindump"]) if n.cluster_id == cluster.id) == ["een", "twee"]
    assert_frames_hold_exactly_their_notes(store, team_id)
    page.undo_stack.undo()
    settle()
    assert clusters(store, team_id, "clustering") == [] and {n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])} == before


def test_a_cluster_dropped_on_a_loose_note_settles_clear_of_it(qtbot, board):
    from tests.board.test_cluster_layout import assert_frames_hold_exactly_their_notes

    window, store, team_id, _members, _page = board
    _type_notes(qtbot, window, ["a", "b", "los"])
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    first, second, loose = [page.note_item(n.id) for n in notes(store, team_id, ["braindump"])]
    page.scene.clearSelection()
    first.setSelected(True)
    second.setSelected(True)
    page.cluster_selection("Geld")
    settle()
    (cluster,) = clusters(store, team_id, "clustering")
    before = ({n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])}, cluster)
    title = page.cluster_item(cluster.id).sceneBoundingRect().topLeft() + QPointF(60, 12)  # the frame is dragged by its name
    page.scene.clearSelection()
    _drag(qtbot, page, page.cluster_item(cluster.id), loose.sceneBoundingRect().topLeft() + QPointF(60, 12), grip=title)
    settle()
    assert_frames_hold_exactly_their_notes(store, team_id)
    assert clusters(store, team_id, "clustering")[0] != cluster  # it did move, near where it was dropped
    page.undo_stack.undo()
    settle()
    assert ({n.id: (n.x, n.y) for n in notes(store, team_id, ["braindump"])}, clusters(store, team_id, "clustering")[0]) == before


def test_the_cluster_button_asks_for_a_name_and_makes_the_cluster(qtbot, board):
    """The button a newcomer reaches for first, clicked with the mouse (it once crashed: the click's flag arrived as the name)."""
    from PySide6.QtWidgets import QPushButton

    window, store, team_id, _members, _page = board
    _type_notes(qtbot, window, ["een", "twee", "drie"])
    window.event_view.next()
    settle()
    page = window.event_view.step_page.work_area.board
    for item in page.scene.items():
        if getattr(item, "note", None) is not None and item.note.text in ("een", "drie"):
            item.setSelected(True)
    seen = []

    def name_it(dialog):
        type_text(qtbot, dialog.focusWidget(), "Inkoop")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_modal("clusterNameDialog", name_it, seen)
    qtbot.mouseClick(find(window, QPushButton, "clusterButton"), Qt.MouseButton.LeftButton)
    settle()
    assert len(seen) == 1
    (cluster,) = clusters(store, team_id, "clustering")
    assert cluster.name == "Inkoop"
    assert sorted(n.text for n in notes(store, team_id, ["braindump"]) if n.cluster_id == cluster.id) == ["drie", "een"]
