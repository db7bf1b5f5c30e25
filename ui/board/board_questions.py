"""Questions the board asks before an action loses or changes something: which name a merged
cluster keeps (no name is dropped unasked), and whether dots may be dropped with a deleted item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from app.voting.vote_items import Carried


def merge_options(keep_name: str, other_name: str) -> list[str]:
    """The names a merged cluster can keep: either one, or both combined."""
    names = list(dict.fromkeys(name for name in (keep_name.strip(), other_name.strip()) if name))
    return names + [" / ".join(names)] if len(names) == 2 else names or [""]


def dots_moving_text(carried: Carried, other_name: str) -> str:
    """What a merge does with the dots, in words ("" when there are none); of a vote still hidden,
    not how many (that would leak its tally before the reveal)."""
    if carried.hidden and (carried.moved or carried.returned):
        return QCoreApplication.translate("BoardQuestions", "Dots placed on “{name}” move with it (or go back to their voters where one dot per item is allowed); how many stays hidden until the reveal.").format(name=other_name or "…")
    parts = []
    if carried.moved:
        text = QCoreApplication.translate("BoardQuestions", "1 dot on “{name}” moves with it.") if carried.moved == 1 else QCoreApplication.translate("BoardQuestions", "{count} dots on “{name}” move with it.")
        parts.append(text.format(count=carried.moved, name=other_name or "…"))
    if carried.returned:
        text = QCoreApplication.translate("BoardQuestions", "1 dot goes back to its voter (one dot per item).") if carried.returned == 1 else QCoreApplication.translate("BoardQuestions", "{count} dots go back to their voters (one dot per item).")
        parts.append(text.format(count=carried.returned))
    return " ".join(parts)


def ask_merged_name(parent: QWidget, keep_name: str, other_name: str, carried: Carried) -> str | None:
    """The merged cluster's name, chosen (or typed) by the person; None: the merge is cancelled.
    Asked whenever there is a choice to make or dots to tell about."""
    options = merge_options(keep_name, other_name)
    told = dots_moving_text(carried, other_name)
    if len(options) == 1 and not told:
        return options[0]
    dialog = QInputDialog(parent)
    dialog.setObjectName("mergeNameDialog")
    dialog.setWindowTitle(QCoreApplication.translate("BoardQuestions", "Merge clusters"))
    question = QCoreApplication.translate("BoardQuestions", "Which name does the merged cluster get? Choose one, both, or type a new one.")
    dialog.setLabelText(f"{question}\n{told}" if told else question)
    dialog.setComboBoxItems(options)
    dialog.setComboBoxEditable(True)
    dialog.setTextValue(options[0])
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def ask_drop_dots(parent: QWidget, dots: int, hidden: bool = False) -> bool:
    """Before a delete drops dots: say how many (of a vote still hidden: only that there are), and
    go on only when the person agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("BoardQuestions", "Delete"), "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("dropDotsQuestion")
    text = QCoreApplication.translate("BoardQuestions", "1 dot was placed on this.") if dots == 1 else QCoreApplication.translate("BoardQuestions", "{count} dots were placed on this.")
    if hidden:
        text = QCoreApplication.translate("BoardQuestions", "Dots were placed on this in a vote not yet revealed (how many stays hidden until the reveal).")
    box.setText(text.format(count=dots) + " " + QCoreApplication.translate("BoardQuestions", "They are dropped if you delete it (the voters can place them again). Delete anyway?"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
