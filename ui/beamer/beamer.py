"""The beamer view: a full-screen window for the projector with one huge countdown.

It only paints a ``BeamerFrame``; what goes in the frame (the programme, a plenary timer, a
team's step or a team's pitch) is decided by ``ui.beamer.beamer_source``. Painting, not widgets: a tick that changes
nothing repaints nothing, and a tick that does costs one paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from app.export.dossier_data import TeamDossier

from ui.beamer.palette import ACCENT, BACKGROUND, MUTED, OVER, TEXT, TONES  # noqa: F401 - OVER: the palette, from here too
from ui.beamer.pitch_slide import paint_pitch
from ui.common.keymap import sequences
from ui.dashboard.dashboard_beamer import paint_dashboard
from ui.jury.reveal_slide import paint_reveal
from ui.race.race_beamer import paint_bars

@dataclass(frozen=True)
class BeamerFrame:
    heading: str = ""  # what is on now: a programme item, or a team's step
    instruction: str = ""  # one line: what to do now
    countdown: str | None = None  # "4:59", "+1:02", or None for no timer
    tone: str = "normal"  # normal | idle | last | over
    next_line: str = ""  # "Straks 11:40 · Het probleem definiëren"
    announcement: str = ""  # the facilitator's line, e.g. "Nog 5 minuten!"
    clock: str = ""  # the time of day
    bars: tuple = ()  # the idea race's leaderboard (ui.race.standing_text.Bar), best first; () for none
    pitch: TeamDossier | None = None  # one team's pitch (ui.beamer.pitch_slide), drawn instead of a timer
    pitch_timer: tuple | None = None  # during a jury pitch: (label, countdown, tone), in the pitch slide's top right corner
    pitch_room: str = ""  # during a jury pitch with several rooms: the room's name, above the countdown
    reveal: object | None = None  # the winners' reveal (ui.jury.reveal_slide), drawn instead of everything else
    dashboard: object | None = None  # every team's tile (ui.dashboard.dashboard_beamer.DashboardSlide), drawn instead of a timer


class BeamerView(QWidget):
    stepRequested = Signal(int)  # PageDown (+1) / PageUp (-1): the next or previous team's pitch, or step of the reveal
    timerRequested = Signal()  # the jury pitch's timer key (Ctrl+Return): start the pitch, then the questions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beamerView")
        self.setWindowTitle("Staatsprint — beamer")
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the facilitator's window keeps the keyboard
        self.frame = BeamerFrame()
        self.countdown_rect = QRectF()  # where the digits were painted last
        self.countdown_font: QFont | None = None
        self.pitch_lines: list[str] = []  # the pitch's text as last painted, line by line
        self.reveal_lines: list[str] = []  # the reveal's card as last painted, line by line
        self.dashboard_lines: list[str] = []  # the dashboard's texts as last painted

    def show_frame(self, frame: BeamerFrame) -> None:
        if frame != self.frame:
            self.frame = frame
            timer = " ".join(frame.pitch_timer[:2]) if frame.pitch_timer else ""
            parts = (frame.pitch_room, frame.pitch.shown_name, timer, frame.pitch.chosen_idea) if frame.pitch is not None else (frame.heading, frame.countdown or "", frame.announcement)
            if frame.reveal is not None:
                parts = (frame.reveal.place_line, frame.reveal.prize, frame.reveal.team)
            if frame.dashboard is not None:
                parts = (frame.dashboard.heading, *(f"{tile.team} {tile.timer} {tile.schedule}" for tile in frame.dashboard.tiles))
            self.setAccessibleName(" · ".join(part for part in parts if part))
            self.update()

    def open_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the projector)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and (self.frame.pitch is not None or self.frame.reveal is not None):
            self.stepRequested.emit(1 if event.key() == Qt.Key.Key_PageDown else -1)
        elif self.frame.pitch_timer is not None and self._typed(event) in sequences("juryPitchTimer"):
            self.timerRequested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            # as the programme page's hint says: the first Esc leaves full screen, the next one closes
            self.showNormal() if self.isFullScreen() else self.close()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _typed(event: QKeyEvent) -> QKeySequence:
        """The key as a key sequence (the number pad's Enter as Enter)."""
        return QKeySequence(QKeyCombination(event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier, Qt.Key(event.key())))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        if self.frame.reveal is not None:
            self.reveal_lines = paint_reveal(painter, QRectF(self.rect()), self.frame.reveal)
            painter.end()
            return
        if self.frame.dashboard is not None:
            self.dashboard_lines = paint_dashboard(painter, QRectF(self.rect()), self.frame.dashboard, self.frame.clock)
            painter.end()
            return
        if self.frame.pitch is not None:
            self.pitch_lines = paint_pitch(painter, QRectF(self.rect()), self.frame.pitch, self.frame.pitch_timer, self.frame.pitch_room)
            painter.end()
            return
        width, height = float(self.width()), float(self.height())
        margin = width * 0.04
        frame = self.frame
        line = lambda text, size, colour, top, bold=False, align=Qt.AlignmentFlag.AlignLeft: self._text(  # noqa: E731
            painter, text, size, colour, QRectF(margin, top, width - 2 * margin, size * 1.35), bold, align
        )
        line(frame.clock, height * 0.045, MUTED, height * 0.04, align=Qt.AlignmentFlag.AlignRight)
        line(frame.heading, height * 0.055, TEXT, height * 0.04, bold=True)
        if frame.bars:
            self._paint_race(painter, frame, margin, width, height)
            painter.end()
            return
        if frame.countdown is not None:
            size = height * 0.40  # the digits themselves stand over a quarter of the screen's height
            self.countdown_rect = QRectF(0, height * 0.14, width, size * 1.18)
            self.countdown_font = self._text(painter, frame.countdown, size, TONES.get(frame.tone, TEXT), self.countdown_rect, True, Qt.AlignmentFlag.AlignCenter)
        instruction_top = height * (0.62 if frame.countdown is not None else 0.30)  # below the digits' line
        self._wrapped(painter, frame.instruction, max(48.0 * 96 / 72, height * 0.06), TEXT, QRectF(margin, instruction_top, width - 2 * margin, height * 0.17))
        if frame.announcement:
            line(frame.announcement, height * 0.06, ACCENT, height * 0.80, bold=True, align=Qt.AlignmentFlag.AlignCenter)
        line(frame.next_line, height * 0.04, ACCENT, height * 0.91)
        painter.end()

    def _paint_race(self, painter, frame: BeamerFrame, margin: float, width: float, height: float) -> None:
        """The race: a smaller countdown, the leaderboard's bars, the leader or winners, the announcement."""
        if frame.countdown is not None:
            self.countdown_rect = QRectF(0, height * 0.11, width, height * 0.36)
            self.countdown_font = self._text(painter, frame.countdown, height * 0.33, TONES.get(frame.tone, TEXT), self.countdown_rect, True, Qt.AlignmentFlag.AlignCenter)
        paint_bars(painter, self.font(), frame.bars, QRectF(margin, height * 0.48, width - 2 * margin, height * 0.38), TEXT)
        self._text(painter, frame.instruction, height * 0.05, ACCENT, QRectF(margin, height * 0.86, width - 2 * margin, height * 0.07), True, Qt.AlignmentFlag.AlignCenter)
        self._text(painter, frame.announcement, height * 0.035, ACCENT, QRectF(margin, height * 0.935, width - 2 * margin, height * 0.05), False, Qt.AlignmentFlag.AlignCenter)

    def _text(self, painter, text, pixel_size, colour, rect, bold=False, align=Qt.AlignmentFlag.AlignLeft) -> None:
        if not text:
            return None
        font = QFont(self.font())
        font.setPixelSize(max(1, int(pixel_size)))
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        metrics = QFontMetricsF(font)
        while metrics.horizontalAdvance(text) > rect.width() and font.pixelSize() > 12:
            font.setPixelSize(int(font.pixelSize() * 0.97))  # long texts shrink rather than clip
            metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, text)
        return font

    def digits_height(self) -> float:
        """The height of the countdown's digits as last painted (ink, not line height)."""
        if self.countdown_font is None or self.frame.countdown is None:
            return 0.0
        return QFontMetricsF(self.countdown_font).tightBoundingRect(self.frame.countdown.replace("+", "")).height()

    def _wrapped(self, painter, text, pixel_size, colour, rect) -> None:
        if not text:
            return
        font = QFont(self.font())
        font.setPixelSize(int(pixel_size))
        painter.setFont(font)
        painter.setPen(QColor(colour))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        while painter.boundingRect(rect, flags, text).height() > rect.height() and font.pixelSize() > 14:
            font.setPixelSize(int(font.pixelSize() * 0.9))
            painter.setFont(font)
        painter.drawText(rect, flags, text)


def screens() -> list[QScreen]:
    return QGuiApplication.screens()
