"""The keyboard-only day's hands: every action is a key sent to whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focus() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def press(qtbot, key, modifier=NONE) -> None:
    """A key as the keyboard sends it: to whatever has the focus (an open menu has the keyboard while it is open)."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the focus: a key would go nowhere"
    qtbot.keyClick(widget, key, modifier)
    settle()


def type_keys(qtbot, text: str) -> None:
    """Typed into the focused widget (non-ASCII as the key event a keyboard sends, see STACK-NOTES)."""
    for char in text:
        widget = QApplication.focusWidget()
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, NONE, char))
    settle()


def tab_to(qtbot, name: str, limit: int = 60, back: bool = False) -> None:
    """Tab (or Shift+Tab) until the control ``name`` has the focus: it must be reachable so."""
    seen = []
    for _ in range(limit):
        if focus() == name:
            return
        press(qtbot, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
        seen.append(focus())
    assert focus() == name, f"Tab never reached {name!r}; it went {seen}"


def activate(qtbot, name: str, limit: int = 60) -> None:
    """Tab to a button, then Space."""
    tab_to(qtbot, name, limit)
    press(qtbot, Qt.Key.Key_Space)


def answer_by_keys(qtbot, object_name: str, *keys) -> list:
    """Once the modal dialog ``object_name`` is open and has the focus, type/press ``keys`` (a str is
    typed, a Qt.Key pressed, a (key, modifier) pair pressed with it); returns [dialog] once seen."""
    from tests.ui.modal import answer_modal

    seen: list = []

    def act(dialog) -> None:
        try:
            dialog.activateWindow()  # the window system gives a new dialog the focus (offscreen: asked for)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
            for key in keys:
                if isinstance(key, str):
                    type_keys(qtbot, key)
                elif isinstance(key, tuple):
                    press(qtbot, *key)
                else:
                    press(qtbot, key)
        except Exception as error:  # never leave a modal dialog open: the test would hang, not fail
            seen.append(error)
            dialog.reject()

    answer_modal(object_name, act, seen)
    return seen


def window_back(qtbot, window) -> None:
    """A dialog has closed: the window system gives the window back its focus (offscreen does not by itself)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()


def arrow_to(qtbot, board, text: str, limit: int = 12) -> None:
    """With the board focused: the arrows towards the note that reads ``text``, as a person looking at
    the board presses them (the one pointing most towards it), until it has the focus ring."""
    if board.scene.focusItem() is None:
        press(qtbot, Qt.Key.Key_Right)
    for _ in range(limit):
        here = board.scene.focusItem()
        if here.note.text == text:
            return
        there = next(item for item in board._notes.values() if item.note.text == text)
        offset = there.sceneBoundingRect().center() - here.sceneBoundingRect().center()
        if abs(offset.x()) >= abs(offset.y()):
            press(qtbot, Qt.Key.Key_Right if offset.x() > 0 else Qt.Key.Key_Left)
        else:
            press(qtbot, Qt.Key.Key_Down if offset.y() > 0 else Qt.Key.Key_Up)
    assert board.scene.focusItem().note.text == text, f"the arrows never reached {text!r}"


def answer_file_dialog(qtbot, *entries, then=None) -> list:
    """Once the (Qt) file dialog is open: its file name field has the focus; each of ``entries`` typed
    whole, then Enter (a folder first: Enter goes into it; then several names, each in quotes). ``then``
    (a callable, or None) runs first: it may wait for the dialog the file leads to. Returns what was
    seen (the dialog, or the error)."""
    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, poll)
            return
        # Not the dialog itself: its C++ object is deleted by Qt's static function, and a Python wrapper kept
        # for it may be handed out later for a new object at the same address, as "already deleted".
        seen.append("file dialog")
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
            assert focus() == "fileNameEdit", focus()
            if then is not None:
                then()
            if not entries:
                press(qtbot, Qt.Key.Key_Return)
            for entry in entries:
                press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                type_keys(qtbot, str(entry))
                if QApplication.activePopupWidget() is not None:  # the completer's list of names: Escape closes it
                    press(qtbot, Qt.Key.Key_Escape)
                    dialog.activateWindow()  # offscreen: the closed list leaves no window active
                    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
                press(qtbot, Qt.Key.Key_Return)
        except Exception as error:  # never leave a modal dialog open: the test would hang, not fail
            seen.append(error)
            dialog.reject()

    QTimer.singleShot(0, poll)
    return seen
