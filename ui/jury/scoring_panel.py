"""The scoring screen's middle: the team pitching now, one row per criterion, and beside it the running
weighted score, "not seen" and the two comments. It shows what the desk holds and asks for changes
(``valueAsked``, ``notSeenAsked``, ``textEdited``); the window makes them, undoably."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.jury.juror_desk import JurorDesk
from app.jury.kit_reader import KitCriterion, KitTeam, in_lang
from ui.common import text_size
from ui.common.elided_label import ClampedLabel, ElidedLabel
from ui.common.field_undo import pass_undo
from ui.common.idle_save import IdleSave
from ui.common.keymap import key_text
from ui.common.theme import LIGHT, Theme
from ui.common.widgets import card, label, scrolling
from ui.jury.score_field import ScoreField


def score_text(score: Fraction | None) -> str:
    """A weighted score as the juror reads it: two decimals in the UI's language ("7,17")."""
    return "–" if score is None else QLocale().toString(float(score), "f", 2)


class ScoringPanel(QWidget):
    valueAsked = Signal(str, object)  # criterion key, value (None: clear)
    notSeenAsked = Signal(bool)
    textEdited = Signal(str, str, str)  # "note"/"feedback", before, after

    def __init__(self, desk: JurorDesk, lang: str, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self.desk, self.lang = desk, lang
        self.team: KitTeam | None = None
        self.fields: dict[str, ScoreField] = {}
        self.levels: dict[str, QLabel] = {}
        self._texts = {"note": "", "feedback": ""}
        self.burst = 0  # one burst of typing in a comment: it ends when the hand leaves the field
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        main = QVBoxLayout()
        main.setSpacing(12)
        main.addWidget(self._team_card())
        main.addWidget(self._criteria_card(theme), 1)
        row.addLayout(main, 1)
        row.addWidget(self._side())

    # -- building ----------------------------------------------------------------
    def _team_card(self) -> QWidget:
        frame, column = card("teamCard", spacing=4, margins=16)
        self.eyebrow = label("", "eyebrow", "teamEyebrow")
        self.name = label("", "h1", "teamName")
        self.challenge = label("", "muted", "teamChallenge")
        self.idea = ClampedLabel(2, None, "teamIdea")  # the pitched idea in two lines: the criteria stay in view
        for widget in (self.eyebrow, self.name, self.challenge, self.idea):
            column.addWidget(widget)
        return frame

    def _criteria_card(self, theme: Theme) -> QWidget:
        frame, column = card("criteriaCard", spacing=0, margins=0)
        inner = QWidget()
        inner.setObjectName("criteriaRows")
        grid = QGridLayout(inner)
        grid.setContentsMargins(16, 10, 16, 6)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        for index, criterion in enumerate(self.desk.criteria):
            grid.addLayout(self._criterion_text(criterion), index, 0)
            grid.addLayout(self._criterion_score(criterion, theme), index, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(self.desk.criteria), 1)
        area = scrolling(inner, "criteriaScroll")  # many criteria scroll; six fit a laptop screen
        area.setStyleSheet("QScrollArea, QWidget#criteriaRows { background: transparent; }")
        column.addWidget(area, 1)
        hint = label(self._keys_hint(), "muted", "keysHint")
        hint.setContentsMargins(16, 0, 16, 10)
        column.addWidget(hint)
        return frame

    def _keys_hint(self) -> str:
        """How the keyboard scores, said once under the criteria (0 is 10 only where every scale is 1-10)."""
        if all(c.min >= 1 and c.max == 10 for c in self.desk.criteria):
            hint = self.tr("Type a digit (0 is 10), ←/→ ±1, ↓/↑ or Tab: another criterion; {not_seen}: not seen; PgDn/PgUp: next/previous team.")
        else:
            hint = self.tr("Type the score in digits, ←/→ ±1, ↓/↑ or Tab: another criterion; {not_seen}: not seen; PgDn/PgUp: next/previous team.")
        return hint.format(not_seen=key_text("jurorNotSeen"))

    def _criterion_text(self, criterion: KitCriterion) -> QVBoxLayout:
        text = QVBoxLayout()
        text.setSpacing(0)
        weights = {c.weight for c in self.desk.criteria}
        title = in_lang(criterion.title, self.lang)
        if len(weights) > 1:
            title += f"  ×{criterion.weight}"
        text.addWidget(label(title, "h3", f"criterionTitle_{criterion.key}"))
        text.addWidget(label(in_lang(criterion.description, self.lang), "muted", f"criterionDescription_{criterion.key}"))
        text.addStretch(1)
        return text

    def _criterion_score(self, criterion: KitCriterion, theme: Theme) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        field = ScoreField(criterion.min, criterion.max, theme)
        field.setObjectName(f"score_{criterion.key}")
        field.setAccessibleName(in_lang(criterion.title, self.lang))
        field.setToolTip(self.tr("A digit scores; ←/→ one lower/higher (→ starts at {low}); ↓/↑ the next/previous criterion; Delete clears.").format(low=criterion.min))
        field.chosen.connect(lambda value, key=criterion.key: self.valueAsked.emit(key, value))
        field.moveAsked.connect(lambda step, key=criterion.key: self._move(key, step))
        self.fields[criterion.key] = field
        level = ElidedLabel("", "muted", f"level_{criterion.key}")  # one line, kept even while empty: no row jumps
        level.setFixedWidth(field.sizeHint().width())
        level.ensurePolished()
        level.setFixedHeight(level.fontMetrics().height() + 2)
        self.levels[criterion.key] = level
        column.addWidget(field)
        column.addWidget(level)
        column.addStretch(1)
        return column

    def _side(self) -> QWidget:
        side = QWidget()
        side.setObjectName("scoringSide")
        text_size.fixed_width(side, 290)  # wider at 150/200 % text
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        frame, box = card("scoreCard", spacing=0, margins=16)
        box.addWidget(label(self.tr("Weighted score"), "eyebrow"))
        self.score = label("–", None, "weightedScore")
        font = QFont(self.score.font())
        font.setPointSizeF(text_size.points(30))
        font.setWeight(QFont.Weight.DemiBold)
        self.score.setFont(font)
        box.addWidget(self.score)
        self.score_note = label("", "muted", "weightedScoreNote")
        self.score_note.ensurePolished()  # two lines kept: "not seen" pushes nothing away under the focus
        self.score_note.setMinimumHeight(2 * self.score_note.fontMetrics().lineSpacing())
        box.addWidget(self.score_note)
        column.addWidget(frame)
        self.not_seen = QCheckBox(self.tr("Not seen (I missed this pitch)"))
        self.not_seen.setObjectName("notSeenToggle")
        self.not_seen.setToolTip(key_text("jurorNotSeen"))
        self.not_seen.clicked.connect(lambda checked: self.notSeenAsked.emit(bool(checked)))
        column.addWidget(self.not_seen)
        self._saver = IdleSave(self, self.flush_texts, interval=0)  # every change on disk in the next turn: a kill loses nothing
        self.note_field = self._text_field(column, "noteField", self.tr("Private note for the jury"), self.tr("Only the jury sees this."))
        self.feedback_field = self._text_field(column, "feedbackField", self.tr("Feedback for the team"),
                                               self.tr("The team gets this after the day."))
        return side

    def _text_field(self, side: QVBoxLayout, name: str, title: str, hint: str) -> QPlainTextEdit:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        column.addWidget(label(title, "h3"))
        field = QPlainTextEdit()
        field.setObjectName(name)
        field.setAccessibleName(title)
        field.setPlaceholderText(hint)
        field.setTabChangesFocus(True)
        pass_undo(field)
        self._saver.watch(field)
        field.installEventFilter(self)
        column.addWidget(field, 1)
        side.addWidget(holder, 1)
        return field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut and watched in (self.note_field, self.feedback_field):
            self._saver.flush()
            self.burst += 1
        return super().eventFilter(watched, event)

    # -- showing -----------------------------------------------------------------
    def show_team(self, team: KitTeam) -> None:
        """Show ``team``: a new team first keeps what was typed for the one before."""
        if self.team is not None and self.team.id != team.id:
            self.flush_texts()
        self.team = team
        order = self.desk.teams  # the running order as the room sees it, recusals included
        self.eyebrow.setText(self.tr("Pitch {n} of {count} · Team {number}").format(
            n=order.index(team) + 1, count=len(order), number=team.number).upper())
        self.name.setText(team.name)
        self.challenge.setText(in_lang(team.challenge, self.lang))
        self.idea.setText(team.idea)
        self.idea.setVisible(bool(team.idea))
        with self._saver.quietly():
            for kind, field in (("note", self.note_field), ("feedback", self.feedback_field)):
                text = self.desk.note(team.id) if kind == "note" else self.desk.feedback(team.id)
                self._texts[kind] = text
                if field.toPlainText() != text:
                    field.setPlainText(text)
        self.refresh()

    def refresh(self) -> None:
        """The values, levels, not-seen mark and score of the team shown, as the desk holds them."""
        team = self.team
        not_seen, editable = self.desk.not_seen(team.id), not self.desk.finalised
        for criterion in self.desk.criteria:
            value = self.desk.value(team.id, criterion.key)
            self.fields[criterion.key].show_value(value)
            self.fields[criterion.key].setEnabled(editable and not not_seen)
            level = criterion.level_for(value)
            self.levels[criterion.key].setText(in_lang(level.text, self.lang) if level else "")
        self.not_seen.setChecked(not_seen)
        self.not_seen.setEnabled(editable)
        for field in (self.note_field, self.feedback_field):
            field.setReadOnly(not editable)
        self._show_score(not_seen)

    def _show_score(self, not_seen: bool) -> None:
        given = sum(1 for c in self.desk.criteria if self.desk.value(self.team.id, c.key) is not None)
        self.score.setText("–" if not_seen else score_text(self.desk.weighted(self.team.id)))
        if not_seen:
            self.score_note.setText(self.tr("Not seen: this team is not scored"))
        else:
            self.score_note.setText(self.tr("{given} of {count} criteria scored").format(given=given, count=len(self.desk.criteria)))

    def _move(self, key: str, step: int) -> None:
        """Up/Down on a criterion: the previous/next one; past the last, on as Tab goes ("not seen")."""
        keys = [c.key for c in self.desk.criteria]
        index = keys.index(key) + step
        if index >= len(keys):
            self.not_seen.setFocus(Qt.FocusReason.TabFocusReason)
        elif index >= 0:
            self.fields[keys[index]].setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)

    def place(self, where: str | None) -> QWidget:
        """The control of a criterion key, "note", "feedback" or "not_seen" (the first focus when it cannot take the hand)."""
        named = {"note": self.note_field, "feedback": self.feedback_field, "not_seen": self.not_seen, **self.fields}
        widget = named.get(where or "")
        return widget if widget is not None and widget.isEnabled() else self.first_focus()

    def first_focus(self) -> QWidget:
        """Where the hand goes on a new team: its first criterion (the not-seen mark when it cannot be scored)."""
        first = self.fields[self.desk.criteria[0].key]
        return first if first.isEnabled() else self.not_seen

    def flush_texts(self) -> None:
        """Keep what was typed in the comments: one undoable change per field."""
        self._saver.cancel()
        if self.team is None:
            return
        for kind, field in (("note", self.note_field), ("feedback", self.feedback_field)):
            text = field.toPlainText()
            if text != self._texts[kind]:
                before, self._texts[kind] = self._texts[kind], text
                self.textEdited.emit(kind, before, text)

    def keep_typed(self, kind: str, held: str) -> None:
        """A comment the desk refused: the typing stays in the field to correct; the desk still holds ``held``."""
        self._texts[kind] = held

    def reload_texts(self, kind: str, text: str) -> None:
        """A comment as the desk holds it after a refusal, an undo or a redo."""
        self._texts[kind] = text
        field = self.note_field if kind == "note" else self.feedback_field
        with self._saver.quietly():
            if field.toPlainText() != text:
                field.setPlainText(text)
