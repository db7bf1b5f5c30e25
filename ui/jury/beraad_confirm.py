"""The chair's panel under the juryberaad: a tie waiting for the chair ("The chair decides": a choice
and a reason), the podium to confirm per prize (the computed one, editable by choosing teams; a
different podium needs a reason), and once confirmed, what was confirmed and a way to reopen.

The choices of every prize are kept while the chair switches between prizes; one press shows every
prize's podium (and any reason) in one summary and asks, then confirms them all
(app.jury.awards.confirm_winners refuses a changed podium without a reason: nothing stored). Reopening
asks the reason, which is logged.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.jury import awards as award_rules
from app.jury.plain_words import Names
from app.jury.results_model import PoolResult
from ui.common.messages import attempt, message_line, say
from ui.jury.questions import ask, reason


class ConfirmPanel(QFrame):
    """``changed`` is emitted after the chair decided something (the tab re-reads the results)."""

    changed = Signal()
    pool_requested = Signal(str)  # show this prize (its podium needs the chair's reason)

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beraadConfirm")
        self.setProperty("role", "card")
        self._ws = workspace
        self._results: dict[str, PoolResult] = {}
        self._names = Names()
        self._pool = ""
        self._chosen: dict[str, list[int]] = {}
        self._reasons: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self.after_decision: QWidget | None = None  # where the focus lands once the winners are confirmed
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        self.tie_row = self._tie_row()
        self.podium_row = self._podium_row()
        self.reason_row = self._reason_row()
        self.done_row = self._done_row()
        self.message = message_line("beraadConfirmMessage")
        for part in (self.tie_row, self.podium_row, self.reason_row, self.done_row, self.message):
            column.addWidget(part)

    def _tie_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.tie_label = QLabel()
        self.tie_label.setObjectName("beraadTieLabel")
        self.tie_label.setProperty("role", "h3")
        self.tie_choice = QComboBox()
        self.tie_choice.setObjectName("beraadTieChoice")
        self.tie_reason = QLineEdit()
        self.tie_reason.setObjectName("beraadTieReason")
        self.tie_reason.setPlaceholderText(self.tr("The chair's reason"))
        self.tie_reason.returnPressed.connect(self._decide_tie)
        decide = QPushButton(self.tr("Put first"))
        decide.setObjectName("beraadTieDecide")
        decide.clicked.connect(self._decide_tie)
        for widget, stretch in ((self.tie_label, 0), (self.tie_choice, 0), (self.tie_reason, 1), (decide, 0)):
            line.addWidget(widget, stretch)
        return row

    def _podium_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Podium"))
        title.setProperty("role", "h3")
        line.addWidget(title)
        self.places: list[QComboBox] = []
        self.place_labels: list[QLabel] = []
        self._shown = 0
        for place in range(1, 4):
            label = QLabel(f"{place}.")
            combo = QComboBox()
            combo.setObjectName(f"beraadPlace{place}")
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(self._remember)
            label.setBuddy(combo)
            line.addWidget(label)
            line.addWidget(combo)
            self.places.append(combo)
            self.place_labels.append(label)
        line.addStretch(1)
        return row

    def _reason_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("beraadReason")
        self.reason.setPlaceholderText(self.tr("Reason (needed when the podium differs from the computed one)"))
        self.reason.textEdited.connect(self._remember)
        self.reason.returnPressed.connect(self.confirm)
        self.confirm_button = QPushButton(self.tr("Confirm the winners"))
        self.confirm_button.setObjectName("beraadConfirmButton")
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.clicked.connect(self.confirm)
        line.addWidget(self.reason, 3)
        line.addWidget(self.confirm_button)
        return row

    def _done_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel()
        self.done_label.setObjectName("beraadConfirmed")
        self.done_label.setProperty("role", "info")
        self.done_label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Reopen the winners"))
        self.reopen_button.setObjectName("beraadReopen")
        self.reopen_button.clicked.connect(self.reopen)
        line.addWidget(self.done_label, 1)
        line.addWidget(self.reopen_button)
        return row

    # -- showing ---------------------------------------------------------------------------

    def show_results(self, results: list[PoolResult], names: Names, pool: str, labels: dict[str, str]) -> None:
        """Show ``pool``'s podium (choices made for it earlier kept while its computed podium stands)."""
        for result in results:
            if self._results.get(result.pool_key) is None or self._results[result.pool_key].podium != result.podium:
                self._chosen[result.pool_key] = self._default(result)
        self._results = {r.pool_key: r for r in results}
        self._names, self._pool, self._labels = names, pool, labels
        confirmed = award_rules.confirmed_at(self._ws.store, self._ws.event.id)
        result = self._results.get(pool)
        waiting = next((tie for tie in result.ties if tie.broken_by is None), None) if result else None
        self.tie_row.setVisible(confirmed is None and waiting is not None)
        self.podium_row.setVisible(confirmed is None and result is not None)
        self.reason_row.setVisible(confirmed is None and result is not None)
        self.done_row.setVisible(confirmed is not None)
        if waiting is not None:
            self.tie_label.setText(self.tr("The chair decides — place {place}:").format(place=waiting.place))
            self.tie_choice.clear()
            for team in waiting.teams:
                self.tie_choice.addItem(names.team(team), team)
        if result is not None:
            self._show_places(result)
        if confirmed is not None:
            self._show_confirmed(confirmed)

    def _default(self, result: PoolResult) -> list[int]:
        ranked = [t.team_id for t in result.teams if t.rank is not None]
        rest = [team for team in ranked if team not in result.podium]
        return (list(result.podium) + rest)[: min(result.places, len(ranked))]

    def _show_places(self, result: PoolResult) -> None:
        ranked = [t.team_id for t in result.teams if t.rank is not None]
        chosen = self._chosen.get(result.pool_key, [])
        for index, combo in enumerate(self.places):
            combo.blockSignals(True)
            combo.clear()
            for team in ranked:
                combo.addItem(self._names.team(team), team)
            if index < len(chosen):
                combo.setCurrentIndex(ranked.index(chosen[index]))
            combo.blockSignals(False)
            combo.setVisible(index < len(chosen))
            self.place_labels[index].setVisible(index < len(chosen))
        self._shown = len(chosen)
        self.reason.setText(self._reasons.get(result.pool_key, ""))

    def _show_confirmed(self, when) -> None:
        rows = award_rules.awards(self._ws.store, self._ws.event.id)
        parts = []
        for key in sorted(self._labels, key=lambda k: (k != "overall", list(self._labels).index(k))):
            label = self._labels[key]
            teams = [self._names.team(a.team_id) for a in rows if a.pool_key == key]
            if teams:
                parts.append(f"{label}: " + ", ".join(f"{i}. {t}" for i, t in enumerate(teams, start=1)))
        stamp = when.astimezone(self._ws.zone).strftime("%H:%M")
        self.done_label.setText("✓ " + self.tr("Winners confirmed at {time}.").format(time=stamp) + " " + " · ".join(parts))

    # -- acting ----------------------------------------------------------------------------

    def _remember(self, *_args) -> None:
        if self._pool in self._results:
            self._chosen[self._pool] = [self.places[i].currentData() for i in range(self._shown)]
            self._reasons[self._pool] = self.reason.text()

    def confirm(self) -> None:
        self._remember()
        computed = {key: result.podium for key, result in self._results.items() if any(t.rank is not None for t in result.teams)}
        podiums = {key: self._chosen[key] for key in computed}
        if not attempt(self.message, lambda: award_rules.check_podiums(podiums, self._reasons, computed)):
            self._focus_refusal(podiums, computed)
            return
        if not ask(self, "beraadConfirmQuestion", self.tr("Confirm the winners"), self._summary(podiums)):
            self.confirm_button.setFocus()
            return
        done = attempt(self.message, lambda: award_rules.confirm_winners(self._ws.store, self._ws.event.id, podiums,
                                                                      self._reasons, computed=computed))
        if not done:
            self._focus_refusal(podiums, computed)
            return
        self.message.hide()
        self.changed.emit()
        if self.after_decision is not None:
            self.after_decision.setFocus()

    def _summary(self, podiums: dict[str, list[int]]) -> str:
        """Every prize (the overall ranking first) with its places one a line, and the reason where the
        podium differs from the computed one."""
        keys = sorted(podiums, key=lambda k: (k != "overall", list(podiums).index(k)))
        blocks = [self.tr("Confirm the winners of every prize? The reveal shows these.")]
        for key in keys:
            lines = [self._labels.get(key, key)]
            lines += [f"    {i}. {self._names.team(t)}" for i, t in enumerate(podiums[key], start=1)]
            why = self._reasons.get(key, "").strip()
            if why and tuple(podiums[key]) != tuple(self._results[key].podium):
                lines.append("    " + self.tr("Reason: {reason}").format(reason=why))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def _focus_refusal(self, podiums: dict, computed: dict) -> None:
        """The pool whose podium needs a reason is shown, and the reason field takes the focus."""
        differing = next((key for key in podiums if tuple(podiums[key]) != tuple(computed[key])
                          and not self._reasons.get(key, "").strip()), None)
        if differing is not None and differing != self._pool:
            self.pool_requested.emit(differing)
        self.reason.setFocus()

    def reopen(self) -> None:
        why = reason(self, "beraadReopenReason", self.tr("Why are the winners reopened? (It is recorded.)"))
        if why is None:
            self.reopen_button.setFocus()
            return
        if attempt(self.message, lambda: award_rules.undo_confirmation(self._ws.store, self._ws.event.id, why)):
            say(self.message, self.tr("The winners are open again: the chair can change and confirm them."), "info")
            self.changed.emit()
            self.places[0].setFocus()

    def _decide_tie(self) -> None:
        result = self._results.get(self._pool)
        waiting = next((tie for tie in result.ties if tie.broken_by is None), None) if result else None
        if waiting is None:
            return
        first = self.tie_choice.currentData()
        if attempt(self.message, lambda: award_rules.chair_breaks_tie(self._ws.store, self._ws.event.id, self._pool,
                                                                     waiting.teams, first, self.tie_reason.text())):
            self.tie_reason.clear()
            say(self.message, self.tr("The chair's choice is recorded."), "info")
            self.changed.emit()
            (self.places[0] if self.podium_row.isVisible() else self.tie_choice).setFocus()
        else:
            self.tie_reason.setFocus()
