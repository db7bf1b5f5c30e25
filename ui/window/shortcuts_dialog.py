"""Help → Keyboard shortcuts: the keymap as the window's menus name it, and the keys of every control."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.keymap import KEYMAP, described, keys_text
from ui.common.widgets import label


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every binding of the keymap, in its order: a menu's item as the menu names it."""
    rows = []
    for name in KEYMAP:
        action = window.findChild(QAction, name)
        if action is None:
            rows.append((described(name), keys_text(name)))
        elif action.shortcuts():  # as set now (single character keys may be switched off)
            keys = ", ".join(text for key in action.shortcuts() if (text := key.toString(QKeySequence.SequenceFormat.NativeText)))
            if keys:  # a standard key this system lacks (Quit on Windows) is no row with an empty cell
                rows.append((action.text().replace("&", "").rstrip("…").strip(), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(760, 560)
        column = QVBoxLayout(self)
        table = QTreeWidget()
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.setRootIsDecorated(False)
        for what, keys in shortcut_rows(window):
            table.addTopLevelItem(QTreeWidgetItem([what, keys]))
        table.setWordWrap(True)  # a long action wraps; its keys stay in sight without scrolling sideways
        table.header().setStretchLastSection(False)
        table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(table, 1)
        column.addWidget(label(self.tr(
            "Tab moves to the next control; Space presses the focused button. "
            "A text field keeps every key it types. The event, team and “I am” pickers are "
            "reached with a click or their shortcut, so no key switches them by accident."
        ), "muted", "shortcutsNote"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
