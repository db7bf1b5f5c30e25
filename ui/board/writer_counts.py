"""The member bar's counts: how many notes each writer has on the board, or, on an anonymous
step, the counts per member on one line without names (most first) and none on the buttons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.day.privacy import unnamed_counts
from ui.common.widgets import label

NO_TEXT = object()  # a button whose text was never set


def unnamed_line(bar) -> QLabel:
    """The line of counts without names, at the end of the member bar (shown on an anonymous step)."""
    line = label("", "muted", "unnamedCounts", wrap=False)
    bar.addWidget(line)
    return line


def show_writer_counts(buttons: Iterable[QAbstractButton], members: Mapping, counts: Mapping[int | None, int],
                       shown: dict, anonymous: bool, line: QLabel) -> None:
    """Each writer's button text is set only when what it shows changes (``shown``: member id: count
    on it, None for no count)."""
    for button in buttons:
        member = members.get(button.property("member_id"))
        if member is None:
            continue
        count = None if anonymous else counts.get(member.id, 0)
        if shown.get(member.id, NO_TEXT) != count:
            shown[member.id] = count
            button.setText(f"{member.initials} {member.name.split()[0]}" + ("" if count is None else f" ({count})"))
    line.setVisible(anonymous)
    if anonymous:
        per_person = " · ".join(str(count) for count in unnamed_counts(counts)) or "0"
        line.setText(QCoreApplication.translate("BoardPage", "Anonymous step · notes per person: {counts}").format(counts=per_person))
