"""Turning the mouse wheel over a drop-down on a scrolling page leaves its choice alone (the plenary timer)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from tests.ui.conftest import settle
from ui.common.widgets import ScrollSafeComboBox


def _wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_nothing_until_the_drop_down_has_the_focus(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    field = QLineEdit()
    combo = ScrollSafeComboBox()
    column.addWidget(field)
    column.addWidget(combo)
    combo.addItems(["10:00 Opening", "12:15 Terugkoppeling", "16:45 Juryberaad"])
    page.show()
    field.setFocus()
    settle()
    _wheel(combo)
    assert combo.currentIndex() == 0
    combo.setFocus()
    settle()
    _wheel(combo)
    assert combo.currentIndex() == 1


def test_the_programme_page_uses_it_for_the_plenary_timer(open_window, store):
    from app.demo.event import create_demo_event

    create_demo_event(store)
    window = open_window(store)
    window.event_view.go_to(("programme",))
    settle()
    assert isinstance(window.event_view.programme_page.plenary_picker, ScrollSafeComboBox)
