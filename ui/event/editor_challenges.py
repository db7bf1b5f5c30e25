"""The event editor's "Challenges" tab: the challenges listed on the left; the chosen one's texts on the
right, Dutch beside English — title, invitation, question, its sections, and the questions the
pitch must answer — each saved as it is typed. Challenges and questions can be added and removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.day.template import Challenge
from app.errors import DomainError
from app.event.challenge_edits import (
    BLOCKS,
    TextPlace,
    add_challenge,
    add_challenge_question,
    remove_challenge,
    remove_challenge_question,
    set_challenge_text,
)
from ui.common import text_size
from ui.common.messages import confirm
from ui.common.widgets import GrowingTextEdit, card, label, scrolling
from ui.event.editor_fields import Bound, error_label, refusal_text
from ui.event.editor_state import EditedEvent

KEY = Qt.ItemDataRole.UserRole
LIST_WIDTH = 260
LIST_MIN_HEIGHT = 140  # three challenges in view; below that the column scrolls instead
BLOCK_LINES = (3, 30)  # a section's text grows with it (the page scrolls, not the field)


def text_places(challenge: Challenge) -> list[tuple[TextPlace, str]]:
    """Every text of the challenge, in reading order, with what the facilitator calls it."""
    places: list[tuple[TextPlace, str]] = [(("title",), QCoreApplication.translate("editor", "Title")), (("teaser",), QCoreApplication.translate("editor", "Invitation (in the list of challenges)")),
                                           (("question",), QCoreApplication.translate("editor", "The question"))]
    for index, section in enumerate(challenge.sections):
        number = index + 1
        places.append((("sections", index, "title"), QCoreApplication.translate("editor", "Section {number}: heading").format(number=number)))
        if section.body is not None:
            places.append((("sections", index, "body"), QCoreApplication.translate("editor", "Section {number}: text").format(number=number)))
        places += [(("sections", index, "bullets", point), QCoreApplication.translate("editor", "Section {number}: point {point}").format(number=number, point=point + 1))
                   for point in range(len(section.bullets))]
    return places


def text_at(challenge: Challenge, place: TextPlace):
    node = challenge
    for step in place:
        node = node[step] if isinstance(step, int) else getattr(node, step)
    return node


class ChallengesTab(QWidget):
    def __init__(self, edited: EditedEvent, saved, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorChallengesTab")
        self._edited = edited
        self._saved = saved
        self.bindings: list[Bound] = []
        self._shape: tuple | None = None
        width = round(LIST_WIDTH * text_size.factor())  # 150/200 % text: a wider list, its titles wrapped as at 100 %
        self.list = QListWidget()
        self.list.setObjectName("editorChallengeList")
        self.list.setAccessibleName(QCoreApplication.translate("editor", "Challenges"))
        self.list.setFixedWidth(width)
        self.list.setWordWrap(True)  # a long title wraps instead of sliding sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda *_: self._show_chosen())
        add = QPushButton(QCoreApplication.translate("editor", "+ Challenge"))
        add.setObjectName("addChallengeButton")
        add.setAutoDefault(True)  # Enter presses the focused button, as Space does
        add.clicked.connect(self._add_challenge)
        self.remove_button = QPushButton(QCoreApplication.translate("editor", "Remove challenge"))
        self.remove_button.setObjectName("removeChallengeButton")
        self.remove_button.setAutoDefault(True)
        self.remove_button.setProperty("role", "danger")
        self.remove_button.clicked.connect(self._remove_challenge)
        self.list_error = error_label("editorChallengeListError")
        self.list_error.setFixedWidth(width)
        self.list.setMinimumHeight(LIST_MIN_HEIGHT)
        column = QWidget()
        column.setFixedWidth(width)  # the buttons as wide as the list; room beside it for a scroll bar
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 16, 0, 12)  # the last button clear of the window's edge
        left.addWidget(self.list, 1)
        left.addWidget(add)
        left.addWidget(self.remove_button)
        left.addWidget(self.list_error)
        side = scrolling(column, "editorChallengeListScroll")  # a low window scrolls the buttons into reach
        side.setFixedWidth(width + side.verticalScrollBar().sizeHint().width() + 4)
        self._form = QWidget()
        self._form_column = QVBoxLayout(self._form)
        self._form_column.setContentsMargins(0, 16, 8, 16)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(side)
        row.addWidget(scrolling(self._form, "editorChallengeScroll"), 1)
        self.refresh()

    def landing(self) -> QWidget:
        return self.list

    def chosen_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY) if item is not None else None

    def choose(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY) == key:
                self.list.setCurrentRow(row)

    def refresh(self) -> None:
        chosen = self.chosen_key()
        challenges = self._edited.template.challenges
        self.list.blockSignals(True)
        self.list.clear()
        for challenge in challenges:
            item = QListWidgetItem(f"{challenge.number}  {self._edited.t(challenge.title)}")
            item.setData(KEY, challenge.key)
            self.list.addItem(item)
        keys = [c.key for c in challenges]
        self.list.setCurrentRow(keys.index(chosen) if chosen in keys else 0)
        self.list.blockSignals(False)
        self._show_chosen()

    def flush(self) -> None:
        for bound in self.bindings:
            bound.flush()

    def _show_chosen(self) -> None:
        key = self.chosen_key()
        challenge = self._edited.template.challenge(key) if key else None
        shape = (key, tuple(p for p, _ in text_places(challenge)), len(challenge.consider)) if challenge else None
        if shape != self._shape:
            self.flush()
            self._build(challenge)
            self._shape = shape
        for bound in self.bindings:
            bound.load()

    # -- the form ------------------------------------------------------------
    def _build(self, challenge: Challenge | None) -> None:
        while self._form_column.count():
            item = self._form_column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from view now (freed later): never found by its name again
                item.widget().deleteLater()
        self.bindings = []
        if challenge is None:
            return
        frame, layout = card("editorChallengeCard", spacing=6)
        layout.addWidget(label(QCoreApplication.translate("editor", "Challenge {number}").format(number=challenge.number), "h3", "editorChallengeHeading"))
        grid = self._grid()
        for place, caption in text_places(challenge):
            self._text_row(grid, challenge.key, place, caption)
        layout.addLayout(grid)
        layout.addWidget(label(QCoreApplication.translate("editor", "Also consider (the pitch answers these)"), "h3"))
        questions = self._grid()
        for index in range(len(challenge.consider)):
            remove = QPushButton("×")
            remove.setObjectName(f"removeQuestion_{index}")
            remove.setAutoDefault(True)
            remove.setToolTip(QCoreApplication.translate("editor", "Remove question {number}").format(number=index + 1))
            remove.setAccessibleName(remove.toolTip())
            remove.clicked.connect(lambda _=False, key=challenge.key, i=index: self._remove_question(key, i))
            self._text_row(questions, challenge.key, ("consider", index), QCoreApplication.translate("editor", "Question {number}").format(number=index + 1), remove)
        layout.addLayout(questions)
        add = QPushButton(QCoreApplication.translate("editor", "+ Question"))
        add.setObjectName("addQuestionButton")
        add.setAutoDefault(True)
        add.clicked.connect(lambda: self._add_question(challenge.key))
        self.form_error = error_label("editorChallengeError")
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form_error)
        self._form_column.addWidget(frame)
        self._form_column.addStretch(1)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(label(QCoreApplication.translate("editor", "Dutch"), "eyebrow"), 0, 0)
        grid.addWidget(label(QCoreApplication.translate("editor", "English"), "eyebrow"), 0, 1)
        return grid

    def _text_row(self, grid: QGridLayout, key: str, place: TextPlace, caption: str, extra: QWidget | None = None) -> None:
        row = grid.rowCount()
        grid.addWidget(label(caption, "muted"), row, 0, 1, 2)
        error = error_label("editorTextError_" + "_".join(map(str, place)))
        for column, lang in enumerate(("nl", "en")):
            field = GrowingTextEdit(*BLOCK_LINES) if place[-1] in BLOCKS else (QLineEdit() if place[-1] == "title" else GrowingTextEdit(1, 6))
            field.setObjectName(f"challengeText_{'_'.join(map(str, place))}_{lang}")
            language = QCoreApplication.translate("editor", "Dutch") if lang == "nl" else QCoreApplication.translate("editor", "English")
            field.setAccessibleName(f"{caption} ({language})")
            grid.addWidget(field, row + 1, column, Qt.AlignmentFlag.AlignTop)
            read = lambda place=place, lang=lang: text_at(self._edited.template.challenge(key), place).get(lang)  # noqa: E731
            write = lambda value, place=place, lang=lang: set_challenge_text(self._edited.store, self._edited.id, key, place, lang, value)  # noqa: E731
            self.bindings.append(Bound(field, read, write, error, self._saved))
        if extra is not None:
            grid.addWidget(extra, row + 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(error, row + 2, 0, 1, 2)

    # -- adding and removing -------------------------------------------------
    def _act(self, action) -> bool:
        """A change of the challenges' shape; a refusal is said under the form (or the list)."""
        try:
            action()
        except DomainError as refused:
            self.form_error.setText(refusal_text(refused))
            self.form_error.show()
            return False
        self._saved()
        return True

    def _add_question(self, key: str) -> None:
        index: list[int] = []
        if self._act(lambda: index.append(add_challenge_question(self._edited.store, self._edited.id, key))):
            self._show_chosen()
            field = self._form.findChild(GrowingTextEdit, f"challengeText_consider_{index[0]}_nl")
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                field.selectAll()  # the new question's words are there to be typed over

    def _remove_question(self, key: str, index: int) -> None:
        if self._act(lambda: remove_challenge_question(self._edited.store, self._edited.id, key, index)):
            self._show_chosen()
            self._form.findChild(QPushButton, "addQuestionButton").setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_challenge(self) -> None:
        made: list[str] = []
        if self._act_on_list(lambda: made.append(add_challenge(self._edited.store, self._edited.id))):
            self.refresh()
            self.choose(made[0])
            field = self._form.findChild(QLineEdit, "challengeText_title_nl")
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def _remove_challenge(self) -> None:
        key = self.chosen_key()
        if key is None:
            return
        title = self._edited.t(self._edited.template.challenge(key).title)
        if not confirm(self, QCoreApplication.translate("editor", "Remove challenge"), QCoreApplication.translate("editor", "Remove the challenge “{title}” with all its texts from this event?").format(title=title)):
            return
        if self._act_on_list(lambda: remove_challenge(self._edited.store, self._edited.id, key)):
            self.refresh()
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _act_on_list(self, action) -> bool:
        try:
            action()
        except DomainError as refused:
            self.list_error.setText(refusal_text(refused))
            self.list_error.show()
            return False
        self.list_error.hide()
        self._saved()
        return True
