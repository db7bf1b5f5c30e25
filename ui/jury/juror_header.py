"""The juror window's header: the event and its day, how far the scoring is, the revision being edited
and who scores. On a narrow screen a text drops its least needed part first (the weekday, then the day;
the juror's organisation) and only then ends in "…", the whole text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.jury.kit_reader import Kit
from ui.common.widgets import label


class FallbackLabel(QLabel):
    """One line showing the first of ``texts`` (longest first) that fits, else the last one cut with "…";
    ``text()`` is the whole (first) text."""

    def __init__(self, texts: list[str], role: str | None = None, name: str | None = None) -> None:
        super().__init__(texts[0])
        self.texts = texts
        self.longest_minimum = 0
        self.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            self.setProperty("role", role)
        if name:
            self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(texts[0])

    def shown(self) -> str:
        """The text as painted at the present width."""
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        fitting = next((text for text in self.texts if metrics.horizontalAdvance(text) <= width), None)
        return fitting if fitting is not None else metrics.elidedText(self.texts[-1], Qt.TextElideMode.ElideRight, width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance(self.texts[0]) + 2, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The shortest text, up to ``longest_minimum``: the juror's name stays whole before the event's day."""
        width = min(self.fontMetrics().horizontalAdvance(self.texts[-1]) + 2, self.longest_minimum)
        return QSize(width, self.fontMetrics().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.setToolTip(self.texts[0] if self.shown() != self.texts[0] else "")

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), True, self.shown(), self.foregroundRole())


class JurorHeader(QFrame):
    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        row.setSpacing(16)
        self.event = FallbackLabel(_event_texts(kit.event_name, kit.day), "h3", "jurorEvent")
        row.addWidget(self.event, 3)
        self.revision = label("", None, "jurorRevision", wrap=False)
        row.addWidget(self.revision)
        self.progress = label("", None, "jurorProgress", wrap=False)
        row.addWidget(self.progress)
        who = self.tr("Juror: {name}").format(name=kit.juror_name)
        self.juror = FallbackLabel([f"{who} ({kit.organisation})", who] if kit.organisation else [who], "h3", "jurorName")
        self.juror.longest_minimum = 480
        self.juror.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.juror, 2)

    def show_progress(self, done: int, count: int, open_revision: int | None) -> None:
        """``open_revision``: the revision being edited after a finalised one (None: the first, or finalised)."""
        self.progress.setText(self.tr("{done} of {count} teams done").format(done=done, count=count))
        self.revision.setVisible(open_revision is not None)
        if open_revision is not None:
            self.revision.setText(self.tr("Revision {n} — not finalised yet").format(n=open_revision))


def _event_texts(name: str, iso: str) -> list[str]:
    """The event with its day ("woensdag 11 maart 2026"), then with the day without the weekday, then alone."""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not day.isValid():
        return [f"{name} · {iso}", name]
    locale = QLocale()
    return [f"{name} · {locale.toString(day, form)}" for form in ("dddd d MMMM yyyy", "d MMMM yyyy")] + [name]
