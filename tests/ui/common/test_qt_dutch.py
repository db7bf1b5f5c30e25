"""A Dutch file dialog is Dutch all over: Qt's own catalogue lacks two of its labels (ui/common/qt_gaps.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget

from ui.common.i18n import install_language, remove_language
from ui.common.qt_gaps import QT_GAPS

SAME_IN_DUTCH = {"Type"}  # a column of the detail view: the same word in both languages


def texts(qtbot, lang: str, mode: QFileDialog.AcceptMode) -> dict[str, str]:
    """What the app's kind of file dialog (non-native, as every dialog of the app) shows: labels, buttons,
    tooltips, the context menu's actions, the detail view's column titles, keyed by where they are."""
    app = QApplication.instance()
    install_language(app, lang) if lang != "en" else remove_language(app)
    dialog = QFileDialog(None, "Save the export as")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found: dict[str, str] = {}
    for index, widget in enumerate(dialog.findChildren(QWidget)):
        where = widget.objectName() or f"{type(widget).__name__}{index}"
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found[f"{where}.text"] = widget.text()
        if widget.toolTip():
            found[f"{where}.tip"] = widget.toolTip()
    for index, action in enumerate(dialog.findChildren(QAction)):
        if action.text():
            found[f"action{action.objectName() or index}"] = action.text()
    model = dialog.findChild(QWidget, "treeView").model()
    for column in range(model.columnCount()):
        found[f"column{column}"] = model.headerData(column, Qt.Orientation.Horizontal)
    dialog.close()
    return found


@pytest.fixture
def back_to_english():
    yield
    remove_language(QApplication.instance())


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen])
def test_a_dutch_file_dialog_shows_no_english(qtbot, back_to_english, mode):
    english = texts(qtbot, "en", mode)
    dutch = texts(qtbot, "nl", mode)
    assert english.keys() == dutch.keys()
    assert dutch["lookInLabel.text"] == "&Zoeken in:" and dutch["fileTypeLabel.text"] == "Bestanden van &type:"
    assert dutch["fileNameLabel.text"] == "Bestands&naam:"  # Qt's own Dutch, as before
    still_english = {where: text for where, text in dutch.items() if text == english[where] and text not in SAME_IN_DUTCH}
    assert still_english == {}


def test_the_gaps_are_still_gaps_in_qts_dutch():
    """When Qt's Dutch catalogue gets these, ui/common/qt_gaps.py and its Dutch can go."""
    qt = QTranslator()
    assert qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert [qt.translate("QFileDialog", source) for source in QT_GAPS] == ["", ""]
    assert qt.translate("QFileDialog", "Look in:") == "Zoeken in:"  # only the old source, without the mnemonic
