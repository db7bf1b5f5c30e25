"""The juryberaad: fifteen minutes for the chair and the jurors to see the podium, how sure it is and
who disagrees, and to confirm the winners.

Per prize (the chooser: "Overall ranking", "Winner: <challenge>"): a headline verdict; the ranking
(deciding and other side by side); the stability, margins and agreement in plain words
(app/jury/plain_words.py); the details in tabs (juror × team heatmap with recusals and not seen,
per-criterion breakdown, juror profiles, score against pitch position, spread per team) beside the
ranking when the page has room for both at full width, else below it (the body scrolls: a name or a
number is never cut); and the chair's panel (ui/jury/beraad_confirm.py). "Export feedback for the teams…" writes one PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (QApplication, QBoxLayout, QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from app.export.names import default_folder, safe
from app.jury import beraad_data
from app.jury.plain_words import Line, Names, panel_lines, podium_lines, text, verdict
from app.jury.results_model import PoolResult
from app.pdf.words import word
from ui.common.messages import attempt, message_line, say
from ui.jury.beraad_confirm import ConfirmPanel
from ui.jury.beraad_tables import fill_criteria, fill_heatmap, fill_ranking, table
from ui.storage.feed_bridge import tables_in

JURY_TABLES = frozenset({"score", "score_sheet", "juror_file", "juror", "criterion", "recusal", "award", "jury_setting",
                         "jury_log", "pitch_slot", "team"})
GLYPHS = {"ok": "✓", "warn": "⚠", "alert": "⚠"}
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
STACKED_DETAILS_HEIGHT = 420  # the details below the ranking: room for a chart's axes and labels


def load_results(store, event_id: int, template) -> list[PoolResult]:
    """The results of every prize pool (helper module imported when first needed; tests replace this)."""
    from app.jury.results import jury_results

    return jury_results(store, event_id, template)


def ask_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to save (a save dialog; tests replace this)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path


class BeraadTab(QWidget):
    def __init__(self, workspace, beamer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._results: dict[str, PoolResult] = {}
        self._names = Names()
        self._positions: dict[int, int] = {}
        self._stale = False
        self._drawn_theme = None  # the theme the tables and charts were drawn in
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addLayout(self._top_row())
        self.empty = QLabel(self.tr("No scores yet: import the juror files on the Scores tab."))
        self.empty.setObjectName("beraadEmpty")
        self.empty.setProperty("role", "lead")
        column.addWidget(self.empty)
        self.body = self._body()
        column.addWidget(self.body, 1)
        self.confirm = ConfirmPanel(workspace)
        self.confirm.changed.connect(self.refresh)
        self.confirm.pool_requested.connect(self.choose_pool)
        self.confirm.after_decision = self.pool
        column.addWidget(self.confirm)
        workspace.bridge.changed.connect(self._on_changes)
        self.refresh()

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        chooser = QLabel(self.tr("&Prize"))
        chooser.setProperty("role", "h3")
        self.pool = QComboBox()
        self.pool.setObjectName("beraadPool")
        self.pool.setMinimumContentsLength(24)
        self.pool.currentIndexChanged.connect(self._show_pool)
        chooser.setBuddy(self.pool)
        self.verdict = QLabel()
        self.verdict.setObjectName("beraadVerdict")
        self.verdict.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export feedback for the teams…"))
        self.export_button.setObjectName("beraadExportFeedback")
        self.export_button.clicked.connect(self.export_feedback)
        self.export_message = message_line("beraadExportMessage")
        row.addWidget(chooser)
        row.addWidget(self.pool)
        row.addSpacing(12)
        row.addWidget(self.verdict, 1)
        row.addWidget(self.export_button)
        return row

    def _body(self) -> QWidget:
        """The ranking and the plain words beside the details when the page is wide enough for both
        at full width, else the details below them; the whole body scrolls, nothing is cut."""
        scroll = QScrollArea()
        scroll.setObjectName("beraadBody")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.flow = QBoxLayout(QBoxLayout.Direction.LeftToRight, inner)
        self.flow.setContentsMargins(0, 0, 4, 0)
        self.flow.setSpacing(12)
        left = QWidget()
        left.setObjectName("beraadLeft")
        stack = QVBoxLayout(left)
        stack.setContentsMargins(0, 0, 0, 0)
        self.ranking = table("beraadRanking")
        stack.addWidget(self.ranking)
        self.lines = QWidget()
        self.lines.setObjectName("beraadLines")
        QVBoxLayout(self.lines).setContentsMargins(4, 4, 4, 4)
        self.lines.layout().setSpacing(3)
        stack.addWidget(self.lines)
        stack.addWidget(self.export_message)
        stack.addStretch(1)
        self._left = left
        self.flow.addWidget(left, 0)
        self.flow.addWidget(self._details(), 1)
        scroll.setWidget(inner)
        return scroll

    def _details(self) -> QTabWidget:
        self.details = QTabWidget()
        self.details.setObjectName("beraadDetails")
        self.details.setDocumentMode(True)  # no pane of its own: the page's background (every theme)
        self.details.setStyleSheet("QTabBar::tab { padding: 6px 9px; }")
        self.heatmap = table("beraadHeatmap")
        self.criteria = table("beraadCriteria")
        self._holders: list[QWidget] = []
        legend = QLabel(self.tr("Weighted score per juror: darker is higher. R = recused (conflict of interest) · NS = not seen"))
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)
        heat = QWidget()
        QVBoxLayout(heat).setContentsMargins(0, 4, 0, 0)
        heat.layout().addWidget(self.heatmap)
        heat.layout().addWidget(legend)
        heat.layout().addStretch(1)
        self.details.addTab(heat, self.tr("Scores"))
        criteria = QWidget()
        QVBoxLayout(criteria).setContentsMargins(0, 4, 0, 0)
        criteria.layout().addWidget(self.criteria)
        best = QLabel(self.tr("Mean score per criterion; in bold: the best team on it."))
        best.setProperty("role", "muted")
        criteria.layout().addWidget(best)
        criteria.layout().addStretch(1)
        self.details.addTab(criteria, self.tr("Criteria"))
        for title in (self.tr("Jury"), self.tr("Order"), self.tr("Spread")):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 4, 0, 0)
            self._holders.append(holder)
            self.details.addTab(holder, title)
        self.details.currentChanged.connect(lambda _i: self._draw_chart())
        self.details.tabBar().installEventFilter(self)  # the wheel scrolls the page, never switches a tab
        return self.details

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and watched is self.details.tabBar():
            QApplication.sendEvent(self.body.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)

    def stacked(self) -> bool:
        """Are the details below the ranking (the page too narrow for both side by side)?"""
        return self.flow.direction() == QBoxLayout.Direction.TopToBottom

    def _arrange(self) -> None:
        """Side by side when the ranking and the details both fit at full width, else stacked."""
        room = self.body.viewport().width() - self.flow.contentsMargins().right()
        needed = self._left.minimumSizeHint().width() + self.flow.spacing() + self.details.minimumSizeHint().width()
        stacked = room < needed
        if stacked != self.stacked():
            self.flow.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
            self.flow.setStretch(1, 0 if stacked else 1)
        self.details.setMinimumHeight(STACKED_DETAILS_HEIGHT if stacked else 0)
        # side by side the plain words wrap at the ranking's width; stacked they take the page's
        self._left.setMaximumWidth(QWIDGETSIZE_MAX if stacked else self.ranking.minimumWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()

    # -- reading ---------------------------------------------------------------------------

    def landing(self) -> QWidget:
        return self.pool

    def refresh(self) -> None:
        ws = self._ws
        results = load_results(ws.store, ws.event.id, ws.template)
        self._results = {r.pool_key: r for r in results if any(t.rank is not None for t in r.teams)}
        self._names = beraad_data.names(ws.store, ws.event.id, ws.lang, ws.template)
        self._positions = beraad_data.pitch_positions(ws.store, ws.event.id)
        self._stale = False
        current = self.pool.currentData()
        keys = sorted(self._results, key=lambda k: (k != "overall", list(self._results).index(k)))
        self.pool.blockSignals(True)
        self.pool.clear()
        for key in keys:
            self.pool.addItem(self.pool_label(key), key)
        self.pool.setCurrentIndex(keys.index(current) if current in keys else 0)
        self.pool.blockSignals(False)
        self.empty.setVisible(not keys)
        self.body.setVisible(bool(keys))
        self.pool.setEnabled(bool(keys))
        self._show_pool()

    def pool_label(self, key: str) -> str:
        if key == "overall":
            return self.tr("Overall ranking")
        challenge_key = key.removeprefix("challenge:")
        title = next((self._ws.t(c.title) for c in self._ws.template.challenges if c.key == challenge_key), challenge_key)
        return self.tr("Winner: {challenge}").format(challenge=title)

    def choose_pool(self, key: str) -> None:
        index = self.pool.findData(key)
        if index >= 0:
            self.pool.setCurrentIndex(index)

    def _on_changes(self, changes) -> None:
        if not tables_in(changes) & JURY_TABLES:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Another theme: redraw the cells and charts (their colours are the theme's) once it is set."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and self._drawn_theme is not None:
            QTimer.singleShot(0, self._restyle)

    def _restyle(self) -> None:
        if self._drawn_theme is not self._ws.theme:
            self._show_pool()

    # -- showing ---------------------------------------------------------------------------

    def _scale(self) -> tuple[int, int]:
        criteria = self._ws.template.jury.criteria
        return min(c.min for c in criteria), max(c.max for c in criteria)

    def _show_pool(self, *_args) -> None:
        result = self._results.get(self.pool.currentData())
        labels = {key: self.pool_label(key) for key in self._results}
        self.confirm.show_results(list(self._results.values()), self._names, self.pool.currentData() or "", labels)
        if result is None:
            self.verdict.clear()
            return
        lang, theme = self._ws.lang, self._ws.theme
        self._drawn_theme = theme
        self._show_line(self.verdict, verdict(result), bold=True)
        fill_ranking(self.ranking, result, self._names, lang, theme)
        self._show_lines(podium_lines(result, self._names) + panel_lines(result, self._names, self._ws.template.jury.minimum_jurors))
        fill_heatmap(self.heatmap, result, self._names, lang, self._scale(), theme)
        fill_criteria(self.criteria, result, self._names, lang)
        self._draw_chart()
        self._arrange()

    def _show_lines(self, lines: list[Line]) -> None:
        layout = self.lines.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        for line in lines:
            label = QLabel()
            label.setObjectName("beraadLine")
            label.setWordWrap(True)
            self._show_line(label, line, bold=line.tone == "alert")
            layout.addWidget(label)

    def _show_line(self, label: QLabel, line: Line, bold: bool) -> None:
        theme = self._ws.theme
        colour = {"ok": theme.text, "warn": theme.warning, "alert": theme.danger}[line.tone]
        label.setText(f"{GLYPHS[line.tone]}  {text(line, self._ws.lang)}")
        label.setStyleSheet(f"color: {colour}; font-weight: {600 if bold else 400};")
        label.setProperty("tone", line.tone)

    def _draw_chart(self) -> None:
        index = self.details.currentIndex() - 2
        result = self._results.get(self.pool.currentData())
        if index < 0 or result is None:
            return
        from ui.jury import beraad_charts as charts  # pyqtgraph: imported when a chart is first shown

        ws, scale = self._ws, self._scale()
        holder = self._holders[index]
        while holder.layout().count():
            holder.layout().takeAt(0).widget().deleteLater()
        if index == 0:
            chart = charts.juror_chart(result, self._names, ws.lang, scale, ws.theme)
        elif index == 1:
            chart = charts.drift_chart(result, self._positions, self._names, ws.lang, scale, ws.theme)
        else:
            chart = charts.spread_chart(result, self._names, ws.lang, scale, ws.theme)
        holder.layout().addWidget(chart, 1)
        if index == 0:
            holder.layout().addWidget(self._correlation_note(result))
        if index == 1:
            holder.layout().addWidget(self._drift_note(chart.slope))

    def _correlation_note(self, result: PoolResult) -> QLabel:
        """Each juror's correlation with the others; the dissenter marked with ⚠ when the plain words warn."""
        from app.jury.plain_words import dissent_marked, number

        parts = []
        for profile in result.profiles:
            rho = "–" if profile.spearman is None else number(profile.spearman, self._ws.lang, 2)
            mark = " ⚠" if profile.juror_id == result.dissenter and dissent_marked(result) else ""
            parts.append(f"{self._names.juror(profile.juror_id)} {rho}{mark}")
        label = QLabel(self.tr("Agreement with the others (correlation, 1 = the same order):") + " " + " · ".join(parts))
        label.setObjectName("beraadCorrelations")
        label.setWordWrap(True)
        return label

    def _drift_note(self, slope: float | None) -> QLabel:
        from app.jury.plain_words import number

        if slope is None:
            note = self.tr("Too few teams with a pitch position to show a drift.")
        elif abs(slope) < 0.1:
            note = self.tr("No drift: early and late pitches scored alike.")
        elif slope > 0:
            note = self.tr("Later pitches scored higher: +{points} per pitch on average.").format(points=number(slope, self._ws.lang, 2))
        else:
            note = self.tr("Later pitches scored lower: {points} per pitch on average.").format(points=number(slope, self._ws.lang, 2))
        label = QLabel(note)
        label.setObjectName("beraadDriftNote")
        label.setWordWrap(True)
        return label

    # -- the feedback for the teams ---------------------------------------------------------

    def export_feedback(self) -> None:
        from app.pdf.feedback import write_feedback  # reportlab: imported when first exported

        ws = self._ws
        suggested = default_folder() / (safe(f"Staatsprint {ws.event.day.isoformat()} – {word('feedback_title', ws.lang)}") + ".pdf")
        path = ask_path(self, self.tr("Export feedback for the teams"), str(suggested))
        if not path:
            self.export_button.setFocus()
            return
        if attempt(self.export_message, lambda: write_feedback(ws.store, ws.event.id, path, ws.event.name, ws.event.day, ws.lang)):
            say(self.export_message, self.tr("The feedback is saved: {path}").format(path=path), "info")
        self.export_button.setFocus()
