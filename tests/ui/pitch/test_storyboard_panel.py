"""The storyboard on screen: panels added and typed in, moved by keys (the focus stays) and by
dragging, pictures chosen and refused, deleted, undone and redone; a write the database refuses
shows why and changes nothing; another laptop's edit and another team show up."""

from __future__ import annotations

import io
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QScrollArea

from app.errors import DomainError, WriteFailed
from app.event.teams import add_team, team_view
from app.pitch import storyboard as sb
from app.storage.store import Store
from tests.ui.conftest import settle, type_text
from ui.common.i18n import install_language
from ui.common.theme import HIGH_CONTRAST, LIGHT, stylesheet
from ui.pitch.storyboard_card import CARD_MIN_WIDTH
from ui.pitch.storyboard_messages import storyboard_message
from ui.pitch.storyboard_panel import StoryboardPanel
from ui.storage.feed_bridge import FeedBridge

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def board(qtbot, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    step = staatsprint_template.step("pitch")
    ws = SimpleNamespace(store=store, bridge=FeedBridge(store.feed), theme=LIGHT, template=staatsprint_template, lang="nl")
    window = QMainWindow()
    window.setStyleSheet(stylesheet(LIGHT))
    panel = StoryboardPanel(ws)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(panel)
    window.setCentralWidget(area)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    panel.show_step(step, team_view(store, event_id, team_id, staatsprint_template))
    window.show()
    qtbot.waitExposed(window)
    return SimpleNamespace(store=store, event_id=event_id, team_id=team_id, step=step, panel=panel, ws=ws, template=staatsprint_template,
                           window=window)


def stored(b) -> list[tuple[str, str, str]]:
    """(caption, text, picture type) of each panel, in order."""
    return [(p.caption, p.text, p.picture.type if p.picture else "") for p in sb.panels(b.store, b.team_id, "pitch")]


def with_panels(b, *captions: str) -> list[int]:
    ids = [sb.add_panel(b.store, b.team_id, "pitch", b.step.storyboard, c) for c in captions]
    settle()
    return ids


def shown(b) -> list[str]:
    return [b.panel.cards[i].caption.text() for i in b.panel.order]


def picture_file(tmp_path, kind: str, name: str) -> str:
    path = tmp_path / name
    out = io.BytesIO()
    Image.new("RGB", (640, 480), "white").save(out, kind)
    path.write_bytes(out.getvalue())
    return str(path)


def test_add_panels_typed_as_saved_up_to_the_maximum_then_undo_and_redo(qtbot, board):
    panel = board.panel
    assert panel.empty.isVisible() and panel.meter.text() == "0 of at least 3 panels"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    card = panel.cards[panel.order[0]]
    assert card.caption.hasFocus()  # ready to name the scene
    type_text(qtbot, card.caption, "Anna verhuist")
    qtbot.keyClick(card.caption, Qt.Key.Key_Tab)
    assert card.text.hasFocus()
    type_text(qtbot, card.text, "Ze meldt het één keer")
    qtbot.keyClick(card.text, Qt.Key.Key_Tab)  # leaving the field saves at once
    assert card.delete.hasFocus()
    assert stored(board) == [("Anna verhuist", "Ze meldt het één keer", "")]
    assert not panel.empty.isVisible() and panel.meter.text() == "1 of at least 3 panels"
    assert panel.completeness() == sb.Completeness(1, 3, 8)
    for _ in range(7):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(stored(board)) == 8 and [panel.cards[i].number.text() for i in panel.order] == [str(n) for n in range(1, 9)]
    assert not panel.add_button.isEnabled()
    assert panel.full_reason.isVisible() and "8 panels" in panel.full_reason.text()
    grip = panel.cards[panel.order[7]].grip
    grip.setFocus()
    qtbot.keyClick(grip, Qt.Key.Key_Z, CTRL)
    assert len(stored(board)) == 7 and panel.add_button.isEnabled() and not panel.full_reason.isVisible()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(stored(board)) == 8


def test_keys_move_the_panel_with_the_focus_and_the_focus_stays_on_it(qtbot, board):
    with_panels(board, "A", "B", "C")
    panel = board.panel
    first = panel.cards[panel.order[0]]
    first.caption.setFocus()
    qtbot.keyClick(first.caption, Qt.Key.Key_Right, ALT_SHIFT)
    assert [c for c, _t, _p in stored(board)] == ["B", "A", "C"] and shown(board) == ["B", "A", "C"]
    assert first.caption.hasFocus() and first.number.text() == "2"
    first.grip.setFocus()
    qtbot.keyClick(first.grip, Qt.Key.Key_Right, ALT_SHIFT)
    assert shown(board) == ["B", "C", "A"] and first.grip.hasFocus()
    qtbot.keyClick(first.grip, Qt.Key.Key_Right, ALT_SHIFT)  # the last place: nothing to move
    assert [c for c, _t, _p in stored(board)] == ["B", "C", "A"] and panel.undo_stack.count() == 2
    qtbot.keyClick(first.grip, Qt.Key.Key_Z, CTRL)
    assert shown(board) == ["B", "A", "C"]
    qtbot.keyClick(first.grip, Qt.Key.Key_Left, ALT_SHIFT)
    assert [c for c, _t, _p in stored(board)] == ["A", "B", "C"] and first.grip.hasFocus()


def test_a_panel_dragged_by_its_number_onto_another_takes_its_place(qtbot, board):
    with_panels(board, "A", "B", "C", "D")
    panel = board.panel
    dragged = panel.cards[panel.order[0]]
    target = panel.cards[panel.order[2]]
    grip = dragged.grip
    start = QPoint(10, grip.height() // 2)
    qtbot.mousePress(grip, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grip, start + QPoint(30, 0))
    landing = grip.mapFromGlobal(target.mapToGlobal(target.rect().center()))
    qtbot.mouseMove(grip, landing)
    assert dragged.property("lifted") and target.property("dropTarget")
    qtbot.mouseRelease(grip, Qt.MouseButton.LeftButton, pos=landing)
    assert [c for c, _t, _p in stored(board)] == ["B", "C", "A", "D"] and shown(board) == ["B", "C", "A", "D"]
    assert grip.hasFocus() and not dragged.property("lifted") and not target.property("dropTarget")
    qtbot.keyClick(grip, Qt.Key.Key_Z, CTRL)
    assert shown(board) == ["A", "B", "C", "D"]
    qtbot.mousePress(grip, Qt.MouseButton.LeftButton, pos=start)  # Escape while dragging: nothing moves
    qtbot.mouseMove(grip, start + QPoint(30, 0))
    qtbot.mouseMove(grip, grip.mapFromGlobal(target.mapToGlobal(target.rect().center())))
    qtbot.keyClick(grip, Qt.Key.Key_Escape)
    assert not any(c.property("lifted") or c.property("dropTarget") for c in panel.cards.values())
    qtbot.mouseRelease(grip, Qt.MouseButton.LeftButton, pos=grip.mapFromGlobal(target.mapToGlobal(target.rect().center())))
    assert [c for c, _t, _p in stored(board)] == ["A", "B", "C", "D"] and panel.undo_stack.index() == 0


def test_a_refused_picture_says_why_and_changes_nothing_then_a_photo_is_added_and_removed(qtbot, board, tmp_path, monkeypatch):
    with_panels(board, "A", "B")
    panel = board.panel
    card = panel.cards[panel.order[0]]
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (chosen[-1], ""))
    chosen.append(picture_file(tmp_path, "GIF", "schets.gif"))
    qtbot.mouseClick(card.picture_button, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and "GIF" in panel.error.text() and "PNG or JPEG" in panel.error.text()
    assert stored(board) == [("A", "", ""), ("B", "", "")] and panel.undo_stack.count() == 0
    broken = tmp_path / "kapot.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    chosen.append(str(broken))
    qtbot.mouseClick(card.picture_button, Qt.MouseButton.LeftButton)
    assert "cannot be read as a picture" in panel.error.text()
    assert stored(board) == [("A", "", ""), ("B", "", "")] and panel.undo_stack.count() == 0
    chosen.append(picture_file(tmp_path, "JPEG", "schets.jpg"))
    qtbot.mouseClick(card.picture_button, Qt.MouseButton.LeftButton)
    assert not panel.error.isVisible()
    assert stored(board)[0] == ("A", "", "jpeg") and not card.thumbnail.pixmap().isNull()
    assert card.picture_button.text() == "Replace…" and card.remove_picture.isVisible() and card.picture_button.hasFocus()
    qtbot.keyClick(card.picture_button, Qt.Key.Key_Tab)
    assert card.remove_picture.hasFocus()
    qtbot.keyClick(card.remove_picture, Qt.Key.Key_Tab)
    assert card.caption.hasFocus()
    card.picture_button.setFocus()
    qtbot.mouseClick(card.remove_picture, Qt.MouseButton.LeftButton)
    assert stored(board)[0] == ("A", "", "") and card.thumbnail.pixmap().isNull() and not card.remove_picture.isVisible()
    assert card.picture_button.hasFocus()
    qtbot.keyClick(card.picture_button, Qt.Key.Key_Tab)  # the hidden "Remove picture" is skipped
    assert card.caption.hasFocus()
    card.picture_button.setFocus()
    qtbot.keyClick(card.picture_button, Qt.Key.Key_Z, CTRL)
    assert stored(board)[0] == ("A", "", "jpeg")


def test_delete_moves_the_focus_to_the_next_panel_and_undo_brings_it_back_with_its_picture(qtbot, board):
    ids = with_panels(board, "A", "B", "C")
    sb.set_picture(board.store, ids[1], sb.Picture(_png(), "png", 8, 8))
    settle()
    panel = board.panel
    qtbot.mouseClick(panel.cards[ids[1]].delete, Qt.MouseButton.LeftButton)
    assert [c for c, _t, _p in stored(board)] == ["A", "C"] and shown(board) == ["A", "C"]
    assert panel.cards[ids[2]].grip.hasFocus()
    qtbot.keyClick(panel.cards[ids[2]].grip, Qt.Key.Key_Z, CTRL)
    assert stored(board) == [("A", "", ""), ("B", "", "png"), ("C", "", "")]
    assert not panel.cards[ids[1]].thumbnail.pixmap().isNull()


def test_a_write_the_database_refuses_shows_why_and_changes_nothing(qtbot, board, monkeypatch):
    with_panels(board, "A", "B")
    panel = board.panel
    first = panel.cards[panel.order[0]]

    @contextmanager
    def failing(self):
        raise WriteFailed("db_write_locked", "database is locked", reason="database is locked")
        yield

    monkeypatch.setattr(Store, "write", failing)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and "the database is busy" in panel.error.text()
    first.grip.setFocus()
    qtbot.keyClick(first.grip, Qt.Key.Key_Right, ALT_SHIFT)
    assert first.grip.hasFocus()
    qtbot.mouseClick(first.delete, Qt.MouseButton.LeftButton)
    type_text(qtbot, first.caption, " en C")
    first.text.setFocus()  # leaving the caption saves: refused, the typing stays
    assert first.caption.text() == "A en C" and "Saving failed" in panel.error.text()
    monkeypatch.undo()
    assert stored(board) == [("A", "", ""), ("B", "", "")] and shown(board) == ["A en C", "B"]
    assert panel.undo_stack.count() == 0 and not panel.undo_button.isEnabled()


def test_another_laptops_edit_shows_up_and_another_team_has_its_own_storyboard(qtbot, board):
    panel = board.panel
    meters = []
    panel.meterChanged.connect(meters.append)
    ids = with_panels(board, "A")
    assert meters[-1] == sb.Completeness(1, 3, 8)
    sb.set_caption(board.store, ids[0], "Van elders")
    sb.add_panel(board.store, board.team_id, "pitch", board.step.storyboard, "Nieuw")
    settle()
    assert shown(board) == ["Van elders", "Nieuw"] and panel.meter.text() == "2 of at least 3 panels"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.undo_stack.count() == 1
    other = add_team(board.store, board.event_id, "gemeentelijke_it")
    sb.add_panel(board.store, other, "pitch", board.step.storyboard, "Hun paneel")
    panel.show_step(board.step, team_view(board.store, board.event_id, other, board.template))
    assert shown(board) == ["Hun paneel"] and panel.undo_stack.count() == 0


@pytest.mark.parametrize("width", [1366, 700])
def test_the_cards_share_the_width_in_rows_without_overlap_or_clipped_buttons(qtbot, board, width):
    ids = with_panels(board, "A", "B", "C", "D", "E")
    sb.set_picture(board.store, ids[0], sb.Picture(_png(), "png", 8, 8))
    board.window.resize(width, 768)
    settle()
    panel = board.panel
    cards = [panel.cards[i] for i in panel.order]
    holder = panel.grid_holder.rect()
    columns = panel.grid.columns(holder.width())
    assert columns == (5 if width == 1366 else 2)
    for n, card in enumerate(cards):
        box = card.geometry()
        assert holder.contains(box.topLeft()) and box.right() <= holder.right() and box.width() >= CARD_MIN_WIDTH
        assert box.top() == cards[n - n % columns].geometry().top()  # a row starts level
        assert not any(box.intersects(other.geometry()) for other in cards if other is not card)
        for button in (card.picture_button, card.remove_picture, card.delete):
            assert button.isHidden() or button.width() >= button.sizeHint().width()


def test_another_theme_gives_the_storyboard_its_colours(qtbot, board):
    assert LIGHT.primary in board.panel.styleSheet()
    app = QApplication.instance()
    before = app.styleSheet()
    board.ws.theme = HIGH_CONTRAST
    app.setStyleSheet(stylesheet(HIGH_CONTRAST))  # as the window's theme menu does
    try:
        settle()
        assert HIGH_CONTRAST.focus in board.panel.styleSheet() and LIGHT.primary not in board.panel.styleSheet()
    finally:
        app.setStyleSheet(before)


@pytest.mark.parametrize("code", ["storyboard_full", "panel_missing", "panel_caption_long", "panel_text_long", "picture_too_big",
                                  "picture_unreadable", "picture_format", "picture_pixels"])
def test_every_storyboard_refusal_has_a_message_in_both_languages(qtbot, code):
    error = DomainError(code, "the English fallback", limit=8, length=9, size="21", format="GIF")
    english = storyboard_message(error)
    app = QApplication.instance()
    translator = install_language(app, "nl")
    try:
        dutch = storyboard_message(error)
    finally:
        app.removeTranslator(translator)
    assert english != error.message and dutch not in (english, error.message)
    assert "{" not in english + dutch


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


def test_a_picture_size_is_written_with_the_languages_decimal_sign(qtbot):
    error = DomainError("picture_too_big", "the English fallback", size="23.8", limit="20")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # as the English UI sets it
    assert storyboard_message(error).startswith("This picture is 23.8 MB")
    translator = install_language(QApplication.instance(), "nl")
    try:
        assert storyboard_message(error).startswith("Deze foto is 23,8 MB")
    finally:
        QApplication.instance().removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_focus_a_delete_leaves_is_scrolled_into_view(qtbot, board):
    ids = with_panels(board, "A", "B", "C", "D", "E", "F", "G")
    board.window.resize(900, 520)  # the cards scroll under the toolbar
    settle()
    panel = board.panel
    board.window.activateWindow()
    qtbot.waitUntil(board.window.isActiveWindow)
    panel.cards[ids[-1]].grip.setFocus()  # the hand on the last panel ...
    panel.cards_scroll.verticalScrollBar().setValue(0)  # ... while the top is in view (a wheel turned)
    settle()
    panel.delete_panel(panel.cards[ids[-1]])
    settle()
    grip = panel.cards[ids[-2]].grip
    assert grip.hasFocus()
    viewport = panel.cards_scroll.viewport()
    top_left = grip.mapTo(viewport, grip.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + grip.height() <= viewport.height()  # where the eye can find it
