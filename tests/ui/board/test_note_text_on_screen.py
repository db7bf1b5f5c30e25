"""The board's note item sets its text by the same rule as the paper (app/board/note_text.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QLineEdit

from app.board import note_text
from app.board.board import notes
from tests.ui.conftest import find, settle


@pytest.fixture
def page_and_field(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    window = open_window(store)
    window.resize(1366, 900)
    window.event_view.next()
    settle()
    field = find(window, QLineEdit, "noteInput")
    field.setFocus()
    return store, team_id, window.event_view.step_page.work_area.board, field


def _typed_note(qtbot, store, team_id, page, field, text):
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert field.text() == "" and field.hasFocus()
    note = next(n for n in notes(store, team_id, ["braindump"]) if n.text == text)
    return page.note_item(note.id)


def _paint(item) -> QFont:
    """Paint the item once, as the board does, and return the font it measured with."""
    image = QImage(200, 160, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    font = QFont(painter.font())
    item.paint(painter, None)
    painter.end()
    font.setPixelSize(int(note_text.BASE_SIZE))
    return font


def _rule(text: str, font: QFont) -> note_text.FittedText:
    metrics = QFontMetricsF(font)
    return note_text.fit_note(text, lambda part, size: metrics.horizontalAdvance(part) * size / font.pixelSize())


@pytest.mark.parametrize(
    ("text", "shrinks", "continues"),
    [
        ("Kort briefje", False, False),
        ("Elke gemeente koopt dezelfde software apart, en niemand ziet het geheel van de kosten", True, False),
        ("Een heel lange gedachte die echt niet op een briefje past " * 6, True, True),
    ],
)
def test_the_note_item_shrinks_or_continues_by_the_one_rule(qtbot, page_and_field, text, shrinks, continues):
    store, team_id, page, field = page_and_field
    item = _typed_note(qtbot, store, team_id, page, field, text.strip())
    font = _paint(item)
    fitted = item.text_layout(font)
    assert fitted == _rule(text.strip(), font)
    assert (fitted.size < note_text.BASE_SIZE, fitted.continues) == (shrinks, continues)
    assert fitted.size >= note_text.MIN_SIZE
    if continues:
        assert fitted.lines[-1].endswith(note_text.ELLIPSIS) and item.toolTip() == text.strip()
