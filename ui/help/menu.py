"""The Help menu's guide: Guide (F1) opens the part about the screen in front, Guide as PDF… writes it for
print, Keyboard shortcuts (Shift+F1) lists the keys. F1 works in every window of the app: the main window
by its menu's action, any other window (a dialog, the juror's desk, the beamer) by an action given to it
the first time it takes the focus."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from app.errors import DomainError
from ui.common.keymap import sequences
from ui.help.context import anchor_for
from ui.help.guide_window import GuideWindow

F1_ACTION = "guideF1Action"  # the F1 a window other than the main window is given
_guide: list[GuideWindow] = []  # the one guide window of the app (a list: no global statement)


def add_help_menu(window: QWidget, menu, action) -> None:
    """Guide, Guide as PDF… and Keyboard shortcuts in ``menu``; ``action(menu, text, slot, name)`` makes an item."""
    translate = QCoreApplication.translate
    action(menu, translate("HelpMenu", "&Guide"), lambda: open_guide(window), "guideAction")
    action(menu, translate("HelpMenu", "Guide as &PDF…"), lambda: ask_guide_pdf(window), "guidePdfAction")
    action(menu, translate("HelpMenu", "&Keyboard shortcuts"), lambda: show_shortcuts(window), "shortcutsAction")
    app = QGuiApplication.instance()
    if app is not None and not app.property("guideF1"):
        app.setProperty("guideF1", True)
        app.focusWindowChanged.connect(lambda _window: give_f1(QApplication.activeWindow()))


def give_f1(window: QWidget | None) -> None:
    """F1 in ``window`` too (a dialog, the juror's desk, the beamer), once; the main window has its menu's."""
    if window is None or window.findChild(QAction, "guideAction", Qt.FindChildOption.FindDirectChildrenOnly) is not None:
        return
    if isinstance(window, GuideWindow) or window.findChild(QAction, F1_ACTION, Qt.FindChildOption.FindDirectChildrenOnly) is not None:
        return
    f1 = QAction(window)
    f1.setObjectName(F1_ACTION)
    f1.setShortcuts(sequences("guideAction"))
    f1.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    f1.triggered.connect(lambda: open_guide(window))
    window.addAction(f1)


def guide_window() -> GuideWindow | None:
    """The guide window, if it has been opened (and still exists)."""
    return _guide[0] if _guide and shiboken6.isValid(_guide[0]) else None


def open_guide(origin: QWidget, anchor: str | None = None) -> GuideWindow:
    """The guide at the part about ``origin`` (or at ``anchor``), beside the app, in the origin's language."""
    home = main_window(origin)
    modal = isinstance(origin, QDialog) and origin.isModal()
    host = origin if modal else home  # a modal dialog blocks every window but its own children
    guide = guide_window()
    if guide is None:
        _guide[:] = [GuideWindow(host)]
        guide = _guide[0]
    elif guide.parentWidget() is not host:
        _rehost(guide, host)
    if modal:
        origin.finished.connect(lambda _result: _after_dialog(home))
    if not guide.isVisible():
        guide.place_beside(home)
    guide.show()
    guide.apply_theme(theme_of(home))
    guide.load(language(origin))  # shown first: its pictures fit the text column's width
    guide.raise_()
    guide.activateWindow()
    guide.show_anchor(anchor or anchor_for(origin))
    guide.browser.setFocus(Qt.FocusReason.OtherFocusReason)
    return guide


def _rehost(guide: GuideWindow, host: QWidget | None) -> None:
    """The guide window under another window, where it was on the screen."""
    shown, where = guide.isVisible(), guide.geometry()
    guide.setParent(host, Qt.WindowType.Window)
    guide.setGeometry(where)
    if shown:
        guide.show()


def _after_dialog(home: QWidget | None) -> None:
    """A modal dialog closed: the guide goes back under the main window, not away with the dialog."""
    guide = guide_window()
    if guide is not None and home is not None and shiboken6.isValid(home) and guide.parentWidget() is not home:
        _rehost(guide, home)


def main_window(origin: QWidget | None) -> QWidget | None:
    """The window the app runs in (the main window, or the juror's desk), for placing the guide beside it."""
    widget = origin
    while widget is not None:
        if widget.objectName() in ("mainWindow", "jurorWindow"):
            return widget
        widget = widget.parentWidget()
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() in ("mainWindow", "jurorWindow") and w.isVisible()]
    return windows[0] if windows else origin


def theme_of(home: QWidget | None):
    """The main window's theme (light, high contrast); light elsewhere."""
    from ui.common.theme import THEMES

    theme = getattr(home, "theme", None)
    return theme() if callable(theme) else THEMES["light"]


def language(origin: QWidget | None) -> str:
    widget = origin
    while widget is not None:
        if getattr(widget, "lang", None) in ("nl", "en"):
            return widget.lang
        widget = widget.parentWidget()
    home = main_window(None)
    return getattr(home, "lang", "nl") if home is not None and getattr(home, "lang", None) in ("nl", "en") else "nl"


def show_shortcuts(window: QWidget | None) -> None:
    from ui.window.shortcuts_dialog import ShortcutsDialog

    home = main_window(window)
    dialog = ShortcutsDialog(home)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def ask_guide_pdf(window: QWidget) -> None:
    """Where to save the guide's PDF (Qt's own file dialog, drivable by tests); written when chosen."""
    lang = language(window)
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    dialog = QFileDialog(window, QCoreApplication.translate("HelpMenu", "Save the guide as"), str(folder))
    dialog.setObjectName("guidePdfDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("export", "PDF documents (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(f"staatsprint-guide-{lang}.pdf")
    dialog.fileSelected.connect(lambda path: path and save_guide_pdf(window, lang, Path(path)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def save_guide_pdf(window: QWidget, lang: str, path: Path) -> bool:
    """Write the guide's PDF at ``path``; a failure is shown and leaves no file behind."""
    from app.pdf.guide import write_guide_pdf
    from ui.common.messages import message_for

    try:
        write_guide_pdf(lang, path)
    except DomainError as error:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("HelpMenu", "Guide not saved"), message_for(error),
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("guidePdfRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False
    bar = getattr(window, "statusBar", None)
    if bar is not None:  # said where it went, as the other exports do
        bar().showMessage(QCoreApplication.translate("HelpMenu", "Guide saved: {path}").format(path=path), 8000)
    return True
