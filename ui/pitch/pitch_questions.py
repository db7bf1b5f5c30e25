"""The pitch's questions, section by section, on one scrolling page: "Tijd voor de pitch!", the action
plan, the challenge's "neem ook het volgende mee" (only when it has such questions) and, last, "Klaar
voor de jury" with the team name, the yell and who presents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.event.teams import TeamView
from app.export.dossier_data import AnswerSection
from app.pitch.answers import CONSIDER
from ui.common.text_size import sized
from ui.common.widgets import ScrollSafeComboBox, card, label, scrolling
from ui.pitch.answer_box import AnswerBox

FINISH = "finish"  # the template's section that gets the team name and the presenter too
TEAM_NAME = "team_name"  # the team name's key among the fields (what was typed and not yet saved, where the focus was)
PRESENTER = "presenter"  # the presenter's choice, likewise
CONTENT_WIDTH = 1000  # the questions read as a column, not as lines across a wide screen


def reading_order(sections: tuple[AnswerSection, ...]) -> list[AnswerSection]:
    """The sections as the page asks them: "ready for the jury" last, after the challenge's questions."""
    return sorted(sections, key=lambda section: section.key == FINISH)


class PitchQuestions(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pitchQuestions")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(0, 4, 12, 12)
        self._column.setSpacing(12)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(content, 1, Qt.AlignmentFlag.AlignTop)
        row.addStretch(0)
        self.scroll = scrolling(holder, "pitchScroll")
        outer.addWidget(self.scroll)
        self.boxes: dict[str, AnswerBox] = {}
        self._finish: list[str] = []
        self.name_edit = self._new_name_edit()
        self.presenter = self._new_presenter()

    def build(self, sections: tuple[AnswerSection, ...]) -> None:
        """The form for these sections (the old one goes)."""
        while self._column.count():
            widget = self._column.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        self._finish = [a.key for s in sections if s.key == FINISH for a in s.answers]
        self.name_edit, self.presenter = self._new_name_edit(), self._new_presenter()
        for section in reading_order(sections):
            frame, layout = card(f"pitchSection_{section.key or 'other'}", spacing=2, margins=16)
            title = label(section.title, "h3", "pitchSectionTitle")
            title.setStyleSheet(sized("font-size: 15pt;"))  # above its questions, as a chapter of the pitch
            layout.addWidget(title)
            if section.key == CONSIDER:
                layout.addWidget(label(self.tr("Your challenge asks these too: the jury will look for them."), "muted"))
            if section.key == FINISH:
                layout.addWidget(self._team_name())
            for answer in section.answers:
                box = AnswerBox(answer)
                layout.addWidget(box)
                self.boxes[answer.key] = box
            if section.key == FINISH:
                layout.addWidget(self._presenter())
            self._column.addWidget(frame)
            if self.isVisible():
                frame.show()  # at once, not through the queue: the focus may go into it now

    def _team_name(self) -> QWidget:
        holder, layout = _labelled(self.tr("Team name"), self.tr("A name the jury and the room will remember."))
        layout.addWidget(self.name_edit)
        holder.findChild(QWidget, "pitchFieldLabel").setBuddy(self.name_edit)
        return holder

    def _presenter(self) -> QWidget:
        holder, layout = _labelled(self.tr("Who gives the pitch?"), self.tr("The presenter need not be the team captain; if the choice was left open, make it now."))
        layout.addWidget(self.presenter, 0, Qt.AlignmentFlag.AlignLeft)
        holder.findChild(QWidget, "pitchFieldLabel").setBuddy(self.presenter)
        return holder

    def _new_name_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName("pitchTeamName")
        edit.setAccessibleName(self.tr("Team name"))
        edit.returnPressed.connect(edit.focusNextChild)  # Enter moves on, as Tab does
        return edit

    def _new_presenter(self) -> ScrollSafeComboBox:
        combo = ScrollSafeComboBox()
        combo.setObjectName("pitchPresenter")
        combo.setAccessibleName(self.tr("Presenter"))
        return combo

    def show_team(self, team: TeamView, presenter_key: str) -> None:
        """The presenter's choices (the team's members, or not chosen yet) with the current one."""
        chosen = team.roles.get(presenter_key)
        choices = [(None, self.tr("Not chosen yet"))] + [(m.id, m.name) for m in team.members]
        shown = [(self.presenter.itemData(i), self.presenter.itemText(i)) for i in range(self.presenter.count())]
        if choices == shown and self.presenter.currentData() == chosen:
            return  # unchanged: an open list stays open
        self.presenter.blockSignals(True)
        self.presenter.clear()
        for member_id, name in choices:
            self.presenter.addItem(name, member_id)
        self.presenter.setCurrentIndex(max(0, self.presenter.findData(chosen)))
        self.presenter.setMinimumWidth(_wide_enough(self.presenter))
        self.presenter.blockSignals(False)

    def fields(self) -> list[QWidget]:
        """Every field in reading order (the page's Tab order)."""
        before = [box.edit for key, box in self.boxes.items() if key not in self._finish]
        finish = [self.boxes[key].edit for key in self._finish]
        return [w for w in (*before, self.name_edit, *finish, self.presenter) if w.parentWidget() is not None]

    def tab_order(self) -> list[QWidget]:
        """``fields()`` with each answer's "Take over again" just before its field, where it is read (Tab
        skips it while it is hidden)."""
        takes = {box.edit: box.take_over for box in self.boxes.values()}
        return [w for field in self.fields() for w in ((takes[field], field) if field in takes else (field,))]

    def focused_key(self) -> str | None:
        """Which field has the focus (to have it again after the form is made anew), if one here has it;
        "" for another control of the questions."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return None
        if focus is self.name_edit:
            return TEAM_NAME
        if focus is self.presenter:
            return PRESENTER
        return next((key for key, box in self.boxes.items() if box.edit is focus), "")

    def field(self, key: str | None) -> QWidget | None:
        if key == TEAM_NAME:
            return self.name_edit
        if key == PRESENTER:
            return self.presenter
        box = self.boxes.get(key or "")
        return box.edit if box is not None else None

    def reveal(self, widget: QWidget) -> None:
        """Scroll so ``widget`` (with its question above it) is in view."""
        target = widget.parentWidget() if isinstance(widget.parentWidget(), AnswerBox) else widget
        self.scroll.ensureWidgetVisible(target, 0, 24)


def _labelled(title: str, hint: str) -> tuple[QWidget, QVBoxLayout]:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 6, 0, 6)
    layout.setSpacing(4)
    question = label(title, name="pitchFieldLabel")
    question.setStyleSheet(sized("font-weight: 600; font-size: 11pt;"))
    layout.addWidget(question)
    layout.addWidget(label(hint, "muted"))
    return holder, layout


def _wide_enough(combo: ScrollSafeComboBox) -> int:
    """A width that shows the longest choice whole, with room for the combo's arrow and padding."""
    metrics = combo.fontMetrics()
    longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    return max(longest, metrics.horizontalAdvance("M" * 16)) + 64
